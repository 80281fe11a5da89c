"""The terminal report: loudest findings first, one heading per entity, each quote at path:line:col
with carets under the quoted span, then the summary."""

from __future__ import annotations

from typing import TextIO

from rich.style import Style
from rich.text import Text

from factcheck.model import CheckResult, Evidence, Finding
from factcheck.report import wording
from factcheck.report.excerpt import excerpt
from factcheck.report.locations import is_quote, location
from factcheck.report.order import by_entity, distinct
from factcheck.report.overview import render_overview, render_rule_counts, render_verdict
from factcheck.report.page import STYLES, Page

FINDING, EVIDENCE, QUOTE = 2, 4, 6  # indents: a finding under its entity, its evidence, the quote
SHOWN_QUOTES = 8  # quotes printed per finding; the rest are counted


def render(report: CheckResult, out: TextIO) -> None:
    report = distinct(report)
    page = Page(out)
    for entity, findings in by_entity(report.findings):
        page.line(Text(entity, style="bold underline"))
        for finding in findings:
            render_finding(page, finding)
        page.line()
    render_overview(page, report)


def render_statistics(report: CheckResult, out: TextIO) -> None:
    """`--statistics`: the findings counted by rule, and the verdict."""
    report = distinct(report)
    page = Page(out)
    render_rule_counts(page, report, heading=False)
    render_verdict(page, report)


def render_finding(page: Page, finding: Finding) -> None:
    head = Text()
    head.append(str(finding.severity), style=STYLES[finding.severity])
    head.append(f" {finding.rule} ", style="bold")
    head.append(f"[{finding.name}] ", style="dim")
    head.append(finding.message)
    page.line(head, indent=FINDING, hang=EVIDENCE)
    shown, hidden = shown_evidence(finding)
    for evidence in shown:
        render_evidence(page, evidence, STYLES[finding.severity])
    if hidden:
        articles = wording.counted(len({e.path for e in hidden}), "article")
        more = Text(f"… and {wording.counted(len(hidden), 'more quote')} from {articles} ", style="dim")
        more.append("(every one in --output-format concise, json or html)", style="dim")
        page.line(more, indent=EVIDENCE, hang=QUOTE)
    if finding.fixes:
        render_fix(page, finding)


def shown_evidence(finding: Finding) -> tuple[list[Evidence], list[Evidence]]:
    """The evidence to print and the quotes left to a count: every registry entry, and the first
    `SHOWN_QUOTES` quotes (a name written one way in 800 articles is not 2,400 lines to scroll)."""
    quotes = [e for e in finding.evidence if is_quote(e)]
    hidden = quotes[SHOWN_QUOTES:]
    left_out = set(map(id, hidden))
    return [e for e in finding.evidence if id(e) not in left_out], hidden


def render_fix(page: Page, finding: Finding) -> None:
    """`help: write 'Mara Velden' (2 edits in 1 article; see with --diff, apply with --fix)`."""
    edits = wording.counted(len(finding.fixes), "edit")
    articles = wording.counted(len({fix.path for fix in finding.fixes}), "article")
    replacements = sorted({fix.replacement for fix in finding.fixes})
    written = " / ".join(repr(r) for r in replacements)
    help_line = Text("help: ", style="bold green")
    if all(fix.safe for fix in finding.fixes):
        help_line.append(f"write {written} ({edits} in {articles}; see with --diff, apply with --fix)")
    else:
        help_line.append(
            f"write {written} ({edits} in {articles}; unsafe, the form most articles use: "
            "see with --diff --unsafe-fixes, apply with --fix --unsafe-fixes)"
        )
    page.line(help_line, indent=EVIDENCE, hang=QUOTE)


def render_evidence(page: Page, evidence: Evidence, style: str) -> None:
    label = Text()
    label.append(location(evidence), style=Style.parse("bold blue") + page.link(evidence.path, evidence.line))
    if evidence.note:
        label.append(f"  ({evidence.note})", style="dim")
    page.line(label, indent=EVIDENCE, hang=QUOTE)
    shown = excerpt(evidence, page.width - QUOTE)
    if shown is None:
        page.line(Text(evidence.text, style="italic"), indent=QUOTE)
        return
    quoted = Text(shown.before)
    quoted.append(shown.span, style="bold underline")
    quoted.append(shown.after)
    page.console.print(Text(" " * QUOTE) + quoted)  # fitted to the width: never wrapped
    page.console.print(Text(" " * QUOTE) + Text(shown.carets, style=style))
