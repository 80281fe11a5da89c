"""(stub) Rules over party affiliation and party names."""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.graph import FactGraph
from factcheck.model import Finding
from factcheck.model import Severity as S
from factcheck.rules.base import Rule


class PartyConflict(Rule):
    """(stub)

    Conflicting:
        a.md: "..."

    Consistent:
        a.md: "..."
    """

    code = "FC301"
    name = "party.conflict"
    kind = "party"
    severity = S.WARNING

    def check(self, graph: FactGraph) -> Iterator[Finding]:
        return iter(())


class PartyName(Rule):
    """(stub)

    Conflicting:
        a.md: "..."

    Consistent:
        a.md: "..."
    """

    code = "FC302"
    name = "party.name"
    kind = "party"
    severity = S.WARNING

    def check(self, graph: FactGraph) -> Iterator[Finding]:
        return iter(())
