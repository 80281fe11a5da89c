"""What a figure says beyond its own count: the whole a part is taken from ("one of the 12
victims": a toll of 12), and a share of an electorate that is one result of a vote ("two-thirds of
voters backed")."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from factcheck.extract.document import Document, SentenceView
from factcheck.extract.figures import Figure, Stretch, phrase_at
from factcheck.extract.measures import Measure
from factcheck.extract.text import Token
from factcheck.lexicon import Lexicon
from factcheck.model import Claim, Quantity, Scope, Span


def whole_of(document: Document, view: SentenceView, figure: Figure, part: Claim) -> list[Claim]:
    """The toll a part is taken from: "one of the 12 victims", "three of the 45 injured" say the
    event's count is 12, 45 (a seat or a vote of a party is no part of a toll)."""
    value = part.value
    unheld = document.lexicon.measures["unheld"]
    if figure.whole is None or not isinstance(value, Quantity) or value.measure not in unheld:
        return []
    if value.scope != Scope.PART or value.scope_word:
        return []
    at, low, high = figure.whole
    whole = replace(value, low=low, high=high, bound="exact", scope=Scope.MAIN, rounding=0.0)
    tokens = view.tokens
    stop = max((k + 1 for k, t in enumerate(tokens) if t.end <= part.span.end), default=at + 1)
    begin, end = tokens[at].start, tokens[max(at + 1, stop) - 1].end
    span = Span(begin, end, document.source.text[begin:end])
    return [replace(part, subject=None, value=whole, span=span, rule="quantity.whole")]


def verdict(lexicon: Lexicon, tokens: Sequence[Token], measure: Measure, at: Stretch) -> Measure:
    """A share of an electorate no one holds, in a clause with a verb of voting ("two-thirds of
    voters backed the plan", "was rejected by 41% of voters"): one result, keyed by its place."""
    if measure.detail not in lexicon.measures["electorate"]:
        return measure
    # "voted for", not "voted": "35% of members voted" is a turnout, not a result
    found = (phrase_at(lexicon, tokens, k, "verdict") for k in range(at.first, at.last))
    verb = next((f[0] for f in found if f is not None), "")
    return replace(measure, name="verdict", detail=f"{measure.detail} {verb}") if verb else measure
