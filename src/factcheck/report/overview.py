"""The end of the terminal report: the articles (a table for a handful, counts for an archive),
the findings by rule, what was left out, and the verdict in one line."""

from __future__ import annotations

from collections import Counter

from rich.text import Text

from factcheck.model import CheckResult
from factcheck.report import wording
from factcheck.report.locations import is_quote
from factcheck.report.page import STYLES, Page
from factcheck.report.statistics import aligned, count_lines, rule_counts

ARTICLE_TABLE_LIMIT = 10  # beyond this many articles, the summary counts them instead of listing them


def render_overview(page: Page, report: CheckResult) -> None:
    page.line(Text("Summary", style="bold"))
    rows = article_rows(report)
    if report.sources:
        for line in aligned(rows, right=frozenset({len(rows[0]) - 1})):
            page.line(line, indent=2)
    render_rule_counts(page, report, heading=True)
    for notice in report.notices:
        page.line(Text(f"{notice.path}:{notice.line}: {notice.code} {notice.message}", style="yellow"))
    left_out = wording.left_out(report)
    if left_out:
        page.line(Text(f"Not shown: {left_out}.", style="dim"))
    render_verdict(page, report)


def article_rows(report: CheckResult) -> list[tuple[str, ...]]:
    """A row per article when there are a handful, as a header and its rows; else the counts."""
    involved = Counter(
        source_id
        for finding in report.findings
        for source_id in {e.source_id for e in finding.evidence if is_quote(e)}
    )
    if len(report.sources) <= ARTICLE_TABLE_LIMIT:
        rows: list[tuple[str, ...]] = [("article", "published", "findings")]
        return rows + [(s.path, wording.published(s), str(involved[s.id])) for s in report.sources]
    known = sum(1 for s in report.sources if s.published is not None)
    return [
        ("articles checked", str(len(report.sources))),
        ("with findings", str(sum(1 for s in report.sources if involved[s.id]))),
        ("publication date known", str(known)),
        ("publication date unknown", str(len(report.sources) - known)),
    ]


def render_rule_counts(page: Page, report: CheckResult, heading: bool) -> None:
    counts = rule_counts(report.findings)
    if counts and heading:
        page.line(Text("Findings by rule", style="bold"))
    for count, line in zip(counts, count_lines(counts), strict=True):
        text = Text(line[: -len(str(count.severity))])
        text.append(str(count.severity), style=STYLES[count.severity])
        page.line(text, indent=2 if heading else 0)


def render_verdict(page: Page, report: CheckResult) -> None:
    line = Text(f"{wording.headline(report)}; ")
    line.append(wording.verdict(report), style="bold red" if report.failed else "bold green")
    page.line(line)
