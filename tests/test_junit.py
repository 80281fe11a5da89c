"""JUnit through the command line: a CI dashboard counts as failures exactly what fails the run."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

FIRST = (
    "Talks resumed.\nPresident Mara Velden opened the new session of the Saltmere assembly. "
    "Leaders of the HC4 met in Port-Alder on Wednesday.\n"
)
SECOND = (
    "Aides to President-elect Mara Velden declined to comment on the harbour budget. "
    "Leaders of the HC-4 met in Port Alder on Wednesday. Oren Vasko spoke.\n"
)
THIRD = "Oren Vasco of the Harbour Council said the budget would pass.\n"


@pytest.fixture
def every_severity(write_article, workdir: Path) -> Path:
    """An FC101 error, an FC201 warning and two FC202 infos between three articles."""
    write_article("sources/a.md", FIRST, published="2031-06-26")
    write_article("sources/b.md", SECOND, published="2031-06-26")
    write_article("sources/c.md", THIRD, published="2031-06-27")
    return workdir / "sources"


def junit_at(run_main, fail_on: str) -> tuple[int, ET.Element]:
    result = run_main("check", "--output-format", "junit", "--fail-on", fail_on, "sources")
    suite = ET.fromstring(result.stdout).find("testsuite")
    assert suite is not None
    return result.code, suite


def failing_rules(suite: ET.Element) -> list[str]:
    return [
        str(case.get("name")).split()[0]
        for case in suite.findall("testcase")
        if case.find("failure") is not None
    ]


@pytest.mark.parametrize(
    ("fail_on", "failing", "status"),
    [
        ("error", ["FC101"], 1),
        ("warning", ["FC101", "FC201"], 1),
        ("info", ["FC101", "FC201", "FC202", "FC202"], 1),
    ],
)
def test_only_findings_at_or_above_fail_on_are_failures(run_main, every_severity, fail_on, failing, status):
    code, suite = junit_at(run_main, fail_on)
    assert code == status
    assert failing_rules(suite) == failing
    assert suite.get("failures") == str(len(failing))
    assert suite.get("tests") == "4"


def test_a_finding_below_fail_on_passes_with_its_details_in_its_output(run_main, every_severity):
    _, suite = junit_at(run_main, "error")
    case = next(c for c in suite.findall("testcase") if str(c.get("name")).startswith("FC201"))
    assert case.find("failure") is None
    assert (case.findtext("system-out") or "").startswith("FC201 [spelling.variant] warning:")
    assert case.find("properties/property[@name='severity']").get("value") == "warning"  # type: ignore[union-attr]


def test_the_suite_says_how_many_findings_fail_the_run_in_the_reports_words(run_main, every_severity):
    _, suite = junit_at(run_main, "warning")
    summary = (suite.findtext("system-out") or "").splitlines()[0]
    assert summary == "4 findings (1 error, 1 warning, 2 info) in 3 articles; 2 fail at --fail-on warning"


def test_a_run_with_nothing_at_fail_on_has_no_failures(run_main, write_article, workdir):
    write_article("sources/a.md", "Leaders of the HC4 met on Wednesday.\n")
    write_article("sources/b.md", "Leaders of the HC-4 met on Wednesday.\n")
    code, suite = junit_at(run_main, "warning")
    assert code == 0
    assert suite.get("failures") == "0" and failing_rules(suite) == []
