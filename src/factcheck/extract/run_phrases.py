"""The phrases that count a recurring deed, found in a sentence's tokens: lists of years, ordinals
of a run, "every year since", "twice" (extract/recurring.py gives each its verb and its doer).

Shapes read (word classes in data/measures.tsv, kinds `run`, `yearly` and `times`; tested in
tests/test_recurring.py):

- years listed after "in" ("in 2029 and 2030", "in both 2029 and 2030", "in each of 2029, 2030 and
  2031", "in 2029 and again in 2030") or before the plural noun they date ("the 2029 and 2030
  harbour forums"); not "... respectively";
- "for the third consecutive year", "for a second year running", "for a record fifth straight
  time", "back-to-back years" (an ordinal alone, "for the third time", is no run);
- "every year since 2029" (to the article's year: the count of one of two values, as this year's
  turn may not have come yet), "every year from 2029 to 2031";
- "twice", "thrice"; not "twice a year", "twice as many", "at least twice", "twice weekly".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from factcheck.extract.document import Document
from factcheck.extract.figures import is_year, phrase_at
from factcheck.extract.text import Token
from factcheck.lexicon import Lexicon

JOINTS = frozenset([",", "and", "in", "again"])  # between listed years: "2029, and again in 2030"
RUN_NOUNS = {"year": "years", "time": "times"}
RUN_PRAISE = frozenset(["record"])  # "for a record fifth straight year"
ORDINAL = re.compile(r"(\d{1,2})(?:st|nd|rd|th)")
NOT_TIMES = frozenset(["a", "an", "as", "the", "that", "this", "per", "more", "over", "each", "every"])
BOUNDED = frozenset(["than", "least", "most", "nearly", "almost", "about", "over"])  # "at least twice"
PER = {"week": "", "month": "", "day": "", "annual": ""}  # "twice weekly", "twice daily"
UNTIL = frozenset(["to", "until", "through", "till", "and"])
NOUN_REACH = 3  # words from listed years to the plural noun they date


@dataclass(frozen=True, slots=True)
class Run:
    """A phrase that counts a recurring deed: its tokens, the count (low..high), what it counts and
    the years it covers."""

    start: int
    end: int
    low: int
    high: int
    measure: str = "years"
    period: tuple[int, int] | None = None
    listed: bool = False
    rule: str = "quantity.run"


def run_phrases(document: Document, tokens: Sequence[Token]) -> list[Run]:
    """Every phrase of a sentence that counts a recurring deed."""
    lexicon = document.lexicon
    return [
        *_year_lists(lexicon, tokens),
        *_ordinal_runs(lexicon, tokens),
        *_yearly(document, tokens),
        *_times(lexicon, tokens),
    ]


def _year_lists(lexicon: Lexicon, tokens: Sequence[Token]) -> list[Run]:
    """Years listed after "in" ("in 2029 and 2030", "in both 2029, 2030 and 2031") or before the
    noun they date ("the 2029 and 2030 summits")."""
    runs = []
    for i, token in enumerate(tokens[:-3]):
        if token.lower not in ("in", "the"):
            continue
        start = i + 1 + _lead(tokens, i + 1)
        years, end = _year_list(lexicon, tokens, start)
        if not years or (end < len(tokens) and tokens[end].lower == "respectively"):
            continue
        if token.lower == "the":
            noun = _dated_noun(tokens, end)
            if noun is None:
                continue
            end = noun + 1
        period = (min(years), max(years))
        runs.append(Run(i, end, len(years), len(years), period=period, listed=True, rule="quantity.list"))
    return runs


def _lead(tokens: Sequence[Token], at: int) -> int:
    """Words between "in" and the years it lists: "in both 2029 and 2030", "in each of 2029, ..."."""
    words = [t.lower for t in tokens[at : at + 2]]
    return 1 if words[:1] == ["both"] else 2 if words == ["each", "of"] else 0


def _dated_noun(tokens: Sequence[Token], start: int) -> int | None:
    """The plural noun that listed years date, within a few lower-case words ("the 2029 and 2030
    harbour forums")."""
    for k in range(start, min(len(tokens), start + NOUN_REACH)):
        word = tokens[k].text
        if not (word.isalpha() and word.islower()):
            return None
        if word.endswith("s"):
            return k
    return None


def _year_list(lexicon: Lexicon, tokens: Sequence[Token], start: int) -> tuple[list[int], int]:
    """The years listed from a token on ("2029 and 2030", "2029, 2030 and 2031", "2029 and in 2030")
    and the token after the list; none unless "and" joins its last two."""
    years: list[int] = []
    i, joined = start, False
    while i < len(tokens) and is_year(lexicon, tokens[i], tokens[i + 1] if i + 1 < len(tokens) else None):
        years.append(int(tokens[i].text))
        i += 1
        if joined:
            break
        step = i
        while step < min(len(tokens), i + 3) and tokens[step].lower in JOINTS:
            step += 1
        gap = [t.lower for t in tokens[i:step]]
        if not gap or gap[0] == "in" or step >= len(tokens) or not tokens[step].text.isdecimal():
            break
        joined, i = "and" in gap, step
    return (years, i) if joined and len(years) > 1 else ([], start)


def _ordinal_runs(lexicon: Lexicon, tokens: Sequence[Token]) -> list[Run]:
    """ "for the third consecutive year", "for a second year running", "for a record fourth
    straight time", "back-to-back years"."""
    runs, words = [], [t.lower for t in tokens]
    for i in range(len(words) - 2):
        if words[i] == "back-to-back" and words[i + 1] in ("years", "year"):
            runs.append(Run(i, i + 2, 2, 2))
        if words[i] != "for" or words[i + 1] not in ("the", "a"):
            continue
        k = i + 2 + (words[i + 2] in RUN_PRAISE)
        found = _ordinal(lexicon, words[k]) if k < len(words) else 0
        marked = k + 1 < len(words) and lexicon.measures["run"].get(words[k + 1]) == "before"
        noun = k + 1 + marked
        if found < 2 or noun >= len(words) or words[noun] not in RUN_NOUNS:
            continue
        after = phrase_at(lexicon, tokens, noun + 1, "run")
        trailing = after is not None and after[0] == "after"
        if marked or trailing:
            end = after[1] if after is not None and trailing else noun + 1
            runs.append(Run(i, end, found, found, RUN_NOUNS[words[noun]]))
    return runs


def _ordinal(lexicon: Lexicon, word: str) -> int:
    matched = ORDINAL.fullmatch(word)
    return int(matched.group(1)) if matched else lexicon.numbers.ordinals.get(word, 0)


def _yearly(document: Document, tokens: Sequence[Token]) -> list[Run]:
    """ "every year since 2029" (to the article's year, which may not have had its turn yet),
    "annually since 2029", "every year from 2029 to 2031"."""
    lexicon, published, runs = document.lexicon, document.published, []
    for i in range(len(tokens) - 2):
        found = phrase_at(lexicon, tokens, i, "yearly")
        if found is None or found[1] + 1 >= len(tokens):
            continue
        word, at = tokens[found[1]].lower, found[1] + 1
        if not tokens[at].text.isdecimal() or not is_year(lexicon, tokens[at], None):
            continue
        since = int(tokens[at].text)
        if word == "since" and published is not None and published.year > since:
            low = published.year - since
            runs.append(Run(i, at + 1, low, low + 1, period=(since, published.year), rule="quantity.yearly"))
        elif word in ("from", "between") and at + 2 < len(tokens) and tokens[at + 1].lower in UNTIL:
            until = tokens[at + 2]
            if until.text.isdecimal() and is_year(lexicon, until, None) and int(until.text) > since:
                count = int(until.text) - since + 1
                runs.append(
                    Run(i, at + 3, count, count, period=(since, int(until.text)), rule="quantity.yearly")
                )
    return runs


def _times(lexicon: Lexicon, tokens: Sequence[Token]) -> list[Run]:
    """ "twice", "thrice": a count of times, not "twice a year", "twice as many", "more than twice"."""
    runs, words = [], [t.lower for t in tokens]
    for i, word in enumerate(words):
        count = lexicon.measures["times"].get(word)
        following = words[i + 1] if i + 1 < len(words) else ""
        if count is None or following in NOT_TIMES or (i and words[i - 1] in BOUNDED):
            continue
        if following.endswith("ly") and following[:-2] in RUN_NOUNS | PER:
            continue  # "twice weekly"
        runs.append(Run(i, i + 1, int(count), int(count), "times", rule="quantity.times"))
    return runs
