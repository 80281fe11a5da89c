"""The entity graph as JSON (for scripts and the resolution benchmark) or GraphML (for Gephi).

The JSON holds the entities with their spellings, mentions and claims (each at its line and
column), and the edges the graph really has: an entity to each article that mentions it, and one
entity to another when a claim about the first names the second (its party, the place it lies
from, or any other name of the claim's clause)."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, TextIO

import networkx as nx

from factcheck.graph.build import Analysis
from factcheck.graph.facts import ClaimRecord
from factcheck.model import (
    Affiliation,
    Alias,
    Aspect,
    Bearing,
    ClaimValue,
    Dated,
    Happening,
    Quantity,
    Quoted,
    Rank,
    Side,
    Source,
    Span,
    Stance,
    TimeOfDay,
    Title,
)

GRAPH_VERSION = 1  # edges, claims and line/column were added to version 1: its keys are unchanged
NAMED_WITH = "named with"  # the relation of an entity to another name of a claim's clause
MENTIONED_IN = "mentioned in"  # the relation of an entity to an article


@dataclass(frozen=True, slots=True)
class Edge:
    """An edge of the exported graph, between node ids `entity:ID` and `source:ID`: how many
    mentions (to an article) or claims (to another entity) it stands for, and in which articles."""

    start: str
    end: str
    relation: str
    count: int
    sources: tuple[str, ...]
    spellings: tuple[str, ...] = ()


def entity_node(entity_id: str) -> str:
    return f"entity:{entity_id}"


def source_node(source_id: str) -> str:
    return f"source:{source_id}"


def entities_json(analysis: Analysis) -> dict[str, Any]:
    sources = {s.id: s for s in analysis.sources}
    claims = claims_by_entity(analysis)
    extractions = {e.source_id: e for e in analysis.extractions}
    entities = []
    for entity in analysis.entities:
        mentions = []
        for ref in entity.mentions:
            mention = extractions[ref.source_id].mentions[ref.index]
            mentions.append({"source": ref.source_id, **_located(sources[ref.source_id], mention.span)})
        entities.append(
            {
                "id": entity.id,
                "name": entity.name,
                "type": str(entity.type),
                "aliases": list(entity.aliases),
                "why": list(entity.reasons),
                "mentions": mentions,
                "claims": [_claim_json(record) for record in claims.get(entity.id, ())],
            }
        )
    return {
        "version": GRAPH_VERSION,
        "sources": [{"id": s.id, "path": s.path} for s in analysis.sources],
        "entities": entities,
        "edges": [_edge_json(edge) for edge in edges(analysis)],
    }


def render_json(analysis: Analysis, out: TextIO) -> None:
    json.dump(entities_json(analysis), out, indent=2, ensure_ascii=False)
    out.write("\n")


def render_graphml(analysis: Analysis, out: TextIO) -> None:
    """Entities and sources as nodes; an edge per source that mentions an entity, with its spellings."""
    export: nx.Graph[str] = nx.Graph()
    for source in analysis.sources:
        export.add_node(source_node(source.id), kind="source", label=source.id, path=source.path)
    for entity in analysis.entities:
        export.add_node(entity_node(entity.id), kind="entity", label=entity.name, type=str(entity.type))
    for edge in edges(analysis):
        if edge.relation == MENTIONED_IN:
            export.add_edge(
                edge.end, edge.start, mentions=len(edge.spellings), spellings="; ".join(edge.spellings)
            )
    for line in nx.generate_graphml(export):
        out.write(line + "\n")


def claims_by_entity(analysis: Analysis) -> dict[str, list[ClaimRecord]]:
    """Entity id -> the claims whose subject it is, in source order."""
    found: dict[str, list[ClaimRecord]] = defaultdict(list)
    for (entity_id, _), kind in analysis.graph.by_entity.items():
        found[entity_id].extend(kind)
    for claims in found.values():
        claims.sort(key=lambda r: (r.source.id, r.claim.span.start, r.claim.span.end))
    return found


def edges(analysis: Analysis) -> list[Edge]:
    """Entity to article (`mentioned in`, with the spellings used there), then entity to entity
    (the claim's kind for the name it points to, `named with` for the other names of its clause)."""
    return [*_mentioned_in(analysis), *_between_entities(analysis)]


def _mentioned_in(analysis: Analysis) -> Iterator[Edge]:
    for entity in analysis.entities:
        spellings: dict[str, set[str]] = {}
        counts: dict[str, int] = defaultdict(int)
        for record in analysis.graph.mentions_of(entity):
            spellings.setdefault(record.source.id, set()).add(record.mention.span.text)
            counts[record.source.id] += 1
        for source_id in sorted(spellings):
            yield Edge(
                entity_node(entity.id),
                source_node(source_id),
                MENTIONED_IN,
                counts[source_id],
                (source_id,),
                tuple(sorted(spellings[source_id])),
            )


def _between_entities(analysis: Analysis) -> Iterator[Edge]:
    found: dict[tuple[str, str, str], set[tuple[str, int]]] = defaultdict(set)
    graph = analysis.graph
    for entity_id, records in claims_by_entity(analysis).items():
        entity = graph.entities[entity_id]
        for record in records:
            pointed = (
                graph.entity_of(record.source.id, record.claim.object)
                if record.claim.object is not None
                else None
            )
            if pointed is not None and pointed.id != entity.id:
                found[entity.id, pointed.id, str(record.claim.predicate)].add(_claim_key(record))
            for other in sorted(record.anchors - {entity.id, pointed.id if pointed else ""}):
                found[entity.id, other, NAMED_WITH].add(_claim_key(record))
    for (start, end, relation), claims in sorted(found.items()):
        sources = tuple(sorted({source_id for source_id, _ in claims}))
        yield Edge(entity_node(start), entity_node(end), relation, len(claims), sources)


def _claim_key(record: ClaimRecord) -> tuple[str, int]:
    return record.source.id, record.claim.span.start


def _edge_json(edge: Edge) -> dict[str, Any]:
    data: dict[str, Any] = {"from": edge.start, "to": edge.end, "relation": edge.relation}
    if edge.relation == MENTIONED_IN:
        data |= {"mentions": edge.count, "spellings": list(edge.spellings)}
    else:
        data |= {"claims": edge.count, "sources": list(edge.sources)}
    return data


def _located(source: Source, span: Span) -> dict[str, Any]:
    """Where a span is: its article, offsets, and the 1-based line and column an editor jumps to."""
    line, column = source.position(span.start)
    return {
        "path": source.path,
        "start": span.start,
        "end": span.end,
        "line": line,
        "column": column,
        "text": span.text,
    }


def _claim_json(record: ClaimRecord) -> dict[str, Any]:
    attribute, value = attribute_and_value(record.claim.value)
    stance = record.claim.stance
    data = {
        "kind": str(record.claim.predicate),
        "attribute": attribute,
        "value": value,
        "source": record.source.id,
        **_located(record.source, record.claim.span),
        "rule": record.claim.rule,
    }
    if stance != Stance():  # how the article puts it, when not as its own plain statement
        data["stance"] = {
            "negated": stance.negated,
            "hedged": stance.hedged,
            "speaker": stance.speaker,
            "quoted": stance.quoted,
        }
    return data


def attribute_and_value(value: ClaimValue) -> tuple[str, str]:
    """What a claim's value is about and what it says of it, as the value carries them: a count
    of years "attend" and "3 years", a date of the "meeting" and "2031-06-24"."""
    match value:
        case Quantity(measure=measure, detail=detail):
            return (f"{measure}:{detail}" if detail else measure), str(value)
        case Dated(event=event) | TimeOfDay(event=event):
            return event, str(value)
        case Happening(action=action, target=target):
            return action, target
        case Aspect(aspect=aspect):
            return aspect, str(value)
        case Quoted(words=words, verb=verb):
            return verb or "said", words
        case Side(game=game):
            return game or "the game", value.side
        case Affiliation():
            return "party", str(value)
        case Title() | Bearing() | Rank() | Alias():
            return type(value).__name__.lower(), str(value)
    return "", str(value)
