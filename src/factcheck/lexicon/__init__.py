"""One frozen Lexicon over every word list in factcheck/data, loaded once and passed in explicitly.

Extraction reads names, titles, numbers, dates and events by it; resolution and the rules consult
the same object. Nothing caches a word list behind a function: whoever needs one is handed the
Lexicon (`load_lexicon()` builds it; a test or a newsroom may build one from another folder).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable

from factcheck.lexicon import reading
from factcheck.lexicon.aspects import AspectPhrase, AspectWords, event_aspects
from factcheck.lexicon.bearings import BearingWords, bearing_words
from factcheck.lexicon.dates import DayTimes, day_times
from factcheck.lexicon.forms import initials, is_acronym
from factcheck.lexicon.numbers import NumberLexicon, number_lexicon
from factcheck.lexicon.quotes import QuoteWords, quote_words
from factcheck.lexicon.reading import Trigger
from factcheck.lexicon.roles import RoleNoun, RoleWords, role_words
from factcheck.lexicon.spelling import SpellingWords, spelling_words
from factcheck.lexicon.sports import SportsWords, sports_words

NOTHING: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Every word list factcheck reads by. The mappings are read-only by contract: built once."""

    # names and titles
    offices: Mapping[str, str]  # written form -> canonical office
    exclusive_offices: frozenset[str]  # heads of state or government: one at a time
    modifiers: Mapping[str, str]  # written form -> modifier ("ex-" -> "former")
    countries: Mapping[str, str]  # country, demonym or alias (lower case) -> country
    organization_heads: frozenset[str]
    party_words: frozenset[str]
    party_bodies: frozenset[str]  # heads of names that are parties in a phrase of membership
    particles: frozenset[str]
    common_words: frozenset[str]
    honorifics: frozenset[str]
    name_heads: Mapping[str, str]  # word inside a name -> "place", "event" or "group"
    trailing_heads: frozenset[str]  # name heads that tell the kind only as a name's last word ("Park")
    nicknames: Mapping[str, frozenset[str]]  # given name (lower case) -> the names it may stand for
    longest_office: int  # words in the longest written form of an office
    office_starts: frozenset[str]  # first words of the written forms: most words begin none
    prefix_modifiers: tuple[str, ...]  # "ex-", "then-": written before an office, joined to it
    suffix_modifiers: tuple[str, ...]  # "-elect", "-designate": written after an office, joined to it
    # how a statement is put
    modality: Mapping[str, str]  # word or phrase -> hedge, future, attribution, negation or past
    attribution_words: frozenset[str]  # the single words that give what is said to someone
    # numbers
    measures: Mapping[str, Mapping[str, str]]  # kind -> phrase -> value (measures.tsv)
    measure_starts: Mapping[str, frozenset[str]]  # kind -> the first words of its phrases
    # events
    triggers: Mapping[str, tuple[Trigger, ...]]  # first word -> the event-fact phrases it starts
    event_classes: Mapping[str, frozenset[str]]  # class ("target", "between", ...) -> its words
    event_words: Mapping[tuple[str, ...], tuple[str, bool]]  # phrase -> (kind of event, transitive)
    event_identity: Mapping[str, str]  # kind of event -> "place" or "subject": what tells two apart
    # the number reader's tables (numbers.tsv, units.tsv, currencies.tsv)
    numbers: NumberLexicon
    # quotations, and other facts (where a place lies)
    quotes: QuoteWords
    bearings: BearingWords
    event_aspects: AspectWords  # manner, vehicle, status, route, place and leader words
    # dates and times
    day_times: DayTimes  # parts of the day and clock modifiers as minutes (times_of_day.tsv)
    # names
    place_words: frozenset[str]  # a name part naming another place when it differs
    spelling_words: SpellingWords  # common English words and given names: what is no rare name
    sports: SportsWords  # titles counted, moments of a game and sides of a player (sports.tsv)
    # events: how a person died or was caught, admitted or denied blame (event_circumstances.tsv)
    event_circumstances: AspectWords
    roles: RoleWords  # role nouns of a person in an organisation, by grade (roles.tsv)

    def country_of(self, word: str) -> str | None:
        return self.countries.get(word.lower().rstrip("’'s").strip()) or self.countries.get(word.lower())

    def event_class(self, kind: str) -> frozenset[str]:
        """The words of one class of event_verbs.tsv, or none."""
        return self.event_classes.get(kind, NOTHING)

    def is_plural_pair(self, a: str, b: str) -> bool:
        """Two forms (lower case) that differ by a final 's' are a plural or another name, not one
        name spelt two ways: the singular is a word, a common name or a country's ('Spring',
        'Springs'; 'William', 'Williams'), or the longer form is a people ('Velmorans'). A rare
        entry of the word list ending in 's' alone does not make its stem a word ('Corva')."""
        singular, plural = sorted((a, b), key=len)
        words = self.spelling_words
        if plural in self.countries or singular in self.countries:
            return True
        return words.is_word(singular) or words.is_common_name(singular)

    def comparison(self, measure: str) -> str:
        """How figures of a measure class are compared: 'total', 'verb', 'of' or 'none'."""
        return self.measures["class"].get(measure, "none")


