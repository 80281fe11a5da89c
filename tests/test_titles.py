"""Title claims: the patterns news uses to give a person a role, and what each pattern yields."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.extract import extract
from factcheck.model import Title


@pytest.fixture
def titles(make_source, lexicon):
    """The title claims of one article as {person key: [Title, ...]}."""

    def read(text: str, published: str | None = None) -> dict[str, list[Title]]:
        extraction = extract(make_source(text, published=published), lexicon)
        found: dict[str, list[Title]] = {}
        for claim in extraction.claims:
            if claim.predicate == "title":
                found.setdefault(extraction.mentions[claim.subject].key, []).append(claim.value)
        return found

    return read


def only_title(found: dict[str, list[Title]], person: str) -> Title:
    assert person in found, f"no title for {person!r} in {found}"
    assert len(found[person]) == 1, found[person]
    return found[person][0]


def test_nationality_title_name(titles):
    title = only_title(titles("Japanese Foreign Minister Kenji Amano met reporters in Osaka."), "Kenji Amano")
    assert title == Title("foreign minister", None, "Japan")


def test_initialism_country_title_name(titles):
    title = only_title(titles("U.S. President Donald Trump spoke to reporters on Friday."), "Donald Trump")
    assert title.office == "president"
    assert title.modifier is None
    assert title.jurisdiction == "United States"


def test_organisation_acronym_title_name(titles):
    found = titles("NATO Secretary-General Mark Rutte opened the meeting of foreign ministers.")
    assert only_title(found, "Mark Rutte") == Title("secretary-general", None, "NATO")


def test_title_alone_before_a_name(titles):
    title = only_title(titles("Prime Minister Anna Berg opened the bridge."), "Anna Berg")
    assert title == Title("prime minister", None, None)


def test_title_written_in_lower_case_before_a_name(titles):
    title = only_title(titles("The bridge was opened by prime minister Anna Berg."), "Anna Berg")
    assert title.office == "prime minister"


def test_an_alias_of_an_office_is_read_as_the_office(titles):
    title = only_title(titles("The plan was backed by Premier Anna Berg."), "Anna Berg")
    assert title.office == "prime minister"


def test_elect_suffix_is_a_modifier(titles):
    title = only_title(titles("President-elect Anna Berg named her cabinet."), "Anna Berg")
    assert title == Title("president", "elect", None)


def test_elect_suffix_with_a_nationality(titles):
    title = only_title(titles("Talks with US President-elect Donald Trump were postponed."), "Donald Trump")
    assert title == Title("president", "elect", "United States")


def test_former_is_a_modifier(titles):
    title = only_title(titles("Former Prime Minister Olaf Lind criticised the plan."), "Olaf Lind")
    assert title == Title("prime minister", "former", None)


def test_ex_prefix_means_former(titles):
    title = only_title(titles("The plan was criticised by ex-premier Olaf Lind."), "Olaf Lind")
    assert title == Title("prime minister", "former", None)


def test_then_prefix_is_a_modifier(titles):
    title = only_title(titles("The treaty was signed by then-president Olaf Lind in 2009."), "Olaf Lind")
    assert title == Title("president", "then", None)


def test_acting_is_a_modifier(titles):
    title = only_title(titles("Acting President Olaf Lind chaired the cabinet."), "Olaf Lind")
    assert title == Title("president", "acting", None)


def test_designate_suffix_is_a_modifier(titles):
    title = only_title(titles("Prime Minister-designate Anna Berg met party leaders."), "Anna Berg")
    assert title == Title("prime minister", "designate", None)


def test_apposition_after_the_name_with_a_country(titles):
    found = titles("Olaf Lind, the prime minister of Finland, arrived late for the talks.")
    assert only_title(found, "Olaf Lind") == Title("prime minister", None, "Finland")


def test_apposition_after_the_name_with_an_organisation(titles):
    found = titles("Olaf Lind, the secretary-general of the Arctic Council, arrived late.")
    title = only_title(found, "Olaf Lind")
    assert title.office == "secretary-general"
    assert title.jurisdiction == "Arctic Council"


def test_apposition_with_a_modifier(titles):
    found = titles("Olaf Lind, the former prime minister, said he was surprised.")
    assert only_title(found, "Olaf Lind") == Title("prime minister", "former", None)


def test_apposition_with_elect(titles):
    found = titles("A speech by Olaf Lind, the president-elect of Finland, drew applause.")
    assert only_title(found, "Olaf Lind") == Title("president", "elect", "Finland")


def test_apposition_without_an_office_gives_no_title(titles):
    assert titles("Olaf Lind, a veteran of many budget fights, spoke last.") == {}


def test_apposition_where_the_office_is_not_the_head_gives_no_title(titles):
    found = titles("Olaf Lind, whose sister advised the prime minister, spoke last.")
    assert "Olaf Lind" not in found


def test_fronted_apposition_before_the_name(titles):
    found = titles("The prime minister of Finland, Anna Berg, said the talks would continue.")
    assert only_title(found, "Anna Berg") == Title("prime minister", None, "Finland")


def test_who_took_office_as(titles):
    found = titles("Anna Berg, who took office as prime minister in October 2024, backs the alliance.")
    assert only_title(found, "Anna Berg").office == "prime minister"


def test_who_took_office_as_carries_no_modifier(titles):
    found = titles("Anna Berg, who took office as prime minister in October 2024, backs the alliance.")
    assert only_title(found, "Anna Berg").modifier is None


def test_who_was_sworn_in_as(titles):
    found = titles("Olaf Lind, who was sworn in as president in March, spoke first.")
    assert only_title(found, "Olaf Lind").office == "president"


def test_predecessor_is_the_former_holder_of_the_office_just_named(titles):
    found = titles("Prime Minister Anna Berg praised her predecessor Olaf Lind.")
    assert only_title(found, "Anna Berg") == Title("prime minister", None, None)
    assert only_title(found, "Olaf Lind") == Title("prime minister", "former", None)


def test_predecessor_with_his(titles):
    found = titles("President Olaf Lind thanked his predecessor Erik Holm for the handover.")
    assert only_title(found, "Erik Holm") == Title("president", "former", None)


def test_predecessor_without_an_office_named_gives_no_title(titles):
    assert "Olaf Lind" not in titles("Anna Berg praised her predecessor Olaf Lind.")


def test_a_title_claim_is_as_of_the_publication_date(make_source, lexicon):
    source = make_source("Prime Minister Anna Berg opened the bridge.", published="2025-03-04")
    (claim,) = extract(source, lexicon).claims
    assert claim.as_of is not None
    assert claim.as_of.start == date(2025, 3, 4)


def test_a_title_claim_quotes_title_and_name(make_source, lexicon):
    source = make_source("Talks opened.\nJapanese Foreign Minister Kenji Amano spoke first.\n")
    (claim,) = extract(source, lexicon).claims
    assert claim.span.text == "Japanese Foreign Minister Kenji Amano"
    assert source.text[claim.span.start : claim.span.end] == claim.span.text


def test_a_title_claim_names_the_rule_that_made_it(make_source, lexicon):
    (claim,) = extract(make_source("Prime Minister Anna Berg opened the bridge."), lexicon).claims
    assert claim.rule.startswith("title.")


def test_an_organisation_gets_no_title(titles):
    assert titles("The Ministry of Health said the president would decide.") == {}


def test_a_short_form_carries_the_title_to_the_full_name(titles):
    found = titles("Anna Berg arrived early. President Berg then opened the session.")
    assert only_title(found, "Anna Berg").office == "president"


def test_a_bank_named_after_a_place_owns_the_title(titles):
    found = titles("Bank of Nordland governor Olaf Lind warned that rates would rise.")
    assert only_title(found, "Olaf Lind") == Title("governor", None, "Bank of Nordland")


def test_the_body_after_of_owns_the_title_not_a_demonym_inside_it(titles):
    found = titles("Olaf Lind, director general of the British Chambers of Shipping, praised the budget.")
    assert only_title(found, "Olaf Lind").jurisdiction == "British Chambers of Shipping"


def test_a_possessive_place_before_the_body_is_not_the_owner(titles):
    found = titles("Olaf Lind, chair of the UK's Federation of Small Ferries, praised the budget.")
    assert only_title(found, "Olaf Lind").jurisdiction == "Federation of Small Ferries"


def test_a_plural_possessive_before_the_body_is_not_the_owner(titles):
    found = titles("Ada Quill, director of the Union of Harbour Pilots' Safety Programme, spoke first.")
    assert only_title(found, "Ada Quill").jurisdiction == "Safety Programme"


def test_an_honorific_inside_the_office_is_not_its_owner(titles):
    found = titles("The Lord Chief Justice, Lord Harrow, ruled on the appeal.")
    assert all(t.jurisdiction != "Lord" for t in found.get("Harrow", []) + found.get("Lord Harrow", []))


def test_a_plural_office_is_no_ones_title(titles):
    found = titles("Olaf Lind met Anna Berg, and the presidents of two neighbouring states, in Lowmere.")
    assert "Olaf Lind" not in found


@pytest.mark.parametrize(
    "clause",
    ["who stepped down as mayor in 2030", "who resigned as mayor", "who served as mayor until 2029"],
)
def test_a_title_that_ended_is_a_former_one(titles, clause):
    found = titles(f"Tove Ranger, {clause}, opened the fair.", published="2031-05-02")
    assert only_title(found, "Tove Ranger") == Title("mayor", "former", None)


def test_a_title_served_until_a_later_year_is_not_read_as_ended(titles):
    found = titles("Tove Ranger, who served as mayor until 2033, opened the fair.", published="2031-05-02")
    assert "Tove Ranger" not in found


def test_an_unknown_demonym_before_the_office_is_its_jurisdiction(titles):
    found = titles("Saltmerian President Ilse Marren opened the quay.")
    assert only_title(found, "Ilse Marren") == Title("president", None, "Saltmerian")


def test_a_possessive_owner_opens_a_fronted_apposition(titles):
    found = titles("Velmora's prime minister, Edda Lind, promised a new memorial.")
    assert only_title(found, "Edda Lind") == Title("prime minister", None, "Velmora")


def test_predecessor_in_apposition_is_the_former_holder_of_the_office_just_named(titles):
    found = titles("Mayor Mara Velden opened the library. Oren Vasko, her predecessor, attended.")
    assert only_title(found, "Oren Vasko") == Title("mayor", "former", None)


def test_predecessor_fronted_before_the_name(titles):
    found = titles("Mayor Mara Velden praised her predecessor, Oren Vasko, on Monday.")
    assert only_title(found, "Oren Vasko") == Title("mayor", "former", None)


def test_predecessor_as_an_office_names_the_office(titles):
    found = titles("Lena Osei praised Oren Vasko, her predecessor as governor of Tessel, on Monday.")
    assert only_title(found, "Oren Vasko") == Title("governor", "former", "Tessel")


def test_who_preceded_her_as_an_office_is_a_former_title(titles):
    found = titles("Oren Vasko, who preceded her as mayor, criticised the budget.")
    assert only_title(found, "Oren Vasko") == Title("mayor", "former", None)


@pytest.mark.parametrize(
    "clause", ["her predecessor and rival", "whose predecessor was Lena Osei", "who preceded her"]
)
def test_a_predecessor_phrase_that_gives_the_name_no_office(titles, clause):
    assert "Oren Vasko" not in titles(f"Mayor Mara Velden met Oren Vasko, {clause}, on Monday.")


def test_a_fronted_apposition_inside_a_sentence(titles):
    found = titles("Lena Osei thanked Velmora's prime minister, Oren Vasko, on Monday.")
    assert only_title(found, "Oren Vasko") == Title("prime minister", None, "Velmora")


def test_a_fronted_apposition_inside_a_sentence_with_an_article(titles):
    found = titles("Reporters met the mayor, Oren Vasko, on Monday.")
    assert only_title(found, "Oren Vasko") == Title("mayor", None, None)


@pytest.mark.parametrize(
    "sentence",
    [
        "Reporters met the mayor, Oren Vasko and Lena Osei on Monday.",  # a list, not an apposition
        "Reporters met the mayor's wife, Oren Vasko, on Monday.",  # the office is not the head
        "Mayor Mara Velden praised her predecessor, Oren Vasko and Lena Osei, on Monday.",
        "She played the Emperor of Velmora in the first pantomime, Oren Vasko, on stage.",
    ],
)
def test_a_phrase_before_a_comma_that_is_no_apposition_of_the_name(titles, sentence):
    assert "Oren Vasko" not in titles(sentence)


def test_a_shadow_office_is_not_the_office(titles):
    found = titles("Reporters met the shadow finance minister, Mara Velden, on Monday.")
    assert only_title(found, "Mara Velden") == Title("finance minister", "shadow", None)


def test_a_predecessor_follows_the_person_named_before_in_the_sentence(titles):
    found = titles(
        "Governor Lena Osei met Mayor Mara Velden. Velden was firmer than her predecessor, Oren Vasko."
    )
    assert only_title(found, "Oren Vasko") == Title("mayor", "former", None)


def test_a_predecessor_follows_the_persons_office_not_a_later_one(titles):
    text = "Mayor Mara Velden thanked Governor Lena Osei. Velden then praised her predecessor, Oren Vasko."
    assert only_title(titles(text), "Oren Vasko") == Title("mayor", "former", None)


def test_a_predecessor_of_someone_without_a_known_office_gets_no_title(titles):
    text = "Governor Lena Osei spoke first. Mara Velden was firmer than her predecessor, Oren Vasko."
    assert "Oren Vasko" not in titles(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "His nominee for surgeon general, Mara Velden, spoke on Monday.",
        "The governor named his nominee for surgeon general, Mara Velden, on Monday.",
        "She met a candidate to be mayor, Mara Velden, on Monday.",
    ],
)
def test_an_office_after_the_head_noun_of_a_fronted_phrase_is_not_the_persons(titles, sentence):
    assert "Mara Velden" not in titles(sentence)


def test_a_fronted_office_from_a_place(titles):
    found = titles("A Velmoran senator from Saltmere, Mara Velden, spoke on Monday.")
    assert only_title(found, "Mara Velden").office == "senator"


def test_two_offices_joined_by_and_give_the_second(titles):
    found = titles("Oren Vasko, the founder and chief executive of Harbour Shipping, spoke on Monday.")
    assert only_title(found, "Oren Vasko").office == "chief executive"


def test_an_office_joined_to_another_noun_is_no_apposition_of_the_name(titles):
    assert "Oren Vasko" not in titles("Reporters met the mayor and her husband, Oren Vasko, on Monday.")


@pytest.mark.parametrize(
    "phrase", ["quoting the harbour master", "like the mayor", "unlike the mayor of Saltmere"]
)
def test_an_office_in_the_object_of_a_verb_or_preposition_is_someone_elses(titles, phrase):
    assert "Mara Velden" not in titles(f"Mara Velden, {phrase}, said the dam would stay.")


def test_an_adverb_may_open_an_apposition(titles):
    found = titles("Oren Vasko, now the mayor of Saltmere, spoke on Monday.")
    assert only_title(found, "Oren Vasko").office == "mayor"
