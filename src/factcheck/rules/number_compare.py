"""Whether two number phrases can describe the same value, allowing for the rounding news writes.

Tolerance policy (`tolerance`): each phrase's interval is widened by the rounding its writing
allows, and two phrases agree when the widened intervals overlap.

- A measure, a sum of money, a percentage, a magnitude or a span of time may be rounded to its last
  written digit: "19 km" stands for 18.5..19.5 km, "53.9%" for 53.85..53.95, "6.3" for 6.25..6.35.
  Whole numbers below 100 count every digit ("30 km" is 29.5..30.5); from 100 up trailing zeros may
  be a rounding ("5,000" is 4,500..5,500). The widening is at most a tenth of the value (so "100 km"
  is 90..110 km, not 50..150) and at most one degree for temperatures.
- A count is exact unless it is a round figure (its last written digit in the hundreds or above,
  or a scale word: "5,000", "2.5 million"), which widens as a measure does: "about 5,000" and "5,000"
  both agree with "5,150"; "19 dead" and "20 dead" do not.
- Ages, ordinals, scores and divisions are exact (scores and divisions compare their two sides, in
  either order); a fraction word is a share rounded to two percentage points ("two-thirds" agrees
  with "67%" and "65%", not with "60%").
- Phrases of different kinds or dimensions, or sums in different currencies, are not comparable:
  `agreement` says "incomparable" and `same_quantity` is False.

The widening stops just short of half a step, so that neighbours differ: "54%" and "55%" conflict.
"""

from __future__ import annotations

from typing import Protocol


class Reading(Protocol):
    """What a comparison needs of a figure: a number phrase of the reader or a Quantity claim."""

    @property
    def low(self) -> float: ...
    @property
    def high(self) -> float: ...
    @property
    def kind(self) -> str: ...
    @property
    def dimension(self) -> str: ...
    @property
    def currency(self) -> str: ...
    @property
    def rounding(self) -> float: ...
    @property
    def sides(self) -> tuple[float, ...]: ...


SHARE_ROUNDING = 2.0  # percentage points a fraction word may stand for ("two-thirds" is 64.7..68.7)
ROUND_COUNT = 50.0  # half a step of a round count: its last written digit is in the hundreds or above
LARGEST_SHARE = 0.1  # the widening is at most this share of the value
ROUND_COUNT_SHARE = 0.05  # and of a count, which news rounds more tightly ("10,000" is not 10,600)
TEMPERATURE_ROUNDING = 1.0  # degrees: the widening of a temperature at most
JUST_SHORT = 0.999  # of half a step, so that "54%" and "55%" do not touch
EXACT_KINDS = frozenset(["age", "ordinal", "score", "division"])
SHARE_KINDS = frozenset(["fraction", "percent"])
TIME_KINDS = frozenset(["duration", "year-span"])


def family(phrase: Reading) -> tuple[str, str]:
    """What a phrase can be compared with: its kind family and its dimension (or currency)."""
    if phrase.kind in SHARE_KINDS and phrase.dimension in ("", "percent"):
        return "share", "percent"
    if phrase.kind in TIME_KINDS:
        return "time", phrase.dimension
    if phrase.kind == "money":
        return "money", phrase.currency
    return phrase.kind, phrase.dimension


def tolerance(phrase: Reading) -> float:
    """How far beyond its interval a phrase may reach, in its base units (the policy above)."""
    if phrase.kind in EXACT_KINDS:
        return 0.0
    if phrase.kind == "fraction":
        return SHARE_ROUNDING
    rounding = phrase.rounding
    if phrase.kind == "count" and rounding < ROUND_COUNT:
        return 0.0
    share = ROUND_COUNT_SHARE if phrase.kind == "count" else LARGEST_SHARE
    largest = share * max(abs(phrase.low), abs(phrase.high))
    if phrase.dimension == "temperature":
        largest = TEMPERATURE_ROUNDING
    return min(rounding, largest) * JUST_SHORT


def _interval(phrase: Reading) -> tuple[float, float]:
    """The interval in the unit of its family: a fraction of one as percentage points."""
    scale = 100.0 if phrase.kind == "fraction" else 1.0
    reach = tolerance(phrase)
    return phrase.low * scale - reach, phrase.high * scale + reach


def agreement(a: Reading, b: Reading) -> str:
    """ "agree", "conflict" or "incomparable" (different kinds, dimensions or currencies)."""
    if family(a) != family(b):
        return "incomparable"
    if a.kind in ("score", "division"):
        return "agree" if sorted(a.sides) == sorted(b.sides) else "conflict"
    (a_low, a_high), (b_low, b_high) = _interval(a), _interval(b)
    slack = 1e-9 * max(abs(a_low), abs(a_high), abs(b_low), abs(b_high), 1.0)
    return "agree" if max(a_low, b_low) <= min(a_high, b_high) + slack else "conflict"


def same_quantity(a: Reading, b: Reading) -> bool:
    """Whether two phrases can describe the same value (False when they cannot be compared)."""
    return agreement(a, b) == "agree"
