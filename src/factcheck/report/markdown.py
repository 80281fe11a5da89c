"""The Markdown summary, for `$GITHUB_STEP_SUMMARY` or a pull-request comment: verdict, counts, findings."""

from __future__ import annotations

import re
from typing import TextIO

from factcheck.model import CheckResult, Evidence, Finding, Notice, Severity
from factcheck.report import wording
from factcheck.report.concise import left_out_line
from factcheck.report.locations import is_quote, location, one_line
from factcheck.report.order import by_entity, distinct
from factcheck.report.wording import counted

# ASCII punctuation that Markdown (with GitHub's tables and strikethrough) could read as markup.
MARKUP = re.compile(r"([\\`*_\[\]<>|~&#])")
BACKTICKS = re.compile(r"`+")


def render(report: CheckResult, out: TextIO) -> None:
    report = distinct(report)
    lines = [heading(report), "", *count_table(report), "", f"{wording.headline(report)}.", ""]
    for entity, findings in by_entity(report.findings):
        lines += [f"### {escape(entity)}", ""]
        for finding in findings:
            lines += finding_lines(finding)
        lines.append("")
    left_out = left_out_line(report)
    if left_out:
        lines += [left_out, ""]
    if report.notices:
        lines += ["### Notices", "", *(notice_line(n) for n in report.notices), ""]
    out.write("\n".join(lines).rstrip("\n") + "\n")


def heading(report: CheckResult) -> str:
    found = counted(len(report.findings), "finding") if report.findings else "no findings"
    verdict = "fails" if report.failed else "passes"
    return f"## factcheck: {found}, {verdict} at `--fail-on {report.fail_on}`"


def count_table(report: CheckResult) -> list[str]:
    rows = [f"| {s} | {report.count(s)} |" for s in sorted(Severity, reverse=True)]
    return ["| severity | findings |", "| --- | ---: |", *rows, f"| **total** | {len(report.findings)} |"]


def finding_lines(finding: Finding) -> list[str]:
    head = f"- **{finding.severity}** `{finding.rule}` {escape(finding.name)}: {escape(one_line(finding.message))}"
    return [head, *(f"  - {evidence_text(e)}" for e in finding.evidence)]


def evidence_text(evidence: Evidence) -> str:
    if not is_quote(evidence):
        line = f" line {evidence.line}" if evidence.line is not None else ""
        return f"reference: {code(evidence.path)}{line}: {escape(one_line(evidence.text))}"
    note = f" ({escape(one_line(evidence.note))})" if evidence.note else ""
    return f"{code(location(evidence))} {code(one_line(evidence.text))}{note}"


def notice_line(notice: Notice) -> str:
    return f"- {code(f'{notice.path}:{notice.line}')} `{notice.code}` {escape(one_line(notice.message))}"


def escape(text: str) -> str:
    """Plain text that renders as written: every markup character backslash-escaped."""
    return MARKUP.sub(r"\\\1", text)


def code(text: str) -> str:
    """An inline code span that holds any text: its fence is longer than any run of backticks inside."""
    longest = max((len(run) for run in BACKTICKS.findall(text)), default=0)
    fence = "`" * (longest + 1)
    spaced = text[:1] == " " and text[-1:] == " " and text.strip()  # would lose a space on each side
    pad = " " if not text or text[:1] == "`" or text[-1:] == "`" or spaced else ""
    return f"{fence}{pad}{text}{pad}{fence}"
