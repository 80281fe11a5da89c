"""Event words: the nouns and verbs that name an event a date can date, with their class.

The word list is data (data/event_words.tsv, read into the Lexicon): "flood" and "storm" are a
disaster, "summit" and "talks" a meeting, "took office" taking office. The same file says how two
events of a class are told apart, for the rules that compare them.
"""

from __future__ import annotations

from dataclasses import dataclass

from factcheck.extract.document import Document, SentenceView
from factcheck.model import EntityType

# An event word inside the name of one of these is part of a name ("the Election Commission").
NOT_EVENTS = (EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PARTY)


@dataclass(frozen=True, slots=True)
class EventWord:
    """An event word or phrase found in a sentence: its token range, its class, its transitivity."""

    first: int
    end: int
    topic: str  # "none" for a look-alike such as "death toll"
    transitive: bool  # "killed": the person it is about is its object


@dataclass(frozen=True, slots=True)
class EventPhrases:
    """What a search for event phrases needs: the most words one has, and the words they start with."""

    longest: int
    starts: frozenset[str]


def event_phrases(document: Document) -> EventPhrases:
    """Worked out once per document, not per sentence."""
    phrases = document.lexicon.event_words
    return EventPhrases(max(len(words) for words in phrases), frozenset(words[0] for words in phrases))


def events_in(document: Document, view: SentenceView, phrases: EventPhrases) -> list[EventWord]:
    """The event words of a sentence, longest phrase first; none inside a name of a person or body."""
    lexicon = document.lexicon.event_words
    lowered = [t.bare.lower() for t in view.tokens]
    if phrases.starts.isdisjoint(lowered):
        return []
    longest, starts = phrases.longest, phrases.starts
    in_names = {
        i
        for p in view.mentions
        if document.mentions[p.index].type in NOT_EVENTS
        for i in range(p.first, p.end)
    }
    found, index = [], 0
    while index < len(lowered):
        if lowered[index] not in starts:
            index += 1
            continue
        for size in range(min(longest, len(lowered) - index), 0, -1):
            entry = lexicon.get(tuple(lowered[index : index + size]))
            if entry and not in_names.intersection(range(index, index + size)):
                found.append(EventWord(index, index + size, *entry))
                index += size - 1
                break
        index += 1
    return found
