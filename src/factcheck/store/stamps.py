"""What stored results depend on besides their inputs: the extractor and its word lists (for
extractions), and every file of the installed package (for findings and partitions)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources
from typing import Any

from factcheck.extract import EXTRACTOR_VERSION

EXTRACTION_LAYERS = ("model", "lexicon", "sources", "extract")  # the packages an extraction runs


@lru_cache(maxsize=1)  # every opening of the index asks; the word lists do not change in a run
def extractor_stamp() -> str:
    """What an extraction depends on besides its article: the extractor's version, the word lists,
    and the code that reads articles and extracts from them, so that an edit while developing
    never reads back an extraction the code before it made."""
    digest = hashlib.sha256(EXTRACTOR_VERSION.encode())
    data = resources.files("factcheck.data")
    for entry in sorted(data.iterdir(), key=lambda e: e.name):
        if entry.is_file() and not entry.name.endswith((".py", ".pyc")):
            digest.update(entry.name.encode() + b"\0" + entry.read_bytes())
    package = resources.files("factcheck")
    for layer in EXTRACTION_LAYERS:
        for path in sorted(_package_files(package.joinpath(layer), f"{layer}/")):
            digest.update(path.encode() + b"\0" + package.joinpath(path).read_bytes())
    return f"{EXTRACTOR_VERSION}:{digest.hexdigest()[:16]}"


@lru_cache(maxsize=1)  # the installed package does not change while a run reads it
def code_stamp() -> str:
    """What a run's findings depend on besides its inputs: every file of the installed package.
    Read once by every run that consults the cache (a few milliseconds), so that an upgrade, or
    an edit while developing, never serves findings an older version made."""
    digest = hashlib.sha256()
    package = resources.files("factcheck")
    for path in sorted(_package_files(package)):
        digest.update(path.encode() + b"\0" + package.joinpath(path).read_bytes())
    return digest.hexdigest()[:32]


def _package_files(folder: Any, prefix: str = "") -> Iterator[str]:
    for entry in folder.iterdir():
        if entry.is_dir():
            if entry.name != "__pycache__":
                yield from _package_files(entry, f"{prefix}{entry.name}/")
        elif not entry.name.endswith((".pyc", ".pyo")):
            yield prefix + entry.name
