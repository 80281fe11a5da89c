"""Time each stage of factcheck over a real corpus, then the end-to-end CLI cold and with warm claims.

Usage: .venv/bin/python benchmarks/bench_pipeline.py [--corpus bbc|ecbplus] [--limit N] [--repeat R]
           [--no-cli] [--tracemalloc] [--profile]

The corpora are read from ../shared beside the repository; when it is absent the script says so
and exits 0. Claims files are written only into a temporary folder that is removed afterwards.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import platform
import pstats
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from _corpora import article_files, best_of, corpus_folder, print_table

from factcheck.extract import extract
from factcheck.extract.gazetteer import Gazetteer, load_gazetteer
from factcheck.graph import FactGraph
from factcheck.model import Entity, Extraction, Finding, Severity, Source
from factcheck.pipeline import Analysis, run_rules
from factcheck.report import Report, reporters
from factcheck.resolve import resolve
from factcheck.sources import load_sources

MIB = 1024 * 1024


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


@dataclass(slots=True)
class Stages:
    """The results of each library stage, fed into the next."""

    sources: list[Source]
    extractions: list[Extraction]
    entities: list[Entity]
    graph: FactGraph | None = None
    findings: tuple[Finding, ...] = ()


def time_stages(files: Sequence[Path], repeat: int) -> tuple[list[Timing], Stages]:
    """Each stage best of `repeat`, on the output of the stage before (computed once)."""
    gazetteer = load_gazetteer()  # cached per process: keep its one-off load out of `extract`
    timings: list[Timing] = []
    seconds, sources = best_of(repeat, lambda: load_sources(files))
    timings.append(Timing("load sources", seconds))
    seconds, extractions = best_of(repeat, lambda: extract_all(sources, gazetteer))
    timings.append(Timing("extract", seconds))
    seconds, entities = best_of(repeat, lambda: resolve(extractions))
    timings.append(Timing("resolve", seconds))
    seconds, graph = best_of(repeat, lambda: FactGraph(sources, extractions, entities))
    timings.append(Timing("graph build", seconds))
    analysis = Analysis(tuple(sources), tuple(extractions), tuple(entities), graph)
    seconds, findings = best_of(repeat, lambda: run_rules(analysis))
    timings.append(Timing("rules", seconds))
    seconds, _ = best_of(repeat, lambda: render_json(sources, findings))
    timings.append(Timing("json report", seconds))
    return timings, Stages(sources, extractions, entities, graph, findings)


def extract_all(sources: Sequence[Source], gazetteer: Gazetteer) -> list[Extraction]:
    return [extract(source, gazetteer) for source in sources]


def render_json(sources: Sequence[Source], findings: tuple[Finding, ...]) -> str:
    out = io.StringIO()
    reporters()["json"](Report(tuple(sources), findings, Severity.ERROR), out)
    return out.getvalue()


def traced_peaks(files: Sequence[Path]) -> list[Timing]:
    """One more pass under tracemalloc: the peak of Python allocations during each stage.

    Kept apart from the timed passes because tracing slows Python code down several times.
    """
    gazetteer = load_gazetteer()
    state: dict[str, object] = {}
    steps: list[tuple[str, Callable[[], object]]] = [
        ("load sources", lambda: state.setdefault("sources", load_sources(files))),
        ("extract", lambda: state.setdefault("extractions", extract_all(sources(), gazetteer))),
        ("resolve", lambda: state.setdefault("entities", resolve(extractions()))),
        ("graph build", lambda: state.setdefault("graph", FactGraph(sources(), extractions(), entities()))),
        ("rules", lambda: state.setdefault("findings", run_rules(analysis()))),
        ("json report", lambda: render_json(sources(), state["findings"])),  # type: ignore[arg-type]
    ]

    def sources() -> list[Source]:
        return state["sources"]  # type: ignore[return-value]

    def extractions() -> list[Extraction]:
        return state["extractions"]  # type: ignore[return-value]

    def entities() -> list[Entity]:
        return state["entities"]  # type: ignore[return-value]

    def analysis() -> Analysis:
        graph: FactGraph = state["graph"]  # type: ignore[assignment]
        return Analysis(tuple(sources()), tuple(extractions()), tuple(entities()), graph)

    peaks = []
    tracemalloc.start()
    try:
        for stage, step in steps:
            tracemalloc.reset_peak()
            started = time.perf_counter()
            step()
            peaks.append(Timing(stage, time.perf_counter() - started, tracemalloc.get_traced_memory()[1]))
    finally:
        tracemalloc.stop()
    return peaks


def factcheck_command() -> list[str]:
    """The installed console script of this interpreter's environment, else `python -m factcheck`."""
    script = Path(sys.prefix) / "bin" / "factcheck"
    return [str(script)] if script.is_file() else [sys.executable, "-m", "factcheck"]


