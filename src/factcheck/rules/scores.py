"""Rule over match scores (FC522): two sources give one match different scores."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from datetime import timedelta
from itertools import combinations

from factcheck.graph import ClaimRecord, FactGraph
from factcheck.model import Finding, Predicate, Quantity
from factcheck.model import Severity as S
from factcheck.rules.base import Rule, RuleContext, quote, same_story

SCORE = "score"
SAME_MATCH = timedelta(days=4)  # two reports of one match's score are dated closer than this
PLAYERS = 2  # the names two scores must share to be of one match


def _who(record: ClaimRecord) -> str:
    speaker = record.claim.stance.speaker
    return f"{record.source.id} (per {speaker})" if speaker else record.source.id


class ScoreConflict(Rule):
    """Two sources give one match different scores.

    One match: both scores stand in clauses naming the same two teams or players, with a word of
    a result ("beat", "drew", "a 3-1 win", "scoreline"), in reports dated less than four days
    apart. A score beside a word of another stage (half-time, "led", on aggregate, on penalties,
    a set) or of another season (a year in its clause) is never compared. Scores are compared as
    their sets of two numbers, in either order: "beat X 3-1" agrees with "lost 1-3 to Y", and "won
    6-4, 6-3" with "6-3, 6-4" is a conflict only if the sets differ. A source that gives the same
    two names two scores tells of two matches and is left out.

    Conflicting:
        a.md (2031-05-02): "Port Alder Rovers beat Kestrel Town 3-1 at Harlow Park on Saturday."
        b.md (2031-05-02): "Port Alder Rovers beat Kestrel Town 3-2 at Harlow Park on Saturday."

    Consistent:
        a.md (2031-05-02): "Port Alder Rovers beat Kestrel Town 3-1 at Harlow Park on Saturday."
        b.md (2031-05-02): "Kestrel Town lost 1-3 to Port Alder Rovers at Harlow Park on Saturday."
    """

    code = "FC522"
    name = "number.match-score"
    kind = "number"
    severity = S.WARNING

    def check(self, context: RuleContext) -> Iterator[Finding]:
        by_source: dict[str, list[ClaimRecord]] = defaultdict(list)
        for record in context.graph.claims(Predicate.QUANTITY):
            value, stance = record.claim.value, record.claim.stance
            scored = isinstance(value, Quantity) and value.measure == SCORE and value.kind == SCORE
            if scored and not (stance.hedged or stance.negated) and len(record.anchors) >= PLAYERS:
                by_source[record.source.id].append(record)
        reported: set[tuple[frozenset[str], tuple[str, ...]]] = set()
        for a, b in combinations(sorted(by_source), 2):
            if not same_story(context.graph, a, b):
                continue
            for first in by_source[a]:
                for second in by_source[b]:
                    match = _one_match(first, second)
                    if not match or _sets(first) == _sets(second) or not _dated_close(first, second):
                        continue
                    if _two_matches(by_source[a], first, match) or _two_matches(by_source[b], second, match):
                        continue
                    key = (match, tuple(sorted((_written(first), _written(second)))))
                    if key not in reported:
                        reported.add(key)
                        yield self._finding(context.graph, match, first, second)

    def _finding(
        self, graph: FactGraph, match: frozenset[str], first: ClaimRecord, second: ClaimRecord
    ) -> Finding:
        names = " v ".join(sorted(graph.entities[e].name for e in match))
        said = f"{_written(first)} in {_who(first)} vs {_written(second)} in {_who(second)}"
        return self.finding(
            names,
            f"the score of {names} differs: {said}",
            [quote(r.source, r.claim.span, f"score {_written(r)}") for r in (first, second)],
            attribute="score",
            values=[_written(first), _written(second)],
        )


def _sets(record: ClaimRecord) -> list[tuple[float, float]]:
    value = record.claim.value
    assert isinstance(value, Quantity)  # only scores are compared (see ScoreConflict.check)
    sides = value.sides
    return sorted(tuple(sorted(sides[k : k + 2])) for k in range(0, len(sides) - 1, 2))  # type: ignore[misc]


def _written(record: ClaimRecord) -> str:
    value = record.claim.value
    assert isinstance(value, Quantity)
    return value.counted


def _one_match(first: ClaimRecord, second: ClaimRecord) -> frozenset[str]:
    """The names both scores' clauses give, when they are two or more: the sides of one match."""
    shared = first.anchors & second.anchors
    return shared if len(shared) >= PLAYERS else frozenset()


def _dated_close(first: ClaimRecord, second: ClaimRecord) -> bool:
    a, b = first.source.published, second.source.published
    return a is not None and b is not None and abs(a - b) < SAME_MATCH


def _two_matches(records: Sequence[ClaimRecord], record: ClaimRecord, match: frozenset[str]) -> bool:
    """The source gives the same names another score too: two matches (or legs)."""
    return any(match <= r.anchors and _sets(r) != _sets(record) for r in records)
