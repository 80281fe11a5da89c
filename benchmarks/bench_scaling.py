"""How the run time of factcheck grows with hostile or huge input: each case at two sizes, and the exponent.

Usage: .venv/bin/python benchmarks/bench_scaling.py [--only CASE,...] [--scale F] [--timeout S]
           [--profile CASE --size N]

For every case an input of size n1 and of size n2 is generated into a temporary folder and checked
in a fresh child process (`factcheck check` through the library: load, extract, resolve, rules,
suppressions, JSON report; the word lists are loaded before the clock starts). The table gives
both times, their ratio and k = log(t2/t1) / log(n2/n1): k near 1 is linear, near 2 quadratic.
A run past --timeout is shown as '>S' (writing the input, and loading the registry of the link case,
are not timed and have their own allowance). The article cases are built from the BBC corpus in
../shared; without it they are skipped with the reason, and so is the registry link case.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import math
import pstats
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from _corpora import CORPORA, SHARED, article_files, describe_setup, print_table
from synthetic_registry import write_registry

from factcheck.config import Config
from factcheck.lexicon import Lexicon, load_lexicon
from factcheck.policy.check import CheckRequest, run_check
from factcheck.report import reporter
from factcheck.resolve.registry import load_registry

# Articles from the corpus checked against the synthetic registry in the link case.
LINKED_ARTICLES = 30


@dataclass(frozen=True, slots=True)
class Case:
    """One kind of input: how to write it at size n, and the two sizes measured by default."""

    name: str
    unit: str
    sizes: tuple[int, int]
    write: Callable[[Path, int], Path]
    needs_corpus: bool = False
    setup: float = 30.0  # seconds allowed on top of --timeout to write the input (and load a registry)


def _text_file(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def bbc_text(size: int) -> str:
    """Whole BBC articles, one after the other, repeated until `size` characters."""
    files = article_files(CORPORA["bbc"])
    parts: list[str] = []
    total = 0
    while total < size:
        for path in files:
            text = path.read_text(encoding="utf-8", errors="replace").strip()
            parts.append(text)
            total += len(text) + 2
            if total >= size:
                break
    return "\n\n".join(parts)[:size]


CASES = (
    Case("dots", "dots", (25_000, 100_000), lambda d, n: _text_file(d, "dots.txt", "." * n)),
    Case(
        "dates",
        "phrases",
        (5_000, 20_000),
        lambda d, n: _text_file(
            d, "dates.txt", "The board met " + "on Monday, March 3, 2025, " * n + "and agreed to sell.\n"
        ),
    ),
    Case(
        "tolls",
        "phrases",
        (2_500, 10_000),
        lambda d, n: _text_file(
            d,
            "tolls.txt",
            "Anna Berg said the blast hit the market, "
            + "killing 12 people and injuring 40, said Tom Hale and Mary Lewis, " * n
            + "officials added.\n",
        ),
    ),
    Case("comments", "openers", (25_000, 100_000), lambda d, n: _text_file(d, "open.md", "<!--" * n)),
    Case("html-comments", "openers", (25_000, 100_000), lambda d, n: _text_file(d, "open.html", "<!--" * n)),
    Case("html-tags", "tags", (25_000, 100_000), lambda d, n: _text_file(d, "tags.html", "<a " * n)),
    Case(
        "articles",
        "characters",
        (250_000, 1_000_000),
        lambda d, n: _text_file(d, "articles.txt", bbc_text(n)),
        needs_corpus=True,
    ),
    Case(
        "paragraph",
        "characters",
        (250_000, 1_000_000),
        lambda d, n: _text_file(d, "paragraph.txt", re.sub(r"\s+", " ", bbc_text(n))),
        needs_corpus=True,
    ),
    Case(
        "sentence",
        "characters",
        (250_000, 1_000_000),
        lambda d, n: _text_file(d, "sentence.txt", re.sub(r"[.!?]", ",", re.sub(r"\s+", " ", bbc_text(n)))),
        needs_corpus=True,
    ),
    Case("registry-check", "entries", (100_000, 1_000_000), lambda d, n: _registry(d, n), setup=120.0),
    Case(
        "registry-link",
        "entries",
        (100_000, 1_000_000),
        lambda d, n: _registry(d, n),
        needs_corpus=True,
        setup=240.0,
    ),
)


def _registry(folder: Path, count: int) -> Path:
    path = folder / "reference.yaml"
    write_registry(path, count)
    return path


def check_article(path: Path, lexicon: Lexicon) -> int:
    """`factcheck check --format json PATH` through the library; the number of findings."""
    outcome = run_check(CheckRequest(Config(), (str(path),), None, None, None, lexicon))
    reporter("json")(outcome.result, io.StringIO())
    return len(outcome.result.findings)


def link_corpus(registry_path: Path, lexicon: Lexicon) -> Callable[[], int]:
    """`factcheck check --reference` over a few corpus articles, the registry loaded beforehand."""
    registry = load_registry(registry_path, lexicon)
    targets = tuple(str(p) for p in article_files(CORPORA["bbc"], LINKED_ARTICLES))

    def run() -> int:
        outcome = run_check(CheckRequest(Config(), targets, None, registry, None, lexicon))
        return len(outcome.result.findings)

    return run


def prepared(case: Case, path: Path, lexicon: Lexicon) -> Callable[[], int]:
    if case.name == "registry-check":
        return lambda: len(load_registry(path, lexicon).entries)
    if case.name == "registry-link":
        return link_corpus(path, lexicon)
    return lambda: check_article(path, lexicon)


def run_child(case_name: str, size: int, profile: bool) -> None:
    """In the child: write the input, warm up, time one run; print seconds and peak RSS as JSON."""
    case = next(c for c in CASES if c.name == case_name)
    lexicon = load_lexicon()
    with tempfile.TemporaryDirectory(prefix="factcheck-scaling-") as temporary:
        call = prepared(case, case.write(Path(temporary), size), lexicon)
        profiler = cProfile.Profile() if profile else None
        started = time.perf_counter()
        result = profiler.runcall(call) if profiler else call()
        seconds = time.perf_counter() - started
    if profiler:
        stats = pstats.Stats(profiler, stream=sys.stderr).strip_dirs().sort_stats("tottime")
        stats.print_stats(25)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"seconds": seconds, "rss_kib": rss, "result": result}))


def measure(case: Case, size: int, timeout: float) -> tuple[float | None, int | None]:
    """Seconds and peak RSS (KiB) of one child run, or None past the timeout."""
    command = [sys.executable, __file__, "--child", case.name, "--size", str(size)]
    try:
        done = subprocess.run(
            command, capture_output=True, text=True, timeout=timeout + case.setup, check=False
        )
    except subprocess.TimeoutExpired:
        return None, None
    if done.returncode != 0:
        sys.exit(f"{case.name} at {size} failed: {done.stderr.strip()[-800:]}")
    found = json.loads(done.stdout.strip().splitlines()[-1])
    seconds = float(found["seconds"])
    return (seconds if seconds <= timeout else None), int(found["rss_kib"])


def shown(seconds: float | None, timeout: float) -> str:
    return f">{timeout:.0f}" if seconds is None else f"{seconds:.2f}"


def row(case: Case, sizes: tuple[int, int], timeout: float) -> list[str]:
    (t1, _), (t2, rss) = measure(case, sizes[0], timeout), measure(case, sizes[1], timeout)
    ratio = exponent = "-"
    if t1 is not None and t2 is not None:
        ratio = f"{t2 / t1:.1f}"
        exponent = f"{math.log(t2 / t1) / math.log(sizes[1] / sizes[0]):.2f}"
    elif t1 is not None:
        ratio = f">{timeout / t1:.1f}"
        exponent = f">{math.log(timeout / t1) / math.log(sizes[1] / sizes[0]):.2f}"
    memory = "-" if rss is None else f"{rss / 1024:.0f}"
    return [case.name, f"{sizes[0]:,}", f"{sizes[1]:,} {case.unit}", shown(t1, timeout), shown(t2, timeout),
            ratio, exponent, memory]  # fmt: skip


def parse_arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    names = ", ".join(c.name for c in CASES)
    parser.add_argument("--only", help=f"comma-separated cases (default all: {names})")
    parser.add_argument("--scale", type=float, default=1.0, help="multiply both sizes of every case")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds allowed to one run")
    parser.add_argument("--profile", metavar="CASE", help="cProfile one run of CASE at --size, top 25")
    parser.add_argument("--size", type=int, help="the size for --profile")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_arguments(argv)
    if args.child or args.profile:
        run_child(args.child or args.profile, args.size, profile=bool(args.profile))
        return 0
    wanted = args.only.split(",") if args.only else [c.name for c in CASES]
    unknown = set(wanted) - {c.name for c in CASES}
    if unknown:
        sys.exit(f"unknown case(s): {', '.join(sorted(unknown))}")
    print(describe_setup())
    rows, skipped = [], []
    for case in (c for c in CASES if c.name in wanted):
        if case.needs_corpus and not CORPORA["bbc"].is_dir():
            skipped.append(f"{case.name} (needs {CORPORA['bbc']}; {SHARED} not found)")
            continue
        sizes = (round(case.sizes[0] * args.scale), round(case.sizes[1] * args.scale))
        rows.append(row(case, sizes, args.timeout))
        print(f"  {case.name}: {rows[-1][3]} s, {rows[-1][4]} s", flush=True)
    print()
    print_table(["case", "n1", "n2", "t1 s", "t2 s", "t2/t1", "k", "peak RSS MiB (n2)"], rows)
    for reason in skipped:
        print(f"skipped: {reason}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
