"""Units and currencies around a number: "14.5km", "12 miles", "a 30-foot", "$3m", "300 million euros"."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from factcheck.extract.number_words import Token, glued, hyphen_joins
from factcheck.lexicon.numbers import NumberLexicon, Unit

GLUED_RUN = 3  # tokens in the longest glued unit ("km" "/" "h")
WEIGH_REACH = 5  # tokens before a number searched for a verb of weighing ("weighing 200 pounds")


@dataclass(frozen=True, slots=True)
class UnitRead:
    """A unit read after a number: the unit, the token after it, and how it was joined to the number."""

    unit: Unit
    end: int
    joined: str  # "glued" ("14.5km"), "hyphen" ("a 12-mile stretch") or "space" ("12 miles")


def currency_before(tokens: Sequence[Token], i: int, lex: NumberLexicon) -> tuple[Unit, int] | None:
    """The currency written just before the number at token i ("$", "US$", "HK$", "Rs 500", "VND 304"):
    the unit and the currency's first token."""
    if i == 0:
        return None
    if i >= 2 and glued(tokens, i - 2, i - 1):
        unit = lex.currency_before.get(tokens[i - 2].text + tokens[i - 1].text)
        if unit is not None:
            return unit, i - 2
    unit = lex.currency_before.get(tokens[i - 1].text)
    return (unit, i - 1) if unit is not None else None


def unit_after(
    tokens: Sequence[Token], j: int, lex: NumberLexicon, scaled: bool, start: int
) -> UnitRead | None:
    """The unit or currency written at token j, right after a number that ends there: glued
    ("60mph", "30°C", "54%", "50p"), joined by a hyphen ("a 12-mile", "a 48-hour") or spaced, with
    one adjective allowed between ("three consecutive years"). "pounds" is money unless the sentence
    weighs something ("weighing 200 pounds", "a 10-pound baby", "400 pounds of cocaine")."""
    if j >= len(tokens):
        return None
    if glued(tokens, j - 1, j):
        if hyphen_joins(tokens, j):
            return _spaced(tokens, j + 1, lex, "hyphen", scaled, start)
        return _glued(tokens, j, lex)
    run = _glued(tokens, j, lex) if glued(tokens, j, j + 1) else None
    if run is not None and run.end > j + 1:
        return UnitRead(run.unit, run.end, "space")  # "100 km/h", "45 °C"
    found = _spaced(tokens, j, lex, "space", scaled, start)
    if found is None and tokens[j].low in lex.classes["unit-adjective"] and j + 1 < len(tokens):
        found = _spaced(tokens, j + 1, lex, "space", scaled, start)
    return found


def _glued(tokens: Sequence[Token], j: int, lex: NumberLexicon) -> UnitRead | None:
    """The longest run of glued tokens that names a unit ("km/h" before "km")."""
    last = j
    while last + 1 < len(tokens) and last + 1 - j < GLUED_RUN and glued(tokens, last, last + 1):
        last += 1
    for end in range(last + 1, j, -1):
        written = "".join(t.text for t in tokens[j:end])
        entry = lex.unit_entry(written)
        if entry is not None:
            return UnitRead(entry.unit, end, "glued")
        currency = lex.currency_after.get(written) or lex.currency_after.get(written.lower())
        if currency is not None:
            return UnitRead(currency, end, "glued")
    return None


def _spaced(
    tokens: Sequence[Token], j: int, lex: NumberLexicon, joined: str, scaled: bool, start: int
) -> UnitRead | None:
    """The longest unit or currency phrase at token j; a glued-only unit ("C", "g") is not read spaced."""
    if j >= len(tokens) or tokens[j].kind == "d":
        return None
    for size in range(min(lex.longest, len(tokens) - j, 3), 0, -1):
        words = tokens[j : j + size]
        if any(t.kind == "d" for t in words):
            continue
        written = " ".join(t.text for t in words)
        lower = written.lower()
        entry = lex.unit_entry(written)
        if entry is not None and entry.glued and joined == "space":
            entry = None
        currency = lex.currency_after.get(written)
        if currency is None and words[-1].text.islower():
            currency = lex.currency_after.get(lower)  # "US dollars"; not "50 Cent", a name
        if currency is not None and len(written) == 1:
            currency = None  # "p" only glued: "50p"
        if entry is not None and (currency is None or _weighs(tokens, start, j + size, lex, scaled, joined)):
            return UnitRead(entry.unit, j + size, joined)
        if currency is not None:
            return UnitRead(currency, j + size, joined)
    return None


def _weighs(
    tokens: Sequence[Token], start: int, end: int, lex: NumberLexicon, scaled: bool, joined: str
) -> bool:
    """Whether "pounds" weighs: "a 10-pound baby", a verb of weighing just before, "of" after an
    unscaled number."""
    if joined == "hyphen":
        return True
    before = tokens[max(0, start - WEIGH_REACH) : start]
    if any(t.low in lex.classes["weigh"] or t.low.startswith("weigh") for t in before):
        return True
    return not scaled and end < len(tokens) and tokens[end].low == "of"
