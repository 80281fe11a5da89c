"""Bearing claims: where a place or the story's event lies from a named place, or in which part of it."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

import pytest

from factcheck.extract import extract
from factcheck.lexicon import Lexicon
from factcheck.lexicon.bearings import angle
from factcheck.model import Bearing, Source
from factcheck.rules.bearings import agree


class Placed(NamedTuple):
    what: str  # the named place placed, or the thing ("epicentre")
    reference: str
    bearing: Bearing


Read = Callable[[str], list[Placed]]


@pytest.fixture
def bearings(make_source: Callable[..., Source], lexicon: Lexicon) -> Read:
    def read(text: str) -> list[Placed]:
        extraction = extract(make_source(text, published="2031-03-02"), lexicon)
        found = []
        for claim in extraction.claims:
            if isinstance(claim.value, Bearing) and claim.object is not None:
                what = (
                    extraction.mentions[claim.subject].key
                    if claim.subject is not None
                    else claim.value.located
                )
                found.append(Placed(what, extraction.mentions[claim.object].key, claim.value))
        return found

    return read


def only(found: list[Placed]) -> Placed:
    assert len(found) == 1, found
    return found[0]


# away from a place


def test_distance_and_direction_place_the_epicentre(bearings: Read) -> None:
    found = only(bearings("The epicentre was 70 km south-west of Port Alder, officials said."))
    assert found == Placed("epicentre", "Port Alder", Bearing("south-west", 225.0, False, "epicentre"))


def test_a_quake_that_struck_is_placed_by_its_epicentre(bearings: Read) -> None:
    assert only(bearings("The quake struck some 40 miles NE of Port Alder.")).bearing.degrees == 45.0


def test_a_named_place_in_apposition_is_placed(bearings: Read) -> None:
    found = only(bearings("Floods cut off Velmora, 20 km north of Port Alder, on Tuesday."))
    assert (found.what, found.bearing.direction, found.bearing.within) == ("Velmora", "north", False)


def test_to_the_direction_of_is_away_from_the_place(bearings: Read) -> None:
    found = only(bearings("The plane crashed to the south-east of Port Alder on Sunday."))
    assert (found.what, found.bearing.within) == ("crash", False)


def test_two_words_of_direction_are_read_as_one(bearings: Read) -> None:
    assert only(bearings("Brask lies north east of Port Alder.")).bearing.direction == "north-east"


def test_a_bearing_of_nothing_known_makes_no_claim(bearings: Read) -> None:
    assert bearings("Heavy snow fell north of Port Alder on Monday.") == []


# in a part of a place


def test_a_direction_adjective_places_a_town_in_a_region(bearings: Read) -> None:
    found = only(bearings("Velmora, a small fishing town in northern Nordland, was cut off."))
    assert (found.what, found.reference, found.bearing.within) == ("Velmora", "Nordland", True)


def test_central_is_the_centre(bearings: Read) -> None:
    assert only(bearings("Rescuers reached Velmora in central Nordland.")).bearing.degrees is None


def test_the_north_of_a_place_is_a_part_of_it(bearings: Read) -> None:
    found = only(bearings("Velmora lies in the far north of Nordland, near the border."))
    assert (found.what, found.bearing.direction, found.bearing.within) == ("Velmora", "north", True)


def test_suburbs_written_before_and_after_the_place(bearings: Read) -> None:
    before = only(bearings("A fire broke out in the northern suburbs of Port Alder."))
    after = only(bearings("Crews fought a blaze in Port Alder's northern suburbs."))
    assert before.bearing == after.bearing == Bearing("north", 0.0, True, "fire")


def test_a_direction_inside_a_name_is_no_bearing(bearings: Read) -> None:
    assert bearings("The Southern Cross Party won in North Varn.") == []


# comparing


def test_angle_wraps_round_north() -> None:
    assert angle(350.0, 20.0) == 30.0


def test_directions_within_ninety_degrees_agree() -> None:
    assert agree(Bearing("south-west", 225.0, False), Bearing("west-south-west", 247.5, False))
    assert not agree(Bearing("south-west", 225.0, False), Bearing("north-east", 45.0, False))


def test_the_centre_agrees_only_with_the_centre() -> None:
    assert agree(Bearing("centre", None, True), Bearing("centre", None, True))
    assert not agree(Bearing("centre", None, True), Bearing("north", 0.0, True))


def test_centre_before_a_name_is_a_position_not_a_place(bearings: Read) -> None:
    assert bearings("Port Alder picked centre Ana Ruiz for the final in Brask.") == []
