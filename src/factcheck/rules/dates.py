"""Rules over dates (4xx): one event dated (or, against the registry, placed) differently."""

from __future__ import annotations

import calendar
import re
from collections import defaultdict
from collections.abc import Iterator

from factcheck.graph import ClaimRecord
from factcheck.model import DateRange, EntityType, Entry, Finding, Precision, Predicate
from factcheck.model import Severity as S
from factcheck.resolve.keys import exact_key
from factcheck.rules.base import (
    Rule,
    RuleContext,
    cross_source_pairs,
    quote,
    registry_evidence,
    same_story,
    source_date,
)
from factcheck.rules.occasions import (
    agree,
    also_agreed,
    dated_value,
    filed_under,
    identifying,
    normalised,
    other_named_events,
    same_era,
)


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
        a.md (2023-09-15): "The flood swept through Velmora on Monday. Mayor Ilse Kovar asked the Coastal Rescue Service for boats."
        b.md (2023-09-13): "Two dams above Velmora burst when the storm hit on Sunday. Mayor Ilse Kovar asked the Coastal Rescue Service for boats."

    Consistent:
        a.md (2025-03-07): "The summit in Kestrel Harbour ran from March 3 to 5."
        b.md (2025-03-07): "Leaders gathered for the summit in Kestrel Harbour on March 4."
    """

    code = "FC401"
    name = "date.conflict"
    kind = "date"
    severity = S.WARNING

    def check(self, context: RuleContext) -> Iterator[Finding]:
        by_topic: dict[str, list[ClaimRecord]] = defaultdict(list)
        for record in context.graph.claims(Predicate.DATE):
            stance, dated = record.claim.stance, dated_value(record)
            if dated.event and not stance.hedged and not stance.negated and not dated.year_inferred:
                by_topic[dated.event].append(record)
        for topic in sorted(by_topic):
            yield from self._conflicts(context, topic, by_topic[topic])

    def _conflicts(self, context: RuleContext, topic: str, records: list[ClaimRecord]) -> Iterator[Finding]:
        graph = context.graph
        reported: set[tuple[str, tuple[str, ...]]] = set()
        identity = context.lexicon.event_identity.get(topic.partition(":")[0])
        narrow: dict[str, bool] = {}
        for first, second in cross_source_pairs(records):
            shared = identifying(graph, context.lexicon, identity, first, second, narrow)
            if first.source.id == second.source.id or not shared or agree(first, second):
                continue
            if dated_value(first).planned != dated_value(second).planned:
                continue  # a date set beforehand against the day it happened
            if not same_era(first, second, identity) or other_named_events(graph, first, second):
                continue
            if also_agreed(records, first, second) or also_agreed(records, second, first):
                continue
            if not same_story(graph, first.source.id, second.source.id):
                continue
            entity = filed_under(graph, first, shared)
            values = (normalised(first), normalised(second))
            key = (entity.id, tuple(sorted(values)))
            if key in reported:
                continue
            reported.add(key)
            yield self.finding(
                entity,
                f"{_event_name(topic)} involving {entity.name} is dated {_describe(first)} in {first.source.id} "
                f"and {_describe(second)} in {second.source.id}",
                [quote(r.source, r.claim.span, _note(r)) for r in (first, second)],
                attribute=f"date:{topic}",
                values=values,
            )


def _event_name(topic: str) -> str:
    """ "the flood", or "the end of the strike" for the topic "strike:end"."""
    kind, _, phase = topic.partition(":")
    return f"the {phase} of the {kind}" if phase else f"the {kind}"


def _describe(record: ClaimRecord) -> str:
    dated = dated_value(record)
    when = dated.when
    if when is None:
        return f"'{record.claim.span.text}' (a {dated.weekday}, date unknown)"
    if when.start == when.end:
        return f"{when} ({calendar.day_name[when.start.weekday()]})"
    return str(when)


def _note(record: ClaimRecord) -> str:
    dated = dated_value(record)
    return f"{dated.event} on {dated} (as of {source_date(record.source)})"


SMALL_WORDS = frozenset("the a an of in at on for and to".split())


def event_words(name: str) -> frozenset[str]:
    """The words that name an event, without years and small words: '2025 NATO summit' -> {nato, summit}."""
    words = re.findall(r"[\w’'-]+", name.casefold())
    return frozenset(w for w in words if not w.isdigit() and w not in SMALL_WORDS)


def _event_variants(entry: Entry) -> list[frozenset[str]]:
    place = event_words(entry.place) if entry.place else frozenset()
    variants = {event_words(name) - place for name in entry.accepted}
    return [v for v in variants if len(v) >= 2 or (v and len(entry.accepted) == 1)]


def _about_event(words: frozenset[str], variants: list[frozenset[str]], entry: Entry) -> bool:
    """A sentence, by its words, names the event (singular: "summits" are other events) and no other year."""
    years = {int(w) for w in words if w.isdigit() and len(w) == 4}
    year = entry.date.start.year if entry.date else None
    if year is not None and years - {year}:
        return False
    return any(variant <= words for variant in variants)


def _disagrees(claimed: DateRange, known: DateRange) -> bool:
    """A period must match the registry's at the precision given; a single day must fall inside it."""
    if claimed.start == claimed.end or claimed.precision != Precision.DAY:
        return not claimed.overlaps(known)
    return claimed.start != known.start or claimed.end != known.end


