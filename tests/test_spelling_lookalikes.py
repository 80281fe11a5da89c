"""Spelling variants against look-alikes: what makes two written forms one name spelt twice."""

from __future__ import annotations

from factcheck.resolve.keys import loose_form, moved_letters
from factcheck.rules.lookalikes import lookalike_words, other_code, related_words
from factcheck.rules.written import _stutter


def fc201(findings):
    return [f for f in findings if f.rule == "FC201"]


# --- the word tests ----------------------------------------------------------------------------


def test_a_common_word_on_either_side_makes_a_look_alike(lexicon):
    assert lookalike_words(["crest"], ["crust"], lexicon)
    assert lookalike_words(["harbours"], ["harbous"], lexicon)  # an inflected common word


def test_es_is_an_ending_only_after_a_hissing_sound_or_an_o(lexicon):
    words = lexicon.spelling_words
    assert all(words.is_word(w) for w in ("Boxes", "Churches", "Brushes", "Heroes", "Buses"))
    assert not any(words.is_word(w) for w in ("Rampes", "Cordes", "Harpes", "Lordes", "Dockes"))


def test_two_common_given_names_alone_are_two_people(lexicon):
    assert lookalike_words(["clara"], ["clare"], lexicon)


def test_a_country_against_another_word_is_a_look_alike(lexicon):
    assert lookalike_words(["colombia"], ["columbia"], lexicon)


def test_two_rare_words_one_letter_apart_are_not_look_alikes_by_themselves(lexicon):
    assert not lookalike_words(["tarabesh"], ["tarabech"], lexicon)


def test_rare_words_three_edits_apart_are_two_words(lexicon):
    assert lookalike_words(["velmoriad"], ["velmoriakos"], lexicon)


def test_plurals_inflections_and_demonyms_are_related_words():
    assert related_words("society", "societies")
    assert related_words("velmorans", "velmorish")
    assert related_words("kessel", "kessels")


def test_transliterated_endings_and_doubled_letters_are_not_related_words():
    assert not related_words("sergei", "sergey")
    assert not related_words("volkhonsky", "volkhonskiy")
    assert not related_words("idris", "idriss")


def test_a_differing_capital_code_names_another_thing():
    assert other_code(["saltmere", "fc"], ["saltmere", "ac"], "Saltmere FC", "Saltmere AC")
    assert not other_code(
        ["saltmere", "rovers"], ["saltmere", "rovers"], "Saltmere Rovers", "Saltmere Rovers"
    )


def test_sh_and_ch_kh_and_h_fold_to_one_form():
    assert loose_form("tarabesh") == loose_form("tarabech")
    assert loose_form("khoumrane") == loose_form("houmrane")


def test_moved_letters_need_the_same_letters_and_the_same_start():
    assert moved_letters("tamsir", "tasmir")
    assert not moved_letters("tamsir", "kamsir")
    assert not moved_letters("tamsir", "tamsora")


def test_a_repeated_short_syllable_is_a_stutter_not_a_middle_name():
    assert _stutter(["pham", "thi", "ho", "hoa"])
    assert not _stutter(["pham", "van", "hoa"])


# --- the findings ------------------------------------------------------------------------------


def test_the_deviant_form_is_underlined_first_and_the_accepted_spelling_is_data(findings_for):
    (finding,) = fc201(
        findings_for(
            ("Mayor Oren Vasko of Tarabesh opened the Saltmere fair. Tarabesh hosts it next year.", None),
            ("The Saltmere fair was opened by Oren Vasko, mayor of Tarabesh.", None),
            ("Oren Vasko, the mayor of Tarabech, opened the Saltmere fair on Sunday.", None),
        )
    )
    assert finding.accepted == "Tarabesh"
    assert finding.entity == "Tarabesh"
    assert finding.evidence[0].text == "Tarabech"
    assert finding.evidence[0].source_id == "c"
    assert {e.note for e in finding.evidence[1:]} == {"the accepted spelling"}


def test_one_word_look_alikes_in_unrelated_stories_are_quiet(findings_for):
    found = fc201(
        findings_for(
            ("Korvath, a software firm, was bought by Ilse Brandt of Saltmere Holdings.", None),
            ("The ferry Korvat ran aground off Tessel Point, Captain Piet Lund said.", None),
        )
    )
    assert found == []


def test_one_word_variants_in_one_story_are_found(findings_for):
    found = fc201(
        findings_for(
            ("Floods cut off Khoumrane, Governor Lina Osei said. Boats left Saltmere at dawn.", None),
            ("Governor Lina Osei said floods had cut off Houmrane. Boats left Saltmere.", None),
        )
    )
    assert len(found) == 1
    assert set(found[0].values) == {"Khoumrane", "Houmrane"}


def test_a_short_form_with_a_shorter_surname_is_not_a_variant_of_a_longer_name(findings_for):
    found = fc201(
        findings_for(
            ("Envoy Piet Kilgore Sand met Ilse Brandt in Saltmere on Monday.", None),
            ("Envoy Piet Zoesand met Ilse Brandt in Saltmere on Monday.", None),
        )
    )
    assert found == []


def test_a_persons_name_has_no_place_word_core(findings_for):
    found = fc201(
        findings_for(
            ("Singer Kanto West played Saltmere Arena, Oren Vasko of the Harbour Council said.", None),
            ("Kento, the band, played Saltmere Arena, Oren Vasko of the Harbour Council said.", None),
        )
    )
    assert found == []


def test_a_dotted_variant_name_is_a_kind_not_a_spelling(findings_for):
    found = fc201(
        findings_for(
            ("The Velkor worm hit Saltmere Bank, Oren Vasko of the Harbour Council said.", None),
            ("A new form, Velkor.B, hit Saltmere Bank, Oren Vasko of the Harbour Council said.", None),
        )
    )
    assert found == []
