"""Rules over numbers (5xx): one count, two sources, values that cannot both be true."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator

from factcheck.graph import ClaimRecord, FactGraph
from factcheck.lexicon import Lexicon
from factcheck.model import UNKNOWN_STAGE, Finding, Predicate, Quantity, Scope
from factcheck.model import Severity as S
from factcheck.rules.base import Rule, RuleContext, cross_source_pairs, quote, same_story
from factcheck.rules.number_compare import agreement
from factcheck.rules.number_parts import also_given, told_apart
from factcheck.rules.number_parts import key as figure_key
from factcheck.rules.number_stories import (
    MainPlaces,
    Releases,
    Stories,
    anchored_places,
    local_places,
    precise,
)
from factcheck.rules.number_times import (
    ages_apart,
    names_to_share,
    needs_dates,
    one_story,
    same_moment,
    same_setting,
    settled,
)

REFERENCE_RATIO = 1.5  # two distances from one place further apart than this measure different things
STORY = ""  # the group of figures held by no one: the story's own event

# A round figure is read as rounded to its last non-zero digit, by at most this share of it.
ROUNDING = 0.05
# A figure given to its last digit may be a rounding of anything up to just under half a unit away.
HALF_UNIT = 0.499


class NumberConflict(Rule):
    """Two sources give the same count about the same thing with values that cannot both hold.

    The same count: the same measure ("deaths", "seats", "magnitude", "age", "money:fine"), of the
    same holder when the measure is a person's or a party's (an age, votes, seats, a fine), else of
    the story's event: a toll is never held by the dateline city, the outlet, the speaker or an
    official named beside it. A toll with no place meets one placed in the story's main place,
    never one of another town. From sources that report one story and are dated less than 30 days
    apart; neither figure hedged, negated, earlier, nor of another scope ("elsewhere", "another"
    after an earlier count). A figure credited to someone ("the ministry said") is compared with the
    outlet's own, and the message says who gave which and when. Figures are intervals in their
    unit's base, so "12 miles" agrees with "19 km" and "9.5 million" is never 9.5; "at least N"
    reads as N..2N, "about N" as N within 10%, and round figures as rounded, so "about 10,000
    missing" agrees with "10,100 missing". A list is a count as well: "in 2020 and 2021" is two
    years; parts add up ("30 men and 12 women" is 42 dead), and "another three died" adds to the
    count before it. A margin ("won by 312 votes"), a division ("212 votes to 180") on one bill in
    one chamber, a change in seats and a place in a named sequence ("the second woman to lead the
    party") are counts of their own.

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
        stories = Stories(MainPlaces(graph, context.lexicon), Releases(graph))
        main = stories.places
        for (topic, holder), records in sorted(_groups(graph, context.lexicon).items()):
            if not context.in_focus(*{r.source.id for r in records}):
                continue  # a finding quotes records of its group only
            found: dict[tuple[str, str], list[ClaimRecord]] = defaultdict(list)
            local = _local_of(graph, context.lexicon)
            parts = told_apart(records, local, _same_value)
            for first, second in cross_source_pairs(records):
                if (figure_key(first) in parts or figure_key(second) in parts) and local(first) != local(
                    second
                ):
                    continue  # a district's count, which its source tells apart from the whole
                if _disagree(context, stories, first, second) and not also_given(
                    records, first, second, _gives
                ):
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
                    yield self._finding(graph, topic, holder, values, quoted, main)

    def _finding(
        self,
        graph: FactGraph,
        topic: str,
        holder: str,
        values: tuple[str, str],
        records: list[ClaimRecord],
        main: MainPlaces,
    ) -> Finding:
        sides = [[r for r in records if str(r.claim.value) == value] for value in values]
        held = {r.entity.name for r in records if r.entity is not None}
        name = (
            graph.entities[holder].name
            if holder != STORY
            else held.pop()
            if len(held) == 1
            else main.name_of(records)
        )
        said = " vs ".join(f"{value} in {_who(side)}" for value, side in zip(values, sides, strict=True))
        measure, _, action = topic.partition(":")
        action, _, stage = action.partition(" at ")  # a tally's stage of counting: "at 60% of ..."
        what = f"the count of {measure} of '{action}'" if action else f"the count of {measure}"
        if measure == "years-since":
            what = f"how far back '{action}' reaches"
        phrase = main.lexicon.measures["said"].get(measure)  # "the margin of victory in votes"
        if phrase:
            what = phrase.format(action=action)
        unheld = measure in main.lexicon.measures["unheld"]
        undated = sorted({r.source.id for r in records if r.source.published is None}) if unheld else []
        moved = (
            f" ({', '.join(undated)} undated: the figure may have moved between reports)" if undated else ""
        )
        stage_note = _stage_note(measure, stage)
        if any(_unstaged(r.claim.value) for r in records):  # type: ignore[arg-type]
            stage_note = " (one release of a count under way: the reports give other figures alike)"
        return self.finding(
            name,
            f"{what} for {name}{stage_note} differs: {said}{moved}",
            [quote(r.source, r.claim.span, _note(r)) for r in records],
            attribute=f"quantity:{topic}",
            values=values,
        )


FINAL_TALLIES = frozenset(["votes", "seats", "votes cast"])  # an unstaged one is a final result


def _stage_note(measure: str, stage: str) -> str:
    """Tallies are compared only at one stage of counting (extract/tallies.py keys them so): say which."""
    if stage:
        return f" (both at one stage of counting: {stage})"
    return " (final results)" if measure in FINAL_TALLIES else ""


def _groups(graph: FactGraph, lexicon: Lexicon) -> dict[tuple[str, str], list[ClaimRecord]]:
    """Comparable claims by what they count (measure and detail, as in "years:attend") and by what
    they are about: the holder's entity, else each place named with the figure."""
    groups: dict[tuple[str, str], list[ClaimRecord]] = defaultdict(list)
    for record in graph.claims(Predicate.QUANTITY):
        value = record.claim.value
        if not isinstance(value, Quantity) or not _comparable(record, value, lexicon):
            continue
        if settled(value, lexicon) or lexicon.comparison(value.measure) == "thing":
            # a sum a case fixes: a named payer on one side only may be unsaid; a wave's height
            # is the story's, whoever is named beside it
            keys = [STORY]
        elif record.entity is not None:
            keys = [record.entity.id]
        elif value.measure in lexicon.measures["unheld"]:
            keys = [STORY]  # a toll, a magnitude: the story's own, wherever the text places it
        else:
            keys = sorted(anchored_places(graph, record))  # seats or votes of no one named: by their place
        topic = value.measure + (f":{value.detail}" if value.detail else "")
        # a count "so far" of no stated stage may be the same release as another's final figure
        detail = value.detail.removesuffix(f"at {UNKNOWN_STAGE}").strip()
        unstaged = value.measure + (f":{detail}" if detail else "")
        for key in keys:
            for each in dict.fromkeys([topic, unstaged]):
                groups[(each, key)].append(record)
    return groups


def _comparable(record: ClaimRecord, value: Quantity, lexicon: Lexicon) -> bool:
    """A figure that is the source's own current count of a compared measure."""
    stance = record.claim.stance
    if stance.hedged or stance.negated or value.scope != Scope.MAIN:
        return False
    if value.bound == "vague" and stance.quoted and stance.speaker is None:
        return False  # "thousands" inside a quotation: a voice, not a count
    if value.bound == "vague" and value.high < FEW:
        return False  # "a few injured being carried out": a glimpse, not a count
    mode = lexicon.comparison(value.measure)
    held = record.entity is not None
    # a duration or a share says little without whose it is: "for three years", "54% of the vote";
    # an age without whose; a sum without what it pays
    if mode in ("verb", "of"):
        return bool(value.detail) and held
    if mode == "holder":
        return held
    if mode in ("money", "thing"):
        return bool(value.detail)
    if mode == "total" and record.entity is not None and _chamber(record.entity.name, lexicon):
        return False  # "the assembly's 336 seats": the size of a body, not what a party won
    return mode in ("total", "event", "reference")


FEW = 10  # a vague count below this ("a few", "several") describes, it does not count


def _chamber(name: str, lexicon: Lexicon) -> bool:
    chambers = lexicon.measures["chamber"]
    return any(word in chambers for word in name.lower().split())


def _disagree(context: RuleContext, stories: Stories, first: ClaimRecord, second: ClaimRecord) -> bool:
    """Two figures of one count that cannot both hold. A figure credited to someone ("the ministry
    said 40") is compared with the outlet's own: the finding says who gave which."""
    graph, a, b, main = context.graph, first.claim, second.claim, stories.places
    assert isinstance(a.value, Quantity) and isinstance(b.value, Quantity)
    if first.source.id == second.source.id or (a.value.listed and b.value.listed):
        return False
    if not same_moment(first, second, context.settings.same_moment):
        return False
    released = stories.releases.shared(first, second)
    if (_unstaged(a.value) or _unstaged(b.value)) and not released:
        return False  # a count "so far" is of an unknown stage unless both reports copy one release
    undated = (
        needs_dates(context, first, second)
        and not same_setting(first, second, context.settings.same_moment)
        and not released
    )
    if undated and not (ages_apart(context, first, second) or one_story(context, main, first, second)):
        return False
    if context.lexicon.comparison(a.value.measure) == "reference" and not _same_reference(
        context, first, second
    ):
        return False
    if _two_readings(context.lexicon, first, second):
        return False
    if not _same_scope(graph, context.lexicon, main, first, second):
        return False
    if not same_story(
        graph, first.source.id, second.source.id, names_to_share(context.lexicon, first, second)
    ):
        return False
    return not _agree(a.value, b.value)


def _unstaged(value: Quantity) -> bool:
    return value.detail.endswith(f"at {UNKNOWN_STAGE}")


def _two_readings(lexicon: Lexicon, first: ClaimRecord, second: ClaimRecord) -> bool:
    """A magnitude or a depth credited to a body, against one credited to another or to no one: each
    agency measures its own way, and an outlet's own figure is often a third agency's reading."""
    a, b = first.claim.stance.speaker, second.claim.stance.speaker
    measure = first.claim.value.measure  # type: ignore[union-attr]
    return measure in lexicon.measures["measured"] and (a or "").lower() != (b or "").lower()


def _same_reference(context: RuleContext, first: ClaimRecord, second: ClaimRecord) -> bool:
    """A distance is compared only from the same place below the country level, and only with one
    of its own size: "72 km from X" and "200 km from X" measure two different things from X."""
    graph, lexicon = context.graph, context.lexicon
    shared = local_places(graph, lexicon, anchored_places(graph, first) & anchored_places(graph, second))
    a, b = first.claim.value, second.claim.value
    assert isinstance(a, Quantity) and isinstance(b, Quantity)
    near = max(a.low, b.low) <= REFERENCE_RATIO * min(a.high, b.high)
    return bool(shared) and near


def _gives(value: Quantity, other: Quantity) -> bool:
    """A source's figure gives another's: the same value, and as precise ("10.4 million" does not
    give "10,415,991", which a rounding of it would not tell apart from "10,415,191")."""
    return _same_value(value, other) and (
        not precise(other) or (value.low, value.high) == (other.low, other.high)
    )


def _same_value(a: Quantity, b: Quantity) -> bool:
    """Two figures that can be the same value (not merely incomparable: dong and dollars)."""
    if a.kind and b.kind:
        return agreement(a, b) == "agree"
    return _agree(a, b)


def _agree(a: Quantity, b: Quantity) -> bool:
    if a.kind and b.kind:
        return agreement(a, b) != "conflict"
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


def _same_scope(
    graph: FactGraph, lexicon: Lexicon, main: MainPlaces, first: ClaimRecord, second: ClaimRecord
) -> bool:
    """Two figures of one holder, or of the story, about the same place: they name the same places
    below the country level ("in Derna" and "in Libya's Derna"); or one names none and the other
    only the story's main place (a toll "in Port Alder" and a toll with no place, in a story about
    Port Alder; not a toll of a town named elsewhere); or they name only countries and share one or
    none ("won 75 seats" and "won 76 seats", not "won 30 seats in Punjab")."""
    value = first.claim.value
    assert isinstance(value, Quantity)
    money = settled(value, lexicon)
    thing = lexicon.comparison(value.measure) == "thing"  # a wave's height: no one holds it
    if (first.entity is None) != (second.entity is None) and not (money or thing):
        return False
    if value.measure in lexicon.measures["unplaced"]:
        return True  # "the worst since the 2004 floods in Oldtown": the place is the earlier event's
    held_apart = (
        first.entity is not None and second.entity is not None and first.entity.id != second.entity.id
    )
    if held_apart and (not thing or value.measure in lexicon.measures["owned"]):
        return False  # a wave's height is the story's; two people's visits are two visits
    places_a, places_b = anchored_places(graph, first), anchored_places(graph, second)
    if (not places_a and not places_b) or money:
        return True  # a sum of one kind is the case's, wherever the sentence places the deed
    local_a, local_b = local_places(graph, lexicon, places_a), local_places(graph, lexicon, places_b)
    if local_a and local_b:
        return local_a == local_b
    if local_a or local_b:
        placed, bare = (first, second) if local_a else (second, first)
        return not local_places(graph, lexicon, anchored_places(graph, bare)) and (
            local_a or local_b
        ) <= main.of(placed)
    return bool(places_a & places_b) or not places_a or not places_b


def _local_of(graph: FactGraph, lexicon: Lexicon) -> Callable[[ClaimRecord], set[str]]:
    """The places below the country level a figure names."""
    return lambda record: local_places(graph, lexicon, anchored_places(graph, record))


def _who(records: list[ClaimRecord]) -> str:
    """The sources of a value, each with whom it credits the figure to ("b (per the ministry)")."""
    said = []
    for record in sorted(records, key=lambda r: r.source.id):
        stance = record.claim.stance
        speaker = stance.speaker or ("a quotation" if stance.quoted else None)
        when = record.claim.as_of
        notes = [str(when)] if when is not None else []
        notes += [f"per {speaker}"] if speaker else []
        said.append(f"{record.source.id}" + (f" ({', '.join(notes)})" if notes else ""))
    return ", ".join(dict.fromkeys(said))


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
