"""The comparison rules: an explicit tuple of the built-in ones, looked up by code or name, run over one context."""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.collector import collector_paused
from factcheck.model import Finding
from factcheck.rules.aspects import AspectConflict
from factcheck.rules.base import Rule, RuleContext, RuleSettings
from factcheck.rules.bearings import BearingConflict
from factcheck.rules.dates import DateConflict, RegistryEventDate, RegistryEventPlace
from factcheck.rules.events import EventConflict
from factcheck.rules.numbers import NumberConflict
from factcheck.rules.parties import PartyConflict, PartyName, RegistryParty
from factcheck.rules.quotes import QuoteConflict
from factcheck.rules.roles import RoleRankConflict
from factcheck.rules.scores import ScoreConflict
from factcheck.rules.spelling import PhraseTypo, RegistrySpelling, SpellingStyle, SpellingVariant
from factcheck.rules.sports import MomentConflict, SideConflict
from factcheck.rules.times import TimeOfDayConflict
from factcheck.rules.titles import RegistryTitle, TitleConflict

BUILTIN_RULES: tuple[type[Rule], ...] = (
    TitleConflict,
    RegistryTitle,
    SpellingVariant,
    SpellingStyle,
    PhraseTypo,
    RegistrySpelling,
    PartyConflict,
    PartyName,
    RegistryParty,
    DateConflict,
    RegistryEventDate,
    NumberConflict,
    EventConflict,
    RegistryEventPlace,
    QuoteConflict,
    BearingConflict,
    AspectConflict,
    TimeOfDayConflict,
    MomentConflict,
    SideConflict,
    ScoreConflict,
    RoleRankConflict,
)


def rule_by_code(code: str) -> type[Rule] | None:
    wanted = code.strip()
    return next((r for r in BUILTIN_RULES if wanted in (r.code, r.name)), None)


def run_rules(context: RuleContext, rules: Sequence[type[Rule]] = BUILTIN_RULES) -> tuple[Finding, ...]:
    """The findings of the rules over a context, loudest first, then by entity, rule and place."""
    with collector_paused():  # the rules' many small records would make it walk the whole graph
        findings = [finding for rule in rules for finding in rule().check(context)]
    return tuple(sorted(findings, key=finding_order))


def finding_order(finding: Finding) -> tuple[object, ...]:
    first = finding.evidence[0] if finding.evidence else None
    return (
        -finding.severity,
        finding.entity.casefold(),
        finding.rule,
        first.path if first else "",
        first.start if first and first.start is not None else -1,
    )


__all__ = ["BUILTIN_RULES", "Rule", "RuleContext", "RuleSettings", "rule_by_code", "run_rules"]
