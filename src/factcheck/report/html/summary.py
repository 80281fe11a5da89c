"""The summary of an HTML report: headline, verdict, counts by rule, and the articles checked."""

from __future__ import annotations

from collections import Counter

from factcheck.model import CheckResult, Severity
from factcheck.report.concise import left_out_line
from factcheck.report.html.graph import Browsable
from factcheck.report.html.markup import element, link, section, text
from factcheck.report.statistics import rule_counts
from factcheck.report.wording import counted, headline, published, verdict

HANDFUL = 12  # articles listed one by one in the summary; beyond, counted
SYMBOLS = {Severity.ERROR: "✖", Severity.WARNING: "▲", Severity.INFO: "ℹ"}


def badge(severity: Severity) -> str:
    """The severity in words, with a symbol and a colour beside them (never colour alone)."""
    return element("span", text(f"{SYMBOLS[severity]} {severity}"), class_=f"badge {severity}")


def verdict_line(report: CheckResult) -> str:
    word = "fails" if report.failed else "passes"
    return element("p", text(f"The check {verdict(report)}."), class_=f"verdict {word}")


def summary(report: CheckResult, graph: Browsable) -> str:
    parts = [element("p", text(headline(report)) + ".")]
    parts.append(verdict_line(report))
    left_out = left_out_line(report)
    if left_out:
        parts.append(element("p", text(left_out), class_="muted"))
    parts.append(_rule_table(report))
    parts.append(_articles(report, graph))
    return section("summary", "Summary", "".join(parts))


def _rule_table(report: CheckResult) -> str:
    counts = rule_counts(report.findings)
    if not counts:
        return element("p", "No rule found anything.")
    rows = [
        element(
            "tr",
            element("td", element("code", text(c.code)))
            + element("td", text(c.name))
            + element("td", badge(c.severity))
            + element("td", str(c.count), class_="number"),
        )
        for c in sorted(counts, key=lambda c: (-c.severity, c.code, c.name))  # by code, as `rules` lists
    ]
    head = "".join(element("th", t, scope="col") for t in ("rule", "name", "severity"))
    head += element("th", "findings", scope="col", class_="number")
    caption = element("caption", "Findings by rule")
    return element("table", caption + element("thead", element("tr", head)) + element("tbody", "".join(rows)))


def _articles(report: CheckResult, graph: Browsable) -> str:
    quoted = {node.key: node for node in graph.articles}
    if len(report.sources) > HANDFUL:
        return _article_counts(report, len(quoted))
    rows = []
    for source in report.sources:
        node = quoted.get(f"{source.id}\0{source.path}")
        path = element("code", text(source.path))
        rows.append(
            element(
                "tr",
                element("td", link(node.id, path) if node else path)
                + element("td", text(published(source)))
                + element("td", str(len({s.id for s, _ in node.quotes}) if node else 0), class_="number"),
            )
        )
    head = "".join(element("th", t, scope="col") for t in ("article", "published"))
    head += element("th", "findings", scope="col", class_="number")
    caption = element("caption", text(f"{counted(len(report.sources), 'article')} checked"))
    return element("table", caption + element("thead", element("tr", head)) + element("tbody", "".join(rows)))


def _article_counts(report: CheckResult, quoted: int) -> str:
    dated = Counter(s.published_from if s.published else "unknown" for s in report.sources)
    how = ", ".join(
        f"{number} from {origin}" for origin, number in sorted(dated.items()) if origin != "unknown"
    )
    undated = dated.get("unknown", 0)
    dates = f"Publication dates: {how or 'none known'}" + (f"; {undated} unknown." if undated else ".")
    listed = link("articles", text(f"{quoted} quoted by findings"))
    return element(
        "p", text(f"{counted(len(report.sources), 'article')} checked; ") + listed + ". " + text(dates)
    )
