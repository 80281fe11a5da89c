"""The corpus index: a cache of what extraction understood, never the record."""

from __future__ import annotations

import os
import sqlite3
import threading
from pathlib import Path

import pytest

from factcheck.lexicon import load_lexicon
from factcheck.sources import load_sources
from factcheck.store import index as index_module
from factcheck.store.extractions import load_extractions
from factcheck.store.index import INDEX_FILE

CACHE = Path("cache")  # set in factcheck.toml by the `articles` fixture
ARTICLES = {
    "sources/council.md": (
        "Mayor Lena Horvath of Port Alder opened the harbour bridge on Tuesday.\n"
        "The bridge cost $40 million and took three years to build.\n"
    ),
    "sources/wire.md": (
        "Mayor Lena Horvat opened the Port Alder harbour bridge.\n"
        "The crossing cost $45 million, officials said.\n"
    ),
    "sources/weekly.md": (
        "Former mayor Lena Horvath attended the opening of the harbour bridge in Port Alder.\n"
        "About 2,000 people watched, police said.\n"
    ),
}


def written_with_cache(write_article, workdir: Path, articles: dict[str, str]) -> list[Path]:
    """The articles, written in a project whose cache is the folder CACHE."""
    (workdir / "factcheck.toml").write_text(f'cache-dir = "{CACHE}"\n', encoding="utf-8")
    return [write_article(name, text, published="2031-05-06") for name, text in articles.items()]


@pytest.fixture
def articles(write_article, workdir) -> list[Path]:
    return written_with_cache(write_article, workdir, ARTICLES)


def report(run_cli, *args: str) -> str:
    return run_cli("check", "--format", "json", *args).stdout


def rows(cache: Path = CACHE) -> int:
    with sqlite3.connect(cache / INDEX_FILE) as connection:
        return connection.execute("SELECT COUNT(*) FROM extractions").fetchone()[0]


def forget_runs(cache: Path = CACHE) -> None:
    """Drop the run cache, so that the next run reads the extractions back (see test_run_cache)."""
    with sqlite3.connect(cache / INDEX_FILE) as connection:
        connection.execute("DELETE FROM runs")


def test_a_check_keeps_each_article_in_the_index(run_cli, articles):
    run_cli("check", "sources")
    assert rows() == len(articles)


def test_a_check_from_the_index_reports_what_a_check_without_it_reports(run_cli, articles):
    fresh = report(run_cli, "--no-cache", "sources")
    assert report(run_cli, "sources") == fresh  # fills the index
    forget_runs()
    assert report(run_cli, "sources") == fresh  # reads it back


def test_no_cache_leaves_no_cache_folder(run_cli, articles):
    run_cli("check", "--no-cache", "sources")
    assert not CACHE.exists()


def test_the_cache_folder_tells_git_and_backups_to_leave_it_alone(run_cli, articles):
    run_cli("check", "sources")
    assert (CACHE / ".gitignore").read_text(encoding="utf-8").splitlines()[-1] == "*"
    assert (
        (CACHE / "CACHEDIR.TAG")
        .read_text(encoding="utf-8")
        .startswith("Signature: 8a477f597d28d172789f06886806bc55")
    )


def test_the_cache_dir_setting_chooses_the_folder(run_cli, articles, workdir):
    run_cli("check", "sources")
    assert (workdir / "cache" / INDEX_FILE).is_file()


def test_the_cache_dir_option_wins_over_the_setting(run_cli, articles, workdir):
    run_cli("check", "--cache-dir", "elsewhere", "sources")
    assert (workdir / "elsewhere" / INDEX_FILE).is_file()
    assert not (workdir / "cache").exists()


def test_by_default_the_cache_is_the_projects_folder_in_the_user_cache(run_cli, write_article, workdir):
    write_article("sources/council.md", ARTICLES["sources/council.md"], published="2031-05-06")
    run_cli("check", "sources")
    indexes = list((Path(os.environ["FACTCHECK_CACHE_DIR"]) / "projects").glob(f"*/{INDEX_FILE}"))
    assert len(indexes) == 1 and indexes[0].parent.name.startswith(workdir.name[:40])


