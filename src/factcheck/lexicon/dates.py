"""The time-of-day words of data/times_of_day.tsv: parts of the day as spans of clock time, and the
one pattern that finds a time of day in text, built from them once."""

from __future__ import annotations

import calendar
import re
from collections.abc import Mapping
from dataclasses import dataclass
from importlib.resources.abc import Traversable

from factcheck.lexicon.reading import rows

# Words before a part of the day that make it the time of something ("in the evening", "on Monday
# night"); "morning" alone is too often a noun of another kind ("a morning newspaper").
_PART_LEADS = ["in", "during", "on", "at", "this", "last", "yesterday", "tomorrow", "early", "late", "until"]
_PART_LEADS += [name.lower() for name in calendar.day_name]
# Parts of the day that stand without a lead: adverbs and names of one moment.
# Tokens of a clock time: "10.30pm" or "10.30 pm", "9 a.m.", "22:30" (the colon is a token).
_CLOCK = ("am", "pm", "a.m.", "p.m.", "a.m", "p.m", ":")
_CLOCK_WORDS = frozenset(_CLOCK)
_ALONE = ("overnight", "midnight", "noon", "midday", "dawn", "daybreak", "nightfall", "the early hours")


@dataclass(frozen=True, slots=True)
class DayTimes:
    """Parts of the day ("evening" -> 17:00-23:00) and clock modifiers ("shortly before" -> 60, 0),
    in minutes after midnight and minutes before and after a clock time; `pattern` finds them."""

    parts: Mapping[str, tuple[int, int]]
    modifiers: Mapping[str, tuple[int, int]]
    pattern: re.Pattern[str]
    words: frozenset[str]  # the last word of every part of the day: a sentence without one, or a
    # clock, has no time of day, and the pattern is not run over it

    def may_hold_time(self, words: list[str]) -> bool:
        """Whether lower-case tokens may hold a time of day: a part of the day's word or a clock."""
        if not self.words.isdisjoint(words) or not _CLOCK_WORDS.isdisjoint(words):
            return True
        return any(w[:1].isdigit() and w.endswith(_CLOCK) for w in words)


def _minutes(text: str) -> int:
    hours, _, minutes = text.strip().partition(":")
    return int(hours) * 60 + int(minutes or 0)


def _alternatives(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


def _pattern(parts: list[str], modifiers: list[str]) -> re.Pattern[str]:
    mods = _alternatives(modifiers)
    leads = _alternatives(_PART_LEADS)
    clock = (
        r"(?P<hour>1[0-2]|0?[1-9])(?:[:.](?P<minute>[0-5]\d))?\s*(?P<half>[ap])\.?\s?m\b\.?"
        r"|(?P<hour24>[01]?\d|2[0-3]):(?P<minute24>[0-5]\d)(?![:.]?\d)"
    )
    part = rf"(?:the\s+)?(?:(?P<edge>early|late)\s+)?(?P<part>{_alternatives(parts)})\b"
    return re.compile(
        rf"\b(?:(?P<mod>{mods})\s+)?(?:(?:{clock})"
        rf"|(?P<lead>{leads})\s+{part}"
        rf"|(?P<alone>{_alternatives([a for a in _ALONE if a.split()[-1] in ' '.join(parts)])})\b)",
        re.IGNORECASE,
    )


def day_times(folder: Traversable) -> DayTimes:
    parts: dict[str, tuple[int, int]] = {}
    modifiers: dict[str, tuple[int, int]] = {}
    for row in rows(folder, "times_of_day.tsv"):
        word, first, second = (cell.strip() for cell in row[:3])
        if word.startswith("~"):
            modifiers[word[1:]] = (int(first), int(second))
        else:
            parts[word] = (_minutes(first), _minutes(second) % 1440)
    words = frozenset(word.split()[-1] for word in parts)
    return DayTimes(parts, modifiers, _pattern(list(parts), list(modifiers)), words)
