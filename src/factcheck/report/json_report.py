"""The JSON report, version 1: the contract scripts and the evaluation tools read."""

from __future__ import annotations

import json
from typing import Any, TextIO

from factcheck import __version__
from factcheck.model import CheckResult, Evidence, Finding, Fix, Notice, Severity, Source
from factcheck.policy.fingerprint import fingerprint

REPORT_VERSION = 1


def render(report: CheckResult, out: TextIO) -> None:
    # one write: json.dump writes each token, which costs more than the encoding on a large report
    out.write(json.dumps(as_dict(report), indent=2, ensure_ascii=False) + "\n")


def as_dict(report: CheckResult) -> dict[str, Any]:
    return {
        "version": REPORT_VERSION,
        "tool": {"name": "factcheck", "version": __version__},
        "sources": [_source(s) for s in report.sources],
        "findings": [finding_dict(f) for f in report.findings],
        "summary": {str(s): report.count(s) for s in sorted(Severity, reverse=True)},
        "baselined": report.baselined,
        "stale_baseline": report.stale_baseline,
        "suppressed": report.suppressed,
        "notices": [_notice(n) for n in report.notices],
    }


def _source(source: Source) -> dict[str, Any]:
    return {
        "id": source.id,
        "path": source.path,
        "published": source.published.isoformat() if source.published else None,
        "published_from": source.published_from,
        "story_day": source.story_day.isoformat() if source.story_day else None,
    }


def finding_dict(finding: Finding) -> dict[str, Any]:
    found: dict[str, Any] = {
        "rule": finding.rule,
        "name": finding.name,
        "kind": finding.kind,
        "severity": str(finding.severity),
        "entity": finding.entity,
        "message": finding.message,
        "attribute": finding.attribute,
        "values": list(finding.values),
        "evidence": [_evidence(e) for e in finding.evidence],
        "fingerprint": fingerprint(finding),
    }
    if finding.accepted:
        found["accepted"] = finding.accepted
    if finding.fixes:
        found["fix"] = _fix(first_fix(finding))
        found["fixes"] = [_fix(f) for f in finding.fixes]
    return found


def first_fix(finding: Finding) -> Fix:
    """The edit at the finding's first quote when it has one there (the target's, as the report
    anchors it), else the first edit by path and offset."""
    first = finding.evidence[0] if finding.evidence else None
    at_first = [f for f in finding.fixes if first and (f.path, f.start) == (first.path, first.start)]
    return (at_first or list(finding.fixes))[0]


def _fix(fix: Fix) -> dict[str, Any]:
    return {
        "path": fix.path,
        "start": fix.start,
        "end": fix.end,
        "original": fix.original,
        "replacement": fix.replacement,
        "applicability": "safe" if fix.safe else "unsafe",  # ruff's word for it
    }


def _notice(notice: Notice) -> dict[str, Any]:
    return {"path": notice.path, "line": notice.line, "code": notice.code, "message": notice.message}


def _evidence(evidence: Evidence) -> dict[str, Any]:
    data: dict[str, Any] = {"source": evidence.source_id, "path": evidence.path, "text": evidence.text}
    for key in ("start", "end", "line", "column"):
        value = getattr(evidence, key)
        if value is not None:
            data[key] = value
    if evidence.note:
        data["note"] = evidence.note
    return data
