"""Every file factcheck generates gets the permissions the umask gives, as a plain open() would:
0644 under umask 022, 0600 under 077; never the owner-only mode of a temporary file regardless."""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

PIER = "Harbour master Mara Velden reopened the north pier in Port Alder on Tuesday.\n"
HARBOUR = "The north pier in Port Alder reopened on Tuesday, said harbour master Mara Veldon.\n"
MODES = [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)]


@pytest.fixture(params=MODES, ids=lambda m: f"umask {m[0]:03o}" if isinstance(m, tuple) else str(m))
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    """Run the test under a umask; yields the mode a new file should get."""
    mask, expected = request.param
    previous = os.umask(mask)
    try:
        yield expected
    finally:
        os.umask(previous)


@pytest.fixture
def newsroom(write_article, workdir: Path) -> Path:
    write_article("sources/pier.md", PIER, published="2031-03-04")
    write_article("sources/harbour.md", HARBOUR, published="2031-03-05")
    return workdir


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_report_written_with_o_gets_the_umasks_mode(run_main, newsroom, umask):
    run_main("check", "--no-cache", "-o", "report.txt")
    assert mode(newsroom / "report.txt") == umask


def test_every_extra_report_gets_the_umasks_mode(run_main, newsroom, umask):
    run_main(
        "check", "--no-cache", "--report", "sarif:out/report.sarif", "--report", "json:report.json",
        "--report", "junit:report.xml",
    )  # fmt: skip
    for name in ("out/report.sarif", "report.json", "report.xml"):
        assert mode(newsroom / name) == umask, name


def test_a_baseline_gets_the_umasks_mode(run_main, newsroom, umask):
    result = run_main("check", "--no-cache", "--write-baseline", ".factcheck-baseline.json")
    assert result.code == 0, result.stderr
    assert mode(newsroom / ".factcheck-baseline.json") == umask


def test_claims_files_get_the_umasks_mode(run_main, newsroom, umask):
    result = run_main("extract")
    assert result.code == 0, result.stderr
    files = sorted((newsroom / "claims").glob("*.json"))
    assert [f.name for f in files] == ["harbour.json", "pier.json"]
    assert {mode(f) for f in files} == {umask}


def test_a_claims_folder_made_for_them_gets_the_umasks_mode(run_main, newsroom, umask):
    run_main("extract", "--claims-dir", "store/claims")
    # a folder's mode is a file's plus the search bits where reading is allowed
    assert mode(newsroom / "store" / "claims") == umask | ((umask & 0o444) >> 2)


def test_an_imported_registry_gets_the_umasks_mode(run_main, workdir, umask):
    entity = {"type": "item", "id": "Q1", "labels": {"en": {"language": "en", "value": "Mara Velden"}}}
    (workdir / "dump.json").write_text(json.dumps(entity) + "\n", encoding="utf-8")
    (workdir / "ids.txt").write_text("Q1\n", encoding="utf-8")
    result = run_main("registry", "import-wikidata", "dump.json", "--ids", "ids.txt", "-o", "imported.yaml")
    assert result.code == 0, result.stderr
    assert mode(workdir / "imported.yaml") == umask


def test_a_rewritten_report_keeps_the_mode_its_owner_gave_it(run_main, newsroom, umask):
    (newsroom / "report.json").write_text("{}\n", encoding="utf-8")
    (newsroom / "report.json").chmod(0o640)
    run_main("check", "--no-cache", "--output-format", "json", "-o", "report.json")
    assert mode(newsroom / "report.json") == 0o640
    assert json.loads((newsroom / "report.json").read_text(encoding="utf-8"))["findings"]


def test_the_cache_is_never_more_open_than_the_umask_allows(run_main, newsroom, user_cache, umask):
    """The cache lives in the user's cache folder; SQLite creates its index 0644 less the umask
    (never group-writable), so it may be more private than a report, never less."""
    run_main("check")
    files = [path for path in user_cache.rglob("*") if path.is_file()]
    assert any(path.name.startswith("index") for path in files)
    assert all(mode(path) & ~umask == 0 for path in files)
