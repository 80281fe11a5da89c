"""Party affiliation claims and the party rules, in the project's own sentences."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from factcheck.extract import extract
from factcheck.lexicon import Lexicon
from factcheck.model import Finding, Source


def party_claims(source: Source, lexicon: Lexicon) -> list[tuple[str, str, str]]:
    extraction = extract(source, lexicon)
    return [
        (extraction.mentions[c.subject].key, str(c.value), c.rule)
        for c in extraction.claims
        if c.predicate == "party" and c.subject is not None
    ]


def test_who_represents_ties_a_person_to_a_party(
    make_source: Callable[..., Source], lexicon: Lexicon
) -> None:
    source = make_source("Lena Park, who represents the opposition Green Unity Party, spoke first.")
    assert party_claims(source, lexicon) == [("Lena Park", "Green Unity Party", "party.belongs-to")]


def test_a_member_of_ties_a_person_to_a_party(make_source: Callable[..., Source], lexicon: Lexicon) -> None:
    source = make_source("Tomas Ruiz, a member of the Liberal Reform Party (LRP), voted against the bill.")
    assert ("Tomas Ruiz", "Liberal Reform Party", "party.belongs-to") in party_claims(source, lexicon)


def test_a_party_role_before_the_name_ties_a_person_to_the_party(
    make_source: Callable[..., Source], lexicon: Lexicon
) -> None:
    source = make_source("The Labour Party won the seat. Labour Party MP Jane Dowd thanked the voters.")
    assert ("Jane Dowd", "Labour Party", "party.role-before-name") in party_claims(source, lexicon)


def test_a_possessive_names_a_persons_party(make_source: Callable[..., Source], lexicon: Lexicon) -> None:
    source = make_source("Voters backed Karim Aziz's National Justice Party in the north.")
    assert party_claims(source, lexicon) == [("Karim Aziz", "National Justice Party", "party.possessive")]


def test_a_party_led_by_a_person_ties_them(make_source: Callable[..., Source], lexicon: Lexicon) -> None:
    source = make_source("The Karim Aziz-led National Justice Party won the most seats.")
    assert ("Karim Aziz", "National Justice Party", "party.led-by") in party_claims(source, lexicon)


def test_a_party_merely_named_in_the_same_sentence_is_no_affiliation(
    make_source: Callable[..., Source], lexicon: Lexicon
) -> None:
    source = make_source("Lena Park criticised the Green Unity Party on Monday.")
    assert party_claims(source, lexicon) == []


def test_a_possessive_of_an_organisation_is_no_party(
    make_source: Callable[..., Source], lexicon: Lexicon
) -> None:
    source = make_source("Investors praised Maria Lund's Northwind Shipping Company last year.")
    assert party_claims(source, lexicon) == []


def party_findings(findings: tuple[Finding, ...]) -> list[Finding]:
    return [f for f in findings if f.kind == "party"]


def test_two_parties_for_one_person_at_the_same_time_conflict(
    findings_for: Callable[..., tuple[Finding, ...]],
) -> None:
    findings = findings_for(
        ("Lena Park, who represents the opposition Green Unity Party, spoke first.", "2025-03-01"),
        ("Lena Park, a member of the Liberal Reform Party, spoke first.", "2025-03-02"),
    )
    [finding] = [f for f in party_findings(findings) if f.rule == "FC301"]
    assert finding.entity == "Lena Park"
    assert {e.source_id for e in finding.evidence} == {"a", "b"}


def test_a_party_switch_between_distant_dates_is_no_conflict(
    findings_for: Callable[..., tuple[Finding, ...]],
) -> None:
    findings = findings_for(
        ("Lena Park, who represents the opposition Green Unity Party, spoke first.", "2021-03-01"),
        ("Lena Park, a member of the Liberal Reform Party, spoke first.", "2025-03-02"),
    )
    assert [f for f in party_findings(findings) if f.rule == "FC301"] == []


def test_the_same_party_from_two_sources_is_consistent(
    findings_for: Callable[..., tuple[Finding, ...]],
) -> None:
    findings = findings_for(
        ("Lena Park, who represents the opposition Green Unity Party, spoke first.", "2025-03-01"),
        ("Green Unity Party leader Lena Park spoke first.", "2025-03-02"),
    )
    assert party_findings(findings) == []


def test_a_party_named_with_and_without_an_apostrophe_is_a_party_name_finding(
    findings_for: Callable[..., tuple[Finding, ...]],
) -> None:
    findings = findings_for(
        ("The Rural Peoples Party (RPP) came third with 40 seats in the Ostland vote.", None),
        ("The Rural People's Party (RPP) came third with 40 seats in the Ostland vote.", None),
    )
    [finding] = [f for f in party_findings(findings) if f.rule == "FC302"]
    assert finding.severity.name == "WARNING"
    assert set(finding.values) == {"Rural Peoples Party", "Rural People's Party"}


def test_a_party_and_its_acronym_are_known_aliases(findings_for: Callable[..., tuple[Finding, ...]]) -> None:
    findings = findings_for(
        ("The Rural Peoples Party (RPP) came third in the Ostland vote.", None),
        ("The RPP came third in the Ostland vote, Rural Peoples Party officials said.", None),
    )
    assert party_findings(findings) == []


def test_a_possessive_party_in_apposition_ties_the_person(
    make_source: Callable[..., Source], lexicon: Lexicon
) -> None:
    source = make_source("Karim Aziz's party, the National Justice League (NJL), began coalition talks.")
    assert ("Karim Aziz", "National Justice League", "party.possessive-apposition") in party_claims(
        source, lexicon
    )


def test_the_party_before_a_spokeswoman_is_hers_not_the_ministers(
    make_source: Callable[..., Source], lexicon: Lexicon
) -> None:
    source = make_source("Harbour Party spokeswoman Tove Lind said Minister Olaf Berg should resign.")
    people = {person for person, _, _ in party_claims(source, lexicon)}
    assert "Olaf Berg" not in people


def test_an_office_of_several_words_between_party_and_name_ties_them(
    make_source: Callable[..., Source], lexicon: Lexicon
) -> None:
    source = make_source("The Harbour Party met. Harbour Party deputy leader Tove Lind spoke first.")
    assert ("Tove Lind", "Harbour Party") in {(p, q) for p, q, _ in party_claims(source, lexicon)}


def test_a_party_in_brackets_after_the_name(make_source: Callable[..., Source], lexicon: Lexicon) -> None:
    source = make_source("Senator Oskar Brandt (Civic Party) opened the debate.")
    assert party_claims(source, lexicon) == [("Oskar Brandt", "Civic Party", "party.bracketed")]


def test_a_party_qualifying_a_role_in_apposition(
    make_source: Callable[..., Source], lexicon: Lexicon
) -> None:
    source = make_source("Aron Vesk, a senior Unity Party lawmaker, voted against the levy.")
    assert party_claims(source, lexicon) == [("Aron Vesk", "Unity Party", "party.apposition")]


def test_a_former_party_role_in_apposition_is_no_claim(
    make_source: Callable[..., Source], lexicon: Lexicon
) -> None:
    source = make_source("Aron Vesk, a former Unity Party lawmaker, voted against the levy.")
    assert party_claims(source, lexicon) == []


def test_an_alliance_is_a_party_in_a_phrase_of_membership(
    make_source: Callable[..., Source], lexicon: Lexicon
) -> None:
    source = make_source("Oskar Brandt, of the Coastal Green Alliance, called for a vote.")
    assert party_claims(source, lexicon) == [("Oskar Brandt", "Coastal Green Alliance", "party.belongs-to")]


def test_an_alliance_spoken_to_is_no_party(make_source: Callable[..., Source], lexicon: Lexicon) -> None:
    source = make_source("Oskar Brandt spoke to the Coastal Green Alliance on Tuesday.")
    assert party_claims(source, lexicon) == []


@pytest.mark.parametrize(
    "apposition",
    [
        "an opposition politician from the Harbour Party",
        "a lawmaker from the Harbour Party",
        "a senator with the Harbour Party",
        "an MP for the Harbour Party",
        "a veteran of the Harbour Party",
        "the head of the Harbour Party",
        "who is a lawmaker from the Harbour Party",
    ],
)
def test_a_role_with_a_preposition_names_the_persons_party(
    make_source: Callable[..., Source], lexicon: Lexicon, apposition: str
) -> None:
    source = make_source(f"Mara Velden, {apposition}, said the Saltmere ferry would stay.")
    assert party_claims(source, lexicon) == [("Mara Velden", "Harbour Party", "party.role-of")]


def test_a_role_for_a_constituency_names_no_party(
    make_source: Callable[..., Source], lexicon: Lexicon
) -> None:
    source = make_source("Mara Velden, the MP for Saltmere, thanked the Harbour Party for its votes.")
    assert party_claims(source, lexicon) == []


def test_a_former_role_from_a_party_is_no_claim(make_source: Callable[..., Source], lexicon: Lexicon) -> None:
    source = make_source("Oskar Brandt, a former senator from the Rural Party, spoke in Karsh.")
    assert party_claims(source, lexicon) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Mara Velden criticised the Harbour Party on Monday.",
        "Mara Velden, who defeated the Harbour Party candidate, thanked her voters.",
        "Mara Velden, a critic of the Harbour Party, thanked her voters.",
        "Mara Velden, a candidate against the Harbour Party, thanked her voters.",
        "Mara Velden, whose rival is a lawmaker from the Harbour Party, thanked her voters.",
        "The Harbour Party's attack on Mara Velden dominated the debate.",
        '"We back the Harbour Party," Mara Velden said.',
    ],
)
def test_a_party_named_near_a_person_is_not_their_party(
    make_source: Callable[..., Source], lexicon: Lexicon, sentence: str
) -> None:
    assert party_claims(make_source(sentence), lexicon) == []


def test_who_sits_for_a_party(make_source: Callable[..., Source], lexicon: Lexicon) -> None:
    source = make_source("Lena Osei, who sits for the Rural Party, opened the hearing.")
    assert party_claims(source, lexicon) == [("Lena Osei", "Rural Party", "party.belongs-to")]


def test_of_the_party_without_a_comma(make_source: Callable[..., Source], lexicon: Lexicon) -> None:
    source = make_source("Mara Velden of the Harbour Party said the ferry would stay.")
    assert party_claims(source, lexicon) == [("Mara Velden", "Harbour Party", "party.of")]


def test_the_speaker_after_a_quote_naming_another_party_is_of_hers(
    make_source: Callable[..., Source], lexicon: Lexicon
) -> None:
    source = make_source('"The Rural Party will lose," said Aron Vesk of the Unity Party.')
    assert party_claims(source, lexicon) == [("Aron Vesk", "Unity Party", "party.of")]


@pytest.mark.parametrize(
    "sentence",
    ["The Harbour Party's Mara Velden spoke first.", "The Harbour Party's leader, Mara Velden, spoke first."],
)
def test_the_partys_possessive_before_the_name(
    make_source: Callable[..., Source], lexicon: Lexicon, sentence: str
) -> None:
    assert party_claims(make_source(sentence), lexicon) == [
        ("Mara Velden", "Harbour Party", "party.possessive-before-name")
    ]


def test_a_constituency_after_the_party_in_brackets(
    make_source: Callable[..., Source], lexicon: Lexicon
) -> None:
    source = make_source("Mara Velden (Harbour Party, Saltmere) said the ferry would stay.")
    assert party_claims(source, lexicon) == [("Mara Velden", "Harbour Party", "party.bracketed")]


@pytest.mark.parametrize("phrase", ["standing for", "who is running for"])
def test_standing_for_a_party(make_source: Callable[..., Source], lexicon: Lexicon, phrase: str) -> None:
    source = make_source(f"Lena Osei, {phrase} the Rural Party in Brackwater, opened her campaign.")
    assert party_claims(source, lexicon) == [("Lena Osei", "Rural Party", "party.belongs-to")]


def test_a_role_of_two_words_before_the_party(make_source: Callable[..., Source], lexicon: Lexicon) -> None:
    source = make_source("Mara Velden, deputy leader of the Harbour Party, said the ferry would stay.")
    assert ("Mara Velden", "Harbour Party", "party.role-of") in party_claims(source, lexicon)


def test_a_party_veteran_in_apposition(make_source: Callable[..., Source], lexicon: Lexicon) -> None:
    source = make_source("Mara Velden, a Harbour Party veteran, said the ferry would stay.")
    assert party_claims(source, lexicon) == [("Mara Velden", "Harbour Party", "party.apposition")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Mara Velden, the candidate in the Harbour Party seat of Saltmere, thanked her voters.",
        "Mara Velden, a lawmaker from Saltmere, thanked the Harbour Party.",
        "Mara Velden, a lawyer representing the Harbour Party, spoke in court.",
    ],
)
def test_a_party_qualifying_something_else_is_not_the_persons_party(
    make_source: Callable[..., Source], lexicon: Lexicon, sentence: str
) -> None:
    assert party_claims(make_source(sentence), lexicon) == []


@pytest.mark.parametrize("role", ["chief", "boss", "chief whip"])
def test_a_party_chief_before_the_name(
    make_source: Callable[..., Source], lexicon: Lexicon, role: str
) -> None:
    source = make_source(f"Harbour Party {role} Mara Velden said the ferry would stay.")
    assert party_claims(source, lexicon) == [("Mara Velden", "Harbour Party", "party.role-before-name")]


def test_an_alliance_after_of_without_a_comma_is_no_party(
    make_source: Callable[..., Source], lexicon: Lexicon
) -> None:
    source = make_source("Oskar Brandt of the Coastal Green Alliance called for a vote.")
    assert party_claims(source, lexicon) == []  # a lobby is named so as often as a party


def test_a_place_after_the_party_ends_its_name_and_qualifies_the_role(
    make_source: Callable[..., Source], lexicon: Lexicon
) -> None:
    source = make_source("Velmoran National Party Saltmere leader Mara Velden accused him of failing.")
    assert party_claims(source, lexicon) == [
        ("Mara Velden", "Velmoran National Party", "party.role-before-name")
    ]


def test_a_body_of_the_party_after_its_possessive_is_no_person(
    make_source: Callable[..., Source], lexicon: Lexicon
) -> None:
    source = make_source("The Harbour Party's National Executive met on Monday.")
    assert party_claims(source, lexicon) == []


@pytest.mark.parametrize("verb", ["defected", "switched"])
def test_the_party_a_person_moved_to_is_theirs(
    make_source: Callable[..., Source], lexicon: Lexicon, verb: str
) -> None:
    source = make_source(f"Aron Vesk, who {verb} to the Unity Party, voted for the tax.")
    assert party_claims(source, lexicon) == [("Aron Vesk", "Unity Party", "party.belongs-to")]


def test_the_party_a_person_left_is_not_theirs(make_source: Callable[..., Source], lexicon: Lexicon) -> None:
    source = make_source("Aron Vesk, who defected from the Civic Party, voted for the tax.")
    assert party_claims(source, lexicon) == []


@pytest.mark.parametrize(
    "phrase", ["quoting the Harbour Party leader", "quoting a lawmaker from the Harbour Party"]
)
def test_a_party_role_of_someone_quoted_is_not_the_speakers(
    make_source: Callable[..., Source], lexicon: Lexicon, phrase: str
) -> None:
    source = make_source(f"Mara Velden, {phrase}, said the dam would stay.")
    assert party_claims(source, lexicon) == []
