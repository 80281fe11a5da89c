"""Margins of victory, divisions and changes in seats: counts of their own, never a holder's tally."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from factcheck.extract import extract
from factcheck.lexicon import Lexicon
from factcheck.model import Quantity, Source

Read = tuple[str, str, str]  # the figure as written, "measure:detail", the holder's name ("" for none)


@pytest.fixture
def figures_of(make_source: Callable[..., Source], lexicon: Lexicon) -> Callable[[str], list[Read]]:
    """The quantity claims of a text as (figure, measure:detail, holder), in order."""

    def read(text: str) -> list[Read]:
        extraction = extract(make_source(text, published="2031-05-12"), lexicon)
        found = []
        for claim in extraction.claims:
            if isinstance(claim.value, Quantity):
                value = claim.value
                holder = extraction.mentions[claim.subject].key if claim.subject is not None else ""
                what = value.measure + (f":{value.detail}" if value.detail else "")
                found.append((f"{value.low:g}", what, holder))
        return found

    return read


@pytest.mark.parametrize(
    ("text", "figure", "winner"),
    [
        ("Mara Velden won the Emberly mayoral race by 312 votes.", "312", "Mara Velden"),
        ("Mara Velden beat Oren Vasko by just 40 votes in Emberly.", "40", "Mara Velden"),
        ("Mara Velden beat Oren Vasko by a margin of 1,200 votes.", "1200", "Mara Velden"),
        ("Oren Vasko lost to Mara Velden by 1,200 votes in Emberly.", "1200", "Mara Velden"),
        ("Mara Velden finished 300 votes ahead of Oren Vasko in Emberly.", "300", "Mara Velden"),
        ("Mara Velden, who defeated Oren Vasko by 412 votes, took office.", "412", "Mara Velden"),
        ("Mara Velden received 312 more votes than Oren Vasko.", "312", "Mara Velden"),
        ("Mara Velden won the Emberly seat with a 312-vote majority.", "312", "Mara Velden"),
    ],
)
def test_a_margin_is_the_winners_and_no_count_of_votes(
    figures_of: Callable[[str], list[Read]], text: str, figure: str, winner: str
) -> None:
    assert (figure, "margin:votes", winner) in figures_of(text)


def test_a_majority_of_seats_is_a_margin_in_seats(figures_of: Callable[[str], list[Read]]) -> None:
    text = "The Unity Party won the Velmora election with a majority of 12 seats."
    assert ("12", "margin:seats", "Unity Party") in figures_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mara Velden increased her majority by 300 votes in Emberly.",
        "Mara Velden won 48,210 votes in Emberly.",
        "The Unity Party won 12 more seats than in 2029.",
        "The Velmora assembly backed Mara Velden's motion with 312 votes in favour.",
    ],
)
def test_a_change_or_a_count_is_no_margin(figures_of: Callable[[str], list[Read]], text: str) -> None:
    assert not [f for f in figures_of(text) if f[1].startswith("margin")]


def test_a_margin_beside_the_counts_leaves_the_counts_alone(figures_of: Callable[[str], list[Read]]) -> None:
    text = "Mara Velden won 48,210 votes, defeating Oren Vasko by 8,436 votes."
    assert figures_of(text) == [("48210", "votes", "Mara Velden"), ("8436", "margin:votes", "Mara Velden")]


@pytest.mark.parametrize(
    ("text", "way"),
    [
        ("The Reform League gained 12 seats in the Velmora assembly.", "gained"),
        ("The Reform League was up 12 seats in the Velmora assembly.", "gained"),
        ("The Reform League picked up 12 seats in the Velmora assembly.", "gained"),
        ("The Reform League made a net gain of 12 seats.", "gained"),
        ("The Reform League won 12 more seats than last time.", "gained"),
        ("The Reform League lost 12 seats in the Velmora assembly.", "lost"),
        ("The Reform League, down 12 seats, stays in opposition.", "lost"),
        ("The Reform League suffered a loss of 12 seats.", "lost"),
    ],
)
def test_a_change_in_seats_is_gained_or_lost(
    figures_of: Callable[[str], list[Read]], text: str, way: str
) -> None:
    assert ("12", f"seat change:{way}", "Reform League") in figures_of(text)


def test_the_seats_after_a_change_are_the_partys_count(figures_of: Callable[[str], list[Read]]) -> None:
    found = figures_of("The Reform League was up 3 seats at 41 in the Velmora assembly.")
    assert [f[:2] for f in found] == [("3", "seat change:gained"), ("41", "seats")]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "The Velmora assembly passed the reconstruction bill by 212 votes to 180.",
            "reconstruction bill in assembly",
        ),
        (
            "The reconstruction bill passed 212-180 in the Velmora assembly.",
            "reconstruction bill in assembly",
        ),
        ("Senators passed the amendment 61 to 39 on Tuesday.", "amendment in senate"),
        ("MPs backed the motion by 301 votes to 257.", "motion in commons"),
        ("The Harbour Council approved the budget 31-12.", "budget in council"),
        ("The court upheld the ruling 5-4.", "ruling in court"),
        ("The Harbour Council backed the ferry motion by seven votes to four.", "ferry motion in council"),
    ],
)
def test_a_division_is_keyed_by_what_was_voted_on_and_who_voted(
    figures_of: Callable[[str], list[Read]], text: str, key: str
) -> None:
    assert [f[1] for f in figures_of(text) if f[1].startswith("division")] == [f"division:{key}"]


def test_abstentions_are_keyed_with_their_division(figures_of: Callable[[str], list[Read]]) -> None:
    found = figures_of("The Harbour Council passed the motion 31-12, with four abstentions.")
    assert ("4", "abstentions:motion in council", "") in found


def test_a_division_with_nothing_voted_on_is_not_keyed(figures_of: Callable[[str], list[Read]]) -> None:
    found = figures_of("Lawmakers voted 54-46 late on Tuesday.")
    assert [f[1] for f in found] == ["division"]


def test_two_counts_of_a_sentence_imply_the_winners_margin(figures_of: Callable[[str], list[Read]]) -> None:
    text = "Mara Velden received 48,210 votes against 39,774 for Oren Vasko in Emberly."
    assert ("8436", "margin:votes", "Mara Velden") in figures_of(text)


def test_three_counts_imply_no_margin(figures_of: Callable[[str], list[Read]]) -> None:
    text = "Mara Velden got 21,380 votes, Oren Vasko 19,002 and Noor Halden 4,100 in Emberly."
    assert not [f for f in figures_of(text) if f[1].startswith("margin")]


def test_a_name_that_is_not_the_subject_wins_no_margin(figures_of: Callable[[str], list[Read]]) -> None:
    text = "He worked under Mara Velden for years and won the Emberly seat by 11 votes."
    assert ("11", "margin:votes", "") in figures_of(text)