def run_cli(label: str, arguments: Sequence[str], workdir: Path) -> CliRun:
    """Run factcheck from `workdir`, output to files there, and read the child's own resource usage."""
    slug = label.split()[0]
    stdout, stderr = workdir / f"{slug}.out", workdir / f"{slug}.err"
    with stdout.open("wb") as out, stderr.open("wb") as err:
        started = time.perf_counter()
        process = subprocess.Popen([*factcheck_command(), *arguments], cwd=workdir, stdout=out, stderr=err)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)  # reaped by wait4, tell Popen
    run = CliRun(label, seconds, usage.ru_maxrss, process.returncode, stdout, stderr)
    if run.exit_code not in (0, 1):
        tail = stderr.read_text(encoding="utf-8", errors="replace").strip()[-500:]
        sys.exit(f"factcheck {' '.join(arguments[:2])} failed with exit {run.exit_code}: {tail}")
    return run


def cli_runs(corpus_args: Sequence[str], workdir: Path) -> list[CliRun]:
    """Cold check, then extract into a temporary claims folder, then check reusing those claims."""
    claims = workdir / "claims-tmp"
    return [
        run_cli("check (cold)", ["check", "--format", "json", *corpus_args], workdir),
        run_cli("extract --claims-dir", ["extract", "--claims-dir", str(claims), *corpus_args], workdir),
        run_cli(
            "check (warm claims)",
            ["check", "--format", "json", "--claims-dir", str(claims), *corpus_args],
            workdir,
        ),
    ]


def findings_in(run: CliRun) -> str:
    if run.label.startswith("extract"):
        return "-"
    return str(len(json.loads(run.stdout.read_text(encoding="utf-8"))["findings"]))


def profile_extract(sources: Sequence[Source], top: int) -> None:
    """cProfile of the extract stage alone, the `top` functions by own time."""
    gazetteer = load_gazetteer()
    profiler = cProfile.Profile()
    profiler.runcall(extract_all, sources, gazetteer)
    print(f"\ncProfile of extract over {len(sources)} articles, top {top} by tottime:")
    pstats.Stats(profiler, stream=sys.stdout).strip_dirs().sort_stats("tottime").print_stats(top)


def rate(count: int, seconds: float) -> str:
    return f"{count / seconds:,.0f}" if seconds > 0 else "-"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--corpus", choices=("bbc", "ecbplus"), default="bbc")
    parser.add_argument("--limit", type=int, help="an evenly spread sample of N articles (default: all)")
    parser.add_argument("--repeat", type=int, default=3, help="report the best of R runs of each stage")
    parser.add_argument("--no-cli", action="store_true", help="skip the end-to-end command-line runs")
    parser.add_argument("--tracemalloc", action="store_true", help="add a traced pass: peak memory per stage")
    parser.add_argument("--profile", action="store_true", help="cProfile the extract stage, top 15 by tottime")
    args = parser.parse_args(argv)
    if args.repeat < 1 or (args.limit is not None and args.limit < 1):
        parser.error("--repeat and --limit must be at least 1")

    folder = corpus_folder(args.corpus)
    files = article_files(folder, args.limit)
    count = len(files)
    print(
        f"corpus {args.corpus} ({folder}): {count} articles; best of {args.repeat}; "
        f"Python {platform.python_version()}, {os.cpu_count()} CPUs"
    )

    timings, stages = time_stages(files, args.repeat)
    chars = sum(len(s.text) for s in stages.sources)
    print(
        f"{chars / 1e6:.2f} M characters; {sum(len(e.mentions) for e in stages.extractions)} mentions, "
        f"{sum(len(e.claims) for e in stages.extractions)} claims, {len(stages.entities)} entities, "
        f"{len(stages.findings)} findings\n"
    )
    total = sum(t.seconds for t in timings)
    rows = [[t.stage, f"{t.seconds:.3f}", rate(count, t.seconds)] for t in timings]
    rows.append(["total", f"{total:.3f}", rate(count, total)])
    print_table(["stage", "seconds", "articles/s"], rows)
    peak_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    print(f"peak RSS of this process: {peak_rss / 1024:.0f} MiB")

    if args.tracemalloc:
        print("\ntraced pass (tracemalloc on, so seconds are inflated):")
        peaks = traced_peaks(files)
        print_table(
            ["stage", "seconds", "peak MiB"],
            [[p.stage, f"{p.seconds:.3f}", f"{(p.peak_bytes or 0) / MIB:.1f}"] for p in peaks],
        )

    if not args.no_cli:
        # Whole folders when the whole corpus is used, as a user would type them.
        corpus_args = (
            [str(p) for p in sorted(folder.iterdir()) if p.is_dir()]
            if args.limit is None
            else [str(f) for f in files]
        )
        with tempfile.TemporaryDirectory(prefix="factcheck-bench-") as temporary:
            runs = cli_runs(corpus_args, Path(temporary))
            same = runs[0].stdout.read_bytes() == runs[2].stdout.read_bytes()
            print(f"\nend-to-end CLI over the same {count} articles (wall clock, one run each):")
            print_table(
                ["command", "seconds", "articles/s", "peak RSS MiB", "exit", "findings"],
                [
                    [r.label, f"{r.seconds:.2f}", rate(count, r.seconds), f"{r.max_rss_kib / 1024:.0f}",
                     str(r.exit_code), findings_in(r)]
                    for r in runs
                ],
            )
            print(f"warm-claims report identical to cold report: {'yes' if same else 'NO'}")

    if args.profile:
        profile_extract(stages.sources, 15)
    return 0


if __name__ == "__main__":
    sys.exit(main())
