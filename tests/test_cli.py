"""The command line end to end: reports, exit codes, rules, the graph, and errors on bad input."""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from factcheck.rules import BUILTIN_RULES

IN_OFFICE = "Talks resumed.\nPresident Anna Berg opened the new session of parliament.\n"
ELECT = "Aides to President-elect Anna Berg declined to comment on the budget.\n"
FACTCHECK = Path(sys.executable).with_name("factcheck")


@pytest.fixture
def conflict(write_article, workdir: Path) -> Path:
    """Two sources that disagree about Anna Berg's title on the same date (an FC101 error)."""
    write_article("sources/a.md", IN_OFFICE, published="2025-06-26")
    write_article("sources/b.md", ELECT, published="2025-06-26")
    return workdir / "sources"


@pytest.fixture
def style_only(write_article, workdir: Path) -> Path:
    """Two sources that differ only in how they write IP4 (an FC202 info)."""
    write_article("style/a.md", "Leaders of the IP4 met in Madrid on Wednesday.\n")
    write_article("style/b.md", "Leaders of the IP-4 met in Madrid on Wednesday.\n")
    return workdir / "style"


@pytest.fixture
def variant_only(write_article, workdir: Path) -> Path:
    """Two sources that transliterate one name differently (an FC201 warning)."""
    write_article("variant/a.md", "Muammar Gaddafi ruled the country for four decades.\n")
    write_article("variant/b.md", "Muammar Qaddafi ruled the country for four decades.\n")
    return workdir / "variant"


@pytest.fixture
def agreeing(write_article, workdir: Path) -> Path:
    write_article("agree/a.md", "President Anna Berg opened the session.\n", published="2025-06-26")
    write_article("agree/b.md", "President Anna Berg closed the session.\n", published="2025-06-27")
    return workdir / "agree"


# --- check, full report -------------------------------------------------------------------------


def test_check_quotes_each_source_at_path_line_and_column(run_cli, conflict):
    result = run_cli("check", "sources")
    # a.md: three lines of front matter, "Talks resumed." on line 4, the title on line 5
    assert "sources/a.md:5:1" in result.stdout
    assert "sources/b.md:4:10" in result.stdout
    assert "President Anna Berg opened the new session of parliament." in result.stdout
    assert "Aides to President-elect Anna Berg declined to comment on the budget." in result.stdout


def test_check_names_the_rule_and_the_entity(run_cli, conflict):
    result = run_cli("check", "sources")
    assert "FC101" in result.stdout
    assert "Anna Berg" in result.stdout


def test_check_ends_with_a_summary_of_articles_and_counts(run_cli, conflict):
    result = run_cli("check", "sources")
    assert "Summary" in result.stdout
    assert "2025-06-26" in result.stdout
    last = result.stdout.strip().splitlines()[-1]
    assert last == "1 finding (1 error, 0 warnings, 0 info) in 2 articles; fails at --fail-on error"


def test_check_prints_no_colour_codes_with_no_color(run_cli, conflict):
    assert "\x1b[" not in run_cli("check", "sources").stdout


def test_check_without_paths_reads_the_sources_folder(run_cli, conflict):
    result = run_cli("check")
    assert "sources/a.md:5:1" in result.stdout


def test_check_without_paths_or_sources_folder_is_a_usage_error(run_main):
    result = run_main("check")
    assert result.code == 2
    assert "sources" in result.stderr


# --- check, JSON report -------------------------------------------------------------------------


def test_json_report_has_version_1(run_cli, conflict):
    report = json.loads(run_cli("check", "sources", "--format", "json").stdout)
    assert report["version"] == 1


def test_json_findings_carry_rule_kind_severity_entity_and_message(run_cli, conflict):
    report = json.loads(run_cli("check", "sources", "--format", "json").stdout)
    (finding,) = report["findings"]
    assert finding["rule"] == "FC101"
    assert finding["kind"] == "title"
    assert finding["severity"] == "error"
    assert finding["entity"] == "Anna Berg"
    assert isinstance(finding["message"], str) and finding["message"]


def test_json_evidence_has_offsets_positions_and_text(run_cli, conflict):
    report = json.loads(run_cli("check", "sources", "--format", "json").stdout)
    (finding,) = report["findings"]
    assert len(finding["evidence"]) == 2
    for evidence in finding["evidence"]:
        assert {"start", "end", "line", "column", "text"} <= set(evidence)
        text = Path(evidence["path"]).read_text(encoding="utf-8")
        assert text[evidence["start"] : evidence["end"]] == evidence["text"]
    by_path = {e["path"]: e for e in finding["evidence"]}
    assert (by_path["sources/a.md"]["line"], by_path["sources/a.md"]["column"]) == (5, 1)
    assert by_path["sources/b.md"]["text"] == "President-elect Anna Berg"


