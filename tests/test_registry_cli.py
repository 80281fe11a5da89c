"""The registry commands end to end: check, suggest, import-wikidata, and check --reference."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from tests.conftest import Exit

ARTICLE = """---
published: 2025-06-20
---
Prime Minister-elect Anna Berg met Karl Holm, the mayor of Eastport, on Friday.
Holm and Berg spoke about the harbour.
"""
REGISTRY = """version: 1
entities:
  - name: Anna Berg
    type: person
    roles:
      - {title: Prime Minister-elect of Nordland, from: 2024-09-10, to: 2024-10-01}
      - {title: Prime Minister of Nordland, from: 2024-10-01}
"""


def test_registry_check_accepts_a_valid_registry(workdir: Path, run_main: Callable[..., Exit]) -> None:
    (workdir / "reference.yaml").write_text(REGISTRY, encoding="utf-8")
    result = run_main("registry", "check", "reference.yaml")
    assert result.code == 0 and "1 entries, no problems" in result.stdout


def test_registry_check_reports_problems_with_lines_and_exit_1(
    workdir: Path, run_main: Callable[..., Exit]
) -> None:
    (workdir / "reference.yaml").write_text(
        REGISTRY.replace("type: person", "tipe: person"), encoding="utf-8"
    )
    result = run_main("registry", "check", "reference.yaml")
    assert result.code == 1
    assert "reference.yaml:4: unknown key 'tipe' in an entity (did you mean 'type'?)" in result.stderr


def test_a_broken_registry_given_to_check_is_exit_2(workdir: Path, run_main: Callable[..., Exit]) -> None:
    (workdir / "a.md").write_text(ARTICLE, encoding="utf-8")
    (workdir / "reference.yaml").write_text(REGISTRY.replace("2024-10-01}", "2024-10-41}"), encoding="utf-8")
    result = run_main("check", "--reference", "reference.yaml", "a.md")
    assert result.code == 2
    assert "bad date '2024-10-41'" in result.stderr and "Traceback" not in result.stderr


def test_check_with_a_reference_reports_its_entry(workdir: Path, run_main: Callable[..., Exit]) -> None:
    (workdir / "a.md").write_text(ARTICLE, encoding="utf-8")
    (workdir / "reference.yaml").write_text(REGISTRY, encoding="utf-8")
    result = run_main("check", "--format", "json", "--reference", "reference.yaml", "a.md")
    report = json.loads(result.stdout)
    [finding] = [f for f in report["findings"] if f["rule"] == "FC111"]
    reference = [e for e in finding["evidence"] if e["source"] == "reference"]
    assert reference and reference[0]["path"] == "reference.yaml" and reference[0]["line"] == 6


def test_check_reads_claims_reference_yaml_by_default(workdir: Path, run_main: Callable[..., Exit]) -> None:
    (workdir / "a.md").write_text(ARTICLE, encoding="utf-8")
    (workdir / "claims").mkdir()
    (workdir / "claims" / "reference.yaml").write_text(REGISTRY, encoding="utf-8")
    result = run_main("check", "--format", "json", "a.md")
    assert any(f["rule"] == "FC111" for f in json.loads(result.stdout)["findings"])


def test_registry_suggest_lists_unknown_entities_most_mentioned_first(
    workdir: Path, run_main: Callable[..., Exit]
) -> None:
    (workdir / "a.md").write_text(ARTICLE, encoding="utf-8")
    (workdir / "reference.yaml").write_text(REGISTRY, encoding="utf-8")
    result = run_main("registry", "suggest", "--reference", "reference.yaml", "a.md")
    assert result.code == 0
    assert '- name: "Karl Holm"' in result.stdout and "Anna Berg" not in result.stdout
    assert "# 2 mentions in 1 article" in result.stdout


def test_import_wikidata_writes_a_registry_that_loads(workdir: Path, run_main: Callable[..., Exit]) -> None:
    item = {
        "id": "Q900001",
        "type": "item",
        "labels": {"en": {"language": "en", "value": "Anna Berg"}},
        "aliases": {},
        "claims": {
            "P31": [
                {
                    "rank": "normal",
                    "mainsnak": {
                        "snaktype": "value",
                        "datavalue": {"value": {"id": "Q5"}, "type": "wikibase-entityid"},
                    },
                }
            ]
        },
    }
    (workdir / "dump.json").write_text("[\n" + json.dumps(item) + "\n]\n", encoding="utf-8")
    result = run_main("registry", "import-wikidata", "dump.json", "--types", "Q5", "-o", "imported.yaml")
    assert result.code == 0, result.stderr
    assert run_main("registry", "check", "imported.yaml").code == 0


def test_import_wikidata_never_writes_over_a_file(workdir: Path, run_main: Callable[..., Exit]) -> None:
    (workdir / "dump.json").write_text("[\n]\n", encoding="utf-8")
    (workdir / "mine.yaml").write_text("precious\n", encoding="utf-8")
    result = run_main("registry", "import-wikidata", "dump.json", "--types", "Q5", "-o", "mine.yaml")
    assert result.code == 2 and (workdir / "mine.yaml").read_text(encoding="utf-8") == "precious\n"
