"""The GitLab Code Quality report: a JSON list of issues, each with a fingerprint and a location."""

from __future__ import annotations

import hashlib
import json
from typing import Any, TextIO

from factcheck.model import CheckResult, Finding, Notice, Severity
from factcheck.policy.fingerprint import fingerprint
from factcheck.report.locations import location, primary, secondary
from factcheck.report.order import distinct

SEVERITIES = {Severity.ERROR: "critical", Severity.WARNING: "major", Severity.INFO: "info"}
NOTICE_SEVERITY = "minor"
CATEGORIES = {"spelling": "Style"}  # every other kind of finding is a factual disagreement
DEFAULT_CATEGORY = "Bug Risk"

JSON = dict[str, Any]


def render(report: CheckResult, out: TextIO) -> None:
    report = distinct(report)  # GitLab wants each issue's fingerprint once
    issues = [_finding(f) for f in report.findings] + [_notice(n) for n in report.notices]
    json.dump(issues, out, indent=2, ensure_ascii=False)
    out.write("\n")


def _finding(finding: Finding) -> JSON:
    shown = primary(finding)
    others = [location(e) for e in secondary(finding)]
    description = finding.message + (f" (also: {', '.join(others)})" if others else "")
    return {
        "type": "issue",
        "check_name": finding.rule,
        "description": description,
        "categories": [CATEGORIES.get(finding.kind, DEFAULT_CATEGORY)],
        "fingerprint": fingerprint(finding),
        "severity": SEVERITIES[finding.severity],
        "location": {
            "path": shown.path if shown else "",
            "lines": {"begin": (shown.line if shown else None) or 1},
        },
    }


def _notice(notice: Notice) -> JSON:
    return {
        "type": "issue",
        "check_name": notice.code,
        "description": notice.message,
        "categories": ["Style"],
        "fingerprint": notice_fingerprint(notice),
        "severity": NOTICE_SEVERITY,
        "location": {"path": notice.path, "lines": {"begin": notice.line}},
    }


def notice_fingerprint(notice: Notice) -> str:
    """Like a finding's, it leaves the line out, so that a notice keeps its identity when lines move."""
    payload = json.dumps([notice.code, notice.path, notice.message], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:32]
