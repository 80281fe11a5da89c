"""Calendar words and absolute date expressions shared by source loading and extraction."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from factcheck.model import DateRange

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"

# "June 26, 2025", "26 June 2025", "2025-06-26", "June 2025", "June 26"
ABSOLUTE_DATE = re.compile(
    r"\b(?:"
    rf"{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?(?![\d:])"
    r"|(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<month2>"
    + "|".join(sorted(MONTHS, key=len, reverse=True))
    + r")\.?(?:,?\s+(?P<year2>(?:1[89]|20)\d\d))?"
    r"|(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)"
    r"|(?P<month3>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?,?\s+(?P<year3>(?:19|20)\d\d)"
    r")\b",
    re.IGNORECASE,
)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def month_range(year: int, month: int) -> DateRange:
    last = calendar.monthrange(year, month)[1]
    return DateRange(date(year, month, 1), date(year, month, last), "month")


def year_range(year: int) -> DateRange:
    return DateRange(date(year, 1, 1), date(year, 12, 31), "year")


def day_range(day: date) -> DateRange:
    return DateRange(day, day, "day")


def nearest_year(month: int, day: int, anchor: date | None) -> int | None:
    """The year that puts month/day closest to the anchor date (articles say "June 24" for this year)."""
    if anchor is None:
        return None
    best = None
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        candidate = _safe_date(year, month, day)
        if candidate and (best is None or abs(candidate - anchor) < abs(best - anchor)):
            best = candidate
    return best.year if best else None


def match_to_range(match: re.Match[str], anchor: date | None) -> DateRange | None:
    """Turn an ABSOLUTE_DATE match into a date range, borrowing a missing year from the anchor."""
    groups = match.groupdict()
    if groups["iso"]:
        year, month, day = (int(part) for part in groups["iso"].split("-"))
        found = _safe_date(year, month, day)
        return day_range(found) if found else None
    if groups["month3"]:
        return month_range(int(groups["year3"]), MONTHS[groups["month3"].lower()])
    month_name = groups["month"] or groups["month2"]
    day_text = groups["day"] or groups["day2"]
    year_text = groups["year"] or groups["year2"]
    month = MONTHS[month_name.lower()]
    day_number = int(day_text)
    year = int(year_text) if year_text else nearest_year(month, day_number, anchor)
    if year is None:
        return None
    found = _safe_date(year, month, day_number)
    return day_range(found) if found else None


def parse_date_text(text: str) -> date | None:
    """A single date in any of the absolute forms, or None."""
    match = ABSOLUTE_DATE.search(text)
    if not match:
        return None
    found = match_to_range(match, None)
    return found.start if found and found.precision == "day" else None


def weekday_before(anchor: date, weekday: int, allow_same_day: bool = True) -> date:
    """The most recent date on that weekday at or before the anchor ("on Tuesday" in news)."""
    delta = (anchor.weekday() - weekday) % 7
    if delta == 0 and not allow_same_day:
        delta = 7
    return anchor - timedelta(days=delta)
