"""Event claims: attendance and fate, with negation, hedging and attribution, read from sentences."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

import pytest

from factcheck.extract import extract
from factcheck.lexicon import Lexicon
from factcheck.model import Claim, Happening, Source


class Event(NamedTuple):
    subject: str  # the full in-source name of the claim's subject
    claim: Claim


Events = Callable[[str], list[Event]]


@pytest.fixture
def events(make_source: Callable[..., Source], lexicon: Lexicon) -> Events:
    """The event claims of one article, published on 2025-03-14, with their subjects' names."""

    def read(text: str) -> list[Event]:
        extraction = extract(make_source(text, published="2025-03-14"), lexicon)
        return [
            Event(extraction.mentions[c.subject].key if c.subject is not None else "", c)
            for c in extraction.claims
            if isinstance(c.value, Happening)  # aspects are read in tests/test_aspects.py
        ]

    return read


def asserted(found: list[Event]) -> list[Event]:
    """What the article states as fact: a death with no named subject is kept only as a hedged hint."""
    return [e for e in found if not e.claim.stance.hedged]


def only(found: list[Event]) -> Event:
    assert len(found) == 1, found
    return found[0]


# attendance


def test_attended_is_asserted_attendance_of_the_event(events: Events) -> None:
    event = only(events("Senator Ana Ruiz attended the climate summit in Lisbon on Monday."))
    assert event.subject == "Ana Ruiz"
    assert event.claim.value == Happening("attend", "summit")
    assert event.claim.value.action == "attend"
    assert not event.claim.stance.negated and not event.claim.stance.hedged
    assert not event.claim.stance.attributed
    assert event.claim.span.text == "Ana Ruiz attended the climate summit"


def test_the_target_keeps_the_name_of_the_event(events: Events) -> None:
    event = only(events("Mayor Tomas Okafor attended the G20 summit on Friday."))
    assert event.claim.value == Happening("attend", "G20 summit")


def test_did_not_attend_is_negated(events: Events) -> None:
    event = only(events("Governor Lena Park did not attend the ceremony."))
    assert event.claim.stance.negated and not event.claim.stance.hedged


def test_declined_to_attend_is_negated(events: Events) -> None:
    assert only(events("Governor Lena Park declined to attend the ceremony.")).claim.stance.negated


def test_withdrew_from_the_summit_is_negated(events: Events) -> None:
    event = only(events("Premier Hugo Mendel has decided to withdraw from the trade summit in Oslo."))
    assert event.claim.stance.negated and not event.claim.stance.hedged
    assert event.claim.value == Happening("attend", "summit")


def test_without_an_object_the_event_named_just_before_is_the_target(events: Events) -> None:
    text = "The donor conference opened in Nairobi on Tuesday. Minister Joel Sato decided not to participate."
    event = only(events(text))
    assert event.claim.value == Happening("attend", "conference")
    assert event.claim.stance.negated


def test_a_possessive_absence_is_a_negated_attendance(events: Events) -> None:
    event = only(events("The summit opened without fuss. Critics seized on Ana Ruiz's sudden absence."))
    assert event.subject == "Ana Ruiz"
    assert event.claim.stance.negated and not event.claim.stance.hedged


def test_the_possible_absence_of_someone_is_hedged(events: Events) -> None:
    event = only(events("Diplomats pointed to the possible absence of President Karl Brandt."))
    assert event.subject == "Karl Brandt"
    assert event.claim.stance.negated and event.claim.stance.hedged


def test_the_stand_in_who_attended_on_his_behalf_is_the_subject(events: Events) -> None:
    event = only(events("Deputy Minister Omar Haddad attended the summit on his behalf."))
    assert event.subject == "Omar Haddad"
    assert not event.claim.stance.negated


def test_skipping_something_that_is_not_an_event_is_no_claim(events: Events) -> None:
    assert events("Governor Lena Park skipped lunch to finish the budget.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Governor Lena Park may attend the ceremony.",
        "Governor Lena Park is expected to attend the ceremony.",
        "Governor Lena Park is scheduled to attend the ceremony.",
        "Governor Lena Park will attend the ceremony.",
        "There was speculation that Governor Lena Park would not attend the ceremony.",
        "Governor Lena Park hopes to attend the ceremony.",
    ],
)
def test_forecasts_and_speculation_are_hedged(events: Events, sentence: str) -> None:
    assert only(events(sentence)).claim.stance.hedged


