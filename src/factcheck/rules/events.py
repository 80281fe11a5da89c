"""Rules over events (6xx): one source says a person was there, or dead, and another says otherwise."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import timedelta
from itertools import combinations

from factcheck.graph import ClaimRecord, FactGraph
from factcheck.lexicon import Lexicon
from factcheck.model import DateRange, Entity, Finding, Happening
from factcheck.model import Severity as S
from factcheck.resolve.keys import close_spelling, name_tokens, skeleton
from factcheck.rules.aspects import comparable_standing
from factcheck.rules.base import Rule, RuleContext, quote, same_story

# Reports further apart than this may be about two occasions (last year's summit, a later death).
SAME_OCCASION = timedelta(days=7)
# States of a person that cannot both hold on one day ("wounded" and "dead" may, days apart; "held"
# and "released" may, an update later). Dead against captured has its own rule (`_fate_pair`).
EXCLUSIVE_STATES = (("dead", "wounded"), ("dead", "alive"), ("held", "escaped"), ("held", "released"),
                    ("captured", "escaped"))  # fmt: skip
SAME_DAY = timedelta(days=1)


def _happening(record: ClaimRecord) -> Happening:
    value = record.claim.value
    assert isinstance(value, Happening)  # only such records are compared (see EventConflict.check)
    return value


def _asserted(records: Iterable[ClaimRecord], action: str) -> list[ClaimRecord]:
    """Claims of a class the source makes as fact: neither hedged, nor speculation, nor a forecast."""
    return [r for r in records if _happening(r).action == action and not r.claim.stance.hedged]


def _same_standing(first: ClaimRecord, second: ClaimRecord) -> bool:
    """Both the outlets' own words, or both someone's reported words."""
    return first.claim.stance.attributed == second.claim.stance.attributed


def _comparable(first: ClaimRecord, second: ClaimRecord) -> bool:
    return _same_occasion(first, second) and _same_person(first, second)


def _same_occasion(first: ClaimRecord, second: ClaimRecord) -> bool:
    a, b = first.claim.as_of, second.claim.as_of
    return a is None or b is None or _gap(a, b) <= SAME_OCCASION


def _gap(a: DateRange, b: DateRange) -> timedelta:
    return max(a.start - b.end, b.start - a.end, timedelta(0))


def _same_target(lexicon: Lexicon, first: ClaimRecord, second: ClaimRecord) -> bool:
    """'the NATO summit' and 'the summit' are one; 'the G7 summit' and 'the NATO summit' are two;
    'the meeting' is any of many unless both name it."""
    *names_a, head_a = _happening(first).target.casefold().split() or [""]
    *names_b, head_b = _happening(second).target.casefold().split() or [""]
    if not head_a or head_a != head_b:
        return False
    if head_a in lexicon.event_class("recurring"):
        return bool(names_a) and names_a == names_b
    return not names_a or not names_b or names_a == names_b


def _same_person(first: ClaimRecord, second: ClaimRecord) -> bool:
    """The names the two sources use agree on a given name when both give one: a guard against one
    entity that merged two relatives ("Kathryn Jenkin" and "John Jenkin" through "Jenkin")."""
    if first.mention is None or second.mention is None:
        return False
    a, b = name_tokens(first.mention.key), name_tokens(second.mention.key)
    if len(a) < 2 or len(b) < 2 or a[0] == b[0] or min(len(a[0]), len(b[0])) == 1:
        return True
    return skeleton(a[0]) == skeleton(b[0]) or close_spelling(a[0], b[0])


def _who(record: ClaimRecord) -> str:
    stance = record.claim.stance
    speaker = stance.speaker or ("a quotation" if stance.quoted else None)
    return f"according to {speaker}" if speaker else "in its own words"


class EventConflict(Rule):
    """Two sources disagree on what happened to someone: attended or stayed away, dead or captured.

    Only statements made as fact are compared: a forecast, a hedge ("may", "is expected to",
    "speculation that") or a denial never is. An attributed statement ("..., officials said") is
    compared only with another attributed one, the outlet's own words only with its own. A source
    that reports someone captured is in conflict with one that reports them dead only when it
    never reports the death itself: killed after capture is consistent. Sources must name other
    people or places in common and be less than a week apart (or undated).

    Conflicting:
        a.md: "Senator Ana Ruiz attended the climate summit in Lisbon on Monday."
        b.md: "Senator Ana Ruiz skipped the climate summit in Lisbon."

    Consistent:
        a.md: "Senator Ana Ruiz may skip the climate summit in Lisbon."
        b.md: "Senator Ana Ruiz attended the climate summit in Lisbon on Monday."
    """

    code = "FC601"
    name = "event.conflict"
    kind = "event"
    severity = S.WARNING

    def check(self, context: RuleContext) -> Iterator[Finding]:
        graph = context.graph
        for entity in graph.entities.values():
            by_source: dict[str, list[ClaimRecord]] = {}
            for record in graph.claims_about(entity, "event"):
                if isinstance(record.claim.value, Happening):
                    by_source.setdefault(record.source.id, []).append(record)
            for a, b in combinations(sorted(by_source), 2):
                if not same_story(graph, a, b):
                    continue
                yield from self._attendance(context.lexicon, entity, by_source[a], by_source[b])
                yield from self._fate(entity, by_source[a], by_source[b])
                yield from self._states(graph, entity, by_source[a], by_source[b])

    def _attendance(
        self, lexicon: Lexicon, entity: Entity, first: list[ClaimRecord], second: list[ClaimRecord]
    ) -> Iterator[Finding]:
        pair = _attendance_pair(lexicon, first, second) or _attendance_pair(lexicon, second, first)
        if pair is None:
            return
        went, away = pair
        target = _happening(went).target or "the event"
        yield self.finding(
            entity,
            f"{went.source.id} says {entity.name} attended the {target} ({_who(went)}); "
            f"{away.source.id} says {entity.name} did not attend ({_who(away)})",
            [quote(went.source, went.claim.span, f"attended, {_who(went)}"),
             quote(away.source, away.claim.span, f"did not attend, {_who(away)}")],
            attribute="event:attend",
            values=["attended", "did not attend"],
        )  # fmt: skip

    def _fate(self, entity: Entity, first: list[ClaimRecord], second: list[ClaimRecord]) -> Iterator[Finding]:
        pair = _fate_pair(first, second) or _fate_pair(second, first)
        if pair is None:
            return
        dead, held = pair
        yield self.finding(
            entity,
            f"{dead.source.id} reports {entity.name} dead ({_who(dead)}); {held.source.id} reports "
            f"{entity.name} captured ({_who(held)}) and nowhere reports {entity.name} dead",
            [quote(dead.source, dead.claim.span, f"dead, {_who(dead)}"),
             quote(held.source, held.claim.span, f"captured, {_who(held)}")],
            attribute="event:fate",
            values=["dead", "captured"],
        )  # fmt: skip

    def _states(
        self, graph: FactGraph, entity: Entity, first: list[ClaimRecord], second: list[ClaimRecord]
    ) -> Iterator[Finding]:
        """Wounded against dead, escaped against still held, on one day."""
        for one, other in EXCLUSIVE_STATES:
            pair = _state_pair(graph, first, second, one, other) or _state_pair(
                graph, second, first, one, other
            )
            if pair is None:
                continue
            x, y = pair
            yield self.finding(
                entity,
                f"{x.source.id} reports {entity.name} {one} ({_who(x)}); {y.source.id} reports "
                f"{entity.name} {other} ({_who(y)}) on the same day, and neither says both",
                [quote(x.source, x.claim.span, f"{one}, {_who(x)}"),
                 quote(y.source, y.claim.span, f"{other}, {_who(y)}")],
                attribute="event:fate",
                values=[one, other],
            )  # fmt: skip
            return


def _state_pair(
    graph: FactGraph, first: list[ClaimRecord], second: list[ClaimRecord], one: str, other: str
) -> tuple[ClaimRecord, ClaimRecord] | None:
    """A person in state `one` in the first source and `other` in the second; neither source says both."""
    first, second = _asserted(first, "fate"), _asserted(second, "fate")
    if _in_state(first, other) or _in_state(second, one):
        return None
    for x in _in_state(first, one):
        for y in _in_state(second, other):
            a, b = x.claim.as_of, y.claim.as_of
            close = a is None or b is None or _gap(a, b) <= SAME_DAY
            if close and comparable_standing(graph, x, y) and _same_person(x, y):
                return x, y
    return None


def _attendance_pair(
    lexicon: Lexicon, went_source: list[ClaimRecord], away_source: list[ClaimRecord]
) -> tuple[ClaimRecord, ClaimRecord] | None:
    """A claim that the person attended in one source, and that they stayed away in the other."""
    first, second = _asserted(went_source, "attend"), _asserted(away_source, "attend")
    for went in (r for r in first if not r.claim.stance.negated):
        for away in (r for r in second if r.claim.stance.negated):
            if not (
                _same_target(lexicon, went, away) and _same_standing(went, away) and _comparable(went, away)
            ):
                continue
            # a source that says both about one event is telling a longer story, not contradicting
            if any(_same_target(lexicon, r, went) and r.claim.stance.negated for r in first):
                continue
            if any(_same_target(lexicon, r, away) and not r.claim.stance.negated for r in second):
                continue
            return went, away
    return None


def _fate_pair(
    dead_source: list[ClaimRecord], held_source: list[ClaimRecord]
) -> tuple[ClaimRecord, ClaimRecord] | None:
    """Dead in one source; captured in the other, which never reports the death, even as hearsay."""
    if _in_state(held_source, "dead"):
        return None
    held = _in_state(_asserted(held_source, "fate"), "captured")
    for dead in _in_state(_asserted(dead_source, "fate"), "dead"):
        for captured in held:
            if _same_standing(dead, captured) and _comparable(dead, captured):
                return dead, captured
    return None


def _in_state(records: Iterable[ClaimRecord], state: str) -> list[ClaimRecord]:
    """Fate claims that put the person in a state ("dead", "captured"), not those that deny it."""
    return [
        r
        for r in records
        if _happening(r).action == "fate" and _happening(r).target == state and not r.claim.stance.negated
    ]
