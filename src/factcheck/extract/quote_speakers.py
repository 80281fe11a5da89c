"""Who said a quotation: the attribution before it ("X said:") or after it ("..., said X")."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import NamedTuple

from factcheck.lexicon.quotes import AttributionWords

# Tokens of the text around a quotation: words (with inner apostrophes, full stops and hyphens:
# "Ruiz's", "U.S", "co-founder") and single marks.
TOKEN = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*|[^\w\s]")
MAX_SPEAKER = 10  # words
MAX_VERB_GAP = 16  # tokens between the start of a trailing attribution and its verb
MAX_TAIL = 8  # tokens between a leading verb and ":" (an audience, a place, a time after "told")


class Token(NamedTuple):
    """A word or mark of the text around a quotation (a tuple: thousands are made per article)."""

    start: int
    end: int
    text: str
    lower: str


@dataclass(frozen=True, slots=True)
class Attribution:
    speaker_start: int
    speaker_end: int
    verb: str


class TokenIndex:
    """The tokens of windows of one text, read when asked for: most of an article is never looked at."""

    def __init__(self, text: str) -> None:
        self.text = text

    def between(self, lo: int, hi: int) -> list[Token]:
        return read_tokens(self.text, lo, hi)


def read_tokens(text: str, lo: int, hi: int) -> list[Token]:
    found = []
    for m in TOKEN.finditer(text, lo, hi):
        word = m.group()
        found.append(Token(m.start(), m.end(), word, word.lower()))
    return found


def phrase_at(tokens: list[Token], at: int, vocabulary: frozenset[str], longest: int) -> int:
    """The number of tokens from `at` that make the longest entry of `vocabulary`, 0 for none; a verb
    is written in lower case ("Warns Shipping" holds no verb)."""
    if not tokens[at].text[0].islower():
        return 0
    for size in range(min(longest, len(tokens) - at), 0, -1):
        if " ".join(t.lower for t in tokens[at : at + size]) in vocabulary:
            return size
    return 0


def sentence_cut(tokens: list[Token], words: AttributionWords) -> list[int]:
    """Indices of tokens that end a sentence: . ! ? not after an abbreviation or an initial."""
    cuts = []
    for k, token in enumerate(tokens):
        if token.text in ".!?…" and not (k and abbreviation(tokens[k - 1], words)):
            cuts.append(k)
    return cuts


def abbreviation(token: Token, words: AttributionWords) -> bool:
    return token.lower in words.abbreviations or (len(token.text) == 1 and token.text.isupper())


def leading(tokens: list[Token], partial: bool, words: AttributionWords) -> Attribution | None:
    """ "X said: ...", "X told reporters: ...", "according to X, ...", "X called it ..." (partial only)."""
    end = len(tokens)
    while end and tokens[end - 1].text in ":,—–-":
        end -= 1
    colon = end < len(tokens)
    according = _according(tokens, end, words)
    if according:
        return according
    verbs = words.reporting if partial else words.speech
    for k in range(end - 1, -1, -1):
        size = phrase_at(tokens, k, verbs, words.longest)
        if not size:
            continue
        tail = tokens[k + size : end]
        introduced = colon  # "told reporters:" or "told reporters that": the quotation follows
        if tail and tail[-1].lower == "that":
            tail, introduced = tail[:-1], True
        if tail and not partial and not (introduced and len(tail) <= MAX_TAIL):
            return None
        if any(t.text in ".;" for t in tail) or _in_relative_clause(tail):
            return None
        verb = " ".join(t.text for t in tokens[k : k + size])
        if verb.lower() == "according to":  # "Now, according to the council, the "new" plan ..."
            return _speaker_after(tokens, k + size, "according to", words)
        found = speaker_before(tokens, k, verb, words)
        if found is None and k and tokens[k - 1].text == ",":  # "..., says the committee, ..."
            found = _speaker_after(tokens, k + size, verb, words)
        return found
    return None


def _in_relative_clause(tail: list[Token]) -> bool:
    """'concluded the threat, which grew after the 'scandal', ...': the quotation stands in a relative
    clause that is not closed before it, so the verb before is not what introduces it."""
    opened = [k for k, t in enumerate(tail) if t.lower in ("which", "who", "whose", "whom")]
    return bool(opened) and all(t.text != "," for t in tail[opened[-1] :])


def _according(tokens: list[Token], end: int, words: AttributionWords) -> Attribution | None:
    """ "According to X, ..." just before the quotation."""
    for k in range(max(0, end - MAX_SPEAKER - 2), end - 2):
        if tokens[k].lower == "according" and tokens[k + 1].lower == "to":
            speaker = tokens[k + 2 : end]
            if speaker and _valid(speaker, words) and all(t.text not in ",;" for t in speaker):
                return Attribution(speaker[0].start, speaker[-1].end, "according to")
    return None


def trailing(tokens: list[Token], words: AttributionWords) -> Attribution | None:
    """ "..., X said", "..., said X", "..., X, the minister, said", "..., according to X"."""
    first = 0
    while first < len(tokens) and tokens[first].text in ",—–-":
        first += 1
    if first == len(tokens) or not tokens[first].text[0].isalnum():
        return None
    size = phrase_at(tokens, first, words.speech, words.longest)
    if size:
        verb = " ".join(t.text for t in tokens[first : first + size])
        return _speaker_after(tokens, first + size, verb, words)
    for k in range(first + 1, min(len(tokens), first + MAX_VERB_GAP)):
        if tokens[k].text in ".;!?" and not abbreviation(tokens[k - 1], words):
            return None
        size = phrase_at(tokens, k, words.speech, words.longest)
        if size and tokens[k].lower != "according":
            found = speaker_before(tokens[first:k], k - first, tokens[k].text, words)
            return replace(found, verb=" ".join(t.text for t in tokens[k : k + size])) if found else None
    return None


def _speaker_after(tokens: list[Token], at: int, verb: str, words: AttributionWords) -> Attribution | None:
    """ "said Ana Ruiz, the mayor" -> Ana Ruiz; "said a spokeswoman for the council in a statement"."""
    end = at
    while end < len(tokens) and end - at < MAX_SPEAKER:
        token = tokens[end]
        if token.lower in words.speaker_stops and end > at:
            break
        if not token.text[0].isalnum() and not (token.text == "." and abbreviation(tokens[end - 1], words)):
            break
        end += 1
    speaker = tokens[at:end]
    if not speaker or speaker[0].lower in words.speaker_stops | {"that"} or not _valid(speaker, words):
        return None
    return Attribution(speaker[0].start, speaker[-1].end, verb)


def speaker_before(
    tokens: list[Token], verb_at: int, verb: str, words: AttributionWords
) -> Attribution | None:
    """The subject before a verb: back over "has", "later"; past an apposition ("Ruiz, the mayor, said");
    none for a passive ("was dubbed")."""
    end = verb_at
    if end and tokens[end - 1].lower in words.passive:
        return None  # "was dubbed"
    if end and tokens[end - 1].lower == "as":  # "the paper quoted an insider as saying"
        quoted = _quoted_as(tokens, end - 1, verb, words)
        if quoted is not None:
            return quoted
    while end and (size := _phrase_ending(tokens, end, words.between | words.speech, words.longest)):
        end -= size
    if end and tokens[end - 1].lower == "to":
        return None  # "swept in to announce"
    participle = _participle_subject(tokens[:end], words) if verb.lower().endswith("ing") else None
    segments = [participle] if participle else _segments(tokens[:end], words)
    if not segments:
        return None
    speaker = segments[-1]
    if len(segments) > 1 and end and tokens[end - 1].text == ",":
        # An apposition ends with the comma before the verb: the speaker is its nearest side written
        # as a name ("the mayor, Ana Ruiz," / "Ana Ruiz, 41," / "Ana Ruiz, who chairs the council,").
        named = [s for s in segments[-3:] if _capitals(s, words)[0]]
        speaker = named[-1] if named else segments[-2]
    speaker = _subject(speaker, words)
    if not speaker or not _valid(speaker, words):
        return None
    return Attribution(speaker[0].start, speaker[-1].end, verb)


def _participle_subject(tokens: list[Token], words: AttributionWords) -> list[Token] | None:
    """Who speaks in a participle: "..., with the mayor saying" -> the mayor; "Ruiz resigned on Monday
    after the vote, saying" -> the subject the sentence opens with, up to its verb."""
    clause = max((k for k, t in enumerate(tokens) if t.text in ",;:—–"), default=-1)
    opened = [k for k in range(clause + 1, len(tokens) - 1) if tokens[k].lower == "with"]
    if opened:
        return tokens[opened[-1] + 1 :]
    if not tokens or tokens[-1].text != ",":
        return None
    subject: list[Token] = []
    for token in tokens:
        lower = token.lower
        if not token.text[0].isalnum() or lower in words.issuing or lower in words.speech:
            break
        if subject and token.text[0].islower() and lower.endswith("ed"):
            break
        subject.append(token)
    return subject or None


