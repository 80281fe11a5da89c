"""Rules over numbers (5xx): one count, two sources, values that cannot both be true."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from datetime import timedelta

from factcheck.graph import ClaimRecord, FactGraph
from factcheck.lexicon import Lexicon
from factcheck.model import EntityType, Finding, Precision, Predicate, Quantity, Scope
from factcheck.model import Severity as S
from factcheck.rules.base import Rule, RuleContext, cross_source_pairs, quote, same_story

# A round figure is read as rounded to its last non-zero digit, by at most this share of it.
ROUNDING = 0.05
# A figure given to its last digit may be a rounding of anything up to just under half a unit away.
HALF_UNIT = 0.499


class NumberConflict(Rule):
    """Two sources give the same count about the same thing with values that cannot both hold.

    The same count: the same measure ("deaths", "seats", "years" of doing one thing), of the same
    holder (a person, party or body) or, for a toll with no holder, in the same place; from
    sources that report one story and are dated less than 30 days apart; neither figure hedged,
    negated, earlier, of another scope ("elsewhere", "combined") nor quoted when the other is the
    outlet's own. "At least N" reads as N..2N, "about N" as N within 10%, and round figures as
    rounded, so "about 10,000 missing" agrees with "10,100 missing". A list is a count as well:
    "in 2020 and 2021" is two years.

    Conflicting:
        a.md: "The death toll from the floods in Port Alder has risen to 1,200, the Red Cross said. Red Cross teams searched the hills above Port Alder."
        b.md: "At least 300 people have been killed in Port Alder, the Red Cross said. Red Cross teams searched the hills above Port Alder."

    Consistent:
        a.md: "About 5,000 people are still missing in Port Alder, officials said."
        b.md: "In Port Alder, 5,150 people are missing, officials said."
    """

    code = "FC501"
    name = "number.conflict"
    kind = "number"
    severity = S.WARNING

    def check(self, context: RuleContext) -> Iterator[Finding]:
        """One finding per measure, holder or place, and pair of values that disagree."""
        graph = context.graph
        reported: set[tuple[str, tuple[str, str], frozenset[tuple[str, int]]]] = set()
        for (topic, holder), records in sorted(_groups(graph, context.lexicon).items()):
            found: dict[tuple[str, str], list[ClaimRecord]] = defaultdict(list)
            for first, second in cross_source_pairs(records):
                if _disagree(context, first, second):
                    values = tuple(sorted((str(first.claim.value), str(second.claim.value))))
                    found[values].extend((first, second))  # type: ignore[index]
            for values, paired in found.items():
                # every figure of either value in the sources that disagree, to quote them all
                sources = {r.source.id for r in paired}
                also = [r for r in records if r.source.id in sources and str(r.claim.value) in values]
                quoted = _unique([*paired, *also])
                key = (topic, values, frozenset((r.source.id, r.claim.span.start) for r in quoted))
                if key not in reported:  # a toll named with two places is grouped under both
                    reported.add(key)
                    yield self._finding(graph, topic, holder, values, quoted)

    def _finding(
        self, graph: FactGraph, topic: str, holder: str, values: tuple[str, str], records: list[ClaimRecord]
    ) -> Finding:
        sides = [[r for r in records if str(r.claim.value) == value] for value in values]
        name = graph.entities[holder].name
        said = " vs ".join(
            f"{value} in {', '.join(_ids(side))}" for value, side in zip(values, sides, strict=True)
        )
        measure, _, action = topic.partition(":")
        what = f"{measure} of '{action}'" if action else measure
        return self.finding(
            name,
            f"the count of {what} for {name} differs: {said}",
            [quote(r.source, r.claim.span, _note(r)) for r in records],
            attribute=f"quantity:{topic}",
            values=values,
        )


def _groups(graph: FactGraph, lexicon: Lexicon) -> dict[tuple[str, str], list[ClaimRecord]]:
    """Comparable claims by what they count (measure and detail, as in "years:attend") and by what
    they are about: the holder's entity, else each place named with the figure."""
    groups: dict[tuple[str, str], list[ClaimRecord]] = defaultdict(list)
    for record in graph.claims(Predicate.QUANTITY):
        value = record.claim.value
        if not isinstance(value, Quantity) or not _comparable(record, value, lexicon):
            continue
        keys = [record.entity.id] if record.entity is not None else sorted(_places(graph, record))
        topic = value.measure + (f":{value.detail}" if value.detail else "")
        for key in keys:
            groups[(topic, key)].append(record)
    return groups


