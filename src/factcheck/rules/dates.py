"""Rules over dates: one event or role dated differently by two sources."""

from __future__ import annotations

import calendar
import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from datetime import date, timedelta

from factcheck.extract.date_phrases import YEAR_GUESSED
from factcheck.graph import ClaimRecord, FactGraph
from factcheck.lexicon import Lexicon
from factcheck.model import DateRange, Entity, EntityType, Finding
from factcheck.model import Severity as S
from factcheck.rules.base import Rule, RuleContext, cross_source_pairs, quote, same_story, source_date

WEEKDAY_RULE = "date.weekday"
WEEKDAYS = {name: index for index, name in enumerate(calendar.day_name)}
# How far back a date is still the news of the day rather than an earlier event recalled.
NEWS_CYCLE = timedelta(days=45)
# Which anchor names the event in a finding, most telling first.
ANCHOR_ORDER = (EntityType.PLACE, EntityType.EVENT, EntityType.PERSON, EntityType.ORGANIZATION)


class DateConflict(Rule):
    """An event or a role is dated differently by two sources on the same story.

    Two date claims are about one event when they date the same kind of event (a flood, a
    summit, an election, a death, taking office) and, for events that recur, name the same town
    or named event, or for a death or taking office, the same person. Dates are intervals at the
    precision the text gives: a month and a day inside it agree. A weekday ("on Monday") is
    compared by its name, so it counts even where a source's date is unknown; "today" in an
    undated source is never compared, nor a year guessed for "June 24" in an undated source.
    Left alone: hedged or negated dates, an earlier event an article recalls, and a pair where
    either source also gives the other's date.

    Conflicting:
        a.md (2023-09-15): "The flood swept through the streets of Velmora on Monday."
        b.md (2023-09-13): "Two dams above Velmora burst when the storm hit on Sunday."

    Consistent:
        a.md (2025-06-28): "The summit in Kestrel Harbour ran from June 24 to 26."
        b.md (2025-06-28): "Leaders gathered for the summit in Kestrel Harbour on June 25."
    """

    code = "FC401"
    name = "date.conflict"
    kind = "date"
    severity = S.WARNING

    def check(self, context: RuleContext) -> Iterator[Finding]:
        by_topic: dict[str, list[ClaimRecord]] = defaultdict(list)
        for record in context.graph.claims("date"):
            qualifiers, guessed = record.claim.qualifiers, record.claim.rule.endswith(YEAR_GUESSED)
            if record.claim.topic and not qualifiers.hedged and not qualifiers.negated and not guessed:
                by_topic[record.claim.topic].append(record)
        for topic in sorted(by_topic):
            yield from self._conflicts(context, topic, by_topic[topic])

    def _conflicts(self, context: RuleContext, topic: str, records: list[ClaimRecord]) -> Iterator[Finding]:
        graph = context.graph
        reported: set[tuple[str, tuple[str, ...]]] = set()
        identity = context.lexicon.event_identity.get(topic)
        narrow: dict[str, bool] = {}
        for first, second in cross_source_pairs(records):
            shared = _identifying(graph, context.lexicon, identity, first, second, narrow)
            if first.source.id == second.source.id or not shared or agree(first, second):
                continue
            if not _same_era(first, second, identity) or _other_named_events(graph, first, second):
                continue
            if _also_agreed(records, first, second) or _also_agreed(records, second, first):
                continue
            if not same_story(graph, first.source.id, second.source.id):
                continue
            entity = _named(graph, first, shared)
            values = (normalised(first), normalised(second))
            key = (entity.id, tuple(sorted(values)))
            if key in reported:
                continue
            reported.add(key)
            yield self.finding(
                entity,
                f"the {topic} involving {entity.name} is dated {_describe(first)} in {first.source.id} "
                f"and {_describe(second)} in {second.source.id}",
                [quote(r.source, r.claim.span, _note(r)) for r in (first, second)],
                attribute=f"date:{topic}",
                values=values,
            )


def normalised(record: ClaimRecord) -> str:
    """A date range's str ("2025-06-24..2025-06-26"), or a weekday's name where no date is known."""
    return str(record.claim.value)


def weekday_of(record: ClaimRecord) -> int | None:
    """The weekday a claim made from "on Monday" names, whether or not it became a date."""
    if record.claim.rule != WEEKDAY_RULE:
        return None
    value = record.claim.value
    if isinstance(value, str):
        return WEEKDAYS.get(value)
    return value.start.weekday() if isinstance(value, DateRange) else None


def agree(first: ClaimRecord, second: ClaimRecord) -> bool:
    """Whether two date claims can both be true of one event."""
    a, b = first.claim.value, second.claim.value
    day_a, day_b = weekday_of(first), weekday_of(second)
    if day_a is not None and day_b is not None:
        return day_a == day_b
    for day, other in ((day_a, b), (day_b, a)):
        if day is not None and isinstance(other, DateRange) and (other.end - other.start).days < 6:
            return day in _weekdays(other)
    if isinstance(a, DateRange) and isinstance(b, DateRange):
        return a.overlaps(b)
    return True  # a weekday of unknown date against a long period: nothing to compare


