"""FC201 on archives: which spelling a finding calls right, and what is no spelling at all.

Between two forms as many sources write, the one the word lists know is right, then the longer;
a possessive or an apostrophe is punctuation, not a spelling; a country against its people's
adjective is two words; a place name with and without a final 's' is one place spelt two ways
when neither form is a word."""

from __future__ import annotations

import pytest


def fc201(findings):
    return [f for f in findings if f.rule == "FC201"]


def one_each(findings_for, first: str, second: str):
    return fc201(findings_for((first, None), (second, None)))


@pytest.mark.parametrize(
    ("typo", "right"),
    [
        ("Beverly Haldane", "Beverley Haldane"),  # both known given names: the longer
        ("Martin Okpara", "Marton Okpara"),  # a known given name against an unknown form
        ("Carla Brennek", "Carla Brenneck"),  # neither known: the longer
    ],
)
def test_a_tie_of_sources_goes_to_the_known_then_the_longer_form(findings_for, typo, right):
    expected = right if typo != "Martin Okpara" else typo
    for first, second in ((typo, right), (right, typo)):
        (finding,) = one_each(
            findings_for,
            f"{first} chaired the Harlow port board meeting in Velmora on Monday.",
            f"{second} chaired the Harlow port board meeting in Velmora on Monday.",
        )
        assert finding.entity == expected
        assert finding.evidence[-1].text == expected


def test_a_form_more_sources_write_stays_accepted_against_a_known_word(findings_for):
    found = fc201(
        findings_for(
            ("Ilse Marten opened the Harlow Bridge in Velmora.", None),
            ("Ilse Marten cut the ribbon on the Harlow Bridge in Velmora.", None),
            ("Ilse Martin opened the Harlow Bridge in Velmora.", None),
        )
    )
    assert [f.entity for f in found] == ["Ilse Marten"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("the University of Velmora's School of Law", "the University of Velmora School of Law"),
        ("the Harbour Porters' Union", "the Harbour Porters Union"),
        ("the Port Worker's Union", "the Port Workers Union"),
        ("Velmora's City Hospital", "Velmora City Hospital"),
        ("the Dock Board's Pilot Office", "the Dock Board Pilot Office"),
    ],
)
def test_a_possessive_or_an_apostrophe_is_no_spelling_variant(findings_for, first, second):
    found = one_each(
        findings_for,
        f"Staff at {first} in Port Alder walked out on Monday, Mara Velden said.",
        f"Staff at {second} in Port Alder walked out on Monday, Mara Velden said.",
    )
    assert found == []


@pytest.mark.parametrize(
    ("first", "second"),
    [("East German", "East Germany"), ("North Korean", "North Korea"), ("South African", "South Africa")],
)
def test_a_country_and_its_people_s_adjective_are_two_words(findings_for, first, second):
    found = one_each(
        findings_for,
        f"Mara Velden grew up in {first} towns near the Harlow border, she told Port Alder radio.",
        f"Mara Velden grew up in {second} near the Harlow border, she told Port Alder radio.",
    )
    assert found == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Velmora", "Velmoras"),
        ("Port Dunmere", "Port Dunmeres"),
        ("Port Quillan", "Port Quillans"),
    ],
)
def test_a_place_with_and_without_a_final_s_is_a_spelling_variant(findings_for, first, second):
    story = "Floods cut off the road in {} on Monday, Mayor Ilse Kovar of Dunmere told the Harlow Courier."
    found = one_each(findings_for, story.format(first), story.format(second))
    assert len(found) == 1
    assert set(found[0].values) == {first, second}


@pytest.mark.parametrize(
    ("first", "second"), [("Spring", "Springs"), ("Williams", "William"), ("Kestrel", "Kestrels")]
)
def test_a_word_or_a_common_name_with_a_final_s_is_another_word(findings_for, first, second):
    story = "Floods cut off the road in {} on Monday, Mayor Ilse Kovar of Dunmere told the Harlow Courier."
    found = one_each(findings_for, story.format(first), story.format(second))
    assert found == []


def test_a_source_writing_both_forms_uses_a_plural_not_a_misspelling(findings_for):
    found = fc201(
        findings_for(
            ("The Quillan Award went to Mara Velden in Port Alder. She won two Quillan Awards.", None),
            ("Mara Velden won the Quillan Awards in Port Alder on Monday.", None),
        )
    )
    assert found == []


def test_a_people_with_and_without_a_final_s_is_no_place_variant(findings_for):
    story = "Floods cut off the road in North {} country on Monday, Mayor Ilse Kovar of Dunmere said."
    found = one_each(findings_for, story.format("American"), story.format("Americans"))
    assert found == []


def test_a_word_list_entry_ending_in_s_does_not_make_its_stem_a_word(lexicon):
    # "canvas" is a word and "canva" is not: a place written "Canva" and "Canvas" is one name
    assert not lexicon.is_plural_pair("canva", "canvas")


def test_a_known_singular_makes_a_plural_pair(lexicon):
    assert lexicon.is_plural_pair("spring", "springs")
    assert lexicon.is_plural_pair("william", "williams")
