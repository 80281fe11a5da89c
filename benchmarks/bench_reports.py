"""How long each report format takes to render, and how large it is, for a whole archive.

The check runs once (with the cache in a temporary folder, so nothing of the user's is touched);
then every format renders the same result, best of `--repeat`, into memory:

    .venv/bin/python benchmarks/bench_reports.py [--corpus bbc|ecbplus] [--repeat 3]

The terminal report is rendered as a pipe would get it (no colour, 100 columns).
"""

from __future__ import annotations

import argparse
import io
import os
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from _corpora import best_of, corpus_folder, describe_setup, print_table

from factcheck.config import Config
from factcheck.lexicon import load_lexicon
from factcheck.model import CheckResult
from factcheck.policy.check import CheckRequest, run_check
from factcheck.report import FORMATS, reporter


def checked(folder: Path, cache: Path) -> tuple[float, CheckResult]:
    lexicon = load_lexicon()
    request = CheckRequest(
        config=Config(), targets=(), context=str(folder), registry=None, claims=None,
        lexicon=lexicon, jobs=os.cpu_count() or 1, cache=cache,
    )  # fmt: skip
    started = time.perf_counter()
    outcome = run_check(request)
    return time.perf_counter() - started, outcome.result


def rendered(fmt: str, result: CheckResult) -> str:
    out = io.StringIO()
    reporter(fmt)(result, out)
    return out.getvalue()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", choices=("bbc", "ecbplus"), default="bbc")
    parser.add_argument("--repeat", type=int, default=3)
    arguments = parser.parse_args(argv)
    folder = corpus_folder(arguments.corpus)
    os.environ.update({"NO_COLOR": "1", "COLUMNS": "100"})
    print(describe_setup())
    with tempfile.TemporaryDirectory() as cache:
        seconds, result = checked(folder, Path(cache))
    print(f"check of {len(result.sources):,} articles: {seconds:.1f} s, {len(result.findings):,} findings\n")
    rows = []
    for fmt in FORMATS:
        best, text = best_of(arguments.repeat, lambda fmt=fmt: rendered(fmt, result))
        rows.append([fmt, f"{best:.2f}", f"{len(text.encode()) / 1e6:.2f}", f"{text.count(chr(10)):,}"])
    print_table(["format", "render s", "MB", "lines"], rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
