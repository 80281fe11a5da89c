"""An entry of the plain block style read straight into an Entry, when it has nothing to report.

Building YAML nodes for a million entries and reading them back costs most of a large registry's
loading time. An entry whose keys are all known and given once, whose values are all well formed
(texts, a known type, dates, roles and parties written as one-line mappings) is read here without
nodes. Anything else, above all anything that `load` would report as a problem, gives None: the
entry is then read through its nodes, so that every problem is reported as before.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from factcheck.model import DateRange, EntityType, Entry, Membership, Role
from factcheck.sources.registry.plain import Element, Field, flow_items, flow_pairs, unquoted
from factcheck.sources.registry.schema import ENTRY_KEYS, PARTY_KEYS, ROLE_KEYS, date_range

_TYPES = {kind.value: kind for kind in EntityType}


def quick_entry(line: int, fields: list[Field]) -> Entry | None:
    """The entry an item of `plain.read_items` stands for, or None when it must be read in full.

    One pass over the fields, leaving at the first thing that is not plainly right: this runs
    once per entry of registries of a million entries."""
    name = place = wikidata = None
    kind: EntityType | None = EntityType.UNKNOWN
    aliases: tuple[str, ...] | None = ()
    avoid: tuple[str, ...] | None = ()
    roles: tuple[Role, ...] | None = ()
    parties: tuple[Membership, ...] | None = ()
    event_date: DateRange | None = _NO_DATE
    seen: set[str] = set()
    for _, key, value in fields:
        if key in seen:
            return None
        seen.add(key)
        if key == "name":
            name = _text(value)
        elif key == "type":
            kind = _kind_named(value) if isinstance(value, str) else None
        elif key == "aliases":
            aliases = _texts(value)
        elif key == "avoid":
            avoid = _texts(value)
        elif key == "roles":
            roles = _roles(value)
        elif key == "parties":
            parties = _parties(value)
        elif key == "date":
            event_date = _date(value)
        elif (
            (key == "place" and (place := _text(value)) is None)
            or (key == "wikidata" and (wikidata := _text(value)) is None)
            or key not in ENTRY_KEYS
        ):
            return None
        if name is None and key == "name":
            return None
    if name is None or kind is None or aliases is None or avoid is None or event_date is None:
        return None
    if roles is None or parties is None:
        return None
    when = None if event_date is _NO_DATE else event_date
    return Entry(name, kind, aliases, avoid, roles, parties, when, place, line + 1, wikidata)


def _roles(raw: str | list[Element]) -> tuple[Role, ...] | None:
    held = _held(raw, ROLE_KEYS)
    return None if held is None else tuple([Role(t, s, e, n + 1) for n, t, s, e in held])


def _parties(raw: str | list[Element]) -> tuple[Membership, ...] | None:
    held = _held(raw, PARTY_KEYS)
    return None if held is None else tuple([Membership(t, s, e, n + 1) for n, t, s, e in held])


def _text(raw: str | list[Element] | None) -> str | None:
    """A non-empty text, as `load` reads it; None for no value or any other value."""
    if not isinstance(raw, str) or raw[:1] in ("[", "{"):
        return None
    text = unquoted(raw).strip()
    return text or None


def _kind(raw: str | list[Element] | None) -> EntityType | None:
    if raw is None:
        return EntityType.UNKNOWN
    return _kind_named(raw) if isinstance(raw, str) else None


@lru_cache(maxsize=1024)
def _kind_named(raw: str) -> EntityType | None:
    text = _text(raw)
    return _TYPES.get(text.lower().replace("organisation", "organization")) if text else None


def _texts(raw: str | list[Element] | None) -> tuple[str, ...] | None:
    """A list of non-empty texts, '[a, b]' or one per line."""
    if raw is None:
        return ()
    if isinstance(raw, str):
        items = flow_items(raw) if raw[:1] == "[" else None
    else:
        items = [value if isinstance(value, str) else "[" for _, value in raw]
    texts = [_text(item) for item in items] if items is not None else [None]
    return None if None in texts else tuple(t for t in texts if t)


def _held(
    raw: str | list[Element] | None, keys: tuple[str, ...]
) -> list[tuple[int, str, date | None, date | None]] | None:
    """Roles or parties, one '{key: value, ...}' per line: line, text, from, to."""
    if raw is None:
        return []
    if isinstance(raw, str):
        return None
    found = []
    for number, value in raw:
        if not isinstance(value, str):
            return None
        held = _held_one(value, keys)
        if held is None:
            return None
        found.append((number, *held))
    return found


@lru_cache(maxsize=65536)
def _held_one(value: str, keys: tuple[str, ...]) -> tuple[str, date | None, date | None] | None:
    """One role or party as written on its line; cached, as a large registry repeats them."""
    if value[:1] != "{":
        return None
    written = flow_pairs(value)
    pairs = dict(written)
    if len(pairs) != len(written) or not set(pairs) <= set(keys):
        return None
    text = _text(pairs.get(keys[0]))
    start, end = _bound(pairs.get("from")), _bound(pairs.get("to"))
    if text is None or start is None or end is None:
        return None
    first, last = start.start if start is not _NO_DATE else None, end.end if end is not _NO_DATE else None
    if first and last and last < first:
        return None
    return text, first, last


# A date that is not given, told apart from a bad one (None): compared by identity.
_NO_DATE = DateRange(date.min, date.min)


def _bound(raw: str | None) -> DateRange | None:
    if raw is None:
        return _NO_DATE
    return date_range(unquoted(raw).strip())


def _date(raw: str | list[Element] | None) -> DateRange | None:
    """An event's date written as one date ('2025-06-24', '2025-06', '2025')."""
    if raw is None:
        return _NO_DATE
    if not isinstance(raw, str) or raw[:1] in ("[", "{"):
        return None
    return date_range(unquoted(raw).strip())
