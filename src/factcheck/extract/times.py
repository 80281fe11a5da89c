"""Times of day: clock times ("at 10.30pm", "at 22:30", "shortly before midnight") and parts of the
day ("in the evening", "on Monday night", "in the early hours"), as spans of minutes after midnight.

The words and their spans are data (data/times_of_day.tsv, in the Lexicon): a clock time is a
moment widened by its modifier ("shortly before 10pm" is 21:00-22:00); a part of the day is a span
taken wide ("evening" 17:00-23:00), narrowed by "early" or "late" to the half it names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.lexicon.dates import DayTimes

DAY = 24 * 60
# A bound of a period, not the time something happened ("until 10pm", "by midnight").
_BOUNDS = ("until", "by")
# A clock time in another zone than the place's ("07:37 UTC", "6:41pm PST"): two sources may give
# one moment in two zones, so only local times are compared.
_ZONE = re.compile(r"\s*\(?(?:GMT|UTC|Z\b|[A-Z][A-Z]?[SD]T\b|CET|CEST|EET|IST|JST|AEST|AEDT|ET\b|PT\b)")


@dataclass(frozen=True, slots=True)
class TimeMention:
    """A time of day found in text: where, and the minutes after midnight it spans (an `end`
    before the `start` runs past midnight)."""

    start: int
    end: int
    first: int
    last: int


def find_times(times: DayTimes, text: str, start: int, end: int) -> list[TimeMention]:
    """The times of day of text[start:end], in text order."""
    found = []
    for match in times.pattern.finditer(text, start, end):
        if (match["hour"] or match["hour24"]) and _ZONE.match(text, match.end(), end):
            continue
        span = _span(times, match)
        if span is not None:
            found.append(TimeMention(match.start(), match.end(), *span))
    return found


def _span(times: DayTimes, match: re.Match[str]) -> tuple[int, int] | None:
    modifier = " ".join((match["mod"] or "at").lower().split())
    if modifier in _BOUNDS or (match["lead"] or "").lower() in _BOUNDS:
        return None
    before, after = times.modifiers.get(modifier, (0, 0))
    if match["hour"]:
        moment = (int(match["hour"]) % 12 + 12 * (match["half"].lower() == "p")) * 60 + int(
            match["minute"] or 0
        )
        first, last = moment, moment
    elif match["hour24"]:
        if not match["mod"]:
            return None  # "the 10:30 train", a score, a verse: a clock time needs "at", "around"...
        moment = int(match["hour24"]) * 60 + int(match["minute24"])
        first, last = moment, moment
    else:
        word = " ".join((match["part"] or match["alone"]).lower().split())
        if word.startswith("the "):
            word = word[4:]
        if word not in times.parts:
            return None
        first, last = _edge(times.parts[word], (match["edge"] or "").lower())
    return (first - before) % DAY, (last + after) % DAY


def _edge(span: tuple[int, int], edge: str) -> tuple[int, int]:
    """ "early evening" is the first half of the evening and an hour more; "late evening" the last."""
    first, last = span
    length = (last - first) % DAY
    if edge == "early":
        return first, (first + length // 2 + 60) % DAY
    if edge == "late":
        return (last - length // 2 - 60) % DAY, last
    return span
