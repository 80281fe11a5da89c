"""`--statistics`: how many findings each rule has, instead of the findings (as `ruff --statistics`)."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TextIO

from factcheck import __version__
from factcheck.model import CheckResult, Finding, Severity
from factcheck.report import wording
from factcheck.report.order import distinct

STATISTICS_VERSION = 1


@dataclass(frozen=True, slots=True)
class RuleCount:
    """The findings of one rule at one severity (a rule's findings may be raised or lowered)."""

    count: int
    code: str
    name: str
    severity: Severity


def rule_counts(findings: Sequence[Finding]) -> list[RuleCount]:
    """Counts by rule and severity: loudest first, then most findings first, then by code."""
    counts = Counter((f.rule, f.name, f.severity) for f in findings)
    rows = [RuleCount(n, code, name, severity) for (code, name, severity), n in counts.items()]
    return sorted(rows, key=lambda r: (-r.severity, -r.count, r.code))


def aligned(rows: Sequence[Sequence[str]], right: frozenset[int] = frozenset()) -> list[str]:
    """Rows as columns two blanks apart, padded to the widest cell (numbers, in `right`, to the right);
    nothing is cut, however long."""
    from rich.cells import cell_len  # wide characters take two cells; imported only when counting

    widths = [max(cell_len(row[i]) for row in rows) for i in range(len(rows[0]))] if rows else []
    lines = []
    for row in rows:
        cells = [
            " " * (width - cell_len(cell)) + cell if i in right else cell + " " * (width - cell_len(cell))
            for i, (cell, width) in enumerate(zip(row, widths, strict=True))
        ]
        lines.append("  ".join(cells).rstrip())
    return lines


def count_lines(counts: Sequence[RuleCount]) -> list[str]:
    """`count  code  name  severity`, one aligned line per rule, as ruff prints its statistics."""
    return aligned([(str(r.count), r.code, r.name, str(r.severity)) for r in counts], right=frozenset({0}))


def render_text(report: CheckResult, out: TextIO) -> None:
    report = distinct(report)
    for line in count_lines(rule_counts(report.findings)):
        out.write(line + "\n")
    out.write(f"{wording.headline(report)}; {wording.verdict(report)}\n")


def render_json(report: CheckResult, out: TextIO) -> None:
    report = distinct(report)
    document: dict[str, Any] = {
        "version": STATISTICS_VERSION,
        "tool": {"name": "factcheck", "version": __version__},
        "statistics": [
            {"code": r.code, "name": r.name, "severity": str(r.severity), "count": r.count}
            for r in rule_counts(report.findings)
        ],
        "summary": {str(s): report.count(s) for s in sorted(Severity, reverse=True)},
        "articles": len(report.sources),
        "fail_on": str(report.fail_on),
        "failed": report.failed,
    }
    out.write(json.dumps(document, indent=2, ensure_ascii=False) + "\n")


def render_markdown(report: CheckResult, out: TextIO) -> None:
    from factcheck.report.markdown import escape, heading

    report = distinct(report)
    lines = [heading(report), "", f"{wording.headline(report)}.", ""]
    counts = rule_counts(report.findings)
    if counts:
        lines += ["| findings | rule | name | severity |", "| ---: | --- | --- | --- |"]
        lines += [f"| {r.count} | `{r.code}` | {escape(r.name)} | {r.severity} |" for r in counts]
    out.write("\n".join(lines).rstrip("\n") + "\n")


def renderer(output_format: str) -> Callable[[CheckResult, TextIO], None] | None:
    """The statistics renderer of a format; None for a format that has no place for them."""
    if output_format == "full":
        from factcheck.report.terminal import render_statistics

        return render_statistics
    return STATISTICS.get(output_format)


STATISTICS: dict[str, Callable[[CheckResult, TextIO], None]] = {
    "concise": render_text,
    "json": render_json,
    "markdown": render_markdown,
}
STATISTICS_FORMATS = ("full", *STATISTICS)
