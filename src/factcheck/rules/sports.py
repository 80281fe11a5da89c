"""Rules over games (FC521, FC611): the moment of one decisive act, and the side a player had."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from itertools import combinations

from factcheck.graph import ClaimRecord, FactGraph
from factcheck.model import Finding, Predicate, Quantity, Scope, Side
from factcheck.model import Severity as S
from factcheck.rules.base import Rule, RuleContext, quote, same_story

MOMENT = "moment"


def _close_in_time(context: RuleContext, first: ClaimRecord, second: ClaimRecord) -> bool:
    a, b = first.source.published, second.source.published
    return a is None or b is None or abs(a - b) <= context.settings.same_moment


def _who(record: ClaimRecord) -> str:
    speaker = record.claim.stance.speaker
    return f"{record.source.id} (per {speaker})" if speaker else record.source.id


class MomentConflict(Rule):
    """Two sources put one decisive act of a game at different moments: another move, minute, lap,
    round, over or hole.

    The same act: the same class of act ("blunder", "winner", "crash", "resignation") counted in the
    same unit, in the same game ("game 3"; the story's game when unnumbered). An act each player
    may make (a blunder, a crash) is compared only for one player, or when one source names no
    player; an act that happens once in a game (the winner, a resignation) whoever made it. Acts
    that happen many times (goals, wickets) are never compared, nor different acts of one game (a
    blunder on move 53 and a resignation on move 58). A source that gives one act two moments
    itself tells of two acts and is left out.

    Conflicting:
        a.md (2031-05-02): "Tomas Rusk blundered on the 41st move of game 9 against Mara Velden in Port Alder."
        b.md (2031-05-02): "Tomas Rusk blundered on the 44th move of game 9 against Mara Velden in Port Alder."

    Consistent:
        a.md (2031-05-02): "Tomas Rusk blundered on the 41st move against Mara Velden in Port Alder."
        b.md (2031-05-02): "Tomas Rusk resigned on the 44th move against Mara Velden in Port Alder."
    """

    code = "FC521"
    name = "number.game-moment"
    kind = "number"
    severity = S.WARNING

    def check(self, context: RuleContext) -> Iterator[Finding]:
        groups: dict[str, dict[str, list[ClaimRecord]]] = defaultdict(lambda: defaultdict(list))
        for record in context.graph.claims(Predicate.QUANTITY):
            value, stance = record.claim.value, record.claim.stance
            if not isinstance(value, Quantity) or value.measure != MOMENT or value.scope != Scope.MAIN:
                continue
            if not stance.hedged and not stance.negated:
                groups[value.detail][record.source.id].append(record)
        for detail, by_source in sorted(groups.items()):
            once = _frequency(context, detail) == "once"
            found: list[ClaimRecord] = []
            for a, b in combinations(sorted(by_source), 2):
                pair = self._pair(context, by_source[a], by_source[b], once)
                if pair is not None and same_story(context.graph, a, b):
                    found.extend(r for r in pair if r not in found)
            if found:
                yield self._finding(detail, found)

    def _pair(
        self, context: RuleContext, left: Sequence[ClaimRecord], right: Sequence[ClaimRecord], once: bool
    ) -> tuple[ClaimRecord, ClaimRecord] | None:
        for first in left:
            for second in right:
                if not _close_in_time(context, first, second) or not _same_player(first, second):
                    continue
                if not once and first.entity is None and second.entity is None:
                    continue  # an act each player may make, by no one named: perhaps two players
                if _value(first) == _value(second):
                    return None  # the sources agree on this act
                if _telling_two(left, first) or _telling_two(right, second):
                    continue
                return first, second
        return None

    def _finding(self, detail: str, records: list[ClaimRecord]) -> Finding:
        """One finding for an act: every source's moment of it, the player named by any of them."""
        unit, _, rest = detail.partition(":")
        act, _, game = rest.partition("@")
        player = next((r.entity for r in records if r.entity is not None), None)
        whose = f" by {player.name}" if player else ""
        where = f" in {game}" if game else ""
        records = sorted(records, key=lambda r: (r.source.id, r.claim.span.start))
        said = " vs ".join(f"{unit} {_value(r)} in {_who(r)}" for r in records)
        return self.finding(
            player or f"the {act}",
            f"the {unit} of the {act}{whose}{where} differs: {said}",
            [quote(r.source, r.claim.span, f"{act} at {unit} {_value(r)}") for r in records],
            attribute=f"moment:{detail}",
            values=[str(_value(r)) for r in records],
        )


def _frequency(context: RuleContext, detail: str) -> str:
    """How often the act of a moment happens in a game (data/sports.tsv): "once" or "held"."""
    act = detail.partition(":")[2].partition("@")[0]
    kinds = {a.frequency for a in context.lexicon.sports.acts.values() if a.name == act}
    return "once" if kinds & {"once", "attached"} else "held"


def _value(record: ClaimRecord) -> int:
    value = record.claim.value
    assert isinstance(value, Quantity)  # only moments are grouped (see MomentConflict.check)
    return int(value.low)


def _same_player(first: ClaimRecord, second: ClaimRecord) -> bool:
    return first.entity is None or second.entity is None or first.entity.id == second.entity.id


def _telling_two(records: Sequence[ClaimRecord], record: ClaimRecord) -> bool:
    """The source gives the same act of the same player another moment too: two acts, not one."""
    return any(_same_player(r, record) and _value(r) != _value(record) for r in records)


class SideConflict(Rule):
    """Two sources give a player opposite sides in one game, or give one side to both players.

    Sides are the colours of a board game ("with the white pieces", "played black", "as White"),
    given to the player the sentence makes the subject of playing. One game: the same game number,
    or the game the story is about. "X played white" and "Y played black" agree; "X played white"
    and "X had black" do not, nor "X played white" and "Y played white" when both sources name
    both players.

    Conflicting:
        a.md (2031-05-02): "In game 9 in Port Alder, Mara Velden, playing with the white pieces, beat Tomas Rusk."
        b.md (2031-05-02): "In game 9 in Port Alder, Tomas Rusk, playing with the white pieces, lost to Mara Velden."

    Consistent:
        a.md (2031-05-02): "In game 9 in Port Alder, Mara Velden, playing with the white pieces, beat Tomas Rusk."
        b.md (2031-05-02): "In game 9 in Port Alder, Tomas Rusk, playing with the black pieces, lost to Mara Velden."
    """

    code = "FC611"
    name = "event.game-side"
    kind = "event"
    severity = S.WARNING

    def check(self, context: RuleContext) -> Iterator[Finding]:
        graph = context.graph
        games: dict[str, dict[str, list[ClaimRecord]]] = defaultdict(lambda: defaultdict(list))
        for record in graph.claims(Predicate.EVENT):
            value, stance = record.claim.value, record.claim.stance
            if isinstance(value, Side) and record.entity is not None and not stance.negated | stance.hedged:
                games[value.game][record.source.id].append(record)
        for game, by_source in sorted(games.items()):
            kept = {s: rs for s, rs in by_source.items() if not _two_sides(rs)}
            for a, b in combinations(sorted(kept), 2):
                if not same_story(graph, a, b):
                    continue
                for first in kept[a]:
                    second = next((r for r in kept[b] if _opposed(graph, first, r)), None)
                    if second is not None and _close_in_time(context, first, second):
                        yield self._finding(game, first, second)
                        break

    def _finding(self, game: str, first: ClaimRecord, second: ClaimRecord) -> Finding:
        where = game or "the game"
        said = [f"{_side_holder(r)} had {_side(r).side} in {r.source.id}" for r in (first, second)]
        assert first.entity is not None
        return self.finding(
            first.entity,
            f"the sides in {where} differ: {'; '.join(said)}",
            [quote(r.source, r.claim.span, f"{_side_holder(r)}: {_side(r).side}") for r in (first, second)],
            attribute=f"side:{where}",
            values=[f"{_side_holder(r)}: {_side(r).side}" for r in (first, second)],
        )


def _side(record: ClaimRecord) -> Side:
    value = record.claim.value
    assert isinstance(value, Side)  # only sides are grouped (see SideConflict.check)
    return value


def _side_holder(record: ClaimRecord) -> str:
    return record.entity.name if record.entity else "?"


def _two_sides(records: Sequence[ClaimRecord]) -> bool:
    """A source that gives one player both sides, or one side to two players, in one game tells of
    two games: it is left out."""
    return any(_clash(x, y) for x, y in combinations(records, 2))


def _clash(x: ClaimRecord, y: ClaimRecord) -> bool:
    assert x.entity is not None and y.entity is not None
    same_player = x.entity.id == y.entity.id
    return same_player != (_side(x).side == _side(y).side)


def _opposed(graph: FactGraph, first: ClaimRecord, second: ClaimRecord) -> bool:
    """Opposite sides for one player, or one side for two players both sources name."""
    if not _clash(first, second):
        return False
    assert first.entity is not None and second.entity is not None
    if first.entity.id == second.entity.id:
        return True
    named = graph.entities_in(first.source.id) & graph.entities_in(second.source.id)
    return first.entity.id in named and second.entity.id in named
