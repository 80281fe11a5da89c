"""Reporters: each renders a finished report in one format and decides nothing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TextIO

from factcheck.model import Finding, Severity, Source


@dataclass(frozen=True, slots=True)
class Report:
    """The outcome of a check, as every reporter receives it."""

    sources: tuple[Source, ...]
    findings: tuple[Finding, ...]
    fail_on: Severity

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.findings if f.severity == severity)

    @property
    def failed(self) -> bool:
        return any(f.severity >= self.fail_on for f in self.findings)


Renderer = Callable[[Report, TextIO], None]


def reporters() -> dict[str, Renderer]:
    """The output formats by name; imported lazily so that a JSON run never loads rich."""
    from factcheck.report import json_report, terminal

    return {"full": terminal.render, "json": json_report.render}


FORMATS = ("full", "json")
