"""Which event a date or a time of day belongs to: its part of the clause, the event word nearest
to it there, the person it is about, and whether the clause speaks of the future."""

from __future__ import annotations

import itertools
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from factcheck.extract.document import Document, SentenceView
from factcheck.extract.event_words import EventWord
from factcheck.extract.text import Token
from factcheck.lexicon import Lexicon
from factcheck.model import DateRange, EntityType


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# A date and its event word must stand this close (in tokens) to be read together.
MAX_GAP = 10
# How far before "which" the event it refers to may end ("the dock strike in Port Alder, which ...").
ANTECEDENT = 4
# Where the part of a clause that a date belongs to starts or ends ("... when the storm hit on Sunday").
SPLITTERS = _words("when after before since until following because which who whom whose that while")
SPLITTERS |= _words("whereas although though where if unless unlike ; : ( ) — –")
SPLIT_AFTER_COMMA = _words("as and but or")
RELATIVE_PRONOUNS = _words("who whom whose which")  # "X, who died last year, attended ..." ends at the comma
# Prepositions that make an event noun the complement of another noun ("the circumstances of his death").
DEPENDENT = _words("of for about over into regarding concerning against")
NOUN_PHRASE_ENDS = _words("in on at from to with by after before since during and or but that which who")
NOUN_PHRASE_ENDS |= _words("when as is are was were has have had be been will would said , ; : ( )")
FUTURE_WORDS = _words("will shall upcoming tomorrow next")
PASSIVE = _words("was were been being is are be got")
# Words in -ed that are not verbs of a clause of their own.
PASSIVE_FORMS = _words("armed injured wounded suspected alleged unidentified masked unnamed")
# Verbs of saying that the modality list leaves out; a date next to one dates the saying.
SAYING = _words("say tell tells stated states")


@dataclass(frozen=True, slots=True)
class Phrase:
    """A date expression in a sentence: its token range and its value in past and future clauses."""

    first: int
    end: int
    pattern: str
    past: DateRange | str
    future: DateRange | str
    premodifier: bool  # "Sunday's storm", "the 2011 uprising": the event word follows it
    weekday: str  # the weekday named, for the pattern "weekday"
    year_inferred: bool
    office: int = -1  # "mayor since 2027": the office word whose start the date gives


@dataclass(frozen=True, slots=True)
class Reader:
    """A document with what is known of its time, and where its direct speech stands."""

    document: Document
    anchor: date | None  # the publication date, when it can be trusted
    year_hint: date | None  # the latest past date the text mentions, for "June 24" in an undated text
    quoted: tuple[tuple[int, int], ...]  # in text order, none inside another

    def quote_of(self, offset: int) -> tuple[int, int] | None:
        count = bisect_right(self.quoted, offset, key=lambda region: region[0])
        return self.quoted[count - 1] if count and offset < self.quoted[count - 1][1] else None


def saying(lexicon: Lexicon, word: str) -> bool:
    return word in SAYING or lexicon.modality.get(word) == "attribution"


def part_of_clause(tokens: Sequence[Token], clause: tuple[int, int], phrase: Phrase) -> tuple[int, int]:
    """The stretch of the clause a date belongs to, between subordinating words around it."""

    def splits(index: int) -> bool:
        word = tokens[index].lower
        after_comma = index == clause[0] or tokens[index - 1].text == ","
        return word in SPLITTERS or (word in SPLIT_AFTER_COMMA and after_comma)

    start, end = phrase.first, phrase.end
    while start > clause[0] and not splits(start - 1):
        start -= 1
    relative = start > clause[0] and tokens[start - 1].lower in RELATIVE_PRONOUNS
    commas = [i for i in range(start, phrase.first) if tokens[i].text == ","]
    if relative and commas:
        start = commas[0] + 1  # the date follows the relative clause
    while end < clause[1] and not splits(end) and not (relative and tokens[end].text == ","):
        end += 1
    return start, end


def nearest_event(
    reader: Reader,
    tokens: Sequence[Token],
    part: tuple[int, int],
    phrase: Phrase,
    events: Sequence[EventWord],
) -> EventWord | None:
    """The event word closest to the date in its part of the clause, with nothing said between."""
    region = reader.quote_of(tokens[phrase.first].start)
    best: tuple[int, int, EventWord] | None = None
    # "the storm that hit on Sunday": the event a relative clause follows is its own
    relative = part[0] > 0 and tokens[part[0] - 1].lower in RELATIVE_PRONOUNS | {"that"}
    for event in events:
        if (
            (event.first < part[0] and not (relative and 0 <= part[0] - 1 - event.end <= ANTECEDENT))
            or event.end > part[1]
            or reader.quote_of(tokens[event.first].start) != region
        ):
            continue
        if phrase.premodifier and not 0 <= event.first - phrase.end <= 2:
            continue
        low, high = (event.end, phrase.first) if event.end <= phrase.first else (phrase.end, event.first)
        if high - low > MAX_GAP or any(saying(reader.document.lexicon, t.lower) for t in tokens[low:high]):
            continue
        if event.topic != "none" and _dependent(tokens, event.first):
            continue
        if event.first >= phrase.end and _verb_between(tokens, phrase.end, event.first):
            continue  # "on Friday condemned the bombing": the date is of the condemning
        key = (high - low, int(event.end > phrase.first), event)
        if best is None or key[:2] < best[:2]:
            best = key
    return best[2] if best else None


def _verb_between(tokens: Sequence[Token], start: int, end: int) -> bool:
    """A verb in the past tense between a date and the event noun after it."""
    return any(
        t.text.islower() and len(t.text) > 4 and t.text.endswith("ed") and t.text not in PASSIVE_FORMS
        for t in tokens[start:end]
    )


def _dependent(tokens: Sequence[Token], first: int) -> bool:
    """The event noun completes another noun ("the tallying of ballots for the referendum")."""
    for index in range(first - 1, max(-1, first - 6), -1):
        word = tokens[index].lower
        if word in DEPENDENT:
            return True
        if word in NOUN_PHRASE_ENDS:
            return False
    return False


def is_future(tokens: Sequence[Token]) -> bool:
    words = [t.lower for t in tokens]
    if any(w in FUTURE_WORDS or w.endswith(("'ll", "’ll")) for w in words):
        return True
    return any(
        w in ("is", "are", "am") and n in ("due", "set", "scheduled", "to", "going", "planned")
        for w, n in itertools.pairwise(words)
    )


def subject_of(
    document: Document, view: SentenceView, clause: tuple[int, int], event: EventWord
) -> int | None:
    """The person named last before the event word in its clause: who died, who took office.
    A transitive verb ("killed") is about its subject only in the passive ("X was killed")."""
    people = [
        p
        for p in view.mentions_between(clause[0], event.first)
        if document.mentions[p.index].type == EntityType.PERSON
        and not view.tokens[p.end - 1].text.endswith(("'s", "’s"))  # "the general's son"
    ]
    if not people:
        return None
    between = {t.lower for t in view.tokens[people[-1].end : event.first]}
    return None if event.transitive and not between & PASSIVE else people[-1].index
