"""Date claims: a date or period in a clause, attached to the event word nearest to it there.

The value (`Dated`) is a DateRange resolved against the publication date, at the precision the
text gives, of the class of the event word (data/event_words.tsv). A weekday ("on Sunday") in an
article of unknown date cannot become a date: the value then keeps only the weekday's name, which
can still be told apart from another weekday; any date given as a weekday keeps its name, so that
a rule can compare it by weekday alone.
"""

from __future__ import annotations

import calendar
import itertools
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date

from factcheck.extract.date_phrases import find_dates
from factcheck.extract.document import Document, SentenceView
from factcheck.extract.event_words import EventWord, events_in, longest_event_phrase
from factcheck.extract.stance import StanceReader
from factcheck.extract.text import Token, quotations
from factcheck.extract.times import find_times
from factcheck.lexicon import Lexicon
from factcheck.model import Claim, Dated, DateRange, EntityType, Predicate, Span, TimeOfDay
from factcheck.sources import calendar as cal


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# A date and its event word must stand this close (in tokens) to be read together.
MAX_GAP = 10
# Words before a date that make it a bound of a period, not the day something happened.
BOUND_WORDS = _words("since until till by before after following through throughout from between within")
BOUND_WORDS |= _words("beyond to than ahead prior unlike")
# Where the part of a clause that a date belongs to starts or ends ("... when the storm hit on Sunday").
SPLITTERS = _words("when after before since until following because which who whom whose that while")
SPLITTERS |= _words("whereas although though where if unless unlike ; : ( ) — –")
SPLIT_AFTER_COMMA = _words("as and but or")
RELATIVE_PRONOUNS = _words("who whom whose which")  # "X, who died last year, attended ..." ends at the comma
# Prepositions that make an event noun the complement of another noun ("the circumstances of his death").
DEPENDENT = _words("of for about over into regarding concerning against")
NOUN_PHRASE_ENDS = _words("in on at from to with by after before since during and or but that which who")
NOUN_PHRASE_ENDS |= _words("when as is are was were has have had be been will would said , ; : ( )")
# Words in -s after a year that are not the plural noun of a count ("in 2000 homes").
YEAR_FOLLOWERS = _words("as was is has does its his this thus whereas")
FUTURE_WORDS = _words("will shall upcoming tomorrow next")
# Verbs that date the end of an event that lasts, not the event.
END_WORDS = _words("ended ends end concluded concludes finished finishes wound")
START_WORDS = _words("began begins begun started starts opened opens launched erupted since")
PASSIVE = _words("was were been being is are be got")
# Verbs of saying that the modality list leaves out; a date next to one dates the saying.
SAYING = _words("say tell tells stated states")
DATE_WORDS = {name.lower() for name in (*calendar.day_name, *calendar.month_name) if name}


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


def reader_of(document: Document) -> Reader:
    """The document with its trusted date, its year hint and its quotations."""
    source = document.source
    anchor = _trusted_date(document)
    hint = None if anchor else cal.latest_past_reference(source.body)
    return Reader(document, anchor, hint, quotations(source.text, source.body_start))


def date_claims(document: Document) -> list[Claim]:
    reader = reader_of(document)
    longest = longest_event_phrase(document)
    claims = []
    for view in document.sentences:
        if document.paragraphs.is_caption_or_heading(view.sentence.start, view.sentence.end):
            continue
        events = events_in(document, view, longest)
        for phrase in _phrases(reader, view):
            claim = _claim(reader, view, phrase, events)
            if claim is not None:
                claims.append(claim)
        claims.extend(_time_claims(reader, view, events))
    return claims


def _time_claims(reader: Reader, view: SentenceView, events: Sequence[EventWord]) -> Iterator[Claim]:
    """Times of day ("at 10.30pm", "in the evening"), each attached to its event word as a date is."""
    sentence, tokens = view.sentence, view.tokens
    text, day_times = reader.document.source.text, reader.document.lexicon.day_times
    if not day_times.may_hold_time(view.words()):
        return
    for found in find_times(day_times, text, sentence.start, sentence.end):
        inside = [i for i, t in enumerate(tokens) if t.start >= found.start and t.end <= found.end]
        if not inside:
            continue
        phrase = Phrase(inside[0], inside[-1] + 1, "time", "", "", False, "", False)
        claim = _claim(reader, view, phrase, events, (found.first, found.last))
        if claim is not None:
            yield claim


def _trusted_date(document: Document) -> date | None:
    """A date read from a line of the text is not the publication date when the article speaks,
    in the past tense, of a later day (a first line "On Monday, May 4, 1981, the town woke to ...")."""
    published, source = document.published, document.source
    if published is None or source.published_from == "front matter":
        return published
    latest = cal.latest_past_reference(source.body)
    return None if latest is not None and latest > published else published


