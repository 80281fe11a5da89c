"""The HTML report (`--output-format html`): one self-contained page, escaped, deterministic, linked."""

from __future__ import annotations

import io
import os
import re
from datetime import date
from html.parser import HTMLParser
from itertools import pairwise
from pathlib import Path

import pytest

from factcheck.model import CheckResult, Evidence, Finding, Notice, Severity, Source
from factcheck.report import reporter

HOSTILE_NAME = "<i>&\"pier'.md"
PIER = (
    "Harbour master Ines Calloway reopened the north pier in Port Alder on Tuesday after repairs "
    "<script>alert(1)</script> & more.\n\nMayor Oren Vasko of Port Alder said 40 boats were waiting.\n"
)
HARBOUR = (
    "The north pier reopened on Tuesday, said harbour master Ines Caloway.\n\n"
    "Former Mayor Oren Vasko of Port Alder said 55 boats were waiting.\n"
)
REGISTRY = "version: 1\nentities:\n  - name: Ines Calloway\n    type: person\n"
VOID = {"meta", "br", "hr", "img", "input", "link", "wbr", "line", "rect"}


@pytest.fixture
def newsroom(write_article, workdir: Path) -> Path:
    """Two articles that disagree (one with a hostile file name and markup in its text) and a registry."""
    write_article(f"sources/{HOSTILE_NAME}", PIER, published="2031-03-04", title='"Pier <reopens> & more"')
    write_article("sources/harbour.md", HARBOUR, published="2031-03-05")
    (workdir / "claims").mkdir()
    (workdir / "claims" / "reference.yaml").write_text(REGISTRY, encoding="utf-8")
    return workdir


@pytest.fixture
def page(run_main, newsroom: Path) -> str:
    """The report of the newsroom, written with -o."""
    result = run_main("check", "--output-format", "html", "-o", "report.html")
    assert result.code == 1, result.stderr
    return (newsroom / "report.html").read_text(encoding="utf-8")


