"""Writing registry entries as YAML, as a newsroom would write them by hand."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any, TextIO

import yaml

REGISTRY_VERSION = 1
_ISO_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_YAML_WIDTH = 4096  # one role per line, however long its title
_KEY_ORDER = ("name", "type", "aliases", "roles", "parties", "wikidata", "title", "from", "to")


def write_registry(entries: Iterable[Mapping[str, Any]], stream: TextIO) -> int:
    """Write `entries` as a registry YAML file to `stream`, one at a time; return how many.

    The output is deterministic: keys in the registry's usual order, one line per role or party.
    Full dates are written as YAML dates (`from: 2025-01-20`, as one writes them by hand).
    """
    stream.write(f"version: {REGISTRY_VERSION}\n")
    count = 0
    for entry in entries:
        if count == 0:
            stream.write("entities:\n")
        text = yaml.dump(
            [_yaml_ready(entry)],
            Dumper=_RegistryDumper,
            sort_keys=False,
            allow_unicode=True,
            default_flow_style=None,
            width=_YAML_WIDTH,
        )
        stream.write("".join(f"  {line}" for line in text.splitlines(keepends=True)))
        count += 1
    if count == 0:
        stream.write("entities: []\n")
    return count


class _RegistryDumper(yaml.SafeDumper):
    """SafeDumper that indents a list under its key, as the registry is written by hand."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


class _BlockMapping(dict[str, Any]):
    """An entry, always written as a block even when all its values are scalars."""


def _represent_block(dumper: yaml.SafeDumper, data: _BlockMapping) -> yaml.Node:
    return dumper.represent_mapping("tag:yaml.org,2002:map", data, flow_style=False)


_RegistryDumper.add_representer(_BlockMapping, _represent_block)


def _yaml_ready(entry: Mapping[str, Any]) -> _BlockMapping:
    ready = _BlockMapping(_ordered(entry))
    for key in ("roles", "parties"):
        if key in ready:
            ready[key] = [_ordered({k: _yaml_date(v) for k, v in item.items()}) for item in ready[key]]
    return ready


def _ordered(mapping: Mapping[str, Any]) -> dict[str, Any]:
    rank = {key: number for number, key in enumerate(_KEY_ORDER)}
    return {key: mapping[key] for key in sorted(mapping, key=lambda key: rank.get(key, len(rank)))}


def _yaml_date(value: Any) -> Any:
    if isinstance(value, str) and _ISO_DAY.fullmatch(value):
        return date.fromisoformat(value)
    return value
