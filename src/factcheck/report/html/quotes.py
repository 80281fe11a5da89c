"""A finding's evidence side by side, one column per article, each quote marked within its line."""

from __future__ import annotations

from factcheck.model import Evidence, Finding
from factcheck.report.html.graph import Browsable, article_key
from factcheck.report.html.markup import element, link, text
from factcheck.report.locations import is_quote, location, one_line
from factcheck.report.wording import counted

CONTEXT = 120  # characters of the line shown on each side of a quote
MOST_COLUMNS = 6  # columns shown at once; the others a click away (a spelling may be in 800 articles)
REGISTRY = "registry"


def evidence_columns(finding: Finding, graph: Browsable) -> str:
    """One column per article (and one for the registry), in the order the finding quotes them."""
    columns: dict[str, list[Evidence]] = {}
    for evidence in finding.evidence:
        columns.setdefault(
            article_key(evidence.source_id, evidence.path) if is_quote(evidence) else REGISTRY, []
        ).append(evidence)
    cells = [_column(key, quoted, graph) for key, quoted in columns.items()]
    shown = element("div", "".join(cells[:MOST_COLUMNS]), class_="quotes")
    if len(cells) <= MOST_COLUMNS:
        return shown
    rest = cells[MOST_COLUMNS:]
    hidden = sum(len(quoted) for quoted in list(columns.values())[MOST_COLUMNS:])
    words = f"{counted(hidden, 'more quote')} from {counted(len(rest), 'more article')}"
    more = element("summary", text(words)) + element("div", "".join(rest), class_="quotes")
    return shown + element("details", more, class_="more")


def _column(key: str, quoted: list[Evidence], graph: Browsable) -> str:
    node = graph.article(key) if key != REGISTRY else None
    if node is not None:
        caption = "Article " + link(node.id, element("code", text(node.path)))
    else:
        caption = "Reference registry " + element("code", text(quoted[0].path))
    body = "".join(_quote(e) for e in quoted)
    return element("figure", element("figcaption", caption) + body, class_="quote")


def _quote(evidence: Evidence) -> str:
    where = element("p", element("code", text(location(evidence))), class_="where")
    quote = element("blockquote", element("p", marked_line(evidence)))
    note = element("p", text(one_line(evidence.note)), class_="note") if evidence.note else ""
    return where + quote + note


def marked_line(evidence: Evidence) -> str:
    """The quote's line, cut to some context on each side, with the quoted span in <mark>."""
    line, start = evidence.line_text, (evidence.column or 0) - 1
    if not line or start < 0 or start >= len(line):
        return element("mark", text(one_line(evidence.text)))
    end = min(start + len(evidence.text), len(line))
    left, right = _context_bounds(line, start, end)
    before = ("…" if left else "") + line[left:start]
    after = line[end:right] + ("…" if right < len(line) else "")
    return text(before) + element("mark", text(line[start:end])) + text(after)


def _context_bounds(line: str, start: int, end: int) -> tuple[int, int]:
    """Where the shown part of a long line begins and ends: some context, cut between words."""
    left = max(0, start - CONTEXT)
    if left:
        space = line.find(" ", left, start)
        left = space + 1 if space >= 0 else left
    right = min(len(line), end + CONTEXT)
    if right < len(line):
        space = line.rfind(" ", end, right)
        right = space if space >= 0 else right
    return left, right
