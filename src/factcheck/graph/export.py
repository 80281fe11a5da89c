"""The entity graph as JSON (for scripts and the resolution benchmark) or GraphML (for Gephi)."""

from __future__ import annotations

import json
from typing import Any, TextIO

import networkx as nx

from factcheck.graph.build import Analysis

GRAPH_VERSION = 1


def entities_json(analysis: Analysis) -> dict[str, Any]:
    sources = {s.id: s for s in analysis.sources}
    extractions = {e.source_id: e for e in analysis.extractions}
    entities = []
    for entity in analysis.entities:
        mentions = []
        for ref in entity.mentions:
            mention = extractions[ref.source_id].mentions[ref.index]
            mentions.append(
                {
                    "source": ref.source_id,
                    "path": sources[ref.source_id].path,
                    "start": mention.span.start,
                    "end": mention.span.end,
                    "text": mention.span.text,
                }
            )
        entities.append(
            {
                "id": entity.id,
                "name": entity.name,
                "type": str(entity.type),
                "aliases": list(entity.aliases),
                "why": list(entity.reasons),
                "mentions": mentions,
            }
        )
    return {"version": GRAPH_VERSION, "entities": entities}


def render_json(analysis: Analysis, out: TextIO) -> None:
    json.dump(entities_json(analysis), out, indent=2, ensure_ascii=False)
    out.write("\n")


def render_graphml(analysis: Analysis, out: TextIO) -> None:
    """Entities and sources as nodes; an edge per source that mentions an entity, with its spellings."""
    export: nx.Graph[str] = nx.Graph()
    for source in analysis.sources:
        export.add_node(f"source:{source.id}", kind="source", label=source.id, path=source.path)
    for entity in analysis.entities:
        export.add_node(f"entity:{entity.id}", kind="entity", label=entity.name, type=str(entity.type))
        spellings: dict[str, set[str]] = {}
        for record in analysis.graph.mentions_of(entity):
            spellings.setdefault(record.source.id, set()).add(record.mention.span.text)
        for source_id, forms in spellings.items():
            export.add_edge(
                f"source:{source_id}",
                f"entity:{entity.id}",
                mentions=len(forms),
                spellings="; ".join(sorted(forms)),
            )
    for line in nx.generate_graphml(export):
        out.write(line + "\n")
