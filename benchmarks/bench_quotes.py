"""Quotations on the BBC corpus: how fast they are found, how many have a speaker, and a sample to read.

Usage: .venv/bin/python benchmarks/bench_quotes.py [--limit N] [--repeat R] [--sample K] [--seed S]

1. `find_quotations` over every article (best of R): quotations, articles and megabytes per second.
2. The count of quotations with a speaker of their own, with one taken from the quotation or sentence
   before (inherited), and with none; partial quotations apart.
3. Growth: the whole corpus as one text, its first half against all of it, and hostile text (marks
   only, marks opening words, one split quotation of many parts, paragraphs left open, one long
   sentence) at two sizes; k = log(t2/t1) / log(2) (1 linear, 2 quadratic).
4. `compare_quotes` over every pair of quotations of one speaker (same speaker text) in one article
   (mostly two statements: pairs per second), over pairs from two articles whose named speakers share
   a last word (the same statement quoted again in another story: every difference is printed to be
   read), and over the quotations of the corpus's 98 duplicate article pairs (no difference allowed).
5. K quotations drawn at random (fixed seed) with the sentence around them, to check the speakers by eye.
"""

from __future__ import annotations

import argparse
import csv
import math
import random
import time
from collections import Counter
from collections.abc import Callable
from importlib import resources
from itertools import combinations
from pathlib import Path

from _corpora import article_files, best_of, corpus_folder, describe_setup, print_table

from factcheck.extract.quotes import Quotation, find_quotations
from factcheck.lexicon.quotes import QuoteWords, quote_words
from factcheck.rules.quote_meaning import compare_quotes, same_statement


def _tables() -> QuoteWords:
    return quote_words(
        lambda name: resources.files("factcheck.data").joinpath(name).read_text(encoding="utf-8")
    )


def _find_all(texts: list[str], words: QuoteWords) -> list[tuple[Quotation, ...]]:
    return [find_quotations(text, words.attribution) for text in texts]


def _speed(texts: list[str], words: QuoteWords, repeat: int) -> list[tuple[Quotation, ...]]:
    seconds, found = best_of(repeat, lambda: _find_all(texts, words))
    count, size = sum(map(len, found)), sum(map(len, texts)) / 1e6
    print_table(
        ["stage", "articles", "quotations", "seconds", "quotations/s", "articles/s", "MB/s"],
        [
            [
                "find_quotations",
                str(len(texts)),
                str(count),
                f"{seconds:.3f}",
                f"{count / seconds:,.0f}",
                f"{len(texts) / seconds:,.0f}",
                f"{size / seconds:.2f}",
            ]
        ],
    )
    return found


def _counts(found: list[tuple[Quotation, ...]]) -> None:
    rows = []
    for partial in (False, True):
        quotes = [q for qs in found for q in qs if q.partial == partial]
        own = sum(1 for q in quotes if q.speaker_text is not None and not q.inherited)
        inherited = sum(1 for q in quotes if q.inherited)
        rows.append(
            [
                "partial" if partial else "whole",
                str(len(quotes)),
                str(own),
                str(inherited),
                str(len(quotes) - own - inherited),
            ]
        )
    print()
    print_table(["quotations", "all", "own speaker", "inherited", "no speaker"], rows)
    verbs = Counter(q.verb for qs in found for q in qs if q.verb)
    print("verbs: " + ", ".join(f"{v} {n}" for v, n in verbs.most_common(12)))


