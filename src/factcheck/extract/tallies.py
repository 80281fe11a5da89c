"""Election results: each vote count, share, seat count, turnout and total cast keyed to its holder.

Shapes read (word classes in data/measures.tsv, kinds `ballot` and `ballot-share`; each tested in
tests/test_tallies.py and tests/shapes/numbers_tallies.yaml with sentences of our own):

- a holder, a verb, a figure: "X won/got/received/garnered/secured N votes", "X polled P per cent",
  "X got 10.4 million, Y received 9.4 million" (each figure the subject's of its own clause);
- a figure after its holder: "X, with N votes (P%)", "X came second with N", "followed by Y with N",
  "X led with N votes, ahead of Y on M", "X's N votes";
- a holder after its figure: "N votes for X", "P% of the vote went to X";
- lists: "X N, Y M and Z K" (the first figure's noun shared), "X and Y took N and M votes
  respectively" (listed holders paired in order with each series of listed figures, a share in
  brackets with its count: "N (P%) and M (Q%) votes respectively");
- a share beside a count ("N votes (P%)", "N votes [P%]", "N votes, or P%,"), "a share of P%",
  "P% of the vote", a share won ("X took P%"): the holder's share of the vote;
- a bare count after a share ("won P per cent and N votes", "P% and N"): a count, never a share;
- totals, held by no one: "out of N votes", "of the N votes cast", "N ballots were counted", "a
  total of N votes", a count of votes put at N; turnout: "turnout of P%", turnout given as a
  share with a linking verb, "P% turnout";
- seats: "X won N of the M seats" (M is the whole, no figure of its own: figures.py).

A vote count written to a few digits ("9.4 million", "3,400") may be truncated as well as rounded
(news writes "9.4 million" for 9,47x,xxx), so its last written digit may be one off either way.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from factcheck.extract.document import Document, Placed, SentenceView
from factcheck.extract.figures import Figure, Stretch, phrase_at
from factcheck.extract.measures import Measure, holders
from factcheck.extract.text import Token
from factcheck.lexicon import Lexicon
from factcheck.model import Claim, ClaimValue, Quantity, Scope

VOTES, CAST, TURNOUT, SHARE = "votes", "votes cast", "turnout", "vote"
HELD = frozenset([VOTES, "seats"])  # the tallies a holder has; a share in brackets follows them
TOTAL_REACH = 8  # words before a figure searched for "total" (the noun group that the figure completes)
CHAIN_REACH = 16  # tokens after a figure searched for the noun its list shares ("N (P%) and M votes")
CHAIN_WORDS = frozenset(["and", "or", "respectively", "per", "cent", "percent"])
GAINS = frozenset(["gained", "gain", "gains"])  # scope words (measures.tsv) that are a verb of winning votes
NOBODY = frozenset(["none", "no", "neither", "nobody"])  # a subject that holds nothing
JOINS = frozenset([",", "and", "&"])
TRUNCATED = 0.05  # a count whose last digit is this share of it or less may be a truncation
Found = tuple[Figure, Measure, Claim]


def _role(lexicon: Lexicon, word: str) -> str:
    return lexicon.measures.get("ballot", {}).get(word, "")


def tally_measure(
    lexicon: Lexicon,
    tokens: Sequence[Token],
    figure: Figure,
    at: Stretch,
    measure: Measure | None,
    count_before: Measure | None,
) -> Measure | None:
    """The measure of a figure of an election result, where the general reading misses it: a
    turnout, a share of the vote, a total cast, a bare count after a share or before a noun it
    shares with the figures after it. `count_before` is the measure of the last count of the
    sentence ("X won 10,000 votes (42%) and Y 9,000")."""
    if figure.kind == "percent":
        return _share(lexicon, tokens, figure, at, measure)
    if figure.kind != "count":
        return measure
    if measure is None or measure.name == "percent":
        shared = _noun_ahead(lexicon, tokens, figure, at)
        measure = shared or (count_before if measure is not None else None)
    if measure is not None and measure.name in (VOTES, "ballots", CAST):
        total = _total(lexicon, tokens, figure, at, measure.end)
        name = CAST if total or measure.name == "ballots" else VOTES
        return Measure(name, "", measure.end, measure.named)
    return measure


def _share(
    lexicon: Lexicon, tokens: Sequence[Token], figure: Figure, at: Stretch, measure: Measure | None
) -> Measure | None:
    """A percentage as a turnout ("turnout stood at 40%", "a 40% turnout") or a share of the vote
    ("42% of the vote", "a 42% share", "X polled 42 per cent")."""
    words = [t.lower for t in tokens[at.first : min(at.last, figure.end + 2)]]
    if TURNOUT in words:
        return Measure(TURNOUT, "", figure.end, True)
    if measure is None or measure.name != "percent":
        return measure
    if measure.detail in lexicon.measures.get("ballot-share", {}):
        return Measure(measure.name, SHARE, measure.end, True)
    near = [t.lower for t in tokens[max(at.lo, figure.start - 3) : min(at.hi, figure.end + 1)]]
    won = any(_role(lexicon, t.lower) == "verb" for t in tokens[at.lo : figure.start])
    if not measure.detail and (won or "share" in near):
        return Measure(measure.name, SHARE, measure.end, True)
    return measure


def _noun_ahead(lexicon: Lexicon, tokens: Sequence[Token], figure: Figure, at: Stretch) -> Measure | None:
    """The tally noun a listed figure shares with those after it: "N (P%) and M (Q%) votes"."""
    for j in range(figure.end, min(at.last, figure.end + CHAIN_REACH)):
        word = tokens[j].lower
        named = phrase_at(lexicon, tokens, j, "unit")
        if named is not None and named[0] != "percent":
            # its end is the figure's own: the noun is quoted with the last figure of the list
            return Measure(named[0], "", figure.end, False) if named[0] in HELD else None
        if word == "ballots":
            return Measure("ballots", "", figure.end, False)
        if word[:1].isalpha() and word not in CHAIN_WORDS and word not in lexicon.measures["scale"]:
            return None
    return None


def _total(lexicon: Lexicon, tokens: Sequence[Token], figure: Figure, at: Stretch, end: int) -> bool:
    """Whether a count of votes is the total cast: "out of N votes", "N votes cast", "N ballots
    were counted", "a total of N votes", and the word "total" in the noun group before the figure."""
    words = [t.lower for t in tokens]
    if words[max(0, figure.start - 2) : figure.start] == ["out", "of"]:
        return True
    after = [w for w in words[end : min(at.last, end + 3)] if w not in ("were", "have", "had", "been")]
    if after and _role(lexicon, after[0]) == "total":
        return True
    before = words[max(at.first, figure.start - TOTAL_REACH) : figure.start]
    return any(_role(lexicon, w) == "total" and w not in ("cast", "counted") for w in before)


