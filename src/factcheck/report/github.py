"""GitHub Actions workflow commands (`::error file=...::message`), one annotation per finding."""

from __future__ import annotations

from typing import TextIO

from factcheck.model import CheckResult, Evidence, Finding, Notice, Severity
from factcheck.report.locations import end_position, is_quote, location, primary, secondary
from factcheck.report.order import distinct

LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}
NOTICE_LEVEL = "warning"


def render(report: CheckResult, out: TextIO) -> None:
    report = distinct(report)
    for finding in report.findings:
        out.write(finding_command(finding) + "\n")
    for notice in report.notices:
        out.write(notice_command(notice) + "\n")


def finding_command(finding: Finding) -> str:
    properties: dict[str, object] = {}
    shown = primary(finding)
    if shown is not None:
        properties.update(_position(shown))
    properties["title"] = f"{finding.rule} {finding.name}"
    lines = [finding.message, *(_also(e) for e in secondary(finding))]
    return command(LEVELS[finding.severity], properties, "\n".join(lines))


def notice_command(notice: Notice) -> str:
    properties = {"file": notice.path, "line": notice.line, "title": notice.code}
    return command(NOTICE_LEVEL, properties, notice.message)


def _position(evidence: Evidence) -> dict[str, object]:
    position: dict[str, object] = {"file": evidence.path}
    if evidence.line is None:
        return position
    position["line"] = evidence.line
    if is_quote(evidence) and evidence.column is not None:
        end_line, end_column = end_position(evidence)
        position.update(col=evidence.column, endLine=end_line, endColumn=end_column)
    return position


def _also(evidence: Evidence) -> str:
    if not is_quote(evidence):
        return f"reference: {location(evidence)}: {evidence.text}"
    note = f" ({evidence.note})" if evidence.note else ""
    return f"also at {location(evidence)}: '{evidence.text}'{note}"


def command(level: str, properties: dict[str, object], message: str) -> str:
    """`::level key=value,...::message`, escaped as the Actions runner unescapes it."""
    pairs = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items())
    return f"::{level} {pairs}::{escape_data(message)}" if pairs else f"::{level}::{escape_data(message)}"


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")
