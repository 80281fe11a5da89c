"""The concise report: one `path:line:col: CODE [severity] message` line per finding, as ruff and flake8 print."""

from __future__ import annotations

from typing import TextIO

from factcheck.model import CheckResult, Finding, Notice, Severity
from factcheck.report.locations import anchor, location, one_line, primary, secondary


def render(report: CheckResult, out: TextIO) -> None:
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


def left_out_line(report: CheckResult) -> str:
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


def count_line(report: CheckResult) -> str:
    total = len(report.findings)
    if not total:
        return "No findings."
    counts = ", ".join(_count(report.count(s), s) for s in sorted(Severity, reverse=True))
    return f"Found {total} finding{'' if total == 1 else 's'} ({counts})."


def _count(number: int, severity: Severity) -> str:
    plural = "" if number == 1 or severity == Severity.INFO else "s"
    return f"{number} {severity}{plural}"


# --- shared by the machine formats -----------------------------------------------------------------
