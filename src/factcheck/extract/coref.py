"""Within-source coreference: short forms and acronyms point to the full name they stand for."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from factcheck.extract.names import initials, is_acronym
from factcheck.model import EntityType

_SPACES = re.compile(r"\s+")
FULL_NAME_TYPES = (EntityType.PERSON, EntityType.UNKNOWN)


@dataclass(frozen=True, slots=True)
class LocalName:
    """A name as it stands in the source, before coreference."""

    text: str
    type: EntityType
    position: int  # document order
    defines: str | None = None  # for "Indo-Pacific Four (IP4)": the acronym this name expands


def clean(text: str) -> str:
    text = _SPACES.sub(" ", text).strip()
    for suffix in ("’s", "'s", "’", "'"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    return text


def resolve_local(names: Sequence[LocalName]) -> list[tuple[str, EntityType, str]]:
    """For each name, the full in-source name it refers to, its type, and the rule that linked it."""
    expansions = {n.defines: n for n in names if n.defines}
    long_names = [n for n in names if len(n.text.split()) >= 2 or ("-" in n.text and not is_acronym(n.text))]
    resolved: list[tuple[str, EntityType, str]] = []
    for name in names:
        resolved.append(_resolve(name, expansions, long_names))
    return resolved


def _resolve(
    name: LocalName, expansions: dict[str, LocalName], long_names: Sequence[LocalName]
) -> tuple[str, EntityType, str]:
    text = name.text
    if is_acronym(text):
        if text in expansions:
            full = expansions[text]
            return full.text, _org_type(full.type), "coref.acronym-defined"
        for candidate in long_names:
            if (
                candidate.type not in FULL_NAME_TYPES
                and initials(candidate.text) == text.replace("-", "").lower()
            ):
                return candidate.text, candidate.type, "coref.acronym-initials"
        return text, name.type, "coref.self"
    if len(text.split()) == 1 and name.type in FULL_NAME_TYPES:
        match = _nearest_full_name(name, long_names)
        if match is not None:
            return match.text, EntityType.PERSON, "coref.short-form"
    return text, name.type, "coref.self"


def _org_type(kind: EntityType) -> EntityType:
    return kind if kind in (EntityType.PARTY, EntityType.GROUP) else EntityType.ORGANIZATION


def _nearest_full_name(name: LocalName, long_names: Sequence[LocalName]) -> LocalName | None:
    word = name.text.casefold()
    candidates = [
        c
        for c in long_names
        if c.type == EntityType.PERSON
        and word in (c.text.split()[0].casefold(), c.text.split()[-1].casefold())
    ]
    if not candidates:
        return None
    before = [c for c in candidates if c.position < name.position]
    if before:
        return max(before, key=lambda c: c.position)
    return min(candidates, key=lambda c: c.position)
