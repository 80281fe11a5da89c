"""The corpus index: what extraction understood of each article, kept in an SQLite file so that a
run reads it back instead of extracting again; beside it, the findings of recent runs (answered
again when nothing they depend on changed) and the partitions resolution made of recent corpora
(grown when a corpus only gained articles).

It is a cache, never the record: each row is keyed by the article's path and holds its content
hash and the stamp of the extractor and word lists that read it, and a row that does not match
all three is never used. Deleting the index loses nothing. Every write is one transaction, so a
run that is killed or two runs at once leave it whole; a file that cannot be read as an index is
rebuilt (it lives in factcheck's own cache folder, which says so).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zlib
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

from factcheck.collector import collector_paused
from factcheck.errors import ClaimsError
from factcheck.files import shown
from factcheck.model import Extraction, Finding, NamePhrase, Source, Span, Vocabulary
from factcheck.store.claims_files import spans_fit
from factcheck.store.claims_json import from_json, to_json
from factcheck.store.findings_json import findings_from_json, findings_to_json
from factcheck.store.partitions import Partition, SourceState, partition_from_json, partition_to_json
from factcheck.store.stamps import code_stamp, extractor_stamp

INDEX_FILE = "index.sqlite3"
SCHEMA = 5  # 2: claims as compact JSON; 3: findings of recent runs; 4: partitions; 5: alike kept
# The findings of this many runs are kept, the least recently used dropped first: a run's key
# changes with every edit, so older ones are seldom asked for again.
KEPT_RUNS = 8
KEPT_PARTITIONS = 4  # a few corpora checked in turn (branches, targets outside the corpus)
# A cache folder says what it is: git ignores it, and backup tools that honour CACHEDIR.TAG skip it.
FOLDER_FILES = {
    ".gitignore": "# Made by factcheck: a cache, safe to delete.\n*\n",
    "CACHEDIR.TAG": "Signature: 8a477f597d28d172789f06886806bc55\n# factcheck's cache: safe to delete.\n",
}
_TABLES = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS extractions (
    path TEXT PRIMARY KEY,
    content_hash TEXT NOT NULL,
    stamp TEXT NOT NULL,
    claims BLOB NOT NULL,
    vocabulary BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS runs (key TEXT PRIMARY KEY, used INTEGER NOT NULL, findings BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS partitions (
    key TEXT PRIMARY KEY,
    used INTEGER NOT NULL,
    code TEXT NOT NULL,
    size INTEGER NOT NULL,
    partition BLOB NOT NULL
);
"""


