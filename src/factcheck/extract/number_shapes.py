"""Numbers with a shape of their own: ages, ordinals, scores, divisions, magnitudes and year spans."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from factcheck.extract.number_labels import ORDINAL_SUFFIXES, first_word, is_month, is_year
from factcheck.extract.number_words import (
    Token,
    digits_value,
    glued,
    hyphen_joins,
    phrase_at,
    phrase_before,
)
from factcheck.lexicon.numbers import NumberLexicon, Unit

AGE = Unit("year of age", "age", 1.0)
MAGNITUDE = Unit("magnitude", "magnitude", 1.0)
CALENDAR_YEAR = Unit("calendar year", "calendar year", 1.0)
YEAR_SECONDS = 31556952.0
DETERMINERS = frozenset("the a an its his her their our my your this that whose".split())
POSSESSIVES = frozenset("his her their its our my your".split())
AGE_PARTS = {"early": (0, 3), "mid": (3, 6), "late": (6, 9)}
CONTEXT_BEFORE = 5  # tokens before a score or division searched for a word of sport or voting
CONTEXT_AFTER = 3
SUPERLATIVE_REACH = 8  # tokens before "in N years" searched for "worst", "first time"


@dataclass(frozen=True, slots=True)
class Reading:
    """A number phrase by token positions, before it is placed in the article."""

    first: int
    end: int
    low: float
    high: float
    bound: str
    unit: Unit | None
    kind: str
    rounding: float = 0.0
    earlier: bool = False
    sides: tuple[float, ...] = ()


def since_year(tokens: Sequence[Token], i: int, lex: NumberLexicon, reference: date | None) -> Reading | None:
    """ "since 2004", "since the 2004 floods", "since a 2004 quake": the years from then to the
    reference date, as a span of time (seconds); without a reference date, the year itself in
    calendar years."""
    if i == 0 or not is_year(tokens, i, lex):
        return None
    first = i - 1
    if tokens[first].low in ("a", "an", "the") and first > 0:
        first -= 1  # the year names an event: "since the 2004 floods"
    if tokens[first].low != "since":
        return None
    year = int(tokens[i].text)
    if reference is None or year > reference.year:
        return Reading(first, i + 1, year, year, "exact", CALENDAR_YEAR, "year-span")
    low = max(0, (reference - date(year, 12, 31)).days) * 86400.0
    high = (reference - date(year, 1, 1)).days * 86400.0
    return Reading(first, i + 1, low, high, "range", YEAR_UNIT, "year-span")


YEAR_UNIT = Unit("year", "time", YEAR_SECONDS)


def in_years(tokens: Sequence[Token], first: int, lex: NumberLexicon) -> bool:
    """Whether a span of years is the reach of a record: "the worst in 60 years", "the first time in
    more than a decade", "the highest for 20 years"."""
    if first == 0 or tokens[first - 1].low not in ("in", "for"):
        return False
    before = tokens[max(0, first - 1 - SUPERLATIVE_REACH) : first - 1]
    return any(t.low in lex.classes["superlative"] for t in before)


def ordinal_suffix(tokens: Sequence[Token], i: int, lex: NumberLexicon) -> Reading | None:
    """ "2nd", "21st", "the 100th": an ordinal, unless it is a day of a month ("June 2nd", "2nd of June")."""
    if i + 1 >= len(tokens) or tokens[i + 1].low not in ORDINAL_SUFFIXES or not glued(tokens, i, i + 1):
        return None
    value = digits_value(tokens[i].text)[0]
    after = tokens[i + 2 : i + 4]
    dated = (i > 0 and is_month(tokens[i - 1], lex)) or any(is_month(t, lex) for t in after)
    if dated:
        return Reading(i, i + 2, value, value, "exact", None, "label")
    return Reading(i, i + 2, value, value, "exact", None, "ordinal")


def ordinal_word(tokens: Sequence[Token], i: int, lex: NumberLexicon) -> Reading | None:
    """ "the second woman", "for the third time", "its fourth-largest", "the twenty-first": an ordinal
    word after a determiner or joined to a superlative; capitalised inside a sentence it is a name."""
    first, value, end = i, 0, i + 1
    word = tokens[i]
    if word.low in lex.cardinals and hyphen_joins(tokens, i + 1) and tokens[i + 2].low in lex.ordinals:
        value, end = lex.cardinals[word.low] + lex.ordinals[tokens[i + 2].low], i + 3
    elif word.low in lex.ordinals:
        value = lex.ordinals[word.low]
    else:
        return None
    if word.text[0].isupper() and i != first_word(tokens):
        return None
    determiner = i > 0 and (tokens[i - 1].low in DETERMINERS or tokens[i - 1].low in ("'s", "’s"))
    joined = hyphen_joins(tokens, end) and tokens[end + 1].low in lex.classes["superlative"]
    if not determiner and not joined:
        return None
    return Reading(first, end, value, value, "exact", None, "ordinal")


