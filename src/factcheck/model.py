"""Plain data types that flow through the pipeline: sources, spans, mentions, claims, findings."""

from __future__ import annotations

import enum
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date


class Severity(enum.IntEnum):
    """How loud a finding is; the order is the order of `--fail-on`."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    def __str__(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, text: str) -> Severity:
        return cls[text.strip().upper()]


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
class Span:
    """A stretch of a source's text: offsets index the file as read, front matter included."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class DateRange:
    """A calendar interval with the precision the text gave ("day", "month" or "year")."""

    start: date
    end: date
    precision: str = "day"

    def overlaps(self, other: DateRange) -> bool:
        return self.start <= other.end and other.start <= self.end

    def __str__(self) -> str:
        if self.start == self.end:
            return self.start.isoformat()
        if self.precision == "year" and self.start.year == self.end.year:
            return str(self.start.year)
        if self.precision == "month" and self.start.strftime("%Y-%m") == self.end.strftime("%Y-%m"):
            return self.start.strftime("%Y-%m")
        return f"{self.start.isoformat()}..{self.end.isoformat()}"


@dataclass(frozen=True, slots=True)
class Source:
    """One article as read from disk."""

    id: str
    path: str
    text: str
    body_start: int
    content_hash: str
    published: date | None
    published_from: str  # "front matter", "dateline", "text" or "unknown"
    not_before: date | None = None  # when undated: the latest past date the text refers to
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    line_starts: tuple[int, ...] = field(default=(0,), repr=False, compare=False)

    @property
    def body(self) -> str:
        return self.text[self.body_start :]

    def position(self, offset: int) -> tuple[int, int]:
        """The 1-based line and column of a character offset."""
        index = bisect_right(self.line_starts, offset) - 1
        return index + 1, offset - self.line_starts[index] + 1

    def line_text(self, line: int) -> str:
        start = self.line_starts[line - 1]
        end = self.line_starts[line] - 1 if line < len(self.line_starts) else len(self.text)
        return self.text[start:end].rstrip("\r")


@dataclass(frozen=True, slots=True)
class Mention:
    """A named mention in one source. `key` is the full in-source name it refers to."""

    span: Span
    type: EntityType
    key: str
    rule: str


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


@dataclass(frozen=True, slots=True)
class Evidence:
    """A quoted span of one source, or an entry of the reference registry."""

    source_id: str
    path: str
    text: str
    start: int | None = None
    end: int | None = None
    line: int | None = None
    column: int | None = None
    line_text: str = ""
    note: str = ""


@dataclass(frozen=True, slots=True)
class Finding:
    """A disagreement found by a rule, with its evidence from every source involved."""

    rule: str
    name: str
    kind: str
    severity: Severity
    entity: str
    message: str
    evidence: tuple[Evidence, ...]
    attribute: str = ""
    values: tuple[str, ...] = ()

    @property
    def paths(self) -> tuple[str, ...]:
        return tuple(sorted({e.path for e in self.evidence if e.start is not None}))


@dataclass(frozen=True, slots=True)
class Notice:
    """Something about the run itself that a user should act on, such as an unused suppression."""

    path: str
    line: int
    message: str
    code: str = "FC001"
