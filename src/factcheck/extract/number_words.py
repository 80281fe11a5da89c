"""Number values as news writes them: digits ("12,400", "1.04m"), words ("two hundred and fifty"), vague counts.

A value is read from one token onwards and knows how precisely it was written (`Value.step`: the
place of its last written digit times its scale, so "5,000" has step 1,000 and "9.5 million" step
100,000); the comparison of quantities reads a rounding from it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple, TypeVar

from factcheck.lexicon.numbers import NumberLexicon

# Digits with thousands separators first, so "12,400" is one token and "1,2" is three.
TOKEN = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?|[^\W\d_]+(?:['’][^\W\d_]+)*|\S")
HYPHENS = frozenset("-–‐")
VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3}
ARTICLES = frozenset(["a", "an"])
RACES = frozenset(
    "60 100 110 200 400 800 1500 3000 5000 10000".split()
)  # metres, when "the 800m" ends a phrase
LARGEST_MILLIONS = 1000  # "1000m" and above is metres: millions that many are written "1bn"
# Scale words that multiply a whole group ("two million") rather than the units before them ("two hundred").
SMALL_SCALE = "hundred"
V = TypeVar("V")


class Token(NamedTuple):
    """A token of a sentence: digits ("d"), a word ("w") or one other character ("s"), with its offsets."""

    text: str
    low: str
    start: int
    end: int
    kind: str


def tokenize(text: str) -> list[Token]:
    make = tuple.__new__  # a third faster than Token(...): this runs on every token of every sentence
    tokens = []
    for match in TOKEN.finditer(text):
        word = match.group()
        first = word[0]
        kind = "d" if first.isdigit() else "w" if first.isalpha() else "s"
        tokens.append(make(Token, (word, word.lower(), *match.span(), kind)))
    return tokens


def glued(tokens: Sequence[Token], a: int, b: int) -> bool:
    """Whether two tokens touch, with no space between them."""
    return a >= 0 and b < len(tokens) and tokens[a].end == tokens[b].start


def hyphen_joins(tokens: Sequence[Token], at: int) -> bool:
    """A hyphen glued on both sides ("twenty-one", "12-mile", "12,000-15,000")."""
    return (
        0 < at < len(tokens) - 1
        and tokens[at].text in HYPHENS
        and glued(tokens, at - 1, at)
        and glued(tokens, at, at + 1)
    )


def phrase_at(tokens: Sequence[Token], i: int, table: Mapping[str, V], longest: int) -> tuple[V, int] | None:
    """The longest phrase of a table starting at token i: its entry and the token after it."""
    for size in range(min(longest, len(tokens) - i), 0, -1):
        key = tokens[i].low if size == 1 else " ".join(t.low for t in tokens[i : i + size])
        if key in table:
            return table[key], i + size
    return None


def phrase_before(
    tokens: Sequence[Token], end: int, table: Mapping[str, V], longest: int
) -> tuple[V, int] | None:
    """The longest phrase of a table ending just before token `end`: its entry and its first token."""
    for size in range(min(longest, end), 0, -1):
        key = tokens[end - 1].low if size == 1 else " ".join(t.low for t in tokens[end - size : end])
        if key in table:
            return table[key], end - size
    return None


@dataclass(frozen=True, slots=True)
class Value:
    """A number read from the tokens: its interval, the token after it, how precisely it was written."""

    low: float
    high: float
    end: int
    step: float  # the place of the last written digit, times the scale
    scale: float  # the scale word's factor ("million"), 1.0 without one
    form: str  # "digits", "words", "fraction", "vague", "article" ("a decade")


def digits_value(text: str) -> tuple[float, float]:
    """The value of digits and the place of their last digit: "5,000" is (5000, 1000), "6.30" (6.3, 0.01),
    "30" (30, 1)."""
    plain = text.replace(",", "")
    whole, _, decimals = plain.partition(".")
    if decimals:
        return float(plain), 10.0 ** -len(decimals)
    return float(whole), _whole_step(whole)


def step_of(value: float) -> float:
    """The place of the last significant digit of a value read from words ("a quarter of a million")."""
    if value != int(value):
        decimals = len(repr(value).partition(".")[2])
        return 10.0 ** -min(decimals, 6)
    return _whole_step(str(int(value)))


def _whole_step(whole: str) -> float:
    """The place of the last nonzero digit of a whole number of three digits or more ("5,000" is
    1,000): such trailing zeros may be a rounding. Below 100 every digit counts ("30" is exact)."""
    zeros = len(whole) - len(whole.rstrip("0"))
    return 10.0**zeros if len(whole) >= 3 and zeros < len(whole) else 1.0


def read_digits(tokens: Sequence[Token], i: int, lex: NumberLexicon, money: bool, metric: bool) -> Value:
    """Digits with a glued vulgar fraction and the scale words after them ("2.5bn", "9.5 million")."""
    value, step = digits_value(tokens[i].text)
    end = i + 1
    if end < len(tokens) and tokens[end].text in VULGAR and glued(tokens, i, end):
        value, step, end = value + VULGAR[tokens[end].text], 0.01, end + 1
    if and_a_half(tokens, end) and end + 3 < len(tokens) and tokens[end + 3].low in lex.scales:
        value, step, end = value + 0.5, 0.5, end + 3
    scale, end = _scales(tokens, end, lex, money, metric)
    return Value(value * scale, value * scale, end, step * scale, scale, "digits")


def and_a_half(tokens: Sequence[Token], at: int) -> bool:
    return at + 2 < len(tokens) and (tokens[at].low, tokens[at + 1].low, tokens[at + 2].low) == (
        "and",
        "a",
        "half",
    )


def _scales(
    tokens: Sequence[Token], j: int, lex: NumberLexicon, money: bool, metric: bool
) -> tuple[float, int]:
    """The scale words after a number, multiplied ("1.2 lakh crore"); a glued letter only where it is one."""
    scale = 1.0
    while j < len(tokens):
        token = tokens[j]
        if token.kind == "w" and token.low in lex.scales:
            scale, j = scale * lex.scales[token.low], j + 1
        elif scale == 1.0 and token.low in lex.glued_scales and glued(tokens, j - 1, j):
            if not money and _letter_is_unit(tokens, j, lex, metric):
                break
            scale, j = scale * lex.glued_scales[token.low], j + 1
        else:
            break
    return scale, j


def _letter_is_unit(tokens: Sequence[Token], j: int, lex: NumberLexicon, metric: bool) -> bool:
    """Whether a glued "m", "k" or "b" outside money is a unit: metres ("a 3m wall", "the 100m final",
    "50ft (15m)"), kilometres ("a 5k run"), or nothing ("b"). Otherwise it is a scale ("1.04m people")."""
    letter = tokens[j].low
    if letter == "b":
        return True
    if (
        letter == "m"
        and "." not in tokens[j - 1].text
        and digits_value(tokens[j - 1].text)[0] >= LARGEST_MILLIONS
    ):
        return True  # "the 1500m": nobody writes 1.5 billion as "1500m"
    after = j + 2 if j + 2 < len(tokens) and hyphen_joins(tokens, j + 1) else j + 1
    word = tokens[after].low if after < len(tokens) else ""
    if letter == "k":
        return lex.is_a(word, "km-context")
    return metric or lex.is_a(word, "metre-context") or _race(tokens, j, word, lex)


def _race(tokens: Sequence[Token], j: int, word: str, lex: NumberLexicon) -> bool:
    """ "won the 800m", "both the 800m and 1500m": a race distance after "the" with no noun after it."""
    number = tokens[j - 1].text
    before = tokens[j - 2].low if j >= 2 else ""
    return before == "the" and number in RACES and (not word.isalpha() or word in lex.classes["plain"])


def read_words(tokens: Sequence[Token], i: int, lex: NumberLexicon) -> Value | None:
    """A number in words: "two hundred and fifty", "twenty-one", "a dozen", "one and a half million",
    "half a billion", "a quarter of a million", "two-thirds", "a third of"."""
    word = tokens[i].low
    if word in ARTICLES or word in lex.cardinals:
        found = _fraction(tokens, i, lex)
        if found is not None:
            return found
    if word == "half":
        return _half(tokens, i, lex)
    if word in ARTICLES:
        nxt = tokens[i + 1].low if i + 1 < len(tokens) else ""
        if nxt not in lex.scales:
            return None
        return _cardinal_words(tokens, i + 1, lex, 1.0)
    if word in lex.cardinals:
        return _cardinal_words(tokens, i, lex, 0.0)
    return None


def _cardinal_words(tokens: Sequence[Token], i: int, lex: NumberLexicon, small: float) -> Value | None:
    """Cardinal words and scales from token i: hundreds group the words before them, larger scales
    close a group ("one thousand three hundred"); "and" joins only before a further number word."""
    total, last, j, n = 0.0, "unit" if small else "", i, len(tokens)
    end, scale = i, 1.0
    while j < n:
        word = tokens[j].low
        if word in lex.cardinals and last in ("", "and", "hundred", "scale", "tens"):
            value = lex.cardinals[word]
            if last == "tens" and (value >= 10 or small % 10):
                break
            small += value
            last = "tens" if value >= 20 else "unit"
        elif word == SMALL_SCALE and last in ("unit", "tens") and small < 100:
            small, last = small * 100, "hundred"
        elif word in lex.scales and word != SMALL_SCALE and last in ("unit", "tens", "hundred", "scale"):
            factor = lex.scales[word]
            total = total * factor if last == "scale" else total + small * factor
            small, last, scale = 0.0, "scale", factor
        elif (
            word == "and"
            and last in ("hundred", "scale")
            and j + 1 < n
            and tokens[j + 1].low in lex.cardinals
        ):
            j, last = j + 1, "and"
            continue
        elif and_a_half(tokens, j) and last in ("unit", "tens") and small < 100:
            small, j, end = small + 0.5, j + 3, j + 3
            continue
        elif hyphen_joins(tokens, j) and last == "tens":
            j += 1  # "twenty-one"
            continue
        else:
            break
        j += 1
        end = j
    if end == i:
        return None
    number = total + small
    return Value(number, number, end, step_of(number), scale if not small else 1.0, "words")


def _half(tokens: Sequence[Token], i: int, lex: NumberLexicon) -> Value | None:
    """ "half a million", "half a billion", "half an hour" (the unit is read after it); "half of
    voters" (a share)."""
    if i + 1 < len(tokens) and tokens[i + 1].low == "of":
        return Value(0.5, 0.5, i + 1, 0.0, 1.0, "fraction")
    if i + 2 >= len(tokens) or tokens[i + 1].low not in ARTICLES:
        return None
    word = tokens[i + 2].low
    if word in lex.scales:
        scale = lex.scales[word]
        return Value(0.5 * scale, 0.5 * scale, i + 3, step_of(0.5 * scale), scale, "words")
    if word in lex.units:
        return Value(0.5, 0.5, i + 2, 0.5, 1.0, "words")
    return None


