"""Reporters: each renders a finished report in one format and decides nothing."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TextIO

from factcheck.model import Finding, Notice, Severity, Source
from factcheck.rules import BUILTIN_RULES, Rule


@dataclass(frozen=True, slots=True)
class Report:
    """The outcome of a check, as every reporter receives it.

    `findings` are those reported: in the targets, not baselined, not suppressed. The counts say
    how many were left out and why; `notices` are problems of the run itself (unused suppressions)."""

    sources: tuple[Source, ...]
    findings: tuple[Finding, ...]
    fail_on: Severity
    rules: tuple[type[Rule], ...] = BUILTIN_RULES
    baselined: int = 0
    stale_baseline: int = 0
    suppressed: int = 0
    notices: tuple[Notice, ...] = ()

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.findings if f.severity == severity)

    @property
    def failed(self) -> bool:
        return any(f.severity >= self.fail_on for f in self.findings)


Renderer = Callable[[Report, TextIO], None]


FORMATS = ("full", "concise", "json", "sarif", "github", "gitlab", "junit", "markdown")


def reporter(name: str) -> Renderer:
    """The renderer of an output format, imported only when asked for (a JSON run never loads rich)."""
    module = importlib.import_module(f"factcheck.report.{MODULES[name]}")
    render: Renderer = module.render
    return render


MODULES = {
    "full": "terminal",
    "concise": "concise",
    "json": "json_report",
    "sarif": "sarif",
    "github": "github",
    "gitlab": "gitlab",
    "junit": "junit",
    "markdown": "markdown",
}
