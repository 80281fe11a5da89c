"""Entity resolution: transliterations of one name meet, different people stay apart, merges explain why."""

from __future__ import annotations

from collections.abc import Iterable

import pytest

from factcheck.graph.build import analyse
from factcheck.model import EntityType
from factcheck.resolve import LocalEntity, same_entity
from factcheck.resolve.keys import exact_key, fold, name_keys, name_tokens, skeleton_key
from factcheck.resolve.local import NOTHING_AROUND, LocalReading, SourceNames
from factcheck.resolve.names import Names

SAME = [
    pytest.param("Yun Seok-yol", "Yoon Suk Yeol", EntityType.PERSON, id="yoon"),
    pytest.param("Zelensky", "Zelenskyy", EntityType.PERSON, id="zelensky"),
    pytest.param("Volodymyr Zelensky", "Volodymyr Zelenskyy", EntityType.PERSON, id="zelensky-full"),
    pytest.param("Gaddafi", "Qaddafi", EntityType.PERSON, id="gaddafi-qaddafi"),
    pytest.param("Qaddafi", "Kadhafi", EntityType.PERSON, id="qaddafi-kadhafi"),
    pytest.param("Muammar Gaddafi", "Muammar Kadhafi", EntityType.PERSON, id="gaddafi-kadhafi-full"),
    pytest.param("Kyiv", "Kiev", EntityType.PLACE, id="kyiv"),
]
APART = [
    pytest.param("Kim Jong-un", "Kim Jong-il", id="kim"),
    pytest.param("Lee Jae-myung", "Lee Jae-yong", id="lee"),
]


def local(
    name: str,
    kind: EntityType = EntityType.PERSON,
    source_id: str = "a",
    offices: set[str] | None = None,
    guessed: bool = False,
    around: SourceNames = NOTHING_AROUND,
) -> LocalEntity:
    reading = LocalReading(source_id, name, kind, around, weak=False, guessed=guessed)
    reading.forms[name] += 1
    reading.offices.update(offices or set())
    return reading.read(name_keys)


def names_around(neighbours: Iterable[str] = (), in_full: Iterable[str] = ()) -> SourceNames:
    """What a source names around an entity: the full names beside it, the names it writes in full."""
    return SourceNames(frozenset(), frozenset(neighbours), frozenset(), frozenset(in_full))


# --- keys -------------------------------------------------------------------------------------


@pytest.mark.parametrize(("a", "b", "kind"), SAME)
def test_transliterations_share_a_skeleton_key(a, b, kind):
    assert skeleton_key(a) == skeleton_key(b)


@pytest.mark.parametrize(("a", "b"), APART)
def test_different_people_with_similar_names_have_different_keys(a, b):
    assert skeleton_key(a) != skeleton_key(b)


def test_exact_key_ignores_case_hyphens_and_spacing():
    assert exact_key("IP4") == exact_key("IP-4") == exact_key("ip 4")


def test_exact_key_ignores_a_leading_article():
    assert exact_key("the Hague") == exact_key("The Hague") == exact_key("Hague")


def test_fold_removes_diacritics_and_case():
    assert fold("Erdoğan") == "erdogan"


def test_name_tokens_drop_arabic_particles():
    assert name_tokens("Saif al-Islam") == name_tokens("Saif Islam")


# --- same_entity ------------------------------------------------------------------------------


@pytest.mark.parametrize(("a", "b", "kind"), SAME)
def test_same_entity_merges_transliterations_with_a_shared_context_and_says_why(a, b, kind, lexicon):
    reason = same_entity(
        local(a, kind, "a", {"president"}), local(b, kind, "b", {"president"}), Names(lexicon)
    )
    assert reason


def test_a_transliteration_close_in_letters_needs_no_context(lexicon):
    assert same_entity(
        local("Muammar Gaddafi", source_id="a"), local("Moamar Qaddafi", source_id="b"), Names(lexicon)
    )


def test_names_alike_only_in_skeleton_stay_apart_without_context(lexicon):
    # "Dana" and "Dean" share the skeleton "dn" but are two given names
    assert (
        same_entity(
            local("Dana Whitfield", source_id="a"), local("Dean Whitfield", source_id="b"), Names(lexicon)
        )
        is None
    )


def test_names_alike_only_in_skeleton_meet_when_they_hold_the_same_office(lexicon):
    a = local("Yun Seok-yol", source_id="a", offices={"president"})
    b = local("Yoon Suk Yeol", source_id="b", offices={"president"})
    assert "both are president" in (same_entity(a, b, Names(lexicon)) or "")


