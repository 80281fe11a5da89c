"""The words of event aspects (data/event_aspects.tsv): phrases with their aspect and value, and word classes."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from importlib.resources.abc import Traversable

from factcheck.lexicon.reading import rows

NOTHING: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class AspectPhrase:
    """A row of event_aspects.tsv that names an aspect's value: "car bomb" is manner explosive/device/car."""

    words: tuple[str, ...]
    aspect: str  # "manner", "vehicle" or "status"
    value: str  # a class path, or step:state for a status
    frame: str  # "event", "context", "passive", "object" or "after"


@dataclass(frozen=True, slots=True)
class AspectWords:
    """Aspect phrases by their first word (longest first), and the word classes beside them."""

    phrases: Mapping[str, tuple[AspectPhrase, ...]]
    classes: Mapping[str, frozenset[tuple[str, ...]]]
    longest: Mapping[str, int]  # class -> words in its longest phrase
    starts: Mapping[str, frozenset[str]]  # class -> the first words of its phrases
    single: Mapping[str, frozenset[str]]  # class -> its one-word members

    def of(self, kind: str) -> frozenset[tuple[str, ...]]:
        """The phrases of one class, as word tuples."""
        return self.classes.get(kind, frozenset())

    def words(self, kind: str) -> frozenset[str]:
        """The one-word members of a class."""
        return self.single.get(kind, NOTHING)


def event_aspects(folder: Traversable, name: str = "event_aspects.tsv") -> AspectWords:
    """Read data/event_aspects.tsv, or another table in its format (event_circumstances.tsv)."""
    phrases: dict[str, list[AspectPhrase]] = {}
    classes: dict[str, set[tuple[str, ...]]] = {}
    for row in rows(folder, name):
        cells = [cell.strip() for cell in row]
        if len(cells) == 4:
            phrase = AspectPhrase(tuple(cells[0].split()), cells[1], cells[2], cells[3])
            phrases.setdefault(phrase.words[0], []).append(phrase)
        else:
            classes.setdefault(cells[1], set()).add(tuple(cells[0].split()))
    return AspectWords(
        {w: tuple(sorted(ps, key=lambda p: -len(p.words))) for w, ps in phrases.items()},
        {kind: frozenset(found) for kind, found in classes.items()},
        {kind: max(len(p) for p in found) for kind, found in classes.items()},
        {kind: frozenset(p[0] for p in found) for kind, found in classes.items()},
        {kind: frozenset(p[0] for p in found if len(p) == 1) for kind, found in classes.items()},
    )