def magnitude(tokens: Sequence[Token], i: int, end: int, lex: NumberLexicon) -> tuple[int, int] | None:
    """Where a magnitude written at tokens i..end begins and ends: "M6.3", "magnitude-6.3", "magnitude
    6.3", "a magnitude of 6.3", "a 6.3-magnitude quake", "6.3 magnitude", "6.3 on the Richter scale"."""
    if tokens[i].kind != "d":
        return None
    if i > 0 and tokens[i - 1].text == "M" and glued(tokens, i - 1, i) and "." in tokens[i].text:
        return i - 1, end
    before = i - 2 if hyphen_joins(tokens, i - 1) or (i > 1 and tokens[i - 1].low == "of") else i - 1
    if before >= 0 and tokens[before].low == "magnitude":
        return before, end
    after = end + 1 if hyphen_joins(tokens, end) else end
    if after < len(tokens) and tokens[after].low == "magnitude":
        return i, after + 1
    if [t.low for t in tokens[end : end + 4]] == ["on", "the", "richter", "scale"]:
        return i, end + 4
    return None


def age_after_name(tokens: Sequence[Token], i: int, lex: NumberLexicon) -> Reading | None:
    """ "Ana Lopez, 41, said", "Ana Lopez, now 41,", "Ana Lopez, who is 41,", "..., who turned 41.": a
    whole number from 1 to 120 set off by commas after a capitalised word; after "who is", "who
    was" any person's ("the driver, who was 23, died": not a toll of 23)."""
    text = tokens[i].text
    lead = next((words for words in AGE_LEADS if _words_before(tokens, i, words)), ())
    comma = i - 1 - len(lead)
    if comma < 1 or tokens[comma].text != "," or not text.isdigit() or not 1 <= int(text) <= 120:
        return None
    name = tokens[comma - 1]
    closes = i + 1 == len(tokens) or tokens[i + 1].text in (",", ";", ")", ".")
    named = name.text[0].isupper() and name.low not in lex.classes["plain"]
    if not closes or name.kind != "w" or not (named or lead[:1] == ("who",)):
        return None
    if is_month(name, lex) or name.low in lex.classes["weekday"]:
        return None
    return Reading(i, i + 1, int(text), int(text), "exact", AGE, "age")


# the words between a name's comma and its age: "Ana Lopez, who is 41,"; longest first
AGE_LEADS = (
    ("who", "is", "now"),
    ("who", "was"),
    ("who", "is"),
    ("who", "turned"),
    ("who", "turns"),
    ("now", "aged"),
    ("now",),
)


def _words_before(tokens: Sequence[Token], i: int, words: tuple[str, ...]) -> bool:
    return i > len(words) and tuple(t.low for t in tokens[i - len(words) : i]) == words


def age_decade(tokens: Sequence[Token], i: int, lex: NumberLexicon) -> Reading | None:
    """ "in his 40s", "in her early forties", "in their mid-20s": an age between two decades."""
    word, end = tokens[i], i + 1
    if word.kind == "d" and i + 1 < len(tokens) and tokens[i + 1].low == "s" and glued(tokens, i, i + 1):
        decade, end = int(word.text) if word.text.isdigit() else 0, i + 2
    else:
        decade = lex.age_decades.get(word.low, 0)
    if not 10 <= decade <= 90 or (decade % 10 and decade != 13):
        return None
    first = i
    part = (0, 9 if decade != 13 else 6)
    if (hyphen_joins(tokens, i - 1) and tokens[i - 2].low in AGE_PARTS) or (
        i > 0 and tokens[i - 1].low in AGE_PARTS
    ):
        first = i - 2 if hyphen_joins(tokens, i - 1) else i - 1
        part = AGE_PARTS[tokens[first].low]
    if first == 0 or tokens[first - 1].low not in POSSESSIVES:
        return None
    return Reading(first, end, decade + part[0], decade + part[1], "range", AGE, "age")


