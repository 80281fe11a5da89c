"""The order a person reads findings in: loudest first, one heading per entity, each finding once."""

from __future__ import annotations

import dataclasses

from factcheck.model import CheckResult, Finding


def distinct(report: CheckResult) -> CheckResult:
    """The report with each finding once: a rule that reaches one conflict twice is listed once,
    and the counts of every text format count what it lists."""
    findings = tuple(dict.fromkeys(report.findings))
    return report if len(findings) == len(report.findings) else dataclasses.replace(report, findings=findings)


def by_entity(findings: tuple[Finding, ...]) -> list[tuple[str, list[Finding]]]:
    """Findings grouped by entity: the group of the loudest finding first (then by name), and within
    a group the loudest finding first, then by rule; the order of the findings is kept otherwise."""
    groups: dict[str, list[Finding]] = {}
    for finding in findings:
        groups.setdefault(finding.entity, []).append(finding)
    for group in groups.values():
        group.sort(key=lambda f: (-f.severity, f.rule))
    return sorted(groups.items(), key=lambda item: (-item[1][0].severity, item[0].casefold(), item[0]))
