"""The run cache: a check of an unchanged corpus answers from the findings its last run kept, and
any change that could alter a finding makes the run work them out again."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from tests.test_index import CACHE, report, written_with_cache

from factcheck.model import Evidence, Finding, Severity
from factcheck.policy import check as check_module
from factcheck.store import index as index_module
from factcheck.store.findings_json import findings_from_json, findings_to_json
from factcheck.store.index import INDEX_FILE, KEPT_RUNS

ARTICLES = {
    "sources/ferry.md": "Mayor Lena Horvath of Port Alder said the new ferry cost $12 million.\n",
    "sources/wire.md": "Mayor Lena Horvat of Port Alder said the new ferry cost $15 million.\n",
}
REGISTRY = """version: 1
entities:
  - name: Lena Horvath
    type: person
    roles:
      - {title: Mayor of Port Alder, from: 2029-01-01}
"""


@pytest.fixture
def articles(write_article, workdir) -> list[Path]:
    return written_with_cache(write_article, workdir, ARTICLES)


def kept_runs() -> int:
    with sqlite3.connect(CACHE / INDEX_FILE) as connection:
        return connection.execute("SELECT COUNT(*) FROM runs").fetchone()[0]


def analysis_refused(monkeypatch) -> None:
    """Make any run that would analyse the corpus fail, so that a passing one read the cache."""

    def refuse(*args, **kwargs):
        raise AssertionError("the corpus was analysed again")

    monkeypatch.setattr(check_module, "analyse", refuse)


def test_a_second_check_of_an_unchanged_corpus_reads_the_kept_findings(run_cli, articles, monkeypatch):
    first = report(run_cli, "sources")
    analysis_refused(monkeypatch)
    assert report(run_cli, "sources") == first


def test_the_kept_findings_give_the_report_a_fresh_run_gives(run_cli, articles):
    report(run_cli, "sources")
    assert report(run_cli, "sources") == report(run_cli, "--no-cache", "sources")


def test_an_edited_article_is_checked_afresh(run_cli, articles):
    report(run_cli, "sources")
    articles[1].write_text(
        ARTICLES["sources/wire.md"].replace("$15 million", "$12 million"), encoding="utf-8"
    )
    assert report(run_cli, "sources") == report(run_cli, "--no-cache", "sources")


def test_an_added_article_is_checked_afresh(run_cli, articles, write_article):
    report(run_cli, "sources")
    write_article(
        "sources/weekly.md", "Mayor Lena Horvath said the ferry cost $20 million.\n", published="2031-05-07"
    )
    assert report(run_cli, "sources") == report(run_cli, "--no-cache", "sources")


def test_a_renamed_article_is_checked_afresh(run_cli, articles, workdir):
    report(run_cli, "sources")
    articles[1].rename(workdir / "sources" / "agency.md")
    assert report(run_cli, "sources") == report(run_cli, "--no-cache", "sources")


def test_another_registry_is_checked_afresh(run_cli, articles, workdir):
    report(run_cli, "sources")
    (workdir / "reference.yaml").write_text(REGISTRY, encoding="utf-8")
    with_registry = report(run_cli, "--reference", "reference.yaml", "sources")
    assert with_registry == report(run_cli, "--no-cache", "--reference", "reference.yaml", "sources")


def test_another_selection_of_rules_is_checked_afresh(run_cli, articles):
    report(run_cli, "sources")
    assert report(run_cli, "--select", "FC2", "sources") == report(
        run_cli, "--no-cache", "--select", "FC2", "sources"
    )


def test_severities_set_in_the_configuration_apply_to_kept_findings(run_cli, articles, workdir):
    report(run_cli, "sources")
    (workdir / "factcheck.toml").write_text(
        f'cache-dir = "{CACHE}"\n[severity]\nFC201 = "info"\n', encoding="utf-8"
    )
    assert report(run_cli, "sources") == report(run_cli, "--no-cache", "sources")


def test_another_version_of_factcheck_never_reads_the_kept_findings(run_cli, articles, monkeypatch):
    report(run_cli, "sources")
    monkeypatch.setattr(check_module, "code_stamp", lambda: "a later release")
    assert report(run_cli, "sources") == report(run_cli, "--no-cache", "sources")
    assert kept_runs() == 2


def test_a_damaged_kept_run_is_worked_out_again(run_cli, articles):
    report(run_cli, "sources")
    with sqlite3.connect(CACHE / INDEX_FILE) as connection:
        connection.execute("UPDATE runs SET findings = x'789c0300000000'")  # zlib of nothing
    assert report(run_cli, "sources") == report(run_cli, "--no-cache", "sources")


def test_only_the_most_recently_used_runs_are_kept(run_cli, articles):
    for selected in (
        "FC101",
        "FC111",
        "FC201",
        "FC202",
        "FC203",
        "FC211",
        "FC301",
        "FC302",
        "FC401",
        "FC501",
    ):
        report(run_cli, "--select", selected, "sources")
    assert kept_runs() == KEPT_RUNS


def test_another_extractor_drops_the_kept_runs(run_cli, articles, monkeypatch):
    report(run_cli, "sources")
    monkeypatch.setattr(index_module, "extractor_stamp", lambda: "another-extractor")
    with index_module.open_index(CACHE):
        pass
    assert kept_runs() == 0


def test_findings_read_back_from_json_are_equal():
    finding = Finding(
        rule="FC201",
        name="spelling.variant",
        kind="spelling",
        severity=Severity.WARNING,
        entity="Lena Horvath",
        message="'Lena Horvat' in wire, 'Lena Horvath' in ferry",
        evidence=(
            Evidence(
                "wire", "sources/wire.md", "Lena Horvat", 6, 17, 1, 7, "Mayor Lena Horvat of Port Alder", "x"
            ),
            Evidence("registry", "reference.yaml", "Lena Horvath"),
        ),
        attribute="name",
        values=("Lena Horvat", "Lena Horvath"),
        accepted="Lena Horvath",
    )
    assert findings_from_json(findings_to_json([finding])) == (finding,)
