"""Figures: the number phrases of a sentence, read by the number reader (`numbers.py`) as intervals.

A figure is a number with its bound ("at least", "about"), range ("12,000 to 15,000"), scale ("4.2
million", "Rs 500 crore"), unit converted to its base ("12 miles" in metres) and kind (a count, a
measure, money, a share, an age, a magnitude, a span of years, a score). Years, dates, times, labels
and numbers inside names are not figures. Ages set off by commas after a name ("Ana Lopez, 41,")
are read from the names the extractor found.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, replace

from factcheck.extract.document import Document, SentenceView
from factcheck.extract.numbers import NumberPhrase, ages_after_names, read_numbers
from factcheck.extract.text import Token
from factcheck.lexicon import Lexicon
from factcheck.model import EntityType

LONGEST_PHRASE = 3  # words in the longest phrase of measures.tsv ("no fewer than")
LARGEST = 1e18  # beyond any count or sum in the news (a quadrillion dong is news); keeps figures finite
DENOMINATOR_JOINS = frozenset([("of",), ("of", "the"), ("out", "of")])
AGED = frozenset([EntityType.PERSON, EntityType.UNKNOWN])  # the names an age after a comma may be of
BOUND_FORMS: dict[str, str] = {}  # the reader's bound names the claims keep under another name


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
    kind: str = "count"  # the reader's kind: "count", "measure", "money", "percent", "age", ...
    dimension: str = ""  # of its unit ("length", "speed", "time", "money"); "" for a count
    currency: str = ""
    rounding: float = 0.0
    sides: tuple[float, ...] = ()
    unit: str = ""  # the unit's name as the reader knows it ("mile", "kilometre", "USD")
    converts: bool = False  # gives the sum before it in another currency: "2 trillion dong ($80m)"
    whole: tuple[int, float, float] | None = None  # "one of the 12 victims": the whole's token, low, high
    per_unit: float = 1.0  # base units in one of its own: a span of time counts its unit (an hour 3,600 s)


@dataclass(frozen=True, slots=True)
class Stretch:
    """Where a figure stands: its clause, and the part of it between the figures on either side."""

    first: int
    lo: int
    hi: int
    last: int


def text(tokens: Sequence[Token], start: int, end: int) -> str:
    """Tokens in lower case, joined by spaces, as the phrases of the word lists are written."""
    return " ".join(t.lower for t in tokens[start:end])


def phrase_at(lexicon: Lexicon, tokens: Sequence[Token], start: int, kind: str) -> tuple[str, int] | None:
    """The longest phrase of a kind starting at a token: its value and the token after it."""
    table = lexicon.measures[kind]
    if start >= len(tokens) or tokens[start].lower not in lexicon.measure_starts[kind]:
        return None  # most words begin no phrase: spared joining up to four tokens for each
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


def is_year(lexicon: Lexicon, token: Token, after: Token | None) -> bool:
    """A four-digit number from 1900 to 2100 standing alone (not "2000 people")."""
    text = token.text  # four decimal digits, as r"\d{4}" reads them, without the regex: asked per token
    if len(text) != 4 or not text.isdecimal() or not 1900 <= int(text) <= 2100:
        return False
    following = after.lower if after else ""
    return not any(following in lexicon.measures[kind] for kind in ("unit", "generic"))


def figures(document: Document, view: SentenceView) -> list[Figure]:
    """The figures of a sentence, in order; years, dates, labels and numbers inside names left out."""
    sentence, tokens, numbers = view.sentence, view.tokens, document.lexicon.numbers
    if not tokens or not _worth_reading(document.lexicon, view):
        return []
    written = document.source.text[sentence.start : sentence.end]
    if "://" in written or "www." in written:
        return []  # a web address: "/quake-of-magnitude-58-hits/" is a slug, not a figure
    phrases = read_numbers(written, sentence.start, numbers, document.published)
    ends = [tokens[p.end - 1].end for p in view.mentions if document.mentions[p.index].type in AGED]
    ages = ages_after_names(written, sentence.start, ends, numbers)
    inside = _inside_names(view)
    starts = [t.start for t in tokens]
    found: list[Figure] = []
    currencies = {p.start: p.currency for p in phrases if p.kind == "money"}
    for phrase in sorted([*ages, *phrases], key=lambda p: p.start):  # stable: an age after a name first
        first, end = bisect_left(starts, phrase.start), bisect_left(starts, phrase.end)
        converts = phrase.pair is not None and phrase.pair < phrase.start
        # a sum in another currency is kept: each currency is compared with its own ("$2bn (£1.6bn)")
        kept = converts and phrase.kind == "money" and currencies.get(phrase.pair or 0) != phrase.currency
        if first >= end or first in inside or (converts and not kept):
            continue  # inside a name, or the conversion of the phrase before it ("80km (50 miles)")
        if found and first < found[-1].end:
            continue
        if not abs(phrase.high) < LARGEST:
            continue
        if found and _denominator(tokens, found[-1], first, phrase):
            # "88 of the 150 seats": 150 is no figure of its own, but the whole of a part
            found[-1] = replace(found[-1], end=end, whole=(first, phrase.low, phrase.high))
            continue
        found.append(replace(_figure(phrase, first, end), converts=kept))
    return found


def _worth_reading(lexicon: Lexicon, view: SentenceView) -> bool:
    """Whether a sentence may hold a figure: a number other than a year standing alone (a year after
    "since" counts: "the first time since 2004"), or a word that may begin or end a number phrase.
    Most sentences of news with digits only date something; the reader is spared them."""
    triggers = lexicon.numbers.trigger_words
    words = view.words()
    for i, token in enumerate(view.tokens):
        if token.text[0].isdigit() or token.text[-1].isdigit():  # "12", "magnitude-5.9"
            if not is_year(lexicon, token, None) or _after_since(words, i):
                return True
        elif words[i] in triggers or words[i].partition("-")[0] in triggers:
            return True
    return False


def _after_since(words: Sequence[str], i: int) -> bool:
    """A year after "since", or after "since the"/"since a" ("since the 2004 floods")."""
    before = words[max(0, i - 2) : i]
    return before[-1:] == ["since"] or (
        len(before) == 2 and before[0] == "since" and before[1] in ("a", "an", "the")
    )


def _denominator(tokens: Sequence[Token], before: Figure, first: int, phrase: NumberPhrase) -> bool:
    """Whether a phrase is the whole that the figure before it is a part of: 'of (the) M', 'out of M'."""
    between = tuple(t.lower for t in tokens[before.end : first])
    return between in DENOMINATOR_JOINS and phrase.kind == before.kind == "count" and phrase.low > before.high


def _figure(phrase: NumberPhrase, first: int, end: int) -> Figure:
    unit = phrase.unit
    form = BOUND_FORMS.get(phrase.bound, phrase.bound)
    # a span of time counts its own unit ("three years" is 3 years), as lists of years do
    factor = unit.factor if unit is not None and phrase.kind == "duration" and unit.factor else 1.0
    return Figure(
        phrase.low / factor,
        phrase.high / factor,
        first,
        end,
        form,
        phrase.kind == "money",
        phrase.earlier,
        phrase.kind,
        phrase.dimension,
        phrase.currency,
        phrase.rounding / factor,
        phrase.sides,
        unit.name if unit is not None else "",
        per_unit=factor,
    )


def _inside_names(view: SentenceView) -> set[int]:
    """Tokens inside names of several words ("Indo-Pacific Four")."""
    return {k for p in view.mentions if p.end - p.first > 1 for k in range(p.first, p.end)}
