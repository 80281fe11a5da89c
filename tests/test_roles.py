"""A person's grade in an organisation: read from the role noun by the name, compared across sources."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from tests.conftest import findings_of

from factcheck.extract import extract
from factcheck.lexicon import Lexicon
from factcheck.model import Alias, Rank, Source
from factcheck.store.claims_json import from_json, to_json

BODY = "the Ashfall Liberation Front"


def ranks(source: Source, lexicon: Lexicon) -> list[tuple[str, str, str]]:
    """(person, grade, organisation) of every rank claim of a source."""
    found = extract(source, lexicon)
    return [
        (found.mentions[c.subject].key, c.value.grade, found.mentions[c.object].key)
        for c in found.claims
        if isinstance(c.value, Rank) and c.subject is not None and c.object is not None
    ]


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        (f"Tarek Olan, the leader of {BODY}, spoke in Dar Kelba.", "top"),
        (f"Tarek Olan, a senior commander of {BODY}, spoke in Dar Kelba.", "rank"),
        (f"The head of {BODY}, Tarek Olan, spoke in Dar Kelba.", "top"),
        ("Ashfall Liberation Front leader Tarek Olan spoke in Dar Kelba.", "top"),
        (f"Tarek Olan, a spokesman for {BODY}, spoke in Dar Kelba.", "staff"),
        (f"Tarek Olan, the founder of {BODY}, spoke in Dar Kelba.", "founder"),
        (f"Tarek Olan, the deputy leader of {BODY}, spoke in Dar Kelba.", "deputy"),
        (f"Tarek Olan, one of the leaders of {BODY}, spoke in Dar Kelba.", "leadership"),
        (f"Tarek Olan, a leader of {BODY}, spoke in Dar Kelba.", "leadership"),
        (f"Tarek Olan, the military leader of {BODY}, spoke in Dar Kelba.", "wing"),
        (f"Tarek Olan, an aide to the leader of {BODY}, spoke in Dar Kelba.", "staff"),
        (f"Tarek Olan is the leader of {BODY}, officials in Dar Kelba said.", "top"),
        (f"Tarek Olan, who leads {BODY}, spoke in Dar Kelba.", "top"),
        ("Velmora Bank's chief executive Ana Lind spoke in Dar Kelba.", "executive"),
        ("Velmora Bank's chairman Ana Lind spoke in Dar Kelba.", "chair"),
    ],
)
def test_the_role_noun_gives_the_grade(
    text: str, grade: str, make_source: Callable[..., Source], lexicon: Lexicon
) -> None:
    found = ranks(make_source(text), lexicon)
    assert [g for _, g, _ in found] == [grade]


def test_a_description_points_back_to_the_organisation_named_before(
    make_source: Callable[..., Source], lexicon: Lexicon
) -> None:
    text = "The Ashfall Liberation Front took Dar Kelba. The group's spokesman, Tarek Olan, said so."
    assert ranks(make_source(text), lexicon) == [("Tarek Olan", "staff", "Ashfall Liberation Front")]


@pytest.mark.parametrize(
    "text",
    [
        f"Tarek Olan, a former leader of {BODY}, spoke in Dar Kelba.",
        "Tarek Olan, an aide to President Ilse Marren, spoke in Dar Kelba.",
        "Tarek Olan, the leader of Norway, spoke in Dar Kelba.",
        "Rebel leader Tarek Olan spoke in Dar Kelba.",
        "Tarek Olan, the chief financial officer, spoke in Dar Kelba.",
    ],
)
def test_no_rank_without_an_organisation_or_for_another_time(
    text: str, make_source: Callable[..., Source], lexicon: Lexicon
) -> None:
    assert ranks(make_source(text), lexicon) == []


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Abu Rashad, whose real name is Karim Sellan, spoke.", "Abu Rashad", "Karim Sellan"),
        ("Abu Rashad (real name Karim Sellan) spoke in Dar Kelba.", "Abu Rashad", "Karim Sellan"),
        ("Karim Sellan, also known as Abu Rashad, spoke.", "Karim Sellan", "Abu Rashad"),
        (
            '"We hold the bridge," Rashad wrote on Velnet, giving his real name Karim Sellan.',
            "Rashad",
            "Karim Sellan",
        ),
    ],
)
def test_an_alias_phrase_joins_two_names(
    text: str, first: str, second: str, make_source: Callable[..., Source], lexicon: Lexicon
) -> None:
    found = extract(make_source(text), lexicon)
    aliases = [
        (found.mentions[c.subject].key, found.mentions[c.object].key)
        for c in found.claims
        if isinstance(c.value, Alias) and c.subject is not None and c.object is not None
    ]
    assert aliases == [(first, second)]


def test_a_thing_known_as_a_name_is_no_alias(make_source: Callable[..., Source], lexicon: Lexicon) -> None:
    source = make_source("Velmora Air chose the V-40, also known as the Skylark, for Dar Kelba.")
    assert not [c for c in extract(source, lexicon).claims if isinstance(c.value, Alias)]


def pair(
    make_source: Callable[..., Source], a: str, b: str, day_a: str = "2031-06-02", day_b: str = "2031-06-02"
) -> list[Source]:
    return [make_source(a, id="a", published=day_a), make_source(b, id="b", published=day_b)]


HEAD = f"Tarek Olan, the leader of {BODY}, met Ilse Marren in Dar Kelba."
COMMANDER = f"Tarek Olan, a senior commander of {BODY}, met Ilse Marren in Dar Kelba."


def test_the_head_against_a_commander_is_a_warning(
    make_source: Callable[..., Source], lexicon: Lexicon
) -> None:
    found = [f for f in findings_of(pair(make_source, HEAD, COMMANDER), lexicon) if f.rule == "FC121"]
    assert len(found) == 1
    assert found[0].kind == "title" and found[0].severity.name == "WARNING"
    assert "the leader of" in found[0].message and "a senior commander" in found[0].message


def test_ranks_years_apart_are_a_promotion(make_source: Callable[..., Source], lexicon: Lexicon) -> None:
    sources = pair(make_source, COMMANDER, HEAD, "2029-01-10", "2031-06-02")
    assert not [f for f in findings_of(sources, lexicon) if f.rule == "FC121"]


def test_an_undated_source_says_the_role_may_have_changed(
    make_source: Callable[..., Source], lexicon: Lexicon
) -> None:
    sources = [make_source(HEAD, id="a"), make_source(COMMANDER, id="b")]
    found = [f for f in findings_of(sources, lexicon) if f.rule == "FC121"]
    assert len(found) == 1 and "may have changed" in found[0].message


def test_synonyms_agree(make_source: Callable[..., Source], lexicon: Lexicon) -> None:
    other = f"The head of {BODY}, Tarek Olan, met Ilse Marren in Dar Kelba."
    assert not [f for f in findings_of(pair(make_source, HEAD, other), lexicon) if f.rule == "FC121"]


def test_two_names_of_one_person_are_compared(make_source: Callable[..., Source], lexicon: Lexicon) -> None:
    a = f"Abu Rashad, whose real name is Karim Sellan, met Ilse Marren. Abu Rashad, the leader of {BODY}, spoke."
    b = f"Karim Sellan, a commander of {BODY}, met Ilse Marren in Dar Kelba."
    assert [f for f in findings_of(pair(make_source, a, b), lexicon) if f.rule == "FC121"]


def test_rank_and_alias_claims_are_stored_and_read_back(
    make_source: Callable[..., Source], lexicon: Lexicon
) -> None:
    source = make_source(
        "Abu Rashad, whose real name is Karim Sellan, spoke. " + HEAD, published=date(2031, 6, 2)
    )
    found = extract(source, lexicon)
    read = from_json(to_json(source, found), "a.json")
    assert read is not None and read[1].claims == found.claims
