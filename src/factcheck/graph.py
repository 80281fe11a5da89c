"""The entity-keyed graph: entities, the sources that mention them, and the claims about them."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import networkx as nx

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


class FactGraph:
    """Entities and sources as nodes; an edge for every mention and every claim.

    Rules ask it questions (`claims_about`, `claims`, `mentions_of`) rather than walking node dicts.
    """

    def __init__(
        self,
        sources: Sequence[Source],
        extractions: Sequence[Extraction],
        entities: Sequence[Entity],
        links: Mapping[str, Link] | None = None,
    ) -> None:
        self.sources = {s.id: s for s in sources}
        self.extractions = {e.source_id: e for e in extractions}
        self.entities = {e.id: e for e in entities}
        self._entity_of: dict[MentionRef, str] = {}
        self._names: dict[str, str] | None = None
        self._records: dict[str, list[ClaimRecord]] = defaultdict(list)
        self._by_source: dict[str, set[str]] = defaultdict(set)
        self.graph: nx.MultiDiGraph[tuple[str, str]] = nx.MultiDiGraph()
        for source in sources:
            self.graph.add_node(("source", source.id), kind="source", path=source.path)
        for entity in entities:
            self.graph.add_node(("entity", entity.id), kind="entity", name=entity.name, type=str(entity.type))
            for ref in entity.mentions:
                self._entity_of[ref] = entity.id
                self._by_source[ref.source_id].add(entity.id)
                self.graph.add_edge(
                    ("source", ref.source_id), ("entity", entity.id), kind="mentions", ref=ref
                )
        for extraction in extractions:
            for claim in extraction.claims:
                record = self._record(extraction, claim)
                self._records[claim.predicate].append(record)
                if record.entity is not None:
                    self.graph.add_edge(
                        ("source", extraction.source_id),
                        ("entity", record.entity.id),
                        kind="claim",
                        claim=record,
                    )
        self.links: Mapping[str, Link] = links or {}

    def _record(self, extraction: Extraction, claim: Claim) -> ClaimRecord:
        source = self.sources[extraction.source_id]
        mention = entity = None
        if claim.subject is not None:
            mention = extraction.mentions[claim.subject]
            entity = self.entity_of(extraction.source_id, claim.subject)
        named = {self._entity_of.get(MentionRef(extraction.source_id, i)) for i in claim.anchors}
        if entity is not None:
            named.add(entity.id)
        return ClaimRecord(source, claim, mention, entity, frozenset(i for i in named if i))

    def entity_of(self, source_id: str, mention_index: int) -> Entity | None:
        entity_id = self._entity_of.get(MentionRef(source_id, mention_index))
        return self.entities.get(entity_id) if entity_id else None

    def entity_named(self, name: str) -> Entity | None:
        """The entity written this way in some source (up to case, hyphens and spacing), if just one."""
        if self._names is None:
            found: dict[str, set[str]] = {}
            for entity in self.entities.values():
                for form in (entity.name, *entity.aliases):
                    found.setdefault(exact_key(form), set()).add(entity.id)
            self._names = {key: ids.pop() for key, ids in found.items() if len(ids) == 1}
        entity_id = self._names.get(exact_key(name))
        return self.entities.get(entity_id) if entity_id else None

    def claims_about(self, entity: Entity, predicate: str | None = None) -> list[ClaimRecord]:
        records = [
            data["claim"]
            for _, _, data in self.graph.in_edges(("entity", entity.id), data=True)
            if data["kind"] == "claim" and (predicate is None or data["claim"].claim.predicate == predicate)
        ]
        return sorted(records, key=lambda r: (r.source.id, r.claim.span.start))

    def claims(self, predicate: str) -> list[ClaimRecord]:
        """Every claim of a kind, with or without a named subject, in source order."""
        return sorted(self._records.get(predicate, []), key=lambda r: (r.source.id, r.claim.span.start))

    def link(self, entity: Entity) -> Link | None:
        """The registry entry of an entity, when a registry is loaded and knows it."""
        return self.links.get(entity.id)

    def party_of(self, record: ClaimRecord) -> Entity | None:
        """The party entity a party claim names."""
        if record.claim.object is None:
            return None
        return self.entity_of(record.source.id, record.claim.object)

    def parties(self) -> set[str]:
        """Ids of the entities that are parties: typed so, or named as someone's party in a claim."""
        found = {e.id for e in self.entities.values() if e.type == EntityType.PARTY}
        for record in self.claims("party"):
            party = self.party_of(record)
            if party is not None:
                found.add(party.id)
        return found

    def mentions_of(self, entity: Entity) -> list[MentionRecord]:
        return [
            MentionRecord(self.sources[ref.source_id], self.extractions[ref.source_id].mentions[ref.index])
            for ref in entity.mentions
        ]

    def entities_in(self, source_id: str) -> set[str]:
        """Ids of the entities a source names."""
        return self._by_source.get(source_id, set())
