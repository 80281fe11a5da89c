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


def longest_event_phrase(document: Document) -> int:
    """How many words the longest event phrase has: asked once per document, not per sentence."""
    return max(len(words) for words in document.lexicon.event_words)


def events_in(document: Document, view: SentenceView, longest: int) -> list[EventWord]:
    """The event words of a sentence, longest phrase first; none inside a name of a person or body."""
    lexicon = document.lexicon.event_words
    lowered = [t.bare.lower() for t in view.tokens]
    in_names = {
        i
        for p in view.mentions
        if document.mentions[p.index].type in NOT_EVENTS
        for i in range(p.first, p.end)
    }
    found, index = [], 0
    while index < len(lowered):
        for size in range(min(longest, len(lowered) - index), 0, -1):
            entry = lexicon.get(tuple(lowered[index : index + size]))
            if entry and not in_names.intersection(range(index, index + size)):
                found.append(EventWord(index, index + size, *entry))
                index += size - 1
                break
        index += 1
    return found
