"""Extractions of a whole corpus: stored claims where they still match, fresh extraction for the
rest, in the order of the sources."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from factcheck.extract import extract
from factcheck.lexicon import Lexicon
from factcheck.model import Extraction, Source
from factcheck.store.claims_files import load_or_extract

# Told how many more sources are done; the command line draws a progress bar with it.
Progress = Callable[[int], None]


def extract_all(
    sources: Sequence[Source], lexicon: Lexicon, jobs: int = 1, progress: Progress | None = None
) -> list[Extraction]:
    """Extract every source, in order."""
    found = []
    for source in sources:
        found.append(extract(source, lexicon))
        if progress is not None:
            progress(1)
    return found


def load_extractions(
    sources: Sequence[Source],
    lexicon: Lexicon,
    claims_folder: Path | None = None,
    jobs: int = 1,
    progress: Progress | None = None,
) -> tuple[Extraction, ...]:
    """The extraction of every source: its claims file when that matches, else a fresh one."""
    found = []
    for source in sources:
        found.append(load_or_extract(source, claims_folder, lexicon))
        if progress is not None:
            progress(1)
    return tuple(found)
