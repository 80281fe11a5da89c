"""A focused run (a check of some targets) gives exactly the findings quoting a target that an
unfocused run gives: rules may skip the rest of the corpus, never change what a target is told."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from tests.test_rule_examples import RULES, Example, examples

from factcheck.graph.build import analyse
from factcheck.model import Finding, Source
from factcheck.rules import RuleContext, run_rules
from factcheck.sources import load_sources
from factcheck.sources.registry import read_registry

# Three stories in five articles: a mayor's quotation worded two ways, a union described rather
# than named, a minister's name spelt three ways, and a toll that moves.
CORPUS = {
    "harbour-a.md": (
        "Mayor Lena Horvath of Port Alder opened the ferry terminal on Monday. "
        '"We will cut fares for every islander next spring," Horvath said. '
        'The dockers\' union said: "The new cranes will cost us forty jobs at the terminal."'
    ),
    "harbour-b.md": (
        "Mayor Lena Horvat of Port Alder opened the ferry terminal on Monday. "
        '"We will raise fares for every islander next spring," Horvat said. '
        'The dockers said: "The new cranes will cost us fifty jobs at the terminal."'
    ),
    "harbour-c.md": (
        "Port Alder's mayor, Lena Horvath, spoke at the ferry terminal. "
        'A spokesman for the dockers\' union said: "The new cranes will cost us forty jobs at the terminal."'
    ),
    "storm-a.md": (
        "Finance Minister Oren Vasko visited Saltmere after the storm, which killed 12 people. "
        "Vasko promised 40 million dollars for repairs in Saltmere."
    ),
    "storm-b.md": (
        "Finance Minister Oren Vasco visited Saltmere after the storm, which killed 15 people. "
        "Vasco promised 40 million dollars for repairs in Saltmere."
    ),
}


def involving(findings: tuple[Finding, ...], source: Source) -> list[Finding]:
    return [f for f in findings if source.path in f.paths]


def assert_focus_agrees(sources: list[Source], lexicon, registry=None) -> None:
    analysis = analyse(sources, lexicon, None, registry)
    context = RuleContext(analysis.graph, lexicon, registry)
    everything = run_rules(context)
    for source in sources:
        focused = run_rules(dataclasses.replace(context, focus=frozenset([source.id])))
        assert involving(focused, source) == involving(everything, source), source.path


def written(folder: Path, articles: dict[str, str], published: str | None = "2031-05-06") -> list[Source]:
    folder.mkdir(parents=True, exist_ok=True)
    front = f"---\npublished: {published}\n---\n" if published else ""
    for name, text in articles.items():
        (folder / name).write_text(front + text + "\n", encoding="utf-8")
    return load_sources([folder])


def test_each_article_of_a_mixed_corpus_is_told_what_the_whole_run_tells_it(tmp_path, lexicon):
    assert_focus_agrees(written(tmp_path / "dated", CORPUS), lexicon)


def test_undated_articles_are_told_what_the_whole_run_tells_them(tmp_path, lexicon):
    assert_focus_agrees(written(tmp_path / "undated", CORPUS, published=None), lexicon)


def test_the_mixed_corpus_has_findings_for_the_focus_to_keep(tmp_path, lexicon):
    sources = written(tmp_path / "dated", CORPUS)
    analysis = analyse(sources, lexicon)
    codes = {f.rule for f in run_rules(RuleContext(analysis.graph, lexicon))}
    assert {"FC201", "FC501", "FC701"} <= codes


def _example_sources(example: Example, folder: Path) -> tuple[list[Source], object]:
    folder.mkdir()
    for name, published, text in example.articles:
        front = f"---\npublished: {published}\n---\n" if published else ""
        (folder / name).write_text(front + text + "\n", encoding="utf-8")
    registry = None
    if example.registry:
        path = folder.parent / f"{folder.name}.yaml"
        entries = "".join(f"  - {entry}\n" for entry in example.registry)
        path.write_text(f"version: 1\nentities:\n{entries}", encoding="utf-8")
        registry = read_registry(path)[0]
    return load_sources([folder]), registry


@pytest.mark.parametrize("rule", RULES)
def test_each_rules_examples_give_a_focused_run_what_they_give_a_whole_one(rule, tmp_path, lexicon):
    for label, example in zip(("conflicting", "consistent"), examples(rule), strict=True):
        sources, registry = _example_sources(example, tmp_path / label)
        assert_focus_agrees(sources, lexicon, registry)


def test_a_check_of_one_target_reports_what_a_whole_run_reports_for_it(run_cli, workdir):
    written(workdir / "sources", CORPUS)
    focused = run_cli("check", "--format", "json", "--no-cache", "sources/harbour-b.md").stdout
    # writing a baseline needs every finding of the corpus, so that run is not focused
    whole = run_cli(
        "check", "--format", "json", "--no-cache", "--write-baseline", "all.json", "sources/harbour-b.md"
    ).stdout
    assert focused == whole
    assert json.loads(focused)["findings"]


TYPO_CORPUS = {
    "opening.md": "The Harbour summit opened on Monday. Delegates praised the Harbour summit.",
    "closing.md": "The Harbour summit closed on Friday with a joint statement.",
    "comment.md": "Critics said the Harbour summet achieved little for the islands.",
}


def test_a_typo_found_across_articles_is_told_to_both_articles_it_quotes(tmp_path, lexicon):
    sources = written(tmp_path / "typo", TYPO_CORPUS)
    analysis = analyse(sources, lexicon)
    typos = [f for f in run_rules(RuleContext(analysis.graph, lexicon)) if f.rule == "FC203"]
    assert typos and {Path(p).name for p in typos[0].paths} == {"comment.md", "closing.md"}
    assert_focus_agrees(sources, lexicon)


def test_a_targeted_report_counts_only_the_suppressed_findings_that_quote_a_target(run_cli, workdir):
    articles = dict(CORPUS)
    # the storm's toll is a known dispute, suppressed where one source gives it
    articles["storm-b.md"] = (
        '<!-- factcheck: ignore FC501 reason="the toll is disputed" -->\n' + articles["storm-b.md"]
    )
    written(workdir / "sources", articles)
    storm = json.loads(run_cli("check", "--format", "json", "--no-cache", "sources/storm-a.md").stdout)
    harbour = json.loads(run_cli("check", "--format", "json", "--no-cache", "sources/harbour-a.md").stdout)
    assert storm["suppressed"] >= 1
    assert harbour["suppressed"] == 0
