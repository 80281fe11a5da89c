"""Extractions of a whole corpus: stored claims where they still match, fresh extraction for the
rest, in the order of the sources; the fresh ones on every core asked for."""

from __future__ import annotations

import signal
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import nullcontext
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck.extract import extract
from factcheck.lexicon import Lexicon
from factcheck.model import Extraction, Source
from factcheck.store.claims_files import load_stored
from factcheck.store.index import open_index

if TYPE_CHECKING:
    from factcheck.store.cluster import Cluster

# Told how many more sources are done; the command line draws a progress bar with it.
Progress = Callable[[int], None]
# Sources sent to a worker at a time: enough that pickling costs little beside extracting them,
# few enough that both cores stay busy to the end and the progress bar moves.
SMALLEST_CHUNK, LARGEST_CHUNK = 8, 16
# Starting the workers costs about 0.3 s: fewer sources than two chunks are extracted in-process.
FEWEST_POOLED = 2 * SMALLEST_CHUNK
# A worker process's lexicon, set once by its initializer so that no task carries it. Never set
# in the main process.
_WORKER_LEXICON: list[Lexicon] = []


def extract_all(
    sources: Sequence[Source],
    lexicon: Lexicon,
    jobs: int = 1,
    progress: Progress | None = None,
    cluster: Cluster | None = None,
) -> list[Extraction]:
    """Extract every source, in order. With `jobs` > 1 the sources are extracted in that many
    processes, in chunks, or on a Dask `cluster` when one is given; the result, and the first
    error in source order, are those of one process."""
    if cluster is not None and sources:
        from factcheck.store.cluster import extract_on_cluster

        return extract_on_cluster(_chunks(sources, jobs), lexicon, cluster, progress or _untold)
    if jobs <= 1 or len(sources) < FEWEST_POOLED:
        found = []
        for source in sources:
            found.append(extract_named(source, lexicon))
            if progress is not None:
                progress(1)
        return found
    return _extract_pooled(sources, lexicon, jobs, progress)


def _chunks(sources: Sequence[Source], jobs: int) -> list[tuple[Source, ...]]:
    """The sources in consecutive chunks, about four per worker, of 8 to 16 sources."""
    size = max(SMALLEST_CHUNK, min(LARGEST_CHUNK, len(sources) // (4 * max(jobs, 1))))
    return [tuple(sources[start : start + size]) for start in range(0, len(sources), size)]


def _untold(done: int) -> None:
    """Progress nobody watches."""


def _extract_pooled(
    sources: Sequence[Source], lexicon: Lexicon, jobs: int, progress: Progress | None
) -> list[Extraction]:
    chunks = _chunks(sources, jobs)
    found: list[Extraction] = []
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_start_worker, initargs=(lexicon,))
    finished = False
    try:
        futures = [pool.submit(_extract_chunk, chunk) for chunk in chunks]
        for chunk, future in zip(
            chunks, futures, strict=True
        ):  # in order: the first error is the first source's
            found.extend(future.result())
            if progress is not None:
                progress(len(chunk))
        finished = True
    finally:  # after an error or Ctrl-C no more chunks start; the few already sent end
        pool.shutdown(wait=True, cancel_futures=not finished)
    return found


def _start_worker(lexicon: Lexicon) -> None:
    """Keep the lexicon for every task of this worker; Ctrl-C is the main process's to handle."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _WORKER_LEXICON.append(lexicon)


def _extract_chunk(sources: tuple[Source, ...]) -> list[Extraction]:
    return [extract_named(source, _WORKER_LEXICON[0]) for source in sources]


def extract_named(source: Source, lexicon: Lexicon) -> Extraction:
    """The extraction of one source; an error says which article it came from."""
    try:
        return extract(source, lexicon)
    except Exception as exc:
        exc.add_note(f"while extracting {source.path}")
        raise


def load_extractions(
    sources: Sequence[Source],
    lexicon: Lexicon,
    claims_folder: Path | None = None,
    jobs: int = 1,
    progress: Progress | None = None,
    cluster: Cluster | None = None,
    cache: Path | None = None,
) -> tuple[Extraction, ...]:
    """The extraction of every source, in order: from the index in the `cache` folder when it
    still matches, else from its claims file when that matches, else extracted afresh (on `jobs`
    processes, or on a Dask `cluster`); what was not in the index is then kept there."""
    with open_index(cache) if cache is not None else nullcontext() as index:
        stored = index.stored(sources) if index is not None else {}
        if progress is not None and stored:
            progress(len(stored))
        found = _load(sources, lexicon, claims_folder, jobs, progress, cluster, stored)
        if index is not None:
            index.store((s, e) for s, e in zip(sources, found, strict=True) if s.path not in stored)
    return found


def _load(
    sources: Sequence[Source],
    lexicon: Lexicon,
    claims_folder: Path | None,
    jobs: int,
    progress: Progress | None,
    cluster: Cluster | None,
    stored: dict[str, Extraction],
) -> tuple[Extraction, ...]:
    found: list[Extraction | None] = []
    for source in sources:
        extraction = stored.get(source.path) or load_stored(source, claims_folder)
        found.append(extraction)
        if progress is not None and extraction is not None and source.path not in stored:
            progress(1)
    missing = [source for source, extraction in zip(sources, found, strict=True) if extraction is None]
    fresh = iter(extract_all(missing, lexicon, jobs, progress, cluster))
    return tuple(extraction if extraction is not None else next(fresh) for extraction in found)
