"""How a person died or was caught, and an admission or denial of blame, read from sentences."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from factcheck.extract import extract
from factcheck.lexicon import Lexicon
from factcheck.model import Aspect, Claim, Source

Read = Callable[[str], list[Claim]]
KINDS = ("death", "capture", "responsibility")


@pytest.fixture
def read(make_source: Callable[..., Source], lexicon: Lexicon) -> Read:
    """The circumstance claims of one article, published on 2031-05-13."""

    def claims(text: str) -> list[Claim]:
        extraction = extract(make_source(text, published="2031-05-13"), lexicon)
        return [c for c in extraction.claims if isinstance(c.value, Aspect) and c.value.aspect in KINDS]

    return claims


def values(found: list[Claim], aspect: str) -> list[str]:
    return [c.value.value for c in found if isinstance(c.value, Aspect) and c.value.aspect == aspect]


# how a person died


def test_crossfire_after_a_passive_verb_of_death(read: Read) -> None:
    found = read("Smuggler Tomas Brel was shot dead in crossfire between police and his gang near Orvik.")
    assert values(found, "death") == ["*/other.crossfire/*"]
    assert "Tomas Brel was shot dead in crossfire" in found[0].span.text


def test_the_phrases_of_one_verb_make_one_account(read: Read) -> None:
    found = read(
        "Tomas Brel was killed in crossfire on the road out of Orvik following his arrest, Orla Denn said."
    )
    assert values(found, "death") == ["custody/other.crossfire/*"]
    assert found[0].stance.speaker == "Orla Denn"


def test_killed_while_trying_to_flee_is_before_any_capture(read: Read) -> None:
    assert values(read("Tomas Brel was killed while trying to flee the village of Orvik."), "death") == [
        "free/*/*"
    ]


def test_executed_by_his_captors_is_an_execution_in_custody(read: Read) -> None:
    assert values(read("Tomas Brel was executed by his captors outside Orvik."), "death") == [
        "custody/other.executed/*"
    ]


def test_seen_shot_after_a_capture(read: Read) -> None:
    found = read("Footage filmed in Orvik shows Tomas Brel being killed after his surrender.")
    assert "custody/*/*" in values(found, "death")


def test_took_her_own_life_is_a_suicide(read: Read) -> None:
    assert values(read("Singer Mara Velden took her own life in Orvik, her family said."), "death") == [
        "*/self/*"
    ]


def test_beaten_to_death_by_a_mob(read: Read) -> None:
    assert values(read("Tax collector Ivo Sten was beaten to death by a mob in Orvik."), "death") == [
        "*/other.mob/*"
    ]


def test_a_pronoun_stands_for_the_person_named_before(read: Read) -> None:
    found = read("Tomas Brel led the gang for a decade. He was killed in a shootout with police in Orvik.")
    assert values(found, "death") == ["*/other.shootout/*"]
    assert found[0].subject is not None


def test_died_of_his_wounds_agrees_with_any_account(read: Read) -> None:
    assert read("Tomas Brel died of his wounds in Orvik on Sunday.") == []


def test_died_at_the_scene_against_later_in_hospital(read: Read) -> None:
    assert values(read("Tomas Brel died at the scene of the crash near Orvik."), "death") == ["*/*/scene"]
    assert values(read("Tomas Brel died at the scene, police in Orvik said."), "death") == ["*/*/scene"]
    assert values(read("Tomas Brel was shot and died later in hospital in Orvik."), "death") == [
        "*/*/hospital"
    ]


def test_in_hospital_after_a_wound_is_no_place_of_death(read: Read) -> None:
    assert values(read("Tomas Brel was shot in crossfire and is in hospital in Orvik."), "death") == [
        "*/other.crossfire/*"
    ]


def test_a_killer_is_not_the_one_killed(read: Read) -> None:
    assert read("Tomas Brel shot a guard in crossfire near Orvik.") == []


def test_a_death_in_another_year_gives_no_account(read: Read) -> None:
    assert read("Tomas Brel's brother Ansel Brel was killed while trying to flee Orvik in 2019.") == []


def test_a_hedged_account_is_hedged(read: Read) -> None:
    (claim,) = read("Tomas Brel may have been killed while trying to flee Orvik.")
    assert claim.stance.hedged


# how a person was caught


def test_surrendered_against_caught_hiding(read: Read) -> None:
    assert values(read("Fugitive Tomas Brel surrendered to police in Orvik on Monday."), "capture") == [
        "surrendered"
    ]
    assert values(read("Fugitive Tomas Brel was caught hiding in a drain in Orvik."), "capture") == ["taken"]


def test_gave_himself_up(read: Read) -> None:
    assert values(read("Tomas Brel gave himself up at a police station in Orvik."), "capture") == [
        "surrendered"
    ]


# admitting or denying blame


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Driver Pello Umar admitted responsibility for the crash in Orvik.", "admitted"),
        ("Driver Pello Umar confessed to causing the crash in Orvik, prosecutors said.", "admitted"),
        ("Driver Pello Umar said he was to blame for the crash in Orvik.", "admitted"),
        ("Driver Pello Umar pleaded guilty at Orvik crown court.", "admitted"),
        ("Driver Pello Umar accepted full responsibility for the crash in Orvik.", "admitted"),
        ("Driver Pello Umar denied any wrongdoing over the crash in Orvik.", "denied"),
        ("Driver Pello Umar rejected the accusations over the crash in Orvik.", "denied"),
        ("Driver Pello Umar pleaded not guilty at Orvik crown court.", "denied"),
        ("Driver Pello Umar insisted he had done nothing wrong in Orvik.", "denied"),
        ("Driver Pello Umar denied that he was responsible for the crash in Orvik.", "denied"),
    ],
)
def test_admission_and_denial(read: Read, sentence: str, value: str) -> None:
    assert values(read(sentence), "responsibility") == [value]


def test_denying_another_report_is_no_denial_of_blame(read: Read) -> None:
    assert read("Minister Pello Umar denied reports that he had resigned over the Orvik crash.") == []


def test_a_plea_of_guilty_to_one_charge_and_not_guilty_to_another_is_two_accounts(read: Read) -> None:
    found = read("Pello Umar pleaded guilty to fraud and pleaded not guilty to bribery in Orvik.")
    assert sorted(values(found, "responsibility")) == ["admitted", "denied"]


def test_told_someone_that_he_was_to_blame(read: Read) -> None:
    found = read("Driver Pello Umar told investigators in Orvik that he was responsible for the crash.")
    assert values(found, "responsibility") == ["admitted"]


def test_a_lawyer_speaking_of_his_clients_belief_is_no_denial_by_the_client(read: Read) -> None:
    assert read("Pello Umar's lawyer Ines Dorr said her client believed he was innocent.") == []


def test_a_pronoun_for_several_is_no_persons_subject(read: Read) -> None:
    assert read("Pello Umar and his managers met in Orvik. They have all denied any wrongdoing.") == []


def test_surrendering_a_thing_is_no_surrender(read: Read) -> None:
    assert read("Winger Tomas Brel surrendered possession near the Orvik line.") == []


def test_the_person_of_a_place_is_the_subject(read: Read) -> None:
    (claim,) = read("Pello Umar, 35, of Orvik pleaded not guilty to two counts of fraud.")
    assert claim.value == Aspect("responsibility", "denied", "fraud", claim.span.text)
    assert claim.span.text.startswith("Pello Umar")


def test_a_charge_after_an_answer_is_what_it_is_about(read: Read) -> None:
    found = read("Pello Umar denies murder but admits attempted murder, Orvik crown court heard.")
    assert sorted((c.value.value, c.value.about) for c in found if isinstance(c.value, Aspect)) == [
        ("admitted", "attempted-murder"),
        ("denied", "murder"),
    ]


# a role for a subject with no name


def test_a_role_stands_as_the_subject_when_no_name_does(read: Read) -> None:
    (claim,) = read("Two trains collided at Orvik. The signalman at Orvik admitted he was to blame.")
    assert claim.subject is None
    assert claim.value == Aspect("responsibility", "admitted", "signalman:", claim.span.text)


def test_the_man_stands_for_the_role_named_before(read: Read) -> None:
    found = read("The 51-year-old signalman in Orvik was arrested. The man rejected the accusations.")
    assert [c.value.about for c in found if isinstance(c.value, Aspect)] == ["signalman:"]


def test_a_role_before_a_named_person_is_not_the_subject(read: Read) -> None:
    assert read("The driver told Pello Umar in Orvik that Ines Dorr had denied any wrongdoing.") == [
        c
        for c in read("The driver told Pello Umar in Orvik that Ines Dorr had denied any wrongdoing.")
        if c.subject
    ]


def test_killed_by_others_narrowed_by_a_shootout_is_one_account(read: Read) -> None:
    found = read("Tomas Brel was shot dead by police in a shootout near Orvik.")
    assert values(found, "death") == ["*/other.shootout/*"]