class CorpusIndex:
    """An open index: look up stored extractions, store new ones."""

    def __init__(self, connection: sqlite3.Connection, stamp: str) -> None:
        self._connection = connection
        self._stamp = stamp

    def stored(self, sources: Sequence[Source]) -> dict[str, Extraction]:
        """The stored extractions that still match their sources, by path."""
        with collector_paused():
            return self._stored(sources)

    def _stored(self, sources: Sequence[Source]) -> dict[str, Extraction]:
        wanted = {source.path: source for source in sources}
        found: dict[str, Extraction] = {}
        paths = list(wanted)
        for start in range(0, len(paths), 500):  # SQLite limits the parameters of one statement
            chunk = paths[start : start + 500]
            rows = self._connection.execute(
                f"SELECT path, content_hash, claims, vocabulary FROM extractions "
                f"WHERE stamp = ? AND path IN ({','.join('?' * len(chunk))})",
                [self._stamp, *chunk],
            )
            for path, content_hash, claims, words in rows:
                source = wanted[path]
                if content_hash == source.content_hash:
                    extraction = _read(source, claims, words)
                    if extraction is not None:
                        found[path] = extraction
        return found

    def store(self, pairs: Iterable[tuple[Source, Extraction]]) -> None:
        """Keep these extractions, replacing what was kept for their paths, in one transaction."""
        rows = [
            (
                source.path,
                source.content_hash,
                self._stamp,
                _packed(to_json(source, extraction, compact=True)),
                _packed(_vocabulary_json(extraction.vocabulary)),
            )
            for source, extraction in pairs
        ]
        if rows:
            with self._connection:
                self._connection.executemany(
                    "INSERT OR REPLACE INTO extractions VALUES (?, ?, ?, ?, ?)", rows
                )

    def run_findings(self, key: str) -> tuple[Finding, ...] | None:
        """The findings a run of this key made, or None when none is kept (or its row is damaged)."""
        row = self._connection.execute("SELECT findings FROM runs WHERE key = ?", (key,)).fetchone()
        if row is None:
            return None
        try:
            findings = findings_from_json(_unpacked(row[0]))
        except (zlib.error, UnicodeDecodeError, ValueError, KeyError, TypeError):
            return None
        self._touch("runs", key)
        return findings

    def keep_run(self, key: str, findings: Sequence[Finding]) -> None:
        """Keep the findings of a run under its key; only the KEPT_RUNS most recently used stay."""
        self._keep("runs", key, (_packed(findings_to_json(findings)),), KEPT_RUNS)

    def partition_within(self, present: Sequence[SourceState]) -> Partition | None:
        """The kept partition of the most sources that are all still present and unchanged, made
        by this very factcheck (resolution's code is part of what it depends on)."""
        wanted = set(present)
        rows = self._connection.execute(
            "SELECT key, partition FROM partitions WHERE code = ? AND size <= ? ORDER BY size DESC",
            (code_stamp(), len(wanted)),
        )
        for key, blob in rows.fetchall():
            try:
                partition = partition_from_json(_unpacked(blob))
            except (zlib.error, UnicodeDecodeError, ValueError, KeyError, TypeError):
                continue
            if partition.within(wanted):
                self._touch("partitions", key)
                return partition
        return None

    def keep_partition(self, partition: Partition) -> None:
        """Keep a corpus's partition; only the KEPT_PARTITIONS most recently used stay."""
        key = hashlib.sha256(repr(partition.sources).encode()).hexdigest()
        values = (code_stamp(), len(partition.sources), _packed(partition_to_json(partition)))
        self._keep("partitions", key, values, KEPT_PARTITIONS)

    def _touch(self, table: str, key: str) -> None:
        """Mark a kept row as just used, so that it is the last of its table to be dropped."""
        with self._connection:
            self._connection.execute(
                f"UPDATE {table} SET used = ? WHERE key = ?", (_next_use(self._connection, table), key)
            )

    def _keep(self, table: str, key: str, values: tuple[object, ...], kept: int) -> None:
        """Keep a row under its key, as just used; only the `kept` most recently used of its table
        stay. Rows are (key, used, *values)."""
        marks = ", ".join("?" * (len(values) + 2))
        with self._connection:
            self._connection.execute("BEGIN IMMEDIATE")
            self._connection.execute(
                f"INSERT OR REPLACE INTO {table} VALUES ({marks})",
                (key, _next_use(self._connection, table), *values),
            )
            self._connection.execute(
                f"DELETE FROM {table} WHERE key NOT IN (SELECT key FROM {table} ORDER BY used DESC LIMIT ?)",
                (kept,),
            )


def _next_use(connection: sqlite3.Connection, table: str) -> int:
    """A counter rather than a clock: two runs within one clock tick still order."""
    return int(connection.execute(f"SELECT COALESCE(MAX(used), 0) + 1 FROM {table}").fetchone()[0])


def _packed(text: str) -> bytes:
    return zlib.compress(text.encode("utf-8"), 1)  # the fastest level: rows are written on every run


def _unpacked(blob: bytes) -> str:
    return zlib.decompress(blob).decode("utf-8")


@contextmanager
def open_index(folder: Path) -> Iterator[CorpusIndex | None]:
    """The index in a cache folder, made when missing and rebuilt when unreadable or of another
    schema; rows of other extractor stamps are dropped. None when the folder cannot be written
    (a read-only checkout): the run goes on without a cache, as it would with `--no-cache`."""
    stamp = extractor_stamp()
    path = folder / INDEX_FILE
    try:
        _make_folder(folder)
        connection = _connect(path)
    except (OSError, sqlite3.Error):
        yield None
        return
    try:
        try:
            _prepare(connection, stamp)
        except sqlite3.DatabaseError:  # not an index, or damaged: it is only a cache
            connection.close()
            path.unlink(missing_ok=True)
            connection = _connect(path)
            _prepare(connection, stamp)
        yield CorpusIndex(connection, stamp)
    except sqlite3.DatabaseError as exc:
        raise ClaimsError(f"{shown(path)}: cannot use the index ({exc}); delete it to start afresh") from None
    finally:
        connection.close()