class RegistryEventDate(Rule):
    """An event is dated differently from the registry, at the precision the article gives.

    A period ("from March 3 to 5") must match the registry's first and last day; a single day
    must fall inside the event; a month or a year must overlap it.

    Conflicting:
        a.md (2025-03-07): "Leaders met at the Harbour summit in Porto Vale from March 3 to 5."
        registry: {name: 2025 Harbour summit, type: event, place: Porto Vale, date: {from: 2025-03-03, to: 2025-03-04}}

    Consistent:
        a.md (2025-03-07): "leaders met at the Harbour summit on March 4"
    """

    code = "FC411"
    name = "registry.event-date"
    kind = "date"
    severity = S.WARNING

    def check(self, context: RuleContext) -> Iterator[Finding]:
        graph, registry = context.graph, context.registry
        if registry is None:
            return
        events = [e for e in registry.entries if e.type == EntityType.EVENT and e.date]
        dated = graph.claims(Predicate.DATE)
        for entry in events:
            variants = _event_variants(entry)
            for record in dated:
                claimed = dated_value(record).when
                if claimed is None or record.claim.stance.hedged or entry.date is None:
                    continue
                if not _about_event(record.claim.context, variants, entry) or not _disagrees(
                    claimed, entry.date
                ):
                    continue
                yield self.finding(
                    entry.name,
                    f"{entry.name} is dated {claimed} in {record.source.id}; the registry has {entry.date}",
                    [
                        quote(record.source, record.claim.span),
                        registry_evidence(registry, f"{entry.name}: {entry.date}", entry.line),
                    ],
                    attribute="registry-event-date",
                    values=[str(claimed), str(entry.date)],
                )


class RegistryEventPlace(Rule):
    """An event is placed somewhere other than where the registry says it is held.

    Only a place named right after the event ("the Harbour summit in Eastport") counts; a
    country that holds the registry's place is not a disagreement.

    Conflicting:
        a.md: "leaders gathered for the Harbour summit in Eastport"
        registry: {name: 2025 Harbour summit, type: event, place: Porto Vale}

    Consistent:
        a.md: "leaders gathered for the Harbour summit in Porto Vale"
    """

    code = "FC412"
    name = "registry.event-place"
    kind = "event"
    severity = S.WARNING

    def check(self, context: RuleContext) -> Iterator[Finding]:
        graph, registry = context.graph, context.registry
        if registry is None:
            return
        countries = context.lexicon.countries
        for entry in (e for e in registry.entries if e.type == EntityType.EVENT and e.place):
            variants, place = _event_variants(entry), entry.place or ""
            for entity in graph.entities.values():
                if entity.type != EntityType.PLACE or entity.name.casefold() in countries:
                    continue
                if any(exact_key(f) == exact_key(place) for f in (entity.name, *entity.aliases)):
                    continue
                for record in graph.mentions_of(entity):
                    mention, span = record.mention, record.mention.span
                    if not mention.placed_after or not _about_event(mention.context, variants, entry):
                        continue
                    if mention.placed_after not in {w for v in variants for w in v}:
                        continue
                    yield self.finding(
                        entry.name,
                        f"{entry.name} is placed in {span.text} in {record.source.id}; the registry has {place}",
                        [
                            quote(record.source, span),
                            registry_evidence(registry, f"{entry.name}: {place}", entry.line),
                        ],
                        attribute="registry-event-place",
                        values=[span.text, place],
                    )
