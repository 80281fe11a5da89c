"""Partial counts: a tally given before the count ends ("with 60% of ballots counted", "according
to preliminary results", "so far") is an earlier figure of the final count, never a rival to it.

Shapes read (word classes in data/measures.tsv, kind `partial`):
- an opener and what it qualifies a few words later: "early results", "preliminary official
  returns", "the provisional tally", "with counting still under way";
- a share of counted units: "with 60% of the ballots counted", "of precincts reporting";
- a phrase on its own: "so far", "still being counted", "yet to be counted".

The stage of a partial count is the share counted ("with 60% of the ballots counted", "with 60 per
cent of precincts reporting"): two tallies compare only at the same stage (`stage_of`); a count
with everything counted ("with 100% of the votes counted") is the final one. A count "so far" of
no stated stage is compared only with a report of the same release (rules/numbers.py).
"""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.extract.text import Token
from factcheck.lexicon import Lexicon
from factcheck.model import UNKNOWN_STAGE

OPENER_REACH = 4  # "with counting still under way": the qualified word follows within a few words
UNIT_REACH = 3  # "of all the ballots counted": "of", up to two determiners, the unit, the participle


def _role(lexicon: Lexicon, word: str) -> str:
    return lexicon.measures.get("partial", {}).get(word, "")


def _opened(lexicon: Lexicon, words: Sequence[str], i: int) -> bool:
    return any(_role(lexicon, w) == "qualified" for w in words[i + 1 : i + 1 + OPENER_REACH])


def _share_counted(lexicon: Lexicon, words: Sequence[str], i: int) -> bool:
    """'of (all) (the) ballots counted': the unit at i after "of" and before its participle."""
    before = words[max(0, i - UNIT_REACH) : i]
    return "of" in before and i + 1 < len(words) and _role(lexicon, words[i + 1]) == "done"


SHARE_WORDS = frozenset(["%", "percent", "per", "cent", "pc"])


def stage_of(lexicon: Lexicon, tokens: Sequence[Token]) -> str | None:
    """The stage of counting a sentence gives its tallies at: None for the final count,
    UNKNOWN_STAGE for a partial count of no known stage ("so far"), else the share counted ("60% of
    ballots counted")."""
    if not is_partial(lexicon, tokens):
        return None
    words = [t.lower for t in tokens]
    for i, word in enumerate(words):
        if _role(lexicon, word) != "unit" or not _share_counted(lexicon, words, i):
            continue
        of = max(j for j in range(max(0, i - UNIT_REACH), i) if words[j] == "of")
        share = [w for w in words[max(0, of - 3) : of] if w not in SHARE_WORDS]
        number = share[-1].rstrip("%") if share else ""
        if not number.replace(".", "", 1).isdigit():
            continue
        if float(number) >= 100:
            return None  # "with 100% of the votes counted": the final count
        return f"{number}% of {word} {words[i + 1]}"
    return UNKNOWN_STAGE


def is_partial(lexicon: Lexicon, tokens: Sequence[Token]) -> bool:
    """Whether a sentence gives a count before the count ends."""
    words = [t.lower for t in tokens]
    joined = f" {' '.join(words)} "
    alone = (p for p, role in lexicon.measures.get("partial", {}).items() if role == "alone")
    if any(f" {phrase} " in joined for phrase in alone):
        return True
    for i, word in enumerate(words):
        role = _role(lexicon, word)
        if role == "opener" and _opened(lexicon, words, i):
            return True
        if role == "unit" and _share_counted(lexicon, words, i):
            return True
    return False