def test_by_default_nothing_is_written_into_the_project(run_cli, write_article, workdir):
    write_article("sources/council.md", ARTICLES["sources/council.md"], published="2031-05-06")
    before = sorted(p.name for p in workdir.rglob("*"))
    run_cli("check", "sources")
    assert sorted(p.name for p in workdir.rglob("*")) == before


def test_an_edited_article_is_read_afresh_not_from_its_old_row(run_cli, articles):
    run_cli("check", "sources")
    articles[1].write_text(articles[1].read_text(encoding="utf-8").replace("$45 million", "$40 million"))
    assert report(run_cli, "sources") == report(run_cli, "--no-cache", "sources")


def test_an_index_built_article_by_article_in_any_order_gives_the_fresh_report(run_cli, articles, workdir):
    fresh = report(run_cli, "--no-cache", "sources")
    names = [str(p.relative_to(workdir)) for p in articles]
    for order, folder in (
        (names, "forward"),
        (names[::-1], "backward"),
        ([names[1], names[0], names[2]], "mixed"),
    ):
        for count in range(1, len(order) + 1):
            run_cli("check", "--cache-dir", folder, *order[:count])
        forget_runs(Path(folder))
        assert report(run_cli, "--cache-dir", folder, "sources") == fresh


def test_rows_of_another_extractor_are_dropped_and_extracted_again(run_cli, articles, monkeypatch):
    run_cli("check", "sources")
    monkeypatch.setattr(index_module, "extractor_stamp", lambda: "another-extractor")
    fresh = report(run_cli, "--no-cache", "sources")
    assert report(run_cli, "sources") == fresh
    with sqlite3.connect(CACHE / INDEX_FILE) as connection:
        stamps = {row[0] for row in connection.execute("SELECT stamp FROM extractions")}
    assert stamps == {"another-extractor"}


def test_a_damaged_index_is_rebuilt(run_cli, articles):
    run_cli("check", "sources")
    (CACHE / INDEX_FILE).write_bytes(b"this is not a database" * 100)
    assert report(run_cli, "sources") == report(run_cli, "--no-cache", "sources")
    assert rows() == len(articles)


def test_a_run_killed_while_writing_leaves_the_index_as_it_was(run_cli, articles):
    run_cli("check", "sources")
    connection = sqlite3.connect(CACHE / INDEX_FILE, isolation_level=None)
    connection.execute("BEGIN IMMEDIATE")
    connection.execute("UPDATE extractions SET claims = x'00'")
    connection.close()  # never committed, as when the process dies mid-way
    forget_runs()
    assert report(run_cli, "sources") == report(run_cli, "--no-cache", "sources")


def test_a_damaged_row_is_extracted_again(run_cli, articles):
    run_cli("check", "sources")
    with sqlite3.connect(CACHE / INDEX_FILE) as connection:
        connection.execute("UPDATE extractions SET claims = x'789c0300000000'")  # zlib of nothing
    forget_runs()
    assert report(run_cli, "sources") == report(run_cli, "--no-cache", "sources")


def test_a_cache_folder_that_cannot_be_made_is_done_without(run_cli, articles, workdir):
    (workdir / "blocked").write_text("a file, not a folder\n", encoding="utf-8")
    result = run_cli("check", "--format", "json", "--cache-dir", "blocked/cache", "sources")
    assert result.exit_code in (0, 1)
    assert result.stdout == report(run_cli, "--no-cache", "sources")


def test_two_runs_at_once_share_the_index(articles, workdir):
    sources = load_sources(articles)
    lexicon = load_lexicon()
    results: list[object] = []

    def run() -> None:
        results.append(load_extractions(sources, lexicon, cache=workdir / "shared-cache"))

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == 2 and results[0] == results[1]
    assert rows(workdir / "shared-cache") == len(articles)


def test_an_index_of_another_schema_is_rebuilt(run_cli, articles):
    run_cli("check", "sources")
    with sqlite3.connect(CACHE / INDEX_FILE) as connection:
        connection.execute("UPDATE meta SET value = '0' WHERE key = 'schema'")
    assert report(run_cli, "sources") == report(run_cli, "--no-cache", "sources")
    with sqlite3.connect(CACHE / INDEX_FILE) as connection:
        assert connection.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()[0] != "0"
    assert rows() == len(articles)


