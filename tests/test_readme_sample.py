"""The README's sample report is the real output of `factcheck check sources/` on the repository's
sample articles (with its claims/reference.yaml, no colour, 100 columns), so it cannot drift.

The README shows the report's first entity and its summary; one marked line, `[… N lines not
shown …]`, stands for the lines between, and N is checked too. After a change to the report or
the samples, rewrite the block from the real output with

    FACTCHECK_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_readme_sample.py

and read the diff of README.md."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import cli

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
COMMAND = "$ factcheck check sources/"
BLOCK = re.compile(r"```text\n" + re.escape(COMMAND) + r"\n(.*?)```\n", re.DOTALL)
ELIDED = re.compile(r"\[… (\d+) lines not shown …\]")
UPDATE = os.environ.get("FACTCHECK_UPDATE_GOLDEN") == "1"
ENV = {"NO_COLOR": "1", "COLUMNS": "100", "TERM": "dumb", "FORCE_COLOR": None, "TTY_COMPATIBLE": None}


@pytest.fixture
def sample_output(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The report of the README's command, run where the README runs it: the repository's root."""
    monkeypatch.chdir(ROOT)
    result = CliRunner(env=ENV).invoke(cli, ["check", "sources/"], catch_exceptions=False)
    assert result.exit_code == 1, "the samples disagree on purpose: an error finding fails the run"
    return result.stdout.splitlines()


def excerpt(lines: list[str]) -> list[str]:
    """The report's first entity (up to its blank line), the marker, and the summary to the end."""
    head = lines[: lines.index("") + 1]
    tail = lines[lines.index("Summary") :]
    hidden = len(lines) - len(head) - len(tail)
    return [*head, f"[… {hidden} lines not shown …]", *tail]


def test_the_readme_sample_report_is_the_real_output(sample_output: list[str]) -> None:
    readme = README.read_text(encoding="utf-8")
    block = BLOCK.search(readme)
    assert block, f"README.md has no ```text block starting with {COMMAND!r}"
    if UPDATE:
        shown = "\n".join(excerpt(sample_output)) + "\n"
        README.write_text(readme[: block.start(1)] + shown + readme[block.end(1) :], encoding="utf-8")
        return
    shown = block.group(1).splitlines()
    marker = next(i for i, line in enumerate(shown) if ELIDED.fullmatch(line))
    hidden = int(ELIDED.fullmatch(shown[marker]).group(1))  # type: ignore[union-attr]
    head, tail = shown[:marker], shown[marker + 1 :]
    assert len(head) + hidden + len(tail) == len(sample_output), "the marker miscounts the hidden lines"
    assert head == sample_output[: len(head)], "set FACTCHECK_UPDATE_GOLDEN=1 to rewrite the README block"
    assert tail == sample_output[len(sample_output) - len(tail) :], "set FACTCHECK_UPDATE_GOLDEN=1 to rewrite"
