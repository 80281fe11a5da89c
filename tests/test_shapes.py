"""The shapes suite: for each kind of fact, conflicting and consistent pairs in many grammatical shapes.

Each YAML file under tests/shapes/ holds cases of short articles of our own invention. A case runs
`factcheck check --format json` over its articles (with its registry, when it has one) and is
matched the way the evaluation scorer matches: an expected finding is found by a finding of the same
kind (spelling and party count as one), at least as severe, whose evidence overlaps the quoted text
of at least two of the articles listed (of the one, when only one is listed). A case with `expect: []`
is a consistent pair: it must give no finding of warning or error at all.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from factcheck.cli import cli

CLI_ENV = {"NO_COLOR": "1", "COLUMNS": "100", "TERM": "dumb"}

SHAPES = Path(__file__).parent / "shapes"
SEVERITY = {"info": 1, "warning": 2, "error": 3}
SAME_KIND = {"party": "spelling"}


@dataclass(frozen=True)
class Case:
    file: str
    id: str
    data: dict[str, Any]


def _cases() -> list[Case]:
    found = []
    for path in sorted(SHAPES.glob("*.yaml")):
        document = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for data in document.get("cases", []):
            found.append(Case(path.stem, str(data["id"]), data))
    return found


def _params() -> list[Any]:
    params = []
    for case in _cases():
        marks = []
        if case.data.get("pending"):
            marks.append(pytest.mark.xfail(reason=f"pending: {case.data['pending']}", strict=False))
        params.append(pytest.param(case, id=f"{case.file}::{case.id}", marks=marks))
    return params


def _write(folder: Path, case: Case) -> list[str]:
    names = []
    for name, article in case.data["articles"].items():
        meta = {k: v for k, v in article.items() if k != "text"}
        head = "---\n" + yaml.safe_dump(meta, sort_keys=True) + "---\n" if meta else ""
        (folder / f"{name}.md").write_text(head + article["text"].strip() + "\n", encoding="utf-8")
        names.append(f"{name}.md")
    if "registry" in case.data:
        (folder / "reference.yaml").write_text(yaml.safe_dump(case.data["registry"]), encoding="utf-8")
    return names


def _run(folder: Path, names: list[str], registry: bool, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    args = ["check", "--isolated", "--format", "json", *names]
    if registry:
        args += ["--reference", "reference.yaml"]
    monkeypatch.chdir(folder)
    result = CliRunner(env=CLI_ENV).invoke(cli, args, catch_exceptions=False)
    assert result.exit_code in (0, 1), result.output
    report: dict[str, Any] = json.loads(result.stdout)
    return report


def _kind(kind: str) -> str:
    return SAME_KIND.get(kind, kind)


def _overlaps(finding: dict[str, Any], article: str, text: str, articles: dict[str, str]) -> bool:
    body = articles[article]
    at = body.find(text)
    assert at >= 0, f"{text!r} is not in article {article}"
    for evidence in finding["evidence"]:
        if Path(evidence.get("path", "")).stem != article or evidence.get("start") is None:
            continue
        if evidence["start"] < at + len(text) and at < evidence["end"]:
            return True
    return False


def _matches(finding: dict[str, Any], expected: dict[str, Any], articles: dict[str, str]) -> bool:
    if _kind(finding["kind"]) != _kind(expected["kind"]):
        return False
    if SEVERITY[finding["severity"]] < SEVERITY[expected.get("severity", "warning")]:
        return False
    values: dict[str, str] = expected["values"]
    hits = sum(_overlaps(finding, a, t, articles) for a, t in values.items())
    return hits >= min(2, len(values))


@pytest.mark.parametrize("case", _params())
def test_shape(case: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    names = _write(folder, case)
    report = _run(folder, names, "registry" in case.data, monkeypatch)
    articles = {Path(n).stem: (folder / n).read_text(encoding="utf-8") for n in names}
    findings = report["findings"]
    expected = case.data.get("expect", [])
    for wanted in expected:
        assert any(_matches(f, wanted, articles) for f in findings), (
            f"{case.data.get('shape', '')}: expected a {wanted['kind']} finding on {wanted['values']}; "
            f"got {[(f['kind'], f['severity'], f['message']) for f in findings]}"
        )
    if not expected:
        loud = [f for f in findings if SEVERITY[f["severity"]] >= SEVERITY["warning"]]
        assert not loud, (
            f"{case.data.get('shape', '')}: expected no finding; got {[f['message'] for f in loud]}"
        )
