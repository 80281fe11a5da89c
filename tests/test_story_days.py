"""An undated article that names a day by its weekday and date was written within days of it.

News writes "on Tuesday, March 5" only for the week around its own date, so such an article is
compared as if dated that day with articles dated close to it (an age that differs by a year is
then a conflict, not a birthday)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from factcheck.model import Finding
from factcheck.sources.calendar import story_day

FindingsFor = Callable[..., tuple[Finding, ...]]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "The court in Port Alder sentenced her on Tuesday, March 5th. She was arrested in 2029.",
            date(2030, 3, 5),
        ),
        ("She was detained in 2029. The verdict came on Tuesday 19 November.", date(2030, 11, 19)),
        (
            "Polls opened on Sunday, the 3rd of March, a year after the party was founded in 2029.",
            date(2030, 3, 3),
        ),
        ("The ferry sank on Friday (March 1). It was built in 2028.", date(2030, 3, 1)),
        ("The storm struck on Monday, Sept. 9, 2030, and flooded the port.", date(2030, 9, 9)),
    ],
)
def test_a_weekday_beside_its_date_gives_the_day_of_the_story(text: str, day: date) -> None:
    assert story_day(text, None) == day


def test_the_latest_such_day_is_taken() -> None:
    text = "Talks began on Monday, March 4, 2030 and ended on Friday, March 8, 2030 without a deal."
    assert story_day(text, None) == date(2030, 3, 8)


def test_a_weekday_that_does_not_fit_the_year_gives_no_day() -> None:
    assert story_day("The storm struck on Tuesday, Sept. 9, 2030.", None) is None


def test_without_a_year_in_the_text_the_day_cannot_be_told() -> None:
    assert story_day("The court sentenced her on Tuesday, March 5th.", None) is None


def test_a_year_ahead_or_a_year_in_a_name_does_not_date_the_story() -> None:
    text = "Vasko said the team was built for the 2034 final. Velmora Cup 2033 sold out on Saturday, March 9."
    assert story_day(text, None) is None


def test_a_day_long_after_the_years_the_text_recalls_is_not_guessed() -> None:
    """A profile that recalls only events of decades ago does not date itself by them."""
    assert story_day("She began modelling in 1951. She died on Sunday, December 11.", None) is None


def test_a_dated_article_keeps_its_own_date(make_source) -> None:
    source = make_source(
        "The court ruled on Tuesday, March 5th. She was arrested in 2029.", published="2030-03-06"
    )
    assert source.published == date(2030, 3, 6) and source.story_day is None


def test_an_undated_article_carries_its_story_day(make_source) -> None:
    source = make_source("The court ruled on Tuesday, March 5th. She was arrested in 2029.")
    assert source.published is None and source.story_day == date(2030, 3, 5)


def _ages(findings: tuple[Finding, ...]) -> list[Finding]:
    return [f for f in findings if f.rule == "FC501"]


def test_ages_a_year_apart_conflict_when_the_undated_article_names_its_day(findings_for: FindingsFor) -> None:
    dated = ("The 58-year-old developer Mara Velden was sentenced in Port Alder on Tuesday.", "2030-03-06")
    undated = (
        "Mara Velden, 57, was sentenced in Port Alder on Tuesday, March 5th. Velden was arrested in 2028.",
        None,
    )
    assert _ages(findings_for(dated, undated))


def test_ages_a_year_apart_agree_when_the_undated_article_names_no_day(findings_for: FindingsFor) -> None:
    dated = ("The 58-year-old developer Mara Velden was sentenced in Port Alder on Tuesday.", "2030-03-06")
    undated = (
        "Mara Velden, 57, was sentenced in Port Alder. Velden was arrested in 2028.",
        None,
    )
    assert not _ages(findings_for(dated, undated))


def test_a_named_day_far_from_the_other_date_is_another_moment(findings_for: FindingsFor) -> None:
    dated = ("The 58-year-old developer Mara Velden was sentenced in Port Alder on Tuesday.", "2031-03-04")
    undated = (
        "Mara Velden, 57, was sentenced in Port Alder on Tuesday, March 5th. Velden was arrested in 2028.",
        None,
    )
    assert not _ages(findings_for(dated, undated))
