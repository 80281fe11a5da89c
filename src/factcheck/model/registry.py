"""The registry's data types: canonical entries with their roles, parties, dates and places."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from factcheck.model.claims import Title
from factcheck.model.dates import DateRange
from factcheck.model.entities import EntityType


@dataclass(frozen=True, slots=True)
class Role:
    """A title held over an interval; `end` is the day it ended (or None while it lasts)."""

    title: str
    start: date | None
    end: date | None
    line: int

    def holds_on(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)

    def __str__(self) -> str:
        since = f" from {self.start.isoformat()}" if self.start else ""
        until = f" to {self.end.isoformat()}" if self.end else ""
        return f"{self.title}{since}{until}"


@dataclass(frozen=True, slots=True)
class Membership:
    """Membership of a party over an interval."""

    party: str
    start: date | None
    end: date | None
    line: int

    def holds_on(self, day: date | None) -> bool:
        if day is None:
            return True
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class Entry:
    """One canonical entity of the registry, with the line it starts on."""

    name: str
    type: EntityType
    aliases: tuple[str, ...]
    avoid: tuple[str, ...]
    roles: tuple[Role, ...]
    parties: tuple[Membership, ...]
    date: DateRange | None
    place: str | None
    line: int
    wikidata: str | None = None

    @property
    def accepted(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True, slots=True)
class Registry:
    """The newsroom's reference registry as read from `path`."""

    path: str
    entries: tuple[Entry, ...]
    # Name or alias (case-folded) -> the first entry that accepts it; built on the first question.
    _by_name: dict[str, Entry] = field(default_factory=dict, init=False, compare=False, repr=False)

    def named(self, name: str) -> Entry | None:
        """The entry whose name or alias this is, exactly (case-insensitive)."""
        if not self._by_name:
            for entry in self.entries:
                for accepted in entry.accepted:
                    self._by_name.setdefault(accepted.casefold(), entry)
        return self._by_name.get(name.casefold())


@dataclass(frozen=True, slots=True)
class Link:
    """An entity's registry entry, why they were linked, and the entry's roles read as titles
    (in the order of `entry.roles`)."""

    entry: Entry
    reason: str
    titles: tuple[Title, ...] = ()

    def roles(self) -> list[tuple[Role, Title]]:
        return list(zip(self.entry.roles, self.titles, strict=True))
