"""The pipeline end to end: sources -> claims -> entities -> graph -> findings."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from factcheck.graph import FactGraph
from factcheck.model import Entity, Extraction, Finding, Registry, Source
from factcheck.resolve import resolve
from factcheck.rules import BUILTIN_RULES, Rule
from factcheck.store import load_or_extract


@dataclass(frozen=True, slots=True)
class Analysis:
    """What factcheck understood of a corpus, before any rule runs."""

    sources: tuple[Source, ...]
    extractions: tuple[Extraction, ...]
    entities: tuple[Entity, ...]
    graph: FactGraph


def analyse(
    sources: Sequence[Source], claims_folder: Path | None = None, registry: Registry | None = None
) -> Analysis:
    extractions = tuple(load_or_extract(source, claims_folder) for source in sources)
    entities = tuple(resolve(extractions))
    graph = FactGraph(sources, extractions, entities, registry)
    return Analysis(tuple(sources), extractions, entities, graph)


def run_rules(analysis: Analysis, rules: Sequence[type[Rule]] = BUILTIN_RULES) -> tuple[Finding, ...]:
    findings = [finding for rule in rules for finding in rule().check(analysis.graph)]
    return tuple(sorted(findings, key=finding_order))


def finding_order(finding: Finding) -> tuple[object, ...]:
    first = finding.evidence[0] if finding.evidence else None
    return (
        -finding.severity,
        finding.entity.casefold(),
        finding.rule,
        first.path if first else "",
        first.start if first and first.start is not None else -1,
    )
