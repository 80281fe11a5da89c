"""Event aspects: manner, vehicle, model, route, place, status and leader, read from sentences."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from factcheck.extract import extract
from factcheck.lexicon import Lexicon
from factcheck.model import Aspect, Claim, Source

Aspects = Callable[[str], list[Claim]]


@pytest.fixture
def aspects(make_source: Callable[..., Source], lexicon: Lexicon) -> Aspects:
    """The aspect claims of one article, published on 2031-05-13."""

    def read(text: str) -> list[Claim]:
        extraction = extract(make_source(text, published="2031-05-13"), lexicon)
        return [c for c in extraction.claims if isinstance(c.value, Aspect)]

    return read


def values(found: list[Claim], aspect: str) -> list[str]:
    return [c.value.value for c in found if isinstance(c.value, Aspect) and c.value.aspect == aspect]


# manner and instrument


def test_an_event_noun_names_the_manner(aspects: Aspects) -> None:
    found = aspects("A drone strike hit the convoy of Colonel Ivo Marsh outside Dellin on Friday.")
    assert values(found, "manner") == ["explosive/strike/drone"]
    assert found[0].span.text == "A drone strike"


def test_a_passive_verb_names_the_manner_of_a_person(aspects: Aspects) -> None:
    (claim,) = aspects("Councillor Rhea Tamsin was stabbed near her office in Dellin on Friday.")
    assert claim.value == Aspect("manner", "blade", "", "was stabbed")
    assert claim.subject is not None


def test_a_weapon_names_the_manner_in_a_clause_of_harm(aspects: Aspects) -> None:
    assert values(
        aspects("A man attacked the guard Piet Harl with a machete at Dellin market."), "manner"
    ) == ["blade/machete"]


def test_a_weapon_outside_a_clause_of_harm_is_no_manner(aspects: Aspects) -> None:
    assert aspects("Mayor Rhea Tamsin opened a knife-making museum with a rifle club in Dellin.") == []


def test_shot_is_a_manner_only_of_harm_or_a_person(aspects: Aspects) -> None:
    assert aspects("The film about Dellin was shot in Corvale last summer.") == []


def test_beaten_to_death_is_blunt(aspects: Aspects) -> None:
    found = aspects("Shepherd Olan Brisk was beaten to death near Dellin, police in Corvale said.")
    assert values(found, "manner") == ["blunt"]


def test_a_hedged_manner_is_hedged(aspects: Aspects) -> None:
    (claim,) = aspects("Farmer Piet Harl may have been shot during the attack in Dellin.")
    assert claim.stance.hedged


def test_an_earlier_event_recalled_gives_no_aspect(aspects: Aspects) -> None:
    assert aspects("An earlier car bomb in Dellin killed the mayor Olan Brisk.") == []


# vehicle and model


def test_a_vehicle_in_a_clause_of_mishap(aspects: Aspects) -> None:
    found = aspects("A minibus carrying workers from Dellin overturned near Corvale on Friday.")
    assert values(found, "vehicle") == ["road/bus/minibus"]


def test_a_vehicle_without_a_mishap_is_no_claim(aspects: Aspects) -> None:
    assert (
        values(aspects("Mayor Rhea Tamsin took the train from Dellin to a meeting in Corvale."), "vehicle")
        == []
    )


def test_a_model_is_a_make_and_a_designation(aspects: Aspects) -> None:
    found = aspects("A Sorrel K-12 helicopter carrying Governor Ada Venn crashed near Dellin.")
    assert values(found, "model") == ["k12"]
    assert values(found, "vehicle") == ["aircraft/helicopter"]


# route and place


def test_from_a_to_b_in_a_journey_is_a_route(aspects: Aspects) -> None:
    found = aspects("The plane was flying from Dellin to Corvale when Captain Ada Venn called for help.")
    assert values(found, "route") == ["Dellin>Corvale"]


def test_from_a_to_b_without_a_journey_is_no_route(aspects: Aspects) -> None:
    assert values(aspects("Prices in Dellin rose from Monday to Friday, Ada Venn said."), "route") == []


def test_bound_for_is_a_destination(aspects: Aspects) -> None:
    found = aspects("The ferry, bound for Corvale, capsized with Captain Ada Venn on board.")
    assert values(found, "route") == [">Corvale"]


def test_a_mishap_verb_and_a_preposition_give_the_place(aspects: Aspects) -> None:
    found = aspects("The helicopter carrying Governor Ada Venn came down near Dellin on Friday.")
    assert values(found, "place") == ["Dellin"]


# status and leader


def test_yet_to_sign_is_a_persons_unsigned_status(aspects: Aspects) -> None:
    (claim,) = aspects("President Olan Brisk has yet to sign the Corvale water treaty.")
    assert claim.value.value == "signing:not" and claim.value.about == "corvale water treaty"


def test_postponed_after_the_agreement_is_its_status(aspects: Aspects) -> None:
    (claim,) = aspects("The Dellin trade talks were postponed on Friday, Minister Ada Venn said.")
    assert claim.value.value == "holding:postponed" and claim.value.about == "dellin trade talks"


def test_signed_without_an_agreement_is_no_status(aspects: Aspects) -> None:
    assert aspects("Striker Olan Brisk signed for Dellin Rovers on Friday.") == []


def test_led_by_names_the_leader_of_a_group(aspects: Aspects) -> None:
    (claim,) = aspects("A delegation from Dellin, led by Envoy Rhea Tamsin, reached Corvale on Friday.")
    assert claim.value.aspect == "leader" and claim.value.value.endswith("Rhea Tamsin")
    assert claim.value.about == "delegation"