def _weekdays(period: DateRange) -> set[int]:
    days = (period.end - period.start).days + 1
    return {(period.start + timedelta(days=n)).weekday() for n in range(min(days, 7))}


def _also_agreed(records: Sequence[ClaimRecord], mine: ClaimRecord, theirs: ClaimRecord) -> bool:
    """The source of `mine` also gives the kind of event a date that agrees with `theirs`: it speaks
    of several events of the kind (a quake and its aftershocks, an earlier flood), and the two
    sources may not mean the same one."""
    return any(
        other.source.id == mine.source.id and other is not mine and agree(other, theirs) for other in records
    )


def _same_era(first: ClaimRecord, second: ClaimRecord, identity: str | None) -> bool:
    """Whether two dates can be of one event in time. A place sees many floods and summits: only
    the ones in the news of the day are compared, not the flood of 2004 an article recalls. A
    person dies once: any two dates of it are compared, unless one is news and the other past.
    A date in an undated source is placed against the other source's date."""
    story = _published(first) or _published(second)
    era_a, era_b = _era(first, _published(first) or story), _era(second, _published(second) or story)
    if identity == "place":
        return era_a == era_b == "news"
    return era_a == era_b or None in (era_a, era_b)


def _published(record: ClaimRecord) -> date | None:
    as_of = record.claim.qualifiers.as_of
    return as_of.start if as_of else record.source.published


def _era(record: ClaimRecord, story: date | None) -> str | None:
    """ "news" for the days around the story, "past" for earlier ones, None when it cannot be told."""
    value = record.claim.value
    if not isinstance(value, DateRange):
        return "news"  # "on Monday" of an undated source: a day of the week of writing
    if story is None:
        return None
    return "news" if story - value.end <= NEWS_CYCLE else "past"  # no overflow near year 1


def _other_named_events(graph: FactGraph, first: ClaimRecord, second: ClaimRecord) -> bool:
    """Each names an event the other does not ("Hurricane A in 1998", "Hurricane B in 2005")."""
    named = [{i for i in r.anchors if graph.entities[i].type == EntityType.EVENT} for r in (first, second)]
    return bool(named[0] and named[1] and not named[0] & named[1])


def _identifying(
    graph: FactGraph,
    lexicon: Lexicon,
    identity: str | None,
    first: ClaimRecord,
    second: ClaimRecord,
    narrow: dict[str, bool],
) -> frozenset[str]:
    """The entities both claims name that tell one event of the kind from another: the same person
    for a death, the same town or named event for a flood. Countries and regions are too wide."""
    if identity == "subject":
        same = first.entity is not None and second.entity is not None and first.entity.id == second.entity.id
        return frozenset([first.entity.id]) if same and first.entity else frozenset()
    if identity != "place":
        return frozenset()
    for i in first.anchors & second.anchors:
        if i not in narrow:  # asked once per entity: it searches the texts of its sources
            narrow[i] = _narrow_place(graph, lexicon, graph.entities[i])
    return frozenset(i for i in first.anchors & second.anchors if narrow[i])


def _narrow_place(graph: FactGraph, lexicon: Lexicon, entity: Entity) -> bool:
    """A named place below the level of a country or a region, or a named event. A name of unknown
    type counts unless it is an acronym or a word the sources also write in lower case."""
    if any(lexicon.country_of(name) for name in (entity.name, *entity.aliases)):
        return False
    if all(lexicon.name_heads.get(word) == "place" for word in entity.name.split()):
        return False  # "Middle East", "Mediterranean"
    if entity.type in (EntityType.PLACE, EntityType.EVENT):
        return True
    if entity.type != EntityType.UNKNOWN or entity.name.isupper():
        return False
    word = re.compile(rf"\b{re.escape(entity.name.lower())}\b")
    sources = {record.source.id: record.source for record in graph.mentions_of(entity)}
    return not any(word.search(source.text) for source in sources.values())


def _named(graph: FactGraph, record: ClaimRecord, shared: frozenset[str]) -> Entity:
    """The entity a finding is filed under: the subject if both name it, else a place, an event..."""
    if record.entity is not None and record.entity.id in shared:
        return record.entity
    entities = [graph.entities[i] for i in sorted(shared)]
    rank = {kind: index for index, kind in enumerate(ANCHOR_ORDER)}
    return min(entities, key=lambda e: (rank.get(e.type, len(rank)), e.name))


def _describe(record: ClaimRecord) -> str:
    value = record.claim.value
    if isinstance(value, str):
        return f"'{record.claim.span.text}' (a {value}, date unknown)"
    if isinstance(value, DateRange) and value.start == value.end:
        return f"{value} ({calendar.day_name[value.start.weekday()]})"
    return str(value)


def _note(record: ClaimRecord) -> str:
    return f"{record.claim.topic} on {record.claim.value} (as of {source_date(record.source)})"
