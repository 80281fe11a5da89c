"""Claims files on disk: one per source, checked before it is replaced, written atomically, and
read back only when it matches its article and this extractor."""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path

from factcheck.errors import ClaimsError
from factcheck.extract import EXTRACTOR_VERSION
from factcheck.extract.context import vocabulary
from factcheck.files import shown, write_atomic
from factcheck.model import Extraction, Source
from factcheck.store.claims_json import from_json, to_json
from factcheck.store.names import claims_path


@dataclass(frozen=True, slots=True)
class ClaimsFile:
    """A claims file about to be written: where, what, and whether that differs from the disk."""

    path: Path
    text: str
    changed: bool


def prepare(source: Source, extraction: Extraction, folder: Path, root: Path | None = None) -> ClaimsFile:
    """The claims file of a source, checked against what is on disk; writes nothing. Refuses to
    replace a file that is not a claims file (of any format version). The article's path is
    recorded relative to the project's `root` when it is inside it, so that every checkout, and
    every working folder in it, writes the same file."""
    path = claims_path(folder, source.id)
    text = to_json(_as_recorded(source, root), extraction)
    if not path.exists() and not path.is_symlink():
        return ClaimsFile(path, text, True)
    try:
        old = path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise ClaimsError(f"{shown(path)}: cannot read claims file ({exc.strerror or exc})") from None
    from_json(old, shown(path))
    return ClaimsFile(path, text, old != text)


def save(source: Source, extraction: Extraction, folder: Path, root: Path | None = None) -> tuple[Path, bool]:
    """Write the claims file of a source; returns its path and whether it changed."""
    planned = prepare(source, extraction, folder, root)
    if planned.changed:
        write_atomic(planned.path, planned.text)
    return planned.path, planned.changed


def _as_recorded(source: Source, root: Path | None) -> Source:
    """The source with its path relative to `root` (with forward slashes) when it lies inside."""
    if root is None:
        return source
    article, project = os.path.abspath(source.path), os.path.abspath(root)
    if not article.startswith(project.rstrip(os.sep) + os.sep):
        return source
    return replace(source, path=Path(os.path.relpath(article, project)).as_posix())


def load_stored(source: Source, folder: Path | None) -> Extraction | None:
    """The claims file of a source in `folder` when it matches the source and this extractor."""
    if folder is not None:
        path = claims_path(folder, source.id)
        if path.is_file():
            try:
                text = path.read_text(encoding="utf-8")
            except OSError as exc:
                raise ClaimsError(f"{shown(path)}: cannot read claims file ({exc.strerror or exc})") from None
            except UnicodeDecodeError:
                raise ClaimsError(f"{shown(path)}: corrupt claims file (not UTF-8)") from None
            read = from_json(text, shown(path))
            stored = read[1] if read is not None else None  # None: another format version
            if (
                stored
                and stored.content_hash == source.content_hash
                and stored.extractor_version == EXTRACTOR_VERSION
            ):
                _check_within(stored, source, path)
                return replace(stored, vocabulary=vocabulary(source))
    return None


def spans_fit(stored: Extraction, source: Source) -> bool:
    """Whether every span of stored claims lies inside the article's text: a file or a row that
    matches the article's hash yet points past its end is damaged."""
    size = len(source.text)
    return all(m.span.end <= size for m in stored.mentions) and all(c.span.end <= size for c in stored.claims)


def _check_within(stored: Extraction, source: Source, path: Path) -> None:
    """Spans of a claims file that match the article's hash still lie inside its text."""
    if not spans_fit(stored, source):
        raise ClaimsError(f"{shown(path)}: corrupt claims file (a span runs past the end of the article)")
