"""The browsable graph of a report, built from its findings alone: the entities they are about, the
articles they quote, and the findings that join them (a check result keeps no other graph)."""

from __future__ import annotations

from dataclasses import dataclass

from factcheck.model import CheckResult, Evidence, Finding, Source
from factcheck.policy.fingerprint import fingerprint
from factcheck.report.html.markup import Ids
from factcheck.report.locations import is_quote

SECTIONS = ("main", "summary", "findings", "entities", "articles", "notices")


@dataclass(frozen=True, slots=True)
class Shown:
    """A finding with the ids of its own section and of its entity's."""

    finding: Finding
    id: str
    entity_id: str


@dataclass(frozen=True, slots=True)
class EntityNode:
    """An entity that has findings: the values in conflict about it and the articles that say them."""

    name: str
    id: str
    findings: tuple[Shown, ...]
    values: tuple[str, ...]
    article_keys: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ArticleNode:
    """An article quoted by findings, with each quote; `source` is None when the report lacks it."""

    key: str
    path: str
    id: str
    source: Source | None
    quotes: tuple[tuple[Shown, Evidence], ...]


@dataclass(frozen=True, slots=True)
class Browsable:
    findings: tuple[Shown, ...]
    entities: tuple[EntityNode, ...]
    articles: tuple[ArticleNode, ...]
    by_key: dict[str, ArticleNode]

    def article(self, key: str) -> ArticleNode | None:
        return self.by_key.get(key)


def ordered(findings: tuple[Finding, ...]) -> tuple[Finding, ...]:
    """The loudest first, then by entity and rule; ties keep the order the check gave."""
    return tuple(sorted(findings, key=lambda f: (-f.severity, f.entity.casefold(), f.entity, f.rule)))


def article_key(source_id: str, path: str) -> str:
    """Which article a quote is from: its source id and path (two runs may share neither alone)."""
    return f"{source_id}\0{path}"


def browsable(report: CheckResult) -> Browsable:
    ids = Ids(SECTIONS)
    shown = []
    for finding in ordered(report.findings):
        # the baseline's fingerprint: never a line number, so an edit above a finding keeps its anchor
        own = ids.new("finding", f"{finding.rule} {finding.entity}", fingerprint(finding))
        shown.append(Shown(finding, own, ids.of("entity", finding.entity)))
    articles = _articles(shown, report.sources, ids)
    return Browsable(tuple(shown), _entities(shown), articles, {a.key: a for a in articles})


def _entities(shown: list[Shown]) -> tuple[EntityNode, ...]:
    groups: dict[str, list[Shown]] = {}
    for item in shown:
        groups.setdefault(item.finding.entity, []).append(item)
    nodes = []
    for name, items in groups.items():
        values = dict.fromkeys(v for item in items for v in item.finding.values)
        keys = dict.fromkeys(
            article_key(e.source_id, e.path) for item in items for e in item.finding.evidence if is_quote(e)
        )
        nodes.append(EntityNode(name, items[0].entity_id, tuple(items), tuple(values), tuple(keys)))
    return tuple(nodes)


def _articles(shown: list[Shown], sources: tuple[Source, ...], ids: Ids) -> tuple[ArticleNode, ...]:
    quotes: dict[str, list[tuple[Shown, Evidence]]] = {}
    for item in shown:
        for evidence in item.finding.evidence:
            if is_quote(evidence):
                quotes.setdefault(article_key(evidence.source_id, evidence.path), []).append((item, evidence))
    by_key = {article_key(s.id, s.path): s for s in sources}
    nodes = []
    for key in sorted(quotes, key=lambda k: (k.split("\0", 1)[1], k)):
        path = key.split("\0", 1)[1]
        nodes.append(
            ArticleNode(key, path, ids.new("article", path, key), by_key.get(key), tuple(quotes[key]))
        )
    return tuple(nodes)
