"""Markup in articles blanked out, offsets unchanged: HTML tags, scripts, styles and comments."""

from __future__ import annotations

import re
from collections.abc import Iterator

_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)

# Tags, scripts and styles are blanked; a factcheck suppression comment is kept for suppress.py.
# Each is tried, in this order, only where its closing mark still follows (see `_html_spans`).
_HTML_PARTS = (
    (re.compile(r"<script.*?</script>", re.DOTALL | re.IGNORECASE), "<script", "</script>"),
    (re.compile(r"<style.*?</style>", re.DOTALL | re.IGNORECASE), "<style", "</style>"),
    (re.compile(r"<!--(?!\s*factcheck:).*?-->", re.DOTALL), "<!--", "-->"),
    (re.compile(r"<(?!!--)[^>]+>"), "<", ">"),
)


def without_comments(text: str) -> str:
    """HTML comments (suppressions among them) blanked out, offsets unchanged: not article text."""
    # No comment ends after the last closing mark: an opener past it would make the pattern scan
    # to the end of the text from every opener, quadratic in a text of unclosed "<!--".
    bound = text.rfind("-->") + 3
    return _COMMENT.sub(_blanked, text[:bound]) + text[bound:]


def blank_html(text: str) -> str:
    """Replace tags by spaces so that offsets into the result still index the file."""
    pieces, done = [], 0
    for start, end in _html_spans(text):
        pieces += [text[done:start], _blanked(text[start:end])]
        done = end
    return "".join([*pieces, text[done:]])


def _blanked(found: re.Match[str] | str) -> str:
    return re.sub(r"[^\n]", " ", found if isinstance(found, str) else found.group(0))


def _html_spans(text: str) -> Iterator[tuple[int, int]]:
    """Where the scripts, styles, comments (but suppressions) and tags of an HTML text stand.

    A part is tried at a '<' only when its closing mark occurs far enough after it, so that
    unclosed openers cost nothing and every scan ends in a match that is then skipped: linear."""
    last_closing = [_last(closing, text) for _, _, closing in _HTML_PARTS]
    start = text.find("<")
    while start >= 0:
        end = start + 1
        for (pattern, opening, _), closing_at in zip(_HTML_PARTS, last_closing, strict=True):
            if closing_at >= start + len(opening):
                found = pattern.match(text, start)
                if found:
                    end = found.end()
                    yield start, end
                    break
        start = text.find("<", end)


def _last(mark: str, text: str) -> int:
    """Where a mark occurs last in a text, in any case (-1 when nowhere)."""
    found = -1
    for found_at in re.finditer(re.escape(mark), text, re.IGNORECASE):
        found = found_at.start()
    return found
