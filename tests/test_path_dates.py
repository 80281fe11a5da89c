"""An undated article takes its publication date from its file path, and says so."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from factcheck.sources import load_source
from factcheck.sources.path_dates import date_in_path


@pytest.mark.parametrize(
    "path",
    [
        "archive/2025/06/23/harbour-bridge.md",
        "archive/2025/6/23/harbour-bridge.md",
        "2025-06-23-harbour-bridge.md",
        "harbour-bridge-2025-06-23.md",
        "harbour_bridge_2025_06_23.txt",
        "20250623-harbour-bridge.html",
        "wire/2025-06-23/harbour-bridge.md",
    ],
)
def test_a_date_written_in_the_path_is_read(path: str) -> None:
    assert date_in_path(path) == date(2025, 6, 23)


@pytest.mark.parametrize(
    "path",
    [
        "business/023.txt",
        "archive/2025/harbour-bridge.md",
        "2025-13-40-harbour-bridge.md",
        "ticket-120250623.md",
        "report-1850-01-01.md",
        "harbour-bridge.md",
    ],
)
def test_a_path_without_a_real_calendar_day_gives_no_date(path: str) -> None:
    assert date_in_path(path) is None


def test_the_date_nearest_the_file_wins() -> None:
    assert date_in_path("2024/01/05/updates/2025-06-23-bridge.md") == date(2025, 6, 23)


def test_an_undated_article_in_a_dated_folder_says_its_date_came_from_the_path(tmp_path: Path) -> None:
    folder = tmp_path / "2025" / "06" / "23"
    folder.mkdir(parents=True)
    (folder / "bridge.md").write_text("The Harlow Bridge reopened to traffic.\n", encoding="utf-8")
    source = load_source(folder / "bridge.md")
    assert (source.published, source.published_from) == (date(2025, 6, 23), "file path")


def test_front_matter_comes_before_the_path(tmp_path: Path) -> None:
    path = tmp_path / "2025-06-23-bridge.md"
    path.write_text("---\npublished: 2025-06-25\n---\nThe Harlow Bridge reopened.\n", encoding="utf-8")
    source = load_source(path)
    assert (source.published, source.published_from) == (date(2025, 6, 25), "front matter")
