"""What every comparison rule is: a code, a name, a kind, a default severity and a docstring."""

from __future__ import annotations

import inspect
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import repeat
from typing import ClassVar

from factcheck.graph import ClaimRecord, FactGraph
from factcheck.lexicon import Lexicon
from factcheck.model import Entity, Evidence, Finding, Fix, Registry, RuleInfo, Severity, Source, Span

# Articles dated closer than this describe the same moment of a story: a title, a party or a
# count cannot change within it without the sources saying so.
SAME_MOMENT = timedelta(days=30)


@dataclass(frozen=True, slots=True)
class RuleSettings:
    """The thresholds rules compare by."""

    same_moment: timedelta = SAME_MOMENT  # sources closer than this describe the same moment
    min_correct: int = 3  # how often a phrase must be spelt right for a one-off spelling to be a typo


@dataclass(frozen=True, slots=True)
class RuleContext:
    """Everything a rule reads: the graph of what the sources say, the word lists, the registry."""

    graph: FactGraph
    lexicon: Lexicon
    registry: Registry | None = None
    settings: RuleSettings = field(default_factory=RuleSettings)
    # The sources whose findings are wanted (a check's targets); None: every source. A rule may
    # skip work that cannot give a finding quoting one of them, and must still give every finding
    # that does, exactly as it would unfocused (tests/test_focus.py holds each rule to it).
    focus: frozenset[str] | None = None

    def in_focus(self, *source_ids: str) -> bool:
        """Whether a finding quoting these sources may be wanted."""
        return self.focus is None or not self.focus.isdisjoint(source_ids)

    def entities(self) -> Iterator[Entity]:
        """The entities in the graph's order; when focused, only those a focus source names: a
        finding about an entity quotes only the sources that name it."""
        if self.focus is None:
            yield from self.graph.entities.values()
            return
        named = frozenset().union(*(self.graph.entities_in(s) for s in self.focus))
        yield from (e for e in self.graph.entities.values() if e.id in named)


class Rule:
    """Base of the comparison rules. The docstring of a subclass is its user documentation:
    a first line that says what it flags, then a conflicting and a consistent example."""

    code: ClassVar[str]
    name: ClassVar[str]
    kind: ClassVar[str]
    severity: ClassVar[Severity]
    # Whether its findings may carry fixes (`Finding.fixes`): only where the accepted form and the
    # text to replace are both certain; the docstring's "Fix:" paragraph says which.
    fixable: ClassVar[bool] = False

    def check(self, context: RuleContext) -> Iterator[Finding]:
        raise NotImplementedError

    @classmethod
    def summary(cls) -> str:
        """The docstring's first paragraph on one line: a summary may wrap in the source."""
        return " ".join((inspect.getdoc(cls) or "").split("\n\n")[0].split())

    @classmethod
    def documentation(cls) -> str:
        return inspect.getdoc(cls) or ""

    @classmethod
    def info(cls) -> RuleInfo:
        """What a report says about the rule."""
        return RuleInfo(
            cls.code, cls.name, cls.kind, cls.severity, cls.summary(), cls.documentation(), cls.fixable
        )

    def finding(
        self,
        entity: Entity | str,
        message: str,
        evidence: Iterable[Evidence],
        attribute: str,
        values: Iterable[str],
        severity: Severity | None = None,
        accepted: str = "",
        fixes: Iterable[Fix] = (),
    ) -> Finding:
        return Finding(
            rule=self.code,
            name=self.name,
            kind=self.kind,
            severity=severity or self.severity,
            entity=entity if isinstance(entity, str) else entity.name,
            message=message,
            evidence=tuple(evidence),
            attribute=attribute,
            values=tuple(sorted(set(values))),
            accepted=accepted,
            fixes=tuple(sorted(set(fixes), key=lambda f: (f.path, f.start, f.end))),
        )


def quote(source: Source, span: Span, note: str = "") -> Evidence:
    """Evidence for a span of a source, with the line and column an editor jumps to."""
    line, column = source.position(span.start)
    return Evidence(
        source_id=source.id,
        path=source.path,
        text=span.text,
        start=span.start,
        end=span.end,
        line=line,
        column=column,
        line_text=source.line_text(line),
        note=note,
    )


def registry_evidence(registry: Registry | None, text: str, line: int) -> Evidence:
    """Evidence from an entry of the reference registry, at its line."""
    path = registry.path if registry else "reference"
    return Evidence(source_id="reference", path=path, text=text, line=line)


def claim_date(source: Source) -> tuple[date | None, bool]:
    """The date a source's claims hold at, and whether it is only a lower bound: an undated
    article was written after the latest past date its text refers to."""
    if source.published:
        return source.published, False
    return source.not_before, True


def story_date(source: Source) -> date | None:
    """The day a source tells its story at: its date, else a day its text names by its weekday
    ("on Tuesday, March 5"), which news does only within days of its own date."""
    return source.published or source.story_day


def source_date(source: Source) -> str:
    return source.published.isoformat() if source.published else "an unknown date"


def same_story(graph: FactGraph, first: str, second: str, minimum: int = 2) -> bool:
    """Two sources report on the same story when they name at least `minimum` entities in common.

    Rules that compare unnamed things (a death toll, the day a storm hit) use it so that articles
    about other events in a large corpus are never compared."""
    return len(graph.entities_in(first) & graph.entities_in(second)) >= minimum


def cross_source_pairs(records: Sequence[ClaimRecord]) -> Iterator[tuple[ClaimRecord, ClaimRecord]]:
    """The pairs of `itertools.combinations(records, 2)` whose claims come from different sources,
    in that order, without walking the pairs inside one source: a long article has thousands of
    claims of one kind, which are never compared with each other."""
    after_run = list(range(1, len(records) + 1))  # the index after the run of one source's records
    for i in range(len(records) - 2, -1, -1):
        if records[i].source.id == records[i + 1].source.id:
            after_run[i] = after_run[i + 1]
    runs = len(set(after_run))
    if runs == len({r.source.id for r in records}):  # each source in one run, as the graph sorts them
        for i, first in enumerate(records):
            yield from zip(repeat(first), records[after_run[i] :])
        return
    for i, first in enumerate(records):
        j = i + 1
        while j < len(records):
            if records[j].source.id == first.source.id:
                j = after_run[j]
                continue
            yield first, records[j]
            j += 1
