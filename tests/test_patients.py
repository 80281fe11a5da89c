"""Counts of patients: people taken to hospital and people in intensive care are counts of their own."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from factcheck.extract import extract
from factcheck.lexicon import Lexicon
from factcheck.model import Finding, Quantity, Scope, Source

STORY = "A commuter train left the rails near Delmar on Tuesday, fire chief Ana Rusk said."


@pytest.fixture
def counted(make_source: Callable[..., Source], lexicon: Lexicon) -> Callable[[str], dict[str, float]]:
    """The main figures of a text by measure."""

    def read(text: str) -> dict[str, float]:
        extraction = extract(make_source(f"{STORY} {text}", published="2031-03-02"), lexicon)
        return {
            c.value.measure: c.value.low
            for c in extraction.claims
            if isinstance(c.value, Quantity) and c.value.scope == Scope.MAIN
        }

    return read


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("At least 40 people were taken to hospital, six of whom are in intensive care.", 6),
        ("Of the 40 injured, 12 remain in intensive care.", 12),
        ("Nine people were in critical condition on Wednesday.", 9),
        ("Hospitals are treating 40 people, 11 in intensive care.", 11),
        ("At least 40 people were hurt, of whom six are in intensive care.", 6),
        ("Doctors said 14 people were critically ill.", 14),
    ],
)
def test_people_in_intensive_care_are_their_own_count(counted, text, number):
    assert counted(text).get("critical") == number


def test_the_people_of_whom_a_clause_speaks_are_the_whole_of_its_count(counted):
    assert counted("At least 40 people were hurt, six of whom died.") == {"injured": 40, "deaths": 6}


def test_people_taken_to_hospital_are_counted_as_hospitalised(counted):
    assert counted("At least 40 people were hospitalised after the crash.").get("hospitalised") == 40


def test_two_counts_of_patients_in_intensive_care_conflict(findings_for: Callable[..., tuple[Finding, ...]]):
    one = (f"{STORY} Of the 40 injured in Delmar, 12 remain in intensive care.", "2031-03-02")
    other = (f"{STORY} Thirty people were hurt in Delmar, five of whom are in intensive care.", "2031-03-02")
    assert [f for f in findings_for(one, other) if f.rule == "FC501"]


def test_a_count_of_patients_in_intensive_care_does_not_meet_the_injured(
    findings_for: Callable[..., tuple[Finding, ...]],
):
    one = (f"{STORY} Of the 40 injured in Delmar, 12 remain in intensive care.", "2031-03-02")
    other = (f"{STORY} Forty people were hurt in Delmar, officials said.", "2031-03-02")
    assert not [f for f in findings_for(one, other) if f.rule == "FC501"]


@pytest.fixture
def scopes(make_source: Callable[..., Source], lexicon: Lexicon) -> Callable[[str], list[Scope]]:
    def read(text: str) -> list[Scope]:
        extraction = extract(make_source(f"{STORY} {text}", published="2031-03-02"), lexicon)
        return [c.value.scope for c in extraction.claims if isinstance(c.value, Quantity)]

    return read


@pytest.mark.parametrize(
    "text",
    [
        "We have received around 50 people with injuries, a doctor in Delmar said.",
        '"We are treating 30 injured people," the hospital director said.',
        "Our hospital admitted 12 wounded overnight, a nurse said.",
        '"So far we have admitted 14 injured passengers," a surgeon said.',
        "We are sheltering 200 displaced families in the school, the mayor said.",
    ],
)
def test_a_first_person_count_of_people_taken_in_is_a_part_of_the_toll(scopes, text):
    assert scopes(text) == [Scope.PART]


def test_a_first_person_count_without_a_verb_of_taking_in_is_the_toll(scopes):
    assert scopes("We have confirmed 40 deaths, the governor said.") == [Scope.MAIN]


@pytest.mark.parametrize(
    "text",
    [
        "A bomb tore through the market, killing three people and wounding 40.",
        "Gunmen opened fire on the bus, killing three and injuring 40.",
        "The blast killed three people and wounded 40 others.",
        "The storm left three dead and 40 injured.",
        "Three people were killed and 40 were wounded in the attack.",
    ],
)
def test_the_second_count_of_a_pair_is_read_with_its_own_measure(counted, text):
    found = counted(text)
    assert (found.get("deaths"), found.get("injured")) == (3, 40)


def test_a_few_injured_is_no_count_to_compare(findings_for: Callable[..., tuple[Finding, ...]]):
    one = (
        f"{STORY} Television showed a few injured passengers being carried from the carriages.",
        "2031-03-02",
    )
    other = (f"{STORY} At least 80 people were injured in the crash near Delmar.", "2031-03-02")
    assert not [f for f in findings_for(one, other) if f.rule == "FC501"]


def test_dozens_injured_is_a_count_to_compare(findings_for: Callable[..., tuple[Finding, ...]]):
    one = (f"{STORY} Dozens of people were injured near Delmar.", "2031-03-02")
    other = (f"{STORY} At least 300 people were injured near Delmar.", "2031-03-02")
    assert [f for f in findings_for(one, other) if f.rule == "FC501"]


@pytest.mark.parametrize(
    ("text", "measure", "low"),
    [
        ("The number of dead in the avalanche climbed past 200 on Sunday.", "deaths", 200),
        ("The number of victims has risen past 300, officials said.", "victims", 300),
        ("The number of injured rose to 45 on Monday.", "injured", 45),
        ("The number of missing stood at 12 on Tuesday.", "missing", 12),
        ("The number of deaths from the outbreak is now 17.", "deaths", 17),
    ],
)
def test_the_number_of_a_toll_names_the_measure_of_the_figure_after_it(counted, text, measure, low):
    assert counted(text).get(measure) == low
