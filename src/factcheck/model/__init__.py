"""The data model: every type that flows between the stages, from sources to the check result."""

from __future__ import annotations

from factcheck.model.claims import (
    UNKNOWN_STAGE,
    Affiliation,
    Alias,
    Aspect,
    Bearing,
    Claim,
    ClaimValue,
    Dated,
    Happening,
    Predicate,
    Quantity,
    Quoted,
    Rank,
    Scope,
    Side,
    Stance,
    TimeOfDay,
    Title,
)
from factcheck.model.dates import DateRange, Precision
from factcheck.model.entities import Entity, EntityType, Mention, MentionRef
from factcheck.model.extraction import Extraction, NamePhrase, Vocabulary
from factcheck.model.findings import Evidence, Finding, Fix, Notice, Severity
from factcheck.model.registry import Entry, Link, Membership, Registry, Role
from factcheck.model.result import OUTPUT_FORMATS, CheckResult, RuleInfo
from factcheck.model.source import Source, Span

__all__ = [
    "OUTPUT_FORMATS",
    "UNKNOWN_STAGE",
    "Affiliation",
    "Alias",
    "Aspect",
    "Bearing",
    "CheckResult",
    "Claim",
    "ClaimValue",
    "DateRange",
    "Dated",
    "Entity",
    "EntityType",
    "Entry",
    "Evidence",
    "Extraction",
    "Finding",
    "Fix",
    "Happening",
    "Link",
    "Membership",
    "Mention",
    "MentionRef",
    "NamePhrase",
    "Notice",
    "Precision",
    "Predicate",
    "Quantity",
    "Quoted",
    "Rank",
    "Registry",
    "Role",
    "RuleInfo",
    "Scope",
    "Severity",
    "Side",
    "Source",
    "Span",
    "Stance",
    "TimeOfDay",
    "Title",
    "Vocabulary",
]
