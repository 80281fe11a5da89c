"""(stub) Rules over dates."""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.graph import FactGraph
from factcheck.model import Finding
from factcheck.model import Severity as S
from factcheck.rules.base import Rule


class DateConflict(Rule):
    """(stub) One line saying what it flags.

    Conflicting:
        a.md: "..."
        b.md: "..."

    Consistent:
        a.md: "..."
        b.md: "..."
    """

    code = "FC401"
    name = "date.conflict"
    kind = "date"
    severity = S.WARNING

    def check(self, graph: FactGraph) -> Iterator[Finding]:
        return iter(())
