"""The outcome of a check as every reporter receives it, with what it says about the rules run."""

from __future__ import annotations

from dataclasses import dataclass

from factcheck.model.findings import Finding, Notice, Severity
from factcheck.model.source import Source

# The report formats, by the name `--output-format` and the configuration give them.
OUTPUT_FORMATS = ("full", "concise", "json", "sarif", "github", "gitlab", "junit", "markdown", "html")


@dataclass(frozen=True, slots=True)
class RuleInfo:
    """What a report says about a rule: its code, name, kind, default severity and documentation."""

    code: str
    name: str
    kind: str
    severity: Severity
    summary: str
    documentation: str
    fixable: bool = False  # its findings may carry fixes (`--fix`, `--diff`)


@dataclass(frozen=True, slots=True)
class CheckResult:
    """The outcome of a check, as every reporter receives it.

    `findings` are those reported: in the targets, not baselined, not suppressed. The counts say
    how many were left out and why; `notices` are problems of the run itself (unused suppressions).
    `failed` is the policy's verdict on the findings at `fail_on`."""

    sources: tuple[Source, ...]
    findings: tuple[Finding, ...]
    fail_on: Severity
    failed: bool
    rules: tuple[RuleInfo, ...] = ()
    baselined: int = 0
    stale_baseline: int = 0
    suppressed: int = 0
    notices: tuple[Notice, ...] = ()

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.findings if f.severity == severity)
