"""Quote marks paired into quotations: straight and curly, double and single, split over paragraphs."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

MARKS = re.compile(r"[\"“”„‟«»‘’'‚‹›]")
# A paragraph ends at a blank line; its text starts at the next character that is not white space.
PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n\s*")
DOUBLE = '"“”„‟«»'
# An opening mark follows white space, an opening bracket or dash, or another opening mark.
OPEN_AFTER = "([{—–-/\"“‘'«‹„"
CLOSE_BEFORE = ".,;:!?)]}—–-/…\"”’'»›"
# Elisions written with an apostrophe at the start of a word ("'90s", "'em", "rock 'n' roll").
ELISION = re.compile(r"(?:\d0s|em|til|tis|twas|cause|cos|n|bout|round|nuff)\b", re.IGNORECASE)
SENTENCE_END = ".!?…:"


@dataclass(frozen=True, slots=True)
class Marked:
    """A quotation as its marks delimit it: the parts' inner spans, from its first mark to its last."""

    parts: tuple[tuple[int, int], ...]
    start: int  # the first opening mark
    end: int  # after the last closing mark, or the end of the paragraph when it was never closed
    paragraph: int  # index of the paragraph it starts in


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of the paragraphs (blank-line separated), white space around them left out."""
    spans, start = [], len(text) - len(text.lstrip())
    for found in PARAGRAPH_BREAK.finditer(text, start):
        spans.append((start, found.start()))
        start = found.end()
    spans.append((start, len(text)))
    return [(s, _trim_end(text, s, e)) for s, e in spans]


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _role(text: str, at: int) -> str:
    """'open', 'close', 'either' (a straight mark between two words or two spaces), or '' (an apostrophe)."""
    mark, before = text[at], text[at - 1] if at else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    left = not after.isspace() and (before.isspace() or before in OPEN_AFTER)
    right = not before.isspace() and (after.isspace() or after in CLOSE_BEFORE)
    if mark in DOUBLE:
        if mark in "“„‟«" or (mark == '"' and left and not right):
            return "close" if right and not left else "open"
        if mark in "”»" or (right and not left):
            return "open" if left and not right else "close"
        return "either"
    if before.isalnum() and after.isalnum():
        return ""
    if left and not right:
        # A right single mark at the start of a word is an apostrophe ("’90s"); so are elisions.
        return "" if mark in "’›" or ELISION.match(text, at + 1) else "open"
    return "close" if right and not left else ""


def _sentence_start(text: str, at: int, floor: int) -> bool:
    """Whether a mark opens a sentence: only white space since a full stop, a colon or the paragraph start."""
    k = at - 1
    while k >= floor and text[k].isspace():
        k -= 1
    return k < floor or text[k] in SENTENCE_END


class _Pairing:
    """Pairs the marks of one family in text order; `strict` drops a quotation left open at a paragraph's end
    (single marks: an apostrophe taken for an opening mark must not run on to the paragraph's end)."""

    def __init__(self, text: str, bounds: Sequence[tuple[int, int]], strict: bool) -> None:
        self.text, self.bounds, self.strict = text, bounds, strict
        self.found: list[Marked] = []
        self.parts: list[tuple[int, int]] = []
        self.opened, self.first, self.paragraph, self.began = -1, -1, 0, 0

    def close(self, end: int, mark_end: int) -> None:
        self.parts.append((self.opened, end))
        self.opened = -1
        self.flush(mark_end)

    def flush(self, end: int) -> None:
        parts = tuple(
            (s, _trim_end(self.text, s, e)) for s, e in self.parts if _trim_end(self.text, s, e) > s
        )
        parts = tuple((s + len(self.text[s:e]) - len(self.text[s:e].lstrip()), e) for s, e in parts)
        if parts:
            self.found.append(Marked(parts, self.first, end, self.began))
        self.parts, self.first = [], -1

    def advance(self, at: int) -> None:
        """Leave the paragraphs that end before `at`; a quotation left open continues only when the next
        paragraph opens with a mark of the same family."""
        while self.paragraph + 1 < len(self.bounds) and at >= self.bounds[self.paragraph + 1][0]:
            end = self.bounds[self.paragraph][1]
            if self.opened >= 0:
                self.parts.append((self.opened, end))
                self.opened = -1
                following = self.bounds[self.paragraph + 1][0]
                if at != following or _role(self.text, at) not in ("open", "either"):
                    self.parts = [] if self.strict else self.parts
                    self.flush(end)
            elif self.parts:
                self.flush(end)
            self.paragraph += 1

    def mark(self, at: int, role: str) -> None:
        self.advance(at)
        if self.opened < 0:
            if role in ("open", "either"):
                self.opened = at + 1
                if self.first < 0:
                    self.first, self.began = at, self.paragraph
        elif (
            role == "open"
            and not self.strict
            and _sentence_start(self.text, at, self.bounds[self.paragraph][0])
        ):
            # A quotation that runs on into a new paragraph (whose break was lost) opens again.
            self.parts.append((self.opened, at))
            self.opened = at + 1
        elif role == "open" and self.strict:
            self.parts, self.first, self.opened, self.began = [], at, at + 1, self.paragraph
        else:
            self.close(at, at + 1)

    def finish(self) -> list[Marked]:
        self.advance(len(self.text) + 1)
        if self.opened >= 0 and not self.strict:
            self.close(self.bounds[self.paragraph][1], self.bounds[self.paragraph][1])
        elif self.parts and not self.strict:
            self.flush(self.bounds[self.paragraph][1])
        return self.found


def marked_quotations(text: str, bounds: Sequence[tuple[int, int]]) -> list[Marked]:
    """Double-quoted stretches, then single-quoted ones outside them; one nested in another is left out."""
    doubles, singles = _Pairing(text, bounds, strict=False), _Pairing(text, bounds, strict=True)
    pending: list[tuple[int, str]] = []
    for found in MARKS.finditer(text):
        role = _role(text, found.start())
        if role and found.group() in DOUBLE:
            doubles.mark(found.start(), role)
        elif role:
            pending.append((found.start(), role))
    outer = doubles.finish()
    for at, role in _outside(pending, outer):
        singles.mark(at, role)
    inner = singles.finish()
    return sorted(_outside_spans(outer, inner) + _outside_spans(inner, outer), key=lambda q: q.start)


def _outside(marks: list[tuple[int, str]], quotes: list[Marked]) -> Iterator[tuple[int, str]]:
    """The marks that stand outside every quotation (both lists in text order)."""
    k = 0
    for at, role in marks:
        while k < len(quotes) and quotes[k].end <= at:
            k += 1
        if k == len(quotes) or at < quotes[k].start:
            yield at, role


def _outside_spans(quotes: list[Marked], others: list[Marked]) -> list[Marked]:
    """The quotations not nested inside one of the others (both lists in text order)."""
    kept, k = [], 0
    for quote in quotes:
        while k < len(others) and others[k].end <= quote.start:
            k += 1
        if not (k < len(others) and others[k].start < quote.start and quote.end <= others[k].end):
            kept.append(quote)
    return kept