@pytest.mark.parametrize(("a", "b"), APART)
def test_same_entity_keeps_different_people_apart(a, b, lexicon):
    assert same_entity(local(a, source_id="a"), local(b, source_id="b"), Names(lexicon)) is None


def test_same_entity_keeps_a_person_and_a_place_apart(lexicon):
    person = local("Georgia Holm", EntityType.PERSON, "a")
    place = local("Georgia Holm", EntityType.PLACE, "b")
    assert same_entity(person, place, Names(lexicon)) is None


def test_a_type_guessed_from_the_look_of_a_name_does_not_keep_it_from_a_place(lexicon):
    guessed = local("Dar Melka", EntityType.PERSON, "a", guessed=True)  # "residents fled Dar Melka"
    place = local("Dar Melka", EntityType.PLACE, "b")  # "the village of Dar Melka"
    assert same_entity(guessed, place, Names(lexicon))


def test_same_entity_merges_an_acronym_with_its_expansion_in_one_source(lexicon):
    long = local("Nordic Fisheries Council", EntityType.ORGANIZATION, "a")
    short = local("NFC", EntityType.ORGANIZATION, "a")
    assert same_entity(short, long, Names(lexicon))


def test_an_acronym_meets_its_expansion_across_sources_of_one_story(lexicon):
    story = names_around({"piet lund", "port alder", "saltmere harbour"})
    long = local("Nordic Fisheries Council", EntityType.ORGANIZATION, "a", around=story)
    short = local("NFC", EntityType.ORGANIZATION, "b", around=story)
    assert same_entity(short, long, Names(lexicon))


def test_an_acronym_its_own_source_spells_out_alike_meets_the_expansion_elsewhere(lexicon):
    """'Nordic Fisheries Counsil (NFC)' in one story, 'Nordic Fisheries Council' in another."""
    long = local("Nordic Fisheries Council", EntityType.ORGANIZATION, "a")
    short = local(
        "NFC",
        EntityType.ORGANIZATION,
        "b",
        around=names_around(in_full={"Nordic Fisheries Counsil", "Piet Lund"}),
    )
    assert same_entity(short, long, Names(lexicon))


def test_an_acronym_its_own_source_spells_out_otherwise_needs_a_shared_story(lexicon):
    """'LP' for the Liberal Party in one story is not the Labour Party of another."""
    long = local("Labour Party", EntityType.PARTY, "a")
    short = local("LP", EntityType.PARTY, "b", around=names_around(in_full={"Liberal Party", "Oren Vasko"}))
    assert not same_entity(short, long, Names(lexicon))


def test_an_acronym_does_not_meet_an_expansion_in_an_unrelated_story(lexicon):
    """'LP' for a record in a music story is not the initials of a party in a politics story."""
    party = local(
        "Liberal Party",
        EntityType.PARTY,
        "a",
        around=names_around({"oren vasko", "harbour council", "port alder"}),
    )
    record = local(
        "LP", EntityType.UNKNOWN, "b", around=names_around({"velvet arrows", "brit awards", "mara velden"})
    )
    assert not same_entity(record, party, Names(lexicon))


# --- resolve, through two sources ---------------------------------------------------------------


@pytest.fixture
def entities(make_source, lexicon):
    """The entities resolved from two articles, a.md and b.md."""

    def resolve_two(text_a: str, text_b: str):
        sources = [make_source(text_a, id="a"), make_source(text_b, id="b")]
        return analyse(sources, lexicon).entities

    return resolve_two


def entity_with(found, form: str):
    for entity in found:
        if form == entity.name or form in entity.aliases:
            return entity
    raise AssertionError(f"no entity written {form!r} in {[e.name for e in found]}")


SENTENCES = {
    "Yun Seok-yol": "President {} declared martial law late on Tuesday.",
    "Yoon Suk Yeol": "President {} declared martial law late on Tuesday.",
    "Zelensky": "Ukrainian President {} spoke by video link.",
    "Zelenskyy": "Ukrainian President {} spoke by video link.",
    "Volodymyr Zelensky": "{} spoke by video link on Monday.",
    "Volodymyr Zelenskyy": "{} spoke by video link on Monday.",
    "Gaddafi": "Protesters tore down posters of {} in the square.",
    "Qaddafi": "Protesters tore down posters of {} in the square.",
    "Kadhafi": "Protesters tore down posters of {} in the square.",
    "Muammar Gaddafi": "{} ruled for four decades.",
    "Muammar Kadhafi": "{} ruled for four decades.",
    "Kyiv": "Air-raid sirens sounded in {} overnight.",
    "Kiev": "Air-raid sirens sounded in {} overnight.",
    "Kim Jong-un": "{} inspected a missile launch site.",
    "Kim Jong-il": "{} inspected a missile launch site.",
    "Lee Jae-myung": "{} addressed the rally in the evening.",
    "Lee Jae-yong": "{} addressed the shareholders in the evening.",
}


