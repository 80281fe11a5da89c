"""The summary of an HTML report: headline, verdict, counts by rule, and the articles checked."""

from __future__ import annotations

from collections import Counter

from factcheck.model import CheckResult, Severity, Source
from factcheck.report.concise import left_out_line
from factcheck.report.html.graph import Browsable
from factcheck.report.html.markup import element, link, section, text
from factcheck.report.wording import counted, headline

HANDFUL = 12  # articles listed one by one in the summary; beyond, counted
SYMBOLS = {Severity.ERROR: "✖", Severity.WARNING: "▲", Severity.INFO: "ℹ"}


def badge(severity: Severity) -> str:
    """The severity in words, with a symbol and a colour beside them (never colour alone)."""
    return element("span", text(f"{SYMBOLS[severity]} {severity}"), class_=f"badge {severity}")


def verdict(report: CheckResult) -> str:
    word = "fails" if report.failed else "passes"
    return element("p", text(f"The check {word} at --fail-on {report.fail_on}."), class_=f"verdict {word}")


def summary(report: CheckResult, graph: Browsable) -> str:
    parts = [element("p", text(headline(report)) + ".")]
    parts.append(verdict(report))
    left_out = left_out_line(report)
    if left_out:
        parts.append(element("p", text(left_out), class_="muted"))
    parts.append(_rule_table(report))
    parts.append(_articles(report, graph))
    return section("summary", "Summary", "".join(parts))


def _rule_table(report: CheckResult) -> str:
    counts = Counter((f.rule, f.name, f.severity) for f in report.findings)
    if not counts:
        return element("p", "No rule found anything.")
    rows = [
        element(
            "tr",
            element("td", element("code", text(code)))
            + element("td", text(name))
            + element("td", badge(severity))
            + element("td", str(count), class_="number"),
        )
        for (code, name, severity), count in sorted(
            counts.items(), key=lambda i: (-i[0][2], i[0][0], i[0][1])
        )
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


def published(source: Source) -> str:
    """When an article was published, and how factcheck knows (or what its text suggests)."""
    if source.published:
        return f"{source.published.isoformat()} ({source.published_from})"
    if source.story_day:
        return f"unknown (text names {source.story_day.strftime('%A %Y-%m-%d')})"
    if source.not_before:
        return f"unknown (text refers to {source.not_before.strftime('%Y-%m')})"
    return "unknown"
