"""The registry as resolution reads it: its roles read as titles and checked, and entities linked to
its entries with the same transliteration-aware matching as between sources."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path

from factcheck.extract.title_text import parse_title
from factcheck.lexicon import Lexicon
from factcheck.model import Entity, EntityType, Entry, Extraction, Link, MentionRef, Registry, Role, Title
from factcheck.resolve.keys import DROPPABLE, exact_key_and_tokens, skeleton
from factcheck.resolve.names import COUNTRY_ADDED, Names
from factcheck.sources.registry import read_registry

ORGANISATIONS = {EntityType.ORGANIZATION, EntityType.PARTY, EntityType.GROUP}
_NOT_LETTER = re.compile(r"[^a-z0-9]+")  # as in resolve.keys


class RoleTitles:
    """Role titles read as titles, each distinct text once: a large registry writes "Mayor of ..."
    a thousand times."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self._read: dict[str, Title] = {}

    def __call__(self, text: str) -> Title:
        title = self._read.get(text)
        if title is None:
            title = self._read[text] = parse_title(text, self.lexicon)
        return title

    def of(self, entry: Entry) -> tuple[Title, ...]:
        return tuple(self(role.title) for role in entry.roles)


def load_registry(path: Path, lexicon: Lexicon) -> Registry:
    """Read and validate a registry file; every problem found is reported in one RegistryError,
    overlapping roles of one office among them."""
    registry, problems = read_registry(path)
    titles = RoleTitles(lexicon)
    for entry in registry.entries:
        problems.found += overlaps(entry.roles, titles)
    problems.raise_if_any()
    return registry


def overlaps(roles: Sequence[Role], titles: RoleTitles) -> list[tuple[int, str]]:
    """Two roles of one office (elect or not) whose intervals overlap by more than a day."""
    found = []
    for i, first in enumerate(roles):
        for second in roles[i + 1 :]:
            a, b = titles(first.title), titles(second.title)
            if a.office != b.office or (a.jurisdiction or "") != (b.jurisdiction or ""):
                continue
            start = max(first.start or date.min, second.start or date.min)
            end = min(first.end or date.max, second.end or date.max)
            if start < end:
                found.append(
                    (second.line, f"role '{second.title}' overlaps '{first.title}' (line {first.line})")
                )
    return found


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


def _match(forms: Iterable[str], entry: Entry, organisation: bool, names: Names) -> str | None:
    """Why an entity written as `forms` is the entry, or None."""
    written = [names(n) for n in (*entry.accepted, *entry.avoid)]
    keys = {n.exact for n in written}
    for form in forms:
        if names(form).exact in keys:
            return "written as the registry writes it (up to case, hyphens and spacing)"
    for form in forms:
        keyed = names(form)
        if len(keyed.tokens) < 2 and not organisation:
            continue
        for name in written:
            why = names.match(keyed, name, organisation=organisation)
            if why and why != COUNTRY_ADDED:
                return f"{why} with registry name '{name.text}'"
    return None


def link_registry(
    entities: Sequence[Entity], extractions: Sequence[Extraction], registry: Registry, lexicon: Lexicon
) -> dict[str, Link]:
    """Entity id -> registry link, for the entities the registry knows.

    Where several entries could be the entity, the one with a role of an office the sources give
    the entity wins."""
    offices = entity_offices(entities, extractions)
    titles = RoleTitles(lexicon)
    names = Names(lexicon)  # each form and registry name keyed once, each pair matched once
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
            why = _match(forms, entry, entity.type in ORGANISATIONS or entry.type in ORGANISATIONS, names)
            if why:
                found.append((entry, why))
        if found:
            wanted = offices.get(entity.id, set())
            entry, why = max(found, key=lambda pair: _context(titles.of(pair[0]), wanted))
            links[entity.id] = Link(entry, why, titles.of(entry))
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


def _context(titles: tuple[Title, ...], offices: set[str]) -> int:
    return sum(1 for title in titles if title.office in offices)


def entity_offices(entities: Sequence[Entity], extractions: Sequence[Extraction]) -> dict[str, set[str]]:
    """Entity id -> the offices its title claims give it."""
    entity_of = {ref: entity.id for entity in entities for ref in entity.mentions}
    offices: dict[str, set[str]] = defaultdict(set)
    for extraction in extractions:
        for claim in extraction.claims:
            if claim.predicate == "title" and isinstance(claim.value, Title) and claim.subject is not None:
                entity_id = entity_of.get(MentionRef(extraction.source_id, claim.subject))
                if entity_id is not None:
                    offices[entity_id].add(claim.value.office)
    return offices
