"""Claims files: `factcheck extract` writes them deterministically; `check` reuses fresh ones only."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.extract import EXTRACTOR_VERSION
from factcheck.sources import load_source
from factcheck.store import CLAIMS_FORMAT

ELECT = "Aides to President-elect Anna Berg declined to comment on the budget.\n"
IN_OFFICE = "Talks resumed.\nPresident Anna Berg opened the new session of parliament.\n"


@pytest.fixture
def corpus(write_article, workdir: Path) -> Path:
    """sources/a.md and sources/b.md, which disagree about Anna Berg's title on one date."""
    write_article("sources/a.md", IN_OFFICE, published="2025-06-26")
    write_article("sources/b.md", ELECT, published="2025-06-26")
    return workdir / "sources"


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def check_json(run_cli, *args: str) -> dict:
    result = run_cli("check", "--format", "json", *args)
    return json.loads(result.stdout)


def rules_found(report: dict) -> list[str]:
    return [f["rule"] for f in report["findings"]]


def test_extract_writes_one_claims_file_per_source(run_cli, corpus, workdir):
    result = run_cli("extract", "sources")
    assert result.exit_code == 0
    assert sorted(p.name for p in (workdir / "claims").iterdir()) == ["a.json", "b.json"]


def test_extract_honours_claims_dir(run_cli, corpus, workdir):
    run_cli("extract", "sources", "--claims-dir", "store/claims")
    assert (workdir / "store" / "claims" / "a.json").is_file()
    assert not (workdir / "claims").exists()


def test_extract_writes_the_same_bytes_twice(run_cli, corpus, workdir):
    run_cli("extract", "sources")
    first = snapshot(workdir / "claims")
    result = run_cli("extract", "sources")
    assert snapshot(workdir / "claims") == first
    assert "unchanged" in result.stderr


def test_extract_of_a_fresh_copy_writes_the_same_bytes(run_cli, corpus, workdir):
    run_cli("extract", "sources")
    first = snapshot(workdir / "claims")
    for path in (workdir / "claims").iterdir():
        path.unlink()
    run_cli("extract", "sources")
    assert snapshot(workdir / "claims") == first


