"""Exit codes beyond findings and errors: Ctrl-C is 130, a reader that stops reading a quiet 141."""

from __future__ import annotations

import importlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import click
import pytest

from factcheck.cli.common import EXIT_BROKEN_PIPE, EXIT_CODES_HELP, EXIT_FINDINGS, EXIT_INTERRUPTED

CHECK_MODULE = importlib.import_module("factcheck.cli.check")  # the module, not its command
FACTCHECK = Path(sys.executable).with_name("factcheck")
TOWNS = ("Velmora", "Port Alder", "Saltmere")


def invented_corpus(folder: Path, count: int) -> Path:
    """`count` short invented articles that disagree on a title, enough to keep a run busy."""
    folder.mkdir()
    for number in range(count):
        town = TOWNS[number % len(TOWNS)]
        title = "Mayor" if number % 2 else "Deputy Mayor"
        (folder / f"report-{number:04d}.md").write_text(
            f"---\npublished: 2031-03-{number % 27 + 1:02d}\n---\n\n"
            f"{title} Mara Velden of {town} said on Tuesday that {number + 12} people had left the "
            f"harbour. Oren Vasko of the Harbour Council said {number + 40} boats were moored.\n",
            encoding="utf-8",
        )
    return folder


def started(args: list[str], cwd: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "100"}
    env.pop("FACTCHECK_DEBUG", None)
    return subprocess.Popen(
        [str(FACTCHECK), *args], cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )


def test_ctrl_c_during_a_check_exits_130_with_one_line_and_no_traceback(tmp_path: Path):
    corpus = invented_corpus(tmp_path / "archive", 1500)
    process = started(["check", "--isolated", "--no-cache", "-j", "1", str(corpus)], tmp_path)
    time.sleep(3.0)  # past the imports, into reading and extracting the articles
    assert process.poll() is None, "the check ended before it could be interrupted"
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == EXIT_INTERRUPTED
    assert stderr.decode() == "factcheck: interrupted\n"


@pytest.mark.parametrize("output_format", ["full", "json", "sarif", "junit"])
def test_a_closed_pipe_exits_141_without_a_word(tmp_path: Path, output_format: str):
    corpus = invented_corpus(tmp_path / "archive", 4)
    process = started(
        ["check", "--isolated", "--no-cache", "--output-format", output_format, str(corpus)], tmp_path
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # the reader is gone before factcheck writes its report, as `| head` does
    stderr = process.stderr.read()
    assert process.wait(timeout=60) == EXIT_BROKEN_PIPE
    assert stderr == b""


def test_a_closed_pipe_is_neither_findings_nor_an_error():
    assert EXIT_BROKEN_PIPE not in (EXIT_FINDINGS, 2) and EXIT_INTERRUPTED not in (EXIT_FINDINGS, 2)


def test_an_interrupt_inside_a_command_is_130(run_main, monkeypatch):
    def interrupted(*_: object, **__: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(CHECK_MODULE, "settings", interrupted)
    result = run_main("check")
    assert result.code == EXIT_INTERRUPTED
    assert result.stderr == "factcheck: interrupted\n"


def test_an_aborted_prompt_is_130_too(run_main, monkeypatch):
    def aborted(*_: object, **__: object) -> None:
        raise click.Abort  # what click raises for Ctrl-C or end of input at a prompt

    monkeypatch.setattr(CHECK_MODULE, "settings", aborted)
    result = run_main("check")
    assert (result.code, result.stderr) == (EXIT_INTERRUPTED, "factcheck: interrupted\n")


def test_help_documents_130_and_141(run_cli):
    assert "130" in EXIT_CODES_HELP and "141" in EXIT_CODES_HELP
    assert "130 when interrupted" in " ".join(run_cli("check", "--help").stdout.split())
