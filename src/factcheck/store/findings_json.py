"""Findings as compact JSON, for the run cache: every field kept, read back equal."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from factcheck.model import Evidence, Finding, Fix, Severity

_EVIDENCE_FIELDS = ("source_id", "path", "text", "start", "end", "line", "column", "line_text", "note")
_FIX_FIELDS = ("path", "start", "end", "original", "replacement", "safe")


def findings_to_json(findings: Sequence[Finding]) -> str:
    return json.dumps([_finding(f) for f in findings], ensure_ascii=False, separators=(",", ":"))


def findings_from_json(text: str) -> tuple[Finding, ...]:
    """The findings written by `findings_to_json`; ValueError, KeyError or TypeError when damaged."""
    return tuple(_read_finding(item) for item in json.loads(text))


def _finding(finding: Finding) -> list[Any]:
    return [
        finding.rule,
        finding.name,
        finding.kind,
        int(finding.severity),
        finding.entity,
        finding.message,
        [[getattr(e, name) for name in _EVIDENCE_FIELDS] for e in finding.evidence],
        finding.attribute,
        list(finding.values),
        finding.accepted,
        [[getattr(f, name) for name in _FIX_FIELDS] for f in finding.fixes],
    ]


def _read_finding(item: list[Any]) -> Finding:
    rule, name, kind, severity, entity, message, evidence, attribute, values, accepted, fixes = item
    return Finding(
        rule=str(rule),
        name=str(name),
        kind=str(kind),
        severity=Severity(severity),
        entity=str(entity),
        message=str(message),
        evidence=tuple(Evidence(**dict(zip(_EVIDENCE_FIELDS, fields, strict=True))) for fields in evidence),
        attribute=str(attribute),
        values=tuple(str(v) for v in values),
        accepted=str(accepted),
        fixes=tuple(Fix(**dict(zip(_FIX_FIELDS, fields, strict=True))) for fields in fixes),
    )