def _quoted_as(tokens: list[Token], as_at: int, verb: str, words: AttributionWords) -> Attribution | None:
    """The speaker of "X quoted Y as saying": Y, between "quoted" and "as"."""
    for k in range(as_at - 1, max(-1, as_at - MAX_SPEAKER - 2), -1):
        if tokens[k].lower == "quoted" and k + 1 < as_at:
            speaker = tokens[k + 1 : as_at]
            if _valid(speaker, words) and all(t.text[0].isalnum() for t in speaker):
                return Attribution(speaker[0].start, speaker[-1].end, verb)
            return None
    return None


def _subject(segment: list[Token], words: AttributionWords) -> list[Token]:
    """A segment up to its first verb of speech or relative pronoun ("Ruiz said, adding ...",
    "a man who said"), from after its last subordinator ("... last month after the committee said"),
    lead words off its start."""
    for k, token in enumerate(segment):
        if k and (token.lower in words.speech or token.lower in ("who", "which", "whose")):
            segment = segment[:k]
            break
    after = [k for k, t in enumerate(segment[:-1]) if t.lower in words.subordinators]
    segment = segment[after[-1] + 1 :] if after else segment
    while segment and segment[-1].lower in words.between:
        segment = segment[:-1]
    if segment and segment[-1].lower in words.pronouns:  # "Last season he described ..."
        return segment[-1:]
    first = 0
    while first < len(segment) - 1:
        size = _phrase_at_any(segment, first, words.times, words.longest)
        if not size and segment[first].lower not in words.leads:
            break
        first += size or 1
    return segment[first:]


