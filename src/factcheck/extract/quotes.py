"""Quotations in plain text and who said them: split and continued quotes, the shapes of attribution."""

from __future__ import annotations

from dataclasses import dataclass, replace

from factcheck.extract.quote_marks import Marked, marked_quotations, paragraphs
from factcheck.extract.quote_speakers import (
    MAX_VERB_GAP,
    Attribution,
    Token,
    TokenIndex,
    leading,
    phrase_at,
    sentence_cut,
    speaker_before,
    trailing,
)
from factcheck.lexicon.quotes import AttributionWords

WINDOW = 250  # characters read before and after a quotation for its attribution
MAX_GAP_INHERIT = 400  # characters between a quotation and the one whose speaker it takes


@dataclass(frozen=True, slots=True)
class Quotation:
    """A quoted statement: its parts (inner spans), who said it and the verb that says so."""

    start: int  # the first opening mark
    end: int  # after the last closing mark
    text: str  # the parts' words joined by a space
    parts: tuple[tuple[int, int], ...]
    speaker_text: str | None  # as written: "Mayor Ana Ruiz", "a council spokeswoman", "she"
    speaker_start: int | None
    speaker_end: int | None
    verb: str | None  # "said", "told", "according to", "called"
    partial: bool = False  # words worked into the writer's own sentence ("called it 'a disgrace'")
    inherited: bool = False  # no attribution of its own: the speaker of the quotation before


def find_quotations(text: str, words: AttributionWords) -> tuple[Quotation, ...]:
    """Every quotation in `text` (a sentence, a paragraph or an article) in text order."""
    bounds = paragraphs(text)
    index = TokenIndex(text)
    marked = _merge_split(text, index, marked_quotations(text, bounds), words)
    found: list[Quotation] = []
    reported: list[Attribution | None] = []
    for k, (quote, between) in enumerate(marked):
        floor = max(bounds[quote.paragraph][0], marked[k - 1][0].end if k else 0)
        ceiling = marked[k + 1][0].start if k + 1 < len(marked) else len(text)
        found.append(
            _read(text, index, quote, between, floor, min(ceiling, _paragraph_end(bounds, quote)), words)
        )
        reported.append(
            _reported(index, floor, quote.start, words) if found[-1].speaker_text is None else None
        )
    return tuple(_inherit(text, index, found, reported, words))


def _paragraph_end(bounds: list[tuple[int, int]], quote: Marked) -> int:
    for start, end in bounds[quote.paragraph :]:
        if start <= quote.end <= end or quote.end < start:
            return end
    return bounds[-1][1]


def _read(
    text: str,
    index: TokenIndex,
    quote: Marked,
    between: Attribution | None,
    floor: int,
    ceiling: int,
    words: AttributionWords,
) -> Quotation:
    """The quotation with its attribution: inside a split quote, before it, or after it."""
    before = index.between(max(floor, quote.start - WINDOW), quote.start)
    cuts = sentence_cut(before, words)
    before = before[cuts[-1] + 1 :] if cuts else before
    partial = _is_partial(text, quote, before, words)
    found = between or leading(before, partial, words)
    last = text[quote.parts[-1][0] : quote.parts[-1][1]].rstrip()
    if found is None and not last.endswith("."):
        found = trailing(index.between(quote.end, min(ceiling, quote.end + WINDOW)), words)
    body = " ".join(text[s:e] for s, e in quote.parts)
    if found is None:
        return Quotation(quote.start, quote.end, body, quote.parts, None, None, None, None, partial)
    speaker = text[found.speaker_start : found.speaker_end]
    return Quotation(
        quote.start,
        quote.end,
        body,
        quote.parts,
        speaker,
        found.speaker_start,
        found.speaker_end,
        found.verb,
        partial,
    )


def _is_partial(text: str, quote: Marked, before: list[Token], words: AttributionWords) -> bool:
    """Words worked into the writer's sentence: the sentence goes on into the quotation, or it starts in
    lower case after "said" or "that"."""
    first = next((c for c in text[quote.parts[0][0] : quote.parts[0][1]] if c.isalnum()), "")
    lower = first.islower()
    if not before or before[-1].text in ":,":
        return lower
    last = before[-1].lower
    if last == "that" or last in words.speech or last in words.between:
        return lower
    return True


