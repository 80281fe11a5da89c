"""(stub) Rules over numbers."""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.graph import FactGraph
from factcheck.model import Finding
from factcheck.model import Severity as S
from factcheck.rules.base import Rule


class NumberConflict(Rule):
    """(stub) One line saying what it flags.

    Conflicting:
        a.md: "..."
        b.md: "..."

    Consistent:
        a.md: "..."
        b.md: "..."
    """

    code = "FC501"
    name = "number.conflict"
    kind = "number"
    severity = S.WARNING

    def check(self, graph: FactGraph) -> Iterator[Finding]:
        return iter(())
