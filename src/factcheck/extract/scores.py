"""The score of a match: "beat X 3-1", "a 2-2 draw", "lost 6-4, 6-3", "won by 8.5-5.5", "a 3-1 win".

A score is two numbers joined by a hyphen or a dash, with a word of a result in its clause (data/
sports.tsv, `result`: "beat", "drew", "victory", "scoreline"); scores listed one after the other
("6-4, 6-3", "6-4 6-3") are the sets of one result. A score beside a word of another stage
("half-time", "led", "on aggregate", "on penalties", "the first set", "last season") is not the
match's final score and gives no claim. The claim (measure "score", kind "score") keeps every
set's two numbers as written in `sides`; who played is left to the rule, by the names of the
clause (its anchors).
"""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.extract.document import Document, Placed, SentenceView
from factcheck.extract.stance import StanceReader, speaks
from factcheck.model import Claim, DateRange, EntityType, Predicate, Quantity, Span

SCORE = "score"  # the measure class of data/measures.tsv
DASHES = frozenset(["-", "–", "—"])
RESULT_REACH = 8  # tokens between a word of a result and its score
PARTIAL_REACH = 6  # tokens around a score searched for a word of another stage
VENUES = frozenset(["at", "in", "on", "of", "from", "during"])  # before a place of play, not a side
# words that may stand between a result and its score: "beat them 3-1", "won the final 2-0"
BETWEEN = frozenset("by them him her it the a an match game tie final series fight bout contest".split())
OWNERS = frozenset(["his", "her", "their", "its"])
HIGHEST = 200  # a side above this is no score ("1939-1945")


def _number(text: str) -> float | None:
    """A side of a score: "3", "7.5", "6½"."""
    text = text.replace("½", ".5")
    try:
        value = float(text)
    except ValueError:
        return None
    return value if 0 <= value <= HIGHEST and not text.startswith(".") else None


def _pair_at(view: SentenceView, i: int) -> tuple[float, float] | None:
    """Two numbers glued by a dash at token i: "3-1", "8.5-5.5"."""
    tokens = view.tokens
    if i + 2 >= len(tokens) or tokens[i + 1].text not in DASHES:
        return None
    if tokens[i].end != tokens[i + 1].start or tokens[i + 1].end != tokens[i + 2].start:
        return None
    a, b = _number(tokens[i].text), _number(tokens[i + 2].text)
    if a is None or b is None:
        return None
    if i + 4 < len(tokens) and tokens[i + 3].text in DASHES and tokens[i + 3].start == tokens[i + 2].end:
        return None  # "4-4-2", a date "2024-12-12"
    return a, b


def score_claims(document: Document, view: SentenceView, stance: StanceReader) -> list[Claim]:
    """The match scores of a sentence."""
    words, lows = document.lexicon.sports, view.words()
    if words.results.keys().isdisjoint(lows) or not any(t.text in DASHES for t in view.tokens):
        return []
    claims, i = [], 0
    while i < len(lows):
        pair = _pair_at(view, i)
        if pair is None:
            i += 1
            continue
        sets, end = [pair], i + 3
        while True:  # "6-4, 6-3" or "6-4 6-3": the sets of one result
            at = end + 1 if lows[end : end + 1] == [","] else end
            more = _pair_at(view, at)
            if more is None:
                break
            sets.append(more)
            end = at + 3
        claim = _claim(document, view, stance, i, end, sets)
        if claim is not None:
            claims.append(claim)
        i = end
    return claims


def _claim(
    document: Document,
    view: SentenceView,
    stance: StanceReader,
    start: int,
    end: int,
    sets: Sequence[tuple[float, float]],
) -> Claim | None:
    words, lows, tokens = document.lexicon.sports, view.words(), view.tokens
    first, last = view.clause_of(start)
    near = range(max(first, start - RESULT_REACH), min(last, end + 3))
    results = [j for j in near if lows[j] in words.results and not start <= j < end]
    if not results:
        return None
    if not _about_the_match(view, results[0], start):
        return None
    around = lows[max(first, start - PARTIAL_REACH) : min(last, end + PARTIAL_REACH)]
    if any(w in words.partial for w in around) or _year_in(lows[first:last]):
        return None
    lo, hi = min(start, results[0]), max(end, results[0] + 1)
    numbers = tuple(x for pair in sets for x in pair)
    value = Quantity(
        min(sets[0]), max(sets[0]), SCORE, " ".join(lows[start:end]), kind="score", sides=numbers
    )
    anchors = _match_sides(document, view, min(start, results[0]), first, last)
    if not anchors:
        return None
    published = document.published
    return Claim(
        subject=None,
        predicate=Predicate.QUANTITY,
        value=value,
        span=Span(
            tokens[lo].start, tokens[hi - 1].end, document.source.text[tokens[lo].start : tokens[hi - 1].end]
        ),
        rule="sports.score",
        as_of=DateRange(published, published) if published else None,
        stance=stance.of_figure(start, end, first),
        anchors=anchors,
    )


def _about_the_match(view: SentenceView, result: int, start: int) -> bool:
    """A result word before a score that is the match's: "beat X 3-1", "won the final 2-0", "won
    by 8.5-5.5"; not a contest inside it ("won the turnover battle 3-0")."""
    if result > start:
        return True  # "a 3-1 win"
    lows, named = view.words(), {j for p in view.mentions for j in range(p.first, p.end)}
    between = [lows[j] for j in range(result + 1, start) if j not in named and lows[j].isalpha()]
    return all(w in BETWEEN or w.endswith("ly") for w in between)


def _match_sides(document: Document, view: SentenceView, at: int, first: int, last: int) -> tuple[int, ...]:
    """The two sides of a match around its result at token `at`: one before and one after it ("X
    beat Y 3-1", "X's 3-1 win over Y"), or two joined by "and" ("X and Y drew 2-2", "a 2-2 draw
    between X and Y"); none when the clause does not name two."""
    found, lows = _sides(document, view, first, last), view.words()
    before = [p for p in found if p.end <= at]
    if before and any(w in OWNERS or w.endswith(("side's", "team's")) for w in lows[before[-1].end : at]):
        before = []  # "X ... after his side's 1-1 draw": the side is someone else
    after = [p for p in found if p.first > at]
    if before and after:
        return before[-1].index, after[0].index
    pair = before[-2:] if len(before) >= 2 else after[:2]
    joined = len(pair) == 2 and lows[pair[0].end : pair[1].first] == ["and"]
    return (pair[0].index, pair[1].index) if joined else ()


def _sides(document: Document, view: SentenceView, first: int, last: int) -> list[Placed]:
    """The names of a clause that may be the two sides of a match: not a venue or a place of
    play ("at Harlow Park", "in Port Alder"), not a named competition, not a speaker."""
    lows = view.words()
    return [
        p
        for p in view.mentions_between(first, last)
        if document.mentions[p.index].type != EntityType.EVENT
        and not (p.first and lows[p.first - 1] in VENUES)
        and not speaks(document, view, p)
    ]


def _year_in(lows: Sequence[str]) -> bool:
    """A year in the clause: a score of another season ("beat them 3-1 in 2019")."""
    return any(w.isdigit() and len(w) == 4 and 1900 <= int(w) <= 2100 for w in lows)
