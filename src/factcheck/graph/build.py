"""The analysis of a corpus: sources -> claims (stored or extracted) -> entities linked to the registry -> graph."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from factcheck.graph.facts import FactGraph, build_graph
from factcheck.lexicon import Lexicon
from factcheck.model import Entity, Extraction, Registry, Source
from factcheck.resolve import resolve, resolve_growing
from factcheck.resolve.registry import link_registry
from factcheck.store import Cluster, Progress, load_extractions
from factcheck.store.index import open_index


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
    growing: bool = False,
) -> Analysis:
    """With `growing`, resolution starts from the partition the cache keeps of an earlier corpus
    this one only added to (the entities are the same; some merges may give other reasons)."""
    extractions = load_extractions(sources, lexicon, claims_folder, jobs, progress, cluster, cache)
    if growing and cache is not None:
        entities = tuple(_resolved_growing(extractions, lexicon, cache))
    else:
        entities = tuple(resolve(extractions, lexicon))
    links = link_registry(entities, extractions, registry, lexicon) if registry is not None else {}
    graph = build_graph(sources, extractions, entities, links)
    return Analysis(tuple(sources), extractions, entities, graph)


def _resolved_growing(extractions: Sequence[Extraction], lexicon: Lexicon, cache: Path) -> list[Entity]:
    with open_index(cache) as index:
        present = [(e.source_id, e.content_hash) for e in extractions]
        known = index.partition_within(present) if index is not None else None
        entities, partition = resolve_growing(extractions, lexicon, known)
        if index is not None and (known is None or known.sources != partition.sources):
            index.keep_partition(partition)
    return entities
