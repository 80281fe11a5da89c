"""Linking entities to registry entries, with the same transliteration-aware matching as between sources."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from factcheck.model import Entity, EntityType, Entry, Registry
from factcheck.resolve.keys import DROPPABLE, exact_key, exact_key_and_tokens, name_tokens, skeleton
from factcheck.resolve.names import COUNTRY_ADDED, name_match

ORGANISATIONS = {EntityType.ORGANIZATION, EntityType.PARTY, EntityType.GROUP}
_NOT_LETTER = re.compile(r"[^a-z0-9]+")  # as in resolve.keys


@dataclass(frozen=True, slots=True)
class Link:
    """An entity's registry entry and why they were linked."""

    entry: Entry
    reason: str


def _keys(name: str) -> list[str]:
    """The blocking keys of a name. Two names `_match` can link share one: the same exact key,
    the same skeleton, or, for names of two parts or more, the same first and last part (a
    shorter form, a middle part spelt close) or the same parts after the first (a nickname, a
    first name spelt close). A surname alone would make every Smith a candidate of every Smith."""
    exact, tokens = exact_key_and_tokens(name)
    keys = ["exact:" + exact]
    if tokens:
        skeletons = [skeleton(t) for t in tokens]
        keys.append("skeleton:" + "".join(skeletons))
        if len(skeletons) >= 2:
            keys += [f"ends:{skeletons[0]}|{skeletons[-1]}", "rest:" + "|".join(skeletons[1:])]
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
        for entry in sorted(candidates.values(), key=lambda e: e.line):  # ties go to the first listed
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
    """Blocking key -> the entries with a name of that key, for the keys the entities have: a
    registry of a million entries is read once and only the candidates are kept."""
    index: dict[str, list[Entry]] = defaultdict(list)
    worth = _Tails(wanted)
    for entry in registry.entries:
        for name in (*entry.accepted, *entry.avoid):
            if not worth.may_have(name):
                continue
            for key in _keys(name):
                if key in wanted and not (index[key] and index[key][-1] is entry):
                    index[key].append(entry)
    return index


class _Tails:
    """A quick test that a name cannot have any of the wanted keys, from its last word alone.

    Every key ends with what the name's last word gives: the exact key with its letters, the
    skeleton, 'ends' and 'rest' keys with the skeleton of its last part. So a name whose last word
    gives no suffix of a wanted key is skipped without working out its keys. Only plain ASCII
    names are judged (folding anything else may change where words split); others always pass."""

    def __init__(self, wanted: set[str]):
        self.exact: set[str] = set()
        self.skeletal: set[str] = set()
        for key in wanted:
            kind, _, value = key.partition(":")
            tail = value.rpartition("|")[2]
            found = self.exact if kind == "exact" else self.skeletal
            found.update(tail[i:] for i in range(len(tail)))

    def may_have(self, name: str) -> bool:
        if not name.isascii():
            return True
        words = name.lower().replace("'", "").replace("`", "").split()  # `fold` of ASCII text
        if not words:
            return True
        word = words[-1]
        letters = word if word.isalnum() else _NOT_LETTER.sub("", word)
        last = word.rpartition("-")[2]
        part = last if last.isalnum() else _NOT_LETTER.sub("", last)
        if not letters or not part or last in DROPPABLE:
            return True
        return letters in self.exact or skeleton(part) in self.skeletal


def _context(entry: Entry, offices: set[str]) -> int:
    return sum(1 for role in entry.roles if role.parsed.office in offices)