def test_an_attendance_in_another_year_is_dated_to_that_year(events: Events) -> None:
    event = only(events("In 2019, Governor Lena Park attended the ceremony."))
    assert event.claim.as_of is not None
    assert event.claim.as_of.precision == "year"
    assert event.claim.as_of.start.year == 2019


# attribution


def test_a_trailing_said_attributes_the_claim_to_the_named_speaker(events: Events) -> None:
    event = only(events("Governor Lena Park skipped the ceremony, her deputy Aaron Velez said."))
    assert event.claim.stance.speaker == "Aaron Velez"


def test_according_to_attributes_the_claim(events: Events) -> None:
    event = only(events("According to Aaron Velez, Governor Lena Park skipped the ceremony."))
    assert event.claim.stance.speaker == "Aaron Velez"


def test_unnamed_officials_are_still_a_source(events: Events) -> None:
    event = only(events("Officials said Governor Lena Park had skipped the ceremony."))
    assert event.claim.stance.speaker == "Officials"


def test_words_inside_a_quotation_belong_to_the_speaker(events: Events) -> None:
    event = only(events("“Governor Lena Park stayed away from the ceremony,” Aaron Velez told reporters."))
    assert event.claim.stance.speaker == "Aaron Velez"
    assert event.claim.stance.negated


def test_the_outlets_own_statement_has_no_attribution(events: Events) -> None:
    event = only(events("Governor Lena Park skipped the ceremony and flew home."))
    assert not event.claim.stance.attributed


# life and custody


def test_was_killed_reports_a_death(events: Events) -> None:
    event = only(events("Rebel commander Idris Kamara was killed in an air strike on Tuesday."))
    assert event.subject == "Idris Kamara"
    assert event.claim.value == Happening("fate", "dead")
    assert event.claim.value.action == "fate"


def test_killing_someone_else_is_not_a_death_of_the_subject(events: Events) -> None:
    assert asserted(events("Rebel commander Idris Kamara killed three guards at the checkpoint.")) == []


def test_a_headline_without_be_still_reports_a_death(events: Events) -> None:
    event = only(events("Idris Kamara killed as rebels lose the port\n\nThe port fell at dawn."))
    assert event.claim.value == Happening("fate", "dead")


def test_taken_prisoner_with_others_reports_a_capture(events: Events) -> None:
    event = only(events("His son Idris Kamara and two bodyguards were taken prisoner near the bridge."))
    assert event.subject == "Idris Kamara"
    assert event.claim.value == Happening("fate", "captured")


def test_a_body_found_reports_a_death_of_the_person_named_in_apposition(events: Events) -> None:
    text = "The body of one of the general's nephews, Idris Kamara, was found near the bridge."
    found = events(text)
    assert found and {e.subject for e in found} == {"Idris Kamara"}
    assert {e.claim.value for e in found} == {Happening("fate", "dead")}


def test_earlier_reports_of_a_capture_are_hedged(events: Events) -> None:
    event = only(events("Earlier reports had suggested that Idris Kamara had been captured alive."))
    assert event.claim.value == Happening("fate", "captured")
    assert event.claim.stance.hedged


def test_reportedly_killed_is_hedged(events: Events) -> None:
    assert only(events("Idris Kamara was reportedly killed near the bridge.")).claim.stance.hedged


def test_a_death_toll_is_not_a_death(events: Events) -> None:
    assert (
        asserted(events("Officials in Port Sella said Idris Kamara's death toll estimate was too low.")) == []
    )


def test_those_fighting_beside_someone_are_not_that_person(events: Events) -> None:
    assert asserted(events("Those fighting with Idris Kamara were killed or captured.")) == []


def test_a_plural_name_is_no_one_person(events: Events) -> None:
    assert events("At the crossing, Kurds were detained by the police.") == []


def test_a_capitalised_common_word_opening_a_line_is_no_subject(events: Events) -> None:
    assert events("Driver killed\n\nA lorry overturned near the bridge.") == []


def test_a_death_soon_after_a_capture_is_kept_for_the_captive(events: Events) -> None:
    text = "Idris Kamara was captured alive near the bridge. He was killed hours later."
    found = events(text)
    assert [e.claim.value for e in found] == [Happening("fate", "captured"), Happening("fate", "dead")]
    assert {e.subject for e in found} == {"Idris Kamara"}
    assert found[1].claim.stance.hedged
