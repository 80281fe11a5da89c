"""Reading and validating the registry YAML, reporting every problem with its line number."""

from __future__ import annotations

import gc
import re
from dataclasses import dataclass, field
from datetime import date
from difflib import get_close_matches
from pathlib import Path

import yaml

from factcheck.errors import RegistryError
from factcheck.files import shown
from factcheck.model import DateRange, EntityType, Entry, Membership, Precision, Registry, Role
from factcheck.sources.registry.plain import Field, NotPlain, item_node, read_items
from factcheck.sources.registry.quick import quick_entry
from factcheck.sources.registry.schema import (
    DATE_KEYS,
    ENTRY_KEYS,
    PARTY_KEYS,
    ROLE_KEYS,
    TOP_KEYS,
    date_range,
)
from factcheck.sources.untrusted_yaml import compose_untrusted

# The line that opens the list of entries, at the top level; the plain reader takes it from there.
_ENTITIES = re.compile(r"^entities:[ ]*\n", re.MULTILINE)


@dataclass
class Problems:
    """Problems found while reading, each with its line; raised together at the end."""

    path: str
    found: list[tuple[int, str]] = field(default_factory=list)

    def add(self, node: yaml.Node, message: str) -> None:
        self.found.append((node.start_mark.line + 1, message))

    def raise_if_any(self) -> None:
        if self.found:
            lines = [f"{self.path}:{line}: {message}" for line, message in sorted(self.found)]
            raise RegistryError("\n".join(lines))


