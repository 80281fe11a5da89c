"""The data model: every type that flows between the stages, from sources to the check result."""

from __future__ import annotations

from factcheck.model.claims import Claim, ClaimValue, Extraction, Happening, Qualifiers, Quantity, Title
from factcheck.model.dates import DateRange
from factcheck.model.entities import Entity, EntityType, Mention, MentionRef
from factcheck.model.findings import Evidence, Finding, Notice, Severity
from factcheck.model.registry import Entry, Link, Membership, Registry, Role
from factcheck.model.result import OUTPUT_FORMATS, CheckResult, RuleInfo
from factcheck.model.source import Source, Span

__all__ = [
    "OUTPUT_FORMATS",
    "CheckResult",
    "Claim",
    "ClaimValue",
    "DateRange",
    "Entity",
    "EntityType",
    "Entry",
    "Evidence",
    "Extraction",
    "Finding",
    "Happening",
    "Link",
    "Membership",
    "Mention",
    "MentionRef",
    "Notice",
    "Qualifiers",
    "Quantity",
    "Registry",
    "Role",
    "RuleInfo",
    "Severity",
    "Source",
    "Span",
    "Title",
]