def _fraction(tokens: Sequence[Token], i: int, lex: NumberLexicon) -> Value | None:
    """ "two-thirds", "three quarters", "a third of" (a share), or "a quarter of a million" (a count)."""
    numerator = 1 if tokens[i].low in ARTICLES else lex.cardinals[tokens[i].low]
    j = i + 2 if hyphen_joins(tokens, i + 1) else i + 1
    if j >= len(tokens) or tokens[j].low not in lex.fractions or not 1 <= numerator <= 9:
        return None
    share = numerator * lex.fractions[tokens[j].low]
    if share >= 1:
        return None
    after = [t.low for t in tokens[j + 1 : j + 4]]
    if len(after) == 3 and after[0] == "of" and after[1] in ARTICLES and after[2] in lex.scales:
        value = share * lex.scales[after[2]]
        return Value(value, value, j + 4, step_of(value), lex.scales[after[2]], "words")
    plural = numerator > 1 and tokens[j].low.endswith("s")
    alone = (
        not after or not after[0].isalpha() or after[0] in lex.classes["plain"]
    )  # "nearly a third by 2025"
    if after[:1] == ["of"] or plural or alone:
        return Value(share, share, j + 1, 0.0, 1.0, "fraction")
    return None


def read_vague(tokens: Sequence[Token], i: int, lex: NumberLexicon) -> Value | None:
    """A vague count: "dozens of", "tens of thousands", "a few", "several hundred", "a handful of"."""
    found = phrase_at(tokens, i, lex.vague, 3)
    if found is not None:
        (low, high), end = found
        end += 1 if end < len(tokens) and tokens[end].low == "of" else 0
        return Value(low, high, end, low, 1.0, "vague")
    found = phrase_at(tokens, i, lex.vague_few, 3)
    if found is None:
        return None
    (low, high), end = found
    scale = 1.0
    while end < len(tokens) and tokens[end].low in lex.scales:
        scale, end = scale * lex.scales[tokens[end].low], end + 1
    return Value(low * scale, high * scale, end, scale, scale, "vague")
