"""Comparing number phrases: the same value in other words or units, within the rounding news writes."""

from __future__ import annotations

from datetime import date
from importlib import resources

import pytest

from factcheck.extract.numbers import NumberPhrase, read_numbers
from factcheck.lexicon.numbers import NumberLexicon, number_lexicon
from factcheck.rules.number_compare import agreement, same_quantity


@pytest.fixture(scope="module")
def lex() -> NumberLexicon:
    return number_lexicon(
        lambda name: resources.files("factcheck.data").joinpath(name).read_text(encoding="utf-8")
    )


def last(lex: NumberLexicon, sentence: str) -> NumberPhrase:
    """The last number phrase of a sentence (the article dated 2025-06-24)."""
    found = read_numbers(sentence, 0, lex, date(2025, 6, 24))
    assert found, sentence
    return found[-1]


CONSISTENT = [
    ("Police said about 5,000 marched.", "Organisers counted 5,150 marchers."),
    ("Police said 5,000 marched.", "Organisers counted 5,150 marchers."),
    ("Support stood at 53.9%.", "Support stood at 54%."),
    ("The path runs 12 miles.", "The path runs 19 km."),
    ("The wave was 30 feet high.", "The wave was 9 metres high."),
    ("The toll passed 100.", "At least 120 died."),
    ("The firm paid $2.5bn.", "The firm paid 2.5 billion dollars."),
    ("The region has 9.5 million people.", "The region has 9,500,000 people."),
    ("It reached 30C.", "It reached 86°F."),
    ("Two-thirds of members agreed.", "Some 67% of members agreed."),
    ("It won for the first time since 2004.", "It won for the first time in 21 years."),
    ("Hundreds of homes flooded.", "About 400 homes flooded."),
    ("The hosts won 3-1.", "The visitors lost 1-3 to the hosts."),
    ("A 41-year-old was held.", "The man, aged 41, was held."),
    ("Rainfall was up 10 percent.", "Rainfall was up 10%."),
]

CONFLICTING = [
    ("The toll was 19.", "The toll was 20."),
    ("Turnout was 54%.", "Turnout was 55%."),
    ("The road is 150 miles long.", "The road is 150 km long."),
    ("The quake hit 50 miles away.", "The quake hit 90 km away."),
    ("At least 1,700 died.", "The toll rose to 9,400."),
    ("The wall is 100 km long.", "The wall is 140 km long."),
    ("A 6.3-magnitude quake struck.", "A magnitude 6.1 quake struck."),
    ("The hosts won 3-1.", "The hosts won 2-1."),
    ("A 41-year-old was held.", "A man, aged 42, was held."),
    ("Two-thirds of members agreed.", "In all, 60% of members agreed."),
    ("It was the worst in 60 years.", "It was the worst in 40 years."),
    ("The crossing took 36 hours.", "The crossing took 30 hours."),
]

INCOMPARABLE = [
    ("The firm paid $2.5bn.", "The firm paid €2.5bn."),
    ("The road is 12 miles long.", "The trip took 12 hours."),
    ("Prices rose 5%.", "Prices rose 5 percentage points."),
    ("She was the second to finish.", "She got 2 votes."),
    ("The crowd was 300.", "The barrier is 300 metres long."),
]


@pytest.mark.parametrize(("first", "second"), CONSISTENT)
def test_consistent_figures_agree(lex, first, second):
    assert same_quantity(last(lex, first), last(lex, second))
    assert same_quantity(last(lex, second), last(lex, first))


@pytest.mark.parametrize(("first", "second"), CONFLICTING)
def test_conflicting_figures_conflict(lex, first, second):
    assert agreement(last(lex, first), last(lex, second)) == "conflict"


@pytest.mark.parametrize(("first", "second"), INCOMPARABLE)
def test_figures_of_other_kinds_are_incomparable(lex, first, second):
    assert agreement(last(lex, first), last(lex, second)) == "incomparable"
    assert not same_quantity(last(lex, first), last(lex, second))


def test_a_small_count_is_exact(lex):
    assert not same_quantity(last(lex, "Ten boats sank."), last(lex, "Eleven boats sank."))


def test_rounding_is_at_most_a_tenth_of_the_value(lex):
    assert not same_quantity(last(lex, "The race is 100 km."), last(lex, "The race is 120 km."))
