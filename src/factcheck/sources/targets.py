"""Targets a hook passes: of the files given, only the articles of the configured sources folder.

A pre-commit hook cannot know where a project keeps its articles, so it passes every staged file
that looks like one; `check --only-sources` keeps those that a check of the sources folder would
read (inside it, with an article's suffix, not hidden, not a README) and ignores the others.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from factcheck.errors import UsageError
from factcheck.files import shown
from factcheck.sources.articles import find_articles


def articles_among(paths: Sequence[str], folder: Path) -> list[str]:
    """The `paths` that are articles of `folder`, or folders inside it, in their order; symlinks
    are compared by where they lead, so `./sources/a.md` and an absolute path to it are one."""
    if not folder.is_dir():
        raise UsageError(f"--only-sources: no {shown(folder)}/ folder here (the configured sources)")
    articles = {os.path.realpath(path) for path in find_articles([folder])}
    inside = os.path.realpath(folder)
    return [
        path
        for path in paths
        if os.path.realpath(path) in articles or (os.path.isdir(path) and _within(path, inside))
    ]


def _within(path: str, folder: str) -> bool:
    real = os.path.realpath(path)
    return real == folder or real.startswith(folder.rstrip(os.sep) + os.sep)
