"""Extraction on every core: `--jobs N` gives what one process gives, errors included, and draws
no progress bar where nobody watches (a pipe, a CI log)."""

from __future__ import annotations

import dataclasses
import importlib
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from factcheck.lexicon import Lexicon, load_lexicon
from factcheck.store import extract_all

# Enough tiny articles that the pool really starts (fewer are extracted in-process).
STORIES = (
    "President Mara Velden opened the new session of the Harbour Council in Port Alder on {day}.\n",
    "Aides to President-elect Mara Velden declined to comment on the harbour budget on {day}.\n",
    "Oren Vasko, the mayor of Saltmere, said {count} families had moved to Velmora since 2029.\n",
    "The Harbour Council voted {count} to 4 on {day} to close the old ferry pier at Port Alder.\n",
    "Saltmere beat Velmora 3-{score} in the harbour cup final, mayor Oren Vasko said on {day}.\n",
    "Mara Velden, 52, told reporters in Velmora that {count} new homes would be built by 2031.\n",
)
CHECK_COMMAND = importlib.import_module("factcheck.cli.check")  # the module, not the command it defines
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@pytest.fixture
def newsroom(write_article: Callable[..., Path], workdir: Path) -> Path:
    """Forty-two short invented stories, some of them in conflict, dated over a week of 2030."""
    for number in range(42):
        story = STORIES[number % len(STORIES)].format(
            day=DAYS[number % 7], count=120 + number % 5, score=number % 3
        )
        write_article(f"sources/story{number:02d}.md", story, published=f"2030-03-{1 + number % 7:02d}")
    return workdir / "sources"


class TrappedHonorifics(frozenset[str]):
    """Honorifics that fail, as a bug in an extractor would, when one made-up word is looked up."""

    def __contains__(self, word: object) -> bool:
        if word == "Quillon":
            raise RuntimeError("the extractor tripped")
        return frozenset.__contains__(self, word)


def trapped_lexicon() -> Lexicon:
    lexicon = load_lexicon()
    return dataclasses.replace(lexicon, honorifics=TrappedHonorifics(lexicon.honorifics))


def test_two_jobs_give_the_json_report_of_one_byte_for_byte(run_cli, newsroom):
    one = run_cli("check", "--format", "json", "--jobs", "1", "sources")
    two = run_cli("check", "--format", "json", "--jobs", "2", "sources")
    assert json.loads(one.stdout)["findings"], "the corpus should have findings to compare"
    assert two.stdout == one.stdout
    assert two.exit_code == one.exit_code


def test_two_jobs_write_the_claims_files_of_one_byte_for_byte(run_cli, newsroom, workdir):
    run_cli("extract", "--jobs", "1", "--claims-dir", "one", "sources")
    run_cli("extract", "-j", "2", "--claims-dir", "two", "sources")
    one = {p.name: p.read_bytes() for p in (workdir / "one").iterdir()}
    two = {p.name: p.read_bytes() for p in (workdir / "two").iterdir()}
    assert len(one) == 42
    assert two == one


def test_the_pool_returns_extractions_in_the_order_of_the_sources(newsroom, lexicon):
    from factcheck.sources import load_corpus

    sources = load_corpus([newsroom]).sources
    done: list[int] = []
    pooled = extract_all(sources, lexicon, jobs=2, progress=done.append)
    assert pooled == extract_all(sources, lexicon, jobs=1)
    assert sum(done) == len(sources) and len(done) < len(sources)  # told chunk by chunk


def test_an_extractor_error_in_a_worker_exits_2_naming_the_article(run_main, newsroom, monkeypatch):
    (newsroom / "story17.md").write_text("The Quillon bridge reopened on Monday.\n", encoding="utf-8")
    monkeypatch.setattr(CHECK_COMMAND, "load_lexicon", trapped_lexicon)
    result = run_main("check", "--jobs", "2", "sources")
    assert result.code == 2
    assert "RuntimeError: the extractor tripped (while extracting sources/story17.md)" in result.stderr
    assert "Traceback" not in result.stderr


def test_an_extractor_error_reads_the_same_with_one_job(run_main, newsroom, monkeypatch):
    (newsroom / "story17.md").write_text("The Quillon bridge reopened on Monday.\n", encoding="utf-8")
    monkeypatch.setattr(CHECK_COMMAND, "load_lexicon", trapped_lexicon)
    one = run_main("check", "--jobs", "1", "sources")
    two = run_main("check", "--jobs", "2", "sources")
    assert (one.code, one.stderr) == (two.code, two.stderr)


@pytest.mark.parametrize("jobs", ["0", "-3", "many"])
def test_a_number_of_jobs_below_one_is_a_usage_error(run_main, newsroom, jobs):
    result = run_main("check", "--jobs", jobs, "sources")
    assert result.code == 2
    assert "--jobs" in result.stderr


def test_the_configured_number_of_jobs_is_used_and_shown(run_cli, workdir):
    (workdir / "factcheck.toml").write_text("jobs = 3\n", encoding="utf-8")
    assert "jobs = 3  # factcheck.toml" in run_cli("config").stdout


def test_jobs_on_the_command_line_win_over_the_configuration(workdir):
    from factcheck.config import Overrides, find_config, load_config

    (workdir / "factcheck.toml").write_text("jobs = 3\n", encoding="utf-8")
    config = load_config(find_config(workdir)).with_overrides(Overrides(jobs=1))
    assert (config.jobs, config.provenance["jobs"]) == (1, "command line")


def test_a_configured_number_of_jobs_below_one_is_refused_with_its_line(run_main, workdir):
    (workdir / "factcheck.toml").write_text('fail-on = "error"\njobs = 0\n', encoding="utf-8")
    result = run_main("config")
    assert result.code == 2
    assert "factcheck.toml:2: jobs must be at least 1" in result.stderr


def test_a_misspelt_jobs_key_gets_a_hint(run_main, workdir):
    (workdir / "factcheck.toml").write_text("job = 2\n", encoding="utf-8")
    assert "did you mean 'jobs'?" in run_main("config").stderr


def test_no_progress_is_drawn_when_stderr_is_not_a_terminal(run_cli, newsroom):
    result: Result = run_cli("check", "--format", "json", "--jobs", "2", "sources")
    assert result.stderr == ""


def test_a_scheduler_without_the_dask_engine_is_a_usage_error(run_main, newsroom):
    result = run_main("check", "--scheduler", "tcp://127.0.0.1:8786", "sources")
    assert result.code == 2
    assert "--scheduler needs --engine dask" in result.stderr


def test_progress_counts_stored_claims_and_fresh_extractions_alike(newsroom, lexicon, workdir):
    from factcheck.sources import load_corpus
    from factcheck.store import load_extractions, save

    sources = load_corpus([newsroom]).sources
    for source in sources[:20]:  # claims files for the first twenty; the other 22 are extracted
        save(source, extract_all([source], lexicon)[0], workdir / "claims")
    done: list[int] = []
    extractions = load_extractions(sources, lexicon, workdir / "claims", jobs=2, progress=done.append)
    assert sum(done) == len(sources) == len(extractions)
    assert [e.source_id for e in extractions] == [s.id for s in sources]