@pytest.mark.parametrize(("a", "b", "kind"), SAME)
def test_resolve_merges_transliterations_across_sources(entities, a, b, kind):
    found = entities(SENTENCES[a].format(a), SENTENCES[b].format(b))
    assert entity_with(found, a) is entity_with(found, b)


@pytest.mark.parametrize(("a", "b", "kind"), SAME)
def test_a_merged_entity_gives_its_reasons(entities, a, b, kind):
    found = entities(SENTENCES[a].format(a), SENTENCES[b].format(b))
    merged = entity_with(found, a)
    assert merged.reasons
    assert all(isinstance(reason, str) and reason for reason in merged.reasons)


@pytest.mark.parametrize(("a", "b"), APART)
def test_resolve_keeps_different_people_apart(entities, a, b):
    found = entities(SENTENCES[a].format(a), SENTENCES[b].format(b))
    assert entity_with(found, a) is not entity_with(found, b)


def test_an_entity_of_one_source_needs_no_reasons(entities):
    found = entities("Anna Berg opened the bridge.", "The ferry was late again.")
    assert entity_with(found, "Anna Berg").reasons == ()


def test_a_surname_alone_in_one_source_joins_the_full_name_in_another(entities):
    found = entities("Donald Trump arrived late to the summit.", "Trump left the summit early.")
    trump = entity_with(found, "Donald Trump")
    assert "Trump" in trump.aliases
    assert trump.reasons
    assert {ref.source_id for ref in trump.mentions} == {"a", "b"}


def test_a_surname_shared_by_two_people_joins_neither(entities):
    found = entities("Anna Berg and Olaf Berg both spoke at the congress.", "Berg left the congress early.")
    assert "Berg" not in entity_with(found, "Anna Berg").aliases
    assert "Berg" not in entity_with(found, "Olaf Berg").aliases


def test_a_lone_word_opening_a_sentence_that_meets_no_name_is_no_entity(entities):
    found = entities("Worries grew in the harbour town of Velmora.", "Velmora residents left.")
    assert [e.name for e in found if e.name == "Worries"] == []


def test_the_same_name_in_two_sources_is_one_entity(entities):
    found = entities("Anna Berg opened the bridge.", "Critics said Anna Berg was wrong.")
    berg = entity_with(found, "Anna Berg")
    assert {ref.source_id for ref in berg.mentions} == {"a", "b"}


def test_an_acronym_defined_in_one_source_meets_the_acronym_in_another(entities):
    found = entities(
        "Leaders of the Indo-Pacific Four (IP4) met in Madrid.", "The IP4 issued a joint statement."
    )
    assert entity_with(found, "Indo-Pacific Four") is entity_with(found, "IP4")


def test_entity_ids_are_unique(entities):
    found = entities("Anna Berg met Olaf Lind in Bergen.", "Anna Berg and Erik Holm travelled to Oslo.")
    ids = [e.id for e in found]
    assert len(ids) == len(set(ids))


def test_a_given_name_and_its_nickname_meet_when_their_sources_agree(entities):
    found = entities(
        "Coach William Tarrant praised the Harbor Hawks after the final in Eastport.",
        "Coach Bill Tarrant praised the Harbor Hawks after the final in Eastport.",
    )
    assert entity_with(found, "William Tarrant") is entity_with(found, "Bill Tarrant")


def test_an_adverb_opening_a_sentence_is_not_part_of_a_name(entities):
    found = entities("Ironically Tarrant had praised them before.", "Bill Tarrant spoke later.")
    assert all(e.name != "Ironically Tarrant" for e in found)


def test_an_age_before_a_name_is_not_part_of_it(entities):
    found = entities("Sixteen-year-old Mara Lind won the race.", "Mara Lind won again.")
    assert entity_with(found, "Mara Lind").aliases == ()


@pytest.mark.parametrize("suffix", ["Jr.", "Jr", "Sr."])
def test_a_name_with_and_without_a_generational_suffix_is_one_person(entities, suffix):
    found = entities(
        f"Tomas Velden {suffix}, 49, escaped from the Port Alder jail on Monday.",
        "Tomas Velden escaped from the Port Alder jail, police said. Velden is armed.",
    )
    assert entity_with(found, "Tomas Velden") is entity_with(found, f"Tomas Velden {suffix.rstrip('.')}")
