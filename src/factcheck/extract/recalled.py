"""Sentences that recall an earlier event: figures there are background, not the story's count.

News dates its own event by a weekday, "today" or a date of the last days, and an event it recalls
by a month or a day weeks before ("In March, a quake of magnitude 6.4 killed 300"; "On April 2,
a fire ..."; "a storm in September"). A sentence that opens with a word pointing back ("It", "That
storm", "This") goes on telling the event of the sentence before it. In an article of unknown
date, a month is known to be before the story only when the lede dates the story by a weekday or
"today" (a story of this week); a year before the article's is read by the quantity extractor.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from factcheck.extract.document import Document, SentenceView
from factcheck.sources.calendar import RELATIVE_DAY, WEEKDAY, usable_anchor

RECENT = timedelta(days=30)  # the window of one story (as settings.same_moment): older is another event
LEDE_SENTENCES = 3  # the sentences (headline and first lines) that date the story's own event
_MONTH_NAMES = "|".join(name for name in calendar.month_name if name)
# a month, with a day or not, led by a preposition: "In March", "on April 2", "in early May";
# not "since March" (a count up to now) and not with a year (the quantity extractor reads years)
_DATED = re.compile(
    rf"\b(?P<lead>[Ii]n|[Oo]n|[Ee]arly|[Ll]ate|[Mm]id)[\s-]+(?:early\s+|late\s+|mid-)?"
    rf"(?P<month>{_MONTH_NAMES})(?:\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?)?\b(?!,?\s+\d{{4}})"
)
# a date a running count starts from: "since the war began on March 2", "from early May"
_PERIOD_START = re.compile(r"\b(?:since|from|began|begun|started|starting)\b", re.IGNORECASE)
PERIOD_REACH = 40  # characters before a date searched for the start of a period
_POINTING_BACK = frozenset(["it", "that", "this", "those", "these"])


def recalled_sentences(document: Document) -> frozenset[int]:
    """The indices of the sentences that tell an earlier event than the story's."""
    published = usable_anchor(document.published)  # not a date at the calendar's ends
    text = document.source.text
    if published is None and not _lede_of_this_week(document):
        return frozenset()
    found: set[int] = set()
    for index, view in enumerate(document.sentences):
        if not view.tokens:
            continue
        start, end = view.tokens[0].start, view.tokens[-1].end
        months = [_month_end(m, published) for m in _DATED.finditer(text, start, end) if not _from(text, m)]
        recent = WEEKDAY.search(text, start, end) or RELATIVE_DAY.search(text, start, end)
        dated_before = bool(months) and all(_before_story(m, published) for m in months)
        if not recent and (dated_before or (index - 1 in found and _points_back(view))):
            found.add(index)
    return frozenset(found)


def _from(text: str, match: re.Match[str]) -> bool:
    """ "since the conflict began on December 27": the day a count runs from, not another event."""
    return bool(_PERIOD_START.search(text, max(0, match.start() - PERIOD_REACH), match.start()))


def _month_end(match: re.Match[str], published: date | None) -> date | None:
    """The last day the phrase may mean, in the year before the article's date it falls in."""
    if published is None:
        return None
    month = list(calendar.month_name).index(match.group("month"))
    day = int(match.group("day")) if match.group("day") else calendar.monthrange(published.year, month)[1]
    year = (
        published.year
        if (month, 1 if match.group("day") is None else day)
        <= (
            published.month,
            published.day,
        )
        else published.year - 1
    )
    day = min(day, calendar.monthrange(year, month)[1])
    return date(year, month, day)


def _before_story(last_day: date | None, published: date | None) -> bool:
    """Weeks before the article; with no date, any month in a story of this week."""
    return last_day is None or (published is not None and last_day < published - RECENT)


def _points_back(view: SentenceView) -> bool:
    """ "It killed ...", "That storm left ...": the sentence goes on about the one before."""
    return view.tokens[0].lower in _POINTING_BACK


def _lede_of_this_week(document: Document) -> bool:
    """The article's first lines date its story by a weekday or by "today"."""
    text = document.source.text
    for view in document.sentences[:LEDE_SENTENCES]:
        if view.tokens:
            start, end = view.tokens[0].start, view.tokens[-1].end
            if WEEKDAY.search(text, start, end) or RELATIVE_DAY.search(text, start, end):
                return True
    return False