def test_json_report_lists_sources_with_publication_dates(run_cli, conflict):
    report = json.loads(run_cli("check", "sources", "--format", "json").stdout)
    assert {s["id"]: s["published"] for s in report["sources"]} == {"a": "2025-06-26", "b": "2025-06-26"}


def test_json_report_summary_counts_by_severity(run_cli, conflict):
    report = json.loads(run_cli("check", "sources", "--format", "json").stdout)
    assert report["summary"] == {"error": 1, "warning": 0, "info": 0}


def test_json_report_of_agreeing_sources_has_no_findings(run_cli, agreeing):
    report = json.loads(run_cli("check", "agree", "--format", "json").stdout)
    assert report["findings"] == []


def test_json_report_is_the_only_thing_on_stdout(run_cli, conflict):
    result = run_cli("check", "sources", "--format", "json")
    json.loads(result.stdout)  # nothing else mixed in


# --- exit codes and --fail-on -------------------------------------------------------------------


def test_exit_0_when_sources_agree(run_main, agreeing):
    assert run_main("check", "agree").code == 0


def test_exit_1_on_an_error_finding_by_default(run_main, conflict):
    assert run_main("check", "sources").code == 1


def test_info_findings_do_not_fail_by_default(run_main, style_only):
    assert run_main("check", "style").code == 0


def test_fail_on_info_fails_on_info_findings(run_main, style_only):
    assert run_main("check", "style", "--fail-on", "info").code == 1


def test_fail_on_warning_ignores_info_findings(run_main, style_only):
    assert run_main("check", "style", "--fail-on", "warning").code == 0


def test_fail_on_warning_fails_on_warning_findings(run_main, variant_only):
    assert run_main("check", "variant", "--fail-on", "warning").code == 1


def test_fail_on_error_ignores_warning_findings(run_main, variant_only):
    assert run_main("check", "variant", "--fail-on", "error").code == 0


def test_fail_on_an_unknown_level_is_exit_2(run_main, conflict):
    assert run_main("check", "sources", "--fail-on", "critical").code == 2


def test_installed_command_exits_1_on_findings(conflict):
    result = subprocess.run(
        [str(FACTCHECK), "check", "sources"], capture_output=True, text=True, cwd=conflict.parent, check=False
    )
    assert result.returncode == 1
    assert "FC101" in result.stdout


def test_installed_command_exits_2_on_a_missing_path(workdir):
    result = subprocess.run(
        [str(FACTCHECK), "check", "no-such-folder"], capture_output=True, text=True, cwd=workdir, check=False
    )
    assert result.returncode == 2
    assert "no-such-folder" in result.stderr
    assert "Traceback" not in result.stderr


# --- rules --------------------------------------------------------------------------------------


def test_rules_lists_every_code_and_name(run_cli):
    result = run_cli("rules")
    assert result.exit_code == 0
    for rule in BUILTIN_RULES:
        assert rule.code in result.stdout
        assert rule.name in result.stdout
    for code in ("FC101", "FC201", "FC202", "FC203"):
        assert code in result.stdout


def test_rules_explain_shows_the_documentation_with_examples(run_cli):
    result = run_cli("rules", "--explain", "FC101")
    assert result.exit_code == 0
    assert "title.conflict" in result.stdout
    assert "Conflicting:" in result.stdout
    assert "Consistent:" in result.stdout


def test_rules_explain_accepts_the_rule_name(run_cli):
    result = run_cli("rules", "--explain", "spelling.style")
    assert "FC202" in result.stdout


def test_rules_explain_of_an_unknown_code_is_exit_2(run_main):
    result = run_main("rules", "--explain", "FC999")
    assert result.code == 2
    assert "FC999" in result.stderr


# --- graph --------------------------------------------------------------------------------------


def test_graph_json_has_version_and_entities(run_cli, conflict):
    result = run_cli("graph", "sources", "--format", "json")
    assert result.exit_code == 0
    graph = json.loads(result.stdout)
    assert graph["version"] == 1
    assert isinstance(graph["entities"], list) and graph["entities"]


