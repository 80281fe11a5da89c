"""Figures: the number phrases of a sentence read as intervals, with the word lists they are read by.

A figure is a number with its bound ("at least", "about"), range ("18,000 to 20,000"), scale
("2.5 million") and denominator ("101 of the 264"), read as the interval of `interval`. Years,
dates, times, ordinals, ages and numbers inside names are not figures. The word lists are data
(`factcheck/data/measures.tsv`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from factcheck.extract.document import SentenceView
from factcheck.extract.text import Token
from factcheck.lexicon import Lexicon

DIGITS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
LABEL_SUFFIX = re.compile(r"\d(?:st|nd|rd|th|s)$")  # 2nd, 1990s
RANGE_JOINS = frozenset(["to", "-", "–", "or", "and"])
LONGEST_PHRASE = 3  # words in the longest phrase of measures.tsv ("no fewer than")
LARGEST = 1e15  # beyond any count or sum in the news; also keeps figures finite


def interval(value: float, bound: str) -> tuple[float, float]:
    """The interval a figure stands for, given the phrase that bounds it.

    An open bound in news is a floor close to the figure, not a licence for any larger number:
    "at least 2,300 killed" is read as 2,300..4,600, so that it disagrees with a toll of 11,300
    while "more than 100" and "at least 120" still agree. "Fewer than N" is N/2..N, "about N" is
    N within 10%, "nearly N" is 0.9N..N, "just over N" is N..1.1N."""
    factors = {"floor": (1.0, 2.0), "ceiling": (0.5, 1.0), "approx": (0.9, 1.1), "near": (0.9, 1.0)}
    low, high = factors.get(bound, (1.0, 1.1) if bound == "over" else (1.0, 1.0))
    return value * low, value * high


@dataclass(frozen=True, slots=True)
class Figure:
    """A number phrase of a sentence: its interval, token range (bound and denominator included), form."""

    low: float
    high: float
    start: int
    end: int
    form: str  # "exact", a bound ("floor", "approx", ...) or "range"
    money: bool = False  # after a currency sign: "£2.5m"
    earlier: bool = False  # the N of "rose from N to M": a figure the text gives as superseded


@dataclass(frozen=True, slots=True)
class Stretch:
    """Where a figure stands: its clause, and the part of it between the figures on either side."""

    first: int
    lo: int
    hi: int
    last: int


def text(tokens: Sequence[Token], start: int, end: int) -> str:
    """Tokens in lower case, joined by spaces, as the phrases of the word lists are written."""
    return " ".join(t.text.lower() for t in tokens[start:end])


def phrase_at(lexicon: Lexicon, tokens: Sequence[Token], start: int, kind: str) -> tuple[str, int] | None:
    """The longest phrase of a kind starting at a token: its value and the token after it."""
    table = lexicon.measures[kind]
    for size in range(LONGEST_PHRASE, 0, -1):
        if start + size <= len(tokens) and (phrase := text(tokens, start, start + size)) in table:
            return table[phrase], start + size
    return None


def phrase_before(lexicon: Lexicon, tokens: Sequence[Token], end: int, kind: str) -> tuple[str, int] | None:
    """The longest phrase of a kind ending just before a token: its value and first token."""
    table = lexicon.measures[kind]
    for size in range(LONGEST_PHRASE, 0, -1):
        if end - size >= 0 and (phrase := text(tokens, end - size, end)) in table:
            return table[phrase], end - size
    return None


def number(lexicon: Lexicon, tokens: Sequence[Token], i: int, money: bool) -> tuple[float, int, float] | None:
    """The number written at a token with its scale words: value, the token after, the scale."""
    words, scales = lexicon.measures["number"], lexicon.measures["scale"]
    written = tokens[i].text.lower().removesuffix("%")
    if DIGITS.fullmatch(written):
        value = float(written.replace(",", ""))
    elif written and all(part in words for part in written.split("-")):
        value = float(sum(int(words[part]) for part in written.split("-")))
    else:
        return None
    end, scale = i + 1, 1.0
    while end < len(tokens) and (word := tokens[end].text.lower()) in scales and (word != "m" or money):
        scale, end = scale * float(scales[word]), end + 1
    if scale == 1.0 and text(tokens, end, end + 3) == "and a half":
        value, end = value + 0.5, end + 3
    if not value * scale < LARGEST:
        return None  # "99999999999999999999999": a string of digits, not a figure anyone reports
    return value * scale, end, scale


def is_year(lexicon: Lexicon, token: Token, after: Token | None) -> bool:
    """A four-digit number from 1900 to 2100 standing alone (not "2000 people")."""
    text = token.text  # four decimal digits, as r"\d{4}" reads them, without the regex: asked per token
    if len(text) != 4 or not text.isdecimal() or not 1900 <= int(text) <= 2100:
        return False
    following = after.text.lower() if after else ""
    return not any(following in lexicon.measures[kind] for kind in ("unit", "generic"))


def _is_month(lexicon: Lexicon, token: Token) -> bool:
    return token.text[:1].isupper() and token.text.lower().rstrip(".") in lexicon.measures["month"]


def _is_label(lexicon: Lexicon, tokens: Sequence[Token], i: int) -> bool:
    """A number that names rather than counts: date, time, ordinal, age, a part of a name."""
    words = lexicon.measures
    before = tokens[i - 1] if i > 0 else None
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    if LABEL_SUFFIX.search(tokens[i].text):
        return True
    if after and (
        _is_month(lexicon, after) or after.text.lower().rstrip(".") in words["date"] or after.text in ":/"
    ):
        return True
    if after and after.text == "-" and i + 2 < len(tokens) and tokens[i + 2].text[:1].isalpha():
        return True  # "45-year-old", "a 336-member house"
    if before is None:
        return False
    if before.text == "." and i > 1 and _is_month(lexicon, tokens[i - 2]):
        return True  # "Oct. 21"
    if _is_month(lexicon, before) or before.text in ":/" or before.text.lower() in words["junk"]:
        return True
    # "Boeing 737", "Article 5": a capitalised word inside the sentence just before it
    bound = phrase_before(lexicon, tokens, i, "bound")
    return i > 1 and before.text[:1].isupper() and before.text.isalpha() and bound is None


def _figure(lexicon: Lexicon, tokens: Sequence[Token], i: int) -> Figure | None:
    """The figure whose first number is at token i: its bound, range and denominator read."""
    money = i > 0 and tokens[i - 1].text.lower() in lexicon.measures["currency"]
    read = number(lexicon, tokens, i, money)
    if read is None:
        return None
    value, end, scale = read
    start = i - 1 if money else i
    found = phrase_before(lexicon, tokens, start, "bound")
    form, start = (found[0], found[1]) if found else ("exact", start)
    low, high = interval(value, form)
    earlier = (
        start > 0 and tokens[start - 1].text.lower() == "from" and _change_before(lexicon, tokens, start - 1)
    )
    joined = tokens[end].text.lower() if end + 1 < len(tokens) and not earlier else ""
    tight = joined in ("-", "–") and tokens[end].start == tokens[end - 1].end == tokens[end + 1].start - 1
    tight = tight or joined in ("to", "or", "and")
    second = number(lexicon, tokens, end + 1, money) if joined in RANGE_JOINS and tight else None
    if second and joined == "and" and (start == 0 or tokens[start - 1].text.lower() != "between"):
        second = None
    if second:
        top = second[0]
        value = value * second[2] if scale == 1.0 and value * second[2] <= top else value
        if value < top:
            low, high, end, form = interval(value, form)[0], interval(top, form)[1], second[1], "range"
    return Figure(low, high, start, _denominator_end(lexicon, tokens, end, value), form, money, earlier)


def _denominator_end(lexicon: Lexicon, tokens: Sequence[Token], end: int, value: float) -> int:
    """After 'of (the) M' or 'out of M' with M larger: the token after M (M is not a figure itself)."""
    words = [t.text.lower() for t in tokens[end : end + 2]]
    skip = 2 if words in (["out", "of"], ["of", "the"]) else 1 if words[:1] == ["of"] else 0
    if skip and end + skip < len(tokens):
        read = number(lexicon, tokens, end + skip, False)
        if read and read[0] > value:
            return read[1]
    return end


def _change_before(lexicon: Lexicon, tokens: Sequence[Token], at: int) -> bool:
    changes = lexicon.measures["change"]
    return any(t.text.lower() in changes for t in tokens[max(0, at - 4) : at])


def figures(lexicon: Lexicon, view: SentenceView) -> list[Figure]:
    """The figures of a sentence, in order; years, dates, labels and numbers inside names left out."""
    tokens, found, i = view.tokens, [], 0
    skipped = _in_names_or_ages(view)
    words = lexicon.measures["number"]
    while i < len(tokens):
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        figure = None
        written = tokens[i].text
        numeric = written[:1].isdigit() or written.lower().partition("-")[0] in words
        if (
            numeric
            and i not in skipped
            and not is_year(lexicon, tokens[i], after)
            and not _is_label(lexicon, tokens, i)
        ):
            figure = _figure(lexicon, tokens, i)
        if figure is None:
            i += 1
            continue
        found.append(figure)
        i = figure.end
    return found


def _in_names_or_ages(view: SentenceView) -> set[int]:
    """Tokens inside names of several words ("Indo-Pacific Four"), and ages set off by commas after
    a name ("Zara Holt, 34, said")."""
    tokens = view.tokens
    inside = {k for p in view.mentions if p.end - p.first > 1 for k in range(p.first, p.end)}
    ages = {
        p.end + 1
        for p in view.mentions
        if p.end + 2 < len(tokens) and tokens[p.end].text == "," and tokens[p.end + 2].text == ","
    }
    return inside | ages
