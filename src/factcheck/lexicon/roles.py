"""The role nouns of a person in an organisation and their grades (data/roles.tsv)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from importlib.resources.abc import Traversable

from factcheck.lexicon.reading import rows

ROLES_FILE = "roles.tsv"


@dataclass(frozen=True, slots=True)
class RoleNoun:
    """A written role noun: its canonical form, its grade, and whether the form is a plural."""

    canonical: str
    grade: str
    plural: bool


@dataclass(frozen=True, slots=True)
class RoleWords:
    """Role nouns by written form (as tuples of lower-case words), the qualifier words that change
    a grade, the nouns of a part of a body, and the pairs of grades that cannot both hold."""

    nouns: Mapping[tuple[str, ...], RoleNoun]
    longest: int  # words in the longest written form
    qualifiers: Mapping[str, str]  # word -> "deputy", "wing" or "supreme"
    parts: frozenset[str]
    conflicts: frozenset[tuple[str, str]]  # both orders
    notes: frozenset[tuple[str, str]]  # grades that differ but may hold together: a note, both orders
    openers: frozenset[str]  # the first word of every form: a sentence without one holds no role
    aliases: Mapping[tuple[str, ...], int]  # "also known as" -> its length

    def noun_at(self, words: list[str], index: int) -> tuple[int, RoleNoun] | None:
        """The longest role noun written from `index` of lower-case `words`: its length and noun."""
        for length in range(min(self.longest, len(words) - index), 0, -1):
            found = self.nouns.get(tuple(words[index : index + length]))
            if found is not None:
                return length, found
        return None

    def conflict(self, a: str, b: str) -> bool:
        return (a, b) in self.conflicts

    def differ(self, a: str, b: str) -> bool:
        """Two grades of one person in one body that are worth a note: they may hold together."""
        return (a, b) in self.notes


def role_words(folder: Traversable) -> RoleWords:
    nouns: dict[tuple[str, ...], RoleNoun] = {}
    qualifiers: dict[str, str] = {}
    parts: set[str] = set()
    conflicts: set[tuple[str, str]] = set()
    notes: set[tuple[str, str]] = set()
    aliases: dict[tuple[str, ...], int] = {}
    for row in rows(folder, ROLES_FILE):
        kind, grade, canonical, forms = (cell.strip() for cell in row)
        words = [w.strip() for w in forms.split(",") if w.strip()]
        if kind == "noun":
            for index, form in enumerate(words):
                plural = form != canonical and _plural_of(form, words[:index])
                nouns[tuple(form.split())] = RoleNoun(canonical, grade, plural)
        elif kind == "qualifier":
            qualifiers.update((w, grade) for w in words)
        elif kind == "part":
            parts.update(words)
        elif kind == "alias":
            aliases.update((tuple(w.split()), len(w.split())) for w in words)
        elif kind in ("conflict", "note"):
            target = conflicts if kind == "conflict" else notes
            target.update(p for w in words for p in ((grade, w), (w, grade)))
    longest = max((len(form) for form in nouns), default=1)
    openers = frozenset(form[0] for form in nouns)
    return RoleWords(
        nouns, longest, qualifiers, frozenset(parts), frozenset(conflicts), frozenset(notes), openers, aliases
    )


def _plural_of(form: str, earlier: list[str]) -> bool:
    """'leaders' after 'leader', 'chairmen' after 'chairman', 'spokespeople': a plural written form."""
    return any(
        form in (w + "s", w + "es", w[:-1] + "ies", w[:-3] + "men", w[:-3] + "people") for w in earlier
    ) or (form.endswith("people"))
