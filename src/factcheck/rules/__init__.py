"""The comparison rules: an explicit tuple of the built-in ones, looked up by code or name."""

from __future__ import annotations

from factcheck.rules.base import Rule
from factcheck.rules.dates import DateConflict
from factcheck.rules.events import EventConflict
from factcheck.rules.numbers import NumberConflict
from factcheck.rules.parties import PartyConflict, PartyName
from factcheck.rules.registry import RegistryParty, RegistrySpelling, RegistryTitle
from factcheck.rules.registry_events import RegistryEventDate, RegistryEventPlace
from factcheck.rules.spelling import PhraseTypo, SpellingStyle, SpellingVariant
from factcheck.rules.titles import TitleConflict

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
)


def rule_by_code(code: str) -> type[Rule] | None:
    wanted = code.strip()
    return next((r for r in BUILTIN_RULES if wanted in (r.code, r.name)), None)


__all__ = ["BUILTIN_RULES", "Rule", "rule_by_code"]
