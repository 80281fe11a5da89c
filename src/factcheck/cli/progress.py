"""A progress bar on stderr while articles are read or extracted, for a person at a terminal only."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

import click

from factcheck.store import Progress

# Runs with no more articles than this end before a bar would say anything useful.
HANDFUL = 20
# Seconds between redraws: the bar is drawn as it is told, at most this often.
REDRAW = 0.1

Command = TypeVar("Command", bound=Callable[..., object])
JOBS_HELP = "Processes that extract articles at once; 1 extracts in this one [default: one per core]."


def jobs_option(command: Command) -> Command:
    """The `--jobs N` option of the commands that extract articles."""
    return click.option("-j", "--jobs", type=click.IntRange(min=1), metavar="N", help=JOBS_HELP)(command)


def showing_progress() -> bool:
    """Whether a bar is wanted at all: stderr is a terminal (never in CI logs or a pipe)."""
    return sys.stderr.isatty()


@contextmanager
def progress_bar(total: int) -> Iterator[Progress | None]:
    """A callback that moves a transient bar on stderr over `total` articles, or None when stderr
    is not a terminal or the run is too small for a bar."""
    if total <= HANDFUL or not showing_progress():
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (TextColumn("reading articles"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    # No refresh thread: the bar is redrawn by the callback, so no thread runs while workers start.
    with Progress(*columns, console=Console(stderr=True), transient=True, auto_refresh=False) as bar:
        task = bar.add_task("articles", total=total)
        drawn = 0.0

        def advance(done: int) -> None:
            nonlocal drawn
            bar.advance(task, done)
            if time.monotonic() - drawn >= REDRAW:
                bar.refresh()
                drawn = time.monotonic()

        yield advance
