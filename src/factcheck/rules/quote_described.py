"""Described speakers ("the dockers", "the dockers' union", "a hospital spokeswoman") as words that say who."""

from __future__ import annotations

import re

from factcheck.lexicon.quotes import QuoteWords, word_stem

WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def description_keys(described: str, words: QuoteWords) -> frozenset[str]:
    """The stems of a description's words that say which speaker it is: determiners, function words and
    words of any speaker ("officials", "spokesman") left out. Two descriptions of one speaker share one:
    "the striking dockers" and "the dockers' union" share "docker"; "officials" and "a spokesman" none."""
    attribution = words.attribution
    left_out = (
        attribution.determiners
        | attribution.generic_speakers
        | attribution.pronouns
        | attribution.leads
        | words.function_words
        | words.articles
    )
    found = (w.lower() for w in WORD.findall(described))
    return frozenset(
        word_stem(w, words.inflections, words.spelling_rules) for w in found if w not in left_out
    )
