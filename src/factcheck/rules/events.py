"""(stub) Rules over events."""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.graph import FactGraph
from factcheck.model import Finding
from factcheck.model import Severity as S
from factcheck.rules.base import Rule


class EventConflict(Rule):
    """(stub) One line saying what it flags.

    Conflicting:
        a.md: "..."
        b.md: "..."

    Consistent:
        a.md: "..."
        b.md: "..."
    """

    code = "FC601"
    name = "event.conflict"
    kind = "event"
    severity = S.WARNING

    def check(self, graph: FactGraph) -> Iterator[Finding]:
        return iter(())
