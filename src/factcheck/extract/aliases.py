"""Alias claims: a source says that two names are one person ("X, whose real name is Y").

Shapes: "X, whose real name is Y,", "X, also known as Y,", "X (real name Y)", "X - aka Y", "Y,
better known by his nom de guerre X", "X, who goes by Y", "X wrote ..., giving his real name Y". The
first name stands right before the phrase (only a comma, bracket or dash between), or, after
"his", the subject named before; the second is the name right after it ("the Y" is a
thing's name, not a person's).
"""

from __future__ import annotations

from collections.abc import Mapping

from factcheck.extract.document import Document, SentenceView
from factcheck.model import Alias, Claim, EntityType, Predicate, Span

SKIPPED = frozenset(["his", "her", "their", "name", "by", "is", "of", ",", "(", "“", '"'])
JOINERS = frozenset([",", "(", "-", "–", "—", "otherwise", "also"])  # between the first name and the phrase
NAMES = (EntityType.PERSON, EntityType.UNKNOWN)
PREPOSITIONS = frozenset(["on", "in", "at", "to", "from", "with", "by", "for", "of", "via", "into"])


def alias_claims(document: Document) -> list[Claim]:
    aliases = document.lexicon.roles.aliases
    firsts = {phrase[0] for phrase in aliases}
    claims: list[Claim] = []
    for view in document.sentences:
        words = view.words()
        if firsts.isdisjoint(words) or len(view.mentions) < 2:
            continue
        index = 0
        while index < len(words):
            length = _alias_at(words, index, aliases)
            if length:
                claim = _claim(document, view, index, index + length)
                if claim is not None:
                    claims.append(claim)
            index += max(length, 1)
    return claims


def _alias_at(words: list[str], index: int, aliases: Mapping[tuple[str, ...], int]) -> int:
    """How many words from `index` spell an alias phrase, the longest first, or 0."""
    for length in (5, 4, 3, 2, 1):
        phrase = tuple(words[index : index + length])
        if len(phrase) == length and phrase in aliases:
            return length
    return 0


def _claim(document: Document, view: SentenceView, start: int, end: int) -> Claim | None:
    words = view.words()
    cursor = end
    while cursor < len(view.tokens) and words[cursor] in SKIPPED:
        cursor += 1
    after = next((p for p in view.mentions if p.first == cursor), None)
    if after is None or document.mentions[after.index].type not in NAMES:
        return None
    before = [p for p in view.mentions if p.end <= start and document.mentions[p.index].type in NAMES]
    if start >= 1 and words[start - 1] in ("his", "her", "their"):
        # "X wrote in a post online, giving his real name Y": the subject named before, not a name
        # after a preposition
        before = [p for p in before if p.first == 0 or words[p.first - 1] not in PREPOSITIONS]
    else:
        before = [p for p in before if all(w in JOINERS for w in words[p.end : start])]
    if not before:
        return None
    people = [p for p in before if document.mentions[p.index].type == EntityType.PERSON]
    first = people[-1] if people else before[-1]
    if document.mentions[first.index].type != EntityType.PERSON and (
        document.mentions[after.index].type != EntityType.PERSON
    ):
        return None  # one of them at least must be read as a person's name
    tokens = view.tokens
    written = document.source.text[tokens[start].start : tokens[end - 1].end]
    span_start, span_end = tokens[first.first].start, tokens[after.end - 1].end
    span = Span(span_start, span_end, document.source.text[span_start:span_end])
    return Claim(first.index, Predicate.ALIAS, Alias(written), span, "alias.phrase", object=after.index)
