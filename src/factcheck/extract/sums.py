"""Sums a source implies: the parts of one count added up, and a count added to an earlier one.

Shapes read (word classes in data/measures.tsv, kinds `part` and `additive`; tested in
tests/test_sums.py, tests/shapes/numbers_casualties.yaml and numbers_margins_sequences.yaml with sentences of our own):

- parts of one count listed with "and" or commas, each of a kind of person that splits a whole
  ("30 men and 12 women", "eight adults and four children", "12 soldiers, 3 police officers and 20
  civilians"): their sum, counted by the word of the count in the clause ("the dead were ...",
  "killed ...", "... were injured"), is a figure of that count (42 deaths);
- the two vote counts of a sentence with no other figure, of two holders ("X received 48,210 votes against 39,774 for
  Y"): the margin they imply, the larger holder's (8,436 votes), which a margin of another source
  must match;
- a count that adds to an earlier one of the same measure and holder in the article ("twelve died on
  Friday, and another three died in hospital", "two more bodies were found", "a further 40 were
  hurt"): the earlier count plus it (15 deaths), named where it adds; a chain adds up in order.

A sum is a figure of the source like the others: another source's figure that agrees with it is one
this source gives as well, so it is never a rival to the parts it sums. No sum is made when the
parts are hedged, of a range of kinds, or in another place than the count they add to.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from factcheck.extract.document import Document, SentenceView
from factcheck.extract.figures import Figure, phrase_at
from factcheck.extract.measures import Measure
from factcheck.model import Claim, Quantity, Scope, Span

Found = tuple[Figure, Measure, Claim]
PART_JOINS = frozenset([",", "and"])
SUM_RULE = "quantity.sum"
DIFFERENCE_RULE = "quantity.difference"
VOTES, MARGIN = "votes", "margin"


def _quantity(claim: Claim) -> Quantity | None:
    value = claim.value
    return value if isinstance(value, Quantity) and value.kind == "count" else None


def part_sums(document: Document, view: SentenceView, found: Sequence[Found]) -> list[Claim]:
    """The sums of the lists of parts of a sentence ("30 men and 12 women" killed: 42 deaths)."""
    sums: list[Claim] = []
    k = 0
    while k < len(found):
        run = [k]
        while run[-1] + 1 < len(found) and _joined(view, found[run[-1]], found[run[-1] + 1]):
            run.append(run[-1] + 1)
        parts = [found[j] for j in run]
        if len(parts) > 1 and all(_part(document, f, m, c) for f, m, c in parts):
            summed = _summed_parts(document, view, parts)
            sums += [summed] if summed is not None else []
        k = run[-1] + 1
    return sums


def _part(document: Document, figure: Figure, measure: Measure, claim: Claim) -> bool:
    """A figure of a kind of person that splits a whole ("30 men"), firmly said, of the main scope."""
    value = _quantity(claim)
    noun = measure.detail or measure.name
    firm = not claim.stance.hedged and not claim.stance.negated
    return (
        value is not None and firm and value.scope == Scope.MAIN and noun in document.lexicon.measures["part"]
    )


def _joined(view: SentenceView, a: Found, b: Found) -> bool:
    """Two figures of one clause with only "and" or a comma between them, of different kinds."""
    between = [t.lower for t in view.tokens[max(a[0].end, a[1].end) : b[0].start]]
    if view.clause_of(a[0].start) != view.clause_of(b[0].start) or not between:
        return False
    return all(w in PART_JOINS for w in between) and (a[1].detail or a[1].name) != (b[1].detail or b[1].name)


def _summed_parts(document: Document, view: SentenceView, parts: Sequence[Found]) -> Claim | None:
    """The claim of a list of parts: the count they are of, their sum, quoted from first to last."""
    lexicon, tokens = document.lexicon, view.tokens
    named = {m.name for _, m, _ in parts}
    measure = named.pop() if len(named) == 1 else ""  # "killed 30 adults and 12 children": deaths
    if lexicon.comparison(measure) == "none":
        measure = _clause_count(document, view, parts[0][0].start, parts[-1][1].end)
    if lexicon.comparison(measure) != "total":
        return None
    begin, stop = tokens[parts[0][0].start].start, tokens[parts[-1][1].end - 1].end
    span = Span(begin, stop, document.source.text[begin:stop])
    return _sum_claim(parts[0][2], [c for _, _, c in parts], measure, "", span)


def _clause_count(document: Document, view: SentenceView, start: int, end: int) -> str:
    """The count a clause names nearest a list of parts outside it: "the dead ... were 30 men and 12
    women", "20 men and 12 children were injured"."""
    lexicon, tokens = document.lexicon, view.tokens
    first, last = view.clause_of(start)
    nearest: tuple[int, str] | None = None
    for j in [*range(first, start), *range(end, last)]:
        word = phrase_at(lexicon, tokens, j, "toll") or phrase_at(lexicon, tokens, j, "measure")
        distance = start - j if j < start else j - end
        if word and (nearest is None or distance < nearest[0]):
            nearest = (distance, word[0])
    return nearest[1] if nearest else ""


