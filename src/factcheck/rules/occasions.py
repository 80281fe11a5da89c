"""Whether two date claims can be of one occasion: their event kind's identifying entities, their
era, their weekdays; the date rules compare only dates that can."""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from datetime import date, timedelta

from factcheck.graph import ClaimRecord, FactGraph
from factcheck.lexicon import Lexicon
from factcheck.model import Dated, DateRange, Entity, EntityType

WEEKDAYS = {name: index for index, name in enumerate(calendar.day_name)}

# How far back a date is still the news of the day rather than an earlier event recalled.
NEWS_CYCLE = timedelta(days=45)

# Which anchor names the event in a finding, most telling first.
# The names that can tell one trial or one final from another.
ANY_IDENTITY = (EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE, EntityType.EVENT)
ANCHOR_ORDER = (EntityType.PLACE, EntityType.EVENT, EntityType.PERSON, EntityType.ORGANIZATION)


def dated_value(record: ClaimRecord) -> Dated:
    value = record.claim.value
    assert isinstance(value, Dated)  # the value of every date claim
    return value


def normalised(record: ClaimRecord) -> str:
    """A date range's str ("2025-06-24..2025-06-26"), or a weekday's name where no date is known."""
    return str(dated_value(record))


def weekday_of(record: ClaimRecord) -> int | None:
    """The weekday a claim made from "on Monday" names, whether or not it became a date."""
    dated = dated_value(record)
    if not dated.weekday:
        return None
    return WEEKDAYS.get(dated.weekday) if dated.when is None else dated.when.start.weekday()


def agree(first: ClaimRecord, second: ClaimRecord) -> bool:
    """Whether two date claims can both be true of one event."""
    a, b = dated_value(first).when, dated_value(second).when
    day_a, day_b = weekday_of(first), weekday_of(second)
    if day_a is not None and day_b is not None:
        return day_a == day_b
    for day, other in ((day_a, b), (day_b, a)):
        if day is not None and other is not None and (other.end - other.start).days < 6:
            return day in _weekdays(other)
    if a is not None and b is not None:
        return a.overlaps(b)
    return True  # a weekday of unknown date against a long period: nothing to compare


def _weekdays(period: DateRange) -> set[int]:
    days = (period.end - period.start).days + 1
    return {(period.start + timedelta(days=n)).weekday() for n in range(min(days, 7))}


def also_agreed(records: Sequence[ClaimRecord], mine: ClaimRecord, theirs: ClaimRecord) -> bool:
    """The source of `mine` also gives the kind of event a date that agrees with `theirs`: it speaks
    of several events of the kind (a quake and its aftershocks, an earlier flood), and the two
    sources may not mean the same one."""
    return any(
        other.source.id == mine.source.id and other is not mine and agree(other, theirs) for other in records
    )


def same_era(first: ClaimRecord, second: ClaimRecord, identity: str | None) -> bool:
    """Whether two dates can be of one event in time. A place sees many floods and summits: only
    the ones in the news of the day are compared, not the flood of 2004 an article recalls. A
    person dies once: any two dates of it are compared, unless one is news and the other past.
    A date in an undated source is placed against the other source's date."""
    story = _published(first) or _published(second)
    era_a, era_b = _era(first, _published(first) or story), _era(second, _published(second) or story)
    if identity in ("place", "country"):
        return era_a == era_b == "news"
    if identity == "any":
        return era_a == era_b == "news"  # a final, a win: the one in the news, not one recalled
    if identity == "lasting":
        return True  # a trial, a strike, a war: what lasts is news long after it began
    return era_a == era_b or None in (era_a, era_b)


def _published(record: ClaimRecord) -> date | None:
    as_of = record.claim.as_of
    return as_of.start if as_of else record.source.published


def _era(record: ClaimRecord, story: date | None) -> str | None:
    """ "news" for the days around the story, "past" for earlier ones, None when it cannot be told."""
    when = dated_value(record).when
    if when is None:
        return "news"  # "on Monday" of an undated source: a day of the week of writing
    if story is None:
        return None
    return "news" if story - when.end <= NEWS_CYCLE else "past"  # no overflow near year 1


def other_named_events(graph: FactGraph, first: ClaimRecord, second: ClaimRecord) -> bool:
    """Each names an event the other does not ("Hurricane A in 1998", "Hurricane B in 2005")."""
    named = [{i for i in r.anchors if graph.entities[i].type == EntityType.EVENT} for r in (first, second)]
    return bool(named[0] and named[1] and not named[0] & named[1])


def identifying(
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
    if identity not in ("place", "venue", "country", "any", "lasting"):
        return frozenset()
    if identity in ("any", "lasting"):  # a trial, a final: names both give, below the level of a country
        named = frozenset(
            i
            for i in first.anchors & second.anchors
            if graph.entities[i].type in ANY_IDENTITY and not lexicon.country_of(graph.entities[i].name)
        )
        # one name does not tell one win or one final from another: the same player wins often;
        # a named competition does, in the news of the day ("won the Harlow Open on Sunday")
        if identity == "lasting" or len(named) >= 2:
            return named
        return frozenset(i for i in named if graph.entities[i].type == EntityType.EVENT)
    for i in first.anchors | second.anchors:
        if i not in narrow:  # asked once per entity: it searches the texts of its sources
            narrow[i] = _narrow_place(graph, lexicon, graph.entities[i])
    shared = frozenset(i for i in first.anchors & second.anchors if narrow[i])
    if identity == "venue":  # meetings recur: only where they are held tells one from another
        return frozenset(i for i in shared if _venue(graph, graph.entities[i], (first, second)))
    if shared or identity != "country" or any(narrow[i] for i in first.anchors | second.anchors):
        return shared
    # a national election: the country tells it, when neither names a town or a region
    return frozenset(i for i in first.anchors & second.anchors if lexicon.country_of(graph.entities[i].name))


def _venue(graph: FactGraph, entity: Entity, records: tuple[ClaimRecord, ...]) -> bool:
    """A named event, or a name each date's sentence writes after "in" or "at" ("the talks in
    Velmora on Monday"): a company or a body that meets ("Harlow Mutual's meeting on Friday") is no
    venue, whatever its type."""
    if entity.type == EntityType.EVENT:
        return True
    placed = {(r.source.id, r.mention.context) for r in graph.mentions_of(entity) if r.mention.placed_after}
    return all((r.source.id, r.claim.context) in placed for r in records)


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
    sources = {record.source.id for record in graph.mentions_of(entity)}
    return not any(graph.extractions[s].vocabulary.writes_in_lower_case(entity.name) for s in sources)


def filed_under(graph: FactGraph, record: ClaimRecord, shared: frozenset[str]) -> Entity:
    """The entity a finding is filed under: the subject if both name it, else a place, an event..."""
    if record.entity is not None and record.entity.id in shared:
        return record.entity
    entities = [graph.entities[i] for i in sorted(shared)]
    rank = {kind: index for index, kind in enumerate(ANCHOR_ORDER)}
    return min(entities, key=lambda e: (rank.get(e.type, len(rank)), e.name))
