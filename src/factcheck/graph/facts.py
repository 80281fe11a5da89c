"""What the sources say, keyed by entity: frozen indexes that rules ask questions of."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from types import MappingProxyType

from factcheck.collector import collector_paused
from factcheck.model import Claim, Entity, EntityType, Extraction, Link, Mention, MentionRef, Source
from factcheck.resolve.keys import exact_key


@dataclass(frozen=True, slots=True)
class ClaimRecord:
    """A claim with its provenance: the source that made it, the mention and entity it is about."""

    source: Source
    claim: Claim
    mention: Mention | None
    entity: Entity | None
    anchors: frozenset[str]  # ids of the entities named in the claim's clause, its subject included


@dataclass(frozen=True, slots=True)
class MentionRecord:
    source: Source
    mention: Mention


@dataclass(frozen=True, slots=True)
class FactGraph:
    """Entities, the sources that mention them, and the claims about them, indexed once by
    `build_graph` and then only read: rules ask it questions (`claims_about`, `claims`,
    `mentions_of`) rather than walking its indexes."""

    sources: Mapping[str, Source]
    extractions: Mapping[str, Extraction]
    entities: Mapping[str, Entity]
    links: Mapping[str, Link]  # entity id -> its registry entry, when a registry knows it
    entity_ids: Mapping[MentionRef, str]  # mention -> the entity it is a mention of
    by_predicate: Mapping[str, tuple[ClaimRecord, ...]]  # in source order
    by_entity: Mapping[tuple[str, str], tuple[ClaimRecord, ...]]  # (entity id, predicate), in source order
    mentions: Mapping[str, tuple[MentionRecord, ...]]  # entity id -> its mentions
    in_source: Mapping[str, frozenset[str]]  # source id -> the ids of the entities it names
    names: Mapping[str, str]  # exact key of a form written for one entity only -> that entity's id
    party_ids: frozenset[str]

    def entity_of(self, source_id: str, mention_index: int) -> Entity | None:
        entity_id = self.entity_ids.get(MentionRef(source_id, mention_index))
        return self.entities.get(entity_id) if entity_id else None

    def entity_named(self, name: str) -> Entity | None:
        """The entity written this way in some source (up to case, hyphens and spacing), if just one."""
        entity_id = self.names.get(exact_key(name))
        return self.entities.get(entity_id) if entity_id else None

    def claims_about(self, entity: Entity, predicate: str) -> tuple[ClaimRecord, ...]:
        """The claims of a kind about an entity, in source order."""
        return self.by_entity.get((entity.id, predicate), ())

    def claims(self, predicate: str) -> tuple[ClaimRecord, ...]:
        """Every claim of a kind, with or without a named subject, in source order."""
        return self.by_predicate.get(predicate, ())

    def link(self, entity: Entity) -> Link | None:
        """The registry entry of an entity, when a registry is loaded and knows it."""
        return self.links.get(entity.id)

    def party_of(self, record: ClaimRecord) -> Entity | None:
        """The party entity a party claim names."""
        if record.claim.object is None:
            return None
        return self.entity_of(record.source.id, record.claim.object)

    def parties(self) -> frozenset[str]:
        """Ids of the entities that are parties: typed so, or named as someone's party in a claim."""
        return self.party_ids

    def mentions_of(self, entity: Entity) -> tuple[MentionRecord, ...]:
        return self.mentions.get(entity.id, ())

    def entities_in(self, source_id: str) -> frozenset[str]:
        """Ids of the entities a source names."""
        return self.in_source.get(source_id, frozenset())


def build_graph(
    sources: Sequence[Source],
    extractions: Sequence[Extraction],
    entities: Sequence[Entity],
    links: Mapping[str, Link] | None = None,
) -> FactGraph:
    """Index what the sources say by entity, once."""
    with collector_paused():
        return _built(sources, extractions, entities, links)


def _built(
    sources: Sequence[Source],
    extractions: Sequence[Extraction],
    entities: Sequence[Entity],
    links: Mapping[str, Link] | None,
) -> FactGraph:
    by_id = {s.id: s for s in sources}
    extracted = {e.source_id: e for e in extractions}
    entity_map = {e.id: e for e in entities}
    entity_ids: dict[MentionRef, str] = {}
    in_source: dict[str, set[str]] = defaultdict(set)
    mentions: dict[str, tuple[MentionRecord, ...]] = {}
    for entity in entities:
        for ref in entity.mentions:
            entity_ids[ref] = entity.id
            in_source[ref.source_id].add(entity.id)
        mentions[entity.id] = tuple(
            MentionRecord(by_id[ref.source_id], extracted[ref.source_id].mentions[ref.index])
            for ref in entity.mentions
        )
    by_predicate: dict[str, list[ClaimRecord]] = defaultdict(list)
    by_entity: dict[tuple[str, str], list[ClaimRecord]] = defaultdict(list)
    for extraction in extractions:
        source = by_id[extraction.source_id]
        for claim in extraction.claims:
            record = _record(source, extraction, claim, entity_ids, entity_map)
            by_predicate[claim.predicate].append(record)
            if record.entity is not None:
                by_entity[(record.entity.id, claim.predicate)].append(record)
    graph = FactGraph(
        sources=MappingProxyType(by_id),
        extractions=MappingProxyType(extracted),
        entities=MappingProxyType(entity_map),
        links=MappingProxyType(dict(links or {})),
        entity_ids=MappingProxyType(entity_ids),
        by_predicate=MappingProxyType({k: _in_source_order(v) for k, v in by_predicate.items()}),
        by_entity=MappingProxyType({k: _in_source_order(v) for k, v in by_entity.items()}),
        mentions=MappingProxyType(mentions),
        in_source=MappingProxyType({k: frozenset(v) for k, v in in_source.items()}),
        names=MappingProxyType(_unique_names(entities)),
        party_ids=frozenset(),
    )
    return _with_parties(graph)


def _record(
    source: Source,
    extraction: Extraction,
    claim: Claim,
    entity_ids: Mapping[MentionRef, str],
    entities: Mapping[str, Entity],
) -> ClaimRecord:
    mention = entity = None
    if claim.subject is not None:
        mention = extraction.mentions[claim.subject]
        entity_id = entity_ids.get(MentionRef(source.id, claim.subject))
        entity = entities.get(entity_id) if entity_id else None
    named = {entity_ids.get(MentionRef(source.id, i)) for i in claim.anchors}
    if entity is not None:
        named.add(entity.id)
    return ClaimRecord(source, claim, mention, entity, frozenset(i for i in named if i))


def _in_source_order(records: Iterable[ClaimRecord]) -> tuple[ClaimRecord, ...]:
    """By source, then by where the claim starts; claims starting together keep their extraction order."""
    return tuple(sorted(records, key=lambda r: (r.source.id, r.claim.span.start)))


def _unique_names(entities: Sequence[Entity]) -> dict[str, str]:
    found: dict[str, set[str]] = {}
    for entity in entities:
        for form in (entity.name, *entity.aliases):
            found.setdefault(exact_key(form), set()).add(entity.id)
    return {key: ids.pop() for key, ids in found.items() if len(ids) == 1}


def _with_parties(graph: FactGraph) -> FactGraph:
    found = {e.id for e in graph.entities.values() if e.type == EntityType.PARTY}
    for record in graph.claims("party"):
        party = graph.party_of(record)
        if party is not None:
            found.add(party.id)
    return replace(graph, party_ids=frozenset(found))
