"""Linking entities to a registry through blocking keys finds what the surname blocking found."""

from __future__ import annotations

from factcheck.lexicon import Lexicon
from factcheck.model import Entity, EntityType, Entry, Registry
from factcheck.resolve import registry as linking
from factcheck.resolve.keys import exact_key, name_tokens, skeleton, skeleton_key
from factcheck.resolve.names import Names

NAMES = [
    ("William Carter", EntityType.PERSON),
    ("Bill Carter", EntityType.PERSON),
    ("Anna Katrin Berg", EntityType.PERSON),
    ("Ana Berg", EntityType.PERSON),
    ("Tomas Brand", EntityType.PERSON),
    ("Tomasz Brand", EntityType.PERSON),
    ("Lena Olsen", EntityType.PERSON),
    ("Lena Ohlsen", EntityType.PERSON),
    ("Mira Olsen", EntityType.PERSON),
    ("Green League of Nordland", EntityType.ORGANIZATION),
    ("Green League", EntityType.PARTY),
    ("al-Hadi Rahman", EntityType.PERSON),
    ("Hadi Rahman", EntityType.PERSON),
    ("Jón Þórsson", EntityType.PERSON),
    ("Jon Thorsson", EntityType.PERSON),
]


def entry(line: int, name: str, kind: EntityType) -> Entry:
    return Entry(name, kind, (), (), (), (), None, None, line)


def entity(number: int, name: str, kind: EntityType) -> Entity:
    return Entity(f"e{number}", name, kind, (), ())


def surname_keys(name: str) -> set[str]:
    """The blocking keys linking used before: exact key, skeleton, and the skeleton of the surname."""
    tokens = name_tokens(name)
    keys = {"exact:" + exact_key(name)}
    if tokens:
        keys |= {"skeleton:" + skeleton_key(name), "last:" + skeleton(tokens[-1])}
    return keys


def by_surname(entities: list[Entity], registry: Registry, lexicon: Lexicon) -> dict[str, tuple[int, str]]:
    """Every entry sharing a surname key is a candidate: what the narrower keys must not lose."""
    found = {}
    names = Names(lexicon)
    for one in entities:
        forms = (one.name, *one.aliases)
        wanted = {k for f in forms for k in surname_keys(f)}
        matches = [
            (e, why)
            for e in registry.entries
            if wanted & {k for n in e.accepted for k in surname_keys(n)}
            and linking._types_agree(one.type, e.type)
            and (
                why := linking._match(
                    forms, e, one.type in linking.ORGANISATIONS or e.type in linking.ORGANISATIONS, names
                )
            )
        ]
        if matches:
            chosen, why = matches[0]
            found[one.id] = (chosen.line, why)
    return found


def test_keys_lose_no_link_that_surname_blocking_finds(lexicon: Lexicon) -> None:
    registry = Registry("reference.yaml", tuple(entry(i + 1, n, k) for i, (n, k) in enumerate(NAMES)))
    entities = [entity(i, n, k) for i, (n, k) in enumerate(NAMES)]
    links = linking.link_registry(entities, [], registry, lexicon)
    assert {k: (v.entry.line, v.reason) for k, v in links.items()} == by_surname(entities, registry, lexicon)
    assert links["e1"].entry.name == "William Carter"  # found as a nickname, not by its surname


def test_a_name_with_no_wanted_key_is_skipped_by_its_last_word() -> None:
    tails = linking._Tails(set(linking._keys("Lena Olsen")))
    assert tails.may_have("Mira Olsen")
    assert not tails.may_have("Tomas Brand")
    assert tails.may_have("Jón Þórsson")  # not plain ASCII: always worked out in full
