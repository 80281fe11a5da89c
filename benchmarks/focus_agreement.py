"""A focused run against a whole one on a real corpus: for a sample of articles, the findings a
run focused on that article gives (as `check TARGET` runs the rules) must equal the whole run's
findings that quote it. Prints any difference, and the rules' time focused and whole.

Usage: .venv/bin/python benchmarks/focus_agreement.py [--corpus bbc|ecbplus] [--sample 50]
           [--seed 1] [--cache-dir DIR]

The corpus's extractions are read from (and kept in) a corpus index in `--cache-dir` (default: a
temporary folder), so a second run starts warm.
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import tempfile
import time
from pathlib import Path

from _corpora import article_files, corpus_folder, describe_setup

from factcheck.graph.build import analyse
from factcheck.lexicon import load_lexicon
from factcheck.rules import RuleContext, run_rules
from factcheck.sources import load_sources


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", choices=["bbc", "ecbplus"], default="bbc")
    parser.add_argument("--sample", type=int, default=50)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--cache-dir", type=Path)
    args = parser.parse_args()
    print(describe_setup())
    sources = load_sources(article_files(corpus_folder(args.corpus)))
    lexicon = load_lexicon()
    with tempfile.TemporaryDirectory(prefix="factcheck-focus-") as temporary:
        cache = args.cache_dir or Path(temporary)
        analysis = analyse(sources, lexicon, jobs=2, cache=cache)
    context = RuleContext(analysis.graph, lexicon)
    started = time.perf_counter()
    everything = run_rules(context)
    whole = time.perf_counter() - started
    sample = random.Random(args.seed).sample(sources, min(args.sample, len(sources)))
    differ, focused_time, told = 0, 0.0, 0
    for source in sample:
        started = time.perf_counter()
        focused = run_rules(dataclasses.replace(context, focus=frozenset([source.id])))
        focused_time += time.perf_counter() - started
        mine = [f for f in focused if source.path in f.paths]
        expected = [f for f in everything if source.path in f.paths]
        told += len(expected)
        if mine != expected:
            differ += 1
            print(f"DIFFERS {source.path}: focused {len(mine)}, whole {len(expected)}")
    print(
        f"corpus={args.corpus} sources={len(sources)} sample={len(sample)} differ={differ} "
        f"findings_on_sample={told} rules_whole={whole:.2f}s rules_focused_mean={focused_time / len(sample):.2f}s"
    )


if __name__ == "__main__":
    main()
