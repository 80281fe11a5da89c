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
    """A named mention in one source. `key` is the full in-source name it refers to.

    `after_the` marks a name written after a lower-case "the " ("the Hague"); `placed_after` is
    the word a name is placed after by "in" or "at" ("summit" in "the summit in Eastport"), and
    then `context` holds the words of its sentence in lower case."""

    span: Span
    type: EntityType
    key: str
    rule: str
    after_the: bool = False
    placed_after: str = ""
    context: frozenset[str] = frozenset()


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