def sides(tokens: Sequence[Token], i: int, lex: NumberLexicon) -> Reading | None:
    """A score ("a 3-1 win", "drew 1-1") or a vote division ("by 198-180", "212 votes to 180", "voted
    312 to 110"): two whole numbers read as the two sides, never as a range. The nearest word of
    sport or voting decides; with neither, "N-M" with N >= M is a division after "by", else a label.
    A division in words reads cardinal words as well ("by seven votes to four")."""
    n = len(tokens)
    if i + 3 < n and [t.low for t in tokens[i + 1 : i + 3]] == ["votes", "to"]:
        a, b = _whole(tokens[i], lex), _whole(tokens[i + 3], lex)
        if a is not None and b is not None:  # "212 votes to 180", "seven votes to four"
            return Reading(i, i + 4, min(a, b), max(a, b), "exact", None, "division", sides=(a, b))
    if i + 2 >= n or not tokens[i].text.isdigit():
        return None
    voted = _for_against(tokens, i)
    if voted is not None:
        return _sided(tokens, i, voted[0], voted[1], "division")
    tight = hyphen_joins(tokens, i + 1)
    if not (tight or tokens[i + 1].low == "to") or not tokens[i + 2].text.isdigit():
        return None
    end = i + 3
    if end < n and (tokens[end].low in lex.scales or tokens[end].low in lex.units or tokens[end].text == "%"):
        return None  # "5-10%", "3-4 million": a range
    if end + 1 < n and hyphen_joins(tokens, end) and tokens[end + 1].kind == "d":
        return None  # "4-4-2"
    kind = _context(tokens, i, end, lex)
    a, b = int(tokens[i].text), int(tokens[i + 2].text)
    if not tight:
        return _sided(tokens, i, i + 2, end, "division") if kind == "division" and a > b else None
    if not kind and a >= b:
        kind = "division" if i > 0 and tokens[i - 1].low == "by" else "label"
    return _sided(tokens, i, i + 2, end, kind) if kind else None


def _whole(token: Token, lex: NumberLexicon) -> float | None:
    """A whole number in digits or a cardinal word ("seven"), or None."""
    if token.text.isdigit():
        return float(token.text)
    value = lex.cardinals.get(token.low)
    return float(value) if value is not None else None


def _for_against(tokens: Sequence[Token], i: int) -> tuple[int, int] | None:
    """ "212 in favour and 180 against", "212 votes for, 180 against": the second number's token and the
    token after "against"."""
    lows = [t.low for t in tokens[i + 1 : i + 10]]
    k = 1 if lows[:1] == ["votes"] else 0
    if lows[k : k + 2] in (["in", "favour"], ["in", "favor"]):
        k += 2
    elif lows[k : k + 1] == ["for"]:
        k += 1
    else:
        return None
    while k < len(lows) and lows[k] in (",", "and", "with", "to"):
        k += 1
    if k >= len(lows) or not tokens[i + 1 + k].text.isdigit():
        return None
    second = i + 1 + k
    k += 2 if lows[k + 1 : k + 2] == ["votes"] else 1
    return (second, i + 2 + k) if lows[k : k + 1] == ["against"] else None


def _context(tokens: Sequence[Token], i: int, end: int, lex: NumberLexicon) -> str:
    """ "division" or "score" after the nearest word of voting or sport around tokens i..end, or ""."""
    near = [*range(max(0, i - CONTEXT_BEFORE), i), *range(end, min(len(tokens), end + CONTEXT_AFTER))]
    for k in sorted(near, key=lambda k: i - k if k < i else k - end + 1):
        if tokens[k].low in lex.classes["vote"]:
            return "division"
        if tokens[k].low in lex.classes["sport"]:
            return "score"
    return ""


def _sided(tokens: Sequence[Token], i: int, second: int, end: int, kind: str) -> Reading:
    a, b = float(tokens[i].text), float(tokens[second].text)
    return Reading(i, end, min(a, b), max(a, b), "exact", None, kind, sides=(a, b))


def bound_before(tokens: Sequence[Token], start: int, lex: NumberLexicon) -> tuple[str, float, float, int]:
    """The bound phrase just before a number ("at least", "close to"): its name, factors and first token."""
    found = phrase_before(tokens, start, lex.bounds, 3)
    if found is None:
        return "exact", 1.0, 1.0, start
    bound, first = found
    return bound.name, bound.low, bound.high, first


def postbound(tokens: Sequence[Token], end: int, lex: NumberLexicon) -> tuple[str, float, float, int] | None:
    """A bound written after the number: "500 or more", "500-plus", "500 or so"."""
    at = end + 1 if hyphen_joins(tokens, end) else end
    found = phrase_at(tokens, at, lex.postbounds, 2)
    if found is None:
        return None
    bound, after = found
    return bound.name, bound.low, bound.high, after