def test_claims_file_is_pretty_printed_with_sorted_keys(run_cli, corpus, workdir):
    run_cli("extract", "sources")
    text = (workdir / "claims" / "a.json").read_text(encoding="utf-8")
    assert text == json.dumps(json.loads(text), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def test_claims_file_lists_mentions_and_claims_in_document_order(run_cli, corpus, workdir):
    run_cli("extract", "sources")
    data = json.loads((workdir / "claims" / "a.json").read_text(encoding="utf-8"))
    starts = [m["start"] for m in data["mentions"]]
    assert starts == sorted(starts)
    claim_starts = [c["start"] for c in data["claims"]]
    assert claim_starts == sorted(claim_starts)


def test_claims_file_carries_content_hash_and_extractor_version(run_cli, corpus, workdir):
    run_cli("extract", "sources")
    data = json.loads((workdir / "claims" / "a.json").read_text(encoding="utf-8"))
    assert data["source"]["content_hash"] == load_source(corpus / "a.md").content_hash
    assert data["extractor_version"] == EXTRACTOR_VERSION
    assert data["source"]["id"] == "a"


def test_claims_file_holds_the_title_claim_with_its_span(run_cli, corpus, workdir):
    run_cli("extract", "sources")
    data = json.loads((workdir / "claims" / "a.json").read_text(encoding="utf-8"))
    text = (corpus / "a.md").read_text(encoding="utf-8")
    (claim,) = [c for c in data["claims"] if c["predicate"] == "title"]
    assert claim["value"]["office"] == "president"
    assert text[claim["start"] : claim["end"]] == claim["text"] == "President Anna Berg"


def test_check_finds_the_conflict_without_claims_files(run_cli, corpus):
    assert rules_found(check_json(run_cli, "sources")) == ["FC101"]


def test_check_reuses_a_claims_file_that_matches_the_source(run_cli, corpus, workdir):
    run_cli("extract", "sources")
    path = workdir / "claims" / "a.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["claims"] = []  # hash unchanged: check must believe the file and see no title in a.md
    path.write_text(json.dumps(data), encoding="utf-8")
    assert rules_found(check_json(run_cli, "sources")) == []


def test_check_re_extracts_when_the_source_changed(run_cli, corpus, workdir):
    run_cli("extract", "sources")
    path = workdir / "claims" / "a.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["claims"] = []
    path.write_text(json.dumps(data), encoding="utf-8")
    with (corpus / "a.md").open("a", encoding="utf-8") as article:
        article.write("The session ran late into the night.\n")
    assert rules_found(check_json(run_cli, "sources")) == ["FC101"]


def test_check_re_extracts_when_the_extractor_version_changed(run_cli, corpus, workdir):
    run_cli("extract", "sources")
    path = workdir / "claims" / "a.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["claims"] = []
    data["extractor_version"] = "0-stale"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert rules_found(check_json(run_cli, "sources")) == ["FC101"]


def version_1(path: Path, claims: list[dict]) -> None:
    """Rewrite a claims file in the layout of format 1: untyped qualifiers and topics."""
    data = json.loads(path.read_text(encoding="utf-8"))
    data["format"] = 1
    data["claims"] = claims
    path.write_text(json.dumps(data, indent=2, sort_keys=True), encoding="utf-8")


# A title claim as format 1 wrote it; format 2 keeps the stance and as_of apart, typed.
OLD_TITLE = {
    "start": 0, "end": 5, "text": "Talks", "subject": None, "subject_key": None, "anchors": [], "object": None,
    "predicate": "title", "rule": "title.before-name", "topic": "",
    "value": {"type": "title", "office": "president", "modifier": None, "jurisdiction": None},
    "qualifiers": {"as_of": None, "attributed_to": None, "hedged": False, "negated": False},
}  # fmt: skip


@pytest.mark.parametrize("claims", [[], [OLD_TITLE]], ids=["no claims", "an old title claim"])
def test_check_re_extracts_a_claims_file_of_the_old_format(run_cli, corpus, workdir, claims):
    run_cli("extract", "sources")
    version_1(workdir / "claims" / "a.json", claims)
    result = run_cli("check", "--format", "json", "sources")
    assert result.exit_code == 1
    assert rules_found(json.loads(result.stdout)) == ["FC101"]


def test_extract_replaces_a_claims_file_of_the_old_format(run_cli, corpus, workdir):
    run_cli("extract", "sources")
    path = workdir / "claims" / "a.json"
    fresh = path.read_text(encoding="utf-8")
    version_1(path, [OLD_TITLE])
    result = run_cli("extract", "sources")
    assert result.exit_code == 0 and "wrote claims/a.json" in result.stderr
    assert path.read_text(encoding="utf-8") == fresh
    assert json.loads(fresh)["format"] == CLAIMS_FORMAT == 2


def test_check_reads_claims_from_claims_dir(run_cli, corpus, workdir):
    run_cli("extract", "sources", "--claims-dir", "elsewhere")
    path = workdir / "elsewhere" / "a.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["claims"] = []
    path.write_text(json.dumps(data), encoding="utf-8")
    assert rules_found(check_json(run_cli, "sources", "--claims-dir", "elsewhere")) == []


def test_a_corrupt_claims_file_is_exit_2_naming_it(run_main, run_cli, corpus, workdir):
    run_cli("extract", "sources")
    (workdir / "claims" / "b.json").write_text('{"format": 1, "mentions": [', encoding="utf-8")
    result = run_main("check", "sources")
    assert result.code == 2
    assert "claims/b.json" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_a_claims_file_with_missing_fields_is_exit_2_naming_it(run_main, run_cli, corpus, workdir):
    run_cli("extract", "sources")
    (workdir / "claims" / "a.json").write_text('{"format": 1}\n', encoding="utf-8")
    result = run_main("check", "sources")
    assert result.code == 2
    assert "claims/a.json" in result.stderr


def test_extract_refuses_to_overwrite_a_file_that_is_not_a_claims_file(run_main, corpus, workdir):
    (workdir / "claims").mkdir()
    (workdir / "claims" / "a.json").write_text("my notes, not claims\n", encoding="utf-8")
    result = run_main("extract", "sources")
    assert result.code == 2
    assert "claims/a.json" in result.stderr
    assert (workdir / "claims" / "a.json").read_text(encoding="utf-8") == "my notes, not claims\n"


def test_check_writes_nothing_without_a_claims_folder(run_cli, corpus, workdir):
    before = snapshot(workdir)
    run_cli("check", "sources")
    run_cli("check", "sources", "--format", "json")
    assert snapshot(workdir) == before


def test_check_writes_nothing_with_stale_claims_files(run_cli, corpus, workdir):
    run_cli("extract", "sources")
    with (corpus / "a.md").open("a", encoding="utf-8") as article:
        article.write("The session ran late into the night.\n")
    before = snapshot(workdir)
    run_cli("check", "sources")
    assert snapshot(workdir) == before
