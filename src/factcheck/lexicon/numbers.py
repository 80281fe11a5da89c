"""The word tables of the number reader (numbers.tsv, units.tsv, currencies.tsv), built once and passed in."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

DIGIT = re.compile(r"\d")
ASCII_WORD = re.compile(r"[a-z]+")
# The files the builder asks for: word classes, units, currencies.
FILES = ("numbers.tsv", "units.tsv", "currencies.tsv")
# Word classes of numbers.tsv that are plain sets (the others carry values and get their own field).
SET_CLASSES = (
    "change",
    "span-word",
    "month",
    "weekday",
    "clock",
    "label",
    "plain",
    "counted",
    "year-prep",
    "metre-context",
    "km-context",
    "unit-adjective",
    "sport",
    "vote",
    "tally-noun",
    "superlative",
    "later",
    "pronoun-one",
    "weigh",
)


@dataclass(frozen=True, slots=True)
class Unit:
    """A unit and how a value in it converts to its dimension's base: (value + offset) * factor."""

    name: str  # "mile", "degree Fahrenheit", "USD"
    dimension: (
        str  # "length", "speed", "mass", "area", "volume", "time", "temperature", "percent", "money", ...
    )
    factor: float
    currency: str | None = None  # the ISO code of a money unit
    offset: float = 0.0

    def to_base(self, value: float) -> float:
        return (value + self.offset) * self.factor


@dataclass(frozen=True, slots=True)
class Bound:
    """How a phrase bounds a number: its name and the interval factors ("at least N" is N..2N)."""

    name: str  # "floor", "ceiling", "approx"
    low: float
    high: float


@dataclass(frozen=True, slots=True)
class UnitEntry:
    """A written form of a unit: the unit, and whether it must keep its case or be glued to the digits."""

    unit: Unit
    exact: bool
    glued: bool


@dataclass(frozen=True, slots=True)
class NumberLexicon:
    """Every word list of the number reader, as lookup tables (keys in lower case unless said)."""

    cardinals: Mapping[str, int]
    ordinals: Mapping[str, int]
    fractions: Mapping[str, float]
    scales: Mapping[str, float]  # "million", "bn", "crore", "dozen"
    glued_scales: Mapping[str, float]  # "k", "m", "b": only glued to digits
    vague: Mapping[str, tuple[float, float]]  # "dozens" -> (24, 99)
    vague_few: Mapping[str, tuple[float, float]]  # "a few" -> (2, 5)
    bounds: Mapping[str, Bound]  # "at least" -> floor 1..2
    postbounds: Mapping[str, Bound]  # "or more" -> floor 1..2
    units: Mapping[str, UnitEntry]  # surface (lower case, or as written when exact)
    currency_before: Mapping[str, Unit]  # "$", "US$", "Rs", "VND" (as written)
    currency_after: Mapping[str, Unit]  # "dollars", "pounds sterling" (lower case), "VND" (as written)
    age_decades: Mapping[str, int]  # "forties" -> 40
    classes: Mapping[str, frozenset[str]]  # the plain word classes of SET_CLASSES
    starters: frozenset[str]  # the words a number phrase may begin with ("two", "dozens", "a", "third")
    longest: int  # words in the longest phrase of any table
    trigger_words: frozenset[str]  # a sentence with neither a digit nor one of these has no number phrase

    def worth_reading(self, text: str) -> bool:
        """Whether a sentence may hold a number phrase: a digit, or a word that may begin or end one."""
        return DIGIT.search(text) is not None or not self.trigger_words.isdisjoint(
            ASCII_WORD.findall(text.lower())
        )

    def unit_entry(self, written: str) -> UnitEntry | None:
        """The unit written so: as written for the case-exact ones ("m", "C"), else in lower case."""
        entry = self.units.get(written)
        if entry is not None:
            return entry
        entry = self.units.get(written.lower())
        return None if entry is None or entry.exact else entry

    def is_a(self, word: str, kind: str) -> bool:
        """Whether a lower-case word belongs to a word class of numbers.tsv."""
        return word in self.classes[kind]


