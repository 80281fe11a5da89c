"""Fixes acted on: which edits of the reported findings to make, the articles they give, and the
unified diff between. Only target articles are edited, and only where the text still holds what
the finding quoted; two edits that overlap are both left out."""

from __future__ import annotations

import dataclasses
import difflib
import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from factcheck.errors import SourceError
from factcheck.files import shown_all, write_atomic
from factcheck.model import Finding, Fix
from factcheck.sources import find_articles


@dataclass(frozen=True, slots=True)
class FixPlan:
    """The edits to make, by path and offset, and those left out because another overlaps them."""

    fixes: tuple[Fix, ...]
    overlapping: tuple[Fix, ...] = ()
    unsafe_left_out: int = 0  # unsafe fixes not asked for

    @property
    def paths(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(f.path for f in self.fixes))


@dataclass(frozen=True, slots=True)
class EditedArticle:
    """An article before and after its fixes, as the bytes on disk decode (line endings kept)."""

    path: str
    file: Path
    before: str
    after: str
    fixes: int
    stale: tuple[Fix, ...] = ()  # left out: the text there is no longer what was checked


def fixes_within(finding: Finding, target_paths: set[str] | None) -> Finding:
    """The finding with only the fixes in target articles: context articles are never edited."""
    if target_paths is None or all(f.path in target_paths for f in finding.fixes):
        return finding
    return dataclasses.replace(finding, fixes=tuple(f for f in finding.fixes if f.path in target_paths))


def plan_fixes(findings: Iterable[Finding], unsafe: bool = False) -> FixPlan:
    """Every fix of the findings once (two rules may propose the same edit), the unsafe ones only
    when asked for; edits that overlap another, different one are left out, both of them, since
    neither is certain then."""
    every = {f for finding in findings for f in finding.fixes}
    chosen = every if unsafe else {f for f in every if f.safe}
    unique = sorted(chosen, key=lambda f: (f.path, f.start, f.end))
    clashing: set[Fix] = set()
    for i, fix in enumerate(unique):
        for other in unique[i + 1 :]:
            if other.path != fix.path or other.start >= fix.end:
                break
            clashing.update((fix, other))
    return FixPlan(
        tuple(f for f in unique if f not in clashing),
        tuple(f for f in unique if f in clashing),
        unsafe_left_out=len(every) - len(chosen),
    )


def target_files(targets: Sequence[str], context: str | None) -> dict[str, Path]:
    """The files of the target articles (every article of the context when there are no
    targets), by the path findings show: the only files a fix may edit."""
    files = find_articles(list(targets) if targets else [context] if context else [])
    return dict(zip(shown_all(files), files, strict=True))


def edited_articles(plan: FixPlan, files: Mapping[str, Path]) -> list[EditedArticle]:
    """Each article the plan edits, read afresh and edited in memory; nothing is written. A fix
    is made only where the file still holds what it replaces (it may have been edited since it
    was checked); the others are left out and listed."""
    edited = []
    for path in plan.paths:
        if path not in files:
            raise SourceError(f"{path}: not a target article; factcheck fixes only its targets")
        before = _read(path, files[path])
        raw = _raw_offset(before)
        fixes = [f for f in plan.fixes if f.path == path]
        held = [f for f in fixes if _as_read(before[raw(f.start) : raw(f.end)]) == f.original]
        after = _edited(before, held)
        stale = tuple(f for f in fixes if f not in held)
        edited.append(EditedArticle(path, files[path], before, after, len(held), stale))
    return edited


def write_articles(articles: Iterable[EditedArticle]) -> None:
    """Each edited article written in place, atomically; a symlinked article is written where
    it leads, so that the link stays a link."""
    for article in articles:
        write_atomic(article.file.resolve(), article.after)


def unified_diff(articles: Iterable[EditedArticle]) -> str:
    """The edits as `diff -u` shows them, with `a/` and `b/` before the paths as git and ruff do."""
    chunks: list[str] = []
    for article in articles:
        lines = difflib.unified_diff(
            article.before.splitlines(keepends=True),
            article.after.splitlines(keepends=True),
            f"a/{article.path}",
            f"b/{article.path}",
        )
        chunks.extend(_ended(line) for line in lines)
    return "".join(chunks)


def _ended(line: str) -> str:
    """A diff line ends in a newline; a last line without one says so, as diff does."""
    return line if line.endswith(("\n", "\r")) else line + "\n\\ No newline at end of file\n"


def _read(path: str, file: Path) -> str:
    try:
        return file.read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SourceError(f"{path}: cannot read it again to fix it ({exc})") from None


def _edited(text: str, fixes: Sequence[Fix]) -> str:
    """The text with the fixes made, last first so that earlier offsets still hold. Offsets index
    the text as read, with each CRLF as one newline; the file keeps its own line endings."""
    raw = _raw_offset(text)
    for fix in sorted(fixes, key=lambda f: f.start, reverse=True):
        text = text[: raw(fix.start)] + fix.replacement + text[raw(fix.end) :]
    return text


def _raw_offset(text: str) -> Callable[[int], int]:
    """Where an offset into the text as read (CRLF read as one newline) falls in the text itself."""
    crlf = [m.start() - k for k, m in enumerate(re.finditer("\r\n", text))]
    return lambda offset: offset + bisect_left(crlf, offset)


def _as_read(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")
