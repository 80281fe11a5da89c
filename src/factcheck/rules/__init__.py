"""The comparison rules: an explicit tuple of the built-in ones, looked up by code or name, run over one context."""

from __future__ import annotations

import difflib
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

SIMILAR = 0.6  # difflib's cutoff for a did-you-mean

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


def canonical_selector(selector: str) -> str:
    """A rule code, code prefix or name as the rules write it, whatever its case: codes and
    prefixes upper-case ("fc101" is FC101, "fc2" FC2), names lower-case ("Spelling.Style")."""
    text = selector.strip()
    return text.lower() if "." in text else text.upper()


def rule_by_code(code: str) -> type[Rule] | None:
    """The rule with this code or name, in any case."""
    wanted = canonical_selector(code)
    return next((r for r in BUILTIN_RULES if wanted in (r.code, r.name)), None)


def rules_in_code_order() -> tuple[type[Rule], ...]:
    return tuple(sorted(BUILTIN_RULES, key=lambda rule: rule.code))


def closest_rule(selector: str) -> type[Rule] | None:
    """The rule whose code or name is closest to a mistyped one ("FC1O1" is FC101), if any is
    close; between equally similar words, the one with more characters in the same places."""
    wanted = canonical_selector(selector)
    by_word = {r.code: r for r in BUILTIN_RULES} | {r.name: r for r in BUILTIN_RULES}

    def likeness(word: str) -> tuple[float, int]:
        in_place = sum(a == b for a, b in zip(word, wanted, strict=False))
        return difflib.SequenceMatcher(None, wanted, word).ratio(), in_place

    best = max(by_word, key=likeness)
    return by_word[best] if likeness(best)[0] >= SIMILAR else None


def rule_hint(selector: str) -> str:
    """ "; did you mean FC101 (title.conflict)?" for a mistyped code or name, "" when none is close."""
    close = closest_rule(selector)
    return f"; did you mean {close.code} ({close.name})?" if close else ""


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


__all__ = [
    "BUILTIN_RULES",
    "Rule",
    "RuleContext",
    "RuleSettings",
    "canonical_selector",
    "closest_rule",
    "rule_by_code",
    "rule_hint",
    "rules_in_code_order",
    "run_rules",
]
