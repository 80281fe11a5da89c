"""Loading articles from disk: files and folders, sizes, encodings, ids and publication dates."""

from __future__ import annotations

import hashlib
import os
import re
import stat
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from factcheck.errors import SourceError
from factcheck.files import printable, shown, shown_all
from factcheck.model import Source
from factcheck.sources.calendar import latest_past_reference, story_day
from factcheck.sources.front_matter import coerce_date, find_dateline, parse_front_matter
from factcheck.sources.markup import blank_html
from factcheck.sources.path_dates import date_in_path

ARTICLE_SUFFIXES = (".md", ".markdown", ".txt", ".html", ".htm")

# Articles larger than this are refused before they are read (`max-article-size`).
DEFAULT_MAX_ARTICLE_SIZE = 2 * 1024 * 1024

# Files that sit beside articles in a corpus but are not articles.
NOT_ARTICLES = {"readme.md", "license.md", "changelog.md"}


@dataclass(frozen=True, slots=True)
class Found:
    """The article files under some paths, and the symlinks skipped because they lead outside
    the folder that was searched (each with that folder)."""

    articles: tuple[Path, ...]
    outside_links: tuple[tuple[Path, Path], ...] = ()


def find_articles(paths: Sequence[str | os.PathLike[str]]) -> list[Path]:
    """Expand files and folders (recursively) into article files, sorted and without repeats."""
    return list(scan_articles(paths).articles)


def scan_articles(paths: Sequence[str | os.PathLike[str]]) -> Found:
    """Like `find_articles`, saying which symlinks were skipped. A file named itself is read even
    when it is a symlink (it was asked for); inside a folder, a symlink is followed only when it
    leads to a file inside that folder, and symlinked folders are not entered."""
    found: dict[Path, None] = {}
    outside: dict[Path, Path] = {}
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise SourceError(f"{shown(raw)}: no such file or folder")
        if path.is_dir():
            inside, links = _articles_in(path)
            if not inside and not links:
                raise SourceError(
                    f"{shown(raw)}: no articles found (looked for {', '.join(ARTICLE_SUFFIXES)})"
                )
            found.update(dict.fromkeys(inside))
            outside.update(dict.fromkeys(links, path))
        else:
            found[path] = None
    return Found(tuple(found), tuple((folder, link) for link, folder in outside.items()))


def _articles_in(folder: Path) -> tuple[list[Path], list[Path]]:
    """The article files under a folder, and the symlinks there that lead out of it."""
    root = folder.resolve()
    articles, links = [], []
    for where, folders, files in os.walk(folder, onerror=_unreadable_folder):
        folders[:] = [name for name in folders if not name.startswith(".")]
        for name in files:
            path = Path(where, name)
            if name.startswith(".") or path.suffix.lower() not in ARTICLE_SUFFIXES:
                continue
            if name.lower() in NOT_ARTICLES:
                continue
            if path.is_symlink() and not path.resolve().is_relative_to(root):
                links.append(path)
            elif path.is_file():
                articles.append(path)
    return sorted(articles), sorted(links)


def _unreadable_folder(error: OSError) -> None:
    """A folder that cannot be listed would hide its articles: an input error, never skipped."""
    raise SourceError(f"{shown(error.filename)}: cannot read folder ({error.strerror or error})")


def display_path(path: Path) -> str:
    """The path as a user would type it: relative to the working folder when inside it."""
    return shown(path)


