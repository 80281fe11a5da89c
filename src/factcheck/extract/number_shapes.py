"""Numbers with a shape of their own: labels and dates that are not quantities, ages, ordinals, scores,
vote divisions, magnitudes and year spans ("the first time since 2004")."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from factcheck.extract.number_lexicon import NumberLexicon, Unit
from factcheck.extract.number_words import (
    Token,
    digits_value,
    glued,
    hyphen_joins,
    phrase_at,
    phrase_before,
)
from factcheck.extract.units import currency_before

AGE = Unit("year of age", "age", 1.0)
MAGNITUDE = Unit("magnitude", "magnitude", 1.0)
CALENDAR_YEAR = Unit("calendar year", "calendar year", 1.0)
YEAR_SECONDS = 31556952.0
ORDINAL_SUFFIXES = frozenset(["st", "nd", "rd", "th"])
DETERMINERS = frozenset("the a an its his her their our my your this that whose".split())
POSSESSIVES = frozenset("his her their its our my your".split())
AGE_PARTS = {"early": (0, 3), "mid": (3, 6), "late": (6, 9)}
SEPARATORS = frozenset("/:.")
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


def is_month(token: Token, lex: NumberLexicon) -> bool:
    return token.text[:1].isupper() and token.low.rstrip(".") in lex.classes["month"]


def first_word(tokens: Sequence[Token]) -> int:
    """The index of the sentence's first word (after opening quotes and brackets)."""
    return next((k for k, t in enumerate(tokens) if t.kind != "s"), len(tokens))


def label_end(tokens: Sequence[Token], i: int, lex: NumberLexicon) -> int:
    """When the digits at token i are not a quantity (a date, a clock time, a phone number, a part of
    a name, a label), the token after them; else 0."""
    n, text = len(tokens), tokens[i].text
    run = i
    while run + 2 < n and tokens[run + 1].text in SEPARATORS and glued(tokens, run, run + 1):
        if not (tokens[run + 2].kind == "d" and glued(tokens, run + 1, run + 2)):
            break
        run += 2
    if run > i:
        return run + 1  # "11:40", "6/24", "24.06.2025"
    if text[0] == "0" and len(text) >= 3 and text.isdigit():
        return _digit_run_end(tokens, i)  # "020 7946 0000", "0900 GMT"
    if i + 2 < n and tokens[i + 2].kind == "d" and _phone_like(tokens, i):
        return _digit_run_end(tokens, i)
    if i > 0 and _label_before(tokens, i, lex):
        return i + 1
    if i + 1 < n and _label_after(tokens, i, lex):
        return i + 2 if glued(tokens, i, i + 1) else i + 1
    return 0


def _digit_run_end(tokens: Sequence[Token], i: int) -> int:
    """The token after a run of digit groups ("020 7946 0000", "555-123-4567")."""
    end, n = i + 1, len(tokens)
    while end < n:
        if tokens[end].kind == "d":
            end += 1
        elif (
            tokens[end].text in "-."
            and end + 1 < n
            and tokens[end + 1].kind == "d"
            and glued(tokens, end, end + 1)
        ):
            end += 2
        else:
            break
    return end


def _phone_like(tokens: Sequence[Token], i: int) -> bool:
    """ "555-1234", "4-4-2", "555 123 4567": three digit groups, or a 3-digit and a 4-digit group."""
    a, sep, b = tokens[i], tokens[i + 1], tokens[i + 2]
    if "," in a.text + b.text or "." in a.text + b.text:
        return False
    if sep.text == "-" and hyphen_joins(tokens, i + 1):
        three = i + 4 < len(tokens) and hyphen_joins(tokens, i + 3) and tokens[i + 4].kind == "d"
        return three or (len(a.text) == 3 and len(b.text) == 4)
    return False


def _label_before(tokens: Sequence[Token], i: int, lex: NumberLexicon) -> bool:
    """ "COVID-19", "G7", "No. 10", "page 5", "June 24", "Boeing 737": what stands before makes a label."""
    prev = tokens[i - 1]
    if prev.kind == "w" and glued(tokens, i - 1, i):
        return True
    if hyphen_joins(tokens, i - 1) and tokens[i - 2].kind == "w":
        return True
    if prev.text in ("#", "+") or prev.low in lex.classes["label"] or is_month(prev, lex):
        return True
    if prev.text == "." and i > 1 and (tokens[i - 2].low in ("no", "nos") or is_month(tokens[i - 2], lex)):
        return True
    capitalised = prev.kind == "w" and prev.text[0].isupper() and i - 1 != first_word(tokens)
    return capitalised and prev.low not in lex.classes["plain"] and currency_before(tokens, i, lex) is None


