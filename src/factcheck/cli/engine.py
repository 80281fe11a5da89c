"""How the commands extract: the options for processes or a Dask cluster, and a progress bar on
stderr while articles are read or extracted, for a person at a terminal only."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

import click

from factcheck.cli.common import Command
from factcheck.store import Cluster, Progress

# Runs with no more articles than this end before a bar would say anything useful.
HANDFUL = 20
# Seconds between redraws: the bar is drawn as it is told, at most this often.
REDRAW = 0.1

JOBS_HELP = "Processes that extract articles at once; 1 extracts in this one [default: one per core]."
ENGINE_HELP = "Extract in local processes, or on a Dask cluster (pip install 'factcheck-news[dask]')."
SCHEDULER_HELP = "The Dask scheduler to use with --engine dask [default: a local cluster of --jobs workers]."


def engine_options(command: Command) -> Command:
    """`--jobs N`, `--engine` and `--scheduler`: the options of the commands that extract articles."""
    for option in reversed(
        (
            click.option("-j", "--jobs", type=click.IntRange(min=1), metavar="N", help=JOBS_HELP),
            click.option(
                "--engine", type=click.Choice(["processes", "dask"]), default="processes", help=ENGINE_HELP
            ),
            click.option("--scheduler", metavar="ADDRESS", help=SCHEDULER_HELP),
        )
    ):  # applied last to first, so that --help lists them in this order
        command = option(command)
    return command


def cluster_of(engine: str, scheduler: str | None, jobs: int) -> Cluster | None:
    """The Dask cluster the options ask for, or None to extract in local processes."""
    if engine != "dask":
        if scheduler is not None:
            raise click.UsageError("--scheduler needs --engine dask")
        return None
    return Cluster(scheduler, jobs)


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
