"""Event words: the nouns and verbs that name an event a date can date, with their class.

The word list is data (data/event_words.tsv): "flood" and "storm" are a disaster, "summit" and
"talks" a meeting, "took office" taking office. The same file says how two events of a class are
told apart, for the rules that compare them.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

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


@cache
def _event_lines() -> tuple[tuple[str, ...], ...]:
    text = resources.files("factcheck.data").joinpath("event_words.tsv").read_text(encoding="utf-8")
    lines = (line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return tuple(tuple(part.strip() for part in line) for line in lines)


@cache
def event_words() -> dict[tuple[str, ...], tuple[str, bool]]:
    """Event words and phrases: the class of event they name, and whether the verb is transitive."""
    return {
        tuple(line[0].split()): (line[1], line[2:] == ("object",))
        for line in _event_lines()
        if not line[0].startswith("=")
    }


@cache
def event_identity() -> dict[str, str]:
    """How two events of a class are told apart: "place" (a shared place) or "subject" (a person)."""
    return {line[0][1:]: line[1] for line in _event_lines() if line[0].startswith("=")}


def events_in(document: Document, view: SentenceView) -> list[EventWord]:
    """The event words of a sentence, longest phrase first; none inside a name of a person or body."""
    lexicon = event_words()
    longest = max(len(words) for words in lexicon)
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
