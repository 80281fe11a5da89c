"""Hostile articles and paths: nothing lost, nothing hung, one clear line every time."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pytest

from factcheck.config import ConfigError, load_config
from factcheck.errors import SourceError
from factcheck.extract.date_phrases import find_dates
from factcheck.sources import load_corpus, load_source, read_text

OPENING = "Governor Tomas Reyfield opened the new ferry terminal in Brackwater on Monday.\n"
ECHO = "The Brackwater ferry terminal was opened by Governor Tomas Reyfeld on Monday.\n"
RELATIVE = (
    "Governor Tomas Reyfield opened the terminal last year. The council met last Monday and meets "
    "again next Monday. Two days later the storm hit. Yesterday the harbour closed; next month it "
    "reopens, and the vote is set for next year. The flood hit Brackwater in March.\n"
)


def one_error_line(result) -> str:
    assert result.code == 2, (result.code, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "internal error" not in lines[0]
    return lines[0]


# --- folders that cannot be read, symlinks that lead out --------------------------------------------


def test_an_unreadable_subfolder_is_an_input_error_naming_it(run_main, write_article, workdir, monkeypatch):
    write_article("sources/city/terminal.md", OPENING, published="2025-04-07")
    write_article("sources/embargoed/draft.md", ECHO, published="2025-04-08")
    real_scandir = os.scandir

    def scandir(path: object = ".") -> object:
        if str(path).endswith("embargoed"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", scandir)
    line = one_error_line(run_main("check"))
    assert "sources/embargoed: cannot read folder (Permission denied)" in line


def test_a_symlink_to_a_file_outside_the_folder_is_not_read(run_main, write_article, workdir):
    secret = write_article(
        "private/passwords.txt", "root:hunter2 is the password of Governor Tomas Reyfield.\n"
    )
    write_article("sources/terminal.md", OPENING, published="2025-04-07")
    (workdir / "sources" / "leak.txt").symlink_to(secret)
    result = run_main("extract")
    assert result.code == 0, result.stderr
    assert sorted(p.name for p in (workdir / "claims").iterdir()) == ["terminal.json"]
    assert "hunter2" not in (workdir / "claims" / "terminal.json").read_text(encoding="utf-8")


def test_skipped_symlinks_are_reported_once_on_stderr(run_main, write_article, workdir):
    write_article("sources/terminal.md", OPENING, published="2025-04-07")
    for name in ("one", "two", "three"):
        target = write_article(f"elsewhere/{name}.md", ECHO)
        (workdir / "sources" / f"{name}.md").symlink_to(target)
    result = run_main("check")
    notes = [line for line in result.stderr.splitlines() if "symlink" in line]
    assert notes == ["factcheck: skipped 3 symlinks pointing outside sources/"]


def test_a_symlink_inside_the_folder_is_still_read(write_article, workdir):
    write_article("sources/2025/terminal.md", OPENING, published="2025-04-07")
    (workdir / "sources" / "latest.md").symlink_to(workdir / "sources" / "2025" / "terminal.md")
    corpus = load_corpus(["sources"])
    assert sorted(s.id for s in corpus.sources) == ["latest", "terminal"]
    assert corpus.outside_links == ()


def test_a_symlink_named_on_the_command_line_is_read(run_main, write_article, workdir):
    target = write_article("elsewhere/echo.md", ECHO, published="2025-04-08")
    write_article("sources/terminal.md", OPENING, published="2025-04-07")
    (workdir / "wire.md").symlink_to(target)
    result = run_main("check", "--format", "json", "wire.md")
    assert result.code in (0, 1), result.stderr
    assert [s["path"] for s in json.loads(result.stdout)["sources"]] == ["wire.md"]


def test_a_named_pipe_is_refused_without_waiting_for_a_writer(run_main, workdir):
    os.mkfifo(workdir / "feed.md")
    line = one_error_line(run_main("check", "feed.md"))
    assert "feed.md: not a regular file" in line


# --- article size ---------------------------------------------------------------------------------


def test_an_article_over_the_size_limit_is_refused_naming_it(run_main, workdir):
    (workdir / "sources").mkdir()
    with (workdir / "sources" / "dump.md").open("wb") as huge:
        huge.truncate(64 * 1024 * 1024)  # sparse: refused before a byte is read
    line = one_error_line(run_main("check"))
    assert "sources/dump.md" in line and "max-article-size" in line


def test_the_size_is_checked_before_the_file_is_read(tmp_path, monkeypatch):
    article = tmp_path / "long.md"
    article.write_text(OPENING * 100, encoding="utf-8")

    def no_reading(*args: object, **kwargs: object) -> None:
        raise AssertionError("the file was opened")

    monkeypatch.setattr(Path, "open", no_reading)
    with pytest.raises(SourceError, match="more than max-article-size"):
        read_text(article, max_size=1000)


def test_the_cli_option_raises_the_size_limit(run_main, write_article):
    write_article("sources/terminal.md", OPENING * 40, published="2025-04-07")
    assert run_main("check", "--max-article-size", "1KB").code == 2
    assert run_main("check", "--max-article-size", "8KB").code == 0


def test_the_size_limit_is_read_from_the_configuration(workdir):
    (workdir / "factcheck.toml").write_text('max-article-size = "512KB"\n', encoding="utf-8")
    assert load_config(workdir / "factcheck.toml").max_article_size == 512 * 1024


def test_the_size_limit_may_be_a_plain_number_of_bytes(workdir):
    (workdir / "factcheck.toml").write_text("max-article-size = 300000\n", encoding="utf-8")
    assert load_config(workdir / "factcheck.toml").max_article_size == 300_000


def test_a_size_limit_that_is_not_a_size_is_a_config_error_with_its_line(workdir):
    (workdir / "factcheck.toml").write_text(
        'fail-on = "error"\nmax-article-size = "huge"\n', encoding="utf-8"
    )
    with pytest.raises(ConfigError, match=r"factcheck\.toml:2: max-article-size must be"):
        load_config(workdir / "factcheck.toml")


def test_a_misspelt_size_key_gets_a_did_you_mean(workdir):
    (workdir / "factcheck.toml").write_text('max-article-sise = "1MB"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="did you mean 'max-article-size'"):
        load_config(workdir / "factcheck.toml")


# --- dates that cannot be dates, dates at the ends of the calendar --------------------------------


def test_an_impossible_published_date_is_one_line_naming_file_and_key(run_main, write_article):
    write_article("sources/terminal.md", OPENING, published="2025-13-45")
    line = one_error_line(run_main("check"))
    assert "sources/terminal.md: front matter 'published' is not a date: '2025-13-45'" in line


def test_an_impossible_date_under_the_date_key_names_that_key(run_main, write_article):
    write_article("sources/terminal.md", OPENING, date="2025-02-30")
    line = one_error_line(run_main("check"))
    assert "front matter 'date' is not a date" in line


def test_an_impossible_date_in_another_key_is_left_as_text(write_article):
    path = write_article("terminal.md", OPENING, published="2025-04-07", updated="2025-13-45")
    assert load_source(path).published == date(2025, 4, 7)


@pytest.mark.parametrize("published", ["0001-01-01", "0001-01-03", "9999-12-30", "9999-12-31"])
def test_relative_phrases_in_an_article_dated_at_the_calendars_ends_do_not_crash(
    run_main, write_article, published
):
    write_article("sources/storm.md", RELATIVE, published=published)
    write_article("sources/terminal.md", OPENING, published="2025-04-07")
    result = run_main("check", "--format", "json")
    assert result.code in (0, 1), result.stderr


def test_an_anchor_in_year_one_leaves_relative_phrases_unresolved():
    found = find_dates(RELATIVE, 0, len(RELATIVE), date(1, 1, 3))
    assert "relative" not in {f.pattern for f in found}
    assert [f.past for f in found if f.pattern == "weekday"] == ["Monday", "Monday"]


def test_an_anchor_in_year_9999_leaves_weekdays_as_names():
    found = find_dates(RELATIVE, 0, len(RELATIVE), date(9999, 12, 31))
    assert [f.past for f in found if f.pattern == "weekday"] == ["Monday", "Monday"]


# --- file names and ids that could break a line or a file system ---------------------------------


def test_a_file_name_that_is_not_utf8_is_shown_escaped_in_the_json_report(run_main, write_article, workdir):
    write_article("sources/terminal.md", OPENING, published="2025-04-07")
    (workdir / "sources" / os.fsdecode(b"caf\xe9.md")).write_text(ECHO, encoding="utf-8")
    result = run_main("check", "--format", "json")
    assert result.code in (0, 1), result.stderr
    assert "sources/caf\\xe9.md" in [s["path"] for s in json.loads(result.stdout)["sources"]]


@pytest.mark.parametrize("fmt", ["json", "sarif", "gitlab", "full", "junit", "markdown", "html"])
def test_a_report_quoting_a_file_name_that_is_not_utf8_is_written(run_main, write_article, workdir, fmt):
    write_article("sources/terminal.md", OPENING, published="2025-04-07")
    (workdir / "sources" / os.fsdecode(b"d\xfcnn.md")).write_text(ECHO, encoding="utf-8")
    result = run_main("check", "--format", fmt, "-o", os.fsdecode(b"r\xe9port.out"))
    assert result.code in (0, 1), result.stderr
    written = (workdir / os.fsdecode(b"r\xe9port.out")).read_text(encoding="utf-8")
    assert "xfcnn" in written  # the byte that is not UTF-8, escaped as \xfc


def test_a_claims_file_is_written_for_a_file_name_that_is_not_utf8(run_main, workdir):
    (workdir / "sources").mkdir()
    (workdir / "sources" / os.fsdecode(b"caf\xe9.md")).write_text(OPENING, encoding="utf-8")
    result = run_main("extract")
    assert result.code == 0, result.stderr
    claims = json.loads((workdir / "claims" / "caf%5Cxe9.json").read_text(encoding="utf-8"))
    assert claims["source"]["path"] == "sources/caf\\xe9.md"


def test_a_line_break_in_a_file_name_is_escaped_in_the_error_line(run_main, workdir):
    (workdir / "sources").mkdir()
    (workdir / "sources" / "bad\nname.md").write_bytes(b"\x00\x01binary")
    line = one_error_line(run_main("check"))
    assert "sources/bad\\nname.md: binary file" in line


def test_a_carriage_return_in_a_file_name_cannot_forge_a_line(run_main, workdir):
    (workdir / "sources").mkdir()
    (workdir / "sources" / "x\rfactcheck: all clear.md").write_bytes(b"\xff\xfe")
    line = one_error_line(run_main("check"))
    assert "\r" not in line and "x\\rfactcheck: all clear.md" in line


def test_a_nul_in_a_front_matter_id_is_one_line_naming_the_file(run_main, write_article):
    write_article("sources/terminal.md", OPENING, published="2025-04-07", id='"ferry\\0terminal"')
    line = one_error_line(run_main("check"))
    assert "sources/terminal.md: front matter 'id' holds the control character" in line


def test_an_id_too_long_for_a_file_name_still_gets_a_claims_file(run_main, write_article, workdir):
    write_article("sources/terminal.md", OPENING, published="2025-04-07", id="ferry-" * 80)
    result = run_main("extract")
    assert result.code == 0, result.stderr
    [claims] = (workdir / "claims").iterdir()
    assert len(claims.name.encode()) < 200 and claims.name.startswith("ferry-ferry-")


# --- git options ----------------------------------------------------------------------------------


def test_a_changed_since_value_that_looks_like_an_option_is_a_usage_error(run_main, write_article):
    write_article("sources/terminal.md", OPENING, published="2025-04-07")
    line = one_error_line(run_main("check", "--changed-since=--output=/tmp/owned"))
    assert "cannot begin with '-'" in line
    assert not Path("/tmp/owned").exists()
