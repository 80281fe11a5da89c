"""The plain data types: how a figure reads in a finding."""

from __future__ import annotations

from factcheck.model import Quantity

# --- how a figure is shown in a finding ---------------------------------------------------------


def test_a_floor_is_shown_as_at_least_with_thousands_separated():
    assert str(Quantity(2012.0, 4024.0, "deaths", "people", bound="floor")) == "at least 2,012 deaths"


def test_an_approximate_figure_is_shown_by_its_middle():
    assert (
        str(Quantity(63000.0, 77000.0, "distance", "", bound="approx", dimension="length"))
        == "about 70 km distance"
    )


def test_millions_are_shown_in_words():
    assert str(Quantity(10_400_000.0, 10_400_000.0, "votes", "votes")) == "10.4 million votes"


def test_a_sum_of_money_is_shown_with_its_currency():
    assert str(Quantity(2.7e10, 2.7e10, "money", "", currency="USD", kind="money")) == "USD 27 billion money"


def test_the_reach_of_a_record_is_shown_in_years_back():
    years = 31556952.0
    value = Quantity(
        19 * years, 20 * years, "years-since", "", bound="range", kind="year-span", dimension="time"
    )
    assert str(value) == "19..20 years back"
