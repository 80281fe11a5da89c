"""Calendar words and absolute date expressions shared by source loading and extraction."""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from datetime import date, timedelta

from factcheck.model import DateRange, Precision

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"

# "June 26, 2025", "26 June 2025", "2025-06-26", "June 2025", "June 26"
# Each pattern of dates opens with a lookahead for the letters and digits a match can begin with:
# the engine then skips every other position at once, several times faster over a whole article.
ABSOLUTE_DATE = re.compile(
    r"\b(?=[\dJFMASONDjfmasond])(?:"
    rf"{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?(?![\d:])"
    r"|(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<month2>"
    + "|".join(sorted(MONTHS, key=len, reverse=True))
    + r")\.?(?:,?\s+(?P<year2>(?:1[89]|20)\d\d))?"
    r"|(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)"
    r"|(?P<month3>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?,?\s+(?P<year3>(?:19|20)\d\d)"
    r")\b",
    re.IGNORECASE,
)


# Relative phrases reach at most a year or so from the publication date ("next year", "last
# month"); a date closer than that to the calendar's ends cannot anchor them without overflowing.
EARLIEST_ANCHOR, LATEST_ANCHOR = date(2, 1, 1), date(9998, 12, 31)


def usable_anchor(anchor: date | None) -> date | None:
    """The anchor, unless it is too near year 1 or 9999 for date arithmetic around it."""
    return anchor if anchor is not None and EARLIEST_ANCHOR <= anchor <= LATEST_ANCHOR else None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def month_range(year: int, month: int) -> DateRange:
    last = calendar.monthrange(year, month)[1]
    return DateRange(date(year, month, 1), date(year, month, last), Precision.MONTH)


def year_range(year: int) -> DateRange:
    return DateRange(date(year, 1, 1), date(year, 12, 31), Precision.YEAR)


def day_range(day: date) -> DateRange:
    return DateRange(day, day, Precision.DAY)


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
        iso_year, iso_month, iso_day = (int(part) for part in groups["iso"].split("-"))
        iso = _safe_date(iso_year, iso_month, iso_day)
        return day_range(iso) if iso else None
    if groups["month3"]:
        return month_range(int(groups["year3"]), MONTHS[groups["month3"].lower()])
    month_name = groups["month"] or groups["month2"]
    day_text = groups["day"] or groups["day2"]
    year_text = groups["year"] or groups["year2"]
    month = MONTHS[month_name.lower()]
    day_number = int(day_text)
    year = int(year_text) if year_text else nearest_year(month, day_number, anchor)
    found = _safe_date(year, month, day_number) if year is not None else None
    return day_range(found) if found else None


def weekday_before(anchor: date, weekday: int, allow_same_day: bool = True) -> date:
    """The most recent date on that weekday at or before the anchor ("on Tuesday" in news)."""
    delta = (anchor.weekday() - weekday) % 7
    if delta == 0 and not allow_same_day:
        delta = 7
    return anchor - timedelta(days=delta)


# --- Relative dates and date ranges, resolved against a publication date -----------------------

_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_FULL_MONTHS = "|".join(name for name in calendar.month_name if name)
_WEEKDAY_NAMES = "|".join(name for name in calendar.day_name)
_DASH = r"\s*(?:-|–|—|to|and|until|through)\s*"

# "March 3-5", "from March 3 to 5", "March 3 to March 5, 2031", "3-5 March", "between 3 and 5 March"
DATE_RANGE = re.compile(
    r"\b(?=[\dJFMASONDBjfmasondb])(?:(?:from|between)\s+)?(?:"
    rf"(?P<month>{_MONTH_NAMES})\.?\s+(?P<first>[0-3]?\d)(?:st|nd|rd|th)?{_DASH}"
    rf"(?:(?P<month_b>{_MONTH_NAMES})\.?\s+)?(?P<last>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:,]\d)"
    r"|(?P<first2>[0-3]?\d)(?:st|nd|rd|th)?(?:\s+(?P<month2_a>" + _MONTH_NAMES + r"))?"
    rf"{_DASH}(?P<last2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<month2>{_MONTH_NAMES})\.?"
    r")(?:,?\s+(?P<year>(?:1[89]|20)\d\d))?\b",
    re.IGNORECASE,
)
# "in October", "last March", "the April quake": a month without a day or a year (full names only,
# capitalised).
BARE_MONTH = re.compile(
    rf"\b(?P<lead>in|during|early|late|mid|last|next|this|earlier|later|the)[\s-]+(?P<month>{_FULL_MONTHS})\b"
    r"(?!['’]s|\s+\d|,?\s+(?:1[89]|20)\d\d)"
)
# "in 2022", "the 2011 uprising": a year on its own.
BARE_YEAR = re.compile(r"\b(?P<lead>[A-Za-z]+)\s+(?P<year>(?:1[89]|20)\d\d)\b(?![\d,.%:/-]\d|[\d%])")
# "on Tuesday", "last Monday", "Sunday's storm"
WEEKDAY = re.compile(
    rf"\b(?:(?P<lead>on|last|next|this|early|late)\s+(?P<day>{_WEEKDAY_NAMES})\b"
    rf"|(?P<day2>{_WEEKDAY_NAMES})['’]s\b)"
)
# "today", "yesterday", "earlier this week", "last month", "next year", "last night"
RELATIVE_DAY = re.compile(
    r"\b(?P<phrase>(?:earlier\s+|later\s+)?(?:today|yesterday|tomorrow|tonight|last\s+night"
    r"|(?:last|this|next)\s+(?:week|month|year)))\b",
    re.IGNORECASE,
)


