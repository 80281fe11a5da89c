"""A speaker's statement given as paragraphs of its own without quote marks (a block quotation whose
markup was lost): a sentence that names a speaker and ends in a colon, then first-person
paragraphs ("We ...", "I ...") that carry the statement on."""

from __future__ import annotations

from factcheck.extract.quote_marks import DOUBLE, paragraphs
from factcheck.extract.quote_speakers import Token, TokenIndex, sentence_cut
from factcheck.extract.quotes import Quotation
from factcheck.lexicon.quotes import AttributionWords

# A paragraph in the first person opens with one of these (as written): a news writer does not write so.
FIRST_PERSON = ("I ", "We ", "Our ", "My ", "I'm ", "We're ", "We've ", "I've ", "We'll ", "I'll ")
MAX_SPEAKER = 8  # words of the subject that introduces the statement


def unmarked_quotations(text: str, words: AttributionWords) -> list[Quotation]:
    """The first-person paragraphs without quote marks that follow a paragraph introducing a statement
    ("The council issued a statement on Monday", "X said in a statement:"), given to that paragraph's subject;
    the first-person paragraphs right after one of them go on the same statement."""
    bounds = paragraphs(text)
    index = TokenIndex(text)
    found: list[Quotation] = []
    last: Quotation | None = None
    for k in range(1, len(bounds)):
        start, end = bounds[k]
        body = text[start:end]
        if not body.startswith(FIRST_PERSON) or any(mark in body for mark in DOUBLE):
            last = None
            continue
        if last is None:
            last = _introduced(text, index, bounds[k - 1], words)
            if last is None:
                continue
        last = Quotation(
            start,
            end,
            body,
            ((start, end),),
            last.speaker_text,
            last.speaker_start,
            last.speaker_end,
            last.verb,
        )
        found.append(last)
    return found


def _introduced(
    text: str, index: TokenIndex, paragraph: tuple[int, int], words: AttributionWords
) -> Quotation | None:
    """The statement a paragraph's last sentence introduces, as an empty quotation carrying its speaker."""
    tokens = index.between(*paragraph)
    if not tokens or any(mark in text[paragraph[0] : paragraph[1]] for mark in DOUBLE):
        return None
    cuts = [k for k in sentence_cut(tokens, words) if k < len(tokens) - 1]
    sentence = tokens[cuts[-1] + 1 :] if cuts else tokens
    verb = next((t for t in sentence[1:] if t.lower in words.statements), None)
    if verb is None:
        return None
    speaker = _subject(sentence, words)
    if not speaker:
        return None
    at = paragraph[1]
    return Quotation(
        at, at, "", (), text[speaker[0].start : speaker[-1].end], speaker[0].start, speaker[-1].end, verb.text
    )


def _subject(sentence: list[Token], words: AttributionWords) -> list[Token]:
    """The words a sentence opens with up to its verb: "Armed forces of the north made ..." -> "Armed
    forces of the north"; none when the sentence opens otherwise (a time, "In", "After")."""
    first = 0
    while first < len(sentence) and sentence[first].lower in words.leads:
        first += 1
    subject: list[Token] = []
    for token in sentence[first:]:
        lower = token.lower
        if (
            lower in words.issuing
            or lower in words.speech
            or lower in words.between
            or lower in words.statements
        ):
            break
        if not token.text[0].isalnum() or len(subject) == MAX_SPEAKER:
            return []
        subject.append(token)
    opening = subject[0].lower if subject else ""
    if not subject or opening in words.adverbials | words.not_speakers | words.subordinators:
        return []
    head = subject[0]
    if not (head.text[0].isupper() or head.lower in words.determiners):
        return []
    return subject
