"""The line a quote comes from, shortened to fit the width, with carets under the quoted span.

Widths are counted in terminal cells (a wide character takes two), and tabs become four spaces
in the line and in the caret line alike, as rustc does, so the carets stay under the span."""

from __future__ import annotations

import re
from dataclasses import dataclass

from rich.cells import cell_len

from factcheck.model import Evidence

TAB = "    "
CUT = "… "  # a line cut short: "… " before what is kept, " …" after it


@dataclass(frozen=True, slots=True)
class Excerpt:
    """A quoted line in three parts: `before` the span (with any "…"), the `span`, and `after` it."""

    before: str
    span: str
    after: str

    @property
    def carets(self) -> str:
        """Blanks under `before` and one caret per cell of the span (at least one)."""
        return " " * cell_len(self.before) + "^" * max(1, cell_len(self.span))


def excerpt(evidence: Evidence, width: int) -> Excerpt | None:
    """The evidence's line cut at word boundaries to about `width` cells around the quote; None for
    evidence with no line to show (an entry of the registry)."""
    if evidence.column is None or not evidence.line_text:
        return None
    line = evidence.line_text
    start = min(evidence.column - 1, len(line))
    end = max(start, min(start + len(evidence.text), len(line)))
    before, span, after = (part.replace("\t", TAB) for part in (line[:start], line[start:end], line[end:]))
    room = width - cell_len(span) - 2 * len(CUT)
    if room < 0:  # a quote about as wide as the line: the quote alone, cut short if it must be
        kept = _fit(span, width) if cell_len(span) <= width else _fit(span, width - len(CUT))
        return Excerpt("", kept, "" if kept == span else CUT[::-1])
    shown_before = _tail(before, max(room // 2, room - cell_len(after)))
    shown_after = _head(after, room - cell_len(shown_before))
    return Excerpt(
        (CUT if shown_before != before else "") + shown_before,
        span,
        shown_after + (CUT[::-1] if shown_after != after else ""),
    )


def _tail(text: str, cells: int) -> str:
    """The end of `text` in at most `cells` cells, from the start of a word (nothing when one word
    is too long)."""
    if cell_len(text) <= cells:
        return text
    kept = _fit(text[::-1], cells)[::-1]
    if text[-len(kept) - 1].isspace():
        return kept.lstrip()
    blank = re.search(r"\s", kept)
    return kept[blank.end() :].lstrip() if blank else ""


def _head(text: str, cells: int) -> str:
    """The start of `text` in at most `cells` cells, up to the end of a word (nothing when one word
    is too long)."""
    if cell_len(text) <= cells:
        return text
    kept = _fit(text, cells)
    if text[len(kept)].isspace():
        return kept.rstrip()
    blank = max(kept.rfind(" "), kept.rfind("\t"))
    return kept[:blank].rstrip() if blank >= 0 else ""


def _fit(text: str, cells: int) -> str:
    """The longest start of `text` that takes at most `cells` cells."""
    used = 0
    for index, char in enumerate(text):
        used += cell_len(char)
        if used > cells:
            return text[:index]
    return text