def range_match_to_range(match: re.Match[str], anchor: date | None) -> DateRange | None:
    """Turn a DATE_RANGE match into a range of days, borrowing a missing year from the anchor."""
    groups = match.groupdict()
    first_month = groups["month"] or groups["month2_a"] or groups["month2"]
    last_month = groups["month_b"] or groups["month"] or groups["month2"]
    first = int(groups["first"] or groups["first2"])
    last = int(groups["last"] or groups["last2"])
    start_month, end_month = MONTHS[first_month.lower()], MONTHS[last_month.lower()]
    year = int(groups["year"]) if groups["year"] else nearest_year(start_month, first, anchor)
    if year is None:
        return None
    start = _safe_date(year, start_month, first)
    end = _safe_date(year + (end_month < start_month), end_month, last)
    if start is None or end is None or not start < end or (end - start).days > 62:
        return None
    return DateRange(start, end, Precision.DAY)


def weekday_after(anchor: date, weekday: int) -> date:
    """The next date on that weekday at or after the anchor ("on Tuesday" in a future clause)."""
    return anchor + timedelta(days=(weekday - anchor.weekday()) % 7)


def bare_month_range(anchor: date, month: int, future: bool) -> DateRange:
    """A month named without a year: the latest one at or before the anchor, or the next in future."""
    year = anchor.year
    if future and month < anchor.month:
        year += 1
    elif not future and month > anchor.month:
        year -= 1
    return month_range(year, month)


