"""The terminal report: findings grouped by entity, each quote underlined at path:line:col."""

from __future__ import annotations

from collections import Counter
from itertools import groupby
from typing import TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from factcheck.model import CheckResult, Evidence, Finding, Severity

STYLES = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
CONTEXT = 70  # characters of the line shown on each side of a quote


def render(report: CheckResult, out: TextIO) -> None:
    console = Console(file=out, highlight=False, soft_wrap=True)
    findings = sorted(report.findings, key=lambda f: (f.entity.casefold(), -f.severity, f.rule))
    for entity, group in groupby(findings, key=lambda f: f.entity):
        console.print(Text(entity, style="bold underline"))
        for finding in group:
            _finding(console, finding)
        console.print()
    _summary(console, report)


def _finding(console: Console, finding: Finding) -> None:
    head = Text("  ")
    head.append(f"{finding.severity}", style=STYLES[finding.severity])
    head.append(f" {finding.rule} ", style="bold")
    head.append(f"[{finding.name}] ", style="dim")
    head.append(finding.message)
    console.print(head)
    for evidence in finding.evidence:
        _evidence(console, evidence)


def _evidence(console: Console, evidence: Evidence) -> None:
    where = evidence.path
    if evidence.line is not None:
        where += f":{evidence.line}" + (f":{evidence.column}" if evidence.column is not None else "")
    label = Text("    ")
    label.append(where, style="bold blue")
    if evidence.note:
        label.append(f"  ({evidence.note})", style="dim")
    console.print(label)
    if evidence.column is None or not evidence.line_text:
        console.print(Text("      " + evidence.text, style="italic"))
        return
    start = evidence.column - 1
    end = min(start + len(evidence.text), len(evidence.line_text))
    left = max(0, start - CONTEXT)
    right = min(len(evidence.line_text), end + CONTEXT)
    quoted = Text("      ")
    quoted.append("…" if left else "", style="dim")
    quoted.append(evidence.line_text[left:start])
    quoted.append(evidence.line_text[start:end], style="bold underline")
    quoted.append(evidence.line_text[end:right])
    quoted.append("…" if right < len(evidence.line_text) else "", style="dim")
    console.print(quoted)


def _summary(console: Console, report: CheckResult) -> None:
    table = Table(title="Summary", title_justify="left", show_edge=False)
    table.add_column("source")
    table.add_column("published")
    table.add_column("findings", justify="right")
    for source in report.sources:
        published = (
            f"{source.published.isoformat()} ({source.published_from})" if source.published else "unknown"
        )
        if source.published is None and source.story_day:
            published += f" (text names {source.story_day.strftime('%A %Y-%m-%d')})"
        elif source.published is None and source.not_before:
            published += f" (text refers to {source.not_before.strftime('%Y-%m')})"
        involved = sum(1 for f in report.findings if any(e.source_id == source.id for e in f.evidence))
        table.add_row(source.path, published, str(involved))
    console.print(table)
    by_rule = Counter((f.rule, f.name, f.severity) for f in report.findings)
    if by_rule:
        rules = Table(show_edge=False)
        for column in ("rule", "name", "severity", "findings"):
            rules.add_column(column, justify="right" if column == "findings" else "left")
        for (code, name, severity), count in sorted(
            by_rule.items(), key=lambda item: (-item[0][2], item[0][0])
        ):
            rules.add_row(code, name, Text(str(severity), style=STYLES[severity]), str(count))
        console.print(rules)
    for notice in report.notices:
        console.print(Text(f"{notice.path}:{notice.line}: {notice.code} {notice.message}", style="yellow"))
    left_out = [
        f"{number} {what}"
        for number, what in (
            (report.baselined, "baselined"),
            (report.suppressed, "suppressed"),
            (report.stale_baseline, "baseline entries no longer found"),
        )
        if number
    ]
    if left_out:
        console.print(Text("Not shown: " + ", ".join(left_out), style="dim"))
    counts = ", ".join(f"{report.count(s)} {s}" for s in sorted(Severity, reverse=True))
    verdict = "fails" if report.failed else "passes"
    line = Text(f"{len(report.findings)} findings ({counts}) in {len(report.sources)} sources; ")
    line.append(
        f"{verdict} at --fail-on {report.fail_on}", style="bold red" if report.failed else "bold green"
    )
    console.print(line)
