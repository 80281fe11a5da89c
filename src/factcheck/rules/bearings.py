"""Rules over other facts (7xx): where a place or the story's event lies, from a town or within a region."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations

from factcheck.graph import ClaimRecord, FactGraph
from factcheck.lexicon.bearings import angle
from factcheck.model import Bearing, Finding
from factcheck.model import Severity as S
from factcheck.resolve.keys import close_spelling, exact_key
from factcheck.rules.base import Rule, RuleContext, quote, same_story

# Two bearings of one thing from one place conflict when they differ by more than this: "north" and
# "north-east" describe one spot roughly, "north" and "south-east" cannot.
MAX_ANGLE = 90.0
Key = tuple[str, str, bool]  # (reference entity, what is placed, within or away from it)


def _bearing(record: ClaimRecord) -> Bearing:
    value = record.claim.value
    assert isinstance(value, Bearing)  # only such records are compared (see BearingConflict.check)
    return value


def agree(a: Bearing, b: Bearing) -> bool:
    """Whether two bearings of one thing can both hold: the centre only with the centre, directions
    within MAX_ANGLE of each other."""
    if a.degrees is None or b.degrees is None:
        return a.degrees is None and b.degrees is None
    return angle(a.degrees, b.degrees) <= MAX_ANGLE


class BearingConflict(Rule):
    """Two sources place one thing in directions that cannot both hold, from one place or within it.

    Compared: the bearing of a named place or of the story's event (the epicentre, the crash, the
    fire) from a named place ("70 km south-west of Port Alder" against "north-east of Port
    Alder"), and the part of a region a place lies in ("in northern Nordland" against "in central
    Nordland"). Directions within 90 degrees of each other agree ("south-west" and
    "west-south-west"); a source that also gives an agreeing direction is no conflict. The distance
    itself is a quantity, compared by the number rules. The sources must report the same story.

    Conflicting:
        a.md: "The epicentre was 70 km south-west of Port Alder, the Nordland survey said."
        b.md: "The epicentre was 70 km north-east of Port Alder, the Nordland survey said."

    Consistent:
        a.md: "The epicentre was 70 km south-west of Port Alder, the Nordland survey said."
        b.md: "The epicentre was 70 km west-south-west of Port Alder, the Nordland survey said."
    """

    code = "FC702"
    name = "location.bearing"
    kind = "other"
    severity = S.WARNING

    def check(self, context: RuleContext) -> Iterator[Finding]:
        graph = context.graph
        grouped: dict[Key, dict[str, list[ClaimRecord]]] = {}
        places: dict[str, str] = {}  # a place's name -> the first entity of that name
        for record in graph.claims("bearing"):
            key = _key(graph, record, places)
            if key is not None:
                grouped.setdefault(key, {}).setdefault(record.source.id, []).append(record)
        for key, by_source in grouped.items():
            for a, b in combinations(sorted(by_source), 2):
                if same_story(graph, a, b):
                    yield from self._compared(graph, key, by_source[a], by_source[b])

    def _compared(
        self, graph: FactGraph, key: Key, first: list[ClaimRecord], second: list[ClaimRecord]
    ) -> Iterator[Finding]:
        if any(agree(_bearing(x), _bearing(y)) for x in first for y in second):
            return  # both sources give a direction that holds together: no conflict
        x, y = first[0], second[0]
        reference = graph.entities[key[0]].name
        what = x.entity.name if x.entity is not None else f"the {_bearing(x).located}"
        bx, by = _bearing(x), _bearing(y)
        yield self.finding(
            x.entity or reference,
            f"{x.source.id} places {what} {_where(bx, reference)}; {y.source.id} places it "
            f"{_where(by, reference)}",
            [
                quote(x.source, x.claim.span, _where(bx, reference)),
                quote(y.source, y.claim.span, _where(by, reference)),
            ],
            attribute="bearing:within" if key[2] else "bearing:from",
            values=[bx.direction, by.direction],
        )


def _key(graph: FactGraph, record: ClaimRecord, places: dict[str, str]) -> Key | None:
    claim = record.claim
    if not isinstance(claim.value, Bearing) or claim.object is None or claim.stance.hedged:
        return None
    reference = graph.entity_of(record.source.id, claim.object)
    if reference is None:
        return None
    reference_id = _place(places, reference.name, reference.id)
    if claim.subject is not None:
        if record.entity is None or record.entity.id == reference.id:
            return None
        return reference_id, record.entity.id, claim.value.within
    return reference_id, "~" + claim.value.located, claim.value.within


def _place(places: dict[str, str], name: str, entity_id: str) -> str:
    """One name written alike, or spelt two ways ("Port Alder", "Port Aldor"), is one place, even where
    resolution kept two entities: the spelling rules report the spelling, this rule the bearing."""
    key = exact_key(name)
    if key not in places:
        alike = next((k for k in places if close_spelling(k, key)), None)
        places[key] = places[alike] if alike is not None else entity_id
    return places[key]


def _where(bearing: Bearing, reference: str) -> str:
    if bearing.within:
        return f"in the {bearing.direction} of {reference}"
    return f"{bearing.direction} of {reference}"
