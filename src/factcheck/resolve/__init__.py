"""Entity resolution across sources: block by spelling keys, decide within blocks, explain merges."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from factcheck.extract.gazetteer import load_gazetteer
from factcheck.model import Entity, EntityType, Extraction, MentionRef, Title
from factcheck.resolve.keys import (
    close_spelling,
    exact_key,
    initials,
    name_tokens,
    skeleton,
    skeleton_key,
    vowel_form,
)
from factcheck.resolve.union import UnionFind

# Blocks larger than this are too common a key to compare pairwise ("last name Smith").
MAX_BLOCK = 60
ORGANISATIONS = {EntityType.ORGANIZATION, EntityType.PARTY, EntityType.GROUP}


@dataclass(slots=True)
class LocalEntity:
    """All mentions of one source that point to the same in-source name."""

    source_id: str
    key: str
    type: EntityType
    forms: Counter[str] = field(default_factory=Counter)
    refs: list[MentionRef] = field(default_factory=list)
    offices: set[str] = field(default_factory=set)

    @property
    def label(self) -> str:
        return f"{self.key!r} ({self.source_id})"

    @property
    def full_forms(self) -> list[str]:
        return [f for f in self.forms if len(name_tokens(f)) >= 2] or list(self.forms)


def local_entities(extractions: Iterable[Extraction]) -> list[LocalEntity]:
    found: dict[tuple[str, str], LocalEntity] = {}
    for extraction in extractions:
        for index, mention in enumerate(extraction.mentions):
            slot = (extraction.source_id, mention.key)
            local = found.get(slot)
            if local is None:
                local = found[slot] = LocalEntity(extraction.source_id, mention.key, mention.type)
            if local.type == EntityType.UNKNOWN:
                local.type = mention.type
            local.forms[mention.span.text] += 1
            local.refs.append(MentionRef(extraction.source_id, index))
        for claim in extraction.claims:
            if claim.predicate == "title" and isinstance(claim.value, Title) and claim.subject is not None:
                key = extraction.mentions[claim.subject].key
                found[(extraction.source_id, key)].offices.add(claim.value.office)
    return list(found.values())


def compatible_types(a: EntityType, b: EntityType) -> bool:
    if EntityType.UNKNOWN in (a, b) or a == b:
        return True
    return a in ORGANISATIONS and b in ORGANISATIONS


def block_keys(local: LocalEntity) -> set[str]:
    keys = set()
    for form in local.forms:
        keys.add("exact:" + exact_key(form))
        tokens = name_tokens(form)
        if tokens:
            keys.add("skeleton:" + skeleton_key(form))
            keys.add("last:" + skeleton(tokens[-1]))
            keys.add("first:" + skeleton(tokens[0]))
        if len(tokens) >= 2 and local.type in ORGANISATIONS | {EntityType.UNKNOWN}:
            keys.add("exact:" + initials(form))
    keys.add("exact:" + exact_key(local.key))
    return keys


def same_entity(a: LocalEntity, b: LocalEntity) -> str | None:
    """Why two local entities are one, or None when they are not (or not surely)."""
    if not compatible_types(a.type, b.type):
        return None
    shared = {exact_key(f) for f in a.forms} & {exact_key(f) for f in b.forms}
    if shared:
        return "same name up to case, hyphens and spacing"
    for form_a in a.full_forms:
        for form_b in b.full_forms:
            reason = name_match(
                form_a, form_b, organisation=a.type in ORGANISATIONS or b.type in ORGANISATIONS
            )
            if reason:
                return reason
    if _initialism(a, b) or _initialism(b, a):
        return "acronym of the full name"
    return None


def _initialism(short: LocalEntity, long: LocalEntity) -> bool:
    acronyms = {exact_key(f) for f in short.forms if f.isupper() or any(c.isdigit() for c in f)}
    return bool(acronyms) and any(initials(f) in acronyms for f in long.forms if len(f.split()) >= 2)


def name_match(a: str, b: str, organisation: bool = False) -> str | None:
    """Why two written names can be one name, or None: the same transliteration key, one part
    spelt close, a shorter form, or (for organisations) the same name with its country added."""
    tokens_a, tokens_b = name_tokens(a), name_tokens(b)
    if not tokens_a or not tokens_b:
        return None
    if skeleton_key(a) == skeleton_key(b) and _letters_agree(tokens_a, tokens_b):
        return f"same transliteration key '{skeleton_key(a)}'"
    if len(tokens_a) == len(tokens_b) and len(tokens_a) >= 2:
        differing = [(x, y) for x, y in zip(tokens_a, tokens_b, strict=True) if skeleton(x) != skeleton(y)]
        if len(differing) == 1 and close_spelling(*differing[0]):
            return f"one name part spelt close ('{differing[0][0]}' ~ '{differing[0][1]}')"
    shorter, longer = sorted((tokens_a, tokens_b), key=len)
    if 2 <= len(shorter) < len(longer) and _aligned(shorter, longer):
        return "a shorter form of the same name"
    if organisation and 2 <= len(shorter) < len(longer) and _country_added(shorter, longer):
        return "the same name with its country added"
    return None


def _country_added(shorter: Sequence[str], longer: Sequence[str]) -> bool:
    """'Democratic Party' and 'Democratic Party of Korea'; 'Movement' and 'Movement-Pakistan'."""
    countries = load_gazetteer().countries
    for core, extra in (
        (longer[: len(shorter)], longer[len(shorter) :]),
        (longer[-len(shorter) :], longer[: -len(shorter)]),
    ):
        if all(skeleton(x) == skeleton(y) for x, y in zip(shorter, core, strict=True)):
            extra = [t for t in extra if t not in ("of", "for", "in")]
            if extra and " ".join(extra) in countries:
                return True
    return False


def _letters_agree(a: Sequence[str], b: Sequence[str]) -> bool:
    """Skeletons drop vowels; single short names need their letters to agree as well ('Sirte' is not 'Surat')."""
    if len(a) >= 2 and len(b) >= 2:
        return True
    from rapidfuzz.fuzz import ratio

    return ratio(vowel_form("".join(a)), vowel_form("".join(b))) >= 75


def _aligned(shorter: Sequence[str], longer: Sequence[str]) -> bool:
    """'Abdel Gogha' within 'Abdel Hafez Ghoga': first and last parts agree, the rest in order."""
    if skeleton(shorter[0]) != skeleton(longer[0]) or skeleton(shorter[-1]) != skeleton(longer[-1]):
        return False
    position = 1
    for token in shorter[1:-1]:
        while position < len(longer) - 1 and skeleton(longer[position]) != skeleton(token):
            position += 1
        if position >= len(longer) - 1:
            return False
    return True


def resolve(extractions: Sequence[Extraction]) -> list[Entity]:
    """Merge the local entities of all sources into entities, each with the reasons for its merges."""
    locals_ = local_entities(extractions)
    union = UnionFind(len(locals_))
    reasons: dict[int, list[str]] = defaultdict(list)
    blocks: dict[str, list[int]] = defaultdict(list)
    for index, local in enumerate(locals_):
        for key in block_keys(local):
            blocks[key].append(index)
    compared: set[tuple[int, int]] = set()
    for key, members in sorted(blocks.items()):
        if len(members) < 2 or (len(members) > MAX_BLOCK and not key.startswith("exact:")):
            continue
        for i, first in enumerate(members):
            for second in members[i + 1 :]:
                pair = (first, second)
                if pair in compared or union.find(first) == union.find(second):
                    continue
                compared.add(pair)
                why = same_entity(locals_[first], locals_[second])
                if why:
                    union.union(first, second)
                    reasons[first].append(f"{locals_[first].label} ~ {locals_[second].label}: {why}")
    _attach_short_forms(locals_, union, reasons)
    return _entities(locals_, union, reasons)


def _attach_short_forms(locals_: list[LocalEntity], union: UnionFind, reasons: dict[int, list[str]]) -> None:
    """A lone surname ('Trump') with no full name in its source joins the one full name it fits."""
    by_part: dict[str, set[int]] = defaultdict(set)
    for index, local in enumerate(locals_):
        tokens = name_tokens(local.key)
        if len(tokens) >= 2 and local.type in (EntityType.PERSON, EntityType.UNKNOWN):
            by_part[skeleton(tokens[-1])].add(union.find(index))
            by_part[skeleton(tokens[0])].add(union.find(index))
    for index, local in enumerate(locals_):
        tokens = name_tokens(local.key)
        if len(tokens) != 1 or local.type not in (EntityType.PERSON, EntityType.UNKNOWN):
            continue
        roots = {union.find(r) for r in by_part.get(skeleton(tokens[0]), set())}
        if len(roots) == 1:
            root = roots.pop()
            if any(
                re.search(rf"\b{re.escape(local.key)}\b", form, re.IGNORECASE)
                for j, other in enumerate(locals_)
                if union.find(j) == root
                for form in other.forms
            ):
                union.union(root, index)
                reasons[index].append(f"{local.label}: the only full name ending or starting with it")


def _entities(locals_: list[LocalEntity], union: UnionFind, reasons: dict[int, list[str]]) -> list[Entity]:
    groups: dict[int, list[int]] = defaultdict(list)
    for index in range(len(locals_)):
        groups[union.find(index)].append(index)
    entities = []
    used_ids: Counter[str] = Counter()
    for members in groups.values():
        forms: Counter[str] = Counter()
        types: Counter[EntityType] = Counter()
        refs: list[MentionRef] = []
        why: list[str] = []
        for index in members:
            forms.update(locals_[index].forms)
            types[locals_[index].type] += len(locals_[index].refs)
            refs.extend(locals_[index].refs)
            why.extend(reasons.get(index, []))
        name = canonical_name(forms, [locals_[i].key for i in members])
        kind = next((t for t, _ in types.most_common() if t != EntityType.UNKNOWN), EntityType.UNKNOWN)
        slug = re.sub(r"[^a-z0-9]+", "-", exact_key_words(name)).strip("-") or "entity"
        used_ids[slug] += 1
        entity_id = slug if used_ids[slug] == 1 else f"{slug}-{used_ids[slug]}"
        aliases = tuple(sorted(set(forms) - {name}))
        entities.append(
            Entity(entity_id, name, kind, tuple(sorted(refs, key=_ref_order)), aliases, tuple(why))
        )
    return sorted(entities, key=lambda e: e.id)


def exact_key_words(name: str) -> str:
    from factcheck.resolve.keys import fold

    return fold(name)


def canonical_name(forms: Counter[str], keys: Sequence[str]) -> str:
    """The full name written most often; the in-source keys are full names by construction."""
    key_counts = Counter(keys)
    candidates = Counter({k: forms.get(k, 0) + key_counts[k] for k in key_counts})
    return max(candidates, key=lambda k: (candidates[k], len(k), k))


def _ref_order(ref: MentionRef) -> tuple[str, int]:
    return ref.source_id, ref.index