def _label_after(tokens: Sequence[Token], i: int, lex: NumberLexicon) -> bool:
    """ "24 June", "11 pm", "4G", "3D", "the 1990s": what follows makes a date, a time or a label."""
    nxt = tokens[i + 1]
    if is_month(nxt, lex) or nxt.low in lex.classes["clock"]:
        return True
    if (
        nxt.low in ("a", "p")
        and i + 3 < len(tokens)
        and tokens[i + 2].text == "."
        and tokens[i + 3].low == "m"
    ):
        return True  # "11 p.m."
    return nxt.kind == "w" and glued(tokens, i, i + 1) and not known_suffix(nxt, lex)


def known_suffix(word: Token, lex: NumberLexicon) -> bool:
    """Whether a word glued to digits is a unit, a scale or a currency ("5km", "2.5bn", "50p"); other
    glued letters make a label ("4G", "3D", "the 1990s")."""
    return (
        lex.unit_entry(word.text) is not None
        or word.low in lex.scales
        or word.low in lex.glued_scales
        or word.text in lex.currency_after
        or word.low in lex.currency_after
        or word.low in ORDINAL_SUFFIXES
    )


def is_year(tokens: Sequence[Token], i: int, lex: NumberLexicon) -> bool:
    """A year standing alone: four digits from 1900 to 2100 (from 1000 after "in", "since" ...), not
    followed by what it counts ("2000 people") nor bounded ("some 2000")."""
    text = tokens[i].text
    if len(text) != 4 or not text.isdigit():
        return False
    value = int(text)
    prep = i > 0 and tokens[i - 1].low in lex.classes["year-prep"]
    if not (1900 <= value <= 2100 or (prep and 1000 <= value <= 2100)):
        return False
    if i > 0 and (tokens[i - 1].low in lex.bounds or currency_before(tokens, i, lex)):
        return False
    if i + 1 < len(tokens):
        nxt = tokens[i + 1]
        if nxt.low in lex.classes["counted"] or nxt.low in lex.units or nxt.low in lex.scales:
            return False
        if glued(tokens, i, i + 1) and nxt.kind == "w" and known_suffix(nxt, lex):
            return False  # "2000km"
        plural = nxt.kind == "w" and nxt.text.islower() and len(nxt.text) > 3 and nxt.low.endswith("s")
        if (
            plural
            and not prep
            and not nxt.low.endswith(("ss", "us", "is"))
            and nxt.low not in lex.classes["plain"]
        ):
            return False
    return True


def year_run_end(tokens: Sequence[Token], i: int) -> int:
    """The token after a year and the year or two digits joined to it ("2004-05", "1914–1918")."""
    if hyphen_joins(tokens, i + 1) and tokens[i + 2].kind == "d" and len(tokens[i + 2].text) in (2, 4):
        return i + 3
    return i + 1


def since_year(tokens: Sequence[Token], i: int, lex: NumberLexicon, reference: date | None) -> Reading | None:
    """ "since 2004": the years from then to the reference date, as a span of time (seconds);
    without a reference date, the year itself in calendar years."""
    if i == 0 or tokens[i - 1].low != "since" or not is_year(tokens, i, lex):
        return None
    year = int(tokens[i].text)
    if reference is None or year > reference.year:
        return Reading(i - 1, i + 1, year, year, "exact", CALENDAR_YEAR, "year-span")
    low = max(0, (reference - date(year, 12, 31)).days) * 86400.0
    high = (reference - date(year, 1, 1)).days * 86400.0
    return Reading(i - 1, i + 1, low, high, "range", YEAR_UNIT, "year-span")


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
    """Where a magnitude written at tokens i..end begins and ends: "M5.9", "magnitude-5.9", "magnitude
    5.9", "a magnitude of 5.9", "a 5.9-magnitude quake", "5.9 magnitude", "5.9 on the Richter scale"."""
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
    """ "Ana Lopez, 41, said": a whole number from 1 to 120 set off by commas after a capitalised word."""
    text = tokens[i].text
    if i < 2 or tokens[i - 1].text != "," or not text.isdigit() or not 1 <= int(text) <= 120:
        return None
    name = tokens[i - 2]
    closes = i + 1 == len(tokens) or tokens[i + 1].text in (",", ";", ")", ".")
    if not closes or name.kind != "w" or not name.text[0].isupper() or name.low in lex.classes["plain"]:
        return None
    if is_month(name, lex) or name.low in lex.classes["weekday"]:
        return None
    return Reading(i, i + 1, int(text), int(text), "exact", AGE, "age")


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
    sport or voting decides; with neither, "N-M" with N >= M is a division after "by", else a label."""
    n = len(tokens)
    if i + 2 >= n or not tokens[i].text.isdigit():
        return None
    if (
        [t.low for t in tokens[i + 1 : i + 3]] == ["votes", "to"]
        and i + 3 < n
        and tokens[i + 3].text.isdigit()
    ):
        return _sided(tokens, i, i + 3, i + 4, "division")
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