def _phrases(reader: Reader, view: SentenceView) -> list[Phrase]:
    """The date expressions of a sentence that date something, as token ranges."""
    sentence, tokens = view.sentence, view.tokens
    phrases = []
    text = reader.document.source.text
    for found in find_dates(text, sentence.start, sentence.end, reader.anchor, reader.year_hint):
        inside = [i for i, t in enumerate(tokens) if t.start >= found.start and t.end <= found.end]
        if not inside:
            continue
        first, end = inside[0], inside[-1] + 1
        lead = tokens[first - 1].text.lower() if first else ""
        premodifier = tokens[end - 1].text.endswith(("'s", "’s")) or (
            found.pattern == "year" and lead not in ("in", "during", "of")
        )
        phrase = Phrase(
            first,
            end,
            found.pattern,
            found.past,
            found.future,
            premodifier,
            found.weekday,
            found.year_inferred,
        )
        lexicon = reader.document.lexicon
        office = _office_before(lexicon, tokens, first - 1) if lead == "since" else -1
        if office >= 0 and found.pattern in ("year", "month-year", "day"):
            phrases.append(replace(phrase, pattern="since", premodifier=False, office=office))
        elif not _counted(lexicon, tokens, phrase) and _dates_an_event(lexicon, view, phrase):
            phrases.append(phrase)
    return phrases


def _office_before(lexicon: Lexicon, tokens: Sequence[Token], since: int) -> int:
    """The office a "since" follows ("mayor of Velmora since 2027", "in office since 2019"), or -1."""
    for index in range(since - 1, max(-1, since - 6), -1):
        word = tokens[index].text.lower()
        if word in lexicon.offices or word in ("office", "power"):
            return index
        if word in SPLITTERS or word in ("was", "were", "is", "has", "had", ","):
            return -1
    return -1


def _counted(lexicon: Lexicon, tokens: Sequence[Token], phrase: Phrase) -> bool:
    """ "in 2000 homes": a number before a plural noun, not a year."""
    if phrase.pattern != "year" or phrase.premodifier or phrase.end >= len(tokens):
        return False
    after = tokens[phrase.end].text.lower()
    plural = after.endswith("s") or after in ("people", "men", "women", "children")
    return plural and after not in YEAR_FOLLOWERS and (after,) not in lexicon.event_words


def _dates_an_event(lexicon: Lexicon, view: SentenceView, phrase: Phrase) -> bool:
    """Not a bound of a period, not part of a name, not one of several dates, not when something was said."""
    tokens = view.tokens
    before = [t.text.lower() for t in tokens[max(0, phrase.first - 3) : phrase.first]]
    bound = before and (before[-1] in BOUND_WORDS or before[-2:] == ["as", "of"])
    if bound and not phrase.premodifier:  # "after Thursday's vote" still dates the vote
        return False
    if any(p.first <= phrase.first and phrase.end <= p.end for p in view.mentions):
        return False  # "the Mail on Sunday"
    if _coordinated(tokens, phrase):
        return False
    after = [t.text.lower() for t in tokens[phrase.end : phrase.end + 1]]
    return not any(_saying(lexicon, w) for w in before + after)


def _saying(lexicon: Lexicon, word: str) -> bool:
    return word in SAYING or lexicon.modality.get(word) == "attribution"


def _coordinated(tokens: Sequence[Token], phrase: Phrase) -> bool:
    """ "in 2022 and 2023", "on Monday and Tuesday": several days, not one."""

    def dateish(token: Token) -> bool:
        return token.bare.lower() in DATE_WORDS or token.text.isdigit()

    after = [t for t in tokens[phrase.end : phrase.end + 4] if t.text not in (",", "on", "in", "the")]
    if len(after) >= 2 and after[0].text in ("and", "or") and dateish(after[1]):
        return True
    before = [t for t in tokens[max(0, phrase.first - 4) : phrase.first] if t.text != ","]
    return len(before) >= 2 and before[-1].text in ("and", "or") and dateish(before[-2])


