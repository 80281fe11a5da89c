"""Named mentions in one source, and the entities they are merged into across sources."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from factcheck.model.source import Span


class EntityType(enum.StrEnum):
    PERSON = "person"
    ORGANIZATION = "organization"
    PARTY = "party"
    PLACE = "place"
    GROUP = "group"
    EVENT = "event"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True, slots=True)
class Mention:
    """A named mention in one source. `key` is the full in-source name it refers to."""

    span: Span
    type: EntityType
    key: str
    rule: str


@dataclass(frozen=True, slots=True)
class MentionRef:
    source_id: str
    index: int


@dataclass(frozen=True, slots=True)
class Entity:
    """One real-world thing across sources, with the reasons its names were merged."""

    id: str
    name: str
    type: EntityType
    mentions: tuple[MentionRef, ...]
    aliases: tuple[str, ...]
    reasons: tuple[str, ...] = ()
