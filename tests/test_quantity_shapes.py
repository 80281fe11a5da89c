"""Quantity shapes that generalise: hyphenated units and durations, amounts in words and in lakh and
crore, ages before a name or after "who is", and the toll a part is taken from."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from factcheck.extract import extract
from factcheck.extract.numbers import read_numbers
from factcheck.lexicon import Lexicon
from factcheck.model import Claim, Quantity, Scope, Source
from factcheck.rules.number_compare import agreement


@pytest.fixture
def quantities(make_source: Callable[..., Source], lexicon: Lexicon) -> Callable[..., list[Claim]]:
    """The quantity claims of a text published 2031-03-08."""

    def read(text: str) -> list[Claim]:
        extraction = extract(make_source(text, published="2031-03-08"), lexicon)
        return [c for c in extraction.claims if c.predicate == "quantity"]

    return read


def measured(claims: list[Claim]) -> list[tuple[str, float]]:
    """Each claim as "measure:detail" and its low value, rounded."""
    found = []
    for claim in claims:
        value = claim.value
        assert isinstance(value, Quantity)
        found.append((f"{value.measure}:{value.detail}".rstrip(":"), round(value.low, 3)))
    return found


def main_claims(claims: list[Claim]) -> list[Claim]:
    return [c for c in claims if isinstance(c.value, Quantity) and c.value.scope == Scope.MAIN]


# Hyphenated unit adjectives: the length of the thing the figure modifies


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Fire crews closed a 12-mile stretch of the Zellen Road on Saturday.",
            ("length:stretch", 19312.128),
        ),
        ("A 30-kilometre convoy of lorries waited outside Saltmere.", ("length:convoy", 30000.0)),
        ("A 40-foot wave struck the harbour at Quillon.", ("height:wave", 12.192)),
        ("A 3-metre concrete wall collapsed onto the road in Port Alder.", ("height:wall", 3.0)),
        ("Engineers sealed a 500-metre tunnel under Velmora.", ("length:tunnel", 500.0)),
        ("Drivers sat in a 20-mile tailback near Port Alder.", ("length:tailback", 32186.88)),
        ("A 12-mile-long convoy of lorries waited near Saltmere.", ("length:convoy", 19312.128)),
        (
            "A 10-mile (16km) stretch of the coast road near Saltmere was closed.",
            ("length:stretch", 16093.44),
        ),
        ("A 2km queue of trucks formed at the Saltmere crossing.", ("length:queue", 2000.0)),
    ],
)
def test_a_hyphenated_unit_measures_the_thing_it_modifies(quantities, text, expected):
    assert measured(quantities(text)) == [expected]


def test_a_distance_from_a_place_stays_a_distance(quantities):
    assert measured(quantities("The wildfire was 19 km from Zellen on Friday.")) == [("distance", 19000.0)]


# How long an event lasted, in seconds, keyed by the event


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A three-hour standoff at a bank in Emberly ended on Friday.", ("duration:standoff", 10800.0)),
        ("After a 10-day search, the climbers were found near Saltmere.", ("duration:search", 864000.0)),
        ("The siege of the town hall in Port Alder ended after 12 hours.", ("duration:siege", 43200.0)),
        ("The search for the climbers went on for ten days.", ("duration:search", 864000.0)),
        (
            "The standoff at the Emberly bank, which lasted nine hours, ended calmly.",
            ("duration:standoff", 32400.0),
        ),
        ("Mara Velden and Oren Vasko held a 90-minute meeting in Port Alder.", ("duration:meeting", 5400.0)),
        ("The meeting in Port Alder on Wednesday lasted an hour and a half.", ("duration:meeting", 5400.0)),
        ("The deal came after nine hours of talks in Port Alder.", ("duration:talks", 32400.0)),
        ("The nine-hour-long standoff in Emberly ended on Friday.", ("duration:standoff", 32400.0)),
    ],
)
def test_a_span_of_an_event_is_its_duration_in_seconds(quantities, text, expected):
    assert measured(quantities(text)) == [expected]


def test_a_span_of_doing_something_keeps_its_unit_and_verb(quantities):
    claims = quantities("Mara Velden attended the Saltmere forum for three years.")
    assert measured(claims) == [("years:attend", 3.0)]


# Fractions, amounts in words, lakh and crore: read, and compared with their equivalents


def phrase(text: str, lexicon: Lexicon):
    found = read_numbers(text, 0, lexicon.numbers)
    assert len(found) == 1, [p.text for p in found]
    return found[0]


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        ("Two-thirds of voters backed it.", "67% of voters backed it.", "agree"),
        ("Two-thirds of voters backed it.", "41 per cent of voters backed it.", "conflict"),
        ("Three quarters of the staff left.", "75% of the staff left.", "agree"),
        ("It cost half a billion dollars.", "It cost $500m.", "agree"),
        ("It cost half a billion dollars.", "It cost $150m.", "conflict"),
        ("The fund holds a quarter of a million dollars.", "The fund holds $250,000.", "agree"),
        ("The state approved Rs 500 crore.", "The state approved Rs 5 billion.", "agree"),
        ("The state approved Rs 500 crore.", "The state approved Rs 500 billion.", "conflict"),
        ("About 10 lakh people attended.", "About a million people attended.", "agree"),
        ("Rs 2 lakh crore was spent.", "Rs 2 trillion was spent.", "agree"),
    ],
)
def test_amounts_in_words_and_south_asian_scales_compare_with_digits(lexicon, a, b, verdict):
    assert agreement(phrase(a, lexicon), phrase(b, lexicon)) == verdict


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two-thirds of voters in Velmora backed the new charter.", ("verdict:voters back", 0.667)),
        ("The charter was backed by 41 per cent of voters in Velmora.", ("verdict:voters back", 41.0)),
        ("Just over half of voters in Velmora backed the new charter.", ("verdict:voters back", 0.5)),
        (
            "Some 58% of residents in Port Alder rejected the harbour scheme.",
            ("verdict:residents reject", 52.2),
        ),
        ("More than a third of members in Port Alder voted for the strike.", ("verdict:members back", 0.333)),
    ],
)
def test_a_share_of_an_electorate_that_voted_is_one_result(quantities, text, expected):
    assert measured(quantities(text)) == [expected]


def test_a_share_that_voted_at_all_is_a_turnout_not_a_result(quantities):
    claims = quantities("Only 35% of members in Port Alder voted in the ballot.")
    assert measured(claims) == [("percent:members", 35.0)]


def test_a_share_of_a_poll_in_the_present_is_no_result(quantities):
    claims = quantities("A survey found that 54% of voters in Velmora support the charter.")
    assert measured(claims) == [("percent:voters", 54.0)]


def test_more_than_half_is_bounded_by_the_whole(lexicon):
    found = phrase("Just over half of voters backed it.", lexicon)
    assert (found.low, round(found.high, 3)) == (0.5, 0.55)


def test_a_sum_more_than_planned_is_an_overrun_not_a_hedged_cost(quantities):
    claim = only(quantities("The Harlow Bridge cost Carrow Energy half a billion dollars more than planned."))
    assert measured([claim]) == [("money:cost overrun", 500000000.0)]
    assert not claim.stance.hedged


def test_a_sum_under_budget_is_a_saving(quantities):
    assert measured(quantities("The Harlow Bridge was finished $20m under budget.")) == [
        ("money:budget saving", 20000000.0)
    ]


def only(claims: list[Claim]) -> Claim:
    assert len(claims) == 1, [c.span.text for c in claims]
    return claims[0]


# Ages: before a name and a noun, after "who is"


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Dunmore Rovers signed the 29-year-old striker Kofi Brandt from Ellwick.", 29.0),
        ("Police arrested the 41-year-old nurse Mara Velden in Port Alder.", 41.0),
        ("Ilse Marrow, who is 47, took charge of the Larkhaven port authority.", 47.0),
        ("Ilse Marrow, who was 47, ran the Larkhaven port authority.", 47.0),
        ("Ilse Marrow, now 52, left the Larkhaven port authority.", 52.0),
        ("The port is run by Ilse Marrow, who turned 60.", 60.0),
        ("Coach Oren Vasko praised 18-year-old Harbourton centre Mathew Tallis.", 18.0),
    ],
)
def test_an_age_is_held_by_the_person_it_describes(quantities, text, age):
    claim = only(quantities(text))
    assert measured([claim]) == [("age", age)]
    assert claim.subject is not None


def test_a_club_before_the_noun_does_not_hold_the_age(make_source, lexicon):
    text = "Coach Oren Vasko praised 18-year-old Harbourton centre Mathew Tallis."
    extraction = extract(make_source(text, published="2031-03-08"), lexicon)
    claim = only([c for c in extraction.claims if c.predicate == "quantity"])
    assert claim.subject is not None
    assert extraction.mentions[claim.subject].span.text == "Mathew Tallis"


def test_an_age_after_who_was_is_no_toll(quantities):
    claim = only(quantities("Police said the driver, who was 23, died at the scene in Velmora."))
    assert measured([claim]) == [("age", 23.0)]


# The whole a part is taken from


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("Anja Reiter was one of the 12 victims of the storm in Brackwater.", ("victims", 12.0)),
        ("Three of the 45 people injured in the blast in Port Alder are critical.", ("injured", 45.0)),
        ("Two of the 20 hostages held in Saltmere were freed on Monday.", ("hostages", 20.0)),
        ("Five of the 30 people missing after the flood in Velmora were found.", ("missing", 30.0)),
        ("One of the 14 passengers of the Saltmere ferry swam ashore.", ("passengers", 14.0)),
    ],
)
def test_a_part_gives_the_whole_toll_of_the_event(quantities, text, whole):
    assert measured(main_claims(quantities(text))) == [whole]


def test_a_part_of_a_chamber_gives_no_toll(quantities):
    claims = quantities("The Green Front won 88 of the 150 seats in Velmora.")
    assert measured(claims) == [("seats", 88.0)]
