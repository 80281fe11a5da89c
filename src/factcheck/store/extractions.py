"""Extractions of a whole corpus: stored claims where they still match, fresh extraction for the
rest, in the order of the sources."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from factcheck.extract import extract
from factcheck.lexicon import Lexicon
from factcheck.model import Extraction, Source
from factcheck.store.claims_files import load_stored
from factcheck.store.index import open_index

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
    cache: Path | None = None,
) -> tuple[Extraction, ...]:
    """The extraction of every source, in order: from the index in the `cache` folder when it
    still matches, else from its claims file when that matches, else extracted afresh; what was
    not in the index is then kept there."""
    if cache is None:
        return _load(sources, lexicon, claims_folder, jobs, progress, {})
    with open_index(cache) as index:
        if index is None:
            return _load(sources, lexicon, claims_folder, jobs, progress, {})
        stored = index.stored(sources)
        if progress is not None and stored:
            progress(len(stored))
        found = _load(sources, lexicon, claims_folder, jobs, progress, stored)
        index.store((s, e) for s, e in zip(sources, found, strict=True) if s.path not in stored)
    return found


def _load(
    sources: Sequence[Source],
    lexicon: Lexicon,
    claims_folder: Path | None,
    jobs: int,
    progress: Progress | None,
    stored: dict[str, Extraction],
) -> tuple[Extraction, ...]:
    found: list[Extraction | None] = []
    for source in sources:
        extraction = stored.get(source.path) or load_stored(source, claims_folder)
        found.append(extraction)
        if progress is not None and extraction is not None and source.path not in stored:
            progress(1)
    missing = [source for source, extraction in zip(sources, found, strict=True) if extraction is None]
    fresh = iter(extract_all(missing, lexicon, jobs, progress))
    return tuple(extraction if extraction is not None else next(fresh) for extraction in found)
