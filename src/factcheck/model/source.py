"""An article as read, and the spans of its text that everything else points at."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of a source's text: offsets index the file as read, front matter included."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Source:
    """One article as read from disk."""

    id: str
    path: str
    text: str
    body_start: int
    content_hash: str
    published: date | None
    published_from: str  # "front matter", "dateline", "file path" or "unknown"
    not_before: date | None = None  # when undated: the latest past date the text refers to
    story_day: date | None = None  # when undated: a day its text names by weekday, so told within days of it
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
