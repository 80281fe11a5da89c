"""The long fuzz run: many seeded hostile corpora through the real entry point.

    .venv/bin/python tests/fuzz/run.py --runs 5000            # prints inputs, runs, crashes, hangs
    .venv/bin/python tests/fuzz/run.py --seed 1234 --show     # replay one seed

A crash is an exit status other than 0, 1 or 2, a traceback, or "internal error" on stderr; a hang is
a run longer than --timeout seconds.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import signal
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from factcheck.cli import main
from fuzz.generate import corpus


@dataclass(frozen=True)
class Outcome:
    code: int
    stderr: str
    seconds: float


class Hang(Exception):
    pass


def _alarm(signum: int, frame: object) -> None:
    raise Hang


def run_one(seed: int, timeout: float = 20.0) -> Outcome:
    """Write the corpus of a seed to a fresh folder and run the command line over it."""
    found = corpus(seed)
    with tempfile.TemporaryDirectory() as folder:
        found.write(Path(folder))
        previous = os.getcwd()
        os.chdir(folder)
        err, out = io.StringIO(), io.StringIO()
        start = time.perf_counter()
        signal.signal(signal.SIGALRM, _alarm)
        signal.setitimer(signal.ITIMER_REAL, timeout)
        try:
            with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
                main(found.args)
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
        except Hang:
            code = -1
        except BaseException as exc:  # a raw exception escaping main() is a crash too
            code, err = -2, io.StringIO(f"{type(exc).__name__}: {exc}")
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            os.chdir(previous)
        return Outcome(code, err.getvalue(), time.perf_counter() - start)


def is_crash(outcome: Outcome) -> bool:
    return (
        outcome.code not in (0, 1, 2) or "internal error" in outcome.stderr or "Traceback" in outcome.stderr
    )


def main_run() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--runs", type=int, default=2000)
    parser.add_argument("--first", type=int, default=0, help="first seed")
    parser.add_argument("--seed", type=int, help="replay one seed")
    parser.add_argument("--show", action="store_true", help="print the corpus and the output")
    parser.add_argument("--timeout", type=float, default=20.0)
    options = parser.parse_args()
    os.environ["NO_COLOR"] = "1"
    seeds = [options.seed] if options.seed is not None else range(options.first, options.first + options.runs)
    crashes = hangs = 0
    slowest = 0.0
    start = time.perf_counter()
    for seed in seeds:
        if options.show:
            print(corpus(seed))
        outcome = run_one(seed, options.timeout)
        slowest = max(slowest, outcome.seconds)
        if outcome.code == -1:
            hangs += 1
            print(f"seed {seed}: hang (> {options.timeout} s)")
        elif is_crash(outcome):
            crashes += 1
            print(f"seed {seed}: exit {outcome.code}: {outcome.stderr.strip()[-300:]}")
        elif options.show:
            print(f"exit {outcome.code}\n{outcome.stderr}")
    total = time.perf_counter() - start
    print(
        f"inputs={len(seeds)} runs={len(seeds)} crashes={crashes} hangs={hangs} slowest={slowest:.2f}s total={total:.0f}s"
    )
    sys.exit(1 if crashes or hangs else 0)


if __name__ == "__main__":
    main_run()
