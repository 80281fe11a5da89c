"""The analysis of a corpus: sources -> claims (stored or extracted) -> entities linked to the registry -> graph."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from factcheck.graph.facts import FactGraph, build_graph
from factcheck.lexicon import Lexicon
from factcheck.model import Entity, Extraction, Registry, Source
from factcheck.resolve import resolve
from factcheck.resolve.registry import link_registry
from factcheck.store import Cluster, Progress, load_extractions


@dataclass(frozen=True, slots=True)
class Analysis:
    """What factcheck understood of a corpus, before any rule runs."""

    sources: tuple[Source, ...]
    extractions: tuple[Extraction, ...]
    entities: tuple[Entity, ...]
    graph: FactGraph


def analyse(
    sources: Sequence[Source],
    lexicon: Lexicon,
    claims_folder: Path | None = None,
    registry: Registry | None = None,
    jobs: int = 1,
    progress: Progress | None = None,
    cluster: Cluster | None = None,
    cache: Path | None = None,
) -> Analysis:
    extractions = load_extractions(sources, lexicon, claims_folder, jobs, progress, cluster, cache)
    entities = tuple(resolve(extractions, lexicon))
    links = link_registry(entities, extractions, registry, lexicon) if registry is not None else {}
    graph = build_graph(sources, extractions, entities, links)
    return Analysis(tuple(sources), extractions, entities, graph)
