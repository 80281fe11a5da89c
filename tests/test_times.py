"""Times of day: which time of day an article gives an event, as a span of minutes after midnight."""

from __future__ import annotations

import pytest

from factcheck.extract import extract
from factcheck.extract.times import find_times
from factcheck.rules.times import gap

PUBLISHED = "2031-06-24"


@pytest.fixture
def times(make_source, lexicon):
    """The time-of-day claims of one article, as (event, start, end) in minutes."""

    def find(text: str):
        extraction = extract(make_source(text, published=PUBLISHED), lexicon)
        return [
            (c.value.event, c.value.start, c.value.end) for c in extraction.claims if c.predicate == "time"
        ]

    return find


def spans(lexicon, text: str) -> list[tuple[int, int]]:
    return [(t.first, t.last) for t in find_times(lexicon.day_times, text, 0, len(text))]


def test_a_twelve_hour_clock_time_is_a_moment(lexicon):
    assert spans(lexicon, "The blast came at 10.30pm on Monday.") == [(22 * 60 + 30, 22 * 60 + 30)]


def test_a_twenty_four_hour_clock_time_needs_a_preposition(lexicon):
    assert spans(lexicon, "The train left at 22:30.") == [(1350, 1350)]
    assert spans(lexicon, "The 22:30 service was cancelled.") == []


def test_shortly_before_widens_a_time_backwards(lexicon):
    assert spans(lexicon, "It began shortly before midnight.") == [(23 * 60 - 30, 30)]


def test_a_part_of_the_day_needs_a_lead_word(lexicon):
    assert spans(lexicon, "The fire spread in the evening.") == [(17 * 60, 23 * 60)]
    assert spans(lexicon, "She reads a morning newspaper.") == []


def test_early_narrows_a_part_of_the_day(lexicon):
    assert spans(lexicon, "It hit in the early morning.") == [(60, 7 * 60 + 30)]


def test_a_weekday_with_a_part_of_the_day(lexicon):
    assert spans(lexicon, "The crash happened on Sunday night.") == [(18 * 60, 6 * 60)]


def test_until_is_a_bound_not_a_time(lexicon):
    assert spans(lexicon, "The roads stay shut until 10pm.") == []


def test_an_explosion_at_a_clock_time_is_a_time_of_the_explosion(times):
    found = times(
        "The explosion tore through the Brennick depot at 10.30pm on Monday, fire chief Oda Lind said."
    )
    assert found == [("explosion", 1350, 1350)]


def test_a_derailment_in_the_early_hours(times):
    assert times("The express derailed near Osterby in the early hours of Monday.") == [("crash", 0, 360)]


def test_a_time_far_from_any_event_word_gives_no_claim(times):
    assert times("The mayor spoke to reporters at 3pm about the budget.") == []


def test_gap_goes_round_the_clock():
    from factcheck.model import TimeOfDay

    late, early = TimeOfDay("crash", 23 * 60, 23 * 60), TimeOfDay("crash", 30, 30)
    assert gap(late, early) == 90
    assert gap(TimeOfDay("crash", 17 * 60, 23 * 60), TimeOfDay("crash", 20 * 60, 20 * 60)) == 0


def test_a_clock_time_in_another_zone_is_not_read(lexicon):
    assert spans(lexicon, "The quake struck at 07:37 UTC on Tuesday.") == []
    assert spans(lexicon, "She died at 6:41pm PST, her agent said.") == []
    assert spans(lexicon, "The quake struck at 7:48 a.m. local time.") == [(468, 468)]
