"""Rule over event aspects (FC602): two sources give one event a different manner, vehicle, model,
route, place, status or leader, or a person a different death, capture or answer to blame."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import timedelta
from itertools import combinations

from factcheck.graph import ClaimRecord, FactGraph
from factcheck.model import Aspect, Finding
from factcheck.model import Severity as S
from factcheck.rules.base import Rule, RuleContext, quote, same_story

# A manner or a vehicle does not change; a status, a route or a leader may within days.
SAME_EVENT = {"manner": timedelta(days=7), "vehicle": timedelta(days=7), "model": timedelta(days=7),
              "death": timedelta(days=7), "capture": timedelta(days=7)}  # fmt: skip
SAME_DAY = timedelta(days=1)
PERSONAL = frozenset(["death", "capture", "responsibility"])  # keyed by a person, or a role
NAMED = frozenset(["place", "leader"])  # values that are names: the entities are compared
WHAT = {
    "manner": "how it was done", "vehicle": "the vehicle", "model": "the model", "route": "the route",
    "place": "where it happened", "status": "the status", "leader": "who led",
    "death": "the circumstances of the death", "capture": "the circumstances of the capture",
    "responsibility": "the admission or denial of blame",
}  # fmt: skip


def _aspect(record: ClaimRecord) -> Aspect:
    value = record.claim.value
    assert isinstance(value, Aspect)  # only such records are compared (see AspectConflict.check)
    return value


def _classes_conflict(a: str, b: str) -> bool:
    """'explosive' and 'explosive/device/car' agree (one refines the other); 'blade' and 'firearm' do not."""
    x, y = a.split("/"), b.split("/")
    n = min(len(x), len(y))
    return x[:n] != y[:n]


def _accounts_differ(a: str, b: str) -> bool:
    """'custody/other.crossfire/*' and 'free/*/*' differ (after capture, before it); 'custody/*/*' and
    '*/other.crossfire/*' do not: "*" is a part the account leaves open, and "other" (killed by
    others) agrees with "other.crossfire", a narrower cause, but not with "self"."""
    return any(
        "*" not in (x, y) and not (x + ".").startswith(y + ".") and not (y + ".").startswith(x + ".")
        for x, y in zip(a.split("/"), b.split("/"), strict=True)
    )


def _same_about(a: str, b: str) -> bool:
    """'rim fisheries accord' and 'accord' are one; 'border treaty' and 'trade treaty' are two."""
    *mods_a, head_a = a.split() or [""]
    *mods_b, head_b = b.split() or [""]
    return head_a == head_b and (not mods_a or not mods_b or bool(set(mods_a) & set(mods_b)))


class AspectConflict(Rule):
    """Two sources disagree on an aspect of one event: how it was done, the vehicle or its model,
    the route, where it happened, the status of an agreement, or who led; or on how a person died
    or was caught (killed while fleeing against executed after capture; surrendered against caught
    in hiding), or on whether a person admitted or denied being to blame.

    Values conflict when they are different classes of one aspect, not when one is broader ("a
    bomb" against "a car bomb", "the aircraft" against "the helicopter"). Only statements made as
    fact are compared, an attributed one with another attributed one; a hedged report before the
    fact never is. A source that gives two values itself (an earlier crash recalled) is telling of
    two events and is left out for that aspect; a place, destination or leader conflicts only when
    neither source names the other's at all. Sources must name two entities in common, and the two
    statements a person, place or body in common in their own sentences.

    Conflicting:
        a.md: "Journalist Kasia Orlen was stabbed outside her home in Velmora on Wednesday."
        b.md: "Journalist Kasia Orlen was shot outside her home in Velmora on Wednesday."

    Consistent:
        a.md: "General Corin Dask died in an explosion in Lissick on Tuesday."
        b.md: "General Corin Dask was killed by a car bomb in Lissick on Tuesday."
    """

    code = "FC602"
    name = "event.aspect"
    kind = "event"
    severity = S.WARNING

    def check(self, context: RuleContext) -> Iterator[Finding]:
        graph = context.graph
        groups: dict[str, dict[str, list[ClaimRecord]]] = {}
        for record in graph.claims("event"):
            value = record.claim.value
            if isinstance(value, Aspect) and not record.claim.stance.hedged:
                groups.setdefault(value.aspect, {}).setdefault(record.source.id, []).append(record)
        for aspect, by_source in sorted(groups.items()):
            kept = {s: rs for s, rs in by_source.items() if not _telling_two(graph, aspect, rs)}
            for a, b in combinations(sorted(kept), 2):
                if same_story(graph, a, b):
                    pair = _conflict(graph, aspect, kept[a], kept[b])
                    if pair is not None:
                        yield self._finding(graph, *pair)

    def _finding(self, graph: FactGraph, first: ClaimRecord, second: ClaimRecord) -> Finding:
        value = _aspect(first)
        subject = first.entity or second.entity
        what = subject.name if subject else (_role(first) or value.about or "the event")
        message = (
            f"{WHAT[value.aspect]} of {what}: {first.source.id} says {str(value)!r} ({_who(first)}); "
            f"{second.source.id} says {str(_aspect(second))!r} ({_who(second)})"
        )
        return self.finding(
            subject or what,
            message,
            [quote(r.source, r.claim.span, f"{value.aspect}, {_who(r)}") for r in (first, second)],
            attribute=f"event:{value.aspect}",
            values=[str(_aspect(first)), str(_aspect(second))],
        )


def _role(record: ClaimRecord) -> str | None:
    """The role a claim with no named subject is about ("the stationmaster"), keyed in its `about`."""
    about = _aspect(record).about
    if record.entity is not None or ":" not in about:
        return None
    return "the " + about.split(":", 1)[0]


def _who(record: ClaimRecord) -> str:
    stance = record.claim.stance
    speaker = stance.speaker or ("a quotation" if stance.quoted else None)
    return f"according to {speaker}" if speaker else "in its own words"


def _telling_two(graph: FactGraph, aspect: str, records: Sequence[ClaimRecord]) -> bool:
    """A source that gives two values of an aspect itself tells of two events (or of a change)."""
    if aspect == "status":
        return False  # told apart by agreement and step
    asserted = [r for r in records if not r.claim.stance.negated]
    return any(_differ(graph, aspect, x, y) for x, y in combinations(asserted, 2))


def _same_subject(x: ClaimRecord, y: ClaimRecord) -> bool:
    """Both about the story's event, or both about one person: what befell a person ("X was shot")
    is not compared with the story's weapon ("an air strike hit the convoy"), a step before it."""
    if x.entity is None or y.entity is None:
        return x.entity is None and y.entity is None
    return x.entity.id == y.entity.id


def _object(graph: FactGraph, record: ClaimRecord) -> str:
    """The entity a name value points at, else its key."""
    index = record.claim.object
    entity = graph.entity_of(record.source.id, index) if index is not None else None
    return entity.id if entity else _aspect(record).value.casefold()


def _differ(graph: FactGraph, aspect: str, x: ClaimRecord, y: ClaimRecord) -> bool:
    a, b = _aspect(x), _aspect(y)
    if aspect in PERSONAL and a.about != b.about:
        return False  # another charge, or another role ("driver:" against "guard:")
    if not _same_about(a.about, b.about):
        return False
    if aspect in ("manner", "vehicle"):
        return _classes_conflict(a.value, b.value)
    if aspect == "death":
        return _accounts_differ(a.value, b.value)
    if aspect in ("model", "capture", "responsibility"):
        return a.value != b.value
    if aspect == "route":
        return _routes_differ(graph, x, y)
    if aspect == "status":
        return _states_differ(x, y)
    return _object(graph, x) != _object(graph, y)


def _routes_differ(graph: FactGraph, x: ClaimRecord, y: ClaimRecord) -> bool:
    """'A>B' against 'B>A'; or two destinations."""
    if _reversed(x, y):
        return True
    to_a, to_b = (_aspect(r).value.casefold().split(">", 1)[1] for r in (x, y))
    return _object(graph, x) != _object(graph, y) and to_a != to_b


def _reversed(x: ClaimRecord, y: ClaimRecord) -> bool:
    (from_a, to_a), (from_b, to_b) = (_aspect(r).value.casefold().split(">", 1) for r in (x, y))
    return bool(from_a and from_b) and from_a == to_b and to_a == from_b


def _states_differ(x: ClaimRecord, y: ClaimRecord) -> bool:
    """Two states of one step: 'signed' against 'postponed'; a person's 'yet to sign' only against
    the same person's 'signed'."""
    (step_a, state_a), (step_b, state_b) = (_state(r) for r in (x, y))
    if step_a != step_b or state_a == state_b:
        return False
    if "not" in (state_a, state_b) or (x.entity and y.entity):
        return x.entity is not None and y.entity is not None and x.entity.id == y.entity.id
    return True


def _state(record: ClaimRecord) -> tuple[str, str]:
    step, _, state = _aspect(record).value.partition(":")
    if record.claim.stance.negated:
        state = "not" if state == "done" else "neg-" + state
    return step, state


def _conflict(
    graph: FactGraph, aspect: str, first: Sequence[ClaimRecord], second: Sequence[ClaimRecord]
) -> tuple[ClaimRecord, ClaimRecord] | None:
    window = SAME_EVENT.get(aspect, SAME_DAY)
    for x in first:
        for y in second:
            if not comparable_standing(graph, x, y) or (aspect != "status" and not _same_subject(x, y)):
                continue
            if aspect != "status" and (x.claim.stance.negated or y.claim.stance.negated):
                continue
            anchored = bool(x.anchors & y.anchors) or (aspect in PERSONAL and _role(x) is not None)
            if not anchored or not _close(x, y, window) or not _differ(graph, aspect, x, y):
                continue
            if (
                _other_named(graph, aspect, x, y)
                or _holds_both(aspect, x, second)
                or _holds_both(aspect, y, first)
            ):
                continue
            return x, y
    return None


def comparable_standing(graph: FactGraph, x: ClaimRecord, y: ClaimRecord) -> bool:
    """Both the outlets' own words, or both credited; an outlet's own words and words credited to
    a named source the other outlet names too (not to "police" or "officials" unnamed)."""
    if x.claim.stance.attributed == y.claim.stance.attributed:
        return True
    credited, own = (x, y) if x.claim.stance.attributed else (y, x)
    stance = credited.claim.stance
    if stance.speaker_mention is not None:
        entity = graph.entity_of(credited.source.id, stance.speaker_mention)
        return entity is not None and entity.id in graph.entities_in(own.source.id)
    described = stance.speaker or ""
    return described != described.lower()


def _close(x: ClaimRecord, y: ClaimRecord, window: timedelta) -> bool:
    a, b = x.claim.as_of, y.claim.as_of
    return a is None or b is None or max(a.start - b.end, b.start - a.end, timedelta(0)) <= window


def _other_named(graph: FactGraph, aspect: str, x: ClaimRecord, y: ClaimRecord) -> bool:
    """A place, destination or leader conflicts only when neither source names the other's."""
    if aspect == "route" and _reversed(x, y):
        return False
    if aspect not in NAMED and aspect != "route":
        return False
    return _object(graph, x) in graph.entities_in(y.source.id) or _object(graph, y) in graph.entities_in(
        x.source.id
    )


def _holds_both(aspect: str, record: ClaimRecord, others: Sequence[ClaimRecord]) -> bool:
    """The other source also says this status (a longer story: postponed, then signed)."""
    if aspect != "status":
        return False
    return any(
        _state(o) == _state(record) and _same_about(_aspect(o).about, _aspect(record).about) for o in others
    )
