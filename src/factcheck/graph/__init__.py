"""The graph of what the sources say, keyed by entity (`facts`); building it from a corpus (`build`)
and exporting it (`export`, the only user of networkx) are imported from their modules."""

from __future__ import annotations

from factcheck.graph.facts import ClaimRecord, FactGraph, MentionRecord, build_graph

__all__ = ["ClaimRecord", "FactGraph", "MentionRecord", "build_graph"]
