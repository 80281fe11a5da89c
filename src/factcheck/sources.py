"""Loading articles from disk: files and folders, front matter, publication dates."""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime
from pathlib import Path

import yaml

from factcheck.dates import ABSOLUTE_DATE, latest_past_reference, match_to_range
from factcheck.errors import SourceError
from factcheck.model import Source
from factcheck.untrusted_yaml import load_untrusted

ARTICLE_SUFFIXES = (".md", ".markdown", ".txt", ".html", ".htm")
# Files that sit beside articles in a corpus but are not articles.
NOT_ARTICLES = {"readme.md", "license.md", "changelog.md"}
FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?---[ \t]*(?:\n|\Z)", re.DOTALL)
# A dateline is looked for only near the top: later dates are what the article talks about.
DATELINE_WINDOW = 400
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
# Tags, scripts and styles are blanked; a factcheck suppression comment is kept for suppress.py.
# Each is tried, in this order, only where its closing mark still follows (see `_html_spans`).
_HTML_PARTS = (
    (re.compile(r"<script.*?</script>", re.DOTALL | re.IGNORECASE), "<script", "</script>"),
    (re.compile(r"<style.*?</style>", re.DOTALL | re.IGNORECASE), "<style", "</style>"),
    (re.compile(r"<!--(?!\s*factcheck:).*?-->", re.DOTALL), "<!--", "-->"),
    (re.compile(r"<(?!!--)[^>]+>"), "<", ">"),
)


def find_articles(paths: Sequence[str | os.PathLike[str]]) -> list[Path]:
    """Expand files and folders (recursively) into article files, sorted and without repeats."""
    found: dict[Path, None] = {}
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise SourceError(f"{raw}: no such file or folder")
        if path.is_dir():
            inside = sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and p.suffix.lower() in ARTICLE_SUFFIXES
                and p.name.lower() not in NOT_ARTICLES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            if not inside:
                raise SourceError(f"{raw}: no articles found (looked for {', '.join(ARTICLE_SUFFIXES)})")
            found.update(dict.fromkeys(inside))
        else:
            found[path] = None
    return list(found)


def display_path(path: Path) -> str:
    """The path as a user would type it: relative to the working folder when inside it."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def read_text(path: Path) -> str:
    """Read a file as text the way Python's universal newlines do, or explain why not."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise SourceError(f"{display_path(path)}: cannot read ({exc.strerror or exc})") from None
    if b"\x00" in raw[:8192]:
        raise SourceError(f"{display_path(path)}: binary file, not an article")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SourceError(
            f"{display_path(path)}: not valid UTF-8 (byte 0x{raw[exc.start]:02x} at offset {exc.start})"
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


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


def coerce_date(value: object, where: str) -> date | None:
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
            raise SourceError(f"{where}: front matter 'published' is not a date: {text!r}") from None
        return found.start


def find_dateline(text: str, body_start: int) -> date | None:
    """A byline date near the top ("June 26, 2025 at 14:44 JST"); only a full date counts."""
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
    """A byline date on a short line of its own ("June 26, 2025 at 14:44 JST"), or a dateline
    opening the story ("TOKYO, June 26, 2025 (Wire) -"); not a date inside a sentence."""
    if len(line) <= 80 and not line.endswith((".", "!", "?", '"', "”")):
        return True
    head = line[:date_at]
    return date_at <= 40 and (head == "" or (head.rstrip().endswith(",") and head.split(",")[0].isupper()))


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


def load_source(path: Path, source_id: str | None = None) -> Source:
    where = display_path(path)
    text = read_text(path)
    meta, body_start = parse_front_matter(text, where)
    if path.suffix.lower() in (".html", ".htm"):
        text = text[:body_start] + blank_html(text[body_start:])
    published = coerce_date(meta.get("published", meta.get("date")), where)
    published_from = "front matter" if published else "unknown"
    if published is None:
        published = find_dateline(text, body_start)
        published_from = "dateline" if published else "unknown"
    line_starts = (0, *(m.end() for m in re.finditer("\n", text)))
    not_before = None if published else latest_past_reference(text[body_start:])
    return Source(
        id=str(meta.get("id") or source_id or path.stem),
        path=where,
        text=text,
        body_start=body_start,
        content_hash="sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest(),
        published=published,
        published_from=published_from,
        not_before=not_before,
        title=_optional_str(meta.get("title")),
        outlet=_optional_str(meta.get("outlet")),
        url=_optional_str(meta.get("url")),
        line_starts=line_starts,
    )


def _optional_str(value: object) -> str | None:
    return None if value is None else str(value)


def load_sources(paths: Iterable[str | os.PathLike[str]]) -> list[Source]:
    """Load every article under the paths; ids are file stems, made unique by their folder."""
    files = find_articles(list(paths))
    stems: dict[str, int] = {}
    for file in files:
        stems[file.stem] = stems.get(file.stem, 0) + 1
    sources = []
    seen: dict[str, str] = {}
    for file in files:
        fallback = file.stem if stems[file.stem] == 1 else display_path(file.with_suffix(""))
        source = load_source(file, fallback)
        if source.id in seen:
            raise SourceError(f"{source.path}: source id {source.id!r} is also used by {seen[source.id]}")
        seen[source.id] = source.path
        sources.append(source)
    return sources
