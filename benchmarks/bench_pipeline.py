"""Time each stage of factcheck over a real corpus, then the end-to-end CLI cold and with warm claims.

Usage: .venv/bin/python benchmarks/bench_pipeline.py [--corpus bbc|ecbplus] [--limit N] [--repeat R]
           [--no-cli] [--tracemalloc] [--profile] [--jobs N]

`--jobs N` extracts in N processes (`extract_all` of the store) and passes `--jobs N` to the
command-line runs; without it the extract stage runs in this process and the commands use their
default (one process per core).

The corpora are read from ../shared beside the repository; when it is absent the script says so
and exits 0. Claims files are written only into a temporary folder that is removed afterwards.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import re
import resource
import subprocess
import sys
import tempfile
import tracemalloc
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from _corpora import (
    MEASURE,
    article_files,
    best_of,
    corpus_folder,
    corpus_subfolders,
    describe_setup,
    factcheck_command,
    print_table,
)

from factcheck import store
from factcheck.graph import build_graph
from factcheck.lexicon import load_lexicon
from factcheck.model import CheckResult, Entity, Extraction, Finding, Severity, Source
from factcheck.report import reporter
from factcheck.resolve import resolve
from factcheck.rules import RuleContext, run_rules
from factcheck.sources import load_sources

MIB = 1024 * 1024
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Timing:
    stage: str
    seconds: float
    peak_bytes: int | None = None


@dataclass(frozen=True, slots=True)
class CliRun:
    """One run of the factcheck command: wall time, the child's peak RSS, exit status and output."""

    label: str
    seconds: float
    max_rss_kib: int
    exit_code: int
    stdout: Path
    stderr: Path


@dataclass(frozen=True, slots=True)
class Stages:
    """What the library stages produced, for the summary line and the profile."""

    sources: list[Source]
    extractions: list[Extraction]
    entities: list[Entity]
    findings: tuple[Finding, ...]


class Meter:
    """Runs each stage `repeat` times, keeps the best wall time and, when tracing, the peak memory."""

    def __init__(self, repeat: int, traced: bool = False):
        self.repeat = repeat
        self.traced = traced
        self.timings: list[Timing] = []

    def measure(self, stage: str, call: Callable[[], T]) -> T:
        if self.traced:
            tracemalloc.reset_peak()
        seconds, result = best_of(self.repeat, call)
        peak = tracemalloc.get_traced_memory()[1] if self.traced else None
        self.timings.append(Timing(stage, seconds, peak))
        return result


def run_stages(files: Sequence[Path], meter: Meter, jobs: int | None = None) -> Stages:
    """Each stage on the output of the stage before, as `pipeline.analyse` and `check` chain them."""
    lexicon = load_lexicon()  # loaded once per run: keep its one-off load out of `extract`
    sources = meter.measure("load sources", lambda: load_sources(files))
    label = "extract" if jobs is None else f"extract ({jobs} jobs)"
    extractions = meter.measure(label, lambda: store.extract_all(sources, lexicon, jobs or 1))
    entities = meter.measure("resolve", lambda: resolve(extractions, lexicon))
    graph = meter.measure("graph build", lambda: build_graph(sources, extractions, entities))
    findings = meter.measure("rules", lambda: run_rules(RuleContext(graph, lexicon)))
    meter.measure("json report", lambda: render_json(sources, findings))
    return Stages(sources, extractions, entities, findings)


def render_json(sources: Sequence[Source], findings: tuple[Finding, ...]) -> str:
    out = io.StringIO()
    reporter("json")(CheckResult(tuple(sources), findings, Severity.ERROR, failed=False), out)
    return out.getvalue()


def traced_pass(files: Sequence[Path]) -> list[Timing]:
    """One more pass under tracemalloc: the peak of Python allocations during each stage.

    Kept apart from the timed passes because tracing slows Python code down several times.
    """
    meter = Meter(repeat=1, traced=True)
    tracemalloc.start()
    try:
        run_stages(files, meter)
    finally:
        tracemalloc.stop()
    return meter.timings


def run_cli(label: str, arguments: Sequence[str], workdir: Path) -> CliRun:
    """Run factcheck from `workdir` under the MEASURE wrapper; output goes to files there."""
    slug = re.sub(r"[^a-z]+", "-", label.lower()).strip("-")
    stdout, stderr, usage = (workdir / f"{slug}.{suffix}" for suffix in ("out", "err", "usage"))
    command = [sys.executable, "-c", MEASURE, str(usage), *factcheck_command(), *arguments]
    with stdout.open("wb") as out, stderr.open("wb") as err:
        exit_code = subprocess.run(command, cwd=workdir, stdout=out, stderr=err, check=False).returncode
    if exit_code not in (0, 1):
        tail = stderr.read_text(encoding="utf-8", errors="replace").strip()[-500:]
        sys.exit(f"factcheck {' '.join(arguments[:2])} failed with exit {exit_code}: {tail}")
    seconds, max_rss_kib = usage.read_text(encoding="utf-8").split()
    return CliRun(label, float(seconds), int(max_rss_kib), exit_code, stdout, stderr)


