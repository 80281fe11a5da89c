"""The report a person reads, at any scale: loudest first, each finding once, articles counted
beyond a handful, `--statistics`, paths whole, carets under the quote, links on a terminal only."""

from __future__ import annotations

import io
import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from factcheck.cli import cli
from factcheck.model import CheckResult, Evidence, Finding, Severity
from factcheck.report import concise, github, gitlab, markdown, terminal
from factcheck.report.excerpt import excerpt

PIPE = {"NO_COLOR": "1", "COLUMNS": "100", "TERM": "dumb", "FORCE_COLOR": None, "TTY_COMPATIBLE": None}
TERMINAL = {"FORCE_COLOR": "1", "COLUMNS": "60", "TERM": "xterm-256color", "NO_COLOR": None}
ESCAPES = re.compile(r"\x1b\[[0-9;]*m|\x1b\]8;[^\x1b]*\x1b\\")

# An error about Mara Velden, a warning about Oren Vasko, an info about Alder Quay: alphabetically
# the info would come first.
ELECT = "Aides to President-elect Mara Velden declined to comment on the budget for Alder Quay.\n"
IN_OFFICE = "President Mara Velden opened the new session of the Harbour Council.\n"
VASKO = "Oren Vasko said the Harbour Council would meet again on Alder Quay.\n"
VASKKO = "Oren Vaskko said the Harbour Council met on Alder-Quay.\n"


def invoke(env: dict[str, str | None], *args: str) -> Result:
    return CliRunner(env=env).invoke(cli, ["check", "--no-cache", *args], catch_exceptions=False)


@pytest.fixture
def harbour(write_article: Callable[..., Path], workdir: Path) -> Path:
    """Three articles with an error, a warning and an info finding."""
    write_article("sources/a.md", IN_OFFICE + VASKO, published="2031-06-26")
    write_article("sources/b.md", ELECT, published="2031-06-26")
    write_article("sources/c.md", VASKKO)
    return workdir / "sources"


@pytest.fixture
def archive(harbour: Path, write_article: Callable[..., Path]) -> Path:
    """The three articles and nine quiet ones: more than the summary lists one by one."""
    for number in range(9):
        write_article(f"sources/quiet-{number}.md", "The Harbour Council met on Tuesday.\n")
    return harbour


def headings(report: str) -> list[str]:
    return [line for line in report.splitlines() if line and not line.startswith(" ")]


# --- order -------------------------------------------------------------------------------------------


def test_entities_come_loudest_first_not_alphabetically(harbour: Path) -> None:
    assert headings(invoke(PIPE, "sources").stdout)[:3] == ["Mara Velden", "Oren Vaskko", "Alder Quay"]


def test_an_entity_has_one_heading_placed_by_its_loudest_finding() -> None:
    info = finding("FC202", Severity.INFO, "Alder Quay", "written two ways")
    error = finding("FC101", Severity.ERROR, "Alder Quay", "two titles")
    warning = finding("FC201", Severity.WARNING, "Mara Velden", "spelt two ways")
    text = rendered(terminal.render, report_of(info, warning, error))
    assert headings(text)[:2] == ["Alder Quay", "Mara Velden"]
    assert text.index("two titles") < text.index("written two ways") < text.index("spelt two ways")


def test_markdown_headings_come_loudest_first_too() -> None:
    info = finding("FC202", Severity.INFO, "Alder Quay", "written two ways")
    error = finding("FC101", Severity.ERROR, "Mara Velden", "two titles")
    text = rendered(markdown.render, report_of(info, error))
    assert text.index("### Mara Velden") < text.index("### Alder Quay")


@pytest.mark.parametrize("render", [terminal.render, concise.render, markdown.render, github.render])
def test_a_finding_reached_twice_is_listed_and_counted_once(render: Callable[..., None]) -> None:
    twice = finding("FC101", Severity.ERROR, "Mara Velden", "two titles at once")
    text = rendered(render, report_of(twice, twice))
    assert text.count("two titles at once") == 1
    if render is not github.render:
        assert "1 finding (1 error, 0 warnings, 0 info) in 0 articles" in text


def test_gitlab_lists_a_finding_reached_twice_once() -> None:
    twice = finding("FC101", Severity.ERROR, "Mara Velden", "two titles at once")
    assert len(json.loads(rendered(gitlab.render, report_of(twice, twice)))) == 1


# --- summary -----------------------------------------------------------------------------------------


def test_a_handful_of_articles_is_listed_in_the_summary(harbour: Path) -> None:
    summary = invoke(PIPE, "sources").stdout.split("Summary\n")[1]
    assert "  article       published                  findings" in summary
    assert "  sources/b.md  2031-06-26 (front matter)         2" in summary
    assert "  sources/c.md  unknown" in summary


def test_beyond_a_handful_the_summary_counts_the_articles(archive: Path) -> None:
    summary = invoke(PIPE, "sources").stdout.split("Summary\n")[1]
    assert "quiet-" not in summary and "sources/a.md" not in summary
    assert "  articles checked          12\n" in summary
    assert "  with findings              3\n" in summary
    assert "  publication date known     2\n" in summary
    assert "  publication date unknown  10\n" in summary


