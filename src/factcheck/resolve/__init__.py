"""Entity resolution across sources: block by spelling keys, decide within blocks, explain merges."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from factcheck.collector import collector_paused
from factcheck.lexicon import Lexicon, initials
from factcheck.model import Entity, EntityType, Extraction, MentionRef
from factcheck.resolve.keys import NameKeys, fold, skeleton, skeleton_key
from factcheck.resolve.local import LocalEntity, local_entities
from factcheck.resolve.names import (
    COUNTRY_ADDED,
    MOVED_LETTERS,
    Names,
    added_country_keys,
    close_letters_keys,
    final_s_keys,
)
from factcheck.resolve.union import UnionFind
from factcheck.store.partitions import Partition

# Blocks larger than this are too common a key to compare pairwise ("last name Smith").
MAX_BLOCK = 60
ORGANISATIONS = {EntityType.ORGANIZATION, EntityType.PARTY, EntityType.GROUP}
CUE_WEIGHT = 1000


def compatible_types(a: EntityType, b: EntityType) -> bool:
    if EntityType.UNKNOWN in (a, b) or a == b:
        return True
    return a in ORGANISATIONS and b in ORGANISATIONS


def block_keys(local: LocalEntity, names: Names) -> set[str]:
    keys = set()
    for form in local.forms:
        name = names(form)
        keys.add("exact:" + name.exact)
        tokens = name.tokens
        if tokens:
            keys.add("skeleton:" + name.skeleton_key)
            keys.add("loose:" + name.loose_key)
            parts = name.parts  # 'Abdel Sourouh' meets 'Abdel Karim Sorouh' on its parts
            keys.add("last:" + skeleton(parts[-1]))
            keys.add("first:" + skeleton(parts[0]))
            if len(tokens) == 1 and tokens[0].endswith("s"):  # 'Velmoras' meets 'Velmora'
                keys.add("skeleton:" + skeleton_key(form.rstrip()[:-1]))
        if len(tokens) >= 2 and local.type in ORGANISATIONS | {EntityType.UNKNOWN}:
            keys.add("exact:" + name.initials)
    keys.add("exact:" + local.exact)
    return keys


def same_entity(a: LocalEntity, b: LocalEntity, names: Names) -> str | None:
    """Why two local entities are one, or None when they are not (or not surely)."""
    if not (compatible_types(a.type, b.type) or a.guessed or b.guessed):
        return None  # a type guessed from the look of a name alone does not keep it apart
    if not a.full_exact.isdisjoint(b.full_exact):
        return "same name up to case, hyphens and spacing"
    # a surname both write ("Gomes") makes two full names one only if their given names agree
    if not a.form_exact.isdisjoint(b.form_exact) and _given_names_agree(a, b):
        return "same short name, and their full names agree"
    if a.weak or b.weak:
        return None
    reason = _spelt_alike(a, b, names)
    if reason:
        return reason
    if _initialism(a, b) or _initialism(b, a):
        return _acronym(a, b, names) if _initialism(a, b) else _acronym(b, a, names)
    return None


def _spelt_alike(a: LocalEntity, b: LocalEntity, names: Names) -> str | None:
    """Why a full name of one is a spelling of a full name of the other, in their context."""
    organisation = a.type in ORGANISATIONS or b.type in ORGANISATIONS
    places = a.type == b.type == EntityType.PLACE
    for form_a in a.full:
        for form_b in b.full:
            reason = names.match(form_a, form_b, organisation=organisation)
            if reason == COUNTRY_ADDED and not _in_country_context(form_a, a, form_b, b, names):
                continue
            if reason and reason.startswith(MOVED_LETTERS):
                reason = _in_one_story(reason, a, b)
            elif reason and reason != COUNTRY_ADDED:
                close = close_letters_keys(form_a, form_b, names.lexicon.particles)
                reason = _with_context(reason, a, b, close)
            if reason:
                return reason
            if places and final_s_keys(form_a, form_b, names.lexicon):
                return _with_context(final_s_keys(form_a, form_b, names.lexicon) or "", a, b, False)
    return None


def _acronym(short: LocalEntity, long: LocalEntity, names: Names) -> str | None:
    """Why an acronym in one source is a full name in another: within one source it always is;
    across sources, when its own source spells out a name of those initials alike ('Nordic
    Fisheries Council (NFC)' and 'Nordic Fisheries Counsil'), or the two sources tell one story.
    'LP' is a record in a music story and the initials of two different parties in two others."""
    reason = "acronym of the full name"
    if short.source_id == long.source_id:
        return reason
    spelt_out = [names(f) for f in short.around.names_in_full if initials(f) in short.form_exact]
    for own in spelt_out:
        for other in long.full:
            if own.exact == other.exact or names.match(own, other, organisation=True):
                return f"{reason}, which its own source spells out alike"
    return _with_context(reason, short, long, False)


def _given_names_agree(a: LocalEntity, b: LocalEntity) -> bool:
    if not a.given_names or not b.given_names:
        return False  # a lone short name joins a full one only if it fits just one (see _attach_short_forms)
    return all(x == y or x[:1] == y or y[:1] == x for x in a.given_names for y in b.given_names)


def _with_context(reason: str, a: LocalEntity, b: LocalEntity, close: bool) -> str | None:
    """A spelling match needs its context to agree.

    Names close in letters ('Gaddafi', 'Qaddafi') merge unless their sources are plainly about
    different things (each names several others, none in common); names alike only in skeleton
    ('Diane', 'Danny') merge only with evidence: a shared office, or shared names around them."""
    offices = a.offices & b.offices
    if offices:
        return f"{reason}, and both are {sorted(offices)[0]}"
    around = (a.around.neighbours & b.around.neighbours) - {a.exact, b.exact}
    smaller = min(len(a.around.neighbours), len(b.around.neighbours))
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
    around = (a.around.names_around & b.around.names_around) - {a.exact, b.exact}
    return (
        f"{reason}, and their sources both name {len(around)} of the same names" if len(around) >= 3 else None
    )


def _in_country_context(
    form_a: NameKeys, a: LocalEntity, form_b: NameKeys, b: LocalEntity, names: Names
) -> bool:
    """'Democratic Party' joins 'Democratic Party of Korea' only from a source that names Korea."""
    country = added_country_keys(form_a, form_b, names.lexicon)
    shorter = a if len(form_a.tokens) < len(form_b.tokens) else b
    return country is not None and country in shorter.around.countries


def _initialism(short: LocalEntity, long: LocalEntity) -> bool:
    return not short.acronyms.isdisjoint(long.long_initials)


def resolve(extractions: Sequence[Extraction], lexicon: Lexicon) -> list[Entity]:
    """Merge the local entities of all sources into entities, each with the reasons for its merges."""
    with collector_paused():
        return _resolved(extractions, Names(lexicon), None)[0]


def resolve_growing(
    extractions: Sequence[Extraction], lexicon: Lexicon, known: Partition | None
) -> tuple[list[Entity], Partition]:
    """`resolve`, reusing the partition of an earlier corpus when this one only added sources to it:
    pairs of two known local entities are not compared again, since a pair's verdict depends on
    the two alone. The entities are those of `resolve`; only their reasons may name other pairs
    (a merge the earlier run explained by one pair may be explained by another). Also returns this
    corpus's partition, to keep for the next run."""
    with collector_paused():
        return _resolved(extractions, Names(lexicon), known)


def _resolved(
    extractions: Sequence[Extraction], names: Names, known: Partition | None
) -> tuple[list[Entity], Partition]:
    locals_ = local_entities(extractions, names)
    union = UnionFind(len(locals_))
    reasons: dict[int, list[str]] = defaultdict(list)
    blocks: dict[str, list[int]] = defaultdict(list)
    for index, local in enumerate(locals_):
        for key in block_keys(local, names):
            blocks[key].append(index)
    compared: set[tuple[int, int]] = set()
    # a key of one member, or too common a key, makes no pair
    paired = {
        k: m for k, m in blocks.items() if len(m) >= 2 and (len(m) <= MAX_BLOCK or k.startswith("exact:"))
    }
    fresh = _fresh_members(extractions, locals_, blocks, union, known) if known is not None else None
    for _, members in sorted(paired.items()):
        _merge_block(members, locals_, union, compared, reasons, names, fresh)
    partition = _partition(extractions, locals_, union)
    _attach_short_forms(locals_, union, reasons, names)
    return _entities(locals_, union, reasons), partition


def _fresh_members(
    extractions: Sequence[Extraction],
    locals_: list[LocalEntity],
    blocks: dict[str, list[int]],
    union: UnionFind,
    known: Partition,
) -> set[int] | None:
    """The local entities of sources the known partition does not hold, with the known groups
    joined in `union`; None (compare every pair) when the partition cannot be grown into this
    corpus: a source it holds is gone or changed, or the new names make a block too large to pair
    that paired before (its pairs would now be left out, and groups could part)."""
    present = {(e.source_id, e.content_hash) for e in extractions}
    if not known.within(present):
        return None
    old = {source_id for source_id, _ in known.sources}
    fresh = {i for i, local in enumerate(locals_) if local.source_id not in old}
    for key, members in blocks.items():
        if len(members) > MAX_BLOCK and not key.startswith("exact:"):
            before = sum(1 for m in members if m not in fresh)
            if 2 <= before <= MAX_BLOCK:
                return None
    labels = [
        (i, known.labels.get((local.source_id, local.key)))
        for i, local in enumerate(locals_)
        if i not in fresh
    ]
    if any(label is None for _, label in labels):
        return None  # the partition does not know a name of a source it holds: not ours
    first_of: dict[int | None, int] = {}
    for index, label in labels:
        union.union(first_of.setdefault(label, index), index)
    return fresh


def _partition(extractions: Sequence[Extraction], locals_: list[LocalEntity], union: UnionFind) -> Partition:
    roots: dict[int, int] = {}
    labels = {
        (local.source_id, local.key): roots.setdefault(union.find(index), len(roots))
        for index, local in enumerate(locals_)
    }
    return Partition(tuple((e.source_id, e.content_hash) for e in extractions), labels)


def _merge_block(
    members: list[int],
    locals_: list[LocalEntity],
    union: UnionFind,
    compared: set[tuple[int, int]],
    reasons: dict[int, list[str]],
    names: Names,
    fresh: set[int] | None = None,
) -> None:
    """Compare each pair of a block, in order, that is not yet one entity nor compared before;
    with `fresh`, only the pairs that hold a fresh member (the others are known).

    A large block ('London' in hundreds of sources) is mostly one entity after its first few
    pairs: the members are screened by their roots as they were before the current member, which
    is safe because entities only ever merge (two members one entity then are one entity now)."""
    if fresh is not None and fresh.isdisjoint(members):
        return
    roots: list[int] = []
    for i, first in enumerate(members):
        if not roots:  # at the start, and after a merge
            roots = [union.find(m) for m in members]
        root = roots[i]
        for j in [j for j in range(i + 1, len(members)) if roots[j] != root]:
            second = members[j]
            pair = (first, second)
            if fresh is not None and first not in fresh and second not in fresh:
                continue
            if pair in compared or union.find(first) == union.find(second):
                continue
            compared.add(pair)
            why = same_entity(locals_[first], locals_[second], names)
            if why:
                union.union(first, second)
                reasons[first].append(f"{locals_[first].label} ~ {locals_[second].label}: {why}")
                roots = []


def _attach_short_forms(
    locals_: list[LocalEntity], union: UnionFind, reasons: dict[int, list[str]], names: Names
) -> None:
    """A lone surname ('Trump') with no full name in its source joins the one full name it fits."""
    by_word: dict[str, set[int]] = defaultdict(set)
    by_part: dict[str, set[int]] = defaultdict(set)
    for index, local in enumerate(locals_):
        tokens = names(local.key).tokens
        if len(tokens) >= 2 and local.type in (EntityType.PERSON, EntityType.UNKNOWN):
            for token in (tokens[0], tokens[-1]):
                by_word[token].add(index)
                by_part[skeleton(token)].add(index)
    for index, local in enumerate(locals_):
        tokens = names(local.key).tokens
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