def _phrase_at_any(tokens: list[Token], at: int, vocabulary: frozenset[str], longest: int) -> int:
    """As `phrase_at`, whatever the case of the first word ("Last week the council said")."""
    for size in range(min(longest, len(tokens) - at - 1), 0, -1):
        if " ".join(t.lower for t in tokens[at : at + size]) in vocabulary:
            return size
    return 0


def _phrase_ending(tokens: list[Token], end: int, vocabulary: frozenset[str], longest: int) -> int:
    """The number of tokens before `end` that make the longest entry of `vocabulary`, 0 for none."""
    for size in range(min(longest, end), 0, -1):
        if " ".join(t.lower for t in tokens[end - size : end]) in vocabulary:
            return size
    return 0


def _segments(tokens: list[Token], words: AttributionWords) -> list[list[Token]]:
    """Comma-separated stretches that could be a speaker; a dash, bracket or colon ends what came before,
    and a stretch opened by "In", "After", "Speaking" is no speaker."""
    segments: list[list[Token]] = [[]]
    aside = False  # inside brackets: "A spokesman for the Port Authority (EPA) said"
    for token in tokens:
        if token.text in "()":
            aside = token.text == "("
        elif aside:
            continue
        elif token.text in ":;—–\"“”‘’'":
            segments = [[]]
        elif token.text == ",":
            segments.append([])
        elif token.text != ".":
            segments[-1].append(token)
    return [s for s in segments if s and s[0].lower not in words.adverbials]


def _capitals(segment: list[Token], words: AttributionWords) -> tuple[bool, int]:
    """Whether every word is capitalised, and how many are (determiners and lead words left out)."""
    count = sum(1 for t in segment if t.text[0].isupper() and t.lower not in words.determiners | words.leads)
    return count == len(segment), count


def _valid(speaker: list[Token], words: AttributionWords) -> bool:
    """A speaker is a pronoun alone, a name (capitalised), or a short description ("a spokeswoman")."""
    head = speaker[0]
    if head.lower in words.not_speakers:
        return False
    if head.lower in words.pronouns:
        return len(speaker) == 1
    if len(speaker) > MAX_SPEAKER or any(t.lower in words.pronouns - {"it"} for t in speaker):
        return False
    if head.text[0].isupper() or head.text[0].isdigit() or head.lower in words.determiners:
        return True
    if head.lower in words.speaker_stops | words.leads:
        return False
    if all(t.lower in words.leads | words.adverbials | words.times for t in speaker):  # "Now", "Then"
        return False
    # "officials", "race director David Bedford", "economist Ana Ruiz"
    return len(speaker) <= 3 or any(t.text[0].isupper() for t in speaker)