def read_text(path: Path, max_size: int = DEFAULT_MAX_ARTICLE_SIZE) -> str:
    """Read a file as text the way Python's universal newlines do, or explain why not. Files
    larger than `max_size` bytes, and things that are not files (a pipe, a device), are refused
    before anything is read."""
    raw = _read_bytes(path, max_size)
    if b"\x00" in raw[:8192]:
        raise SourceError(f"{shown(path)}: binary file, not an article")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SourceError(
            f"{shown(path)}: not valid UTF-8 (byte 0x{raw[exc.start]:02x} at offset {exc.start})"
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _read_bytes(path: Path, max_size: int) -> bytes:
    try:
        status = path.stat()
        if not stat.S_ISREG(status.st_mode):
            raise SourceError(f"{shown(path)}: not a regular file, not an article")
        if status.st_size > max_size:
            raise SourceError(_too_large(path, status.st_size, max_size))
        with path.open("rb") as stream:
            raw = stream.read(max_size + 1)  # the file may have grown since
    except OSError as exc:
        raise SourceError(f"{shown(path)}: cannot read ({exc.strerror or exc})") from None
    if len(raw) > max_size:
        raise SourceError(_too_large(path, len(raw), max_size))
    return raw


def _too_large(path: Path, size: int, max_size: int) -> str:
    return (
        f"{shown(path)}: {size:,} bytes, more than max-article-size ({max_size:,} bytes); "
        "raise it with --max-article-size or in [tool.factcheck] if this really is one article"
    )


def load_source(
    path: Path,
    source_id: str | None = None,
    max_size: int = DEFAULT_MAX_ARTICLE_SIZE,
    where: str | None = None,  # the path as shown, when the caller has worked it out
) -> Source:
    where = where if where is not None else display_path(path)
    text = read_text(path, max_size)
    meta, body_start = parse_front_matter(text, where)
    if path.suffix.lower() in (".html", ".htm"):
        text = text[:body_start] + blank_html(text[body_start:])
    key = "published" if "published" in meta else "date"
    published = coerce_date(meta.get(key), where, key)
    published_from = "front matter" if published else "unknown"
    if published is None:
        published = find_dateline(text, body_start)
        published_from = "dateline" if published else "unknown"
    if published is None:
        published = date_in_path(where)
        published_from = "file path" if published else "unknown"
    line_starts = (0, *(m.end() for m in re.finditer("\n", text)))
    not_before = None if published else latest_past_reference(text[body_start:])
    told = None if published else story_day(text[body_start:], not_before)
    return Source(
        id=_source_id(meta.get("id"), where) or source_id or printable(path.stem),
        path=where,
        text=text,
        body_start=body_start,
        content_hash="sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest(),
        published=published,
        published_from=published_from,
        not_before=not_before,
        story_day=told,
        title=_optional_str(meta.get("title")),
        outlet=_optional_str(meta.get("outlet")),
        url=_optional_str(meta.get("url")),
        line_starts=line_starts,
    )


def _source_id(value: object, where: str) -> str | None:
    """The front matter's `id`: it names files and reports, so it must be printable text."""
    if value is None or value == "":
        return None
    text = str(value)
    if not text.isprintable():
        bad = next(ch for ch in text if not ch.isprintable())
        raise SourceError(
            f"{where}: front matter 'id' holds the control character {bad!a}; ids must be printable"
        )
    return text


def _optional_str(value: object) -> str | None:
    return None if value is None else str(value)


@dataclass(frozen=True, slots=True)
class Corpus:
    """The articles loaded from some paths, and the symlinks skipped on the way (see `Found`)."""

    sources: tuple[Source, ...]
    outside_links: tuple[tuple[Path, Path], ...] = ()


def load_sources(
    paths: Iterable[str | os.PathLike[str]], max_size: int = DEFAULT_MAX_ARTICLE_SIZE
) -> list[Source]:
    """Load every article under the paths; ids are file stems, made unique by their folder."""
    return list(load_corpus(paths, max_size).sources)


def load_corpus(paths: Iterable[str | os.PathLike[str]], max_size: int = DEFAULT_MAX_ARTICLE_SIZE) -> Corpus:
    """`load_sources`, with the symlinks that were skipped."""
    paths = list(paths)
    found = scan_articles(paths)
    files = found.articles
    fallbacks = _fallback_ids(files, [path for path in paths if Path(path).is_dir()])
    sources = []
    seen: dict[str, str] = {}
    for file, where in zip(files, shown_all(files), strict=True):
        source = load_source(file, fallbacks[file], max_size, where)
        if source.id in seen:
            raise SourceError(
                f"{source.path}: source id {printable(repr(source.id))} is also used by {seen[source.id]}"
            )
        seen[source.id] = source.path
        sources.append(source)
    return Corpus(tuple(sources), found.outside_links)


def _fallback_ids(files: Sequence[Path], folders: Sequence[str | os.PathLike[str]]) -> dict[Path, str]:
    """The id of each article whose front matter gives none: its file stem; where two stems are
    alike, its path without the suffix, relative to the outermost folder searched that holds it
    ("world/pier"), so that every checkout and every working folder names it alike; relative to
    the working folder only for an article named outside those folders, or when that is needed
    to keep two ids apart."""
    stems = Counter(file.stem for file in files)
    shared = [file for file in files if stems[file.stem] > 1]
    roots = sorted((os.path.abspath(folder) for folder in folders), key=len)
    in_folder = {file: _relative_stem(file, roots) for file in shared}
    taken = Counter(in_folder.values())
    ids = {file: printable(file.stem) for file in files}
    for file, stem_path in zip(shared, shown_all([file.with_suffix("") for file in shared]), strict=True):
        relative = in_folder[file]
        ids[file] = relative if relative is not None and taken[relative] == 1 else stem_path
    return ids


def _relative_stem(file: Path, roots: Sequence[str]) -> str | None:
    """The article's path without its suffix, relative to the first of `roots` that holds it."""
    absolute = os.path.abspath(file.with_suffix(""))
    for root in roots:
        if absolute.startswith(root.rstrip(os.sep) + os.sep):
            return printable(Path(os.path.relpath(absolute, root)).as_posix())
    return None