def test_graph_json_entities_have_the_documented_shape(run_cli, conflict):
    graph = json.loads(run_cli("graph", "sources", "--format", "json").stdout)
    for entity in graph["entities"]:
        assert {"id", "name", "type", "aliases", "mentions"} <= set(entity)
        assert isinstance(entity["aliases"], list)
        for mention in entity["mentions"]:
            assert {"source", "path", "start", "end", "text"} <= set(mention)


def test_graph_json_mention_offsets_index_the_files(run_cli, conflict):
    graph = json.loads(run_cli("graph", "sources", "--format", "json").stdout)
    checked = 0
    for entity in graph["entities"]:
        for mention in entity["mentions"]:
            text = Path(mention["path"]).read_text(encoding="utf-8")
            assert text[mention["start"] : mention["end"]] == mention["text"]
            checked += 1
    assert checked >= 2


def test_graph_json_merges_one_person_across_sources(run_cli, conflict):
    graph = json.loads(run_cli("graph", "sources", "--format", "json").stdout)
    (berg,) = [e for e in graph["entities"] if e["name"] == "Anna Berg"]
    assert berg["type"] == "person"
    assert {m["source"] for m in berg["mentions"]} == {"a", "b"}


def test_graph_json_entity_ids_are_unique(run_cli, conflict):
    graph = json.loads(run_cli("graph", "sources", "--format", "json").stdout)
    ids = [e["id"] for e in graph["entities"]]
    assert len(ids) == len(set(ids))


def test_graph_graphml_parses_as_xml_with_nodes_and_edges(run_cli, conflict):
    result = run_cli("graph", "sources", "--format", "graphml")
    assert result.exit_code == 0
    root = ET.fromstring(result.stdout)
    namespace = {"g": "http://graphml.graphdrawing.org/xmlns"}
    assert root.findall(".//g:node", namespace)
    assert root.findall(".//g:edge", namespace)


# --- bad input: exit 2, one line naming the file, no traceback ------------------------------------


def assert_one_line_error(result, name: str) -> None:
    assert result.code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert name in lines[0]
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


def test_a_missing_path_is_exit_2_naming_it(run_main):
    assert_one_line_error(run_main("check", "missing/article.md"), "missing/article.md")


def test_an_empty_folder_is_exit_2_naming_it(run_main, workdir):
    (workdir / "empty").mkdir()
    assert_one_line_error(run_main("check", "empty"), "empty")


def test_a_binary_file_is_exit_2_naming_it(run_main, workdir):
    (workdir / "photo.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    assert_one_line_error(run_main("check", "photo.md"), "photo.md")


def test_a_non_utf8_file_is_exit_2_naming_it(run_main, workdir):
    (workdir / "latin1.txt").write_bytes("Le président Jean Dupont a parlé.\n".encode("latin-1"))
    assert_one_line_error(run_main("check", "latin1.txt"), "latin1.txt")


def test_malformed_front_matter_is_exit_2_naming_the_file(run_main, workdir):
    (workdir / "broken.md").write_text(
        "---\ntitle: [unclosed\npublished: 2025-06-26\n---\nPresident Anna Berg spoke.\n", encoding="utf-8"
    )
    assert_one_line_error(run_main("check", "broken.md"), "broken.md")


def test_front_matter_that_is_not_a_mapping_is_exit_2_naming_the_file(run_main, workdir):
    (workdir / "list.md").write_text("---\n- one\n- two\n---\nPresident Anna Berg spoke.\n", encoding="utf-8")
    assert_one_line_error(run_main("check", "list.md"), "list.md")


def test_a_published_value_that_is_not_a_date_is_exit_2_naming_the_file(run_main, workdir):
    (workdir / "when.md").write_text("---\npublished: sometime soon\n---\nText.\n", encoding="utf-8")
    assert_one_line_error(run_main("check", "when.md"), "when.md")


def test_a_corrupt_claims_file_is_exit_2_naming_it(run_main, conflict, workdir):
    (workdir / "claims").mkdir()
    (workdir / "claims" / "a.json").write_text("not json at all", encoding="utf-8")
    assert_one_line_error(run_main("check", "sources"), "claims/a.json")


def test_bad_input_in_extract_and_graph_is_exit_2_too(run_main):
    assert_one_line_error(run_main("extract", "missing.md"), "missing.md")
    assert_one_line_error(run_main("graph", "missing.md"), "missing.md")


def test_version_option_prints_the_version(run_main):
    from factcheck import __version__

    result = run_main("--version")
    assert result.code == 0
    assert __version__ in result.stdout


def test_the_module_runs_as_a_program():
    result = subprocess.run(
        [sys.executable, "-m", "factcheck", "rules"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0
    assert "FC101" in result.stdout