def _comparable(record: ClaimRecord, value: Quantity, lexicon: Lexicon) -> bool:
    """A figure that is the source's own current count of a compared measure."""
    stance = record.claim.stance
    if stance.hedged or stance.negated or value.scope != Scope.MAIN:
        return False
    mode = lexicon.comparison(value.measure)
    # a duration or a share says little without whose it is: "for three years", "54% of the vote"
    return mode == "total" or (mode in ("verb", "of") and bool(value.detail) and record.entity is not None)


def _places(graph: FactGraph, record: ClaimRecord) -> set[str]:
    return {a for a in record.anchors if graph.entities[a].type == EntityType.PLACE}


def _disagree(context: RuleContext, first: ClaimRecord, second: ClaimRecord) -> bool:
    graph, a, b = context.graph, first.claim, second.claim
    assert isinstance(a.value, Quantity) and isinstance(b.value, Quantity)
    if first.source.id == second.source.id or (a.value.listed and b.value.listed):
        return False
    if a.stance.attributed != b.stance.attributed:
        return False
    if not _same_moment(first, second, context.settings.same_moment):
        return False
    if not _same_scope(graph, context.lexicon, first, second):
        return False
    if not same_story(graph, first.source.id, second.source.id):
        return False
    return not _agree(a.value, b.value)


def _agree(a: Quantity, b: Quantity) -> bool:
    low_a, high_a = _rounded(a)
    low_b, high_b = _rounded(b)
    return low_a <= high_b and low_b <= high_a


def _rounded(quantity: Quantity) -> tuple[float, float]:
    """The interval of a figure, widened to what it may be a rounding of: 53.9 percent and 54 percent
    agree, and a round count stands for its neighbourhood (10,000 for 9,500..10,500)."""
    value = quantity.low
    if quantity.low != quantity.high:
        return quantity.low, quantity.high
    if value != int(value):
        decimals = len(f"{value:.6g}".partition(".")[2])
        slack = HALF_UNIT * 10**-decimals
    elif quantity.measure == "percent":
        slack = HALF_UNIT
    elif value >= 1000:
        unit = 1
        while value % (unit * 10) == 0:
            unit *= 10
        slack = min(unit / 2, value * ROUNDING) if unit >= 100 else 0.0
    else:
        slack = 0.0
    return value - slack, value + slack


def _same_moment(first: ClaimRecord, second: ClaimRecord, same_moment: timedelta) -> bool:
    """Both figures hold at one time: the years the text gives them for overlap; with no year in
    the text, the articles are less than 30 days apart (or of unknown date)."""
    a, b = first.claim.as_of, second.claim.as_of
    stated_a = a is not None and a.precision == Precision.YEAR
    stated_b = b is not None and b.precision == Precision.YEAR
    if stated_a or stated_b:
        return a is not None and b is not None and a.overlaps(b)
    if a is None or b is None:
        return True
    return abs(a.start - b.start) <= same_moment


def _same_scope(graph: FactGraph, lexicon: Lexicon, first: ClaimRecord, second: ClaimRecord) -> bool:
    """Two figures of one holder, or of none, about the same place: they name the same places below
    the country level ("in Derna" and "in Libya's Derna"), or only countries and share one or, with
    a holder, name none ("won 75 seats" and "won 76 seats", not "won 30 seats in Punjab")."""
    if (first.entity is None) != (second.entity is None):
        return False
    places_a, places_b = _places(graph, first), _places(graph, second)
    if first.entity is not None and second.entity is not None:
        if first.entity.id != second.entity.id:
            return False
        if not places_a and not places_b:
            return True
    local_a, local_b = _local(graph, lexicon, places_a), _local(graph, lexicon, places_b)
    if local_a or local_b:
        return local_a == local_b
    return bool(places_a & places_b)


def _local(graph: FactGraph, lexicon: Lexicon, places: set[str]) -> set[str]:
    """The places below the country level."""
    countries = lexicon.countries
    return {p for p in places if graph.entities[p].name.lower() not in countries}


def _unique(records: Iterable[ClaimRecord]) -> list[ClaimRecord]:
    seen: dict[tuple[str, int], ClaimRecord] = {}
    for record in records:
        seen.setdefault((record.source.id, record.claim.span.start), record)
    return sorted(seen.values(), key=lambda r: (r.source.id, r.claim.span.start))


def _ids(records: list[ClaimRecord]) -> list[str]:
    return sorted({r.source.id for r in records})


def _note(record: ClaimRecord) -> str:
    """How a figure was read: its interval and bound, whose words, and when it holds."""
    claim = record.claim
    assert isinstance(claim.value, Quantity)
    speaker = claim.stance.speaker or ("quote" if claim.stance.quoted else None)
    said = f", per {speaker}" if speaker else ""
    when = f", as of {claim.as_of}" if claim.as_of else ""
    return f"{claim.value} ({'list' if claim.value.listed else claim.value.bound}{said}{when})"