def test_the_last_line_counts_findings_and_articles_and_gives_the_verdict(archive: Path) -> None:
    last = invoke(PIPE, "sources").stdout.splitlines()[-1]
    assert last == "3 findings (1 error, 1 warning, 1 info) in 12 articles; fails at --fail-on error"


def test_the_summary_counts_findings_by_rule(harbour: Path) -> None:
    summary = invoke(PIPE, "sources").stdout.split("Findings by rule\n")[1].splitlines()
    assert summary[:3] == [
        "  1  FC101  title.conflict    error",
        "  1  FC201  spelling.variant  warning",
        "  1  FC202  spelling.style    info",
    ]


# --- --statistics ------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["full", "concise"])
def test_statistics_count_findings_by_rule_instead_of_listing_them(harbour: Path, fmt: str) -> None:
    result = invoke(PIPE, "sources", "--statistics", "--output-format", fmt)
    assert result.stdout.splitlines() == [
        "1  FC101  title.conflict    error",
        "1  FC201  spelling.variant  warning",
        "1  FC202  spelling.style    info",
        "3 findings (1 error, 1 warning, 1 info) in 3 articles; fails at --fail-on error",
    ]
    assert result.exit_code == 1


def test_statistics_exit_code_follows_fail_on(harbour: Path) -> None:
    result = invoke(PIPE, "sources", "--statistics", "--select", "FC202,FC201", "--fail-on", "error")
    assert result.stdout.splitlines()[-1].endswith("passes at --fail-on error")
    assert result.exit_code == 0


def test_statistics_in_json_are_versioned_counts_by_rule(harbour: Path) -> None:
    result = invoke(PIPE, "sources", "--statistics", "--output-format", "json")
    document = json.loads(result.stdout)
    assert document["version"] == 1
    assert document["statistics"][0] == {
        "code": "FC101",
        "name": "title.conflict",
        "severity": "error",
        "count": 1,
    }
    assert document["summary"] == {"error": 1, "warning": 1, "info": 1}
    assert (document["articles"], document["failed"]) == (3, True)
    assert result.exit_code == 1


def test_statistics_in_markdown_are_a_table(harbour: Path) -> None:
    text = invoke(PIPE, "sources", "--statistics", "--output-format", "markdown").stdout
    assert "| 1 | `FC101` | title.conflict | error |" in text


def test_statistics_refuse_a_format_with_no_place_for_them(harbour: Path, run_main: Callable) -> None:
    result = run_main("check", "sources", "--statistics", "--output-format", "sarif")
    assert result.code == 2
    assert result.stdout == ""
    assert "--statistics" in result.stderr and "sarif" in result.stderr


# --- paths and lines ---------------------------------------------------------------------------------


def test_a_path_is_printed_whole_when_piped_at_any_width(write_article: Callable, workdir: Path) -> None:
    folder = "sources/" + "/".join(["harbour-council-minutes-of-the-saltmere-district"] * 3)
    write_article(f"{folder}/a.md", IN_OFFICE, published="2031-06-26")
    write_article(f"{folder}/b.md", ELECT, published="2031-06-26")
    lines = invoke({**PIPE, "COLUMNS": "40"}, "sources").stdout.splitlines()
    assert any(line.startswith(f"    {folder}/a.md:4:1  (president") for line in lines)
    assert any(line.startswith(f"  {folder}/b.md  2031-06-26 (front matter)") for line in lines)


def test_a_long_message_stays_on_one_line_when_piped(harbour: Path) -> None:
    text = invoke({**PIPE, "COLUMNS": "40"}, "sources").stdout
    assert any(
        line.startswith("  error FC101") and line.endswith("cannot both hold at once")
        for line in text.splitlines()
    )


def test_on_a_terminal_lines_are_wrapped_between_words(harbour: Path) -> None:
    lines = ESCAPES.sub("", invoke(TERMINAL, "sources").stdout).splitlines()
    assert all(len(line) <= 60 or len(line.split()) == 1 for line in lines)
    message = next(i for i, line in enumerate(lines) if "FC101" in line)
    wrapped = " ".join(line.strip() for line in lines[message : message + 3])
    assert "'president-elect' and 'president' cannot both hold at once" in wrapped


# --- carets ------------------------------------------------------------------------------------------


def carets_under(lines: list[str], quoted: str) -> str:
    """The text above the caret line that follows the first line quoting `quoted`."""
    at = next(i for i, line in enumerate(lines) if quoted in line and "^" in lines[i + 1])
    marks = lines[at + 1]
    start = marks.index("^")
    return lines[at][start : start + marks.count("^")]


def test_without_colour_carets_mark_the_quoted_span(harbour: Path) -> None:
    lines = invoke(PIPE, "sources").stdout.splitlines()
    assert carets_under(lines, "Aides to President-elect") == "President-elect Mara Velden"


def test_carets_mark_which_of_two_equal_names_is_quoted(write_article: Callable, workdir: Path) -> None:
    write_article("sources/a.md", IN_OFFICE, published="2031-06-26")
    write_article("sources/b.md", "Mara Velden was late. " + ELECT, published="2031-06-26")
    lines = invoke(PIPE, "sources").stdout.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("      Mara Velden was late."))
    assert lines[at + 1] == " " * lines[at].index("President-elect") + "^" * len(
        "President-elect Mara Velden"
    )


