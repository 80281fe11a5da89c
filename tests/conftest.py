"""Shared helpers: temporary articles on disk, the pipeline over them, and the command line."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from factcheck.cli import cli, main
from factcheck.graph.build import analyse
from factcheck.lexicon import Lexicon, load_lexicon
from factcheck.model import Finding, Registry, Source
from factcheck.rules import RuleContext, run_rules
from factcheck.sources import load_source

CLI_ENV = {"NO_COLOR": "1", "COLUMNS": "100", "TERM": "dumb"}


def front_matter(fields: dict[str, object]) -> str:
    lines = [f"{key}: {value}" for key, value in fields.items()]
    return "---\n" + "\n".join(lines) + "\n---\n" if lines else ""


@pytest.fixture(autouse=True)
def user_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user's cache folder of every test is a temporary one, never the real ~/.cache."""
    folder = tmp_path_factory.mktemp("user-cache")
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(folder))
    return folder


@pytest.fixture(scope="session")
def lexicon() -> Lexicon:
    """The built-in word lists, loaded once for the whole session."""
    return load_lexicon()


def findings_of(
    sources: list[Source], lexicon: Lexicon, registry: Registry | None = None
) -> tuple[Finding, ...]:
    """The findings of the built-in rules over loaded sources, as `factcheck check` runs them."""
    analysis = analyse(sources, lexicon, None, registry)
    return run_rules(RuleContext(analysis.graph, lexicon, registry))


@pytest.fixture
def write_article(tmp_path: Path) -> Callable[..., Path]:
    """Write an article file under the test's folder; front matter only when fields are given."""

    def write(
        name: str,
        text: str,
        *,
        published: str | date | None = None,
        folder: Path | None = None,
        **fields: object,
    ) -> Path:
        meta = dict(fields)
        if published is not None:
            meta = {"published": published, **meta}
        path = (folder or tmp_path) / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(front_matter(meta) + text, encoding="utf-8", newline="")
        return path

    return write


@pytest.fixture
def make_source(write_article: Callable[..., Path]) -> Callable[..., Source]:
    """Write `text` to <id><suffix> (front matter when `published` or other fields are given) and load it."""

    def make(
        text: str,
        *,
        published: str | date | None = None,
        id: str = "a",
        suffix: str = ".md",
        **fields: object,
    ) -> Source:
        return load_source(write_article(id + suffix, text, published=published, **fields))

    return make


@pytest.fixture
def findings_for(make_source: Callable[..., Source], lexicon: Lexicon) -> Callable[..., tuple[Finding, ...]]:
    """Findings of the built-in rules over articles given as (text, published) pairs, ids a, b, c..."""

    def run(*articles: tuple[str, str | None]) -> tuple[Finding, ...]:
        sources = [
            make_source(text, published=published, id=chr(ord("a") + i))
            for i, (text, published) in enumerate(articles)
        ]
        return findings_of(sources, lexicon)

    return run


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run from the test's folder, so that relative paths and the default claims/ folder are its own."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
def run_cli(workdir: Path) -> Callable[..., Result]:
    """Invoke the click group in-process with no colour and a fixed width."""

    def invoke(*args: str) -> Result:
        return CliRunner(env=CLI_ENV).invoke(cli, list(args), catch_exceptions=False)

    return invoke


@dataclass(frozen=True)
class Exit:
    code: int
    stdout: str
    stderr: str


@pytest.fixture
def run_main(
    workdir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Callable[..., Exit]:
    """Call the real entry point `factcheck.cli.main`, which turns errors into exit status 2."""
    for key, value in CLI_ENV.items():
        monkeypatch.setenv(key, value)
    monkeypatch.delenv("FACTCHECK_DEBUG", raising=False)

    def invoke(*args: str) -> Exit:
        capsys.readouterr()
        try:
            main(list(args))
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        else:
            code = 0
        out = capsys.readouterr()
        return Exit(code, out.out, out.err)

    return invoke
