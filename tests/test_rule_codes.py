"""Rule codes as a user types them: `factcheck rules CODE`, any case, a did-you-mean for a typo."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.rules import BUILTIN_RULES

IN_OFFICE = "Talks resumed.\nPresident Mara Velden opened the new session of the Saltmere assembly.\n"
ELECT = "Aides to President-elect Mara Velden declined to comment on the harbour budget.\n"


@pytest.fixture
def conflict(write_article, workdir: Path) -> Path:
    """Two articles that disagree about Mara Velden's title on one date (an FC101 error)."""
    write_article("sources/a.md", IN_OFFICE, published="2031-06-26")
    write_article("sources/b.md", ELECT, published="2031-06-26")
    return workdir / "sources"


def reported_rules(result) -> list[str]:
    return [finding["rule"] for finding in json.loads(result.stdout)["findings"]]


def test_rules_code_shows_that_rules_documentation(run_cli):
    result = run_cli("rules", "FC101")
    assert result.exit_code == 0
    assert result.stdout.startswith("FC101 title.conflict (error)")
    assert "Conflicting:" in result.stdout and "Consistent:" in result.stdout


def test_rules_code_is_read_in_any_case(run_cli):
    assert run_cli("rules", "fc101").stdout == run_cli("rules", "FC101").stdout
    assert run_cli("rules", "Spelling.Style").stdout.startswith("FC202 spelling.style")


def test_explain_stays_an_alias_of_the_code_argument(run_cli):
    assert run_cli("rules", "--explain", "fc202").stdout == run_cli("rules", "FC202").stdout


def test_rules_are_listed_in_code_order(run_cli):
    listed = [line.split()[0] for line in run_cli("rules").stdout.splitlines()]
    assert listed == sorted(rule.code for rule in BUILTIN_RULES)


def test_an_unknown_code_is_exit_2_with_the_closest_rule(run_main):
    result = run_main("rules", "FC1O1")
    assert result.code == 2
    assert result.stderr.strip() == "factcheck: error: no rule 'FC1O1'; did you mean FC101 (title.conflict)?"


def test_a_misspelt_name_suggests_the_rule(run_main):
    result = run_main("rules", "--explain", "titel.conflict")
    assert result.code == 2
    assert "did you mean FC101 (title.conflict)?" in result.stderr


def test_a_code_like_no_rule_says_where_the_rules_are_listed(run_main):
    result = run_main("rules", "XYZ")
    assert result.code == 2
    assert "no rule 'XYZ'; `factcheck rules` lists them" in result.stderr


def test_select_accepts_a_lower_case_prefix(run_main, conflict):
    assert reported_rules(run_main("check", "--output-format", "json", "--select", "fc1", "sources")) == [
        "FC101"
    ]
    assert reported_rules(run_main("check", "--output-format", "json", "--select", "fc2", "sources")) == []


def test_ignore_accepts_a_lower_case_code(run_main, conflict):
    result = run_main("check", "--output-format", "json", "--ignore", "fc101", "sources")
    assert "FC101" not in reported_rules(result)


def test_an_unknown_code_on_the_command_line_suggests_the_rule(run_main, conflict):
    result = run_main("check", "--select", "fc1o1", "sources")
    assert result.code == 2
    assert "did you mean FC101 (title.conflict)?" in result.stderr


def test_a_suppression_comment_accepts_a_lower_case_code(run_main, write_article, workdir):
    write_article("sources/a.md", IN_OFFICE, published="2031-06-26")
    suppressed = '<!-- factcheck: ignore fc101 reason="the assembly met before the count" -->\n' + ELECT
    write_article("sources/b.md", suppressed, published="2031-06-26")
    report = json.loads(run_main("check", "--output-format", "json", "sources").stdout)
    assert [f["rule"] for f in report["findings"]] == []
    assert report["suppressed"] == 1
    assert report["notices"] == []
