"""The entity-keyed graph: entities, the sources that mention them, and the claims about them."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import networkx as nx

from factcheck.model import Claim, Entity, Extraction, Mention, MentionRef, Source
from factcheck.resolve.keys import exact_key


@dataclass(frozen=True, slots=True)
class ClaimRecord:
    """A claim with its provenance: the source that made it and the mention it is about."""

    source: Source
    claim: Claim
    mention: Mention


@dataclass(frozen=True, slots=True)
class MentionRecord:
    source: Source
    mention: Mention


class FactGraph:
    """Entities as nodes keyed by id, sources as nodes, claims as edges from source to entity.

    Rules ask it questions (`claims_about`, `mentions_of`) rather than walking node dicts.
    """

    def __init__(
        self, sources: Sequence[Source], extractions: Sequence[Extraction], entities: Sequence[Entity]
    ):
        self.sources = {s.id: s for s in sources}
        self.extractions = {e.source_id: e for e in extractions}
        self.entities = {e.id: e for e in entities}
        self._entity_of: dict[MentionRef, str] = {}
        self._names: dict[str, str] | None = None
        self.graph = nx.MultiDiGraph()
        for source in sources:
            self.graph.add_node(("source", source.id), kind="source", path=source.path)
        for entity in entities:
            self.graph.add_node(("entity", entity.id), kind="entity", name=entity.name, type=str(entity.type))
            for ref in entity.mentions:
                self._entity_of[ref] = entity.id
                self.graph.add_edge(
                    ("source", ref.source_id), ("entity", entity.id), kind="mentions", ref=ref
                )
        for extraction in extractions:
            for claim in extraction.claims:
                entity_id = self._entity_of.get(MentionRef(extraction.source_id, claim.subject))
                if entity_id is not None:
                    self.graph.add_edge(
                        ("source", extraction.source_id), ("entity", entity_id), kind="claim", claim=claim
                    )

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

    def entity_of(self, source_id: str, mention_index: int) -> Entity | None:
        entity_id = self._entity_of.get(MentionRef(source_id, mention_index))
        return self.entities.get(entity_id) if entity_id else None

    def claims_about(self, entity: Entity, predicate: str | None = None) -> list[ClaimRecord]:
        records = []
        for source_node, _, data in self.graph.in_edges(("entity", entity.id), data=True):
            if data["kind"] != "claim":
                continue
            claim: Claim = data["claim"]
            if predicate is None or claim.predicate == predicate:
                source = self.sources[source_node[1]]
                mention = self.extractions[source.id].mentions[claim.subject]
                records.append(ClaimRecord(source, claim, mention))
        return sorted(records, key=lambda r: (r.source.id, r.claim.span.start))

    def mentions_of(self, entity: Entity) -> list[MentionRecord]:
        return [
            MentionRecord(self.sources[ref.source_id], self.extractions[ref.source_id].mentions[ref.index])
            for ref in entity.mentions
        ]

    def claims(self, predicate: str) -> Iterator[tuple[Entity, ClaimRecord]]:
        for entity in self.entities.values():
            for record in self.claims_about(entity, predicate):
                yield entity, record

    def source_ids_of(self, entity: Entity) -> set[str]:
        return {ref.source_id for ref in entity.mentions}
