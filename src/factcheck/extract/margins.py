"""Margins of victory: how far a winner finished ahead, kept apart from the winner's own count.

Shapes read (word classes in data/measures.tsv, kind `margin`; tested in tests/test_margins.py,
tests/shapes/numbers_money_votes.yaml and numbers_margins_sequences.yaml with sentences of our own):

- "by" before a count of votes or seats after a verb of winning or losing: "X won by 312 votes",
  "beat Y by just 40 votes", "lost by 1,200 votes", "the motion was defeated by nine votes";
- a noun of margin before "of": "a margin of 1,200 votes", "a majority of 45 seats", "a lead of 300
  votes", "by a margin of";
- after the count: "300 votes ahead of Y", "40 seats clear of Y", "312 more votes than Y";
- a unit joined to the count before a noun of margin: "a 312-vote margin", "a 12-seat majority".

Not margins: a change of a margin or of a count ("increased her majority by 300 votes", "his vote
fell by 2,000"), a division ("by 212 votes to 180": numbers.py reads both sides), and a count with
"in favour" or "against" after it (the ayes or the noes of a vote).

Changes in seats are a measure of their own, gained or lost (`seat_change`, kind `seat-change`):
"gained 12 seats", "lost four seats", "up 3 seats", "down nine seats", "a net gain of two seats",
"a loss of five seats", "picked up 12 seats", "12 more seats (than last time)", "five fewer seats".

A margin is the winner's: the subject of its clause, a name followed by a verb of winning or set
off by a comma, not the beaten rival named next to it ("X beat Y by 300 votes"); after "lost to",
the name after it. Two vote counts set against each other imply a margin too (extract/sums.py).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from factcheck.extract.document import Document, Placed, SentenceView
from factcheck.extract.figures import Figure, Stretch
from factcheck.extract.measures import Measure, holders
from factcheck.extract.stance import HOLDERS, speaks
from factcheck.extract.text import Token
from factcheck.lexicon import Lexicon

MARGIN = "margin"
COUNTED = frozenset(["votes", "seats"])  # what a margin may be counted in
FILLERS = frozenset(["just", "only", "a", "mere", "slim", "narrow", "wide", "comfortable", "some"])
CUE_REACH = 4  # tokens before a figure searched for "by" or "a margin of" (past "a mere")
THAN_REACH = 3  # tokens after "more" searched for "than"
AUXILIARIES = frozenset(["has", "had", "have", "was", "is", "will", "would", "also", "then"])
SUBJECT_REACH = 4  # tokens after a subject searched for its verb, past auxiliaries and adverbs
SEAT_CHANGE = "seat change"
CHANGE_FILLERS = frozenset(["a", "an", "net", "of", "by", "just", "only", "further", "another"])


def _role(lexicon: Lexicon, word: str) -> str:
    return lexicon.measures.get(MARGIN, {}).get(word, "")


def margin_measure(
    lexicon: Lexicon, tokens: Sequence[Token], figure: Figure, at: Stretch, measure: Measure | None
) -> Measure | None:
    """The measure of a count of votes or seats that is a margin ("won by 312 votes"), else the
    measure as read."""
    words = [t.lower for t in tokens]
    hyphened = _hyphened(lexicon, words, figure)
    if hyphened is not None:
        return hyphened
    if figure.kind != "count" or measure is None or measure.name not in COUNTED:
        return measure
    if _changed(lexicon, words, at, figure) or _sided(words, measure.end):
        return measure
    if _cue_before(lexicon, words, at, figure) or _cue_after(lexicon, tokens, at, figure, measure.end):
        return Measure(MARGIN, measure.name, measure.end, True)
    return measure


def _hyphened(lexicon: Lexicon, words: Sequence[str], figure: Figure) -> Measure | None:
    """ "a 312-vote margin", "a 12-seat majority", "a 300-vote lead": a margin with its unit before
    its noun."""
    end = figure.end
    if figure.kind != "count" or end + 2 >= len(words) or words[end] != "-":
        return None
    unit = f"{words[end + 1]}s"
    if unit not in COUNTED or _role(lexicon, words[end + 2]) != "noun":
        return None
    return Measure(MARGIN, unit, end + 3, True)


def _cue_before(lexicon: Lexicon, words: Sequence[str], at: Stretch, figure: Figure) -> bool:
    """ "by 312", "by just 40", "a margin of 1,200", "by a majority of 45": "by" after a verb of
    winning or losing, or a noun of margin and "of", with only fillers between it and the figure."""
    j = figure.start - 1
    while j >= max(at.lo, figure.start - CUE_REACH) and words[j] in FILLERS:
        j -= 1
    if j < at.lo:
        return False
    if words[j] == "of" and j > at.lo and _role(lexicon, words[j - 1]) == "noun":
        return True
    if words[j] != "by":
        return False
    return any(_role(lexicon, w) in ("verb", "loss") for w in words[at.first : j])


def _cue_after(lexicon: Lexicon, tokens: Sequence[Token], at: Stretch, figure: Figure, end: int) -> bool:
    """ "300 votes ahead of Y", "40 seats clear of Y", "312 more votes than Y" (a rival, not "12 more
    seats than in 2029": a change)."""
    words = [t.lower for t in tokens]
    if end + 1 < at.last and _role(lexicon, words[end]) == "ahead" and words[end + 1] == "of":
        return True
    more = figure.end < len(words) and words[figure.end] == "more"
    than = [j for j in range(end, min(at.last, end + THAN_REACH)) if words[j] == "than"]
    return more and bool(than) and _named(tokens, than[0] + 1)


def _named(tokens: Sequence[Token], j: int) -> bool:
    """A name at token j, or after "the" there ("than the Reform League")."""
    j += 1 if j < len(tokens) and tokens[j].lower == "the" else 0
    return j < len(tokens) and tokens[j].text[:1].isupper()


def seat_change(
    lexicon: Lexicon, tokens: Sequence[Token], figure: Figure, at: Stretch, measure: Measure | None
) -> Measure | None:
    """A change in a party's seats ("gained 12 seats", "lost four seats", "up 3 seats", "a net gain
    of two seats", "12 more seats"): its own measure, gained or lost, never the party's seat count."""
    if figure.kind != "count" or measure is None or measure.name != "seats":
        return measure
    words = [t.lower for t in tokens]
    way = ""
    for j in range(figure.start - 1, max(at.lo, figure.start - CUE_REACH) - 1, -1):
        way = lexicon.measures.get("seat-change", {}).get(words[j], "")
        if way or words[j] not in CHANGE_FILLERS:
            break
    after = words[figure.end] if figure.end < len(words) else ""
    if not way and after in ("more", "fewer"):
        than = [j for j in range(measure.end, min(at.last, measure.end + THAN_REACH)) if words[j] == "than"]
        way = "" if than and _named(tokens, than[0] + 1) else "gained" if after == "more" else "lost"
    return Measure(SEAT_CHANGE, way, measure.end, True) if way else measure


def _changed(lexicon: Lexicon, words: Sequence[str], at: Stretch, figure: Figure) -> bool:
    """A change of a margin or of a count before the figure: "increased her majority by 300"."""
    return any(_role(lexicon, w) == "change" for w in words[at.lo : figure.start])


def _sided(words: Sequence[str], end: int) -> bool:
    """A count of the ayes or the noes: "312 votes in favour", "180 against"."""
    after = words[end : end + 2]
    return after[:1] in (["against"], ["for"]) or after in (["in", "favour"], ["in", "favor"])


def winner_of(document: Document, view: SentenceView, figure: Figure, at: Stretch) -> Placed | None:
    """Whose a margin is: the name after "lost to" when there is one, else the subject of its
    clause: a holder before the figure followed by a verb of winning or losing or set off by a comma
    ("X beat Y by 300 votes", "X, who beat Y by 300 votes,"), never a rival or a name in a modifier
    ("he worked under X and won by 11 votes": no one named)."""
    tokens, lexicon = view.tokens, document.lexicon
    linking = lexicon.measures.get("linking", {})

    def verb(word: str) -> bool:
        return _role(lexicon, word) in ("verb", "loss") or word in linking

    before = _before(_candidates(document, view, verb), figure, at)
    for placed in before:
        lead = [t.lower for t in tokens[max(0, placed.first - 2) : placed.first]]
        if lead[-1:] == ["to"] and _role(lexicon, lead[0]) == "loss":
            return placed  # "X lost to Y by 300 votes": Y won
    return _subject(view, before, verb)


def subject_of(document: Document, view: SentenceView, figure: Figure, at: Stretch) -> Placed | None:
    """The subject an ordinal places: a holder before it followed by a linking verb or set off by a
    comma ("X became the second woman to ...", "X, the first woman to ...")."""
    linking = document.lexicon.measures.get("linking", {})
    found = _candidates(document, view, lambda word: word in linking)
    return _subject(view, _before(found, figure, at), lambda word: word in linking)


def _before(found: Sequence[Placed], figure: Figure, at: Stretch) -> list[Placed]:
    return [p for p in found if p.first >= at.first and p.end <= figure.start]


def _subject(view: SentenceView, before: Sequence[Placed], verb: Callable[[str], bool]) -> Placed | None:
    """The first name followed by a verb of the kind (past an auxiliary or an adverb: "has narrowly
    won") or by a comma."""
    tokens = view.tokens
    for placed in before:
        for token in tokens[placed.end : placed.end + SUBJECT_REACH]:
            word = token.lower
            if word == "," or verb(word):
                return placed
            if word not in AUXILIARIES and not word.endswith("ly"):
                break
    return None


def _candidates(document: Document, view: SentenceView, verb: Callable[[str], bool]) -> list[Placed]:
    """The holders of a sentence, and a name right before a verb the general reading takes for a
    noun it modifies ("X beat Y", "X became": no past tense by their ending)."""
    found = holders(document, view)
    tokens = view.tokens
    for placed in view.mentions:
        after = tokens[placed.end].lower if placed.end < len(tokens) else ""
        if placed in found or not verb(after):
            continue
        if document.mentions[placed.index].type in HOLDERS and not speaks(document, view, placed):
            found = [*found, placed]
    return sorted(found, key=lambda p: p.first)
