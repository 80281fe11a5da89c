"""The SARIF 2.1.0 report, in the shape GitHub code scanning accepts: rules, results, fingerprints."""

from __future__ import annotations

import json
from typing import Any, TextIO
from urllib.parse import quote

from factcheck import __version__
from factcheck.model import CheckResult, Evidence, Finding, Fix, Notice, RuleInfo, Severity, Source
from factcheck.policy.fingerprint import fingerprint
from factcheck.report.locations import end_position, is_quote, primary, secondary

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SRCROOT = "%SRCROOT%"
FINGERPRINT_KEY = "factcheck/v1"
# The project has no public home page yet; `tool.driver.informationUri` is written once it has one.
INFORMATION_URI: str | None = None
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
NOTICE_LEVEL = "warning"

JSON = dict[str, Any]


def render(report: CheckResult, out: TextIO) -> None:
    json.dump(as_dict(report), out, indent=2, ensure_ascii=False)
    out.write("\n")


def as_dict(report: CheckResult) -> JSON:
    return {"$schema": SCHEMA, "version": "2.1.0", "runs": [_run(report)]}


def _run(report: CheckResult) -> JSON:
    index = {rule.code: i for i, rule in enumerate(report.rules)}
    sources = {s.path: s for s in report.sources}
    return {
        "tool": {"driver": _driver(report.rules)},
        "invocations": [_invocation(report.notices)],
        "originalUriBaseIds": {
            SRCROOT: {
                "description": {
                    "text": "The folder factcheck was run from; article paths are relative to it."
                }
            }
        },
        "columnKind": "unicodeCodePoints",
        "results": [_result(f, index.get(f.rule), sources) for f in report.findings],
        "properties": {
            "baselined": report.baselined,
            "staleBaseline": report.stale_baseline,
            "suppressed": report.suppressed,
        },
    }


def _driver(rules: tuple[RuleInfo, ...]) -> JSON:
    driver: JSON = {"name": "factcheck", "version": __version__, "semanticVersion": __version__}
    if INFORMATION_URI:
        driver["informationUri"] = INFORMATION_URI
    driver["rules"] = [_rule(r) for r in rules]
    return driver


def _rule(rule: RuleInfo) -> JSON:
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.documentation},
        "help": {"text": rule.documentation},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"tags": [rule.kind]},
    }


def _invocation(notices: tuple[Notice, ...]) -> JSON:
    """The run itself; notices (an unused suppression, ...) are its tool execution notifications."""
    return {
        "executionSuccessful": True,
        "toolExecutionNotifications": [
            {
                "descriptor": {"id": n.code},
                "level": NOTICE_LEVEL,
                "message": {"text": n.message},
                "locations": [{"physicalLocation": _physical(n.path, {"startLine": n.line})}],
            }
            for n in notices
        ],
    }


def _result(finding: Finding, rule_index: int | None, sources: dict[str, Source]) -> JSON:
    result: JSON = {"ruleId": finding.rule}
    if rule_index is not None:
        result["ruleIndex"] = rule_index
    result["level"] = LEVELS[finding.severity]
    result["message"] = {"text": finding.message}
    shown = primary(finding)
    result["locations"] = [{"physicalLocation": _evidence_location(shown)}] if shown else []
    related = [_related(i, e) for i, e in enumerate(secondary(finding), start=1)]
    if related:
        result["relatedLocations"] = related
    result["partialFingerprints"] = {FINGERPRINT_KEY: fingerprint(finding)}
    if finding.fixes:
        result["fixes"] = [_fix(finding, sources)]
    result["properties"] = {"entity": finding.entity, "name": finding.name, "kind": finding.kind}
    return result


def _fix(finding: Finding, sources: dict[str, Source]) -> JSON:
    """One SARIF fix of all the finding's edits, grouped by article: together they resolve it."""
    paths = dict.fromkeys(f.path for f in finding.fixes)
    return {
        "description": {"text": _fix_description(finding)},
        "artifactChanges": [
            {
                "artifactLocation": {"uri": artifact_uri(path), "uriBaseId": SRCROOT},
                "replacements": [_replacement(f, sources.get(path)) for f in finding.fixes if f.path == path],
            }
            for path in paths
        ],
    }


def _fix_description(finding: Finding) -> str:
    """`write 'Mara Velden'`, with `(unsafe: ...)` where the form is a guess from the corpus."""
    text = f"write '{finding.accepted}'" if finding.accepted else "fix the spelling"
    if not all(f.safe for f in finding.fixes):
        text += " (unsafe: the form most articles use; check it before applying)"
    return text


def _replacement(fix: Fix, source: Source | None) -> JSON:
    """The span by line and column (as the file on disk has it, whatever its line endings), else
    by character offsets into the text as read."""
    if source is None:
        region: JSON = {"charOffset": fix.start, "charLength": fix.end - fix.start}
    else:
        (line, column), (end_line, end_column) = source.position(fix.start), source.position(fix.end)
        region = {"startLine": line, "startColumn": column, "endLine": end_line, "endColumn": end_column}
    return {"deletedRegion": region, "insertedContent": {"text": fix.replacement}}


def _related(id_: int, evidence: Evidence) -> JSON:
    label = "reference" if not is_quote(evidence) else evidence.source_id
    text = f"{label}: {evidence.text}" + (f" ({evidence.note})" if evidence.note else "")
    return {"id": id_, "physicalLocation": _evidence_location(evidence), "message": {"text": text}}


def _evidence_location(evidence: Evidence) -> JSON:
    return _physical(evidence.path, _region(evidence))


def _region(evidence: Evidence) -> JSON | None:
    """The quoted span; a registry entry has a line at most."""
    if evidence.line is None:
        return None
    if not is_quote(evidence) or evidence.column is None:
        return {"startLine": evidence.line}
    end_line, end_column = end_position(evidence)
    region: JSON = {
        "startLine": evidence.line,
        "startColumn": evidence.column,
        "endLine": end_line,
        "endColumn": end_column,
    }
    if evidence.start is not None and evidence.end is not None:
        region["charOffset"] = evidence.start
        region["charLength"] = evidence.end - evidence.start
    region["snippet"] = {"text": evidence.text}
    return region


def _physical(path: str, region: JSON | None) -> JSON:
    location: JSON = {"artifactLocation": {"uri": artifact_uri(path), "uriBaseId": SRCROOT}}
    if region:
        location["region"] = region
    return location


def artifact_uri(path: str) -> str:
    """A relative URI reference: forward slashes, and anything a URI cannot hold percent-encoded."""
    return quote(path.replace("\\", "/"), safe="/")
