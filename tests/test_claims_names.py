"""Claims files are the same on every machine: two checkouts of one corpus at different absolute
paths, or runs from different working folders, write files of the same names and bytes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ARTICLES = {
    "sources/world/pier.md": "Harbour master Mara Velden reopened the north pier in Port Alder on Tuesday.\n",
    "sources/sport/pier.md": "Oren Vasko won the Saltmere regatta on Sunday, a day after the pier reopened.\n",
    "sources/council-2031-03-06.md": "Oren Vasko said on Monday the Harbour Council would meet in Velmora.\n",
}


def checkout(folder: Path) -> Path:
    """The project, as a clone at `folder` has it: articles (two sharing a stem) and a config."""
    for name, text in ARTICLES.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("---\npublished: 2031-03-06\n---\n" + text, encoding="utf-8")
    (folder / "pyproject.toml").write_text("[tool.factcheck]\n", encoding="utf-8")
    return folder


def claims_of(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted((folder / "claims").glob("*.json"))}


def extract_from(run_main, monkeypatch: pytest.MonkeyPatch, where: Path, *args: str) -> None:
    monkeypatch.chdir(where)
    result = run_main("extract", *args)
    assert result.code == 0, result.stderr


@pytest.fixture
def two_machines(tmp_path: Path) -> tuple[Path, Path]:
    first = checkout(tmp_path / "alder" / "factcheck")
    second = tmp_path / "saltmere" / "home" / "desk" / "work"
    second.parent.mkdir(parents=True)
    shutil.copytree(first, second)
    return first, second


def test_two_checkouts_write_the_same_claims_files(run_main, monkeypatch, two_machines):
    first, second = two_machines
    extract_from(run_main, monkeypatch, first)
    extract_from(run_main, monkeypatch, second)
    assert claims_of(first) == claims_of(second)
    assert sorted(claims_of(first)) == ["council-2031-03-06.json", "sport__pier.json", "world__pier.json"]


def test_articles_sharing_a_stem_are_named_relative_to_the_sources_folder(
    run_main, monkeypatch, two_machines
):
    first, _ = two_machines
    extract_from(run_main, monkeypatch, first)
    assert b'"id": "world/pier"' in claims_of(first)["world__pier.json"]
    assert b'"path": "sources/world/pier.md"' in claims_of(first)["world__pier.json"]


def test_a_run_from_inside_the_sources_folder_writes_the_same_files(run_main, monkeypatch, two_machines):
    first, second = two_machines
    extract_from(run_main, monkeypatch, first)
    extract_from(run_main, monkeypatch, second / "sources")
    assert claims_of(first) == claims_of(second)


def test_a_run_naming_the_folder_by_its_absolute_path_writes_the_same_names(
    run_main, monkeypatch, two_machines
):
    first, second = two_machines
    extract_from(run_main, monkeypatch, first)
    outside = second.parent.parent
    extract_from(
        run_main, monkeypatch, outside, str(second / "sources"), "--claims-dir", str(second / "claims")
    )
    assert sorted(claims_of(second)) == sorted(claims_of(first))


def test_after_a_run_from_inside_the_sources_folder_the_project_root_finds_nothing_to_change(
    run_main, monkeypatch, two_machines
):
    first, _ = two_machines
    extract_from(run_main, monkeypatch, first / "sources")
    monkeypatch.chdir(first)
    before = claims_of(first)
    assert run_main("extract").stderr.count("unchanged") == len(before)