def test_clean_removes_the_cache(run_cli, articles):
    run_cli("check", "sources")
    result = run_cli("clean")
    assert result.exit_code == 0 and "removed the cache" in result.stderr
    assert not CACHE.exists()


def test_clean_removes_the_default_cache_of_the_project(run_cli, write_article):
    write_article("sources/council.md", ARTICLES["sources/council.md"], published="2031-05-06")
    run_cli("check", "sources")
    run_cli("clean")
    assert not list((Path(os.environ["FACTCHECK_CACHE_DIR"]) / "projects").glob(f"*/{INDEX_FILE}"))


def test_clean_leaves_files_factcheck_did_not_write(run_cli, articles, workdir):
    run_cli("check", "--cache-dir", "shared", "sources")
    (workdir / "shared" / "notes.txt").write_text("kept by someone else\n", encoding="utf-8")
    run_cli("clean", "--cache-dir", "shared")
    assert sorted(p.name for p in (workdir / "shared").iterdir()) == ["notes.txt"]


def test_clean_of_a_folder_without_a_cache_removes_nothing(run_cli, articles, workdir):
    result = run_cli("clean", "--cache-dir", "sources")
    assert result.exit_code == 0 and "no cache" in result.stderr
    assert len(list((workdir / "sources").iterdir())) == len(articles)


def test_a_cleaned_cache_gives_the_same_report(run_cli, articles):
    before = report(run_cli, "sources")
    run_cli("clean")
    assert report(run_cli, "sources") == before


def partitions(cache: Path = CACHE) -> int:
    with sqlite3.connect(cache / INDEX_FILE) as connection:
        return connection.execute("SELECT COUNT(*) FROM partitions").fetchone()[0]


def test_a_corpus_that_grew_is_reported_as_a_fresh_run_reports_it(run_cli, articles, write_article):
    run_cli("check", "sources")
    write_article(
        "sources/late.md",
        "Mayor Lena Horvath said the Port Alder bridge cost $45 million in the end.\n",
        published="2031-05-08",
    )
    assert report(run_cli, "sources") == report(run_cli, "--no-cache", "sources")
    assert partitions() == 2  # the corpus before and after


def test_a_target_outside_the_corpus_is_resolved_against_its_kept_partition(run_cli, articles, write_article):
    run_cli("check", "sources")
    write_article(
        "new/submission.md", "Mayor Lena Horvat opened the bridge in Port Alder.\n", published="2031-05-09"
    )
    checked = report(run_cli, "--context", "sources", "new/submission.md")
    assert checked == report(run_cli, "--no-cache", "--context", "sources", "new/submission.md")


def test_config_says_where_the_cache_is_kept(run_cli, articles):
    assert "# the cache (corpus index) is kept in cache" in run_cli("config").stdout


# --- what an extraction in the index depends on ------------------------------------------------------


@pytest.fixture
def package_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the factcheck package that the stamps read instead of the installed one."""
    import shutil

    from factcheck.store import stamps

    copy = tmp_path / "factcheck"
    shutil.copytree(Path(stamps.__file__).parents[1], copy, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(stamps.resources, "files", lambda name: tmp_path / name.replace(".", "/"))
    stamps.extractor_stamp.cache_clear()
    yield copy
    stamps.extractor_stamp.cache_clear()


def stamp_after(edit: Path) -> tuple[str, str]:
    from factcheck.store.stamps import extractor_stamp

    before = extractor_stamp()
    edit.write_text(edit.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    extractor_stamp.cache_clear()
    return before, extractor_stamp()


def test_an_edit_of_the_extractors_code_retires_the_extractions_it_made(package_copy: Path) -> None:
    before, after = stamp_after(package_copy / "extract" / "recurring.py")
    assert before != after


def test_an_edit_of_a_word_list_retires_the_extractions_too(package_copy: Path) -> None:
    before, after = stamp_after(package_copy / "data" / "measures.tsv")
    assert before != after


def test_an_edit_of_a_rule_keeps_the_extractions(package_copy: Path) -> None:
    before, after = stamp_after(package_copy / "rules" / "spelling.py")
    assert before == after
