"""Ranges of two numbers ("12,000 to 15,000", "12,000-15,000", "between 5 and 10", "2-3 million") and
changes that give an earlier value ("from 300 to 450")."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from factcheck.extract.number_words import Token, Value, hyphen_joins, read_digits, read_words
from factcheck.extract.units import currency_before, unit_after
from factcheck.lexicon.numbers import NumberLexicon, Unit

DASHES = frozenset(["–", "—"])
SPAN_REACH = 2  # tokens before "from" searched for "ranging", "aged"


@dataclass(frozen=True, slots=True)
class Span:
    """The second number of a range and the first as the range reads it ("2" of "2-3 million" is 2m)."""

    first: Value
    second: Value
    second_first: int  # the second number's first token (its currency sign included)
    end: int
    unit: Unit | None  # the unit written after the second number


def earlier_from(tokens: Sequence[Token], first: int, lex: NumberLexicon) -> bool:
    """ "from 300 to 450": a change, whose first value is earlier; "ranging from", "aged from" make a range."""
    if first == 0 or tokens[first - 1].low != "from":
        return False
    before = tokens[max(0, first - 1 - SPAN_REACH) : first - 1]
    return not any(t.low in lex.classes["span-word"] for t in before)


def range_after(
    tokens: Sequence[Token],
    at: int,
    lex: NumberLexicon,
    value: Value,
    unit: Unit | None,
    first: int,
    unit_written: bool,
) -> Span | None:
    """The second number of a range whose first number (and unit) ends at token `at`: joined by a
    hyphen or dash, "to", "or", or "and" after "between". Ranges ascend; "or" between two units is a
    conversion, not a range ("50 feet or 15 metres"). A unit written after the first number
    (`unit_written`) must be written after the second too ("5% to 7%"); a currency sign need not be
    ("$2bn to 3bn")."""
    if not _joins(tokens, at, first, lex):
        return None
    n = len(tokens)
    number, money = _second_start(tokens, at + 1, lex)
    if number >= n or value.form not in ("digits", "words"):
        return None
    second = (
        read_digits(tokens, number, lex, money, False)
        if tokens[number].kind == "d"
        else read_words(tokens, number, lex)
    )
    if second is None:
        return None
    read = unit_after(tokens, second.end, lex, second.scale > 1, number)
    if unit is not None and (read.unit != unit if read else unit_written):
        return None  # "rose 10% to 5,000", "fell 4.5% to 312p": two figures, not a range
    if value.scale == 1.0 and second.scale > 1.0 and value.low * second.scale <= second.low:
        scaled = value.low * second.scale
        value = replace(value, low=scaled, high=scaled, step=value.step * second.scale, scale=second.scale)
    if not value.high < second.low:
        return None
    return Span(value, second, at + 1, read.end if read else second.end, read.unit if read else None)


def _joins(tokens: Sequence[Token], at: int, first: int, lex: NumberLexicon) -> bool:
    """Whether token `at` joins two numbers into a range: a hyphen or dash, "to", "or", or "and" after
    "between"; not "to" after a verb of change ("rose 26,900 to 1.64 million": the change, then the level)."""
    if at >= len(tokens):
        return False
    join = tokens[at]
    between = first > 0 and tokens[first - 1].low == "between"
    if join.low == "to" and any(t.low in lex.classes["change"] for t in tokens[max(0, first - 2) : first]):
        return False
    return (
        hyphen_joins(tokens, at)
        or join.text in DASHES
        or join.low in ("to", "or")
        or (join.low == "and" and between)
    )


def _second_start(tokens: Sequence[Token], at: int, lex: NumberLexicon) -> tuple[int, bool]:
    """The token of the second number, after a currency sign repeated before it ("$2bn-$3bn")."""
    for skip in (1, 2):
        if at + skip < len(tokens) and tokens[at + skip].kind == "d":
            found = currency_before(tokens, at + skip, lex)
            if found is not None and found[1] == at:
                return at + skip, True
    return at, False
