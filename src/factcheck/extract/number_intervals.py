"""The interval of a number phrase in its base unit, its kind, and the ages and year spans around it.

The words around a count make it an age ("aged 41", "41 years old"), a span of years a record
("the worst in 60 years").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from factcheck.extract.number_shapes import AGE, MAGNITUDE, Reading, in_years
from factcheck.extract.number_words import Token, Value, hyphen_joins
from factcheck.extract.units import UnitRead
from factcheck.lexicon.numbers import NumberLexicon, Unit

YEAR_SECONDS = 31556952.0
CHANGE_REACH = 6  # tokens before "from N" searched for a verb of change ("rose ... from 300")
AGE_OPENERS = frozenset(["aged", "age"])
EXACT = ("exact", 1.0, 1.0)
SMALL_FLOOR = 10  # "at least N" below this says only that there were some


def hyphen_old(tokens: Sequence[Token], end: int) -> bool:
    return end + 1 < len(tokens) and hyphen_joins(tokens, end) and tokens[end + 1].low == "old"


def age_of(first: int, end: int, value: Value, read: UnitRead) -> Reading:
    years = read.unit.factor / YEAR_SECONDS
    return Reading(first, end, value.low * years, value.high * years, "exact", AGE, "age")


def reading_of(
    first: int,
    end: int,
    low: Value,
    high: Value,
    bound: tuple[str, float, float],
    unit: Unit | None,
    shape: str,
) -> Reading:
    """A reading with its interval in base units: the bound's factors applied to the written values."""
    name, low_factor, high_factor = bound
    kind = kind_of(low, unit)
    lo, hi = low.low * low_factor, high.high * high_factor
    if name == "floor" and unit is None and 0 < lo < SMALL_FLOOR and low.form != "fraction":
        hi = float("inf")  # "killing at least one" bounds nothing above: 12 dead agrees with it
    step = max(low.step, high.step)
    if unit is not None:
        lo, hi, step = unit.to_base(lo), unit.to_base(hi), step * unit.factor
    label = shape or ("vague" if low.form == "vague" else name)
    return Reading(first, end, lo, hi, label, unit, kind, rounding=step / 2)


def kind_of(value: Value, unit: Unit | None) -> str:
    if value.form == "fraction":
        return "fraction"
    if unit is None:
        return "count"
    kinds = {"money": "money", "percent": "percent", "percentage-point": "percent", "time": "duration"}
    return kinds.get(unit.dimension, "magnitude" if unit is MAGNITUDE else "measure")


def shaped(tokens: Sequence[Token], reading: Reading, lex: NumberLexicon) -> Reading:
    """Ages and year spans that only the words around a reading tell: "aged 41", "41 years old",
    "at the age of 41"; "the worst in 60 years"."""
    first, end = reading.first, reading.end
    if reading.kind == "count":
        opener = 1 if first > 0 and tokens[first - 1].low in AGE_OPENERS else 0
        if not opener and [t.low for t in tokens[max(0, first - 4) : first]] == ["at", "the", "age", "of"]:
            opener = 4
        if opener:
            return replace(reading, first=first - opener, unit=AGE, kind="age", rounding=0.0)
    if reading.kind == "duration" and reading.unit is not None:
        years = reading.unit.factor / YEAR_SECONDS
        old = end + 1 if hyphen_joins(tokens, end) else end  # "11 years old", "an eleven year-old"
        if old < len(tokens) and tokens[old].low == "old" and years > 0.0001:
            low, high = reading.low / reading.unit.factor * years, reading.high / reading.unit.factor * years
            return replace(reading, end=old + 1, low=low, high=high, unit=AGE, kind="age", rounding=0.0)
        if reading.unit.factor >= YEAR_SECONDS and in_years(tokens, first, lex):
            return replace(reading, kind="year-span")
    return reading


def changed_from(tokens: Sequence[Token], first: int, lex: NumberLexicon) -> bool:
    """ "up from 300", "rose to 450 from 300": the figure after "from" is an earlier one."""
    if first == 0 or tokens[first - 1].low != "from":
        return False
    return any(t.low in lex.classes["change"] for t in tokens[max(0, first - 1 - CHANGE_REACH) : first - 1])
