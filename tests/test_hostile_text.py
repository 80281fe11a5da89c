"""Hostile or huge input: the linear forms of the text and HTML passes find what the plain patterns find."""

from __future__ import annotations

import re
from itertools import combinations
from types import SimpleNamespace
from typing import Any

import pytest

from factcheck.extract.text import MAX_SENTENCE_TOKENS, split_sentences
from factcheck.rules.base import cross_source_pairs
from factcheck.sources import blank_html, without_comments

# The patterns as they were before they were made linear: the reference for small inputs.
COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
HTML_TAG = re.compile(
    r"<script.*?</script>|<style.*?</style>|<!--(?!\s*factcheck:).*?-->|<(?!!--)[^>]+>",
    re.DOTALL | re.IGNORECASE,
)


def blanked(pattern: re.Pattern[str], text: str) -> str:
    return pattern.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)


HTML_SHAPES = [
    "<p>The harbour <b>reopened</b> on Monday.</p>",
    "<p>Open <a href='x'>link <a name=y",
    "<!-- an editor's note --><p>Text</p><!-- unclosed",
    '<!-- factcheck: ignore FC101 reason="known" --><p>Mayor Olsen</p>',
    "<script>var a = '<p>';</script><p>After</p><script>never closed",
    "<STYLE>p {color: red}</STYLE><p>Styled</p><style>open",
    "a < b and c > d, then <<<>>> and <!-->",
    "<p>no closing bracket at all <a <a <a",
    "<!--<!--<!-- -->text-->",
    "<scrip <script <style <!-- > -->",
]


@pytest.mark.parametrize("text", HTML_SHAPES)
def test_html_is_blanked_as_the_plain_pattern_blanks_it(text: str) -> None:
    assert blank_html(text) == blanked(HTML_TAG, text)


@pytest.mark.parametrize("text", HTML_SHAPES)
def test_comments_are_blanked_as_the_plain_pattern_blanks_them(text: str) -> None:
    assert without_comments(text) == blanked(COMMENT, text)


def test_unclosed_comment_openers_are_left_as_written() -> None:
    text = "Storm reaches coast <!--" * 50
    assert without_comments(text) == text


def test_a_sentence_without_stops_is_cut_into_pieces_at_commas() -> None:
    text = "The council met, " * 200 + "and agreed."
    pieces = split_sentences(text, 0, len(text))
    assert len(pieces) > 1
    assert all(len(p.tokens) <= MAX_SENTENCE_TOKENS for p in pieces)
    assert all(text[p.end - 1] == "," for p in pieces[:-1])


def test_pieces_cover_every_token_of_a_long_sentence_once() -> None:
    text = " ".join(["word"] * (3 * MAX_SENTENCE_TOKENS + 7)) + "."
    pieces = split_sentences(text, 0, len(text))
    starts = [t.start for p in pieces for t in p.tokens]
    assert starts == sorted(set(starts)) and len(starts) == 3 * MAX_SENTENCE_TOKENS + 8


def test_a_run_of_dots_is_one_sentence_cut_into_pieces() -> None:
    text = "." * 1000
    pieces = split_sentences(text, 0, len(text))
    assert sum(len(p.tokens) for p in pieces) == 1000


def test_normal_sentences_are_not_cut() -> None:
    text = "Rescuers reached the village on Tuesday. " * 3
    assert len(split_sentences(text, 0, len(text))) == 3


def record(source: str, tag: int) -> Any:
    return SimpleNamespace(source=SimpleNamespace(id=source), tag=tag)


@pytest.mark.parametrize("sources", ["aab", "abab", "aaaa", "abc", "aabbbcaa", "a"])
def test_cross_source_pairs_are_the_pairs_of_different_sources_in_order(sources: str) -> None:
    records = [record(s, i) for i, s in enumerate(sources)]
    expected = [(a.tag, b.tag) for a, b in combinations(records, 2) if a.source.id != b.source.id]
    assert [(a.tag, b.tag) for a, b in cross_source_pairs(records)] == expected


def test_a_figure_too_long_to_be_real_is_no_figure(findings_for: Any) -> None:
    digits = "9" * 400
    text = f"The council said {digits} consecutive years of drought had passed in Port Alder."
    assert findings_for((text, "2031-06-02"), (text, "2031-06-03")) == ()
