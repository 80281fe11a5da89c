"""The JSON Schemas in schemas/ (for Taplo and yaml-language-server) say what the loaders accept."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from factcheck.config import KEYS, load_config
from factcheck.errors import ConfigError, RegistryError
from factcheck.model import OUTPUT_FORMATS, EntityType
from factcheck.rules import BUILTIN_RULES
from factcheck.sources.registry import read_registry
from factcheck.sources.registry.schema import DATE_KEYS, ENTRY_KEYS, PARTY_KEYS, ROLE_KEYS, TOP_KEYS

ROOT = Path(__file__).resolve().parents[1]
SCHEMAS = ROOT / "schemas"
CONFIG_SCHEMA = SCHEMAS / "factcheck-config.schema.json"
REGISTRY_SCHEMA = SCHEMAS / "registry.schema.json"


class EditorYaml(yaml.SafeLoader):
    """YAML as an editor's language server reads it against a JSON Schema: a date is a string."""


EditorYaml.yaml_implicit_resolvers = {
    first: [(tag, regex) for tag, regex in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def validator(path: Path) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(json.loads(path.read_text(encoding="utf-8")))


def registry_errors(text: str) -> list[str]:
    return [
        error.message for error in validator(REGISTRY_SCHEMA).iter_errors(yaml.load(text, Loader=EditorYaml))
    ]


def config_errors(data: dict[str, Any]) -> list[str]:
    return [error.message for error in validator(CONFIG_SCHEMA).iter_errors(data)]


def tool_accepts_registry(tmp_path: Path, text: str) -> bool:
    path = tmp_path / "reference.yaml"
    path.write_text(text, encoding="utf-8")
    try:
        _, problems = read_registry(path)
    except RegistryError:
        return False
    return not problems.found


def tool_accepts_config(tmp_path: Path, text: str) -> bool:
    path = tmp_path / "factcheck.toml"
    path.write_text(text, encoding="utf-8")
    try:
        load_config(path)
    except ConfigError:
        return False
    return True


# --- the schemas themselves --------------------------------------------------------------------------


@pytest.mark.parametrize("path", [CONFIG_SCHEMA, REGISTRY_SCHEMA], ids=lambda p: p.name)
def test_each_schema_is_a_valid_draft_2020_12_schema_editors_can_show(path: Path):
    schema = json.loads(path.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"].endswith("/" + path.name)
    assert schema["title"] and schema["description"]


def test_every_configuration_key_the_loader_knows_is_in_the_schema_and_no_other():
    settings = json.loads(CONFIG_SCHEMA.read_text(encoding="utf-8"))["$defs"]["settings"]
    assert set(settings["properties"]) == set(KEYS)
    assert all(value.get("description") for value in settings["properties"].values())


def test_every_registry_key_the_loader_knows_is_in_the_schema_and_no_other():
    schema = json.loads(REGISTRY_SCHEMA.read_text(encoding="utf-8"))
    entity = schema["$defs"]["entity"]
    roles, parties = entity["properties"]["roles"]["items"], entity["properties"]["parties"]["items"]
    event_date = entity["properties"]["date"]["anyOf"][1]
    assert set(schema["properties"]) == set(TOP_KEYS)
    assert set(entity["properties"]) == set(ENTRY_KEYS)
    assert (set(roles["properties"]), set(parties["properties"])) == (set(ROLE_KEYS), set(PARTY_KEYS))
    assert set(event_date["properties"]) == set(DATE_KEYS)


def test_the_schemas_name_every_output_format_and_entity_type():
    settings = json.loads(CONFIG_SCHEMA.read_text(encoding="utf-8"))["$defs"]["settings"]
    entity = json.loads(REGISTRY_SCHEMA.read_text(encoding="utf-8"))["$defs"]["entity"]
    assert settings["properties"]["output-format"]["enum"] == list(OUTPUT_FORMATS)
    named = entity["properties"]["type"]["anyOf"][0]["enum"]
    assert set(named) == {t.value for t in EntityType} - {"unknown"}


def test_every_rule_code_and_name_is_a_valid_selector():
    for rule in BUILTIN_RULES:
        for selector in (rule.code, rule.code.lower(), rule.name, rule.code[:3]):
            assert config_errors({"select": [selector]}) == [], selector


# --- what the tool accepts validates -------------------------------------------------------------------


def test_the_repositorys_registry_validates():
    assert registry_errors((ROOT / "claims" / "reference.yaml").read_text(encoding="utf-8")) == []


VALID_REGISTRIES = {
    "every key": """\
version: 1
entities:
  - name: Mara Velden
    type: Person
    aliases: [M. Velden]
    avoid: [Mara Veldon]
    roles:
      - {title: Mayor of Port Alder, from: 2029-05-01, to: 2031-04-30, note: re-elected once}
      - title: Governor of Saltmere
        from: 2031-05
    parties:
      - {name: Harbour Party, from: 2029}
    wikidata: Q4115189
    note: checked with the Harbour Council
  - name: Harbour Party
    type: organisation
  - name: Velmora floods
    type: event
    date: {from: 2032-03-04, to: 2032-03-06}
    place: Velmora
  - name: Saltmere regatta
    type: event
    date: 2033-07
""",
    "entities only": "entities:\n  - name: Oren Vasko\n",
    "empty": "",
    "version as a string": 'version: "1"\nentities: []\n',
}


@pytest.mark.parametrize("text", VALID_REGISTRIES.values(), ids=VALID_REGISTRIES.keys())
def test_a_registry_the_tool_accepts_validates(tmp_path: Path, text: str):
    assert tool_accepts_registry(tmp_path, text)
    assert registry_errors(text) == []


INVALID_REGISTRIES = {
    "unknown key": "version: 1\nentities:\n  - name: Mara Velden\n    alias: [M. Velden]\n",
    "bad date": "entities:\n  - name: Mara Velden\n    roles:\n      - {title: Mayor, from: 2031-13-01}\n",
    "no name": "entities:\n  - type: person\n",
    "unknown type": "entities:\n  - name: Mara Velden\n    type: persn\n",
    "role without a title": "entities:\n  - name: Mara Velden\n    roles:\n      - {from: 2031-01-01}\n",
    "other version": "version: 2\nentities: []\n",
    "entities not a list": "entities: {name: Mara Velden}\n",
    "empty alias": 'entities:\n  - name: Mara Velden\n    aliases: [" "]\n',
}


@pytest.mark.parametrize("text", INVALID_REGISTRIES.values(), ids=INVALID_REGISTRIES.keys())
def test_a_registry_the_tool_rejects_is_rejected_by_the_schema(tmp_path: Path, text: str):
    assert not tool_accepts_registry(tmp_path, text)
    assert registry_errors(text) != []


README_CONFIG_START = "```toml\n[tool.factcheck]\n"


def test_the_readmes_configuration_example_validates():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index(README_CONFIG_START) + len("```toml\n")
    example = tomllib.loads(readme[start : readme.index("```", start)])
    assert config_errors(example) == []
    assert config_errors(example["tool"]["factcheck"]) == []


VALID_CONFIGS = {
    "every key": """\
sources = "articles"
claims = "claims"
reference = "claims/reference.yaml"
select = ["FC", "spelling.style"]
ignore = ["fc203"]
fail-on = "Warning"
output-format = "sarif"
baseline = ".factcheck-baseline.json"
max-article-size = "512 KiB"
cache-dir = ".factcheck_cache"
jobs = 2
[severity]
FC302 = "error"
[per-path-ignores]
"archive/**" = ["FC2"]
""",
    "in a tool table": '[tool.factcheck]\nfail-on = "info"\nmax-article-size = 2097152\n',
    "empty": "",
}


@pytest.mark.parametrize("text", VALID_CONFIGS.values(), ids=VALID_CONFIGS.keys())
def test_a_configuration_the_tool_accepts_validates(tmp_path: Path, text: str):
    assert tool_accepts_config(tmp_path, text)
    assert config_errors(tomllib.loads(text)) == []


INVALID_CONFIGS = {
    "unknown key": 'fail_on = "error"\n',
    "unknown severity": 'fail-on = "fatal"\n',
    "unknown output format": 'output-format = "xml"\n',
    "jobs zero": "jobs = 0\n",
    "jobs as text": 'jobs = "2"\n',
    "select not a list": 'select = "FC1"\n',
    "not a rule": 'ignore = ["XY1"]\n',
    "size without a number": 'max-article-size = "big"\n',
    "keys inside and outside the tool table": 'jobs = 1\n[tool.factcheck]\nfail-on = "info"\n',
}


@pytest.mark.parametrize("text", INVALID_CONFIGS.values(), ids=INVALID_CONFIGS.keys())
def test_a_configuration_the_tool_rejects_is_rejected_by_the_schema(tmp_path: Path, text: str):
    assert not tool_accepts_config(tmp_path, text)
    assert config_errors(tomllib.loads(text)) != []


def test_the_printed_configuration_validates(run_cli, workdir: Path):
    (workdir / "factcheck.toml").write_text(VALID_CONFIGS["every key"], encoding="utf-8")
    assert config_errors(tomllib.loads(run_cli("config").stdout)) == []
