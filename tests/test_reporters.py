"""The machine output formats: golden files for a hand-built report, and what each CI reader requires.

Set FACTCHECK_UPDATE_GOLDEN=1 to rewrite the golden files from the current output, then read the diff."""

from __future__ import annotations

import hashlib
import io
import json
import os
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from factcheck.model import CheckResult, Evidence, Finding, Notice, RuleInfo, Severity, Source, Span
from factcheck.policy.fingerprint import fingerprint
from factcheck.policy.selection import failed
from factcheck.report import (
    FORMATS,
    MODULES,
    concise,
    github,
    gitlab,
    json_report,
    junit,
    locations,
    markdown,
    reporter,
    sarif,
)
from factcheck.rules.base import Rule, quote

GOLDEN = Path(__file__).parent / "golden"
UPDATE = os.environ.get("FACTCHECK_UPDATE_GOLDEN") == "1"
SARIF_SCHEMA = Path(__file__).resolve().parents[2] / "shared" / "schemas" / "sarif-schema-2.1.0.json"
GOLDEN_FILES = {
    "concise": "concise.txt",
    "sarif": "sarif.json",
    "github": "github.txt",
    "gitlab": "gitlab.json",
    "junit": "junit.xml",
    "markdown": "markdown.md",
}


# --- a report built by hand --------------------------------------------------------------------------


class TitleConflict(Rule):
    """One person is given two roles that cannot both hold at the same time.

    Conflicting:
        a.md: "Prime Minister Ilse Varga opened the bridge" (2025-03-02)
        b.md: "Former Prime Minister Ilse Varga cut the ribbon" (2025-03-04)

    Consistent:
        a.md: "Prime Minister Ilse Varga" (2025-03-02)
        b.md: "Prime Minister Ilse Varga" (2025-03-04)
    """

    code = "FC101"
    name = "title.conflict"
    kind = "title"
    severity = Severity.ERROR


class RegistrySpelling(Rule):
    """A name is written in a way the reference registry does not accept.

    Conflicting:
        a.md: "said Tomas Wierzbicky"
        registry: {name: Tomasz Wierzbicki}
    """

    code = "FC211"
    name = "registry.spelling"
    kind = "spelling"
    severity = Severity.WARNING


class SpellingStyle(Rule):
    """One name is written with different case, hyphens or spacing.

    Conflicting:
        a.md: "Port-Alder"   b.md: "Port Alder"
    """

    code = "FC202"
    name = "spelling.style"
    kind = "spelling"
    severity = Severity.INFO


RULES: tuple[RuleInfo, ...] = tuple(rule.info() for rule in (TitleConflict, RegistrySpelling, SpellingStyle))


def check_result(
    sources: tuple[Source, ...], findings: tuple[Finding, ...], fail_on: Severity, **counts: Any
) -> CheckResult:
    """A check result as the policy gives it: failed when a finding reaches `fail_on`."""
    return CheckResult(sources, findings, fail_on, failed(findings, fail_on), **counts)


NORTHGATE = """\
---
title: "Harbour bridge reopens"
published: 2025-03-02
---
Prime Minister Ilse Varga opened the repaired harbour bridge on Sunday.
The works in Port-Alder cost 40% more than planned, said Tomas Wierzbicky, the city engineer.
"""

LAKESIDE = """\
---
published: 2025-03-04
---
Former Prime Minister Ilse Varga cut the ribbon at the new bridge in Port Alder.
Engineer Tomasz Wierzbicki called the final bill "a lesson | for everyone".
<!-- factcheck: ignore FC203 -->
"""

QUIET = """\
The council met on Tuesday and approved the budget for the coming year.
"""


def article(path: str, text: str, published: date | None) -> Source:
    return Source(
        id=Path(path).stem,
        path=path,
        text=text,
        body_start=text.find("\n---\n") + 5 if text.startswith("---\n") else 0,
        content_hash="sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest(),
        published=published,
        published_from="front matter" if published else "unknown",
        line_starts=(0, *(i + 1 for i, c in enumerate(text) if c == "\n")),
    )


def cite(source: Source, phrase: str, note: str = "") -> Evidence:
    start = source.text.index(phrase)
    return quote(source, Span(start, start + len(phrase), phrase), note)


