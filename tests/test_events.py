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
    event = only(events("Diplomats hinted at the possible absence of President Karl Brandt."))
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


# plans called off, invitations turned down, someone sent or standing in

SUMMIT = Happening("attend", "summit")


@pytest.mark.parametrize(
    "sentence",
    [
        "Mayor Mara Velden has dropped plans to attend the summit in Saltmere.",
        "Mayor Mara Velden cancelled her trip to the summit in Saltmere.",
        "Mayor Mara Velden called off her visit to the summit in Saltmere.",
        "Mayor Mara Velden scrapped plans to travel to the summit in Saltmere.",
        "Mayor Mara Velden decided against attending the summit in Saltmere.",
        "Mayor Mara Velden has ruled out going to the summit in Saltmere.",
        "Mayor Mara Velden turned down an invitation to the summit in Saltmere.",
        "Mayor Mara Velden dropped out of the summit in Saltmere.",
        "Mayor Mara Velden gave the summit in Saltmere a miss.",
        "Mayor Mara Velden was not at the summit in Saltmere.",
        "Mayor Mara Velden was a no-show at the summit in Saltmere.",
        "Mayor Mara Velden snubbed the summit in Saltmere.",
        "Mayor Mara Velden did not make the trip to the summit in Saltmere.",
        "Mayor Mara Velden sat out the summit in Saltmere.",
    ],
)
def test_a_plan_called_off_or_an_event_shunned_is_a_definite_absence(events: Events, sentence: str) -> None:
    event = only(events(sentence))
    assert event.subject == "Mara Velden"
    assert event.claim.value == SUMMIT
    assert event.claim.stance.negated and not event.claim.stance.hedged


def test_a_plan_called_off_with_nothing_after_it_is_of_the_event_named_before(events: Events) -> None:
    event = only(events("The Saltmere summit opened on Monday. Mayor Mara Velden called off her visit."))
    assert event.claim.value == Happening("attend", "Saltmere summit")
    assert event.claim.stance.negated


def test_plans_dropped_with_no_event_are_no_absence(events: Events) -> None:
    assert events("The summit opened on Monday. Mayor Mara Velden has decided to drop the plans.") == []


def test_plans_dropped_for_something_else_are_no_absence(events: Events) -> None:
    assert events("The summit opened on Monday. Mayor Mara Velden dropped plans for a new stadium.") == []


def test_being_at_home_is_no_attendance(events: Events) -> None:
    assert events("Mayor Mara Velden was at home in Port Alder during the summit.") == []


def test_a_plan_not_called_off_is_no_attendance_yet(events: Events) -> None:
    event = only(events("Mayor Mara Velden has not cancelled her trip to the summit in Saltmere."))
    assert event.claim.stance.hedged


def test_an_absence_undone_later_in_the_sentence_is_hedged(events: Events) -> None:
    event = only(events("Mayor Mara Velden pulled out of the summit but changed her mind on Monday."))
    assert event.claim.stance.negated and event.claim.stance.hedged


def test_a_plan_to_stay_away_conceded_before_the_statement_leaves_it_asserted(events: Events) -> None:
    event = only(events("Despite earlier plans to skip it, Mayor Mara Velden attended the summit."))
    assert not event.claim.stance.negated and not event.claim.stance.hedged


def test_a_question_about_calling_off_a_trip_is_hedged(events: Events) -> None:
    assert only(events("Will Mayor Mara Velden cancel her trip to the summit?")).claim.stance.hedged


def test_a_visit_called_off_in_reported_speech_is_the_speakers(events: Events) -> None:
    event = only(events("Oren Vasko said Mayor Mara Velden had called off her visit to the summit."))
    assert event.claim.stance.speaker == "Oren Vasko" and event.claim.stance.negated


@pytest.mark.parametrize(
    "sentence",
    [
        "In place of Mayor Mara Velden, Oren Vasko attended the summit.",
        "Oren Vasko attended the summit instead of Mara Velden.",
        "Oren Vasko attended the summit in Mara Velden's place.",
        "Oren Vasko stood in for Mara Velden at the summit.",
    ],
)
def test_the_one_stood_in_for_did_not_attend(events: Events, sentence: str) -> None:
    found = {e.subject: e.claim for e in events(sentence)}
    assert set(found) == {"Mara Velden", "Oren Vasko"}
    assert found["Mara Velden"].value == found["Oren Vasko"].value == SUMMIT
    assert found["Mara Velden"].stance.negated and not found["Oren Vasko"].stance.negated
    assert not found["Mara Velden"].stance.hedged


def test_a_stand_in_who_may_attend_leaves_the_absence_hedged(events: Events) -> None:
    found = {e.subject: e.claim for e in events("Oren Vasko may attend the summit instead of Mara Velden.")}
    assert found["Mara Velden"].stance.negated and found["Mara Velden"].stance.hedged


def test_attending_instead_of_doing_something_else_is_no_stand_in(events: Events) -> None:
    event = only(events("Oren Vasko attended the summit instead of the funeral of Mara Velden."))
    assert event.subject == "Oren Vasko"


def test_sending_a_deputy_in_ones_place_is_an_absence(events: Events) -> None:
    event = only(events("Mayor Mara Velden sent her deputy, Oren Vasko, to the summit in her place."))
    assert event.subject == "Mara Velden" and event.claim.value == SUMMIT
    assert event.claim.stance.negated and not event.claim.stance.hedged


def test_sending_someone_elsewhere_and_going_oneself_is_no_absence(events: Events) -> None:
    text = "Mayor Mara Velden sent Oren Vasko to Saltmere and went to the summit instead."
    assert [e for e in events(text) if e.subject == "Mara Velden" and e.claim.stance.negated] == []


def test_sending_a_letter_instead_is_no_absence(events: Events) -> None:
    assert events("The summit opened on Monday. Mayor Mara Velden sent a letter instead.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Diplomats hinted at the possible absence of Mayor Mara Velden from the summit.",
        "Diplomats pointed to the potential absence of Mayor Mara Velden from the summit.",
        "Diplomats pointed to the likely absence of Mayor Mara Velden from the summit.",
        "Diplomats discussed Mara Velden's expected absence from the summit.",
        "Mayor Mara Velden is unlikely to attend the summit.",
        "Mayor Mara Velden may stay away from the summit.",
        "There is speculation that Mayor Mara Velden will not come to the summit.",
    ],
)
def test_a_hedged_absence_is_hedged_and_negated(events: Events, sentence: str) -> None:
    event = only(events(sentence))
    assert event.subject == "Mara Velden" and event.claim.value == SUMMIT
    assert event.claim.stance.negated and event.claim.stance.hedged


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
