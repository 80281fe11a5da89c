"""Date phrases: the date expressions of a stretch of text, each with its value in a past and in a
future clause ("on Tuesday" is the last Tuesday in one and the next in the other)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date

from factcheck.model import DateRange
from factcheck.sources.calendar import (
    ABSOLUTE_DATE,
    BARE_MONTH,
    BARE_YEAR,
    DATE_RANGE,
    MONTHS,
    RELATIVE_DAY,
    WEEKDAY,
    WEEKDAYS,
    bare_month_range,
    day_range,
    match_to_range,
    range_match_to_range,
    relative_range,
    usable_anchor,
    weekday_after,
    weekday_before,
    year_range,
)


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression found in text: where, which pattern, and its value in a past or a future
    clause. A weekday that cannot be resolved (no anchor) is kept as its name ("Sunday")."""

    start: int
    end: int
    pattern: str  # "range", "day", "month-year", "weekday", "relative", "month", "year"; YEAR_GUESSED
    past: DateRange | str
    future: DateRange | str
    weekday: str = ""  # the weekday named, for the pattern "weekday"
    year_inferred: bool = False  # the year was not written but taken from the year hint


# Marks a pattern whose year was not written but taken from the year hint: "date.range.year-guessed".
YEAR_GUESSED = ".year-guessed"
_WEEKDAY_BEFORE = re.compile(r"\b(?P<day>" + "|".join(n.capitalize() for n in WEEKDAYS) + r")\s*,?\s*$")
_YEAR_GROUPS = ("year", "year2", "year3", "iso")


def find_dates(
    text: str, start: int, end: int, anchor: date | None, year_hint: date | None = None
) -> list[DateMention]:
    """The date expressions of text[start:end], longest forms first, none overlapping another.

    `anchor` is the publication date. Without one, "June 24" takes its year from `year_hint`, a
    date the text is known to follow (the latest past date it mentions), and its pattern says so;
    "Thursday, June 24" stays a Thursday. An anchor in year 1 or 9999 is not used."""
    anchor = usable_anchor(anchor)
    found: list[DateMention] = []
    # Days, ranges and years are written with digits: where none is, their costly patterns are
    # not tried (most sentences of news have no digit).
    finders = _ALL_FINDERS if _DIGIT.search(text, start, end) else _WORD_FINDERS
    for finder in finders:
        for item in finder(text, start, end, anchor, year_hint):
            if not any(f.start < item.end and item.start < f.end for f in found):
                found.append(item)
    return sorted(found, key=lambda f: f.start)


def _capitalised(match: re.Match[str], *groups: str) -> bool:
    """Month names must be written as names: "may" and "march" are also verbs."""
    return all(match.group(g) is None or match.group(g)[0].isupper() for g in groups)


Resolver = Callable[[re.Match[str], date | None], DateRange | None]


def _dated(
    text: str, match: re.Match[str], resolve: Resolver, anchor: date | None, hint: date | None
) -> Iterator[DateMention]:
    """A day or a range, with the year written, taken from the anchor, or guessed from the hint."""
    written = any(match.groupdict().get(group) for group in _YEAR_GROUPS)
    found = resolve(match, anchor if anchor or written else hint)
    weekday = _WEEKDAY_BEFORE.search(text, max(0, match.start() - 12), match.start())
    if weekday and not written and (anchor is None or found is None):
        # "Thursday, December 11" in a text of unknown year: what is sure is the Thursday
        yield _weekday(weekday.start(), match.end(), weekday["day"], None, anchor)
        return
    if found is None:
        return
    pattern = "range" if resolve is range_match_to_range else "day"
    pattern = pattern if found.precision == "day" else "month-year"
    inferred = anchor is None and not written
    guessed = YEAR_GUESSED if inferred else ""
    yield DateMention((weekday or match).start(), match.end(), pattern + guessed, found, found, "", inferred)


def _weekday_name(found: DateRange) -> str:
    return found.start.strftime("%A")


def _ranges(text: str, start: int, end: int, anchor: date | None, hint: date | None) -> Iterator[DateMention]:
    for match in DATE_RANGE.finditer(text, start, end):
        if _capitalised(match, "month", "month_b", "month2_a", "month2"):
            yield from _dated(text, match, range_match_to_range, anchor, hint)


def _absolutes(
    text: str, start: int, end: int, anchor: date | None, hint: date | None
) -> Iterator[DateMention]:
    for match in ABSOLUTE_DATE.finditer(text, start, end):
        after = match.end()
        if _capitalised(match, "month", "month2", "month3") and not (
            text.startswith(",", after) and text[after + 1 : after + 2].isdigit()
        ):
            yield from _dated(text, match, match_to_range, anchor, hint)


def _weekdays(
    text: str, start: int, end: int, anchor: date | None, hint: date | None
) -> Iterator[DateMention]:
    for match in WEEKDAY.finditer(text, start, end):
        name = match.group("day") or match.group("day2")
        yield _weekday(match.start(), match.end(), name, match.group("lead"), anchor)


def _weekday(start: int, end: int, name: str, lead: str | None, anchor: date | None) -> DateMention:
    """ "on Tuesday": the last Tuesday in a past clause, the next in a future one; its name alone
    where the anchor is unknown."""
    if anchor is None:
        return DateMention(start, end, "weekday", name, name, name)
    weekday = WEEKDAYS[name.lower()]
    past = day_range(weekday_before(anchor, weekday))
    future = day_range(weekday_after(anchor, weekday))
    if lead in ("last", "next"):
        past = future = past if lead == "last" else future
    return DateMention(start, end, "weekday", past, future, name)


def _relatives(
    text: str, start: int, end: int, anchor: date | None, hint: date | None
) -> Iterator[DateMention]:
    if anchor is None:
        return
    for match in RELATIVE_DAY.finditer(text, start, end):
        phrase = match.group("phrase")
        sentence_start = not text[start : match.start()].strip()
        if phrase[0].isupper() and not sentence_start:
            continue  # "the Today programme": a name
        found = relative_range(phrase, anchor)
        yield DateMention(match.start(), match.end(), "relative", found, found)


def _bare_months(
    text: str, start: int, end: int, anchor: date | None, hint: date | None
) -> Iterator[DateMention]:
    if anchor is None:
        return
    for match in BARE_MONTH.finditer(text, start, end):
        month = MONTHS[match.group("month").lower()]
        lead = match.group("lead")
        past, future = bare_month_range(anchor, month, False), bare_month_range(anchor, month, True)
        if lead in ("last", "next"):
            past = future = past if lead == "last" else future
        yield DateMention(match.start("month"), match.end(), "month", past, future)


def _bare_years(
    text: str, start: int, end: int, anchor: date | None, hint: date | None
) -> Iterator[DateMention]:
    for match in BARE_YEAR.finditer(text, start, end):
        found = year_range(int(match.group("year")))
        yield DateMention(match.start("year"), match.end(), "year", found, found)


_DIGIT = re.compile(r"\d")
_ALL_FINDERS = (_ranges, _absolutes, _weekdays, _relatives, _bare_months, _bare_years)
_WORD_FINDERS = (_weekdays, _relatives, _bare_months)