class Outline(HTMLParser):
    """What the tests read of a page: tags in order, ids, link targets, headings and open elements."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: list[str] = []
        self.hrefs: list[str] = []
        self.sources: list[str] = []
        self.headings: list[int] = []
        self.tags: list[str] = []
        self.open: list[str] = []
        self.misnested: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        self.tags.append(tag)
        if "id" in found:
            self.ids.append(str(found["id"]))
        if "href" in found:
            self.hrefs.append(str(found["href"]))
        if "src" in found:
            self.sources.append(str(found["src"]))
        if re.fullmatch(r"h[1-6]", tag):
            self.headings.append(int(tag[1]))
        if tag not in VOID:
            self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        if not self.open or self.open.pop() != tag:
            self.misnested.append(tag)


def outline(html: str) -> Outline:
    parser = Outline()
    parser.feed(html)
    parser.close()
    return parser


# --- written through the command line -------------------------------------------------------------


def test_the_report_is_one_page_written_with_o(page: str) -> None:
    assert page.startswith('<!DOCTYPE html>\n<html lang="en">')
    assert "3 findings (1 error, 2 warnings, 0 info) in 2 articles" in page
    assert "The check fails at --fail-on error." in page


def test_another_format_can_be_written_beside_it_with_report(run_main, newsroom: Path) -> None:
    result = run_main("check", "--output-format", "concise", "--report", "html:out/report.html")
    assert result.code == 1
    assert "FC101" in result.stdout
    assert (newsroom / "out" / "report.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_the_page_is_well_formed(page: str) -> None:
    parsed = outline(page)
    assert not parsed.misnested and not parsed.open


def test_the_file_replaces_an_old_report_whole_and_leaves_no_temporary_file(run_main, newsroom: Path) -> None:
    (newsroom / "report.html").write_text("old", encoding="utf-8")
    run_main("check", "--output-format", "html", "-o", "report.html")
    assert (newsroom / "report.html").read_text(encoding="utf-8").endswith("</html>\n")
    assert sorted(p.name for p in newsroom.iterdir() if p.is_file()) == ["report.html"]


def test_a_report_that_cannot_be_renamed_into_place_leaves_the_old_one(
    run_main, newsroom: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (newsroom / "report.html").write_text("old", encoding="utf-8")

    def refused(*args: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refused)
    result = run_main("check", "--output-format", "html", "-o", "report.html")
    assert result.code == 2 and "report.html: cannot write" in result.stderr
    assert (newsroom / "report.html").read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in newsroom.iterdir() if p.is_file()) == ["report.html"]


def test_a_report_in_the_sources_folder_is_refused_since_it_would_be_read_as_an_article(
    run_main, newsroom: Path
) -> None:
    result = run_main("check", "--output-format", "html", "-o", "sources/report.html")
    assert result.code == 2 and "would be read as an article" in result.stderr
    assert not (newsroom / "sources" / "report.html").exists()


def test_the_same_input_gives_a_byte_identical_file(run_main, newsroom: Path) -> None:
    run_main("check", "--no-cache", "--output-format", "html", "-o", "first.html")
    run_main("check", "--output-format", "html", "-o", "second.html")
    assert (newsroom / "first.html").read_bytes() == (newsroom / "second.html").read_bytes()


# --- self-contained ----------------------------------------------------------------------------------


def test_nothing_is_fetched_from_the_network(page: str) -> None:
    parsed = outline(page)
    assert not parsed.sources
    assert all(href.startswith("#") for href in parsed.hrefs)
    assert "@import" not in page and "url(" not in page
    assert "http://" not in page and "https://" not in page
    assert not {"script", "link", "img", "iframe", "object"} & set(parsed.tags)


def test_an_articles_address_is_shown_as_text_never_linked(run_main, write_article, workdir: Path) -> None:
    write_article("sources/a.md", PIER, published="2031-03-04", url="https://port-alder.example/pier")
    write_article("sources/b.md", HARBOUR, published="2031-03-05")
    run_main("check", "--output-format", "html", "-o", "report.html")
    page = (workdir / "report.html").read_text(encoding="utf-8")
    assert "Address: https://port-alder.example/pier" in page
    assert all(href.startswith("#") for href in outline(page).hrefs)


def test_the_page_says_nothing_may_be_fetched(page: str) -> None:
    assert "Content-Security-Policy\" content=\"default-src 'none'" in page


# --- escaped -----------------------------------------------------------------------------------------


def test_a_hostile_file_name_and_quote_are_shown_escaped(page: str) -> None:
    assert "<script" not in page and "<i>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; more" in page
    assert "sources/&lt;i&gt;&amp;&quot;pier&#x27;.md" in page
    assert "Title: Pier &lt;reopens&gt; &amp; more" in page


def test_control_characters_and_reversing_marks_are_shown_as_escapes() -> None:
    line = "Mara Velden\x1b[31m arrived \u202ein Saltmere"
    quote = Evidence(
        "a", "sources/bad\x07\udc80.md", "Mara Velden", start=0, end=11, line=1, column=1, line_text=line
    )
    page = rendered(result_of([finding_of("Mara Velden", quote)]))
    assert "\x1b" not in page and "\x07" not in page and "\u202e" not in page
    assert "\\x1b[31m arrived \\u202ein Saltmere" in page
    assert "sources/bad\\x07\\x80.md" in page


# --- links, anchors, headings --------------------------------------------------------------------------


def test_every_link_has_its_target_and_every_id_is_unique(page: str) -> None:
    parsed = outline(page)
    assert len(parsed.ids) == len(set(parsed.ids))
    assert {href[1:] for href in parsed.hrefs} <= set(parsed.ids)


def test_each_finding_links_to_its_entity_and_articles_and_they_link_back(page: str) -> None:
    finding = re.search(r'<article id="(finding-fc101-[^"]+)"(.*?)</article>', page, re.S)
    assert finding is not None
    targets = re.findall(r'href="#([^"]+)"', finding.group(2))
    assert any(t.startswith("entity-oren-vasko-") for t in targets)
    articles = {t for t in targets if t.startswith("article-")}
    assert len(articles) == 2
    for article in articles:
        section = re.search(rf'<section id="{article}"(.*?)</section>', page, re.S)
        assert section is not None and f'href="#{finding.group(1)}"' in section.group(1)


def test_there_is_one_h1_and_headings_never_skip_a_level(page: str) -> None:
    levels = outline(page).headings
    assert levels.count(1) == 1 and levels[0] == 1
    assert all(later - earlier <= 1 for earlier, later in pairwise(levels))


def test_the_page_has_a_language_and_landmarks(page: str) -> None:
    tags = set(outline(page).tags)
    assert {"header", "nav", "main"} <= tags
    assert '<html lang="en">' in page


def test_severity_is_written_out_not_only_coloured(page: str) -> None:
    assert '<span class="badge error">✖ error</span>' in page
    assert '<span class="badge warning">▲ warning</span>' in page


def test_each_finding_quotes_its_articles_side_by_side_with_the_span_marked(page: str) -> None:
    assert "<mark>Mayor Oren Vasko</mark> of Port Alder said 40 boats were waiting." in page
    assert "<mark>Former Mayor Oren Vasko</mark> of Port Alder said 55 boats were waiting." in page
    assert "sources/harbour.md:6:1" in page


def test_each_finding_has_a_picture_that_says_what_it_draws(page: str) -> None:
    pictures = re.findall(r'<svg [^>]*role="img" aria-label="([^"]*)"[^>]*>(<title>[^<]*</title>)', page)
    assert len(pictures) == 3
    label = next(label for label, _ in pictures if label.startswith("Oren Vasko"))
    assert "sources/harbour.md says “former mayor”" in label


# --- hand-built reports ------------------------------------------------------------------------------


def finding_of(
    entity: str, *evidence: Evidence, severity: Severity = Severity.WARNING, rule: str = "FC201"
) -> Finding:
    return Finding(
        rule, "spelling.variant", "spelling", severity, entity, f"{entity} is spelt two ways", evidence
    )


def source_of(number: int) -> Source:
    return Source(f"s{number}", f"sources/s{number}.md", "", 0, "", date(2031, 3, 1), "front matter")


def quote_in(number: int, words: str) -> Evidence:
    return Evidence(f"s{number}", f"sources/s{number}.md", words, 0, len(words), 1, 1, words)


def result_of(findings: list[Finding], sources: int = 2) -> CheckResult:
    return CheckResult(tuple(source_of(n) for n in range(sources)), tuple(findings), Severity.ERROR, False)


def rendered(report: CheckResult) -> str:
    out = io.StringIO()
    reporter("html")(report, out)
    return out.getvalue()


def test_findings_are_ordered_by_severity_then_entity() -> None:
    findings = [
        finding_of("Saltmere", quote_in(0, "Saltmere"), severity=Severity.INFO),
        finding_of("Velmora", quote_in(0, "Velmora")),
        finding_of("Mara Velden", quote_in(1, "Mara Velden"), severity=Severity.ERROR),
        finding_of("Harbour Council", quote_in(1, "Harbour Council")),
    ]
    order = re.findall(r'<article id="finding-fc201-([a-z-]+)-', rendered(result_of(findings)))
    assert order == ["mara-velden", "harbour-council", "velmora", "saltmere"]


def test_a_finding_keeps_its_anchor_when_other_findings_come_and_go() -> None:
    velmora = finding_of("Velmora", quote_in(0, "Velmora"))
    alone = re.findall(r'<article id="([^"]+)"', rendered(result_of([velmora])))
    more = finding_of("Mara Velden", quote_in(1, "Mara Velden"), severity=Severity.ERROR)
    together = re.findall(r'<article id="([^"]+)"', rendered(result_of([more, velmora])))
    assert alone[0] in together


def test_a_few_articles_are_a_table_and_many_are_counted() -> None:
    few = rendered(result_of([finding_of("Velmora", quote_in(0, "Velmora"))], sources=3))
    assert "<caption>3 articles checked</caption>" in few
    many = rendered(result_of([finding_of("Velmora", quote_in(0, "Velmora"))], sources=40))
    assert "articles checked</caption>" not in many
    assert "40 articles checked; " in many and "1 quoted by findings" in many
    assert "Publication dates: 40 from front matter." in many


def test_an_empty_report_still_has_every_section_its_navigation_names() -> None:
    page = rendered(result_of([]))
    parsed = outline(page)
    assert "No findings." in page
    assert {href[1:] for href in parsed.hrefs} <= set(parsed.ids)


def test_the_picture_joins_each_article_and_registry_entry_to_the_value_it_says() -> None:
    velden = Finding(
        "FC211",
        "registry.spelling",
        "spelling",
        Severity.WARNING,
        "Mara Velden",
        "'Mara Veldon' should be written 'Mara Velden'",
        (
            quote_in(0, "Mara Veldon"),
            Evidence("reference", "claims/reference.yaml", "Mara Velden (canonical)", line=3),
        ),
        values=("Mara Velden", "Mara Veldon"),
    )
    page = rendered(result_of([velden]))
    assert (
        'aria-label="Mara Velden, registry.spelling: sources/s0.md says “Mara Veldon”; registry says “Mara Velden”"'
        in page
    )
    assert "Reference registry <code>claims/reference.yaml</code>" in page
    assert "<code>claims/reference.yaml:3</code>" in page


def test_notices_and_findings_left_out_are_shown() -> None:
    report = CheckResult(
        (source_of(0),),
        (),
        Severity.ERROR,
        False,
        suppressed=2,
        notices=(Notice("sources/s0.md", 4, "this suppression <ignore> suppresses nothing"),),
    )
    page = rendered(report)
    assert "Not shown: 2 suppressed." in page
    assert '<a href="#notices">Notices (1)</a>' in page
    assert "this suppression &lt;ignore&gt; suppresses nothing" in page


def test_two_articles_of_one_file_name_in_different_folders_are_drawn_apart() -> None:
    first = Evidence("a", "sources/2031/03/04/pier.md", "Mara Velden", 0, 11, 1, 1, "Mara Velden")
    second = Evidence("b", "sources/2031/03/05/pier.md", "Mara Veldon", 0, 11, 1, 1, "Mara Veldon")
    velden = Finding(
        "FC201",
        "spelling.variant",
        "spelling",
        Severity.WARNING,
        "Mara Velden",
        "spelt two ways",
        (first, second),
    )
    page = rendered(result_of([velden]))
    assert page.count('class="sayer"') == 2
    assert "<title>sources/2031/03/04/pier.md</title>" in page
    assert "<title>sources/2031/03/05/pier.md</title>" in page


def test_quotes_beyond_a_handful_of_articles_are_one_click_away() -> None:
    spelt = finding_of("Velmora", *(quote_in(n, "Velmora") for n in range(9)))
    page = rendered(result_of([spelt], sources=9))
    shown, _, hidden = page.partition("<details")
    assert shown.count('<figure class="quote">') == 6
    assert "<summary>3 more quotes from 3 more articles</summary>" in hidden
    assert hidden.count('<figure class="quote">') == 3
    assert "and 3 more (below)" in shown
