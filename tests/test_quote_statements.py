"""One statement quoted in other shapes: described speakers, paragraphs without marks, participles."""

from __future__ import annotations

from collections.abc import Callable

from factcheck.extract.quote_paragraphs import unmarked_quotations
from factcheck.extract.quotes import find_quotations
from factcheck.lexicon import Lexicon
from factcheck.model import Finding
from factcheck.rules.quote_described import description_keys
from factcheck.rules.quote_meaning import compare_quotes

Findings = Callable[..., tuple[Finding, ...]]


def speakers(text: str, lexicon: Lexicon) -> list[tuple[str | None, str]]:
    return [(q.speaker_text, q.text) for q in find_quotations(text, lexicon.quotes.attribution)]


def test_a_paragraph_in_the_first_person_after_a_statement_is_its_words(lexicon: Lexicon) -> None:
    text = (
        "The Kelmsey port engineers said in a statement on Thursday that work had gone well.\n\n"
        "We have repaired 12 of the 20 cranes.\n\nWe expect the rest to work by June.\n"
    )
    found = unmarked_quotations(text, lexicon.quotes.attribution)
    assert [(q.speaker_text, q.text) for q in found] == [
        ("The Kelmsey port engineers", "We have repaired 12 of the 20 cranes."),
        ("The Kelmsey port engineers", "We expect the rest to work by June."),
    ]


def test_a_first_person_paragraph_after_a_plain_report_is_no_quotation(lexicon: Lexicon) -> None:
    text = "The storm wrecked cranes at Port Alder on Tuesday.\n\nWe have repaired 12 of the 20 cranes.\n"
    assert unmarked_quotations(text, lexicon.quotes.attribution) == []


def test_a_statement_introduced_after_a_subordinate_clause_has_no_speaker(lexicon: Lexicon) -> None:
    text = "While the mayor was silent, the council issued a message.\n\nWe are ready to talk.\n"
    assert unmarked_quotations(text, lexicon.quotes.attribution) == []


def test_a_partial_quotation_later_in_the_sentence_keeps_the_speaker(lexicon: Lexicon) -> None:
    text = 'Orla Venn resigned on Monday, saying the line had "no choice" but to close "after the signal failures".'
    assert speakers(text, lexicon)[-1] == ("Orla Venn", "after the signal failures")


def test_a_participle_after_with_is_said_by_the_name_after_with(lexicon: Lexicon) -> None:
    text = 'Crossings resumed on Sunday, with director Pia Holm saying the line "will refund every ticket".'
    assert speakers(text, lexicon) == [("director Pia Holm", "will refund every ticket")]


def test_two_quotations_joined_by_and_share_the_attribution_after_them(lexicon: Lexicon) -> None:
    text = '"The levee has held" and "we will reopen the road", the flood office said.'
    assert speakers(text, lexicon) == [("the flood office", "The levee has held we will reopen the road")]


def test_descriptions_of_one_group_share_the_word_that_says_who(lexicon: Lexicon) -> None:
    words = lexicon.quotes
    assert description_keys("the dockers' union", words) & description_keys("the union", words)
    assert not description_keys("officials", words) & description_keys("a spokesman", words)


def test_a_different_verb_after_the_same_subject_is_a_change_of_substance(lexicon: Lexicon) -> None:
    found = compare_quotes(
        "We welcome the crews from Kelmsey at the harbour tonight",
        "We sent away the crews from Kelmsey at the harbour tonight",
        lexicon.quotes,
    )
    assert found is not None and found.kind == "verb"


def test_the_same_words_in_another_order_are_only_a_moved_wording(lexicon: Lexicon) -> None:
    found = compare_quotes(
        "we will keep every route approved by the ferry board",
        "we will keep every route the ferry board approves",
        lexicon.quotes,
    )
    assert found is not None and found.kind == "wording"


def test_a_described_speaker_is_compared_across_sources(findings_for: Findings) -> None:
    story = 'Dock workers struck at Port Alder against the Kelmsey Harbour Board. "{}," the union said.'
    found = findings_for(
        (story.format("We will blockade every berth until the offer is raised"), "2031-05-03"),
        (story.format("We will inspect every berth until the offer is raised"), "2031-05-03"),
    )
    assert [f.rule for f in found if f.rule == "FC701"] == ["FC701"]


def test_officials_and_a_spokesman_are_not_compared(findings_for: Findings) -> None:
    first = 'Port Alder shut the Kelmsey road. "We will reopen the road on Friday," officials said.'
    second = 'Port Alder shut the Kelmsey road. "We will reopen the road on Monday," a spokesman said.'
    found = findings_for((first, "2031-10-02"), (second, "2031-10-02"))
    assert [f for f in found if f.rule == "FC701"] == []


def test_a_word_put_in_before_a_repeated_word_is_no_moved_wording(lexicon: Lexicon) -> None:
    found = compare_quotes(
        "The club has the right spirit,",
        "The club has a different spirit, the right spirit,",
        lexicon.quotes,
    )
    assert found is None
