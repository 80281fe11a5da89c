"""How resolution grouped a corpus's names, kept so that a corpus that only grew is not compared
pair by pair again (see resolve.resolve_growing)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass

# A source as a partition knows it: its id and the hash of its content.
SourceState = tuple[str, str]


@dataclass(frozen=True, slots=True)
class Partition:
    """The groups that pairs of spellings made of the local entities of some sources, before short
    forms attach: a group label for each (source id, in-source key)."""

    sources: tuple[SourceState, ...]  # in the corpus's order
    labels: Mapping[tuple[str, str], int]  # (source id, in-source key) -> group

    def within(self, present: set[SourceState]) -> bool:
        """Whether every source it was made from is still there, unchanged."""
        return present.issuperset(self.sources)


def partition_to_json(partition: Partition) -> str:
    by_source: dict[str, list[list[object]]] = {source_id: [] for source_id, _ in partition.sources}
    for (source_id, key), label in partition.labels.items():
        by_source[source_id].append([key, label])
    return json.dumps(
        {"sources": [list(s) for s in partition.sources], "labels": by_source},
        ensure_ascii=False,
        separators=(",", ":"),
    )


def partition_from_json(text: str) -> Partition:
    """The partition written by `partition_to_json`; ValueError, KeyError or TypeError when damaged."""
    data = json.loads(text)
    sources = tuple((str(source_id), str(content_hash)) for source_id, content_hash in data["sources"])
    labels = {
        (str(source_id), str(key)): int(label)
        for source_id, rows in data["labels"].items()
        for key, label in rows
    }
    return Partition(sources, labels)
