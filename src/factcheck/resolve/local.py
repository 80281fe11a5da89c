"""The entities of one source: all the mentions of one in-source name, with their names keyed once."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from factcheck.extract import OPENER_RULE
from factcheck.model import EntityType, Extraction, MentionRef, Title
from factcheck.resolve.keys import NameKeys
from factcheck.resolve.names import Names

# the rules that type a name by its look alone, with no word around it to go by
GUESSES = frozenset(["name.capitalised-words", "name.capitalised-word", OPENER_RULE])


@dataclass(frozen=True, slots=True)
class SourceNames:
    """What a source names, shared by all its local entities: context for merging."""

    countries: frozenset[str]  # the countries it names
    neighbours: frozenset[str]  # exact keys of the full names it mentions
    names_around: frozenset[str]  # exact keys of every name it mentions
    names_in_full: frozenset[str]  # the names of two words or more it writes


NOTHING_AROUND = SourceNames(frozenset(), frozenset(), frozenset(), frozenset())


@dataclass(frozen=True, slots=True)
class LocalEntity:
    """All mentions of one source that point to the same in-source name, and the keys that
    comparing it with others asks for again and again, worked out once."""

    source_id: str
    key: str
    type: EntityType
    forms: Mapping[str, int]  # each written form and how often, in the order first written
    refs: tuple[MentionRef, ...]
    offices: frozenset[str]
    around: SourceNames
    weak: bool  # only ever a lone word opening a sentence: a name only if it meets one
    guessed: bool  # its type is only guessed from the look of its words
    exact: str  # the exact key of `key`
    full: tuple[NameKeys, ...]  # its names written in full: several words, or an acronym
    full_exact: frozenset[str]  # their exact keys
    form_exact: frozenset[str]  # the exact keys of all its forms
    given_names: frozenset[str]  # the first token of each form of two tokens or more
    acronyms: frozenset[str]  # exact keys of its forms in capitals or with a digit
    long_initials: frozenset[str]  # the initials of its forms of two words or more

    @property
    def label(self) -> str:
        return f"{self.key!r} ({self.source_id})"


@dataclass(slots=True)
class LocalReading:
    """A local entity while its source's mentions are read."""

    source_id: str
    key: str
    type: EntityType
    around: SourceNames
    forms: Counter[str] = field(default_factory=Counter)
    refs: list[MentionRef] = field(default_factory=list)
    offices: set[str] = field(default_factory=set)
    weak: bool = True
    guessed: bool = True

    def read(self, names: Callable[[str], NameKeys]) -> LocalEntity:
        """The entity, once all its mentions are read; `names` keys a written form (a `Names`)."""
        keyed = [names(form) for form in self.forms]
        # a lone surname counts as written in full only if nothing else is
        full = tuple(k for k in keyed if len(k.parts) >= 2 or k.acronym) or tuple(keyed)
        form_exact = _shared(k.exact for k in keyed)
        return LocalEntity(
            self.source_id,
            self.key,
            self.type,
            self.forms,
            tuple(self.refs),
            _shared(self.offices),
            self.around,
            self.weak,
            self.guessed,
            exact=names(self.key).exact,
            full=full,
            full_exact=form_exact if len(full) == len(keyed) else _shared(k.exact for k in full),
            form_exact=form_exact,
            given_names=_shared(k.tokens[0] for k in keyed if len(k.tokens) >= 2),
            acronyms=_shared(k.exact for k in keyed if k.coded),
            long_initials=_shared(k.initials for k in keyed if k.words >= 2),
        )


NOTHING: frozenset[str] = frozenset()


def _shared(items: Iterable[str]) -> frozenset[str]:
    """The items as a set; most entities have none of a kind, and share one empty set (memory)."""
    found = frozenset(items)
    return found if found else NOTHING


def local_entities(extractions: Iterable[Extraction], names: Names) -> list[LocalEntity]:
    found: dict[tuple[str, str], LocalReading] = {}
    for extraction in extractions:
        around = _source_names(extraction, names)
        for index, mention in enumerate(extraction.mentions):
            slot = (extraction.source_id, mention.key)
            local = found.get(slot)
            if local is None:
                local = found[slot] = LocalReading(extraction.source_id, mention.key, mention.type, around)
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
    return [reading.read(names) for reading in found.values()]


def _source_names(extraction: Extraction, names: Names) -> SourceNames:
    countries = names.lexicon.countries
    keyed = [names(m.key) for m in extraction.mentions]
    return SourceNames(
        countries=frozenset(
            countries[m.span.text.lower()] for m in extraction.mentions if m.span.text.lower() in countries
        ),
        neighbours=frozenset(k.exact for k in keyed if k.words >= 2),
        names_around=frozenset(k.exact for k in keyed),
        names_in_full=frozenset(m.span.text for m in extraction.mentions if len(m.span.text.split()) >= 2),
    )
