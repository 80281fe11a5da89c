"""`factcheck graph`: the JSON's claims and edges, and the DOT export for Graphviz."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from factcheck.graph.dot import dot_string

# pydot's parser calls pyparsing names that newer pyparsing deprecates: their warnings are not ours
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:pydot")

FIRST = (
    "Harbour Party leader Mara Velden met Oren Vasko in Saltmere on Monday.\n"
    "The epicentre was 70 km south-west of Port Alder.\n"
)
SECOND = "Talks resumed.\nPresident Mara Velden opened the new session of the Saltmere assembly.\n"


@pytest.fixture
def corpus(write_article, workdir: Path) -> Path:
    write_article("sources/a.md", FIRST, published="2031-06-26")
    write_article("sources/b.md", SECOND, published="2031-06-27")
    return workdir / "sources"


def graph_json(run_cli) -> dict:
    result = run_cli("graph", "sources", "--format", "json")
    assert result.exit_code == 0
    return json.loads(result.stdout)


def entity(graph: dict, name: str) -> dict:
    return next(e for e in graph["entities"] if e["name"] == name)


# --- JSON -------------------------------------------------------------------------------------------


def test_the_existing_keys_keep_their_shape(run_cli, corpus):
    graph = graph_json(run_cli)
    assert graph["version"] == 1
    for found in graph["entities"]:
        assert list(found)[:6] == ["id", "name", "type", "aliases", "why", "mentions"]
        for mention in found["mentions"]:
            assert {"source", "path", "start", "end", "text"} <= set(mention)


def test_each_entity_lists_the_claims_about_it_with_kind_attribute_and_value(run_cli, corpus):
    claims = entity(graph_json(run_cli), "Mara Velden")["claims"]
    kinds = {(c["kind"], c["attribute"], c["value"]) for c in claims}
    assert ("party", "party", "Harbour Party") in kinds
    assert ("title", "title", "president") in kinds
    assert all(c["source"] in ("a", "b") and c["rule"] for c in claims)


def test_a_negated_claim_says_so(run_cli, write_article, workdir):
    write_article("sources/a.md", "Mara Velden did not attend the Saltmere summit on Monday.\n")
    claims = entity(graph_json(run_cli), "Mara Velden")["claims"]
    attended = next(c for c in claims if (c["kind"], c["attribute"]) == ("event", "attend"))
    assert attended["value"] == "Saltmere summit" and attended["stance"]["negated"] is True


def test_a_plain_claim_has_no_stance(run_cli, corpus):
    claims = entity(graph_json(run_cli), "Mara Velden")["claims"]
    title = next(c for c in claims if c["value"] == "president")
    assert "stance" not in title


def test_a_claim_is_at_the_line_and_column_of_its_span(run_cli, corpus):
    claims = entity(graph_json(run_cli), "Mara Velden")["claims"]
    title = next(c for c in claims if c["value"] == "president")
    # b.md: three lines of front matter, "Talks resumed." on line 4, the title on line 5
    assert (title["path"], title["line"], title["column"]) == ("sources/b.md", 5, 1)
    text = Path(title["path"]).read_text(encoding="utf-8")
    assert text[title["start"] : title["end"]] == title["text"] == "President Mara Velden"


def test_mentions_give_line_and_column_too(run_cli, corpus):
    for found in graph_json(run_cli)["entities"]:
        for mention in found["mentions"]:
            lines = Path(mention["path"]).read_text(encoding="utf-8").split("\n")
            line = lines[mention["line"] - 1]
            assert line[mention["column"] - 1 :].startswith(mention["text"])


def test_entities_are_linked_to_the_articles_that_mention_them(run_cli, corpus):
    graph = graph_json(run_cli)
    mentioned = {(e["from"], e["to"]): e for e in graph["edges"] if e["relation"] == "mentioned in"}
    edge = mentioned["entity:mara-velden", "source:a"]
    assert edge["mentions"] == 1 and edge["spellings"] == ["Mara Velden"]
    assert ("entity:mara-velden", "source:b") in mentioned
    assert [s["id"] for s in graph["sources"]] == ["a", "b"]


def test_an_entity_is_linked_to_the_entity_a_claim_about_it_names(run_cli, corpus):
    between = [e for e in graph_json(run_cli)["edges"] if e["to"].startswith("entity:")]
    party = next(e for e in between if e["relation"] == "party")
    assert (party["from"], party["to"]) == ("entity:mara-velden", "entity:harbour-party")
    assert party["claims"] == 1 and party["sources"] == ["a"]


def test_every_edge_joins_nodes_of_the_graph(run_cli, corpus):
    graph = graph_json(run_cli)
    nodes = {f"entity:{e['id']}" for e in graph["entities"]} | {f"source:{s['id']}" for s in graph["sources"]}
    for edge in graph["edges"]:
        assert edge["from"] in nodes and edge["to"] in nodes


# --- DOT --------------------------------------------------------------------------------------------


def graph_dot(run_cli) -> str:
    result = run_cli("graph", "sources", "--format", "dot")
    assert result.exit_code == 0
    return result.stdout


def test_dot_has_a_node_per_entity_and_article_and_an_edge_per_edge_of_the_json(run_cli, corpus):
    graph, dot = graph_json(run_cli), graph_dot(run_cli)
    assert dot.startswith("digraph factcheck {\n") and dot.endswith("}\n")
    nodes = re.findall(r'^  "([^"]+)" \[label=', dot, re.MULTILINE)
    edges = re.findall(r'^  "([^"]+)" -> "([^"]+)"', dot, re.MULTILINE)
    assert len(nodes) == len(graph["entities"]) + len(graph["sources"])
    assert edges == [(e["from"], e["to"]) for e in graph["edges"]]
    assert '"entity:mara-velden" [label="Mara Velden (person)"' in dot


def test_dot_parses_with_pydot(run_cli, corpus):
    pydot = pytest.importorskip("pydot")
    graph, parsed = graph_json(run_cli), pydot.graph_from_dot_data(graph_dot(run_cli))
    assert parsed is not None and len(parsed) == 1
    assert len(parsed[0].get_edges()) == len(graph["edges"])
    names = {node.get_name().strip('"') for node in parsed[0].get_nodes()}
    assert {"entity:mara-velden", "source:a"} <= names


def test_dot_is_accepted_by_graphviz_when_installed(run_cli, corpus):
    if shutil.which("dot") is None:
        pytest.skip("Graphviz's dot is not installed")
    rendered = subprocess.run(
        ["dot", "-Tsvg"], input=graph_dot(run_cli), capture_output=True, text=True, check=False
    )
    assert rendered.returncode == 0, rendered.stderr
    assert "<svg" in rendered.stdout


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ('Port "Alder"', r'"Port \"Alder\""'),
        ("back\\slash", r'"back\\slash"'),
        ("two\nlines", r'"two\\nlines"'),
        ("a } b; c -> d", '"a } b; c -> d"'),
    ],
)
def test_ids_and_labels_are_quoted_so_no_name_can_end_a_statement(text, quoted):
    assert dot_string(text) == quoted


def test_a_file_name_with_quotes_and_newlines_still_gives_valid_dot(run_cli, write_article, workdir):
    pydot = pytest.importorskip("pydot")
    write_article('sources/odd "name"\\x.md', FIRST, published="2031-06-26")
    write_article("sources/line\nbreak.md", SECOND, published="2031-06-27")
    parsed = pydot.graph_from_dot_data(graph_dot(run_cli))
    assert parsed is not None
    labels = {node.get("label") for node in parsed[0].get_nodes()}
    paths = [source["path"] for source in graph_json(run_cli)["sources"]]  # as every report shows them
    assert {dot_string(path) for path in paths} <= labels
    assert len(paths) == 2
