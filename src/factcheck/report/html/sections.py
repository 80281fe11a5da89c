"""The sections of an HTML report after its summary: findings, entities, articles and notices."""

from __future__ import annotations

from factcheck.model import CheckResult, Evidence, Severity
from factcheck.report.html.graph import ArticleNode, Browsable, EntityNode, Shown, article_key
from factcheck.report.html.markup import element, link, section, text
from factcheck.report.html.picture import picture
from factcheck.report.html.quotes import evidence_columns
from factcheck.report.html.summary import badge
from factcheck.report.locations import is_quote, location, one_line
from factcheck.report.wording import counted, published, severity_count

MOST_LISTED = 6  # articles named in a finding's heading lines; all of them are in its quotes


def findings(graph: Browsable) -> str:
    body = "".join(_finding(item, graph) for item in graph.findings) or element("p", "No findings.")
    return section("findings", "Findings", body)


def _finding(item: Shown, graph: Browsable) -> str:
    finding = item.finding
    title = f"{badge(finding.severity)} {element('code', text(finding.rule))} {text(finding.name)}: "
    title += text(finding.entity)
    articles = dict.fromkeys(article_key(e.source_id, e.path) for e in finding.evidence if is_quote(e))
    nodes = [node for node in (graph.article(key) for key in articles) if node is not None]
    meta = "Entity: " + link(item.entity_id, text(finding.entity))
    if nodes:
        listed = [link(n.id, element("code", text(n.path))) for n in nodes[:MOST_LISTED]]
        more = f" and {len(nodes) - MOST_LISTED} more (below)" if len(nodes) > MOST_LISTED else ""
        meta += " · Articles: " + ", ".join(listed) + text(more)
    figure = element(
        "figure",
        picture(finding) + element("figcaption", text(f"{finding.entity} and what each article says")),
        class_="figure",
    )
    return element(
        "article",
        element("h3", title)
        + element("p", text(one_line(finding.message)), class_="message")
        + element("p", meta, class_="meta")
        + evidence_columns(finding, graph)
        + figure,
        id=item.id,
        class_=f"finding {finding.severity}",
    )


def entities(graph: Browsable) -> str:
    intro = element("p", text(f"{counted(len(graph.entities), 'entity', 'entities')} with findings."))
    return section("entities", "Entities", intro + "".join(_entity(node, graph) for node in graph.entities))


def _entity(node: EntityNode, graph: Browsable) -> str:
    loudest = max(item.finding.severity for item in node.findings)
    counts = ", ".join(
        severity_count(n, s)
        for s in sorted(Severity, reverse=True)
        if (n := sum(1 for item in node.findings if item.finding.severity == s))
    )
    parts = [
        element("h3", text(node.name)),
        element("p", text(f"{counted(len(node.findings), 'finding')} ({counts}).")),
    ]
    if node.values:
        said = ", ".join(element("q", text(one_line(v))) for v in node.values)
        parts.append(element("p", "Values in conflict: " + said + "."))
    items = "".join(element("li", _finding_link(item)) for item in node.findings)
    parts.append(element("ul", items, class_="findings"))
    articles = [a for a in (graph.article(key) for key in node.article_keys) if a is not None]
    if articles:
        listed = ", ".join(link(a.id, element("code", text(a.path))) for a in articles)
        parts.append(element("p", "Quoted from: " + listed + "."))
    return element("section", "".join(parts), id=node.id, class_=f"entity {loudest}")


def articles(graph: Browsable) -> str:
    intro = element("p", text(f"{counted(len(graph.articles), 'article')} quoted by findings."))
    return section("articles", "Articles", intro + "".join(_article(node) for node in graph.articles))


def _article(node: ArticleNode) -> str:
    parts = [element("h3", element("code", text(node.path)))]
    source = node.source
    if source is not None:
        about = [f"Published: {published(source)}"]
        about += [
            f"{label}: {one_line(value)}"
            for label, value in (("Title", source.title), ("Outlet", source.outlet))
            if value
        ]
        about += [f"Address: {one_line(source.url)}"] if source.url else []
        parts.append(element("p", text(" · ".join(about)), class_="meta"))
    items = "".join(element("li", _quote_link(item, evidence)) for item, evidence in node.quotes)
    parts.append(element("ul", items, class_="findings"))
    return element("section", "".join(parts), id=node.id, class_="article")


def _finding_link(item: Shown) -> str:
    finding = item.finding
    words = f"{finding.rule} {finding.name}"
    return badge(finding.severity) + " " + link(item.id, text(words)) + ": " + text(one_line(finding.message))


def _quote_link(item: Shown, evidence: Evidence) -> str:
    finding = item.finding
    where = element("code", text(location(evidence)))
    words = f"{finding.rule} {finding.name} on {finding.entity}"
    quote = element("q", text(one_line(evidence.text)))
    return f"{badge(finding.severity)} {link(item.id, text(words))} at {where}: {quote}"


def notices(report: CheckResult) -> str:
    if not report.notices:
        return ""
    items = "".join(
        element(
            "li",
            element("code", text(f"{n.path}:{n.line}"))
            + " "
            + element("code", text(n.code))
            + " "
            + text(one_line(n.message)),
        )
        for n in report.notices
    )
    return section("notices", "Notices", element("ul", items))
