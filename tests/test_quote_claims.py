"""Quotation claims and their comparison: one named speaker's words, compared across sources."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from factcheck.extract import extract
from factcheck.lexicon import Lexicon
from factcheck.model import Finding, Quoted, Source

Quotes = Callable[[str], list[tuple[str, str]]]
Findings = Callable[..., tuple[Finding, ...]]


@pytest.fixture
def quotes(make_source: Callable[..., Source], lexicon: Lexicon) -> Quotes:
    """(speaker's full name, quoted words) of each quotation claim of one article."""

    def read(text: str) -> list[tuple[str, str]]:
        extraction = extract(make_source(text, published="2031-04-15"), lexicon)
        return [
            (extraction.mentions[c.subject].key if c.subject is not None else "", c.value.words)
            for c in extraction.claims
            if isinstance(c.value, Quoted)
        ]

    return read


def test_a_named_speaker_after_the_quotation(quotes: Quotes) -> None:
    found = quotes('Mayor Sten Ruud spoke on Monday. "We will build 300 homes this year," Ruud said.')
    assert found == [("Sten Ruud", "We will build 300 homes this year,")]


def test_a_title_before_the_name_is_left_out_of_the_speaker(quotes: Quotes) -> None:
    found = quotes('"The wall is sound," chief engineer Piet Loman said on Tuesday.')
    assert [speaker for speaker, _ in found] == ["Piet Loman"]


def test_a_pronoun_speaker_is_the_person_named_before(quotes: Quotes) -> None:
    found = quotes('Dario Kestin left Eastmarch. He told reporters that "the talks are over for now."')
    assert [speaker for speaker, _ in found] == ["Dario Kestin"]


def test_a_described_speaker_makes_a_claim_without_a_subject(quotes: Quotes) -> None:
    found = quotes('"We will build 300 homes this year," a council spokeswoman said.')
    assert found == [("", "We will build 300 homes this year,")]


def test_a_quoted_word_or_two_is_no_statement(quotes: Quotes) -> None:
    assert quotes('Ruud called the plan "reckless" on Monday, Mayor Sten Ruud said.') == []


STORY = 'Mayor Sten Ruud unveiled the plan at Velmora city hall. "{}," Ruud said.'


def quote_findings(findings_for: Findings, first: str, second: str, dates: tuple[str, str]) -> list[Finding]:
    found = findings_for((STORY.format(first), dates[0]), (STORY.format(second), dates[1]))
    return [f for f in found if f.rule == "FC701"]


def test_a_changed_number_in_one_statement_is_a_warning(findings_for: Findings) -> None:
    same_day = ("2031-04-15", "2031-04-15")
    found = quote_findings(
        findings_for, "We will build 300 homes this year", "We will build 30 homes this year", same_day
    )
    assert len(found) == 1 and found[0].severity.name == "WARNING"
    assert sorted("300 homes" in e.text for e in found[0].evidence) == [False, True]
    assert all("homes" in e.text for e in found[0].evidence)


def test_the_same_words_give_no_finding(findings_for: Findings) -> None:
    same_day = ("2031-04-15", "2031-04-15")
    assert quote_findings(findings_for, "We won't raise rents", "We will not raise rents", same_day) == []


def test_two_statements_of_one_speaker_are_not_compared(findings_for: Findings) -> None:
    same_day = ("2031-04-15", "2031-04-15")
    found = quote_findings(
        findings_for,
        "We will build 300 homes this year",
        "The waiting list is the longest in Nordland",
        same_day,
    )
    assert found == []


def test_quotations_weeks_apart_are_two_occasions(findings_for: Findings) -> None:
    apart = ("2031-04-15", "2031-06-10")
    assert quote_findings(findings_for, "We will not raise rents", "We will raise rents", apart) == []


def test_a_one_letter_slip_is_only_a_note(findings_for: Findings) -> None:
    same_day = ("2031-04-15", "2031-04-15")
    found = quote_findings(
        findings_for, "They will play a bigger role", "They will pay a bigger role", same_day
    )
    assert [f.severity.name for f in found] == ["INFO"]


def test_a_quotation_after_a_colon_is_the_words_of_the_sentence_subject(quotes: Quotes) -> None:
    found = quotes('Mayor Sten Ruud was blunt on Monday: "We will build 300 homes this year."')
    assert found == [("Sten Ruud", "We will build 300 homes this year.")]


SAME_DAY = ("2031-04-15", "2031-04-15")


def severities(findings_for: Findings, first: str, second: str) -> list[str]:
    return [f.severity.name for f in quote_findings(findings_for, first, second, SAME_DAY)]


def test_a_clock_time_written_two_ways_is_one_time(findings_for: Findings) -> None:
    assert (
        severities(findings_for, "The doors open at 6 p.m. on Friday", "The doors open at 18:00 on Friday")
        == []
    )


def test_a_name_and_its_initials_are_one_name(findings_for: Findings) -> None:
    first, second = "Every Velmora Rail passenger will get a refund", "Every VR passenger will get a refund"
    assert severities(findings_for, first, second) == []


def test_one_preposition_for_another_is_only_a_note(findings_for: Findings) -> None:
    first, second = "Our future lies within the union of towns", "Our future lies in the union of towns"
    assert severities(findings_for, first, second) == ["INFO"]


def test_one_content_word_for_another_is_a_warning(findings_for: Findings) -> None:
    first, second = "The plan is a victory for every tenant", "The plan is a betrayal of every tenant"
    assert severities(findings_for, first, second) == ["WARNING"]


def test_a_negation_moved_to_another_verb_is_only_a_note(findings_for: Findings) -> None:
    first, second = "I didn't think we were ready for the vote", "I think we weren't ready for the vote"
    assert severities(findings_for, first, second) == ["INFO"]


def test_one_against_a_word_without_a_number_is_only_a_note(findings_for: Findings) -> None:
    first, second = "The storm passed within one hour or two", "The storm passed within a while or two"
    assert severities(findings_for, first, second) == ["INFO"]
