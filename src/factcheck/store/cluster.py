"""Extraction on a Dask cluster (the optional extra `factcheck-news[dask]`): the chunks of sources a
process pool would extract, sent to a scheduler's workers, or to a local cluster when none is named."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from factcheck.errors import UsageError
from factcheck.lexicon import Lexicon
from factcheck.model import Extraction, Source
from factcheck.store.extractions import extract_named

INSTALL_HINT = "the dask engine needs the dask extra: pip install 'factcheck-news[dask]'"


@dataclass(frozen=True, slots=True)
class Cluster:
    """Where to extract: the address of a running Dask scheduler ("tcp://host:8786"), or None for
    a local cluster of `workers` processes started for the run and stopped after it."""

    scheduler: str | None = None
    workers: int = 1


def extract_on_cluster(
    chunks: Sequence[tuple[Source, ...]], lexicon: Lexicon, cluster: Cluster, done: Callable[[int], None]
) -> list[Extraction]:
    """Every chunk extracted on the cluster, in order; `done` is told the size of each chunk as
    its turn comes. The lexicon is sent once to every worker, not with each chunk."""
    found: list[Extraction] = []
    with _client(cluster) as client:
        shared = client.scatter(lexicon, broadcast=True)
        futures = [client.submit(extract_chunk, chunk, shared, pure=False) for chunk in chunks]
        try:
            for chunk, future in zip(chunks, futures, strict=True):
                found.extend(future.result())
                done(len(chunk))
        finally:
            client.cancel(futures)
    return found


def extract_chunk(sources: tuple[Source, ...], lexicon: Lexicon) -> list[Extraction]:
    """What a worker runs: the extraction of each source, an error naming its article."""
    return [extract_named(source, lexicon) for source in sources]


@contextmanager
def _client(cluster: Cluster) -> Iterator[Any]:
    """A client of the named scheduler, or of a local cluster that lives as long as the client."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise UsageError(INSTALL_HINT) from None
    if cluster.scheduler is not None:
        with Client(cluster.scheduler) as client:
            yield client
        return
    local = LocalCluster(
        n_workers=cluster.workers,
        threads_per_worker=1,  # extraction holds the GIL: one process per core
        processes=True,
        dashboard_address=None,
        silence_logs=logging.CRITICAL,  # a failed task is factcheck's one line, not a worker log
    )
    with local, Client(local) as client:
        yield client
