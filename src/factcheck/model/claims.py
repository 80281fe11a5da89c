"""What a source says: claims about its mentions, with their values, qualifiers and evidence."""

from __future__ import annotations

from dataclasses import dataclass

from factcheck.model.dates import DateRange
from factcheck.model.entities import Mention
from factcheck.model.source import Span


@dataclass(frozen=True, slots=True)
class Title:
    """A role as written: office ("president"), modifier ("elect", "former"), of what."""

    office: str
    modifier: str | None = None
    jurisdiction: str | None = None

    def __str__(self) -> str:
        office = self.office + ("-elect" if self.modifier == "elect" else "")
        prefix = f"{self.modifier} " if self.modifier and self.modifier != "elect" else ""
        where = f" of {self.jurisdiction}" if self.jurisdiction else ""
        return f"{prefix}{office}{where}"


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number as an interval: "more than 100" is (101, inf); `counted` says of what."""

    low: float
    high: float
    unit: str
    counted: str

    def overlaps(self, other: Quantity) -> bool:
        return self.low <= other.high and other.low <= self.high

    def __str__(self) -> str:
        def fmt(value: float) -> str:
            return "∞" if value == float("inf") else f"{value:g}"

        value = fmt(self.low) if self.low == self.high else f"{fmt(self.low)}..{fmt(self.high)}"
        unit = f" {self.unit}" if self.unit else ""
        return f"{value}{unit}"


@dataclass(frozen=True, slots=True)
class Happening:
    """An event fact: who did what ("attend"), said with which polarity."""

    action: str
    target: str


ClaimValue = Title | Quantity | DateRange | Happening | str


@dataclass(frozen=True, slots=True)
class Qualifiers:
    """What tempers a claim: when it holds, whether negated, hedged or someone else's words."""

    as_of: DateRange | None = None
    negated: bool = False
    hedged: bool = False
    attributed_to: str | None = None


@dataclass(frozen=True, slots=True)
class Claim:
    """Something a source says about a subject mention, with its evidence and the rule that made it."""

    subject: int | None  # index into the extraction's mentions; None when no name is the subject
    predicate: str  # "title", "party", "quantity", "date", "event"
    value: ClaimValue
    span: Span
    rule: str
    qualifiers: Qualifiers = Qualifiers()
    topic: str = ""  # what a number counts, a date dates, an event is ("deaths", "summit")
    anchors: tuple[int, ...] = ()  # the other mentions of the clause, to tell what it is about
    object: int | None = None  # a mention the claim points to (the party of a party claim)


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extracted from one source."""

    source_id: str
    content_hash: str
    extractor_version: str
    mentions: tuple[Mention, ...]
    claims: tuple[Claim, ...]
