"""What a source's own figures say of each other: a part it tells apart from its whole, a value it
gives as well as another. Two sources disagree about a count only where neither says both."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from factcheck.graph import ClaimRecord
from factcheck.model import Quantity

Key = tuple[str, int]  # a figure: its source and where it starts
Places = Callable[[ClaimRecord], set[str]]  # the places below the country level a figure names
Agree = Callable[[Quantity, Quantity], bool]


def key(record: ClaimRecord) -> Key:
    return record.source.id, record.claim.span.start


def told_apart(records: Iterable[ClaimRecord], local: Places, agree: Agree) -> set[Key]:
    """The figures a source places in a town or district while it gives a larger figure of the same
    count that it does not place there: "24 died in the province ... 12 of them in Lowmoor district"
    (a count of one district, and no rival of another source's 24)."""
    by_source: dict[str, list[ClaimRecord]] = {}
    for record in records:
        by_source.setdefault(record.source.id, []).append(record)
    parts: set[Key] = set()
    for same in by_source.values():
        for record in same:
            places = local(record)
            if places and any(_larger(other, record, agree) and local(other) != places for other in same):
                parts.add(key(record))
    return parts


def _larger(other: ClaimRecord, record: ClaimRecord, agree: Agree) -> bool:
    a, b = other.claim.value, record.claim.value
    assert isinstance(a, Quantity) and isinstance(b, Quantity)
    alike = (a.kind, a.dimension, a.currency) == (b.kind, b.dimension, b.currency)
    return alike and a.low > b.high and not agree(a, b)


def also_given(records: Iterable[ClaimRecord], first: ClaimRecord, second: ClaimRecord, agree: Agree) -> bool:
    """One source gives the other's figure as well ("about 50 treated at one clinic" and "more than
    200 injured" in one report): what the other source says is then one of its own figures."""
    a, b = first.claim.value, second.claim.value
    assert isinstance(a, Quantity) and isinstance(b, Quantity)
    for record in records:
        value = record.claim.value
        if record is first or record is second or not isinstance(value, Quantity):
            continue
        if record.source.id == second.source.id and agree(value, a):
            return True
        if record.source.id == first.source.id and agree(value, b):
            return True
    return False
