"""Quotations of one statement: a noun's number, fragments in another order, a named against a described speaker."""

from __future__ import annotations

from collections.abc import Callable
from importlib import resources

import pytest
from tests.conftest import findings_of

from factcheck.lexicon import Lexicon
from factcheck.lexicon.quotes import QuoteWords, quote_words
from factcheck.model import Severity, Source
from factcheck.rules.quote_meaning import compare_quotes


@pytest.fixture(scope="module")
def words() -> QuoteWords:
    return quote_words(
        lambda name: resources.files("factcheck.data").joinpath(name).read_text(encoding="utf-8")
    )


@pytest.mark.parametrize(
    ("a", "b", "singular"),
    [
        ("The delay came from a signalling fault.", "The delay came from signalling faults.", "fault"),
        (
            "The crash came from a fault in the signal box.",
            "The crash came from faults in the signal box.",
            "fault",
        ),
        (
            "Inspectors found an error in the new report.",
            "Inspectors found errors in the new report.",
            "error",
        ),
        ("This delay will cost the port dearly.", "These delays will cost the port dearly.", "delay"),
        (
            "Police arrested a suspect near the harbour.",
            "Police arrested suspects near the harbour.",
            "suspect",
        ),
    ],
)
def test_a_counted_noun_singular_against_plural_is_a_change_of_wording(
    a: str, b: str, singular: str, words: QuoteWords
) -> None:
    found = compare_quotes(a, b, words)
    assert found is not None and found.kind == "wording" and singular in found.explanation


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The engineer says the pier reopens in May.", "The engineers say the pier reopens in May."),
        ("It was due to driver error in the box.", "It was due to the driver error in the box."),
        ("We will rebuild the pier by May.", "We will rebuild the pier by May."),
    ],
)
def test_no_counted_noun_no_change_of_number(a: str, b: str, words: QuoteWords) -> None:
    assert compare_quotes(a, b, words) is None


def quote_findings(make_source: Callable[..., Source], lexicon: Lexicon, a: str, b: str) -> list[Severity]:
    sources = [make_source(a, id="a", published="2031-06-02"), make_source(b, id="b", published="2031-06-02")]
    return [f.severity for f in findings_of(sources, lexicon) if f.rule == "FC701"]


FRONT = "Fighters of the Ashfall Liberation Front entered Dar Kelba on Monday. "


def test_a_named_speaker_is_compared_with_the_group_that_describes_them(
    make_source: Callable[..., Source], lexicon: Lexicon
) -> None:
    a = (
        FRONT
        + '"We will hold the bridge until the army leaves the valley," the rebel commander Tarek Olan said.'
    )
    b = FRONT + '"We will hold the bridge until the army bombs the valley," the rebels said in a statement.'
    assert quote_findings(make_source, lexicon, a, b) == [Severity.WARNING]


def test_a_named_speaker_and_an_unrelated_description_are_not_compared(
    make_source: Callable[..., Source], lexicon: Lexicon
) -> None:
    a = (
        FRONT
        + '"We will hold the bridge until the army leaves the valley," the rebel commander Tarek Olan said.'
    )
    b = FRONT + '"We will hold the bridge until the army bombs the valley," the villagers said.'
    assert quote_findings(make_source, lexicon, a, b) == []


def test_fragments_in_another_order_are_one_statement(
    make_source: Callable[..., Source], lexicon: Lexicon
) -> None:
    a = FRONT + '"The garrison has surrendered" and "we hold the port of Dar Kelba now," the rebels said.'
    b = FRONT + '"We hold the port of Dar Kelba now. The garrison has surrendered," the rebels said.'
    assert quote_findings(make_source, lexicon, a, b) == []


def test_fragments_with_words_the_other_lacks_are_a_note(
    make_source: Callable[..., Source], lexicon: Lexicon
) -> None:
    a = FRONT + '"The garrison has surrendered" and "we hold the port of Dar Kelba now," the rebels said.'
    b = (
        FRONT
        + '"We hold the port of Dar Kelba now with the garrison. Go back to your homes and wait," the rebels said.'
    )
    assert quote_findings(make_source, lexicon, a, b) == [Severity.INFO]
