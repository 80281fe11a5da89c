"""Quotation claims: each quotation whose speaker is a named mention, with its words and their offsets.

The speaker is the named mention inside the attribution ("chief engineer Piet Loman said" -> Piet
Loman); a pronoun ("she said", "He told reporters") stands for the person named last before the
quotation. A quotation given to a description ("the dockers said", "a spokeswoman said") makes a claim
with no subject, the description its stance's speaker: the rule matches descriptions across sources.
A quotation given to no one makes no claim.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from factcheck.extract.document import Document
from factcheck.extract.quote_paragraphs import FIRST_PERSON, unmarked_quotations
from factcheck.extract.quotes import Quotation, find_quotations
from factcheck.model import Claim, DateRange, EntityType, Mention, Predicate, Quoted, Span, Stance

RULE = "quote.attributed"
RULE_PRONOUN = "quote.attributed-pronoun"
RULE_COLON = "quote.sentence-subject"
RULE_DESCRIBED = "quote.described-speaker"
MAX_DESCRIPTION = 6  # words of a described speaker: "the head of the regional fire service"
MAX_SUBJECT_START = 3  # tokens before the subject of a sentence: "Prime Minister", "But"
SPEAKERS = frozenset([EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PARTY, EntityType.UNKNOWN])
QUOTE_MARKS = ('"', "“", "”", "‘", "’", "'")
UNMARKED_OPENINGS = tuple("\n" + opening for opening in FIRST_PERSON)  # a paragraph that could be one
MIN_WORDS = 3  # a quoted word or two is a label ("so-called 'reforms'"), not a statement


def quote_claims(document: Document) -> list[Claim]:
    """A claim per quotation of a named speaker (its subject the speaker's mention) or a described one."""
    source = document.source
    body = source.text[source.body_start :]
    words = document.lexicon.quotes.attribution
    marked = any(mark in body for mark in QUOTE_MARKS)
    if not marked and not any(opening in body for opening in UNMARKED_OPENINGS):
        return []
    # Offsets stay those of the source: the front matter is blanked, not cut.
    text = " " * source.body_start + body
    quotations = [*find_quotations(text, words), *unmarked_quotations(text, words)] if marked else []
    quotations = quotations if marked else unmarked_quotations(text, words)
    mentions = document.mentions
    starts = [m.span.start for m in mentions]
    as_of = DateRange(source.published, source.published) if source.published else None
    claims = []
    for quotation in quotations:
        if len(quotation.text.split()) < MIN_WORDS:
            continue
        value = Quoted(quotation.text, quotation.parts, quotation.verb or "", quotation.partial)
        span = Span(quotation.start, quotation.end, source.text[quotation.start : quotation.end])
        found = _speaker(quotation, mentions, starts, document)
        if found is not None:
            index, rule = found
            stance = Stance(speaker=mentions[index].key, speaker_mention=index, quoted=True)
            value = replace(value, described=_around_name(quotation, mentions[index]))
            claims.append(Claim(index, Predicate.QUOTE, value, span, rule, as_of, stance))
        elif (described := _described(quotation, document)) is not None:
            stance = Stance(speaker=described, quoted=True)
            claims.append(Claim(None, Predicate.QUOTE, value, span, RULE_DESCRIBED, as_of, stance))
    return claims


def _around_name(quotation: Quotation, mention: Mention) -> str:
    """The words of the attribution before a named speaker that say who the speaker is ("the rebel
    commander" of "the rebel commander Tarek Olan said"), so that a source that names the speaker can
    be matched with one that only describes them ("the rebels said")."""
    written, lo = quotation.speaker_text, quotation.speaker_start
    if not written or lo is None or not lo <= mention.span.start <= lo + len(written):
        return ""
    before = written[: mention.span.start - lo].strip(" ,")
    return before if before and before[-1:].isalpha() and "\n" not in before else ""


def _described(quotation: Quotation, document: Document) -> str | None:
    """A speaker described, not named ("the strikers", "a hospital spokeswoman"): the description as written,
    for the rule to match with the other sources' descriptions; none for a pronoun."""
    written = quotation.speaker_text
    if written is None or "\n" in written:
        return None
    words = document.lexicon.quotes.attribution
    if written.lower() in words.pronouns or len(written.split()) > MAX_DESCRIPTION:
        return None
    return written


def _speaker(
    quotation: Quotation, mentions: tuple[Mention, ...], starts: list[int], document: Document
) -> tuple[int, str] | None:
    """The mention that said it, and the rule that found it."""
    lo, hi = quotation.speaker_start, quotation.speaker_end
    if lo is None or hi is None:
        return _subject_before_colon(quotation, document)
    inside = [
        k
        for k in range(bisect_right(starts, lo - 1), bisect_right(starts, hi - 1))
        if mentions[k].span.end <= hi and mentions[k].type in SPEAKERS
    ]
    last = (quotation.speaker_text or "").split()[-1:]
    if inside and last and last[0][0].islower() and mentions[inside[-1]].span.end < hi - len(last[0]):
        return None  # "Striking dock crews", "the mayor's spokeswoman": a description around a name
    if inside:
        return inside[-1], RULE
    written = (quotation.speaker_text or "").lower()
    if written not in document.lexicon.quotes.attribution.pronouns or written in ("it", "they", "we"):
        return None
    # "she said": the person named last before the attribution.
    for k in range(bisect_right(starts, lo) - 1, -1, -1):
        if mentions[k].type == EntityType.PERSON:
            return k, RULE_PRONOUN
    return None


def _subject_before_colon(quotation: Quotation, document: Document) -> tuple[int, str] | None:
    """ "Ruud was blunt: "..."", "the mayor laid the blame on the contractor: "..."": a quotation
    after a colon is the words of the person the sentence opens with."""
    text = document.source.text
    before = text[: quotation.start].rstrip()
    if not before.endswith(":"):
        return None
    colon = len(before) - 1
    for view in document.sentences:
        tokens = view.tokens
        if not tokens or not tokens[0].start <= colon < tokens[-1].end + 1:
            continue
        first = next((p for p in view.mentions if p.first <= MAX_SUBJECT_START), None)
        if first is not None and document.mentions[first.index].type == EntityType.PERSON:
            return first.index, RULE_COLON
        return None
    return None