def _rows(text: str) -> list[list[str]]:
    """The tab-separated fields of the lines of a table, comments and blank lines left out."""
    return [
        [field.strip() for field in line.split("\t")]
        for line in text.splitlines()
        if line.strip() and not line.startswith("#")
    ]


def _units(text: str) -> dict[str, UnitEntry]:
    table: dict[str, UnitEntry] = {}
    for surface, name, dimension, factor, *rest in _rows(text):
        offset = float(rest[0]) if rest else 0.0
        flags = rest[1].split() if len(rest) > 1 else []
        unit = Unit(name, dimension, float(factor), None, offset)
        key = surface if "exact" in flags else surface.lower()
        table[key] = UnitEntry(unit, "exact" in flags, "glued" in flags)
    return table


def _currencies(text: str) -> tuple[dict[str, Unit], dict[str, Unit]]:
    before: dict[str, Unit] = {}
    after: dict[str, Unit] = {}
    for surface, code, position, factor in _rows(text):
        unit = Unit(code, "money", float(factor), code)  # signs and codes keep their case; words are lower
        if position in ("before", "both"):
            before[surface] = unit
        if position in ("after", "both"):
            after[surface] = unit
    return before, after


def _word_lists(
    by_class: dict[str, dict[str, list[str]]], units: Mapping[str, UnitEntry]
) -> tuple[frozenset[str], frozenset[str]]:
    """The words a number phrase may begin with, and the words that make a sentence worth reading (those,
    less "a", plus scale words, the words of vague counts and units of time: "a decade", "hundreds",
    "a handful of")."""
    starters = frozenset(
        [
            *by_class["cardinal"],
            *by_class["ordinal"],
            *(p.split()[0] for p in [*by_class["vague"], *by_class["vague-few"]]),
            *by_class["age-decade"],
            "a",
            "an",
            "half",
        ]
    )
    times = (s for s, entry in units.items() if entry.unit.dimension == "time" and " " not in s)
    triggers = [
        *starters,
        *by_class["fraction"],
        *by_class["scale"],
        *(w for p in [*by_class["vague"], *by_class["vague-few"]] for w in p.split()),
        *times,
    ]
    # "of" ends "a handful of" but stands in most sentences: the phrase's own words tell it
    return starters, frozenset(triggers) - {"a", "an", "of"}


def number_lexicon(read_text: Callable[[str], str]) -> NumberLexicon:
    """The number reader's tables, from the data files `read_text(name)` returns."""
    by_class: dict[str, dict[str, list[str]]] = {}
    for phrase, kind, *values in _rows(read_text("numbers.tsv")):
        by_class.setdefault(kind, {})[phrase] = values
    units = _units(read_text("units.tsv"))
    before, after = _currencies(read_text("currencies.tsv"))

    def numbers(kind: str) -> dict[str, float]:
        return {p: float(v[0]) for p, v in by_class.get(kind, {}).items()}

    def pairs(kind: str) -> dict[str, tuple[float, float]]:
        return {p: (float(v[0]), float(v[1])) for p, v in by_class.get(kind, {}).items()}

    def bounds(kind: str) -> dict[str, Bound]:
        return {p: Bound(v[0], float(v[1]), float(v[2])) for p, v in by_class.get(kind, {}).items()}

    starters, triggers = _word_lists(by_class, units)
    every_phrase = [*(p for table in by_class.values() for p in table), *units, *after]
    return NumberLexicon(
        cardinals={p: int(v) for p, v in numbers("cardinal").items()},
        ordinals={p: int(v) for p, v in numbers("ordinal").items()},
        fractions=numbers("fraction"),
        scales=numbers("scale"),
        glued_scales=numbers("glued-scale"),
        vague=pairs("vague"),
        vague_few=pairs("vague-few"),
        bounds=bounds("bound"),
        postbounds=bounds("postbound"),
        units=units,
        currency_before=before,
        currency_after=after,
        age_decades={p: int(v) for p, v in numbers("age-decade").items()},
        classes={kind: frozenset(by_class.get(kind, {})) for kind in SET_CLASSES},
        starters=starters,
        longest=max(len(p.split()) for p in every_phrase),
        trigger_words=triggers,
    )