def read_registry(path: Path) -> tuple[Registry, Problems]:
    """Read a registry file with every problem found in it, to be raised together (`Problems`) once
    the checks that need the lexicon have added theirs. A file that cannot be read is an error at once."""
    where = shown(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise RegistryError(f"{where}: no such registry file") from None
    except OSError as exc:
        raise RegistryError(f"{where}: cannot read registry ({exc.strerror or exc})") from None
    except UnicodeDecodeError as exc:
        raise RegistryError(f"{where}: cannot read registry ({exc})") from None
    # Millions of small objects, none in a cycle: the cyclic collector would only walk them again
    # and again while they are made (a third of the time of a large registry).
    collecting = gc.isenabled()
    gc.disable()
    try:
        try:
            problems, entries = _read_plain(text, where)
        except (NotPlain, yaml.YAMLError):
            problems, entries = _read_parsed(text, where)
        _check_duplicates(entries, problems)
    finally:
        if collecting:
            gc.enable()
    return Registry(where, tuple(entries)), problems


def _read_parsed(text: str, where: str) -> tuple[Problems, list[Entry]]:
    """Any registry, through the YAML parser: every node of the file is built before it is read."""
    try:
        root = compose_untrusted(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f"{mark.line + 1}:" if mark is not None else ""
        raise RegistryError(f"{where}:{line} malformed YAML: {getattr(exc, 'problem', exc)}") from None
    problems = Problems(where)
    return problems, _read_root(root, problems)


def _read_plain(text: str, where: str) -> tuple[Problems, list[Entry]]:
    """A registry in the plain block style (`plain`): the lines before 'entities:' through the YAML
    parser, then each entry read as soon as its lines are, so that a million entries never stand
    as YAML nodes at once. Raises NotPlain (or a YAML error) for any other file."""
    heading = _ENTITIES.search(text)
    if heading is None:
        raise NotPlain
    root = compose_untrusted(text[: heading.end()])
    first = text.count("\n", 0, heading.end())
    if not isinstance(root, yaml.MappingNode) or not root.value:
        raise NotPlain
    keys = [str(key.value) for key, _ in root.value]
    last_key, last_value = root.value[-1]
    if keys.count("entities") != 1 or keys[-1] != "entities" or last_key.start_mark.line != first - 1:
        raise NotPlain  # 'entities:' is not the last key of the top mapping
    if not isinstance(last_value, yaml.ScalarNode) or last_value.value != "":
        raise NotPlain
    problems = Problems(where)
    entries: list[Entry] = []

    def take(line: int, fields: list[Field]) -> None:
        # something to report, or an unusual shape: read as the parser would give it
        entry = quick_entry(line, fields) or _read_entry(item_node(line, fields), problems)
        if entry is not None:
            entries.append(entry)

    read_items(text, first, take)
    root.value[-1] = (last_key, yaml.SequenceNode("tag:yaml.org,2002:seq", [], last_key.start_mark, None))
    _read_root(root, problems)  # the version and the other keys; its list of entities is read above
    return problems, entries


def _mapping(
    node: yaml.Node, allowed: tuple[str, ...], what: str, problems: Problems
) -> dict[str, yaml.Node]:
    if not isinstance(node, yaml.MappingNode):
        problems.add(node, f"{what} must be a mapping of keys to values")
        return {}
    found: dict[str, yaml.Node] = {}
    for key_node, value_node in node.value:
        key = str(key_node.value)
        if key not in allowed:
            hint = get_close_matches(key, allowed, n=1)
            suggestion = f" (did you mean '{hint[0]}'?)" if hint else f" (known keys: {', '.join(allowed)})"
            problems.add(key_node, f"unknown key '{key}' in {what}{suggestion}")
        elif key in found:
            problems.add(key_node, f"key '{key}' given twice in {what}")
        else:
            found[key] = value_node
    return found


def _read_root(root: yaml.Node | None, problems: Problems) -> list[Entry]:
    if root is None:
        return []
    top = _mapping(root, TOP_KEYS, "the registry", problems)
    version = top.get("version")
    if version is not None and str(version.value) != "1":
        problems.add(
            version, f"unsupported registry version {version.value!r} (this factcheck reads version 1)"
        )
    entities = top.get("entities")
    if entities is None:
        return []
    if not isinstance(entities, yaml.SequenceNode):
        problems.add(entities, "'entities' must be a list")
        return []
    return [entry for node in entities.value if (entry := _read_entry(node, problems)) is not None]


def _read_entry(node: yaml.Node, problems: Problems) -> Entry | None:
    if not isinstance(node, yaml.MappingNode):
        problems.add(node, "an entity must be a mapping of keys to values")
        return None
    fields = _mapping(node, ENTRY_KEYS, "an entity", problems)
    name = _text(fields.get("name"), "name", problems)
    if name is None:
        problems.add(node, "an entity needs a 'name'")
        return None
    kind = _entity_type(fields.get("type"), problems)
    roles = tuple(r for n in _items(fields.get("roles"), "roles", problems) if (r := _read_role(n, problems)))
    parties = tuple(
        p for n in _items(fields.get("parties"), "parties", problems) if (p := _read_membership(n, problems))
    )
    return Entry(
        name=name,
        type=kind,
        aliases=_strings(fields.get("aliases"), "aliases", problems),
        avoid=_strings(fields.get("avoid"), "avoid", problems),
        roles=roles,
        parties=parties,
        date=_event_date(fields.get("date"), problems),
        place=_text(fields.get("place"), "place", problems),
        line=node.start_mark.line + 1,
        wikidata=_text(fields.get("wikidata"), "wikidata", problems),
    )


def _text(node: yaml.Node | None, what: str, problems: Problems) -> str | None:
    if node is None:
        return None
    if not isinstance(node, yaml.ScalarNode) or not str(node.value).strip():
        problems.add(node, f"'{what}' must be a non-empty text")
        return None
    return str(node.value).strip()


def _strings(node: yaml.Node | None, what: str, problems: Problems) -> tuple[str, ...]:
    return tuple(t for item in _items(node, what, problems) if (t := _text(item, what, problems)))


def _items(node: yaml.Node | None, what: str, problems: Problems) -> list[yaml.Node]:
    if node is None:
        return []
    if not isinstance(node, yaml.SequenceNode):
        problems.add(node, f"'{what}' must be a list")
        return []
    return list(node.value)


def _entity_type(node: yaml.Node | None, problems: Problems) -> EntityType:
    if node is None:
        return EntityType.UNKNOWN
    value = str(node.value).strip().lower().replace("organisation", "organization")
    try:
        return EntityType(value)
    except ValueError:
        kinds = [t.value for t in EntityType if t != EntityType.UNKNOWN]
        hint = get_close_matches(value, kinds, n=1)
        suggestion = f" (did you mean '{hint[0]}'?)" if hint else f" (one of: {', '.join(kinds)})"
        problems.add(node, f"unknown type '{node.value}'{suggestion}")
        return EntityType.UNKNOWN


def partial_date(node: yaml.Node | None, problems: Problems) -> DateRange | None:
    """'2025-06-24', '2025-06' or '2025' as the interval it names."""
    if node is None:
        return None
    text = str(node.value).strip()
    found = date_range(text)
    if found is None:
        problems.add(node, f"bad date '{text}' (write YYYY-MM-DD, YYYY-MM or YYYY)")
    return found


def _interval(fields: dict[str, yaml.Node], problems: Problems) -> tuple[date | None, date | None]:
    start, end = partial_date(fields.get("from"), problems), partial_date(fields.get("to"), problems)
    first, last = (start.start if start else None), (end.end if end else None)
    if first and last and last < first:
        problems.add(fields["to"], f"'to' ({last.isoformat()}) is before 'from' ({first.isoformat()})")
    return first, last


def _held(
    node: yaml.Node, keys: tuple[str, ...], what: str, key: str, problems: Problems
) -> tuple[str, date | None, date | None] | None:
    """A role or a membership: its required text under `key` and its interval."""
    fields = _mapping(node, keys, what, problems)
    text = _text(fields.get(key), key, problems)
    if fields and text is None:
        problems.add(node, f"{what} needs a '{key}'")
    if text is None:
        return None
    return (text, *_interval(fields, problems))


def _read_role(node: yaml.Node, problems: Problems) -> Role | None:
    held = _held(node, ROLE_KEYS, "a role", "title", problems)
    if held is None:
        return None
    title, start, end = held
    return Role(title, start, end, node.start_mark.line + 1)


def _read_membership(node: yaml.Node, problems: Problems) -> Membership | None:
    held = _held(node, PARTY_KEYS, "a party membership", "name", problems)
    return None if held is None else Membership(*held, line=node.start_mark.line + 1)


def _event_date(node: yaml.Node | None, problems: Problems) -> DateRange | None:
    if node is None:
        return None
    if isinstance(node, yaml.ScalarNode):
        return partial_date(node, problems)
    fields = _mapping(node, DATE_KEYS, "a date", problems)
    start, end = partial_date(fields.get("from"), problems), partial_date(fields.get("to"), problems)
    if start is None:
        if fields:
            problems.add(node, "a date needs 'from'")
        return None
    last = end.end if end else start.end
    precision = (
        Precision.DAY
        if start.precision == Precision.DAY and (end is None or end.precision == Precision.DAY)
        else start.precision
    )
    return DateRange(start.start, last, precision)


def _check_duplicates(entries: list[Entry], problems: Problems) -> None:
    seen: dict[str, Entry] = {}
    for entry in entries:
        for name in entry.accepted:
            other = seen.get(name.casefold())
            if other is not None and other is not entry:
                problems.found.append((entry.line, f"'{name}' is listed twice (also at line {other.line})"))
            seen[name.casefold()] = entry
