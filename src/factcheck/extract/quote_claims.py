"""Quotation claims: each quotation whose speaker is a named mention, with its words and their offsets.

The speaker is the named mention inside the attribution ("chief engineer Piet Loman said" -> Piet
Loman); a pronoun ("she said", "He told reporters") stands for the person named last before the
quotation. A quotation given to a description ("a spokeswoman said") or to no one makes no claim:
the rule compares only the words of one speaker that resolution can tell is the same person.
"""

from __future__ import annotations

from bisect import bisect_right

from factcheck.extract.document import Document
from factcheck.extract.quotes import Quotation, find_quotations
from factcheck.model import Claim, DateRange, EntityType, Mention, Predicate, Quoted, Span, Stance

RULE = "quote.attributed"
RULE_PRONOUN = "quote.attributed-pronoun"
RULE_COLON = "quote.sentence-subject"
MAX_SUBJECT_START = 3  # tokens before the subject of a sentence: "Prime Minister", "But"
SPEAKERS = frozenset([EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PARTY, EntityType.UNKNOWN])
QUOTE_MARKS = ('"', "“", "”", "‘", "’", "'")
MIN_WORDS = 3  # a quoted word or two is a label ("so-called 'reforms'"), not a statement


def quote_claims(document: Document) -> list[Claim]:
    """A claim per quotation of a named speaker, its subject the speaker's mention."""
    source = document.source
    body = source.text[source.body_start :]
    if not any(mark in body for mark in QUOTE_MARKS):
        return []
    # Offsets stay those of the source: the front matter is blanked, not cut.
    text = " " * source.body_start + body
    mentions = document.mentions
    starts = [m.span.start for m in mentions]
    as_of = DateRange(source.published, source.published) if source.published else None
    claims = []
    for quotation in find_quotations(text, document.lexicon.quotes.attribution):
        if len(quotation.text.split()) < MIN_WORDS:
            continue
        found = _speaker(quotation, mentions, starts, document)
        if found is None:
            continue
        index, rule = found
        speaker = mentions[index]
        value = Quoted(quotation.text, quotation.parts, quotation.verb or "", quotation.partial)
        span = Span(quotation.start, quotation.end, source.text[quotation.start : quotation.end])
        stance = Stance(speaker=speaker.key, speaker_mention=index, quoted=True)
        claims.append(Claim(index, Predicate.QUOTE, value, span, rule, as_of, stance))
    return claims


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