def remove_index(folder: Path) -> int | None:
    """Delete the index in a cache folder, its journal files and the markers factcheck wrote, and
    the folder once nothing else is in it; any other file is left alone, so that a cache folder set
    to somewhere shared loses only what factcheck put there. The bytes freed, or None when the
    folder holds no index."""
    index = folder / INDEX_FILE
    if not index.is_file():
        return None
    freed = 0
    for name in (INDEX_FILE, f"{INDEX_FILE}-wal", f"{INDEX_FILE}-shm"):
        path = folder / name
        if path.is_file():
            freed += path.stat().st_size
            path.unlink()
    for name, text in FOLDER_FILES.items():
        marker = folder / name
        if marker.is_file() and marker.read_text(encoding="utf-8", errors="replace") == text:
            marker.unlink()
    if not any(folder.iterdir()):
        folder.rmdir()
    return freed


def _connect(path: Path) -> sqlite3.Connection:
    # autocommit: every write opens its own transaction, so that none is left half done
    return sqlite3.connect(path, timeout=30, isolation_level=None)


def _make_folder(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in FOLDER_FILES.items():
        marker = folder / name
        if not marker.exists():
            marker.write_text(text, encoding="utf-8")


def _prepare(connection: sqlite3.Connection, stamp: str) -> None:
    """Tables made, schema checked, rows of another extractor dropped: in one transaction."""
    connection.execute("PRAGMA journal_mode=WAL")  # readers never wait for a writer
    connection.execute("PRAGMA synchronous=NORMAL")
    with connection:
        connection.execute("BEGIN IMMEDIATE")
        for statement in _TABLES.split(";"):
            if statement.strip():
                connection.execute(statement)
        row = connection.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        if row is not None and row[0] != str(SCHEMA):
            raise sqlite3.DatabaseError(f"index schema {row[0]}, not {SCHEMA}")
        connection.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (str(SCHEMA),))
        old = connection.execute("SELECT value FROM meta WHERE key = 'stamp'").fetchone()
        if old is None or old[0] != stamp:
            connection.execute("DELETE FROM extractions WHERE stamp != ?", (stamp,))
            connection.execute("DELETE FROM runs")
            connection.execute("DELETE FROM partitions")
            connection.execute("INSERT OR REPLACE INTO meta VALUES ('stamp', ?)", (stamp,))


def _read(source: Source, claims: bytes, words: bytes) -> Extraction | None:
    """A stored extraction, or None when its row is damaged (it is then extracted again)."""
    try:
        read = from_json(_unpacked(claims), shown(source.path))
        vocabulary = _vocabulary_from(json.loads(_unpacked(words)), source.text)
    except (ClaimsError, zlib.error, UnicodeDecodeError, ValueError, KeyError, TypeError, IndexError):
        return None
    if read is None or read[1].source_id != source.id:
        return None
    return replace(read[1], vocabulary=vocabulary) if spans_fit(read[1], source) else None


def _vocabulary_json(vocabulary: Vocabulary) -> str:
    return json.dumps(
        {
            "phrases": [[p.head, p.word, p.span.start, p.span.end] for p in vocabulary.phrases],
            "counts": vocabulary.counts,
            "lower_case": sorted(vocabulary.lower_case),
        },
        ensure_ascii=False,
        separators=(",", ":"),
    )


def _vocabulary_from(data: dict[str, Any], text: str) -> Vocabulary:
    phrases = tuple(
        NamePhrase(head, word, Span(start, end, text[start:end]))
        for head, word, start, end in data["phrases"]
    )
    counts = {str(word): int(count) for word, count in data["counts"].items()}
    return Vocabulary(phrases, counts, frozenset(data["lower_case"]))