def _claim(
    reader: Reader,
    view: SentenceView,
    phrase: Phrase,
    events: Sequence[EventWord],
    time: tuple[int, int] | None = None,
) -> Claim | None:
    """A date claim, or with `time` (minutes after midnight) a time-of-day claim, for a phrase
    attached to the event word nearest to it in its part of the clause."""
    document, tokens = reader.document, view.tokens
    region = reader.quote_of(tokens[phrase.first].start)
    if region is not None and phrase.pattern in ("weekday", "relative", "month"):
        return None  # said on another day than the publication's
    clause = view.clause_of(phrase.first)
    part = part_of_clause(tokens, clause, phrase)
    if phrase.office >= 0:
        events = [EventWord(phrase.office, phrase.office + 1, "took-office", False)]
        part = (min(part[0], phrase.office), part[1])
    event = nearest_event(reader, tokens, part, phrase, events)
    if event is None or event.topic == "none":
        return None
    said = [
        t
        for i, t in enumerate(tokens[clause[0] : clause[1]], clause[0])
        if reader.quote_of(t.start) == region and not _date_word(tokens, phrase, i)
    ]
    start, end = tokens[min(phrase.first, event.first)].start, tokens[max(phrase.end, event.end) - 1].end
    subject = subject_of(document, view, clause, event)
    as_of = DateRange(document.published, document.published) if document.published else None
    stance = StanceReader(document, view).of_date(clause, part, said)
    planned = is_future(tokens[part[0] : part[1]])
    phase = _phase(tokens, phrase, event)
    if not phase and document.lexicon.event_identity.get(event.topic) == "lasting":
        return None  # "on Friday in his trial": a day of a trial, not when it began or ended
    topic = event.topic + (phase if phase != ":start" else "")
    anchors = tuple(p.index for p in view.mentions_between(*clause) if p.index != subject)
    span = Span(start, end, document.source.text[start:end])
    if time is not None:
        value: Dated | TimeOfDay = TimeOfDay(topic, time[0], time[1], planned)
        return Claim(subject, Predicate.TIME, value, span, "date.time-of-day", as_of, stance, anchors)
    written = phrase.future if planned else phrase.past
    when = written if isinstance(written, DateRange) else None
    value = Dated(topic, when, phrase.weekday, phrase.year_inferred, planned)
    return Claim(subject, Predicate.DATE, value, span, f"date.{phrase.pattern}", as_of, stance, anchors)


def _date_word(tokens: Sequence[Token], phrase: Phrase, index: int) -> bool:
    """A token of the date itself, or the month May beside a number: not the modal "may"."""
    if phrase.first <= index < phrase.end:
        return True
    if tokens[index].text != "May":
        return False
    near = [tokens[j].text for j in (index - 1, index + 1) if 0 <= j < len(tokens)]
    return any(word.isdigit() or word.rstrip("stndrh").isdigit() for word in near)


def _phase(tokens: Sequence[Token], phrase: Phrase, event: EventWord) -> str:
    """ ":end" for the end of an event that lasts ("the strike ended on Monday"), ":start" for its
    beginning: the two are two dates of one event, not two dates for the same thing."""
    low, high = min(phrase.end, event.end), max(phrase.first, event.first)
    words = {t.text.lower() for t in tokens[max(0, low - 1) : high + 1]}
    if words & END_WORDS:
        return ":end"
    return ":start" if words & START_WORDS else ""


def part_of_clause(tokens: Sequence[Token], clause: tuple[int, int], phrase: Phrase) -> tuple[int, int]:
    """The stretch of the clause a date belongs to, between subordinating words around it."""

    def splits(index: int) -> bool:
        word = tokens[index].text.lower()
        after_comma = index == clause[0] or tokens[index - 1].text == ","
        return word in SPLITTERS or (word in SPLIT_AFTER_COMMA and after_comma)

    start, end = phrase.first, phrase.end
    while start > clause[0] and not splits(start - 1):
        start -= 1
    relative = start > clause[0] and tokens[start - 1].text.lower() in RELATIVE_PRONOUNS
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
    relative = part[0] > 0 and tokens[part[0] - 1].text.lower() in RELATIVE_PRONOUNS | {"that"}
    for event in events:
        if (
            (event.first < part[0] and not (relative and event.end == part[0] - 1))
            or event.end > part[1]
            or reader.quote_of(tokens[event.first].start) != region
        ):
            continue
        if phrase.premodifier and not 0 <= event.first - phrase.end <= 2:
            continue
        low, high = (event.end, phrase.first) if event.end <= phrase.first else (phrase.end, event.first)
        if high - low > MAX_GAP or any(
            _saying(reader.document.lexicon, t.text.lower()) for t in tokens[low:high]
        ):
            continue
        if event.topic != "none" and _dependent(tokens, event.first):
            continue
        key = (high - low, int(event.end > phrase.first), event)
        if best is None or key[:2] < best[:2]:
            best = key
    return best[2] if best else None


def _dependent(tokens: Sequence[Token], first: int) -> bool:
    """The event noun completes another noun ("the counting of votes for the elections")."""
    for index in range(first - 1, max(-1, first - 6), -1):
        word = tokens[index].text.lower()
        if word in DEPENDENT:
            return True
        if word in NOUN_PHRASE_ENDS:
            return False
    return False


def is_future(tokens: Sequence[Token]) -> bool:
    words = [t.text.lower() for t in tokens]
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
    between = {t.text.lower() for t in view.tokens[people[-1].end : event.first]}
    return None if event.transitive and not between & PASSIVE else people[-1].index
