"""Time entity resolution: the ECB+ resolution scorer end to end, and resolve() over growing BBC samples.

Usage: .venv/bin/python benchmarks/bench_resolution.py [--sizes 250,500,1000,2225] [--repeat R]
           [--no-eval] [--no-scaling]

The scorer is ../shared/eval/resolution, run with this environment's `factcheck graph --format json`.
The scaling check extracts every BBC article once, shuffles the extractions with a fixed seed
(so every prefix mixes all five categories), and times `resolve(extractions[:n])` for each n:
a time per article that stays flat as n grows means resolution is close to linear.
When ../shared is absent the script says so and exits 0.
"""

from __future__ import annotations

import argparse
import math
import random
import re
import subprocess
import sys
import time
from collections.abc import Sequence
from functools import partial
from pathlib import Path

from _corpora import SHARED, article_files, best_of, corpus_folder, describe_setup, print_table

from factcheck.extract import extract
from factcheck.lexicon import load_lexicon
from factcheck.model import Extraction
from factcheck.resolve import resolve
from factcheck.sources import load_sources

SCORER = SHARED / "eval" / "resolution"
TOPIC_LINE = re.compile(r"^topic\s+(\d+):.*\s(\d+\.\d+)s\b")
SEED = 2225


def factcheck_script() -> str:
    """The console script of this interpreter's environment (the repository's .venv)."""
    script = Path(sys.prefix) / "bin" / "factcheck"
    if not script.is_file():
        sys.exit(f"no factcheck console script at {script}; run with the project's .venv/bin/python")
    return str(script)


def run_scorer() -> None:
    """The resolution scorer over all ECB+ topics: its summary line, wall time, slowest topics."""
    corpus_folder("ecbplus")  # skips cleanly when the shared corpora are missing
    if not SCORER.is_file():
        print(f"skipped the scorer: {SCORER} not found")
        return
    command = f"{factcheck_script()} graph --format json"
    started = time.perf_counter()
    process = subprocess.run(
        [sys.executable, str(SCORER), "--cmd", command], capture_output=True, text=True, check=False
    )
    seconds = time.perf_counter() - started
    lines = process.stdout.strip().splitlines()
    print(f"$ {SCORER} --cmd {command!r}")
    print(lines[-1] if lines else f"(no output; stderr: {process.stderr.strip()[-300:]})")
    topics = sorted(
        ((float(m[2]), int(m[1])) for line in lines if (m := TOPIC_LINE.match(line))), reverse=True
    )
    print(
        f"total wall time {seconds:.1f} s over {len(topics)} topics (one factcheck process each); "
        f"exit {process.returncode}"
    )
    if topics:
        slowest = ", ".join(f"topic {topic} {secs:.2f}s" for secs, topic in topics[:3])
        print(f"slowest topics: {slowest}")


def bbc_extractions() -> list[Extraction]:
    """Every BBC article extracted once, in a fixed shuffled order."""
    sources = load_sources(article_files(corpus_folder("bbc")))
    lexicon = load_lexicon()
    started = time.perf_counter()
    extractions = [extract(source, lexicon) for source in sources]
    print(f"extracted {len(extractions)} BBC articles once in {time.perf_counter() - started:.1f} s")
    random.Random(SEED).shuffle(extractions)
    return extractions


def run_scaling(sizes: Sequence[int], repeat: int) -> None:
    """resolve() over the first n shuffled extractions; the exponent k in time ~ n^k between rows."""
    extractions = bbc_extractions()
    rows = []
    previous: tuple[int, float] | None = None
    for size in sizes:
        sample = extractions[:size]
        seconds, entities = best_of(repeat, partial(resolve, sample))
        mentions = sum(len(e.mentions) for e in sample)
        exponent = (
            f"{math.log(seconds / previous[1]) / math.log(len(sample) / previous[0]):.2f}"
            if previous and len(sample) > previous[0]
            else "-"
        )
        rows.append(
            [
                str(len(sample)),
                str(mentions),
                str(len(entities)),
                f"{seconds:.3f}",
                f"{seconds / len(sample) * 1e3:.2f}",
                exponent,
            ]
        )
        previous = (len(sample), seconds)
    print(f"\nresolve(extractions[:n]), best of {repeat}:")
    print_table(["articles", "mentions", "entities", "seconds", "ms/article", "k vs prev"], rows)
    print("k is log(t2/t1)/log(n2/n1): about 1 for linear growth, about 2 for quadratic.")


def parse_arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--sizes",
        default="250,500,1000,2225",
        help="comma-separated numbers of BBC articles to resolve (default: 250,500,1000,2225)",
    )
    parser.add_argument("--repeat", type=int, default=3, help="report the best of R runs of each size")
    parser.add_argument("--no-eval", action="store_true", help="skip the ECB+ resolution scorer")
    parser.add_argument("--no-scaling", action="store_true", help="skip the BBC scaling check")
    args = parser.parse_args(argv)
    try:
        args.sizes = sorted({int(size) for size in args.sizes.split(",")})
    except ValueError:
        parser.error("--sizes must be comma-separated whole numbers")
    if args.repeat < 1 or not args.sizes or args.sizes[0] < 1:
        parser.error("--repeat and every size must be at least 1")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_arguments(argv)
    corpus_folder("bbc" if args.no_eval else "ecbplus")  # a clean skip before any work
    print(describe_setup())
    if not args.no_eval:
        run_scorer()
    if not args.no_scaling:
        run_scaling(args.sizes, args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
