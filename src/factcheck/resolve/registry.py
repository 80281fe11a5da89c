"""Linking entities to registry entries, with the same transliteration-aware matching as between sources."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from factcheck.model import Entity, EntityType
from factcheck.registry.model import Entry, Registry
from factcheck.resolve.keys import exact_key, name_tokens, skeleton, skeleton_key
from factcheck.resolve.names import COUNTRY_ADDED, name_match

ORGANISATIONS = {EntityType.ORGANIZATION, EntityType.PARTY, EntityType.GROUP}


@dataclass(frozen=True, slots=True)
class Link:
    """An entity's registry entry and why they were linked."""

    entry: Entry
    reason: str


def _keys(name: str) -> set[str]:
    tokens = name_tokens(name)
    keys = {"exact:" + exact_key(name)}
    if tokens:
        keys.add("skeleton:" + skeleton_key(name))
        keys.add("last:" + skeleton(tokens[-1]))
    return keys


def _types_agree(entity: EntityType, entry: EntityType) -> bool:
    if EntityType.UNKNOWN in (entity, entry) or entity == entry:
        return True
    return entity in ORGANISATIONS and entry in ORGANISATIONS


def _match(forms: Iterable[str], entry: Entry, organisation: bool) -> str | None:
    """Why an entity written as `forms` is the entry, or None."""
    names = (*entry.accepted, *entry.avoid)
    keys = {exact_key(n) for n in names}
    for form in forms:
        if exact_key(form) in keys:
            return "written as the registry writes it (up to case, hyphens and spacing)"
    for form in forms:
        if len(name_tokens(form)) < 2 and not organisation:
            continue
        for name in names:
            why = name_match(form, name, organisation=organisation)
            if why and why != COUNTRY_ADDED:
                return f"{why} with registry name '{name}'"
    return None


def link_registry(
    entities: Sequence[Entity], registry: Registry, offices: dict[str, set[str]]
) -> dict[str, Link]:
    """Entity id -> registry link, for the entities the registry knows.

    `offices` gives the offices each entity is given in the sources: where several entries
    could be the entity, the one with a role of a shared office wins."""
    # sorted, so that candidates are tried in the same order in every run
    keys_of = {e.id: sorted({k for f in (e.name, *e.aliases) for k in _keys(f)}) for e in entities}
    index = _index(registry, {key for keys in keys_of.values() for key in keys})
    links: dict[str, Link] = {}
    for entity in entities:
        forms = (entity.name, *entity.aliases)
        candidates = {id(e): e for key in keys_of[entity.id] for e in index.get(key, [])}
        found = []
        for entry in candidates.values():
            if not _types_agree(entity.type, entry.type):
                continue
            why = _match(forms, entry, entity.type in ORGANISATIONS or entry.type in ORGANISATIONS)
            if why:
                found.append((entry, why))
        if found:
            entry, why = max(found, key=lambda pair: _context(pair[0], offices.get(entity.id, set())))
            links[entity.id] = Link(entry, why)
    return links


def _index(registry: Registry, wanted: set[str]) -> dict[str, list[Entry]]:
    """Blocking key -> the entries with a name of that key, in registry order, for the keys the
    entities have: a registry of a million entries is read once and only its few candidates kept."""
    index: dict[str, list[Entry]] = defaultdict(list)
    for entry in registry.entries:
        for name in (*entry.accepted, *entry.avoid):
            tokens = name_tokens(name)
            keys = ["exact:" + exact_key(name)]
            if tokens:
                keys += ["skeleton:" + "".join(map(skeleton, tokens)), "last:" + skeleton(tokens[-1])]
            for key in keys:
                if key in wanted and not (index[key] and index[key][-1] is entry):
                    index[key].append(entry)
    return index


def _context(entry: Entry, offices: set[str]) -> int:
    return sum(1 for role in entry.roles if role.parsed.office in offices)
