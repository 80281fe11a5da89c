"""Suggesting registry entries: the entities of a corpus that the registry does not know yet."""

from __future__ import annotations

import json
from collections.abc import Iterator

from factcheck.graph import FactGraph
from factcheck.lexicon import is_acronym
from factcheck.model import Entity, EntityType
from factcheck.report.wording import counted
from factcheck.resolve.keys import name_tokens

# Types worth a registry entry; unknown single words are too often noise.
SUGGESTED_TYPES = (
    EntityType.PERSON,
    EntityType.ORGANIZATION,
    EntityType.PARTY,
    EntityType.PLACE,
    EntityType.GROUP,
)


def unknown_entities(graph: FactGraph) -> list[Entity]:
    """Entities the registry does not know, most mentioned first."""
    found = [
        e
        for e in graph.entities.values()
        if e.type in SUGGESTED_TYPES
        and graph.link(e) is None
        and (len(name_tokens(e.name)) >= 2 or is_acronym(e.name))
    ]
    return sorted(found, key=lambda e: (-len(e.mentions), e.name.casefold()))


def suggestion_yaml(graph: FactGraph, entities: list[Entity]) -> Iterator[str]:
    """Registry entries ready to paste under `entities:`, each with a comment saying how often it occurs."""
    for entity in entities:
        sources = {ref.source_id for ref in entity.mentions}
        spellings = [a for a in entity.aliases if len(name_tokens(a)) >= 2 or is_acronym(a)]
        yield f"  # {counted(len(entity.mentions), 'mention')} in {counted(len(sources), 'article')}"
        yield f"  - name: {json.dumps(entity.name, ensure_ascii=False)}"
        yield f"    type: {entity.type}"
        if spellings:
            yield f"    aliases: {json.dumps(spellings, ensure_ascii=False)}"
