"""A one-word name spelt another way inside a longer name of the same story: 'Tessel' in one
source, 'Tesel District Prison' in another. The two are different entities (a town, a prison
named after it), so resolution keeps them apart; the word they share is still spelt two ways."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from factcheck.graph import FactGraph, MentionRecord
from factcheck.lexicon import Lexicon
from factcheck.model import Entity, EntityType
from factcheck.resolve.keys import name_tokens, skeleton
from factcheck.resolve.names import name_match
from factcheck.rules.lookalikes import lookalike_words, told_together
from factcheck.rules.written import Written, style_key

# Words around the distinctive word of a name that only say what kind of thing it is.
_DESCRIPTIVE = frozenset(
    ["military", "central", "national", "main", "old", "new", "general", "state", "city"]
)


@dataclass(frozen=True, slots=True)
class CoreVariant:
    """The one-word entity, its forms, and the longer entity whose core word is spelt otherwise."""

    word: Entity
    alone: list[Written]
    within: list[Written]


def core_variants(graph: FactGraph, lexicon: Lexicon) -> Iterator[CoreVariant]:
    """Pairs of a one-word place or unknown entity and a longer name whose only distinctive word
    is the same word spelt otherwise (and not a word of the language)."""
    cores: dict[str, list[tuple[Entity, str, list[Written]]]] = defaultdict(list)
    for entity in graph.entities.values():
        for core, forms in _cores(graph, lexicon, entity).items():
            cores[skeleton(core)].append((entity, core, forms))
    for entity in graph.entities.values():
        if entity.type not in (EntityType.PLACE, EntityType.UNKNOWN):
            continue
        alone = _one_word_forms(graph, entity)
        if not alone:
            continue
        word = name_tokens(alone[0].form)[0]
        for other, core, forms in cores.get(skeleton(word), []):
            if other.id == entity.id or style_key(core) == style_key(word):
                continue
            if name_match(word, core, lexicon) is None or lookalike_words([word], [core], lexicon):
                continue
            sources_alone = {s for w in alone for s in w.first_in}
            sources_within = {s for w in forms for s in w.first_in}
            if told_together(graph, sources_alone, sources_within):
                yield CoreVariant(entity, alone, forms)


def _one_word_forms(graph: FactGraph, entity: Entity) -> list[Written]:
    forms: dict[str, dict[str, MentionRecord]] = defaultdict(dict)
    for record in graph.mentions_of(entity):
        text = record.mention.span.text
        if len(name_tokens(text)) != 1:
            return []
        forms[text].setdefault(record.source.id, record)
    return [Written(form, first) for form, first in sorted(forms.items())]


def _cores(graph: FactGraph, lexicon: Lexicon, entity: Entity) -> dict[str, list[Written]]:
    """Core word -> the longer forms of a place or body that are that word followed by words of
    kind only ('Tesel District Prison'); a person's name ('Ana West') has no core."""
    found: dict[str, dict[str, dict[str, MentionRecord]]] = defaultdict(lambda: defaultdict(dict))
    if entity.type == EntityType.PERSON:
        return {}
    for record in graph.mentions_of(entity):
        text = record.mention.span.text
        tokens = name_tokens(text)
        if len(tokens) < 2 or len(tokens[0]) < 4 or not all(_of_kind(t, lexicon) for t in tokens[1:]):
            continue
        if any(t.capitalize() in lexicon.name_heads for t in tokens[1:]):
            found[tokens[0]][text].setdefault(record.source.id, record)
    return {core: [Written(f, first) for f, first in sorted(forms.items())] for core, forms in found.items()}


def _of_kind(token: str, lexicon: Lexicon) -> bool:
    """A word that says what kind of place or body a name is, not which: 'Prison', 'Military'."""
    if token in _DESCRIPTIVE:
        return True
    if token in lexicon.place_words:
        return False  # 'North', 'West': another place, not a kind of place
    return token.capitalize() in lexicon.name_heads