def sample_report() -> CheckResult:
    north = article("sources/northgate-herald-2025-03-02.md", NORTHGATE, date(2025, 3, 2))
    lake = article("sources/lakeside-courier-2025-03-04.md", LAKESIDE, date(2025, 3, 4))
    quiet = article("sources/quiet-gazette.txt", QUIET, None)
    title = TitleConflict().finding(
        "Ilse Varga",
        f"Ilse Varga is 'Prime Minister' in {north.id} and 'Former Prime Minister' in {lake.id}: "
        "'prime minister' and 'former prime minister' cannot both hold at once",
        [
            cite(north, "Prime Minister Ilse Varga", "prime minister (as of 2025-03-02)"),
            cite(lake, "Former Prime Minister Ilse Varga", "former prime minister (as of 2025-03-04)"),
        ],
        attribute="title",
        values=["prime minister", "former prime minister"],
    )
    spelling = RegistrySpelling().finding(
        "Tomasz Wierzbicki",
        "'Tomas Wierzbicky' should be written 'Tomasz Wierzbicki'",
        [
            cite(north, "Tomas Wierzbicky"),
            Evidence("reference", "claims/reference.yaml", "Tomasz Wierzbicki (canonical)", line=14),
        ],
        attribute="registry-spelling",
        values=["Tomas Wierzbicky", "Tomasz Wierzbicki"],
    )
    style = SpellingStyle().finding(
        "Port Alder",
        f"Port Alder is written 'Port-Alder' in {north.id}; 'Port Alder' in {lake.id}",
        [cite(north, "Port-Alder"), cite(lake, "Port Alder")],
        attribute="spelling",
        values=["Port-Alder", "Port Alder"],
    )
    notice = Notice(lake.path, 6, "unused suppression: no FC203 finding on this line")
    return check_result(
        sources=(north, lake, quiet),
        findings=(title, spelling, style),
        fail_on=Severity.ERROR,
        rules=RULES,
        baselined=2,
        stale_baseline=1,
        suppressed=1,
        notices=(notice,),
    )


def empty_report() -> CheckResult:
    return check_result(sources=(), findings=(), fail_on=Severity.ERROR, rules=RULES)


def rendered(module: ModuleType, report: CheckResult) -> str:
    out = io.StringIO()
    module.render(report, out)
    return out.getvalue()


@pytest.fixture
def fixed_version(monkeypatch: pytest.MonkeyPatch) -> None:
    """Golden files do not change with each release."""
    monkeypatch.setattr(sarif, "__version__", "0.0.0")


def module_of(fmt: str) -> ModuleType:
    modules: dict[str, ModuleType] = {
        "concise": concise,
        "sarif": sarif,
        "github": github,
        "gitlab": gitlab,
        "junit": junit,
        "markdown": markdown,
    }
    return modules[fmt]


# --- golden files ------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", sorted(GOLDEN_FILES))
def test_output_matches_golden_file(fmt: str, fixed_version: None) -> None:
    text = rendered(module_of(fmt), sample_report())
    golden = GOLDEN / GOLDEN_FILES[fmt]
    if UPDATE:
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(text, encoding="utf-8", newline="")
    assert text == golden.read_text(encoding="utf-8"), f"set FACTCHECK_UPDATE_GOLDEN=1 to rewrite {golden}"


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_renders_a_report_and_an_empty_one(fmt: str) -> None:
    for report in (sample_report(), empty_report()):
        out = io.StringIO()
        reporter(fmt)(report, out)
        assert out.getvalue() == "" or out.getvalue().endswith("\n")


@pytest.mark.parametrize("fmt", sorted(GOLDEN_FILES))
def test_output_is_deterministic(fmt: str) -> None:
    module = module_of(fmt)
    assert rendered(module, sample_report()) == rendered(module, sample_report())


def test_every_format_has_a_module() -> None:
    assert set(FORMATS) == set(MODULES)


# --- concise -----------------------------------------------------------------------------------------


def test_concise_prints_one_line_per_finding_at_its_first_quote() -> None:
    lines = rendered(concise, sample_report()).splitlines()
    assert lines[0].startswith("sources/northgate-herald-2025-03-02.md:5:1: FC101 [error] Ilse Varga is")
    assert lines[0].endswith("(also: sources/lakeside-courier-2025-03-04.md:4:1)")
    assert "(also: claims/reference.yaml:14)" in lines[1]


def test_concise_prints_notices_with_their_code() -> None:
    lines = rendered(concise, sample_report()).splitlines()
    assert "sources/lakeside-courier-2025-03-04.md:6:1: FC001 unused suppression" in "\n".join(lines)


def test_concise_ends_with_the_count_line_and_the_verdict() -> None:
    assert (
        rendered(concise, sample_report()).splitlines()[-1]
        == "3 findings (1 error, 1 warning, 1 info) in 3 articles; fails at --fail-on error"
    )
    assert rendered(concise, empty_report()) == (
        "0 findings (0 errors, 0 warnings, 0 info) in 0 articles; passes at --fail-on error\n"
    )


