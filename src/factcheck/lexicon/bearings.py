"""The words of direction and of parts of a place (data/bearings.tsv): where something lies from a town."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from importlib.resources.abc import Traversable

from factcheck.lexicon.reading import read

BEARINGS_FILE = "bearings.tsv"


@dataclass(frozen=True, slots=True)
class Direction:
    """A compass direction: its name and bearing in degrees (None for the centre)."""

    name: str
    degrees: float | None


@dataclass(frozen=True, slots=True)
class BearingWords:
    """Written forms of directions (lower case; abbreviations in capitals), the nouns of a part of
    a place ("suburbs", "coast"), and what may be placed by a bearing ("quake" -> "epicentre")."""

    directions: Mapping[str, Direction]
    abbreviations: Mapping[str, Direction]  # matched in capitals only: "SW"
    areas: frozenset[str]
    located: Mapping[str, str]  # word -> the one name of what it places
    triggers: frozenset[str]  # every form in lower case: a sentence without one holds no bearing

    def direction(self, word: str) -> Direction | None:
        """The direction a word writes: 'south-western', 'SW'; none for 'se' or 'west-end'."""
        return self.abbreviations.get(word) or self.directions.get(word.lower())


def bearing_words(folder: Traversable) -> BearingWords:
    directions: dict[str, Direction] = {}
    abbreviations: dict[str, Direction] = {}
    areas: set[str] = set()
    located: dict[str, str] = {}
    for line in read(folder, BEARINGS_FILE).splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, name, degrees, forms = (cell.strip() for cell in line.split("\t"))
        words = [w.strip() for w in forms.split(",") if w.strip()]
        if kind in ("direction", "abbreviation"):
            target = directions if kind == "direction" else abbreviations
            direction = Direction(name, None if degrees == "-" else float(degrees))
            target.update((w, direction) for w in words)
        elif kind == "area":
            areas.update(words)
        elif kind == "located":
            located.update((w, name) for w in words)
    triggers = frozenset(directions) | {w.lower() for w in abbreviations}
    return BearingWords(directions, abbreviations, frozenset(areas), located, triggers)


def angle(a: float, b: float) -> float:
    """The smaller angle between two compass bearings, in degrees."""
    gap = abs(a - b) % 360
    return min(gap, 360 - gap)
