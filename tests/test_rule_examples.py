"""Each built-in rule's documented examples run through `factcheck check`: the conflicting example
produces that rule's finding and the consistent one does not, so the documentation cannot drift.

An example is written in the rule's docstring as lines of

    a.md (2025-06-26): "the article's text"      (the date, when given, is its publication date)
    registry: {name: Anna Berg, type: person}     (one registry entry, as YAML)

A consistent example without registry lines uses the conflicting example's registry.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from tests.conftest import Exit

from factcheck.rules import BUILTIN_RULES

ARTICLE_LINE = re.compile(r'^(?P<name>[\w-]+\.md)(?: \((?P<published>\d{4}-\d{2}-\d{2})\))?: "(?P<text>.*)"')
REGISTRY_LINE = re.compile(r"^registry: (?P<entry>\{.*\})$")


@dataclass(frozen=True)
class Example:
    articles: tuple[tuple[str, str | None, str], ...]  # (file name, published, text)
    registry: tuple[str, ...]  # YAML flow mappings


def _example(block: str) -> Example:
    articles: list[tuple[str, str | None, str]] = []
    registry: list[str] = []
    for line in block.strip().splitlines():
        line = line.strip()
        if article := ARTICLE_LINE.match(line):
            articles.append((article["name"], article["published"], article["text"]))
        elif entry := REGISTRY_LINE.match(line):
            registry.append(entry["entry"])
        elif line:
            raise AssertionError(f"unreadable example line: {line!r}")
    return Example(tuple(articles), tuple(registry))


def examples(rule: type) -> tuple[Example, Example]:
    doc = rule.__doc__ or ""
    conflicting_block = doc.split("Conflicting:", 1)[1].split("Consistent:", 1)[0]
    consistent_block = doc.split("Consistent:", 1)[1]
    conflicting, consistent = _example(conflicting_block), _example(consistent_block)
    if not consistent.registry:
        consistent = Example(consistent.articles, conflicting.registry)
    return conflicting, consistent


def codes_found(example: Example, folder: Path, run_main: Callable[..., Exit]) -> set[str]:
    folder.mkdir()
    for name, published, text in example.articles:
        front = f"---\npublished: {published}\n---\n" if published else ""
        (folder / name).write_text(front + text + "\n", encoding="utf-8")
    arguments = ["check", "--format", "json", str(folder)]
    if example.registry:
        registry = folder.parent / f"{folder.name}.yaml"
        entries = "".join(f"  - {entry}\n" for entry in example.registry)
        registry.write_text(f"version: 1\nentities:\n{entries}", encoding="utf-8")
        arguments[1:1] = ["--reference", str(registry)]
    result = run_main(*arguments)
    assert result.code in (0, 1), result.stderr
    return {finding["rule"] for finding in json.loads(result.stdout)["findings"]}


RULES = [pytest.param(rule, id=rule.code) for rule in BUILTIN_RULES]


@pytest.mark.parametrize("rule", RULES)
def test_the_conflicting_example_produces_the_rules_finding(rule, workdir, run_main):
    conflicting, _ = examples(rule)
    assert rule.code in codes_found(conflicting, workdir / "conflicting", run_main)


@pytest.mark.parametrize("rule", RULES)
def test_the_consistent_example_does_not(rule, workdir, run_main):
    _, consistent = examples(rule)
    assert rule.code not in codes_found(consistent, workdir / "consistent", run_main)
