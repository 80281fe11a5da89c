"""The CI gate's figures: a cold check, a warm check of the unchanged corpus (the run cache), a
check after one article is edited (the corpus index), and one new article checked against the
indexed corpus, at one or more sizes of the corpus; proselint side by side.

Usage: .venv/bin/python benchmarks/bench_index.py [--copies 1,10] [--limit N] [--proselint PATH]
           [--jobs N]

`--copies K` builds a corpus of K copies of the BBC articles, each in its own folder, in a
temporary directory (K = 10 is the stress test where every entity has ten times the mentions).
Every run is a fresh process, timed from outside with its peak RSS. The cold check has neither
claims files nor an index; proselint (`--proselint`, default: `proselint` on PATH) checks the
same folder in the same session, and is skipped with a note when it is not installed. The cache
is kept in the temporary directory too: nothing is written outside it.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from _corpora import MEASURE, article_files, corpus_folder, describe_setup, factcheck_command, print_table

# An article of our own, about none of the corpus's stories, written as a submission would be.
NEW_ARTICLE = """\
---
title: Harbour council approves ferry timetable
published: 2005-03-14
---
The Port Alder harbour council approved a new ferry timetable on Monday, councillor Mara Velden
said. Crossings to Saltmere will run every 40 minutes from May, up from every hour.
"""


@dataclass(frozen=True, slots=True)
class Run:
    label: str
    seconds: float
    peak_mib: float


def measure(label: str, command: list[str], workdir: Path) -> Run:
    usage = workdir / "usage.txt"
    code = subprocess.run(
        [sys.executable, "-c", MEASURE, str(usage), *command],
        cwd=workdir,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=False,
    ).returncode
    if code not in (0, 1):
        sys.exit(f"{label}: exit {code} from {' '.join(command)}")
    seconds, kib = usage.read_text(encoding="utf-8").split()
    return Run(label, float(seconds), int(kib) / 1024)


def build_corpus(files: list[Path], copies: int, root: Path) -> Path:
    corpus = root / f"corpus-x{copies}"
    for copy in range(copies):
        for file in files:
            target = corpus / f"copy-{copy}" / file.parent.name / file.name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(file, target)
    return corpus


def edit_one_article(corpus: Path) -> None:
    """Add a sentence to the corpus's first article, as an editor's correction would."""
    first = min(corpus.rglob("*.txt"))
    first.write_text(first.read_text(encoding="utf-8") + "\nThis article was corrected.\n", encoding="utf-8")


def runs_at(copies: int, files: list[Path], root: Path, proselint: str | None, jobs: list[str]) -> list[Run]:
    corpus = build_corpus(files, copies, root)
    workdir = root / f"work-x{copies}"
    workdir.mkdir()
    (workdir / "new").mkdir()
    (workdir / "new" / "submission.md").write_text(NEW_ARTICLE, encoding="utf-8")
    check = [
        *factcheck_command(),
        "check",
        "--format",
        "json",
        "--claims-dir",
        str(workdir / "no-claims"),
        "--cache-dir",
        str(workdir / "cache"),
        *jobs,
    ]
    runs = [
        measure(f"x{copies} check, cold (no claims, no index)", [*check, "--no-cache", str(corpus)], workdir)
    ]
    if proselint:
        runs.append(measure(f"x{copies} proselint check", [proselint, "check", str(corpus)], workdir))
    runs.append(measure(f"x{copies} check, filling the index", [*check, str(corpus)], workdir))
    runs.append(measure(f"x{copies} check, warm, unchanged (run cache)", [*check, str(corpus)], workdir))
    edit_one_article(corpus)
    runs.append(measure(f"x{copies} check, one article edited (index)", [*check, str(corpus)], workdir))
    runs.append(
        measure(
            f"x{copies} one new article, warm",
            [*check, "--context", str(corpus), str(workdir / "new" / "submission.md")],
            workdir,
        )
    )
    return runs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--copies", default="1", help="comma-separated corpus sizes, in copies of BBC")
    parser.add_argument("--limit", type=int, help="an evenly spread sample of N BBC articles per copy")
    parser.add_argument("--proselint", default=shutil.which("proselint"), help="the proselint command")
    parser.add_argument("--jobs", help="passed to factcheck as --jobs")
    args = parser.parse_args()
    files = article_files(corpus_folder("bbc"), args.limit)
    print(describe_setup())
    print(f"{len(files)} BBC articles per copy; proselint: {args.proselint or 'not installed, skipped'}")
    jobs = ["--jobs", args.jobs] if args.jobs else []
    with tempfile.TemporaryDirectory(prefix="factcheck-bench-") as temporary:
        runs = [
            run
            for copies in (int(c) for c in args.copies.split(","))
            for run in runs_at(copies, files, Path(temporary), args.proselint, jobs)
        ]
    print_table(
        ["run", "seconds", "peak MiB"], [[r.label, f"{r.seconds:.2f}", f"{r.peak_mib:.0f}"] for r in runs]
    )


if __name__ == "__main__":
    main()
