"""The HTML report: one self-contained page (inline CSS, no script, nothing fetched) with the
summary, every finding with its quotes side by side and a picture of its entity, and the
entities and articles the findings join, each linked to the others."""

from __future__ import annotations

from importlib.resources import files
from typing import TextIO

from factcheck import __version__
from factcheck.model import CheckResult
from factcheck.report.html import sections
from factcheck.report.html.graph import Browsable, browsable
from factcheck.report.html.markup import element, link, text
from factcheck.report.html.summary import summary
from factcheck.report.wording import headline

# Nothing may be fetched, even if a quote smuggled markup through: styles inline, no scripts.
POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"


def render(report: CheckResult, out: TextIO) -> None:
    graph = browsable(report)
    style = files("factcheck.report.html").joinpath("style.css").read_text(encoding="utf-8")
    head = (
        '<meta charset="utf-8">'
        + f'<meta http-equiv="Content-Security-Policy" content="{POLICY}">'
        + '<meta name="viewport" content="width=device-width, initial-scale=1">'
        + f'<meta name="generator" content="factcheck {text(__version__)}">'
        + element("title", text(f"factcheck: {headline(report)}"))
        + element("style", "\n" + style)
    )
    banner = element("header", element("h1", "factcheck report"))
    main = (
        summary(report, graph)
        + sections.findings(graph)
        + sections.entities(graph)
        + sections.articles(graph)
        + sections.notices(report)
    )
    footer = element("footer", element("p", text(f"Written by factcheck {__version__}.")))
    body = banner + _navigation(report, graph) + element("main", main, id="main") + footer
    out.write(
        "<!DOCTYPE html>\n" + element("html", element("head", head) + element("body", body), lang="en") + "\n"
    )


def _navigation(report: CheckResult, graph: Browsable) -> str:
    entries = [
        ("summary", "Summary"),
        ("findings", f"Findings ({len(graph.findings)})"),
        ("entities", f"Entities ({len(graph.entities)})"),
        ("articles", f"Articles ({len(graph.articles)})"),
    ]
    if report.notices:
        entries.append(("notices", f"Notices ({len(report.notices)})"))
    items = "".join(element("li", link(target, text(words))) for target, words in entries)
    return element("nav", element("ul", items), aria_label="Sections")
