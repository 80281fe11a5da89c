"""Rules over times of day (4xx): one event placed at times of day that cannot both be right."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence

from factcheck.graph import ClaimRecord
from factcheck.model import Finding, Predicate, TimeOfDay
from factcheck.model import Severity as S
from factcheck.rules.base import Rule, RuleContext, cross_source_pairs, quote, same_story, source_date
from factcheck.rules.occasions import filed_under, identifying

DAY = 24 * 60
# Times closer than this are one time told two ways (a clock read late, a first report).
TOLERANCE = 60


def time_value(record: ClaimRecord) -> TimeOfDay:
    value = record.claim.value
    assert isinstance(value, TimeOfDay)  # the value of every time claim
    return value


def gap(one: TimeOfDay, other: TimeOfDay) -> int:
    """Minutes between two spans of the day, going round the clock; 0 where they overlap."""

    def pieces(value: TimeOfDay) -> list[tuple[int, int]]:
        last = value.end if value.end >= value.start else value.end + DAY
        return [(value.start + shift, last + shift) for shift in (-DAY, 0, DAY)]

    return min(
        max(0, a_first - b_last, b_first - a_last)
        for a_first, a_last in pieces(one)
        for b_first, b_last in pieces(other)
    )


def _clock(value: TimeOfDay) -> str:
    if value.start == value.end:
        return f"{value.start // 60:02d}:{value.start % 60:02d}"
    return f"between {value.start // 60:02d}:{value.start % 60:02d} and {value.end // 60:02d}:{value.end % 60:02d}"


class TimeOfDayConflict(Rule):
    """An event is placed at times of day that cannot both be right by two sources on one story.

    A clock time ("at 10.30pm", "at 22:30") is a moment, widened by "around" or "shortly
    before"; a part of the day ("in the evening", "in the early hours") a span of hours. Two
    times conflict when more than an hour lies between them: "in the evening" agrees with "at
    8pm". The event is told apart as a date's is: its kind and the place it struck; where a
    source gives its kind of event only one time of day, that time is the story's. Hedged and
    planned times are not compared with times of what happened.

    Conflicting:
        a.md (2031-06-24): "The explosion at the Velmora depot happened at 10.30pm on Monday, fire chief Mara Velden said."
        b.md (2031-06-24): "Fire chief Mara Velden said the explosion at the Velmora depot happened in the early morning on Monday."

    Consistent:
        a.md (2031-06-24): "The explosion at the Velmora depot happened at 8pm on Monday, fire chief Mara Velden said."
        b.md (2031-06-24): "Fire chief Mara Velden said the explosion at the Velmora depot happened in the evening on Monday."
    """

    code = "FC402"
    name = "date.time-of-day"
    kind = "date"
    severity = S.WARNING

    def check(self, context: RuleContext) -> Iterator[Finding]:
        by_topic: dict[str, list[ClaimRecord]] = defaultdict(list)
        for record in context.graph.claims(Predicate.TIME):
            stance = record.claim.stance
            if not stance.hedged and not stance.negated:
                by_topic[time_value(record).event].append(record)
        for topic in sorted(by_topic):
            yield from self._conflicts(context, topic, by_topic[topic])

    def _conflicts(self, context: RuleContext, topic: str, records: list[ClaimRecord]) -> Iterator[Finding]:
        graph, reported = context.graph, set()
        narrow: dict[str, bool] = {}
        single = _single_times(records)
        for first, second in cross_source_pairs(records):
            one, other = time_value(first), time_value(second)
            if one.planned != other.planned or gap(one, other) <= TOLERANCE:
                continue
            if _also_agreed(records, first, second) or _also_agreed(records, second, first):
                continue  # a source that gives both times speaks of two events of the kind
            shared = identifying(graph, context.lexicon, "place", first, second, narrow)
            if not shared and not (first.source.id in single and second.source.id in single):
                continue
            if not same_story(graph, first.source.id, second.source.id):
                continue
            key = (first.source.id, second.source.id)
            if key in reported:
                continue
            reported.add(key)
            entity = filed_under(graph, first, shared).name if shared else f"the {topic}"
            yield self.finding(
                entity,
                f"the {topic} {'involving ' + entity + ' ' if shared else ''}is placed "
                f"{_clock(one)} in {first.source.id} and {_clock(other)} in {second.source.id}",
                [quote(r.source, r.claim.span, _note(r)) for r in (first, second)],
                attribute=f"time:{topic}",
                values=(str(one), str(other)),
            )


def _also_agreed(records: Sequence[ClaimRecord], mine: ClaimRecord, theirs: ClaimRecord) -> bool:
    return any(
        other.source.id == mine.source.id and gap(time_value(other), time_value(theirs)) <= TOLERANCE
        for other in records
    )


def _single_times(records: Sequence[ClaimRecord]) -> set[str]:
    """The sources that give this kind of event times of day that all agree: one event, the story's."""
    by_source: dict[str, list[TimeOfDay]] = defaultdict(list)
    for record in records:
        by_source[record.source.id].append(time_value(record))
    return {
        source
        for source, values in by_source.items()
        if all(gap(a, b) <= TOLERANCE for a in values for b in values)
    }


def _note(record: ClaimRecord) -> str:
    return f"{time_value(record).event} at {time_value(record)} (as of {source_date(record.source)})"
