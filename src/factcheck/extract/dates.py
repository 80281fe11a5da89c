"""Date claims: a date or period in a clause, attached to the event word nearest to it there.

The value (`Dated`) is a DateRange resolved against the publication date, at the precision the
text gives, of the class of the event word (data/event_words.tsv). A weekday ("on Sunday") in an
article of unknown date cannot become a date: the value then keeps only the weekday's name, which
can still be told apart from another weekday; any date given as a weekday keeps its name, so that
a rule can compare it by weekday alone.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import date

from factcheck.extract.date_attach import (
    SPLITTERS,
    Phrase,
    Reader,
    is_future,
    nearest_event,
    part_of_clause,
    saying,
    subject_of,
)
from factcheck.extract.date_phrases import find_dates
from factcheck.extract.document import Document, SentenceView
from factcheck.extract.event_words import EventWord, event_phrases, events_in
from factcheck.extract.stance import StanceReader
from factcheck.extract.text import Token, quotations
from factcheck.extract.times import find_times
from factcheck.lexicon import Lexicon
from factcheck.model import Claim, Dated, DateRange, Predicate, Span, TimeOfDay
from factcheck.sources import calendar as cal


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words before a date that make it a bound of a period, not the day something happened.
BOUND_WORDS = _words("since until till by before after following through throughout from between within")
BOUND_WORDS |= _words("beyond to than ahead prior unlike")
# Words in -s after a year that are not the plural noun of a count ("in 2000 homes").
YEAR_FOLLOWERS = _words("as was is has does its his this thus whereas")
# Verbs that date the end of an event that lasts, not the event.
END_WORDS = _words("ended ends end concluded concludes finished finishes wound")
ORDINALS = _words("first second third fourth last latest another main biggest largest strongest")
START_WORDS = _words("began begins begun started starts opened opens launched erupted since")
DATE_WORDS = {name.lower() for name in (*calendar.day_name, *calendar.month_name) if name}


def reader_of(document: Document) -> Reader:
    """The document with its trusted date, its year hint and its quotations."""
    source = document.source
    latest = None if source.published_from == "front matter" else cal.latest_past_reference(source.body)
    anchor = _trusted_date(document, latest)
    hint = None if anchor else latest
    return Reader(document, anchor, hint, quotations(source.text, source.body_start))


def date_claims(document: Document) -> list[Claim]:
    reader = reader_of(document)
    phrases = event_phrases(document)
    claims = []
    for view in document.sentences:
        if document.paragraphs.is_caption_or_heading(view.sentence.start, view.sentence.end):
            continue
        events = events_in(document, view, phrases)
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


def _trusted_date(document: Document, latest: date | None) -> date | None:
    """A date read from a line of the text is not the publication date when the article speaks,
    in the past tense, of a later day (a first line "On Monday, May 4, 1981, the town woke to ...");
    `latest` is the latest past date the text refers to."""
    published, source = document.published, document.source
    if published is None or source.published_from == "front matter":
        return published
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
        lead = tokens[first - 1].lower if first else ""
        premodifier = (
            tokens[end - 1].text.endswith(("'s", "’s"))
            or (found.pattern == "year" and lead not in ("in", "during", "of"))
            or (found.pattern == "month" and lead == "the")  # "the April earthquake"
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
        word = tokens[index].lower
        if word in lexicon.offices or word in ("office", "power"):
            return index
        if word in SPLITTERS or word in ("was", "were", "is", "has", "had", ","):
            return -1
    return -1


def _counted(lexicon: Lexicon, tokens: Sequence[Token], phrase: Phrase) -> bool:
    """ "in 2000 homes": a number before a plural noun, not a year."""
    if phrase.pattern != "year" or phrase.premodifier or phrase.end >= len(tokens):
        return False
    after = tokens[phrase.end].lower
    plural = after.endswith("s") or after in ("people", "men", "women", "children")
    return plural and after not in YEAR_FOLLOWERS and (after,) not in lexicon.event_words


def _dates_an_event(lexicon: Lexicon, view: SentenceView, phrase: Phrase) -> bool:
    """Not a bound of a period, not part of a name, not one of several dates, not when something was said."""
    tokens = view.tokens
    before = [t.lower for t in tokens[max(0, phrase.first - 3) : phrase.first]]
    bound = before and (before[-1] in BOUND_WORDS or before[-2:] == ["as", "of"])
    if bound and not phrase.premodifier:  # "after Thursday's vote" still dates the vote
        return False
    if any(p.first <= phrase.first and phrase.end <= p.end for p in view.mentions):
        return False  # "the Mail on Sunday"
    if _coordinated(tokens, phrase):
        return False
    after = [t.lower for t in tokens[phrase.end : phrase.end + 1]]
    return not any(saying(lexicon, w) for w in before + after)


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
    if phrase.premodifier:  # "the April earthquake would ...": the hedge is not of the quake's date
        said = [t for t in said if document.lexicon.modality.get(t.lower) != "hedge"]
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
        if event.first and tokens[event.first - 1].lower in ORDINALS:
            return None  # "the first quake struck at 4.43am": one of several, each at its time
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
    words = {t.lower for t in tokens[max(0, low - 1) : high + 1]}
    if words & END_WORDS:
        return ":end"
    return ":start" if words & START_WORDS else ""
