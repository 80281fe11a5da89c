"""Resolution of a corpus that only grew: the partition kept from the earlier corpus is reused,
and the entities are exactly those resolving everything afresh gives."""

from __future__ import annotations

import dataclasses
import itertools
from pathlib import Path

import pytest

from factcheck import resolve as resolve_module
from factcheck.extract import extract
from factcheck.model import Entity, Extraction
from factcheck.resolve import resolve, resolve_growing
from factcheck.sources import load_sources

ARTICLES = {
    "a.md": "Mayor Lena Horvath of Port Alder met Finance Minister Oren Vasko in Saltmere on Monday.",
    "b.md": "Lena Horvat, the mayor of Port Alder, said Vasko had promised money for the harbour.",
    "c.md": "Horvath told the Harbour Council that the Saltmere ferry would run again in May.",
    "d.md": "Finance Minister Oren Vasco visited the Harbour Council (HC) in Port Alder.",
    "e.md": "The HC voted on Tuesday. Councillor Mara Velden said Horvath would sign the plan.",
    "f.md": "Mara Veldén, a councillor, and Oren Vasko spoke after the vote in Port Alder.",
}
SHARED_ECBPLUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "ecbplus"


def without_reasons(entities: list[Entity]) -> list[Entity]:
    return [dataclasses.replace(e, reasons=()) for e in entities]


@pytest.fixture
def extractions(tmp_path, lexicon) -> list[Extraction]:
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(f"---\npublished: 2031-05-06\n---\n{text}\n", encoding="utf-8")
    return [extract(source, lexicon) for source in load_sources([tmp_path])]


def grown(extractions: list[Extraction], lexicon, known_count: int) -> list[Entity]:
    _, known = resolve_growing(extractions[:known_count], lexicon, None)
    return resolve_growing(extractions, lexicon, known)[0]


@pytest.mark.parametrize("known_count", range(0, len(ARTICLES)))
def test_a_corpus_grown_from_a_kept_partition_resolves_as_a_fresh_one(extractions, lexicon, known_count):
    assert without_reasons(grown(extractions, lexicon, known_count)) == without_reasons(
        resolve(extractions, lexicon)
    )


def test_articles_added_one_at_a_time_in_any_order_resolve_as_a_fresh_corpus(extractions, lexicon):
    for order in itertools.islice(itertools.permutations(extractions), 0, None, 97):
        known = None
        for count in range(1, len(order) + 1):
            entities, known = resolve_growing(list(order[:count]), lexicon, known)
        assert without_reasons(entities) == without_reasons(resolve(list(order), lexicon))


def test_pairs_of_known_names_are_not_compared_again(extractions, lexicon, monkeypatch):
    _, known = resolve_growing(extractions[:-1], lexicon, None)
    compared: list[tuple[str, str]] = []
    original = resolve_module.same_entity

    def counting(a, b, names):
        compared.append((a.source_id, b.source_id))
        return original(a, b, names)

    monkeypatch.setattr(resolve_module, "same_entity", counting)
    resolve_growing(extractions, lexicon, known)
    newest = extractions[-1].source_id
    assert compared and all(newest in pair for pair in compared)


def test_a_kept_partition_of_an_edited_article_is_not_used(extractions, lexicon):
    _, known = resolve_growing(extractions, lexicon, None)
    edited = [dataclasses.replace(extractions[0], content_hash="sha256:edited"), *extractions[1:]]
    assert known is not None and not known.within({(e.source_id, e.content_hash) for e in edited})
    assert without_reasons(resolve_growing(edited, lexicon, known)[0]) == without_reasons(
        resolve(edited, lexicon)
    )


def test_a_kept_partition_of_a_removed_article_is_not_used(extractions, lexicon):
    _, known = resolve_growing(extractions, lexicon, None)
    assert without_reasons(resolve_growing(extractions[1:], lexicon, known)[0]) == without_reasons(
        resolve(extractions[1:], lexicon)
    )


def test_a_block_grown_too_large_to_pair_makes_resolution_start_afresh(extractions, lexicon, monkeypatch):
    # With blocks of at most two, a third article naming Port Alder leaves that block unpaired.
    monkeypatch.setattr(resolve_module, "MAX_BLOCK", 2)
    for known_count in range(1, len(extractions)):
        assert without_reasons(grown(extractions, lexicon, known_count)) == without_reasons(
            resolve(extractions, lexicon)
        )


@pytest.mark.skipif(
    not SHARED_ECBPLUS.is_dir(), reason="the ECB+ corpus (../shared/corpora/ecbplus) is absent"
)
def test_real_same_event_folders_grown_by_their_last_articles_resolve_as_fresh_ones(lexicon):
    for folder in sorted(p for p in SHARED_ECBPLUS.iterdir() if p.is_dir())[:6]:
        found = [extract(source, lexicon) for source in load_sources([folder])]
        half = len(found) // 2
        assert without_reasons(grown(found, lexicon, half)) == without_reasons(resolve(found, lexicon)), (
            folder
        )