def _sum_claim(like: Claim, claims: Sequence[Claim], measure: str, detail: str, span: Span) -> Claim:
    """A claim like another (its holder, places, stance and date) of the sum of some counts."""
    values = [v for v in (_quantity(c) for c in claims) if v is not None]
    low, high = sum(v.low for v in values), sum(v.high for v in values)
    exact = all(v.bound == "exact" for v in values)
    summed = Quantity(
        low,
        high,
        measure,
        measure,
        detail,
        "exact" if exact else "range",
        kind="count",
        rounding=sum(v.rounding for v in values),
    )
    return replace(like, value=summed, span=span, rule=SUM_RULE)


def added(document: Document, before: Sequence[Claim], claims: Sequence[Claim]) -> list[Claim]:
    """The sums of the counts of a sentence that add to an earlier count of the article ("another
    three died" after "twelve died": 15 deaths), each after the figure it adds."""
    found: list[Claim] = []
    for claim in claims:
        value = _quantity(claim)
        found.append(claim)
        if value is None or value.scope != Scope.OTHER or not _adds(document, value.scope_word):
            continue
        if document.lexicon.comparison(value.measure) != "total":
            continue  # "another three points", "a further 40 farms": nothing the rule compares
        earlier = _earlier(document, [*before, *found[:-1]], claim, value)
        if earlier is None:
            continue
        found.append(_sum_claim(earlier, [earlier, claim], value.measure, value.detail, claim.span))
    return found


def _adds(document: Document, word: str) -> bool:
    return document.lexicon.measures["additive"].get(word) is not None and word != "also"


def _earlier(document: Document, claims: Sequence[Claim], claim: Claim, value: Quantity) -> Claim | None:
    """The last firm count of the same measure and holder before a claim, in no other place."""
    keys = _keys(document, claim.anchors)
    for other in reversed(claims):
        was = _quantity(other)
        if (
            was is None
            or was.scope != Scope.MAIN
            or (was.measure, was.detail) != (value.measure, value.detail)
        ):
            continue
        firm = not other.stance.hedged and not other.stance.negated
        held = _keys(document, _held(other)) == _keys(document, _held(claim))
        return other if firm and held and keys <= _keys(document, other.anchors) else None
    return None


def _held(claim: Claim) -> tuple[int, ...]:
    return () if claim.subject is None else (claim.subject,)


def _keys(document: Document, anchors: Sequence[int]) -> set[str]:
    return {document.mentions[i].key for i in anchors}


def differences(
    document: Document, view: SentenceView, found: Sequence[Found], claims: Sequence[Claim]
) -> list[Claim]:
    """The margin two vote counts set against each other imply ("X received 48,210 votes against
    39,774 for Y": X won by 8,436): the only counts of a sentence with no other figure, joined by a
    word of contrast ("against", "versus"; not a list, which may hold a third count left unread),
    firm, of two holders and one stage of counting, one the larger."""
    if len(found) != 2 or len(claims) != 2 or not _set_against(document, view, found[0][0], found[1][0]):
        return []
    more, less = sorted(claims, key=lambda c: -c.value.low if isinstance(c.value, Quantity) else 0)
    a, b = _quantity(more), _quantity(less)
    if a is None or b is None or a.measure != VOTES or b.measure != VOTES or a.detail != b.detail:
        return []
    firm = all(c.subject is not None and not c.stance.hedged and not c.stance.negated for c in claims)
    held = {document.mentions[c.subject].key for c in claims if c.subject is not None}
    if not firm or a.scope != Scope.MAIN or b.scope != Scope.MAIN or len(held) != 2 or a.low <= b.high:
        return []
    begin, stop = min(more.span.start, less.span.start), max(more.span.end, less.span.end)
    span = Span(begin, stop, document.source.text[begin:stop])
    exact = a.bound == b.bound == "exact" and a.low == a.high and b.low == b.high
    margin = Quantity(
        a.low - b.high,
        a.high - b.low,
        MARGIN,
        VOTES,
        f"{VOTES} {a.detail}".strip(),
        "exact" if exact else "range",
        kind="count",
        rounding=a.rounding + b.rounding,
    )
    return [replace(more, value=margin, span=span, rule=DIFFERENCE_RULE)]


def _set_against(document: Document, view: SentenceView, first: Figure, second: Figure) -> bool:
    """A word of contrast between two figures: "48,210 votes against 39,774", "versus"."""
    words = document.lexicon.measures.get("versus", {})
    return any(t.lower in words for t in view.tokens[first.end : second.start])