def shift_month(anchor: date, months: int) -> DateRange:
    index = anchor.year * 12 + anchor.month - 1 + months
    return month_range(index // 12, index % 12 + 1)


def relative_range(phrase: str, anchor: date) -> DateRange:
    """A relative expression as a range of days around the anchor (the publication date).

    A page's date is often a day later than the text it carries (time zones, updates), so
    "today" and "yesterday" keep a day of slack; weeks are taken wide, for Sunday-first weeks."""
    words = phrase.lower().split()
    unit, day = words[-1], timedelta(days=1)
    monday = anchor - timedelta(days=anchor.weekday())
    if unit in ("today", "tonight"):
        return DateRange(anchor - day, anchor, Precision.DAY)
    if unit == "yesterday" or words[-2:] == ["last", "night"]:
        return DateRange(anchor - 2 * day, anchor - day if unit == "yesterday" else anchor, Precision.DAY)
    if unit == "tomorrow":
        return DateRange(anchor, anchor + day, Precision.DAY)
    step = {"last": -1, "this": 0, "next": 1}[words[-2]]
    if unit == "week":
        start, end = monday + step * 7 * day - day, monday + (step * 7 + 6) * day
        return _clip(DateRange(start, end, Precision.DAY), words[0], anchor)
    if unit == "month":
        return _clip(shift_month(anchor, step), words[0], anchor)
    return _clip(year_range(anchor.year + step), words[0], anchor)


def _clip(found: DateRange, edge: str, anchor: date) -> DateRange:
    """ "earlier this week" ends at the anchor, "later this month" starts there."""
    if edge == "earlier" and found.start <= anchor <= found.end:
        return DateRange(found.start, anchor, found.precision)
    if edge == "later" and found.start <= anchor <= found.end:
        return DateRange(anchor, found.end, found.precision)
    return found


# Verbs in the past tense that do not end in -ed.
_IRREGULAR_PAST = frozenset(
    "was were had did took became won lost began came went left met held said told made gave rose fell "
    "ran sought chose fled".split()
)
_SENTENCE = re.compile(r"[^.!?\n]+")


def latest_past_reference(text: str) -> date | None:
    """The latest date with a year that a sentence in the past tense refers to.

    An undated article that says someone "was elected in June 2025" was written after June 2025;
    dates in sentences about the future ("the 2028 election will") say nothing of the kind."""
    latest: date | None = None
    for sentence in _past_sentences(text, _YEAR_DIGITS):
        for match in ABSOLUTE_DATE.finditer(sentence):
            groups = match.groupdict()
            if not (groups["year"] or groups["year2"] or groups["year3"] or groups["iso"]):
                continue
            found = match_to_range(match, None)
            if found is not None and (latest is None or found.start > latest):
                latest = found.start
    return latest


# "was arrested in 2029", "had lived there since 2020": a year a past event is put in. Not "the 2030
# final" (an event that may lie ahead) or "Velmora Cup 2031" (a name).
_PAST_YEAR_LEADS = frozenset("in since during until early late mid".split())


def latest_past_year(text: str) -> int | None:
    """The latest year alone that a sentence in the past tense puts an event in."""
    years = [
        int(m.group("year"))
        for sentence in _past_sentences(text, _YEAR_DIGITS)
        for m in BARE_YEAR.finditer(sentence)
        if m.group("lead").lower() in _PAST_YEAR_LEADS
    ]
    return max(years, default=None)


# Where a year can be written: sentences without one need not be read for their tense.
_YEAR_DIGITS = re.compile(r"(?:1[89]|20)\d\d")


def _past_sentences(text: str, holding: re.Pattern[str]) -> Iterator[str]:
    """The sentences in the past tense that hold a match of `holding`."""
    for sentence in _SENTENCE.finditer(text):
        if not holding.search(sentence.group(0)):
            continue
        words = re.findall(r"[a-z]+", sentence.group(0).lower())
        if (
            any(w in _IRREGULAR_PAST or (w.endswith("ed") and len(w) > 4) for w in words)
            and "will" not in words
        ):
            yield sentence.group(0)


# "Tuesday, March 5", "on Tuesday 5 March 2030", "Tuesday (March 5)": a weekday beside its date
WEEKDAY_DATE = re.compile(
    rf"\b(?=[MTWFSmtwfs])(?P<weekday>{_WEEKDAY_NAMES}),?\s+\(?(?:the\s+)?"
    rf"(?:(?P<month>{_MONTH_NAMES})\.?\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
    rf"|(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<month2>{_MONTH_NAMES})\.?)"
    r"(?:,?\s+(?P<year>(?:19|20)\d\d))?\b(?![:.]?\d)",
    re.IGNORECASE,
)
# years after the latest past year the text names in which the weekday's date may fall: a story
# refers back to last year's or the year before's events, and a longer span would let a story
# that recalls decades-old events take a day of those decades
WEEKDAY_YEARS = 3


def story_day(text: str, not_before: date | None) -> date | None:
    """The latest day an undated article names by weekday and date ("on Tuesday, March 5"),
    when it is not before the latest past date its text refers to.

    News names a day by its weekday only in the week around its own date, so the article was
    written within days of it. A date without a year takes the first year, from that of the latest
    past date or year the text refers to, in which it fell on that weekday; with neither, the year
    cannot be told, and the day is not used. A weekday that does not fit the year given is a
    slip, and that day is not used either."""
    matches = list(WEEKDAY_DATE.finditer(text))
    if not matches:
        return None  # most articles: no second pass over their sentences for past years
    year = latest_past_year(text) if any(not m.group("year") for m in matches) else None
    if year is not None and (not_before is None or year > not_before.year):
        not_before = date(year, 1, 1)
    latest: date | None = None
    for match in matches:
        found = _weekday_date(match, not_before)
        if found is not None and (not_before is None or found >= not_before):
            latest = found if latest is None or found > latest else latest
    return latest


def _weekday_date(match: re.Match[str], not_before: date | None) -> date | None:
    groups = match.groupdict()
    weekday = WEEKDAYS[groups["weekday"].lower()]
    month = MONTHS[(groups["month"] or groups["month2"]).lower()]
    day = int(groups["day"] or groups["day2"])
    if groups["year"]:
        found = _safe_date(int(groups["year"]), month, day)
        return found if found is not None and found.weekday() == weekday else None
    if not_before is None:
        return None
    for year in range(not_before.year, not_before.year + WEEKDAY_YEARS):
        found = _safe_date(year, month, day)
        if found is not None and found.weekday() == weekday and found >= not_before:
            return found
    return None
