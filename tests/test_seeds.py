"""The shared seed articles: the known disagreements between them are found."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"

pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason=f"no seed articles at {SEEDS}")


@pytest.fixture(scope="module")
def report() -> dict:
    from click.testing import CliRunner

    from factcheck.cli import cli

    result = CliRunner(env={"NO_COLOR": "1", "COLUMNS": "100"}).invoke(
        cli, ["check", "--format", "json", "--claims-dir", str(SEEDS / "no-claims-here"), str(SEEDS)]
    )
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


def findings(report: dict, rule: str) -> list[dict]:
    return [f for f in report["findings"] if f["rule"] == rule]


def quotes(finding: dict) -> list[str]:
    return [e["text"] for e in finding["evidence"]]


def test_seeds_disagree_on_donald_trumps_title(report):
    trump = [f for f in findings(report, "FC101") if f["entity"] == "Donald Trump"]
    assert trump, [f["entity"] for f in report["findings"]]
    texts = quotes(trump[0])
    assert any("U.S. President Donald Trump" in t for t in texts), texts
    assert any("President-elect Donald Trump" in t for t in texts), texts


def test_seeds_write_ip4_two_ways(report):
    styles = [set(f["values"]) for f in findings(report, "FC202")]
    assert {"IP4", "IP-4"} in styles, styles


def test_seeds_write_the_hague_two_ways(report):
    styles = [set(f["values"]) for f in findings(report, "FC202")]
    assert {"The Hague", "the Hague"} in styles, styles


def test_seed_evidence_quotes_the_files(report):
    for finding in report["findings"]:
        for evidence in finding["evidence"]:
            if "start" in evidence:
                text = Path(evidence["path"]).read_text(encoding="utf-8")
                assert text[evidence["start"] : evidence["end"]] == evidence["text"]
