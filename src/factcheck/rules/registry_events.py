"""Registry rules for events: their dates and places against the registry's."""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.text import Sentence, split_sentences
from factcheck.model import DateRange, EntityType, Entry, Finding, Source
from factcheck.model import Severity as S
from factcheck.resolve.keys import exact_key
from factcheck.rules.base import Rule, RuleContext, quote
from factcheck.rules.registry import registry_evidence

SMALL_WORDS = frozenset("the a an of in at on for and to".split())


def event_words(name: str) -> frozenset[str]:
    """The words that name an event, without years and small words: '2025 NATO summit' -> {nato, summit}."""
    words = re.findall(r"[\w’'-]+", name.casefold())
    return frozenset(w for w in words if not w.isdigit() and w not in SMALL_WORDS)


def _event_variants(entry: Entry) -> list[frozenset[str]]:
    place = event_words(entry.place) if entry.place else frozenset()
    variants = {event_words(name) - place for name in entry.accepted}
    return [v for v in variants if len(v) >= 2 or (v and len(entry.accepted) == 1)]


class _Sentences:
    """The sentence around an offset, from the extractor's own sentence splitting, once per source."""

    def __init__(self) -> None:
        self._split: dict[str, list[Sentence]] = {}

    def around(self, source: Source, offset: int) -> str:
        if source.id not in self._split:
            self._split[source.id] = split_sentences(source.text, source.body_start, len(source.text))
        for sentence in self._split[source.id]:
            if sentence.start <= offset < sentence.end:
                return source.text[sentence.start : sentence.end]
        return ""


def _about_event(sentence: str, variants: list[frozenset[str]], entry: Entry) -> bool:
    """The sentence names the event (singular: "summits" are other events) and no other year."""
    words = set(re.findall(r"[\w’'-]+", sentence.casefold()))
    years = {int(w) for w in words if w.isdigit() and len(w) == 4}
    year = entry.date.start.year if entry.date else None
    if year is not None and years - {year}:
        return False
    return any(variant <= words for variant in variants)


def _disagrees(claimed: DateRange, known: DateRange) -> bool:
    """A period must match the registry's at the precision given; a single day must fall inside it."""
    if claimed.start == claimed.end or claimed.precision != "day":
        return not claimed.overlaps(known)
    return claimed.start != known.start or claimed.end != known.end


class RegistryEventDate(Rule):
    """An event is dated differently from the registry, at the precision the article gives.

    A period ("from June 24 to 26") must match the registry's first and last day; a single day
    must fall inside the event; a month or a year must overlap it.

    Conflicting:
        a.md: "the Harbour summit in Porto Vale from June 24 to 26"
        registry: {name: 2025 Harbour summit, date: {from: 2025-06-24, to: 2025-06-25}}

    Consistent:
        a.md: "leaders met at the Harbour summit on June 25"
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
        sentences = _Sentences()
        dated = graph.claims("date")
        for entry in events:
            variants = _event_variants(entry)
            for record in dated:
                claimed = record.claim.value
                if not isinstance(claimed, DateRange) or record.claim.qualifiers.hedged or entry.date is None:
                    continue
                sentence = sentences.around(record.source, record.claim.span.start)
                if not _about_event(sentence, variants, entry) or not _disagrees(claimed, entry.date):
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
        registry: {name: 2025 Harbour summit, place: Porto Vale}

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
        sentences = _Sentences()
        for entry in (e for e in registry.entries if e.type == EntityType.EVENT and e.place):
            variants, place = _event_variants(entry), entry.place or ""
            for entity in graph.entities.values():
                if entity.type != EntityType.PLACE or entity.name.casefold() in countries:
                    continue
                if any(exact_key(f) == exact_key(place) for f in (entity.name, *entity.aliases)):
                    continue
                for record in graph.mentions_of(entity):
                    span = record.mention.span
                    before = record.source.text[max(0, span.start - 60) : span.start].casefold()
                    head = re.search(r"([\w’'-]+)\s+(?:in|at)\s+(?:the\s+)?$", before)
                    if not head or not _about_event(
                        sentences.around(record.source, span.start), variants, entry
                    ):
                        continue
                    if head.group(1) not in {w for v in variants for w in v}:
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
