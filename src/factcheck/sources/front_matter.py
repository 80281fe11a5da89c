"""Front matter and datelines: what an article says about itself before its story."""

from __future__ import annotations

import re
from datetime import date, datetime

import yaml

from factcheck.errors import SourceError
from factcheck.files import printable
from factcheck.sources.calendar import ABSOLUTE_DATE, match_to_range
from factcheck.sources.untrusted_yaml import load_untrusted

FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?---[ \t]*(?:\n|\Z)", re.DOTALL)

# A dateline is looked for only near the top: later dates are what the article talks about.
DATELINE_WINDOW = 400


def parse_front_matter(text: str, where: str) -> tuple[dict[str, object], int]:
    """The front matter as a mapping and the offset where the body starts."""
    match = FRONT_MATTER.match(text)
    if not match:
        return {}, 0
    try:
        data = load_untrusted(match.group(1) or "") or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + 2}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or "malformed YAML"
        raise SourceError(f"{where}{line}: malformed front matter: {problem}") from None
    if not isinstance(data, dict):
        raise SourceError(f"{where}: front matter must be a mapping of keys to values")
    return {str(k): v for k, v in data.items()}, match.end()


def coerce_date(value: object, where: str, key: str = "published") -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        match = ABSOLUTE_DATE.search(text)
        found = match_to_range(match, None) if match else None
        if found is None or found.precision != "day":
            raise SourceError(
                f"{where}: front matter '{key}' is not a date: {printable(repr(text))}"
            ) from None
        return found.start


def find_dateline(text: str, body_start: int) -> date | None:
    """A byline date near the top ("March 4, 2031 at 09:15 CET"); only a full date counts."""
    window = text[body_start : body_start + DATELINE_WINDOW]
    for match in ABSOLUTE_DATE.finditer(window):
        found = match_to_range(match, None)
        if found is not None and found.precision == "day":
            line_start = window.rfind("\n", 0, match.start()) + 1
            line_end = window.find("\n", match.end())
            line = window[line_start : line_end if line_end >= 0 else len(window)].strip()
            if _is_dateline(line, match.start() - line_start):
                return found.start
    return None


def _is_dateline(line: str, date_at: int) -> bool:
    """A byline date on a short line of its own ("March 4, 2031 at 09:15 CET"), or a dateline
    opening the story ("TOKYO, June 26, 2025 (Wire) -"); not a date inside a sentence."""
    if len(line) <= 80 and not line.endswith((".", "!", "?", '"', "”")):
        return True
    head = line[:date_at]
    return date_at <= 40 and (head == "" or (head.rstrip().endswith(",") and head.split(",")[0].isupper()))