def tallied(document: Document, view: SentenceView, found: Sequence[Found]) -> list[Claim]:
    """The claims of a sentence with the holders of listed tallies ("respectively"), of shares in
    brackets after a count and of counts "for X" put right; vote counts allowed their truncation."""
    claims = [claim for _, _, claim in found]
    if not any(m.name in HELD or m.name == "percent" for _, m, _ in found):
        return claims
    lexicon, words = document.lexicon, view.words()
    if any(_role(lexicon, w) == "respectively" for w in words):
        claims = _respectively(document, view, found, claims)
    for k, (figure, measure, _) in enumerate(found):
        holder = None
        if measure.name in HELD or measure.name == "percent":
            holder = _for_holder(document, view, measure) or _apposed_to(document, view, claims[k], figure)
        if holder is not None:
            claims[k] = replace(claims[k], subject=holder.index)
        if k and _bracketed(lexicon, view.tokens, found[k - 1], figure):
            count = claims[k - 1]
            claims[k] = replace(claims[k], subject=count.subject, value=_shared(claims[k].value, measure))
        elif k and not _held_before(view, claims[k], figure) and _coordinated(view, found[k - 1][0], figure):
            claims[k] = replace(claims[k], subject=claims[k - 1].subject)  # "won 52% and 9,000 votes"
        claims[k] = _truncatable(_denied(document, view, figure, _gained(claims[k])))
    return claims


def _gained(claim: Claim) -> Claim:
    """ "X gained 3.4 million votes" is X's count: votes are won afresh at each election, unlike
    seats, where "gained 12 seats" is a change."""
    value = claim.value
    if not isinstance(value, Quantity) or value.measure != VOTES or value.scope_word not in GAINS:
        return claim
    return replace(claim, value=replace(value, scope=Scope.MAIN, scope_word=""))


def _denied(document: Document, view: SentenceView, figure: Figure, claim: Claim) -> Claim:
    """A tally no one has: "none of the candidates won over 50%", "no party took 100 seats"."""
    first, _ = view.clause_of(figure.start)
    words = view.words()[first : figure.start]
    if claim.stance.negated or not any(w in NOBODY for w in words):
        return claim
    return replace(claim, stance=replace(claim.stance, negated=True))


def _respectively(
    document: Document, view: SentenceView, found: Sequence[Found], claims: list[Claim]
) -> list[Claim]:
    """ "X and Y took N and M votes respectively": each series of figures of one measure paired in
    order with the holders listed before it, when there are as many of both."""
    claims = list(claims)
    series: dict[str, list[int]] = {}
    for k, (_, measure, claim) in enumerate(found):
        if isinstance(claim.value, Quantity) and (measure.name in HELD or measure.name == "percent"):
            series.setdefault(measure.name, []).append(k)
    for members in series.values():
        listed = _listed_holders(document, view, found[members[0]][0].start)
        if len(members) < 2 or len(listed) < len(members):
            continue
        for k, holder in zip(members, listed[-len(members) :], strict=True):
            anchors = tuple(a for a in claims[k].anchors if a != holder.index)
            claims[k] = replace(claims[k], subject=holder.index, anchors=anchors)
    return claims


