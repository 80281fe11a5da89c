"""Ordinals that place a person or an event in a sequence, keyed by the sequence they name."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from factcheck.extract import extract
from factcheck.lexicon import Lexicon
from factcheck.model import Quantity, Source

Read = tuple[str, str, str]  # the place, "measure:detail", the holder's name ("" for none)


@pytest.fixture
def places_of(make_source: Callable[..., Source], lexicon: Lexicon) -> Callable[[str], list[Read]]:
    """The ordinal claims of a text as (place, measure:detail, holder), in order."""

    def read(text: str) -> list[Read]:
        extraction = extract(make_source(text, published="2031-05-19"), lexicon)
        found = []
        for claim in extraction.claims:
            if isinstance(claim.value, Quantity) and claim.value.kind == "ordinal":
                value = claim.value
                holder = extraction.mentions[claim.subject].key if claim.subject is not None else ""
                found.append((f"{value.low:g}", f"{value.measure}:{value.detail}", holder))
        return found

    return read


@pytest.mark.parametrize(
    ("text", "sequence"),
    [
        ("Mara Velden became the second woman to lead the Unity Party on Sunday.", "woman to lead party"),
        ("Mara Velden is the second woman to lead the party.", "woman to lead party"),
        ("Mara Velden, the second black woman to lead the Unity Party, spoke.", "black woman to lead party"),
        ("Mara Velden was the second woman to serve as finance minister.", "woman to serve minister"),
        ("Mara Velden became the second president to be impeached.", "president to be impeached"),
        (
            "Mara Velden is the second leader since 2004 to lose a confidence vote.",
            "leader since 2004 to lose vote",
        ),
        ("Mara Velden is the second woman to be arrested following the march.", "woman to be arrested"),
        ("Mara Velden is the second woman to successfully defend the Alder title.", "woman to defend title"),
        ("Mara Velden is the second woman to reach the final of the Alder Open.", "woman to reach final"),
        ("Mara Velden is the second woman to win three Alder titles.", "woman to win three titles"),
    ],
)
def test_an_ordinal_of_a_person_is_keyed_by_the_deed(
    places_of: Callable[[str], list[Read]], text: str, sequence: str
) -> None:
    assert places_of(text) == [("2", f"ordinal:{sequence}", "Mara Velden")]


@pytest.mark.parametrize(
    ("text", "sequence"),
    [
        ("Monday's tremor was the fourth quake to hit Velmora this year.", "quake this year"),
        ("It was the fourth earthquake to strike Velmora this year.", "quake this year"),
        ("The blast was the fourth attack on the Velmora market in a month.", "attack in month"),
        ("It is the fourth typhoon to hit Velmora so far this season.", "typhoon this season"),
        ("It was the fourth derailment in Velmora since 2029.", "derailment since 2029"),
        ("The fire was the fourth in Velmora in three weeks.", ""),
    ],
)
def test_an_ordinal_of_an_event_is_keyed_by_the_event_and_the_period(
    places_of: Callable[[str], list[Read]], text: str, sequence: str
) -> None:
    expected = [("4", f"sequence:{sequence}", "")] if sequence else []
    assert places_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Mara Velden is the Unity Party's first female leader.",
        "Mara Velden won the title for the third time.",
        "The Unity Party finished in second place.",
        "Velmora is the country's second-largest port.",
        "The fourth quake struck at dawn.",
        "Mara Velden was the first leader to do so.",
    ],
)
def test_an_ordinal_of_no_named_sequence_is_not_compared(
    places_of: Callable[[str], list[Read]], text: str
) -> None:
    assert places_of(text) == []
