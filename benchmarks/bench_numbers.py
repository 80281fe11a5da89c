"""Speed of the number reader (factcheck.extract.numbers) on every sentence of the BBC corpus.

Usage: .venv/bin/python benchmarks/bench_numbers.py [--repeat R] [--show N] [--seed S]

The articles are split into sentences crudely (on ". " and blank lines), the number lexicon is built
once, and `read_numbers` is run over all sentences R times (best wall time). The table gives
sentences, phrases and characters per second, the share of sentences the trigger lets through, the
time to import the reader and to build its lexicon in a fresh process, and the phrases by kind. The
rates are per wall second; the CPU time is shown beside it because the machine may be shared.
`--show N` prints N random sentences with their phrases, for reading by eye.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import time
from collections import Counter
from importlib import resources

from _corpora import article_files, best_of, corpus_folder, describe_setup, print_table

from factcheck.extract.numbers import NumberPhrase, read_numbers
from factcheck.lexicon.numbers import NumberLexicon, number_lexicon

COLD_START = (
    "import time; t = time.perf_counter();"
    "from importlib import resources;"
    "from factcheck.lexicon.numbers import number_lexicon;"
    "from factcheck.extract.numbers import read_numbers;"
    "lex = number_lexicon(lambda n: resources.files('factcheck.data').joinpath(n).read_text(encoding='utf-8'));"
    "read_numbers('About 5,000 people marched 12 miles (19 km).', 0, lex);"
    "print(time.perf_counter() - t)"
)


def sentences() -> list[str]:
    """Every sentence of the BBC corpus, split crudely on '. ' and on line breaks."""
    found: list[str] = []
    for path in article_files(corpus_folder("bbc")):
        for paragraph in path.read_text(encoding="utf-8", errors="replace").split("\n"):
            found.extend(s for s in paragraph.split(". ") if s.strip())
    return found


def read_all(texts: list[str], lex: NumberLexicon) -> list[tuple[NumberPhrase, ...]]:
    return [read_numbers(text, 0, lex) for text in texts]


def lexicon() -> NumberLexicon:
    return number_lexicon(
        lambda name: resources.files("factcheck.data").joinpath(name).read_text(encoding="utf-8")
    )


def cpu_time(repeat: int, texts: list[str], lex: NumberLexicon) -> float:
    """The least CPU time of the process over R reads: steadier than wall time on a shared machine."""
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        read_all(texts, lex)
        best = min(best, time.process_time() - started)
    return best


def cold_start() -> tuple[float, float]:
    """Seconds to start Python and import, build and first use the reader; and the part after start."""
    started = time.perf_counter()
    inner = subprocess.run([sys.executable, "-c", COLD_START], capture_output=True, text=True, check=True)
    return time.perf_counter() - started, float(inner.stdout)


def show(texts: list[str], found: list[tuple[NumberPhrase, ...]], count: int, seed: int) -> None:
    with_numbers = [k for k, phrases in enumerate(found) if phrases]
    for k in sorted(random.Random(seed).sample(with_numbers, min(count, len(with_numbers)))):
        print(f"\n{texts[k].strip()}")
        for p in found[k]:
            unit = p.unit.name if p.unit else "-"
            flags = (" earlier" if p.earlier else "") + (f" pair@{p.pair}" if p.pair is not None else "")
            print(f"    [{p.text}] {p.kind} {p.bound} {p.low:g}..{p.high:g} {unit}{flags}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--show", type=int, default=0, help="print N random sentences with their phrases")
    parser.add_argument("--seed", type=int, default=1)
    options = parser.parse_args()
    print(describe_setup())
    texts = sentences()
    build, lex = best_of(options.repeat, lexicon)
    seconds, found = best_of(options.repeat, lambda: read_all(texts, lex))
    cpu = cpu_time(options.repeat, texts, lex)
    phrases = sum(len(f) for f in found)
    chars = sum(len(t) for t in texts)
    passed = sum(1 for t in texts if lex.worth_reading(t))
    total, inner = cold_start()
    print_table(
        ["measure", "value"],
        [
            ["sentences", f"{len(texts):,}"],
            ["with a digit or number word", f"{passed:,} ({passed / len(texts):.0%})"],
            ["phrases", f"{phrases:,}"],
            ["read time (best of R)", f"{seconds:.2f} s wall, {cpu:.2f} s CPU"],
            ["sentences per second", f"{len(texts) / seconds:,.0f}"],
            ["phrases per second", f"{phrases / seconds:,.0f}"],
            ["characters per second", f"{chars / seconds:,.0f}"],
            ["lexicon build", f"{build * 1000:.1f} ms"],
            ["cold start: python + import + build + one read", f"{total:.3f} s (after start {inner:.3f} s)"],
        ],
    )
    kinds = Counter(p.kind for f in found for p in f)
    print()
    print_table(["kind", "phrases"], [[kind, f"{n:,}"] for kind, n in kinds.most_common()])
    if options.show:
        show(texts, found, options.show, options.seed)


if __name__ == "__main__":
    main()
