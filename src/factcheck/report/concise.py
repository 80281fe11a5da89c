"""The concise report: one `path:line:col: CODE [severity] message` line per finding, as ruff and flake8 print.

It also holds the location helpers the other machine formats share: which evidence a finding is
shown at, the others it mentions, and where a quote ends."""

from __future__ import annotations

import re
from typing import TextIO

from factcheck.model import Evidence, Finding, Notice, Severity
from factcheck.report import Report

LINE_BREAK = re.compile(r"\s*[\r\n]+\s*")


def render(report: Report, out: TextIO) -> None:
    for finding in report.findings:
        out.write(finding_line(finding) + "\n")
    for notice in report.notices:
        out.write(notice_line(notice) + "\n")
    left_out = left_out_line(report)
    if left_out:
        out.write(left_out + "\n")
    out.write(count_line(report) + "\n")


def finding_line(finding: Finding) -> str:
    shown = primary(finding)
    where = anchor(shown) if shown else "<unknown>:1:1"
    line = f"{where}: {finding.rule} [{finding.severity}] {one_line(finding.message)}"
    others = [location(e) for e in secondary(finding)]
    return line + (f" (also: {', '.join(others)})" if others else "")


def notice_line(notice: Notice) -> str:
    return f"{notice.path}:{notice.line}:1: {notice.code} {one_line(notice.message)}"


def left_out_line(report: Report) -> str:
    """What the counts above do not show: findings baselined or suppressed, stale baseline entries."""
    parts = []
    if report.baselined:
        parts.append(f"{report.baselined} baselined")
    if report.suppressed:
        parts.append(f"{report.suppressed} suppressed")
    if report.stale_baseline:
        entries = "entry" if report.stale_baseline == 1 else "entries"
        parts.append(f"{report.stale_baseline} baseline {entries} no longer found")
    return "Not shown: " + ", ".join(parts) + "." if parts else ""


def count_line(report: Report) -> str:
    total = len(report.findings)
    if not total:
        return "No findings."
    counts = ", ".join(_count(report.count(s), s) for s in sorted(Severity, reverse=True))
    return f"Found {total} finding{'' if total == 1 else 's'} ({counts})."


def _count(number: int, severity: Severity) -> str:
    plural = "" if number == 1 or severity == Severity.INFO else "s"
    return f"{number} {severity}{plural}"


# --- shared by the machine formats -----------------------------------------------------------------


def is_quote(evidence: Evidence) -> bool:
    """A quote from an article, as opposed to an entry of the reference registry."""
    return evidence.start is not None


def primary(finding: Finding) -> Evidence | None:
    """The evidence a finding is shown at: its first quote from an article, else its first evidence."""
    return next(
        (e for e in finding.evidence if is_quote(e)), finding.evidence[0] if finding.evidence else None
    )


def secondary(finding: Finding) -> tuple[Evidence, ...]:
    """Every other evidence of a finding, in order, without repeating a location."""
    shown = primary(finding)
    seen = {location(shown)} if shown else set()
    others = []
    for evidence in finding.evidence:
        if evidence is shown or location(evidence) in seen:
            continue
        seen.add(location(evidence))
        others.append(evidence)
    return tuple(others)


def location(evidence: Evidence) -> str:
    """`path:line:col` for a quote, `path:line` for a registry entry, as precise as the evidence is."""
    where = evidence.path
    if evidence.line is not None:
        where += f":{evidence.line}"
        if evidence.column is not None:
            where += f":{evidence.column}"
    return where


def anchor(evidence: Evidence) -> str:
    """Always `path:line:col`, so that editors and problem matchers can jump to it."""
    return f"{evidence.path}:{evidence.line or 1}:{evidence.column or 1}"


def end_position(evidence: Evidence) -> tuple[int, int]:
    """The line and column just after a quote (1-based), counting any line breaks inside it."""
    line, column = evidence.line or 1, evidence.column or 1
    if "\n" not in evidence.text:
        return line, column + len(evidence.text)
    last = evidence.text.rsplit("\n", 1)[1]
    return line + evidence.text.count("\n"), len(last) + 1


def one_line(text: str) -> str:
    """A message on a single line: line breaks and the blanks around them become one space."""
    return LINE_BREAK.sub(" ", text.strip())
