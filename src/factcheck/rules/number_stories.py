"""What tells two reports of a figure to be of one story: the places an article is mostly about,
and the precise figures two reports share (the same release of a count)."""

from __future__ import annotations

from dataclasses import dataclass

from factcheck.graph import ClaimRecord, FactGraph
from factcheck.lexicon import Lexicon
from factcheck.model import EntityType, Predicate, Quantity

STORY_MENTIONS = 2  # mentions of a place that make it what an article's story is about
PLACE_TYPES = frozenset([EntityType.PLACE, EntityType.UNKNOWN])  # "In Quilmore, 40 died": a place not typed
PLACE_ONLY = frozenset([EntityType.PLACE])
PRECISE_DIGITS = 4  # significant digits that make a figure the copy of a release: "9,473,208", "1,066"
PRECISE_FLOOR = 1000  # smaller figures (ages, shares, "12.5") coincide too often to tell anything
SAME_RELEASE = 2  # precise figures two reports share to be of one release of a count


def anchored_places(graph: FactGraph, record: ClaimRecord) -> set[str]:
    """The places a figure is anchored to; a name of unknown type counts for a figure held by no one."""
    kinds = PLACE_TYPES if record.entity is None else {EntityType.PLACE}
    return {a for a in record.anchors if graph.entities[a].type in kinds}


def local_places(graph: FactGraph, lexicon: Lexicon, places: set[str]) -> set[str]:
    """The places below the country level."""
    countries = lexicon.countries
    return {p for p in places if graph.entities[p].name.lower() not in countries}


class MainPlaces:
    """The places below the country level that a source mentions most: where its story happens."""

    def __init__(self, graph: FactGraph, lexicon: Lexicon) -> None:
        self.graph, self.lexicon = graph, lexicon
        self.found: dict[tuple[str, frozenset[EntityType], int], set[str]] = {}

    def of(self, record: ClaimRecord) -> set[str]:
        return self._top(record.source.id, PLACE_ONLY)

    def of_story(self, record: ClaimRecord) -> set[str]:
        """The places, or names of unknown type ("the town of Velmora"), a source mentions most and
        more than once: what its story is about, not a town it names in passing."""
        return self._top(record.source.id, PLACE_TYPES, STORY_MENTIONS)

    def _top(self, source: str, types: frozenset[EntityType], least: int = 1) -> set[str]:
        key = (source, types, least)
        if key not in self.found:
            counts: dict[str, int] = {}
            for entity_id in local_places(self.graph, self.lexicon, set(self.graph.entities_in(source))):
                entity = self.graph.entities[entity_id]
                if entity.type in types:
                    counts[entity_id] = sum(
                        1 for m in self.graph.mentions_of(entity) if m.source.id == source
                    )
            top = max(counts.values(), default=0)
            self.found[key] = {e for e, n in counts.items() if n == top and top >= least}
        return self.found[key]

    def name_of(self, records: list[ClaimRecord]) -> str:
        """What a finding about the story's own count is filed under: the place its figures share."""
        shared = set.intersection(*(self.of(r) | anchored_places(self.graph, r) for r in records))
        anchored = {p for r in records for p in anchored_places(self.graph, r)} & shared
        names = sorted(self.graph.entities[p].name for p in anchored or shared)
        return names[0] if names else "the story"


class Releases:
    """The precise figures each source gives ("9,473,208 votes"): two reports that share
    SAME_RELEASE of them copy one release of a count, so their other figures are of the same stage
    and the same moment, whether or not either is dated."""

    def __init__(self, graph: FactGraph) -> None:
        self.figures: dict[str, set[float]] = {}
        for record in graph.claims(Predicate.QUANTITY):
            value = record.claim.value
            if isinstance(value, Quantity) and precise(value):
                self.figures.setdefault(record.source.id, set()).add(value.low)

    def shared(self, first: ClaimRecord, second: ClaimRecord) -> bool:
        """Whether the sources of two figures give SAME_RELEASE precise figures alike."""
        a = self.figures.get(first.source.id, set())
        b = self.figures.get(second.source.id, set())
        return len(a & b) >= SAME_RELEASE


def precise(value: Quantity) -> bool:
    """A figure given to more digits than a rounding would keep: "9,473,208", "1,066"."""
    if value.low != value.high or value.low < PRECISE_FLOOR or value.bound != "exact":
        return False
    digits = f"{value.low:.15g}".replace(".", "").strip("0")
    return len(digits) >= PRECISE_DIGITS


@dataclass(frozen=True, slots=True)
class Stories:
    """What the number rule knows of the stories of a corpus, worked out once per run."""

    places: MainPlaces
    releases: Releases