def _merge_split(
    text: str, index: TokenIndex, marked: list[Marked], words: AttributionWords
) -> list[tuple[Marked, Attribution | None]]:
    """'"We will rebuild," she said, "and we will do it fast."' is one statement in two parts."""
    groups: list[tuple[list[Marked], Attribution | None]] = []
    for quote in marked:
        if groups:
            last, attribution = groups[-1][0][-1], groups[-1][1]
            gap = text[last.end : quote.start]
            inner = text[last.parts[-1][0] : last.parts[-1][1]].rstrip()
            if gap.strip() == "and" and inner[-1:] not in ".!?" and "\n" not in gap:
                groups[-1][0].append(quote)  # '"The dam held" and "we will reopen", she said': one statement
                continue
            if (inner.endswith(",") or gap.lstrip().startswith(",")) and gap.rstrip().endswith(","):
                found = trailing(index.between(last.end, quote.start), words)
                if found and "\n\n" not in gap:
                    groups[-1][0].append(quote)
                    groups[-1] = (groups[-1][0], attribution or found)
                    continue
        groups.append(([quote], None))
    return [(_joined(quotes), attribution) for quotes, attribution in groups]


def _joined(quotes: list[Marked]) -> Marked:
    if len(quotes) == 1:
        return quotes[0]
    parts = tuple(part for quote in quotes for part in quote.parts)
    return Marked(parts, quotes[0].start, quotes[-1].end, quotes[0].paragraph)


def _inherit(
    text: str,
    index: TokenIndex,
    found: list[Quotation],
    reported: list[Attribution | None],
    words: AttributionWords,
) -> list[Quotation]:
    """A whole quotation without attribution takes the speaker of the quotation before it when nobody else
    is named in between (the news convention for a speaker's following paragraphs), else the speaker
    of the sentence before it ("Ruiz said the plan was late. "It will...""); a partial one only that of
    a quotation earlier in its own sentence."""
    for k, quote in enumerate(found):
        if quote.speaker_text is not None:
            continue
        last = found[k - 1] if k else None
        if quote.partial and not (last is not None and _same_sentence(index, last, quote, words)):
            continue
        if (
            last is not None
            and last.speaker_start is not None
            and last.speaker_end is not None
            and quote.start - last.end <= MAX_GAP_INHERIT
            and not _names_someone(_after_attribution(index, last, quote.start, words), words)
        ):
            speaker, verb = Attribution(last.speaker_start, last.speaker_end, last.verb or ""), last.verb
        elif (said := reported[k]) is not None and not quote.partial:
            speaker, verb = said, said.verb
        else:
            continue
        found[k] = replace(
            quote,
            speaker_text=text[speaker.speaker_start : speaker.speaker_end],
            speaker_start=speaker.speaker_start,
            speaker_end=speaker.speaker_end,
            verb=verb,
            inherited=True,
        )
    return found


def _same_sentence(index: TokenIndex, last: Quotation, quote: Quotation, words: AttributionWords) -> bool:
    """A partial quotation goes on the writer's sentence that gave the one before it to its speaker
    ("Ruiz said the vote was "a mistake" and she would "ask the council to meet again"")."""
    if last.end > quote.start:
        return False
    closing = index.text[last.parts[-1][0] : last.parts[-1][1]].rstrip()[-1:]
    return closing not in ".!?" and not sentence_cut(index.between(last.end, quote.start), words)


def _reported(index: TokenIndex, floor: int, start: int, words: AttributionWords) -> Attribution | None:
    """The speaker of the sentence before a quotation when it reports speech: "Ruiz said the plan ..."."""
    tokens = index.between(max(floor, start - WINDOW), start)
    cuts = sentence_cut(tokens, words)
    if not cuts:
        return None
    sentence = tokens[cuts[-2] + 1 if len(cuts) > 1 else 0 : cuts[-1]]
    for k in range(min(len(sentence), 2 * MAX_VERB_GAP)):
        size = phrase_at(sentence, k, words.speech, words.longest)
        if size and k and sentence[k].lower != "according":
            return speaker_before(sentence, k, " ".join(t.text for t in sentence[k : k + size]), words)
    return None


def _after_attribution(
    index: TokenIndex, last: Quotation, start: int, words: AttributionWords
) -> list[Token]:
    """The words between two quotations, without the sentence that names the first one's speaker after it
    ('..." said Ruiz, the mayor of Eastport. "...')."""
    tokens = index.between(last.end, start)
    if last.speaker_end is not None and last.end <= last.speaker_end <= start:
        cuts = [k for k in sentence_cut(tokens, words) if tokens[k].start >= last.speaker_end]
        return tokens[cuts[0] + 1 :] if cuts else []
    return tokens


def _names_someone(tokens: list[Token], words: AttributionWords) -> bool:
    """A capitalised word other than a pronoun, determiner or lead word opening a sentence."""
    known = words.pronouns | words.determiners | words.leads
    for k, token in enumerate(tokens):
        opens = k == 0 or tokens[k - 1].text in '.!?"”'
        if token.text[0].isupper() and not (opens and token.lower in known):
            return True
    return False
