"""Entity resolution across sources: block by spelling keys, decide within blocks, explain merges."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from factcheck.extract import OPENER_RULE
from factcheck.lexicon import Lexicon, initials, is_acronym
from factcheck.model import Entity, EntityType, Extraction, MentionRef, Title
from factcheck.resolve.keys import (
    exact_key,
    fold,
    loose_form,
    name_parts,
    name_tokens,
    skeleton,
    skeleton_key,
)
from factcheck.resolve.names import (
    COUNTRY_ADDED,
    MOVED_LETTERS,
    added_country,
    close_letters,
    final_s,
    name_match,
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
    countries: frozenset[str] = frozenset()  # the countries its source names: context for merging
    neighbours: frozenset[str] = frozenset()  # exact keys of the full names its source mentions
    names_around: frozenset[str] = frozenset()  # exact keys of every name its source mentions
    names_in_full: frozenset[str] = frozenset()  # the names of two words or more its source writes
    weak: bool = False  # only ever a lone word opening a sentence: a name only if it meets one
    guessed: bool = True  # its type is only guessed from the look of its words so far
    full_cache: tuple[str, ...] | None = None  # `full_forms`, once its forms are all read

    @property
    def label(self) -> str:
        return f"{self.key!r} ({self.source_id})"

    @property
    def full_forms(self) -> tuple[str, ...]:
        """Its names written in full: several words, or an acronym; a lone surname only if nothing else.
        Worked out on first use, when all its mentions have been read: pairs ask for it again and again."""
        if self.full_cache is None:
            full = [f for f in self.forms if len(name_parts(f)) >= 2 or is_acronym(f)] or list(self.forms)
            self.full_cache = tuple(full)
        return self.full_cache


CUE_WEIGHT = 1000
# the rules that type a name by its look alone, with no word around it to go by
GUESSES = frozenset(["name.capitalised-words", "name.capitalised-word", OPENER_RULE])


def local_entities(extractions: Iterable[Extraction], lexicon: Lexicon) -> list[LocalEntity]:
    found: dict[tuple[str, str], LocalEntity] = {}
    countries = lexicon.countries
    for extraction in extractions:
        named = frozenset(
            countries[m.span.text.lower()] for m in extraction.mentions if m.span.text.lower() in countries
        )
        names_around = frozenset(exact_key(m.key) for m in extraction.mentions)
        neighbours = frozenset(exact_key(m.key) for m in extraction.mentions if len(m.key.split()) >= 2)
        in_full = frozenset(m.span.text for m in extraction.mentions if len(m.span.text.split()) >= 2)
        for index, mention in enumerate(extraction.mentions):
            slot = (extraction.source_id, mention.key)
            local = found.get(slot)
            if local is None:
                local = found[slot] = LocalEntity(
                    extraction.source_id,
                    mention.key,
                    mention.type,
                    countries=named,
                    neighbours=neighbours,
                    names_around=names_around,
                    names_in_full=in_full,
                    weak=True,
                )
            if local.type == EntityType.UNKNOWN or (local.guessed and mention.rule not in GUESSES):
                local.type = mention.type  # a type read from a cue ("in X", "the town of X") beats a guess
            local.guessed = local.guessed and mention.rule in GUESSES
            local.forms[mention.span.text] += 1
            local.weak = local.weak and mention.rule == OPENER_RULE
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
            keys.add("loose:" + "".join(loose_form(t) for t in tokens))
            parts = name_parts(form)  # 'Abdel Gogha' meets 'Abdel Hafez Ghoga' on its parts
            keys.add("last:" + skeleton(parts[-1]))
            keys.add("first:" + skeleton(parts[0]))
            if len(tokens) == 1 and tokens[0].endswith("s"):  # 'Velmoras' meets 'Velmora'
                keys.add("skeleton:" + skeleton_key(form.rstrip()[:-1]))
        if len(tokens) >= 2 and local.type in ORGANISATIONS | {EntityType.UNKNOWN}:
            keys.add("exact:" + initials(form))
    keys.add("exact:" + exact_key(local.key))
    return keys


def same_entity(a: LocalEntity, b: LocalEntity, lexicon: Lexicon) -> str | None:
    """Why two local entities are one, or None when they are not (or not surely)."""
    if not (compatible_types(a.type, b.type) or a.guessed or b.guessed):
        return None  # a type guessed from the look of a name alone does not keep it apart
    if {exact_key(f) for f in a.full_forms} & {exact_key(f) for f in b.full_forms}:
        return "same name up to case, hyphens and spacing"
    # a surname both write ("Gomes") makes two full names one only if their given names agree
    if {exact_key(f) for f in a.forms} & {exact_key(f) for f in b.forms} and _given_names_agree(a, b):
        return "same short name, and their full names agree"
    if a.weak or b.weak:
        return None
    for form_a in a.full_forms:
        for form_b in b.full_forms:
            organisation = a.type in ORGANISATIONS or b.type in ORGANISATIONS
            reason = name_match(form_a, form_b, lexicon, organisation=organisation)
            if reason == COUNTRY_ADDED and not _in_country_context(form_a, a, form_b, b, lexicon):
                continue
            if reason and reason.startswith(MOVED_LETTERS):
                reason = _in_one_story(reason, a, b)
            elif reason and reason != COUNTRY_ADDED:
                reason = _with_context(reason, a, b, close_letters(form_a, form_b, lexicon.particles))
            if reason:
                return reason
            if a.type == b.type == EntityType.PLACE and final_s(form_a, form_b, lexicon):
                return _with_context(final_s(form_a, form_b, lexicon) or "", a, b, False)
    if _initialism(a, b) or _initialism(b, a):
        return _acronym(a, b, lexicon) if _initialism(a, b) else _acronym(b, a, lexicon)
    return None


def _acronym(short: LocalEntity, long: LocalEntity, lexicon: Lexicon) -> str | None:
    """Why an acronym in one source is a full name in another: within one source it always is;
    across sources, when its own source spells out a name of those initials alike ('Nordic
    Fisheries Council (NFC)' and 'Nordic Fisheries Counsil'), or the two sources tell one story.
    'LP' is a record in a music story and the initials of two different parties in two others."""
    reason = "acronym of the full name"
    if short.source_id == long.source_id:
        return reason
    acronyms = {exact_key(f) for f in short.forms}
    spelt_out = [f for f in short.names_in_full if initials(f) in acronyms]
    for own in spelt_out:
        for other in long.full_forms:
            if exact_key(own) == exact_key(other) or name_match(own, other, lexicon, organisation=True):
                return f"{reason}, which its own source spells out alike"
    return _with_context(reason, short, long, False)


def _given_names_agree(a: LocalEntity, b: LocalEntity) -> bool:
    full_a = [name_tokens(f) for f in a.forms if len(name_tokens(f)) >= 2]
    full_b = [name_tokens(f) for f in b.forms if len(name_tokens(f)) >= 2]
    if not full_a or not full_b:
        return False  # a lone short name joins a full one only if it fits just one (see _attach_short_forms)
    return all(x[0] == y[0] or x[0][:1] == y[0] or y[0][:1] == x[0] for x in full_a for y in full_b)


def _with_context(reason: str, a: LocalEntity, b: LocalEntity, close: bool) -> str | None:
    """A spelling match needs its context to agree.

    Names close in letters ('Gaddafi', 'Qaddafi') merge unless their sources are plainly about
    different things (each names several others, none in common); names alike only in skeleton
    ('Diane', 'Danny') merge only with evidence: a shared office, or shared names around them."""
    offices = a.offices & b.offices
    if offices:
        return f"{reason}, and both are {sorted(offices)[0]}"
    around = (a.neighbours & b.neighbours) - {exact_key(a.key), exact_key(b.key)}
    smaller = min(len(a.neighbours), len(b.neighbours))
    if len(around) >= 2 or (around and smaller <= 4):
        return f"{reason}, and their sources both name {len(around)} of the same entities"
    if close and (smaller < 3 or a.source_id == b.source_id):
        return reason
    return None


def _in_one_story(reason: str, a: LocalEntity, b: LocalEntity) -> str | None:
    """A rare given name with letters moved ('Lahcen', 'Lanchen') beside the same surname is one
    person where the two sources tell one story: they share an office, or three other names."""
    if a.offices & b.offices:
        return f"{reason}, and both are {sorted(a.offices & b.offices)[0]}"
    around = (a.names_around & b.names_around) - {exact_key(a.key), exact_key(b.key)}
    return (
        f"{reason}, and their sources both name {len(around)} of the same names" if len(around) >= 3 else None
    )


def _in_country_context(form_a: str, a: LocalEntity, form_b: str, b: LocalEntity, lexicon: Lexicon) -> bool:
    """'Democratic Party' joins 'Democratic Party of Korea' only from a source that names Korea."""
    country = added_country(form_a, form_b, lexicon)
    shorter = a if len(name_tokens(form_a)) < len(name_tokens(form_b)) else b
    return country is not None and country in shorter.countries


def _initialism(short: LocalEntity, long: LocalEntity) -> bool:
    acronyms = {exact_key(f) for f in short.forms if f.isupper() or any(c.isdigit() for c in f)}
    return bool(acronyms) and any(initials(f) in acronyms for f in long.forms if len(f.split()) >= 2)


def resolve(extractions: Sequence[Extraction], lexicon: Lexicon) -> list[Entity]:
    """Merge the local entities of all sources into entities, each with the reasons for its merges."""
    locals_ = local_entities(extractions, lexicon)
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
                why = same_entity(locals_[first], locals_[second], lexicon)
                if why:
                    union.union(first, second)
                    reasons[first].append(f"{locals_[first].label} ~ {locals_[second].label}: {why}")
    _attach_short_forms(locals_, union, reasons)
    return _entities(locals_, union, reasons)


def _attach_short_forms(locals_: list[LocalEntity], union: UnionFind, reasons: dict[int, list[str]]) -> None:
    """A lone surname ('Trump') with no full name in its source joins the one full name it fits."""
    by_word: dict[str, set[int]] = defaultdict(set)
    by_part: dict[str, set[int]] = defaultdict(set)
    for index, local in enumerate(locals_):
        tokens = name_tokens(local.key)
        if len(tokens) >= 2 and local.type in (EntityType.PERSON, EntityType.UNKNOWN):
            for token in (tokens[0], tokens[-1]):
                by_word[token].add(index)
                by_part[skeleton(token)].add(index)
    for index, local in enumerate(locals_):
        tokens = name_tokens(local.key)
        if len(tokens) != 1 or local.type not in (EntityType.PERSON, EntityType.UNKNOWN):
            continue
        # the full names written with this very word, else those spelt alike ("Qaddafi" for "Gaddafi")
        candidates = by_word.get(tokens[0]) or by_part.get(skeleton(tokens[0]), set())
        root = _dominant_root(locals_, union, candidates)
        if root is not None:
            union.union(root, index)
            reasons[index].append(f"{local.label}: the full name ending or starting with it")


def _dominant_root(locals_: list[LocalEntity], union: UnionFind, candidates: set[int]) -> int | None:
    """The one entity the candidates belong to; or the one that holds nearly all their mentions
    (a stray 'Ironically Nichols' does not make 'Nichols' ambiguous beside 'Brian Nichols' ×70)."""
    weight: Counter[int] = Counter()
    for candidate in candidates:
        weight[union.find(candidate)] += len(locals_[candidate].refs)
    if len(weight) <= 1:
        return next(iter(weight), None)
    (root, top), (_, second) = weight.most_common(2)
    return root if top >= 5 and top >= 10 * second else None


def _entities(locals_: list[LocalEntity], union: UnionFind, reasons: dict[int, list[str]]) -> list[Entity]:
    groups: dict[int, list[int]] = defaultdict(list)
    for index in range(len(locals_)):
        groups[union.find(index)].append(index)
    entities = []
    used_ids: Counter[str] = Counter()
    for members in groups.values():
        if all(locals_[index].weak for index in members):
            continue  # lone sentence openers that met no name: "Worries", "Luckily"
        forms: Counter[str] = Counter()
        types: Counter[EntityType] = Counter()
        refs: list[MentionRef] = []
        why: list[str] = []
        for index in members:
            forms.update(locals_[index].forms)
            # a type read from a cue outweighs any number of guesses from the look of the name
            types[locals_[index].type] += len(locals_[index].refs) * (
                1 if locals_[index].guessed else CUE_WEIGHT
            )
            refs.extend(locals_[index].refs)
            why.extend(reasons.get(index, []))
        name = canonical_name(forms, [locals_[i].key for i in members])
        kind = next((t for t, _ in types.most_common() if t != EntityType.UNKNOWN), EntityType.UNKNOWN)
        slug = re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-") or "entity"
        used_ids[slug] += 1
        entity_id = slug if used_ids[slug] == 1 else f"{slug}-{used_ids[slug]}"
        aliases = tuple(sorted(set(forms) - {name}))
        entities.append(
            Entity(entity_id, name, kind, tuple(sorted(refs, key=_ref_order)), aliases, tuple(why))
        )
    return sorted(entities, key=lambda e: e.id)


def canonical_name(forms: Counter[str], keys: Sequence[str]) -> str:
    """The full name written most often; the in-source keys are full names by construction."""
    key_counts = Counter(keys)
    candidates = Counter({k: forms.get(k, 0) + key_counts[k] for k in key_counts})
    return max(candidates, key=lambda k: (candidates[k], len(k), k))


def _ref_order(ref: MentionRef) -> tuple[str, int]:
    return ref.source_id, ref.index
