"""Sentences and tokens: abbreviations and initials do not end a sentence, line breaks do."""

from __future__ import annotations

from factcheck.extract.text import split_sentences, tokenize


def sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text, 0, len(text))]


def test_full_stops_split_sentences():
    assert sentences("The ferry left at dawn. It reached the island by noon.") == [
        "The ferry left at dawn.",
        "It reached the island by noon.",
    ]


def test_question_and_exclamation_marks_end_sentences():
    assert sentences("Will the strike end? Nobody knows! Talks resume today.") == [
        "Will the strike end?",
        "Nobody knows!",
        "Talks resume today.",
    ]


def test_initialism_u_s_inside_a_sentence_does_not_end_it():
    assert sentences("The U.S. Senate passed the budget late on Friday. Markets rose.") == [
        "The U.S. Senate passed the budget late on Friday.",
        "Markets rose.",
    ]


def test_honorific_mr_does_not_end_a_sentence():
    assert sentences("Mr. Halvorsen declined to comment. His office said nothing.") == [
        "Mr. Halvorsen declined to comment.",
        "His office said nothing.",
    ]


def test_abbreviated_month_does_not_end_a_sentence():
    assert sentences("The vote was set for Jan. 14 in the capital. Turnout is expected to be low.") == [
        "The vote was set for Jan. 14 in the capital.",
        "Turnout is expected to be low.",
    ]


def test_initials_in_a_name_do_not_end_a_sentence():
    assert sentences("The memoir by T. S. Holm sold out in a week. A reprint is planned.") == [
        "The memoir by T. S. Holm sold out in a week.",
        "A reprint is planned.",
    ]


def test_a_line_break_ends_a_sentence_without_a_full_stop():
    text = "Harbour Bridge Opens After Decade of Delays\nThe bridge opened on Tuesday"
    assert sentences(text) == [
        "Harbour Bridge Opens After Decade of Delays",
        "The bridge opened on Tuesday",
    ]


def test_sentence_offsets_index_the_text():
    text = "  The ferry left.  It returned.\n"
    for sentence in split_sentences(text, 0, len(text)):
        first, last = sentence.tokens[0], sentence.tokens[-1]
        assert sentence.start == first.start
        assert sentence.end == last.end


def test_tokens_keep_u_s_whole_and_split_a_final_full_stop():
    text = "The U.S. envoy left Oslo."
    assert [t.text for t in tokenize(text)] == ["The", "U.S.", "envoy", "left", "Oslo", "."]


def test_tokens_keep_hyphenated_and_possessive_words_whole():
    text = "Secretary-General Holm's visit"
    assert [t.text for t in tokenize(text)] == ["Secretary-General", "Holm's", "visit"]


def test_token_offsets_index_the_text():
    text = "Talks in Kyiv, then Warsaw."
    for token in tokenize(text):
        assert text[token.start : token.end] == token.text


def test_a_dateline_is_a_sentence_of_its_own():
    assert sentences("PORT ALDER, March 3 (Harbour Wire) - Floods cut the coast road.") == [
        "PORT ALDER, March 3 (Harbour Wire) -",
        "Floods cut the coast road.",
    ]


def test_a_capitalised_word_before_a_dash_mid_thought_is_no_dateline():
    assert sentences("NATO - the alliance - met on Monday.") == ["NATO - the alliance - met on Monday."]