def cli_runs(corpus_args: Sequence[str], workdir: Path) -> list[CliRun]:
    """Cold check, then extract into a temporary claims folder, then check reusing those claims;
    without the corpus index (benchmarks/bench_index.py measures it)."""
    claims = workdir / "claims-tmp"
    return [
        run_cli("check (cold)", ["check", "--format", "json", "--no-cache", *corpus_args], workdir),
        run_cli("extract --claims-dir", ["extract", "--claims-dir", str(claims), *corpus_args], workdir),
        run_cli(
            "check (warm claims)",
            ["check", "--format", "json", "--no-cache", "--claims-dir", str(claims), *corpus_args],
            workdir,
        ),
    ]


def findings_in(run: CliRun) -> str:
    if run.label.startswith("extract"):
        return "-"
    return str(len(json.loads(run.stdout.read_text(encoding="utf-8"))["findings"]))


def profile_extract(sources: Sequence[Source], top: int) -> None:
    """cProfile of the extract stage alone, the `top` functions by own time."""
    lexicon = load_lexicon()
    profiler = cProfile.Profile()
    profiler.runcall(store.extract_all, sources, lexicon)
    print(f"\ncProfile of extract over {len(sources)} articles, top {top} by tottime:")
    pstats.Stats(profiler, stream=sys.stdout).strip_dirs().sort_stats("tottime").print_stats(top)


def rate(count: int, seconds: float) -> str:
    return f"{count / seconds:,.0f}" if seconds > 0 else "-"


def report_stages(files: Sequence[Path], repeat: int, jobs: int | None = None) -> Stages:
    """Time the library stages and print their table, the corpus summary and the peak RSS."""
    meter = Meter(repeat)
    stages = run_stages(files, meter, jobs)
    count = len(files)
    print(
        f"{sum(len(s.text) for s in stages.sources) / 1e6:.2f} M characters; "
        f"{sum(len(e.mentions) for e in stages.extractions)} mentions, "
        f"{sum(len(e.claims) for e in stages.extractions)} claims, {len(stages.entities)} entities, "
        f"{len(stages.findings)} findings\n"
    )
    total = sum(t.seconds for t in meter.timings)
    rows = [[t.stage, f"{t.seconds:.3f}", rate(count, t.seconds)] for t in meter.timings]
    rows.append(["total", f"{total:.3f}", rate(count, total)])
    print_table(["stage", "seconds", "articles/s"], rows)
    peak_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    print(f"peak RSS of this process: {peak_rss / 1024:.0f} MiB")
    return stages


def report_traced(files: Sequence[Path]) -> None:
    print("\ntraced pass (tracemalloc on, so its seconds are inflated):")
    print_table(
        ["stage", "seconds", "peak MiB"],
        [[t.stage, f"{t.seconds:.3f}", f"{(t.peak_bytes or 0) / MIB:.1f}"] for t in traced_pass(files)],
    )


def report_cli(corpus_args: Sequence[str], count: int) -> None:
    """The three command-line runs in a fresh temporary folder, removed afterwards."""
    with tempfile.TemporaryDirectory(prefix="factcheck-bench-") as temporary:
        runs = cli_runs(corpus_args, Path(temporary))
        same = runs[0].stdout.read_bytes() == runs[2].stdout.read_bytes()
        print(f"\nend-to-end CLI over the same {count} articles (wall clock, one run each):")
        rows = [
            [
                run.label,
                f"{run.seconds:.2f}",
                rate(count, run.seconds),
                f"{run.max_rss_kib / 1024:.0f}",
                str(run.exit_code),
                findings_in(run),
            ]
            for run in runs
        ]
        print_table(["command", "seconds", "articles/s", "peak RSS MiB", "exit", "findings"], rows)
        print(f"warm-claims report identical to cold report: {'yes' if same else 'NO'}")


def parse_arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--corpus", choices=("bbc", "ecbplus"), default="bbc")
    parser.add_argument("--limit", type=int, help="an evenly spread sample of N articles (default: all)")
    parser.add_argument("--repeat", type=int, default=3, help="report the best of R runs of each stage")
    parser.add_argument("--no-cli", action="store_true", help="skip the end-to-end command-line runs")
    parser.add_argument("--tracemalloc", action="store_true", help="add a traced pass: peak memory per stage")
    parser.add_argument("--profile", action="store_true", help="cProfile the extract stage (top 15, tottime)")
    parser.add_argument("--jobs", type=int, help="extract in N processes, here and in the commands")
    args = parser.parse_args(argv)
    if (
        args.repeat < 1
        or (args.limit is not None and args.limit < 1)
        or (args.jobs is not None and args.jobs < 1)
    ):
        parser.error("--repeat, --limit and --jobs must be at least 1")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_arguments(argv)
    folder = corpus_folder(args.corpus)
    files = article_files(folder, args.limit)
    print(describe_setup())
    print(f"corpus {args.corpus} ({folder}): {len(files)} articles; best of {args.repeat}")
    stages = report_stages(files, args.repeat, args.jobs)
    if args.tracemalloc:
        report_traced(files)
    if not args.no_cli:
        # The whole corpus as a user would type it (its folders), else the sampled files.
        whole = args.limit is None or args.limit >= len(article_files(folder))
        jobs = ["--jobs", str(args.jobs)] if args.jobs is not None else []
        report_cli([*jobs, *(str(p) for p in (corpus_subfolders(folder) if whole else files))], len(files))
    if args.profile:
        profile_extract(stages.sources, 15)
    return 0


if __name__ == "__main__":
    sys.exit(main())