def test_carets_stay_under_the_span_when_the_line_is_shortened(
    write_article: Callable, workdir: Path
) -> None:
    filler = "The Harbour Council met again on Tuesday to talk about the budget. " * 4
    write_article("sources/a.md", filler + IN_OFFICE + filler, published="2031-06-26")
    write_article("sources/b.md", ELECT, published="2031-06-26")
    lines = invoke(PIPE, "sources").stdout.splitlines()
    quoted = next(line for line in lines if "President Mara Velden opened" in line)
    assert quoted.startswith("      … ") and quoted.endswith(" …") and len(quoted) <= 100
    assert carets_under(lines, "President Mara Velden opened") == "President Mara Velden"


def test_tabs_are_expanded_alike_in_the_line_and_under_it() -> None:
    line = "Today\tthe\tcouncil met Mara Velden."
    shown = excerpt(quote_in(line, "Mara Velden"), 100)
    assert shown is not None and "\t" not in shown.before + shown.span + shown.after
    row = shown.before + shown.span + shown.after
    assert row[shown.carets.index("^") :].startswith("Mara Velden")


def test_wide_characters_take_two_carets_and_move_the_carets_by_two() -> None:
    shown = excerpt(quote_in("港口 Alder 港口 Quay", "港口 Quay"), 100)
    assert shown is not None
    assert shown.carets == " " * len("港口 Alder ") + " " * 2 + "^" * (4 + 5)


def test_with_colour_the_span_is_underlined_and_carets_shown(harbour: Path) -> None:
    text = invoke(TERMINAL, "sources").stdout
    assert re.search(r"\x1b\[[0-9;]*4[0-9;]*mPresident-elect Mara Velden", text)
    assert "^^^^^^^^^^^^^^^^^^^^^^^^^^^" in ESCAPES.sub("", text)


# --- links -------------------------------------------------------------------------------------------


def test_piped_output_has_no_escape_sequences(harbour: Path) -> None:
    text = invoke({**PIPE, "NO_COLOR": None, "TERM": "xterm-256color"}, "sources").stdout
    assert "\x1b" not in text


def test_on_a_terminal_each_path_links_to_its_file_and_line(harbour: Path) -> None:
    text = invoke(TERMINAL, "sources").stdout
    url = (harbour / "b.md").resolve().as_uri() + "#4"
    assert re.search(r"\x1b\]8;[^;]*;" + re.escape(url) + r"\x1b\\", text)


# --- vocabulary --------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["full", "concise", "markdown"])
def test_reports_say_articles_and_count_in_words(write_article: Callable, workdir: Path, fmt: str) -> None:
    write_article("sources/a.md", IN_OFFICE, published="2031-06-26")
    write_article("sources/b.md", ELECT, published="2031-06-26")
    text = invoke(PIPE, "sources/b.md", "--output-format", fmt).stdout
    assert "1 finding (1 error, 0 warnings, 0 info) in 1 article" in text
    assert "sources;" not in text and " sources" not in text.replace("sources/", "")


# --- many quotes -------------------------------------------------------------------------------------


def widely_quoted(articles: int) -> Finding:
    """A name written one way in one article and the other way in `articles - 1` more."""
    quotes = tuple(
        Evidence(f"wire-{n}", f"wire-{n}.md", "Oren Vasko", 0, 10, 1, 1, "Oren Vasko spoke.")
        for n in range(articles)
    )
    return Finding(
        "FC201", "spelling.variant", "spelling", Severity.WARNING, "Oren Vasko", "spelt two ways", quotes
    )


def test_a_finding_quoted_in_many_articles_shows_eight_quotes_and_counts_the_rest() -> None:
    report = rendered(terminal.render, report_of(widely_quoted(30)))
    assert report.count("wire-") == 8
    assert (
        "… and 22 more quotes from 22 articles (every one in --output-format concise, json or html)" in report
    )


def test_a_finding_with_a_handful_of_quotes_shows_every_one() -> None:
    report = rendered(terminal.render, report_of(widely_quoted(8)))
    assert report.count("wire-") == 8
    assert "more quote" not in report


# --- helpers -----------------------------------------------------------------------------------------


def quote_in(line: str, phrase: str) -> Evidence:
    column = line.index(phrase) + 1
    return Evidence("a", "a.md", phrase, column - 1, column - 1 + len(phrase), 1, column, line)


def finding(rule: str, severity: Severity, entity: str, message: str) -> Finding:
    line = f"{entity} appears here."
    return Finding(rule, "some.rule", "title", severity, entity, message, (quote_in(line, entity),))


def report_of(*findings: Finding) -> CheckResult:
    failed = any(f.severity >= Severity.ERROR for f in findings)
    return CheckResult(sources=(), findings=findings, fail_on=Severity.ERROR, failed=failed)


def rendered(render: Callable[..., None], report: CheckResult) -> str:
    out = io.StringIO()
    render(report, out)
    return out.getvalue()
