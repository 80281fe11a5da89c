"""What looks like a number but is no quantity: dates, times, phone numbers, labels, years alone.

Labels inside names: "Skyjet 737", "XR-19", "No. 10", "page 5", "4G".
"""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.extract.number_words import Token, glued, hyphen_joins
from factcheck.extract.units import currency_before
from factcheck.lexicon.numbers import NumberLexicon

ORDINAL_SUFFIXES = frozenset(["st", "nd", "rd", "th"])
SEPARATORS = frozenset("/:.")
URL_MARKS = frozenset("/\\_@=&")  # glued before digits in addresses and paths


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
    if _date_range(tokens, i, lex):
        return i + 3  # "10-16 January", "10 to 16 January"
    if i > 0 and _label_before(tokens, i, lex):
        return i + 1
    if i + 1 < n and _label_after(tokens, i, lex):
        return i + 2 if glued(tokens, i, i + 1) else i + 1
    return 0


def _date_range(tokens: Sequence[Token], i: int, lex: NumberLexicon) -> bool:
    """Two days of a month: "10-16 January", "10 to 16 January"."""
    if i + 3 >= len(tokens) or tokens[i + 2].kind != "d" or not is_month(tokens[i + 3], lex):
        return False
    return hyphen_joins(tokens, i + 1) or tokens[i + 1].low in ("to", "and")


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
    """ "XR-19", "K9", "No. 10", "page 5", "June 24", "Skyjet 737": what stands before makes a label."""
    prev = tokens[i - 1]
    if prev.kind == "w" and glued(tokens, i - 1, i):
        return True
    if hyphen_joins(tokens, i - 1) and tokens[i - 2].kind == "w":
        return True
    if prev.text in URL_MARKS and glued(tokens, i - 1, i):
        return True  # "/news/35702-", "id=42"
    if prev.text in ("#", "+") or prev.low in lex.classes["label"] or is_month(prev, lex):
        return True
    if prev.text == "." and i > 1 and (tokens[i - 2].low in ("no", "nos") or is_month(tokens[i - 2], lex)):
        return True
    capitalised = prev.kind == "w" and prev.text[0].isupper() and i - 1 != first_word(tokens)
    if not capitalised or prev.low in lex.classes["plain"] or currency_before(tokens, i, lex) is not None:
        return False
    return not _sum_after(tokens, i, lex)


def _sum_after(tokens: Sequence[Token], i: int, lex: NumberLexicon) -> bool:
    """A scale or a currency after the digits makes them a sum, even after a name: "fined Halvik
    Freight 9.5 million euros", "paid Orbis 40,000 dollars" (a label is "Skyjet 737")."""
    j = i + 1
    return j < len(tokens) and (tokens[j].low in lex.scales or tokens[j].low in lex.currency_after)


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
