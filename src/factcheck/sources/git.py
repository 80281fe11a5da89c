"""Targets from git: the articles added, copied, modified or renamed since a merge base."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from factcheck.errors import UsageError
from factcheck.files import printable, shown
from factcheck.sources.articles import ARTICLE_SUFFIXES


def _git(*args: str, cwd: Path) -> str:
    try:
        done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False)
    except FileNotFoundError:
        raise UsageError("--changed-since needs git, and git is not installed") from None
    if done.returncode != 0:
        raise UsageError(
            done.stderr.strip().splitlines()[-1] if done.stderr.strip() else f"git {args[0]} failed"
        )
    return done.stdout


def changed_articles(ref: str, folder: Path) -> list[Path]:
    """Articles under `folder` changed since the merge base of `ref` and HEAD, working tree included."""
    if ref.startswith("-"):
        raise UsageError(f"--changed-since {printable(ref)}: a revision cannot begin with '-'")
    cwd = Path.cwd()
    try:
        top = Path(_git("rev-parse", "--show-toplevel", cwd=cwd).strip())
    except UsageError:
        raise UsageError(
            f"--changed-since {printable(ref)}: {shown(cwd)} is not inside a git repository"
        ) from None
    try:
        base = _git("merge-base", "--end-of-options", ref, "HEAD", cwd=cwd).strip()
    except UsageError as exc:
        raise UsageError(
            f"--changed-since {printable(ref)}: unknown revision or no common history ({printable(str(exc))})"
        ) from None
    where = str(folder.resolve())
    names = _git("diff", "--name-only", "-z", "--diff-filter=ACMR", base, "--", where, cwd=top)
    # new articles not yet added to git count too, so a run before `git add` sees them
    untracked = _git("ls-files", "--others", "--exclude-standard", "-z", "--", where, cwd=top)
    found = []
    for name in sorted(set(filter(None, (names + untracked).split("\0")))):
        path = top / name
        if path.suffix.lower() in ARTICLE_SUFFIXES and path.is_file():
            found.append(_relative(path, cwd))
    return found


def _relative(path: Path, cwd: Path) -> Path:
    """The path as the context folder's articles are named: relative, with '..' where needed."""
    return Path(os.path.relpath(path.resolve(), cwd.resolve()))
