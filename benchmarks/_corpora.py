"""Shared helpers of the benchmarks: find the shared corpora, pick articles, time calls, print tables."""

from __future__ import annotations

import os
import platform
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn, TypeVar

import factcheck
from factcheck.sources import find_articles

REPO_ROOT = Path(__file__).resolve().parent.parent
# The shared data lives beside the repository, never inside it.
SHARED = REPO_ROOT.parent / "shared"
CORPORA = {
    "bbc": SHARED / "corpora" / "bbc_news_2225",
    "ecbplus": SHARED / "corpora" / "ecbplus",
}

# Runs a command and writes its wall time and peak RSS (KiB) to the file named first. The small
# wrapper starts the command, because on Linux a child's ru_maxrss also counts the memory of the
# process that spawned it, which here would be the benchmark with the whole corpus loaded. The
# command runs as an installed tool does, its modules compiled once: pip compiles them on install,
# and an environment that sets PYTHONDONTWRITEBYTECODE would compile every module on every start.
MEASURE = """\
import os, resource, subprocess, sys, time
env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
started = time.perf_counter()
code = subprocess.call(sys.argv[2:], env=env)
seconds = time.perf_counter() - started
with open(sys.argv[1], "w") as usage:
    usage.write(f"{seconds} {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}")
sys.exit(code)
"""
T = TypeVar("T")


def describe_setup() -> str:
    """Which factcheck is measured (the editable src/ or a snapshot on PYTHONPATH) and on what."""
    return (
        f"factcheck {factcheck.__version__} from {Path(factcheck.__file__).parent}; "
        f"Python {platform.python_version()}, {os.cpu_count()} CPUs"
    )


def skip(reason: str) -> NoReturn:
    """Leave cleanly: a missing corpus is not a failure of the benchmark."""
    print(f"skipped: {reason}")
    sys.exit(0)


def corpus_folder(name: str) -> Path:
    """The corpus folder, or a clean skip when /work/shared (../shared) is not there."""
    if not SHARED.is_dir():
        skip(f"{SHARED} not found (the shared corpora sit in ../shared beside the repository)")
    folder = CORPORA[name]
    if not folder.is_dir():
        skip(f"corpus folder {folder} not found")
    return folder


def corpus_subfolders(folder: Path) -> list[Path]:
    """The category (BBC) or cluster (ECB+) folders that hold the articles."""
    return sorted(p for p in folder.iterdir() if p.is_dir() and not p.name.startswith("."))


def article_files(folder: Path, limit: int | None = None) -> list[Path]:
    """The corpus's articles in sorted order; with a limit, an evenly spread sample of them.

    Only the per-category (BBC) or per-cluster (ECB+) subfolders are searched, so that files
    beside the articles (LICENSEDATA.TXT, CSV and JSON annotations) are never taken as articles.
    Spreading the sample keeps every category in it instead of the first one alone.
    """
    files = find_articles(corpus_subfolders(folder))
    if limit is None or limit >= len(files):
        return files
    return [files[i * len(files) // limit] for i in range(max(limit, 0))]


def best_of(repeat: int, call: Callable[[], T]) -> tuple[float, T]:
    """The shortest wall time of `repeat` calls and the result of the last one."""
    started = time.perf_counter()
    result = call()
    best = time.perf_counter() - started
    for _ in range(repeat - 1):
        started = time.perf_counter()
        result = call()
        best = min(best, time.perf_counter() - started)
    return best, result


def print_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    """A plain, right-aligned text table (first column left-aligned), easy to paste."""
    widths = [max(len(str(cell)) for cell in column) for column in zip(header, *rows, strict=True)]

    def line(cells: Sequence[str]) -> str:
        first, *rest = cells
        return "  ".join(
            [first.ljust(widths[0]), *(c.rjust(w) for c, w in zip(rest, widths[1:], strict=True))]
        )

    print(line(header))
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print(line(row))


def factcheck_command() -> list[str]:
    """The installed console script of this interpreter's environment, else `python -m factcheck`."""
    script = Path(sys.prefix) / "bin" / "factcheck"
    return [str(script)] if script.is_file() else [sys.executable, "-m", "factcheck"]