def load_lexicon(folder: Traversable | None = None) -> Lexicon:
    """The word lists of `folder`, by default the built-in ones of factcheck/data."""
    data = folder or resources.files("factcheck.data")
    offices = reading.aliases(data, "offices.txt")
    modifiers = reading.aliases(data, "modifiers.txt")
    modality = reading.modality(data)
    triggers, event_classes = reading.event_verbs(data)
    event_words, event_identity = reading.event_words(data)
    measures = reading.measures(data)
    return Lexicon(
        offices=offices,
        exclusive_offices=reading.exclusive(data, "offices.txt"),
        modifiers=modifiers,
        countries=reading.countries(data),
        organization_heads=frozenset(reading.lines(data, "organization_heads.txt")),
        party_words=frozenset(reading.lines(data, "party_words.txt")),
        party_bodies=frozenset(reading.lines(data, "party_bodies.txt")),
        particles=frozenset(reading.lines(data, "particles.txt")),
        common_words=frozenset(reading.lines(data, "common_words.txt")),
        honorifics=frozenset(reading.lines(data, "honorifics.txt")),
        name_heads=reading.name_heads(data),
        trailing_heads=reading.trailing_heads(data),
        nicknames=reading.nicknames(data),
        longest_office=max(len(form.split()) for form in offices),
        office_starts=frozenset(form.split()[0] for form in offices),
        prefix_modifiers=tuple(f for f in modifiers if f.endswith("-")),
        suffix_modifiers=tuple(f for f in modifiers if f.startswith("-")),
        modality=modality,
        attribution_words=frozenset(
            w for w, kind in modality.items() if kind == "attribution" and " " not in w
        ),
        measures=measures,
        measure_starts={
            kind: frozenset(p.split()[0] for p in table if p) for kind, table in measures.items()
        },
        triggers=triggers,
        event_classes=event_classes,
        event_words=event_words,
        event_identity=event_identity,
        numbers=number_lexicon(lambda name: reading.read(data, name)),
        quotes=quote_words(lambda name: reading.read(data, name)),
        bearings=bearing_words(data),
        event_aspects=event_aspects(data),
        day_times=day_times(data),
        place_words=frozenset(reading.lines(data, "place_words.txt")),
        spelling_words=spelling_words(data),
        sports=sports_words(data),
        event_circumstances=event_aspects(data, "event_circumstances.tsv"),
        roles=role_words(data),
    )


__all__ = [
    "AspectPhrase",
    "AspectWords",
    "Lexicon",
    "RoleNoun",
    "RoleWords",
    "SpellingWords",
    "Trigger",
    "initials",
    "is_acronym",
    "load_lexicon",
]