def _growth(texts: list[str], words: QuoteWords) -> None:
    whole = "\n\n".join(texts)
    half = whole[: len(whole) // 2]
    t1, _ = best_of(2, lambda: find_quotations(half, words.attribution))
    t2, _ = best_of(2, lambda: find_quotations(whole, words.attribution))
    print(
        f"\none text of {len(half):,} chars: {t1:.3f} s; of {len(whole):,} chars: {t2:.3f} s; k = {math.log(t2 / t1) / math.log(2):.2f}"
    )


# Hostile text at two sizes: (name, a function of the size in characters).
HOSTILE: tuple[tuple[str, Callable[[int], str]], ...] = (
    ("straight double marks", lambda n: '"' * n),
    ("single marks", lambda n: "'" * n),
    ("marks opening words", lambda n: ' "a' * (n // 3)),
    ("split quotation", lambda n: '"We will," said Ruiz, ' * (n // 21)),
    ("unclosed paragraphs", lambda n: '"a\n\n' * (n // 4)),
    ("one long sentence", lambda n: "said the mayor of the town and " * (n // 31) + '"x"'),
)


def _time(text: str, words: QuoteWords) -> float:
    return best_of(3, lambda: find_quotations(text, words.attribution))[0]


def _hostile(size: int) -> None:
    words = _tables()
    rows = []
    for name, make in HOSTILE:
        t1, t2 = (_time(make(n), words) for n in (size, 2 * size))
        rows.append([name, f"{t1:.3f}", f"{t2:.3f}", f"{math.log(t2 / t1) / math.log(2):.2f}"])
    print()
    print_table(["hostile text", f"s at {size:,}", f"s at {2 * size:,}", "k"], rows)


def _pairs(found: list[tuple[Quotation, ...]], words: QuoteWords, folder: Path, files: list[Path]) -> None:
    """Same speaker within an article (mostly two statements: speed), across articles (the same statement
    quoted again: precision), and duplicate articles (identical: no difference allowed)."""
    within = [
        (f"{p.parent.name}/{p.name}", a.text, f"{p.parent.name}/{p.name}", b.text)
        for p, quotes in zip(files, found, strict=True)
        for a, b in combinations(quotes, 2)
        if a.speaker_text and a.speaker_text == b.speaker_text
    ]
    _compare("within articles, same speaker", within, words)
    _compare("across articles, same surname", _across(found, folder, files, words), words)
    _duplicates(found, words, folder, files)


def _across(
    found: list[tuple[Quotation, ...]], folder: Path, files: list[Path], words: QuoteWords
) -> list[tuple[str, str, str, str]]:
    """Pairs of quotations in two articles whose named speakers share a last word (copies left out)."""
    with (folder / "duplicates.csv").open(encoding="utf-8") as handle:
        copies = {row["duplicate_path"] for row in csv.DictReader(handle)}
    by_name: dict[str, list[tuple[str, str]]] = {}
    for path, quotes in zip(files, found, strict=True):
        name = f"{path.parent.name}/{path.name}"
        for quote in quotes:
            speaker = quote.speaker_text or ""
            if (
                name not in copies
                and speaker[:1].isupper()
                and speaker.lower() not in words.attribution.pronouns
            ):
                by_name.setdefault(speaker.split()[-1], []).append((name, quote.text))
    return [
        (pa, a, pb, b)
        for quotes in by_name.values()
        for (pa, a), (pb, b) in combinations(quotes, 2)
        if pa != pb
    ]


def _compare(label: str, pairs: list[tuple[str, str, str, str]], words: QuoteWords) -> None:
    started = time.perf_counter()
    results = [compare_quotes(a, b, words) for _, a, _, b in pairs]
    seconds = time.perf_counter() - started
    same = sum(1 for _, a, _, b in pairs if same_statement(a, b, words))
    kinds = Counter(r.kind for r in results if r)
    print(
        f"\ncompare_quotes, {label}: {len(pairs):,} pairs in {seconds:.2f} s "
        f"({len(pairs) / max(seconds, 1e-9):,.0f} pairs/s); one statement: {same}; differences: {dict(kinds)}"
    )
    for (pa, a, pb, b), result in zip(pairs, results, strict=True):
        if result:
            print(f"   {result.kind}: {result.explanation}\n      {pa}: {a[:150]}\n      {pb}: {b[:150]}")


def _duplicates(
    found: list[tuple[Quotation, ...]], words: QuoteWords, folder: Path, files: list[Path]
) -> None:
    by_path = {str(p.relative_to(folder)): quotes for p, quotes in zip(files, found, strict=True)}
    compared = differing = 0
    with (folder / "duplicates.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            left, right = by_path.get(row["kept_path"], ()), by_path.get(row["duplicate_path"], ())
            for a in left:
                for b in right:
                    if a.speaker_text == b.speaker_text and same_statement(a.text, b.text, words):
                        compared += 1
                        differing += compare_quotes(a.text, b.text, words) is not None
    print(
        f"duplicate articles: {compared} quotations compared with their copy, {differing} differences (expected 0)"
    )


def _sample(
    found: list[tuple[Quotation, ...]], texts: list[str], files: list[Path], size: int, seed: int
) -> None:
    everything = [(k, q) for k, quotes in enumerate(found) for q in quotes]
    print(f"\n{size} quotations drawn at random (seed {seed}):")
    for k, quote in random.Random(seed).sample(everything, min(size, len(everything))):
        text = texts[k]
        context = text[max(0, quote.start - 160) : quote.end + 80].replace("\n", " ")
        flags = " partial" if quote.partial else ""
        flags += " inherited" if quote.inherited else ""
        print(
            f"- {files[k].parent.name}/{files[k].name}: speaker={quote.speaker_text!r} verb={quote.verb!r}{flags}"
        )
        print(f"    quote: {quote.text[:120]!r}")
        print(f"    context: ...{context}...")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--sample", type=int, default=20)
    parser.add_argument("--seed", type=int, default=10)
    parser.add_argument("--hostile", type=int, default=200_000, help="characters of the smaller hostile text")
    options = parser.parse_args()
    folder = corpus_folder("bbc")
    files = article_files(folder, options.limit)
    texts = [p.read_text(encoding="utf-8") for p in files]
    words = _tables()
    print(describe_setup())
    found = _speed(texts, words, options.repeat)
    _counts(found)
    _growth(texts, words)
    _hostile(options.hostile)
    _pairs(found, words, folder, files)
    _sample(found, texts, files, options.sample, options.seed)


if __name__ == "__main__":
    main()