def test_concise_keeps_a_multiline_message_on_one_line() -> None:
    report = sample_report()
    finding = Finding(**{**_fields(report.findings[0]), "message": "first\n  second\r\nthird"})
    assert "first second third" in concise.finding_line(finding)


def _fields(finding: Finding) -> dict[str, Any]:
    return {name: getattr(finding, name) for name in Finding.__slots__}


# --- SARIF -------------------------------------------------------------------------------------------


@pytest.mark.skipif(not SARIF_SCHEMA.exists(), reason="../shared is absent")
@pytest.mark.parametrize("make", [sample_report, empty_report])
def test_sarif_is_valid_against_the_official_schema(make: Any) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    document = json.loads(rendered(sarif, make()))
    errors = sorted(jsonschema.Draft4Validator(schema).iter_errors(document), key=str)
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors)


def test_sarif_describes_each_rule_of_the_report() -> None:
    run = json.loads(rendered(sarif, sample_report()))["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == ["FC101", "FC211", "FC202"]
    assert rules[0]["name"] == "title.conflict"
    assert rules[0]["shortDescription"]["text"] == TitleConflict.summary()
    assert rules[0]["fullDescription"]["text"] == TitleConflict.documentation()
    assert [r["defaultConfiguration"]["level"] for r in rules] == ["error", "warning", "note"]
    assert rules[1]["properties"]["tags"] == ["spelling"]


def test_sarif_result_points_at_the_first_quote_and_its_rule() -> None:
    run = json.loads(rendered(sarif, sample_report()))["runs"][0]
    result = run["results"][0]
    assert run["tool"]["driver"]["rules"][result["ruleIndex"]]["id"] == result["ruleId"] == "FC101"
    location = result["locations"][0]["physicalLocation"]
    assert location["artifactLocation"] == {
        "uri": "sources/northgate-herald-2025-03-02.md",
        "uriBaseId": "%SRCROOT%",
    }
    region = location["region"]
    assert [region[key] for key in ("startLine", "startColumn", "endLine", "endColumn")] == [5, 1, 5, 26]
    assert NORTHGATE[region["charOffset"] : region["charOffset"] + region["charLength"]] == (
        "Prime Minister Ilse Varga"
    )
    assert "%SRCROOT%" in run["originalUriBaseIds"]


def test_sarif_related_locations_hold_the_other_quotes_and_the_registry_entry() -> None:
    results = json.loads(rendered(sarif, sample_report()))["runs"][0]["results"]
    (other,) = results[0]["relatedLocations"]
    assert other["physicalLocation"]["artifactLocation"]["uri"] == "sources/lakeside-courier-2025-03-04.md"
    (reference,) = results[1]["relatedLocations"]
    assert reference["physicalLocation"]["artifactLocation"]["uri"] == "claims/reference.yaml"
    assert reference["physicalLocation"]["region"] == {"startLine": 14}
    assert reference["message"]["text"].startswith("reference: Tomasz Wierzbicki")


def test_sarif_results_carry_the_fingerprint() -> None:
    report = sample_report()
    results = json.loads(rendered(sarif, report))["runs"][0]["results"]
    assert [r["partialFingerprints"]["factcheck/v1"] for r in results] == [
        fingerprint(f) for f in report.findings
    ]


def test_sarif_levels_follow_severity() -> None:
    results = json.loads(rendered(sarif, sample_report()))["runs"][0]["results"]
    assert [r["level"] for r in results] == ["error", "warning", "note"]


def test_sarif_uri_uses_forward_slashes_and_percent_encoding() -> None:
    assert sarif.artifact_uri("sources\\my article #2.md") == "sources/my%20article%20%232.md"


def test_sarif_notices_are_tool_execution_notifications() -> None:
    run = json.loads(rendered(sarif, sample_report()))["runs"][0]
    (notification,) = run["invocations"][0]["toolExecutionNotifications"]
    assert notification["descriptor"]["id"] == "FC001"
    assert notification["locations"][0]["physicalLocation"]["region"] == {"startLine": 6}


# --- GitHub ------------------------------------------------------------------------------------------


def test_github_command_per_finding_with_position_and_title() -> None:
    lines = rendered(github, sample_report()).splitlines()
    assert lines[0].startswith(
        "::error file=sources/northgate-herald-2025-03-02.md,line=5,col=1,endLine=5,endColumn=26,"
        "title=FC101 title.conflict::Ilse Varga is"
    )
    assert lines[1].startswith("::warning ")
    assert lines[2].startswith("::notice ")
    assert lines[3].startswith("::warning file=sources/lakeside-courier-2025-03-04.md,line=6,title=FC001::")
    assert len(lines) == 4


def test_github_message_mentions_the_other_locations_on_escaped_lines() -> None:
    first = rendered(github, sample_report()).splitlines()[0]
    assert (
        "%0Aalso at sources/lakeside-courier-2025-03-04.md:4:1: 'Former Prime Minister Ilse Varga'" in first
    )


def test_github_escapes_message_data() -> None:
    assert github.escape_data("40% more\r\nthan: a, b") == "40%25 more%0D%0Athan: a, b"


def test_github_escapes_property_values() -> None:
    assert github.escape_property("dir:x,y/50%.md\n") == "dir%3Ax%2Cy/50%25.md%0A"


def test_github_command_escapes_a_path_and_a_message() -> None:
    line = github.command("error", {"file": "a,b:c.md", "line": 3}, "50% up\nfrom: last, year")
    assert line == "::error file=a%2Cb%3Ac.md,line=3::50%25 up%0Afrom: last, year"


def test_github_empty_report_prints_nothing() -> None:
    assert rendered(github, empty_report()) == ""


# --- GitLab ------------------------------------------------------------------------------------------


def test_gitlab_is_a_list_of_issues_with_the_finding_fingerprints() -> None:
    report = sample_report()
    issues = json.loads(rendered(gitlab, report))
    assert isinstance(issues, list)
    findings = [i for i in issues if i["check_name"] != "FC001"]
    assert [i["fingerprint"] for i in findings] == [fingerprint(f) for f in report.findings]
    assert len({i["fingerprint"] for i in issues}) == len(issues)


def test_gitlab_issue_fields() -> None:
    issue = json.loads(rendered(gitlab, sample_report()))[0]
    assert issue["check_name"] == "FC101"
    assert issue["severity"] == "critical"
    assert issue["location"] == {"path": "sources/northgate-herald-2025-03-02.md", "lines": {"begin": 5}}
    assert issue["description"].startswith("Ilse Varga is")


def test_gitlab_severities() -> None:
    issues = json.loads(rendered(gitlab, sample_report()))
    assert [i["severity"] for i in issues] == ["critical", "major", "info", "minor"]


def test_gitlab_empty_report_is_an_empty_list() -> None:
    assert json.loads(rendered(gitlab, empty_report())) == []


# --- JUnit -------------------------------------------------------------------------------------------


def test_junit_has_a_case_per_finding_and_a_passing_case_per_clean_article() -> None:
    root = ET.fromstring(rendered(junit, sample_report()))
    suite = root.find("testsuite")
    assert suite is not None and suite.get("name") == "factcheck"
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == (
        "4",
        "1",
        "0",
    )  # only FC101 reaches --fail-on error
    cases = suite.findall("testcase")
    assert [c.get("name") for c in cases] == [
        "FC101 Ilse Varga",
        "FC211 Tomasz Wierzbicki",
        "FC202 Port Alder",
        "no findings",
    ]
    assert cases[3].get("classname") == "sources/quiet-gazette.txt" and cases[3].find("failure") is None


def test_junit_failure_lists_every_evidence_location() -> None:
    root = ET.fromstring(rendered(junit, sample_report()))
    failure = root.find("testsuite/testcase/failure")
    assert failure is not None and failure.get("type") == "error"
    assert "sources/northgate-herald-2025-03-02.md:5:1" in (failure.text or "")
    assert "sources/lakeside-courier-2025-03-04.md:4:1" in (failure.text or "")


def test_junit_of_an_empty_report_parses_and_has_no_failures() -> None:
    root = ET.fromstring(rendered(junit, empty_report()))
    assert (root.get("tests"), root.get("failures")) == ("0", "0")


def test_junit_replaces_characters_xml_cannot_hold() -> None:
    report = sample_report()
    finding = Finding(**{**_fields(report.findings[0]), "message": "a\x0cb\x00c"})
    text = rendered(junit, check_result(report.sources, (finding,), Severity.ERROR, rules=RULES))
    failure = ET.fromstring(text).find("testsuite/testcase/failure")
    assert failure is not None and failure.get("message") == "a\ufffdb\ufffdc"


# --- Markdown ----------------------------------------------------------------------------------------


def test_markdown_heading_gives_the_verdict() -> None:
    assert rendered(markdown, sample_report()).startswith(
        "## factcheck: 3 findings, fails at `--fail-on error`\n"
    )
    assert rendered(markdown, empty_report()).startswith("## factcheck: no findings, passes at")


def test_markdown_counts_table() -> None:
    text = rendered(markdown, sample_report())
    assert "| error | 1 |\n| warning | 1 |\n| info | 1 |\n| **total** | 3 |" in text


def test_markdown_quotes_locations_and_the_reference() -> None:
    text = rendered(markdown, sample_report())
    assert "### Ilse Varga" in text
    assert (
        "  - `sources/northgate-herald-2025-03-02.md:5:1` `Prime Minister Ilse Varga` "
        "(prime minister (as of 2025-03-02))"
    ) in text
    assert "  - reference: `claims/reference.yaml` line 14: Tomasz Wierzbicki (canonical)" in text


def test_markdown_lists_left_out_counts_and_notices() -> None:
    text = rendered(markdown, sample_report())
    assert "2 baselined, 1 suppressed, 1 baseline entry no longer found" in text
    assert "- `sources/lakeside-courier-2025-03-04.md:6` `FC001` unused suppression" in text


def test_markdown_escapes_markup_in_text() -> None:
    assert markdown.escape("a | b `c` *d*_e_ <f>") == "a \\| b \\`c\\` \\*d\\*\\_e\\_ \\<f\\>"


def test_markdown_code_span_holds_backticks() -> None:
    assert markdown.code("plain") == "`plain`"
    assert markdown.code("say `hi`") == "`` say `hi` ``"
    assert markdown.code("a `` b") == "```a `` b```"


# --- JSON, version 1 ---------------------------------------------------------------------------------


def test_json_report_keeps_version_1_and_adds_fingerprints() -> None:
    report = sample_report()
    document = json.loads(rendered(json_report, report))
    assert document["version"] == 1
    assert [f["fingerprint"] for f in document["findings"]] == [fingerprint(f) for f in report.findings]


def test_json_report_keeps_its_version_1_fields() -> None:
    document = json.loads(rendered(json_report, sample_report()))
    assert {"version", "tool", "sources", "findings", "summary"} <= set(document)
    assert document["summary"] == {"error": 1, "warning": 1, "info": 1}
    assert {
        "rule",
        "name",
        "kind",
        "severity",
        "entity",
        "message",
        "attribute",
        "values",
        "evidence",
    } <= set(document["findings"][0])


def test_json_report_counts_what_was_left_out_and_lists_notices() -> None:
    document = json.loads(rendered(json_report, sample_report()))
    assert (document["baselined"], document["stale_baseline"], document["suppressed"]) == (2, 1, 1)
    assert document["notices"] == [
        {
            "path": "sources/lakeside-courier-2025-03-04.md",
            "line": 6,
            "code": "FC001",
            "message": "unused suppression: no FC203 finding on this line",
        }
    ]


# --- unusual findings --------------------------------------------------------------------------------


def registry_only_report() -> CheckResult:
    """A finding whose only evidence is a registry entry, and one whose quote runs over a line break."""
    north = article("sources/northgate-herald-2025-03-02.md", NORTHGATE, date(2025, 3, 2))
    entry = Evidence("reference", "claims/reference.yaml", "Ilse Varga: prime minister", line=3)
    lonely = TitleConflict().finding("Ilse Varga", "no article quote", [entry], "title", ["prime minister"])
    broken = RegistrySpelling().finding(
        "Harbour", "spans two lines", [cite(north, "Sunday.\nThe works")], "spelling", ["Sunday"]
    )
    return check_result((north,), (lonely, broken), Severity.ERROR, rules=RULES)


def test_a_quote_over_a_line_break_ends_on_the_next_line() -> None:
    (_, broken) = registry_only_report().findings
    assert locations.end_position(broken.evidence[0]) == (6, 10)


@pytest.mark.parametrize("fmt", sorted(GOLDEN_FILES))
def test_a_finding_without_an_article_quote_is_shown_at_the_registry_entry(fmt: str) -> None:
    assert "claims/reference.yaml" in rendered(module_of(fmt), registry_only_report())


@pytest.mark.skipif(not SARIF_SCHEMA.exists(), reason="../shared is absent")
def test_sarif_of_unusual_findings_is_valid() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    document = json.loads(rendered(sarif, registry_only_report()))
    jsonschema.Draft4Validator(schema).validate(document)
    region = document["runs"][0]["results"][1]["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["endLine"], region["endColumn"]) == (5, 6, 10)


def test_junit_numbers_test_cases_that_would_share_a_name() -> None:
    report = sample_report()
    twice = check_result(
        report.sources, (report.findings[0], report.findings[0]), Severity.ERROR, rules=RULES
    )
    cases = ET.fromstring(rendered(junit, twice)).findall("testsuite/testcase")
    assert [c.get("name") for c in cases][:2] == ["FC101 Ilse Varga", "FC101 Ilse Varga (2)"]