def _listed_holders(document: Document, view: SentenceView, before: int) -> list[Placed]:
    """The holders listed last before a token: "X and Y", "X, Y and Z" (names joined by commas
    and "and" only)."""
    candidates = [p for p in holders(document, view) if p.end <= before]
    if not candidates:
        return []
    chain, tokens = [candidates[-1]], view.tokens
    for placed in reversed(candidates[:-1]):
        between = tokens[placed.end : chain[0].first]
        if not any(t.lower in JOINS for t in between) or not all(_listing(t) for t in between):
            break
        chain.insert(0, placed)
    return chain if len(chain) > 1 else []


def _listing(token: Token) -> bool:
    """A token that may stand between listed names: a join, or a lower-case word of a title
    ("X and former minister Y")."""
    return token.lower in JOINS or (token.text.isalpha() and token.text.islower())


def _apposed_to(document: Document, view: SentenceView, claim: Claim, figure: Figure) -> Placed | None:
    """The name an apposition set off by commas describes, when the figure went to a name inside
    it: "X, a member of the Y council, won N votes" is X's."""
    tokens, found = view.tokens, holders(document, view)
    inside = next((p for p in found if p.index == claim.subject and p.end <= figure.start), None)
    if inside is None:
        return None
    commas = [j for j in range(figure.start) if tokens[j].text == ","]
    opening = [j for j in commas if j < inside.first]
    closing = [j for j in commas if inside.end <= j < figure.start]
    if not opening or not closing or any(opening[-1] < j < closing[0] for j in commas):
        return None
    lower = tokens[opening[-1] + 1].text[:1].islower()  # "a member of", "the head of"
    return next((p for p in found if p.end == opening[-1] and lower), None)


def _held_before(view: SentenceView, claim: Claim, figure: Figure) -> bool:
    """Whether a figure's holder is named before it (not a name after it: "..., beating Y")."""
    return any(p.index == claim.subject and p.end <= figure.start for p in view.mentions)


def _coordinated(view: SentenceView, before: Figure, figure: Figure) -> bool:
    """A figure joined to the one before it as a second object of its verb: "won 52% and 9,000
    votes" (lower-case words and joins between them, no name)."""
    if view.clause_of(before.start) != view.clause_of(figure.start):
        return False  # a second clause ("..., whereas N seats went to Y") has its own verb and holder
    between = view.tokens[before.end : figure.start]
    joined = any(t.lower in JOINS for t in between)
    return (
        joined and all(_listing(t) for t in between) and not view.mentions_between(before.end, figure.start)
    )


def _bracketed(lexicon: Lexicon, tokens: Sequence[Token], count: Found, share: Figure) -> bool:
    """A share right after a count of votes or seats: "N votes (P%)", "N [P%]", "N votes, or P%"."""
    figure, measure, _ = count
    if share.kind != "percent" or measure.name not in HELD:
        return False
    between = [t.lower for t in tokens[figure.end : share.start]]
    marks = [w for w in between if w[:1].isalnum()]
    opened = any(w in ("(", "[") for w in between) or marks[-1:] == ["or"]
    return opened and all(w == "or" or _role(lexicon, w) == "noun" or w == measure.name for w in marks)


def _shared(value: ClaimValue, count: Measure) -> ClaimValue:
    """A share in brackets after a count: a share of the vote (of the seats, after seats)."""
    if not isinstance(value, Quantity) or value.measure != "percent" or value.detail:
        return value
    return replace(value, detail=SHARE if count.name != "seats" else "seats")


def _for_holder(document: Document, view: SentenceView, measure: Measure) -> Placed | None:
    """The holder named right after a tally: "N votes for X", "N seats for X"."""
    tokens, end = view.tokens, measure.end
    if end >= len(tokens) or _role(document.lexicon, tokens[end].lower) != "for":
        return None
    return next((p for p in holders(document, view) if p.first == end + 1), None)


def _truncatable(claim: Claim) -> Claim:
    """A vote count written to a few digits widened by its whole last digit: "9.4 million" may be a
    truncation of 9,47x,xxx as "9.5 million" is its rounding."""
    value = claim.value
    if not isinstance(value, Quantity) or value.measure not in (VOTES, CAST) or value.kind != "count":
        return claim
    if not 0 < 2 * value.rounding <= TRUNCATED * value.low:
        return claim
    return replace(claim, value=replace(value, rounding=2 * value.rounding))
