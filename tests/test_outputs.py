"""Generated files: a report never replaces an input, writes are atomic and get the umask's mode."""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path

import pytest

from factcheck.errors import OutputError
from factcheck.files import remove_stale_temporaries, write_atomic

FIRST = "Harbour master Ines Calloway reopened the north pier on Tuesday after repairs.\n"
SECOND = "The north pier reopened on Tuesday, said harbour master Ines Caloway.\n"
REGISTRY = "version: 1\nentities:\n  - name: Ines Calloway\n    type: person\n"


@pytest.fixture
def newsroom(write_article, workdir: Path) -> Path:
    """Two articles in sources/, a registry in claims/, their claims files, and a pyproject.toml."""
    write_article("sources/pier.md", FIRST, published="2025-03-04")
    write_article("sources/harbour.md", SECOND, published="2025-03-05")
    (workdir / "claims").mkdir()
    (workdir / "claims" / "reference.yaml").write_text(REGISTRY, encoding="utf-8")
    (workdir / "pyproject.toml").write_text('[tool.factcheck]\nfail-on = "error"\n', encoding="utf-8")
    return workdir


def files_under(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def refused(result, path: str) -> str:
    """The one error line of a refused run, after checking the exit status and the path it names."""
    assert result.code == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and path in lines[0], result.stderr
    return lines[0]


# --- a report never replaces an input ------------------------------------------------------------


def test_a_report_is_not_written_over_an_article(run_main, newsroom):
    before = files_under(newsroom)
    line = refused(run_main("check", "-o", "sources/pier.md"), "sources/pier.md")
    assert "is an article" in line
    assert files_under(newsroom) == before


def test_an_extra_report_is_not_written_over_the_registry(run_main, newsroom):
    line = refused(run_main("check", "--report", "sarif:claims/reference.yaml"), "claims/reference.yaml")
    assert "reference registry" in line
    assert (newsroom / "claims" / "reference.yaml").read_text(encoding="utf-8") == REGISTRY


def test_a_report_is_not_written_over_a_claims_file(run_main, newsroom):
    run_main("extract")
    before = (newsroom / "claims" / "pier.json").read_bytes()
    line = refused(run_main("check", "--format", "json", "-o", "claims/pier.json"), "claims/pier.json")
    assert "claims folder" in line
    assert (newsroom / "claims" / "pier.json").read_bytes() == before


def test_a_report_is_not_written_over_the_pyproject(run_main, newsroom):
    line = refused(run_main("check", "-o", "pyproject.toml"), "pyproject.toml")
    assert "configuration file" in line


def test_a_report_is_not_written_over_a_factcheck_toml(run_main, newsroom):
    (newsroom / "settings").mkdir()
    (newsroom / "settings" / "factcheck.toml").write_text('fail-on = "warning"\n', encoding="utf-8")
    refused(run_main("check", "--report", "junit:settings/factcheck.toml"), "settings/factcheck.toml")
    assert (newsroom / "settings" / "factcheck.toml").read_text(encoding="utf-8") == 'fail-on = "warning"\n'


def test_a_baseline_is_not_written_over_an_article(run_main, newsroom):
    line = refused(run_main("check", "--write-baseline", "sources/harbour.md"), "sources/harbour.md")
    assert line.startswith("factcheck: error: --write-baseline")


def test_a_report_is_not_written_over_the_baseline_it_reads(run_main, newsroom):
    run_main("check", "--write-baseline", "accepted.json")
    before = (newsroom / "accepted.json").read_bytes()
    refused(run_main("check", "--baseline", "accepted.json", "-o", "accepted.json"), "accepted.json")
    assert (newsroom / "accepted.json").read_bytes() == before


def test_a_report_is_not_written_through_a_symlink_to_an_article(run_main, newsroom):
    (newsroom / "latest.md").symlink_to(newsroom / "sources" / "pier.md")
    refused(run_main("check", "-o", "latest.md"), "latest.md")
    assert (newsroom / "sources" / "pier.md").read_text(encoding="utf-8").endswith(FIRST)


def test_a_markdown_report_is_not_written_where_it_would_be_read_as_an_article(run_main, newsroom):
    line = refused(
        run_main("check", "--format", "markdown", "-o", "sources/summary.md"), "sources/summary.md"
    )
    assert "would be read as an article" in line
    assert not (newsroom / "sources" / "summary.md").exists()


def test_a_report_is_not_written_over_an_article_named_as_a_target(run_main, newsroom, write_article):
    write_article("desk/draft.txt", FIRST, published="2025-03-06")
    refused(run_main("check", "desk/draft.txt", "-o", "desk/draft.txt"), "desk/draft.txt")


def test_two_outputs_naming_one_file_are_refused_before_anything_is_written(run_main, newsroom):
    result = run_main("check", "--report", "sarif:out/report", "--report", "json:out/report")
    line = refused(result, "out/report")
    assert "same file" in line
    assert not (newsroom / "out").exists()


def test_a_report_and_a_baseline_naming_one_file_are_refused(run_main, newsroom):
    line = refused(
        run_main("check", "-o", "findings.json", "--write-baseline", "findings.json"), "findings.json"
    )
    assert "--write-baseline" in line and "-o" in line


def test_a_report_to_a_new_file_is_still_written(run_main, newsroom):
    result = run_main("check", "--format", "json", "-o", "reports/check.json")
    assert result.code in (0, 1), result.stderr
    assert (newsroom / "reports" / "check.json").read_text(encoding="utf-8").startswith("{")


def test_the_configured_baseline_can_still_be_rewritten(run_main, newsroom):
    run_main("check", "--write-baseline", "accepted.json")
    result = run_main("check", "--baseline", "accepted.json", "--write-baseline", "accepted.json")
    assert result.code == 0, result.stderr


# --- every generated file is written atomically, with the permissions open() would give -----------


def test_a_new_file_gets_the_mode_the_umask_allows(tmp_path):
    previous = os.umask(0o027)
    try:
        write_atomic(tmp_path / "report.json", "{}\n")
    finally:
        os.umask(previous)
    assert stat.S_IMODE((tmp_path / "report.json").stat().st_mode) == 0o640


def test_a_replaced_file_keeps_its_mode(tmp_path):
    target = tmp_path / "baseline.json"
    target.write_text("old\n", encoding="utf-8")
    target.chmod(0o664)
    write_atomic(target, "new\n")
    assert stat.S_IMODE(target.stat().st_mode) == 0o664
    assert target.read_text(encoding="utf-8") == "new\n"


def test_a_claims_file_gets_the_mode_the_umask_allows(run_main, newsroom):
    previous = os.umask(0o022)
    try:
        run_main("extract")
    finally:
        os.umask(previous)
    assert stat.S_IMODE((newsroom / "claims" / "pier.json").stat().st_mode) == 0o644


def test_a_file_that_cannot_be_written_is_an_output_error_naming_it(tmp_path):
    (tmp_path / "claims").write_text("a file where a folder should be\n", encoding="utf-8")
    with pytest.raises(OutputError, match=r"claims/pier\.json: cannot write"):
        write_atomic(tmp_path / "claims" / "pier.json", "{}\n")


def test_extract_into_a_claims_folder_that_cannot_be_written_is_exit_2(run_main, newsroom):
    (newsroom / "store").write_text("not a folder\n", encoding="utf-8")
    result = run_main("extract", "--claims-dir", "store/claims")
    line = refused(result, "store/claims/")
    assert "cannot write" in line


def test_a_failed_write_leaves_no_temporary_file(tmp_path, monkeypatch):
    def disk_full(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(OutputError, match="No space left"):
        write_atomic(tmp_path / "report.sarif", "{}\n")
    assert list(tmp_path.iterdir()) == []


# --- temporary files of killed runs ---------------------------------------------------------------


def aged(path: Path, seconds: float) -> Path:
    path.write_text("half a claims file", encoding="utf-8")
    then = time.time() - seconds
    os.utime(path, (then, then))
    return path


def test_an_old_temporary_file_of_ours_is_removed(tmp_path):
    orphan = aged(tmp_path / ".pier.json.k3x9q2ab.tmp", 3600)
    assert remove_stale_temporaries(tmp_path) == 1
    assert not orphan.exists()


def test_a_young_temporary_file_may_be_another_runs_and_stays(tmp_path):
    fresh = aged(tmp_path / ".pier.json.k3x9q2ab.tmp", 1)
    remove_stale_temporaries(tmp_path)
    assert fresh.exists()


def test_files_that_only_look_temporary_are_left_alone(tmp_path):
    others = [aged(tmp_path / name, 3600) for name in (".notes.tmp", "pier.json.k3x9q2ab.tmp", ".pier.json")]
    remove_stale_temporaries(tmp_path)
    assert all(path.exists() for path in others)


def test_extract_removes_the_temporary_file_a_killed_run_left(run_main, newsroom):
    orphan = aged(newsroom / "claims" / ".harbour.json.0a1b2c3d.tmp", 600)
    result = run_main("extract")
    assert result.code == 0, result.stderr
    assert not orphan.exists()
    assert sorted(p.name for p in (newsroom / "claims").iterdir()) == [
        "harbour.json",
        "pier.json",
        "reference.yaml",
    ]
