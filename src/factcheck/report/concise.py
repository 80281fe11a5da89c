"""The concise report: one `path:line:col: CODE [severity] message` line per finding, as ruff and flake8 print."""

from __future__ import annotations

from typing import TextIO

from factcheck.model import CheckResult, Finding, Notice
from factcheck.report import wording
from factcheck.report.locations import anchor, location, one_line, primary, secondary
from factcheck.report.order import distinct


def render(report: CheckResult, out: TextIO) -> None:
    report = distinct(report)
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
    left_out = wording.left_out(report)
    return f"Not shown: {left_out}." if left_out else ""


def count_line(report: CheckResult) -> str:
    """`14 findings (2 errors, 5 warnings, 7 info) in 3 articles; fails at --fail-on error`."""
    return f"{wording.headline(report)}; {wording.verdict(report)}"


# --- shared by the machine formats -----------------------------------------------------------------
