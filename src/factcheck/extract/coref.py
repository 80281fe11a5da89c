"""Within-source coreference: short forms and acronyms point to the full name they stand for."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from factcheck.lexicon import initials, is_acronym
from factcheck.model import EntityType

_SPACES = re.compile(r"\s+")
FULL_NAME_TYPES = (EntityType.PERSON, EntityType.UNKNOWN)
GENERATIONAL = frozenset(["jr", "sr", "ii", "iii", "iv"])


@dataclass(frozen=True, slots=True)
class LocalName:
    """A name as it stands in the source, before coreference."""

    text: str
    type: EntityType
    position: int  # document order
    defines: str | None = None  # for "Indo-Pacific Four (IP4)": the acronym this name expands


def clean(text: str) -> str:
    text = _SPACES.sub(" ", text).strip()
    for suffix in ("’s", "'s", "’", "'"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    return text


def resolve_local(names: Sequence[LocalName]) -> list[tuple[str, EntityType, str]]:
    """For each name, the full in-source name it refers to, its type, and the rule that linked it."""
    expansions = {n.defines: n for n in names if n.defines}
    long_names = _LongNames(
        [n for n in names if len(n.text.split()) >= 2 or ("-" in n.text and not is_acronym(n.text))]
    )
    return [_resolve(name, expansions, long_names) for name in names]


class _LongNames:
    """The names of two or more words, indexed by what short forms and acronyms are matched on,
    so that each short form costs a look-up instead of a pass over the whole source."""

    def __init__(self, names: list[LocalName]):
        self.by_initials: dict[str, LocalName] = {}
        self.by_word: dict[str, list[LocalName]] = {}  # persons by first or last word, in order
        for name in names:
            if name.type not in FULL_NAME_TYPES:
                self.by_initials.setdefault(initials(name.text), name)
            if name.type == EntityType.PERSON:
                words = name.text.split()
                if len(words) > 2 and words[-1].rstrip(".").casefold() in GENERATIONAL:
                    words = words[:-1]  # 'Velden' is 'Tomas Velden Jr.'
                for word in dict.fromkeys((words[0].casefold(), words[-1].casefold())):
                    self.by_word.setdefault(word, []).append(name)

    def nearest_full_name(self, name: LocalName) -> LocalName | None:
        """The person named in full by this word last before it, else first after it."""
        candidates = self.by_word.get(name.text.casefold())
        if not candidates:
            return None
        before = bisect_left(candidates, name.position, key=lambda c: c.position)
        return candidates[before - 1] if before else candidates[0]


def _resolve(
    name: LocalName, expansions: dict[str, LocalName], long_names: _LongNames
) -> tuple[str, EntityType, str]:
    text = name.text
    if is_acronym(text):
        if text in expansions:
            full = expansions[text]
            return full.text, _org_type(full.type), "coref.acronym-defined"
        candidate = long_names.by_initials.get(text.replace("-", "").lower())
        if candidate is not None:
            return candidate.text, candidate.type, "coref.acronym-initials"
        return text, name.type, "coref.self"
    if len(text.split()) == 1 and name.type in FULL_NAME_TYPES:
        match = long_names.nearest_full_name(name)
        if match is not None:
            return match.text, EntityType.PERSON, "coref.short-form"
    return text, name.type, "coref.self"


def _org_type(kind: EntityType) -> EntityType:
    return kind if kind in (EntityType.PARTY, EntityType.GROUP) else EntityType.ORGANIZATION
