"""Counts of a recurring deed (extract/recurring.py) and whose they are (extract/doers.py): how many
years or times someone attended or did something, told by lists of years, ordinals of a run,
"back-to-back years" and "every year since"; never from a list of years that dates something else."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from factcheck.extract import extract
from factcheck.lexicon import Lexicon
from factcheck.model import Quantity, Scope, Source

INTRO = "Mayor Mara Velden opened the Saltmere harbour forum on Monday."


@pytest.fixture
def counts(
    make_source: Callable[..., Source], lexicon: Lexicon
) -> Callable[..., list[tuple[str, str, float, float]]]:
    """The main counts of years and times of a text as (holder, measure:verb, low, high)."""

    def read(text: str, published: str | None = "2031-03-08") -> list[tuple[str, str, float, float]]:
        extraction = extract(make_source(text, published=published), lexicon)
        found = []
        for claim in extraction.claims:
            value = claim.value
            if not isinstance(value, Quantity) or value.measure not in ("years", "times"):
                continue
            if value.scope != Scope.MAIN or claim.stance.negated:
                continue
            holder = extraction.mentions[claim.subject].key if claim.subject is not None else ""
            found.append((holder, f"{value.measure}:{value.detail}", value.low, value.high))
        return found

    return read


# Lists of years


@pytest.mark.parametrize(
    "text",
    [
        "In 2029 and 2030, Mara Velden attended the Saltmere forum.",
        "Back in 2029 and 2030, Mara Velden attended the Saltmere forum.",
        "Back in 2029 and 2030, Mara Velden, the port's envoy, attended forums held in Saltmere and Port Alder.",
        "Mara Velden attended the Saltmere forum in 2029 and 2030.",
        "Mara Velden attended the Saltmere forum in both 2029 and 2030.",
        "Mara Velden attended the Saltmere forum in 2029 and in 2030.",
        "Mara Velden attended the Saltmere forum in 2029 and again in 2030.",
        "Mara Velden, who attended the Saltmere forum in 2029 and 2030, called it a success.",
        "Mara Velden attended the 2029 and 2030 harbour forums in Saltmere.",
        "Mara Velden attended the annual meeting of the forum in 2029 and 2030.",
    ],
)
def test_two_listed_years_are_two_years_of_attending(counts, text):
    assert counts(text) == [("Mara Velden", "years:attend", 2, 2)]


@pytest.mark.parametrize(
    "years", ["in 2029, 2030 and 2031", "in 2029, 2030, and 2031", "in each of 2029, 2030 and 2031"]
)
def test_three_listed_years_with_commas_are_three_years(counts, years):
    text = f"Oren Vasko attended the Saltmere forum {years}."
    assert counts(text) == [("Oren Vasko", "years:attend", 3, 3)]


def test_a_list_of_years_keeps_the_years_it_covers(make_source, lexicon):
    extraction = extract(make_source("Oren Vasko attended the forum in 2029, 2030 and 2031."), lexicon)
    (claim,) = [c for c in extraction.claims if isinstance(c.value, Quantity)]
    assert isinstance(claim.value, Quantity)
    assert (claim.value.period, claim.value.listed) == ((2029, 2031), True)
    assert claim.span.text == "attended the forum in 2029, 2030 and 2031"


# Ordinals of a run, back-to-back, every year since


@pytest.mark.parametrize(
    "phrase",
    [
        "for the third consecutive year",
        "for a third straight year",
        "for the third year running",
        "for the third year in a row",
        "for a third successive year",
        "for the 3rd year in a row",
    ],
)
def test_the_ordinal_of_a_run_of_years_is_its_count(counts, phrase):
    assert counts(f"Mara Velden attended the Saltmere forum {phrase}.") == [
        ("Mara Velden", "years:attend", 3, 3)
    ]


def test_the_ordinal_of_a_run_of_times_counts_times(counts):
    text = "Oren Vasko won the Saltmere regatta for a record fifth consecutive time."
    assert counts(text) == [("Oren Vasko", "times:win", 5, 5)]


def test_an_ordinal_without_a_word_of_a_run_counts_nothing(counts):
    assert counts("Oren Vasko attended the Saltmere forum for the third time.") == []


def test_back_to_back_years_are_two(counts):
    text = "Oren Vasko attended the Saltmere forum in back-to-back years."
    assert counts(text) == [("Oren Vasko", "years:attend", 2, 2)]


def test_every_year_since_counts_to_the_article_year_with_or_without_this_one(counts):
    text = "Mara Velden has attended the Saltmere forum every year since 2029."
    assert counts(text, "2031-03-08") == [("Mara Velden", "years:attend", 2, 3)]


def test_every_year_since_says_nothing_in_an_undated_article(counts):
    assert counts("Mara Velden has attended the Saltmere forum every year since 2029.", None) == []


def test_every_year_from_one_year_to_another_counts_both(counts):
    text = "Every year from 2029 to 2031, Mara Velden attended the Saltmere forum."
    assert counts(text) == [("Mara Velden", "years:attend", 3, 3)]


@pytest.mark.parametrize(
    "phrase", ["in each of the past three years", "each of the last three years", "for the past three years"]
)
def test_a_run_of_the_last_years_is_the_main_count(counts, phrase):
    text = f"Mara Velden has attended the Saltmere forum {phrase}."
    assert counts(text) == [("Mara Velden", "years:attend", 3, 3)]


# Whose the count is: the subject of the verb


def test_a_reflexive_after_the_name_keeps_the_name_the_subject(counts):
    text = f"{INTRO} Velden herself has attended the forum three years running."
    assert counts(text) == [("Mara Velden", "years:attend", 3, 3)]


@pytest.mark.parametrize(
    "subject",
    [
        "Velden's predecessor Oren Vasko",
        "Her predecessor, Oren Vasko,",
        "The former mayor, Oren Vasko,",
        "Velden's predecessor, former mayor Oren Vasko,",
        "Oren Vasko, Velden's predecessor,",
    ],
)
def test_an_apposition_gives_the_count_to_the_person_it_names(counts, subject):
    text = f"{INTRO} {subject} attended the forum for three straight years."
    assert counts(text) == [("Oren Vasko", "years:attend", 3, 3)]


@pytest.mark.parametrize(
    "subject", ["Velden's predecessor, Vasko,", "Velden's predecessor", "Velden's former deputy"]
)
def test_a_possessive_is_never_the_subject(counts, subject):
    text = f"{INTRO} {subject} attended the forum for three straight years."
    assert [holder for holder, *_ in counts(text)] == [""]


def test_a_name_inside_a_relative_clause_is_not_the_subject(counts):
    text = "Mara Velden, who succeeded Oren Vasko, attended the Saltmere forum for three years."
    assert counts(text) == [("Mara Velden", "years:attend", 3, 3)]


def test_she_stands_for_the_person_named_last(counts):
    text = f"{INTRO} She attended the forum in 2029 and 2030."
    assert counts(text) == [("Mara Velden", "years:attend", 2, 2)]


# Lists of years that date something else


@pytest.mark.parametrize(
    "text",
    [
        "Mara Velden, who was re-elected in 2029 and 2031, attended the Saltmere forum.",
        "Mara Velden attended the Saltmere forum, held in Port Alder in 2029 and 2030.",
        "Mara Velden attended the Saltmere forum, which met in Port Alder in 2029 and 2030.",
        "Mara Velden attended the Saltmere forum after floods hit the coast in 2029 and 2030.",
        "Mara Velden attended the Saltmere forum, beating the Harbour Council's envoy in 2029 and 2030.",
        "In 2029 and 2030, floods hit Saltmere and Mara Velden attended the harbour forum.",
        "In 2029 and 2030, the forum was held in Port Alder, and Mara Velden attended it.",
        "Mara Velden attended the Saltmere forum in 2029 and was re-elected in 2030.",
        "Mara Velden and Oren Vasko attended the Saltmere forum in 2029 and 2030 respectively.",
    ],
)
def test_a_list_of_years_dating_something_else_is_no_count_of_attending(counts, text):
    assert not [c for c in counts(text) if c[1] == "years:attend"]


def test_a_list_after_another_verb_counts_that_verb(counts):
    text = "The forum, which Mara Velden attended in 2029 and 2030, met in Port Alder."
    assert counts(text) == [("Mara Velden", "years:attend", 2, 2)]


# Counts of times in words


@pytest.mark.parametrize(
    "text",
    [
        "Mara Velden has attended the Saltmere forum twice.",
        "Mara Velden has twice attended the Saltmere forum.",
        "Mara Velden attended the Saltmere forum on two occasions.",
    ],
)
def test_twice_and_two_occasions_are_two_times(counts, text):
    assert counts(text) == [("Mara Velden", "times:attend", 2, 2)]


@pytest.mark.parametrize(
    "text",
    [
        "Mara Velden attends the Saltmere forum twice a year.",
        "The Saltmere forum drew twice as many delegates as last year, Mara Velden said.",
        "Mara Velden has attended the Saltmere forum more than twice.",
        "Mara Velden has attended the Saltmere forum at least twice.",
        "The Port Alder crew staged a late fight back, scoring twice.",
        "Mara Velden visited the Saltmere harbour twice weekly.",
    ],
)
def test_twice_as_a_frequency_or_a_comparison_is_no_count(counts, text):
    assert counts(text) == []
