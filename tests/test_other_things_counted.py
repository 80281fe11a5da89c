"""FC501 and figures of something else than the fact compared: offers, another person's age, an
aftershock's magnitude. Each has a twin where the story's own figures still conflict."""

from __future__ import annotations

import pytest

CONTEXT = "Fans gathered outside the Harlow Arena in Port Alder, where Velmora United play."
QUAKE = "Teams of the Harlow Relief Agency searched the hills above Velmora."


def fc501(findings):
    return [f for f in findings if f.rule == "FC501"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Velmora United have offered Marek Hale a two-year deal.",
            "Port Alder City offered Marek Hale a one-year deal.",
        ),
        (
            "Velmora United offered Marek Hale a contract worth $8m.",
            "Marek Hale turned down a $5m offer from Port Alder City.",
        ),
        (
            "Velmora United made Marek Hale an offer of four years.",
            "Marek Hale has a three-year offer from Port Alder City.",
        ),
        ("Velmora United bid $12m for Marek Hale.", "Port Alder City's $9m bid for Marek Hale was rejected."),
        (
            "Marek Hale was offered a five-year deal worth $40m.",
            "Marek Hale was offered a four-year deal worth $30m.",
        ),
    ],
)
def test_two_offers_are_two_proposals_not_one_fact(findings_for, first, second):
    found = fc501(findings_for((f"{first} {CONTEXT}", "2031-01-10"), (f"{second} {CONTEXT}", "2031-01-10")))
    assert found == []


def test_two_signed_contracts_of_one_player_still_conflict(findings_for):
    found = fc501(
        findings_for(
            (f"Marek Hale, 27, has signed a two-year contract. {CONTEXT}", "2031-01-10"),
            (f"Marek Hale, 29, has signed a two-year contract. {CONTEXT}", "2031-01-10"),
        )
    )
    assert len(found) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Prosecutors played a tape of Ivo Brandt threatening the 11-year-old girl.",
        "Ivo Brandt was accused of assaulting the 11-year old boy in Port Alder.",
        "Witnesses saw Ivo Brandt push the 11-year-old pupil.",
    ],
)
def test_the_age_of_someone_else_after_a_verb_is_not_the_named_person_s(findings_for, sentence):
    found = fc501(
        findings_for(
            (f"{sentence} Ivo Brandt, 55, denies the charges at Port Alder Crown Court.", "2031-01-10"),
            ("Ivo Brandt, 55, denies the charges at Port Alder Crown Court.", "2031-01-10"),
        )
    )
    assert found == []


def test_an_age_in_apposition_after_the_still_belongs_to_the_name(findings_for):
    found = fc501(
        findings_for(
            ("Ivo Brandt, the 55-year-old head of the Port Alder docks, denies the charges.", "2031-01-10"),
            ("Ivo Brandt, 61, head of the Port Alder docks, denies the charges.", "2031-01-10"),
        )
    )
    assert len(found) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Two aftershocks, magnitude 2.9 and 2.2, followed.",
        "Several aftershocks followed, the largest of magnitude 3.4.",
        "An aftershock, measuring 3.1, shook Velmora an hour later.",
    ],
)
def test_an_aftershock_s_magnitude_is_not_the_quake_s(findings_for, sentence):
    found = fc501(
        findings_for(
            (f"A 4.6-magnitude quake shook Velmora on Sunday. {sentence} {QUAKE}", "2031-01-10"),
            (f"A magnitude 4.6 quake struck Velmora on Sunday. {QUAKE}", "2031-01-10"),
        )
    )
    assert found == []


def test_the_quake_s_magnitude_after_an_aftershock_is_still_the_quake_s(findings_for):
    found = fc501(
        findings_for(
            (
                f"An aftershock followed the quake of magnitude 5.2 in Velmora on Sunday. {QUAKE}",
                "2031-01-10",
            ),
            (f"A magnitude 4.6 quake struck Velmora on Sunday. {QUAKE}", "2031-01-10"),
        )
    )
    assert len(found) == 1
