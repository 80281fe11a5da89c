"""A count given before counting ends is partial: never compared with the final count."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from factcheck.extract.partial_counts import is_partial
from factcheck.extract.text import tokenize
from factcheck.lexicon import Lexicon
from factcheck.model import Finding

FindingsFor = Callable[..., tuple[Finding, ...]]


@pytest.mark.parametrize(
    "sentence",
    [
        "With 62% of ballots counted, Ilse Marrow had 41,300 votes.",
        "With 70 percent of the ballots tallied, the Harbour Alliance led.",
        "According to preliminary results, the alliance took 38% of the vote.",
        "Preliminary official returns gave the alliance 61 seats.",
        "The provisional tally put Bram Ettinger on 9,870 votes.",
        "With 40 of 58 precincts reporting, Bram Ettinger led.",
        "Bram Ettinger had 9,870 votes with counting still under way.",
        "Bram Ettinger has received 12,480 votes so far.",
        "Thousands of postal ballots are yet to be counted.",
    ],
)
def test_a_count_before_the_end_is_partial(lexicon: Lexicon, sentence: str) -> None:
    assert is_partial(lexicon, tokenize(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Ilse Marrow won the governor's race with 67,950 votes.",
        "Final results gave the alliance 44% of the vote.",
        "A total of 1.2 million votes were counted.",
        "Counted among the dead were 12 children.",
        "The early morning vote drew 4,000 people.",
    ],
)
def test_a_final_count_is_not_partial(lexicon: Lexicon, sentence: str) -> None:
    assert not is_partial(lexicon, tokenize(sentence))


def test_a_partial_tally_does_not_rival_the_final_one(findings_for: FindingsFor) -> None:
    partial = ("With 62% of ballots counted, Ilse Marrow had 41,300 votes in Larkhaven.", "2031-09-08")
    final = ("Ilse Marrow won 67,950 votes in Larkhaven.", "2031-09-09")
    assert not [f for f in findings_for(partial, final) if f.rule == "FC501"]


def test_two_final_tallies_that_differ_conflict(findings_for: FindingsFor) -> None:
    one = ("Ilse Marrow won 67,950 votes in Larkhaven, the election board said.", "2031-09-09")
    other = ("Ilse Marrow won 76,950 votes in Larkhaven, the election board said.", "2031-09-09")
    assert [f for f in findings_for(one, other) if f.rule == "FC501"]
