"""Sentences and tokens with their offsets into the source text."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from typing import NamedTuple

# Abbreviations after which a full stop does not end a sentence.
ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "sr",
        "jr",
        "st",
        "gen",
        "lt",
        "col",
        "capt",
        "sgt",
        "rev",
        "sen",
        "rep",
        "gov",
        "gov's",
        "no",
        "vs",
        "etc",
        "inc",
        "ltd",
        "co",
        "corp",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mt",
        "ft",
        "approx",
        "dept",
        "est",
        "fig",
        "univ",
    ]
)
TOKEN = re.compile(
    r"(?:[A-Z]\.){2,}"  # U.S., U.K.
    r"|\d[\d,.]*\d(?:st|nd|rd|th|s)?%?|\d(?:st|nd|rd|th|s)?%?"  # 11,300 5.5 1990s 2nd
    r"|[^\W\d_](?:[\w’'.\-]*(?:&#?\w{2,6};[\w’'.\-]*)*[^\W_])?"  # words, with inner hyphens,
    # apostrophes and HTML entities ("O&#39;Hara": left in place so that offsets hold)
    r"|[^\s\w]",  # punctuation, one character at a time
)
# Possessive and tried only where a run of stops begins, so that a long run of dots is read once.
_SENTENCE_END = re.compile(r"(?<![.!?])[.!?]++[\"”’)]*+(?=\s+[\"“‘(]*[A-Z0-9\"“‘(])|\n\s*")
# Past this many tokens a "sentence" is a list, a table or text without full stops: it is cut into
# pieces at a comma or clause break, so that extraction's work per sentence stays bounded. News
# sentences are far shorter (the longest of 2,225 BBC articles has 242 tokens).
MAX_SENTENCE_TOKENS = 300
# A dateline opening a story: the city in capitals, perhaps a date and the outlet, then a dash
# ("PORT ALDER, March 3 (Wire) - ..."). It is a sentence of its own: its city is where the story
# was filed, not a place or a holder of what the first sentence tells.
_DATELINE = re.compile(
    r"[A-Z][A-Z'’.\- ]*[A-Z](?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?"
    r"(?:\s*\([^()\n]{1,40}\))?\s+[-–—]{1,2}\s+(?=[A-Z\"“])"
)
_PIECE_BREAKS = frozenset([",", ";", ":"])


def _bare(text: str) -> str:
    if "'" not in text and "’" not in text:
        return text
    for suffix in ("’s", "'s", "’", "'"):
        if text.endswith(suffix) and len(text) > len(suffix) + 1:
            return text[: -len(suffix)]
    return text


class Token(NamedTuple):
    """A word, number or mark with its offsets; the derived fields are worked out once by
    `make_token`, because extraction asks for them hundreds of thousands of times."""

    start: int
    end: int
    text: str
    lower: str  # the text in lower case
    bare: str  # without a possessive ending
    is_capitalised: bool
    is_word: bool


def make_token(start: int, end: int, text: str) -> Token:
    first = text[0]
    capitalised = first.isupper() or (
        first.isdigit() and not text.islower() and any(c.isupper() for c in text)
    )
    # tuple.__new__ skips the generated __new__'s argument handling: a third faster on this hot path
    return _new_token(Token, (start, end, text, text.lower(), _bare(text), capitalised, first.isalnum()))


_new_token = tuple.__new__


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    tokens: tuple[Token, ...]


# A web address says nothing of the story: its slug ('Mayor-quits-after-vote-1234.php') is no name.
WEB_ADDRESS = re.compile(r"\b(?:https?://|www\.)\S+", re.IGNORECASE)


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of text[start:end], web addresses left out; a trailing full stop is split off unless
    it ends an initialism."""
    stop = len(text) if end is None else end
    web = text.find("://", start, stop) >= 0 or text.find("www.", start, stop) >= 0
    addresses = [m.span() for m in WEB_ADDRESS.finditer(text, start, stop)] if web else []
    tokens = []
    for match in TOKEN.finditer(text, start, stop):
        if addresses and any(a <= match.start() < b for a, b in addresses):
            continue
        word = match.group(0)
        if word.endswith(".") and len(word) > 1 and not re.fullmatch(r"(?:[A-Z]\.)+", word):
            tokens.append(make_token(match.start(), match.end() - 1, word[:-1]))
            tokens.append(make_token(match.end() - 1, match.end(), "."))
        else:
            tokens.append(make_token(match.start(), match.end(), word))
    return tokens


def _ends_sentence(text: str, stop: int) -> bool:
    """Whether the full stop at `stop` ends a sentence, judged by the word before it."""
    if text[stop] != ".":
        return True
    word_start = stop
    while word_start > 0 and (text[word_start - 1].isalpha() or text[word_start - 1] == "."):
        word_start -= 1
    word = text[word_start:stop].lower()
    if word in ABBREVIATIONS:
        return False
    # an initial ("J. Smith") or an initialism ("U.S.") before a capitalised name
    return not (len(word) == 1 or re.fullmatch(r"(?:[a-z]\.)+[a-z]", word))


def split_sentences(text: str, start: int, end: int) -> list[Sentence]:
    """Sentences of text[start:end]; a line break always ends one (headlines, captions)."""
    sentences = []
    begin = start
    for match in _SENTENCE_END.finditer(text, start, end):
        if match.group(0)[0] in ".!?" and not _ends_sentence(text, match.start()):
            continue
        stop = match.end() if match.group(0)[0] in ".!?" else match.start()
        if text[begin:stop].strip():
            sentences.extend(_sentence(text, begin, stop))
        begin = match.end()
    if text[begin:end].strip():
        sentences.extend(_sentence(text, begin, end))
    return sentences


def _sentence(text: str, start: int, end: int) -> list[Sentence]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    dateline = _DATELINE.match(text, start, end)
    if dateline and dateline.end() < end and len(dateline.group().split()[0].strip(",")) > 2:
        return [*_sentence(text, start, dateline.end()), *_sentence(text, dateline.end(), end)]
    tokens = tokenize(text, start, end)
    if len(tokens) <= MAX_SENTENCE_TOKENS:
        return [Sentence(start, end, tuple(tokens))]
    return [Sentence(piece[0].start, piece[-1].end, piece) for piece in _pieces(tokens)]


def _pieces(tokens: list[Token]) -> list[tuple[Token, ...]]:
    """An over-long sentence cut into pieces of at most MAX_SENTENCE_TOKENS, each after the last
    comma or clause break of its second half when there is one."""
    pieces = []
    begin = 0
    while len(tokens) - begin > MAX_SENTENCE_TOKENS:
        limit = begin + MAX_SENTENCE_TOKENS
        cut = next(
            (
                i + 1
                for i in range(limit - 1, limit - MAX_SENTENCE_TOKENS // 2, -1)
                if tokens[i].text in _PIECE_BREAKS
            ),
            limit,
        )
        pieces.append(tuple(tokens[begin:cut]))
        begin = cut
    pieces.append(tuple(tokens[begin:]))
    return pieces


# --- Stretches of a text that are not the outlet's own narrative of the day --------------------

_CAPTION = re.compile(
    r"\bPHOTO\b|\((?:photo|source|picture|image|credit)s?\s*:|\([^()\n]*\bvia\b[^()\n]*\)"
    r"|\b(?:pictured|file photo|satellite images?)\b",
    re.IGNORECASE,
)
_QUOTE_MARKS = {"“": 1, "”": -1, "«": 1, "»": -1, '"': 0}
_QUOTE_OR_BREAK = re.compile('[\n“”«»"]')


def paragraph_at(text: str, start: int, end: int) -> str:
    """The line (paragraph) holding text[start:end]."""
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", end)
    return text[first : last if last >= 0 else len(text)].strip()


class Paragraphs:
    """The lines (paragraphs) of a text, found by bisection and judged once each, so that asking
    about every sentence of one huge paragraph stays linear."""

    __slots__ = ("_breaks", "_captions", "_headings", "text")

    def __init__(self, text: str):
        self.text = text
        self._breaks = [m.start() for m in re.finditer("\n", text)]
        self._captions: dict[int, bool] = {}
        self._headings: dict[int, bool] = {}

    def bounds(self, start: int, end: int) -> tuple[int, int]:
        """Where the line holding text[start:end] begins and ends (as `paragraph_at` finds it)."""
        before = bisect_left(self._breaks, start)
        first = self._breaks[before - 1] + 1 if before else 0
        after = bisect_left(self._breaks, end)
        return first, self._breaks[after] if after < len(self._breaks) else len(self.text)

    def is_caption(self, start: int, end: int) -> bool:
        first, last = self.bounds(start, end)
        if first not in self._captions:
            self._captions[first] = is_caption(self.text[first:last].strip())
        return self._captions[first]

    def is_caption_or_heading(self, start: int, end: int) -> bool:
        first, last = self.bounds(start, end)
        if first not in self._headings:
            self._headings[first] = is_caption_or_heading(self.text[first:last].strip())
        return self._headings[first]


def is_caption(paragraph: str) -> bool:
    """A photo caption: a credit or "pictured". It may describe another day than the story's."""
    return bool(_CAPTION.search(paragraph))


def is_caption_or_heading(paragraph: str) -> bool:
    """A photo caption (a credit, "pictured"), or a short line with no full stop: a headline,
    a byline or a dateline."""
    if is_caption(paragraph):
        return True
    return len(paragraph) < 100 and not re.search(r"[.!?][\"”’)]*$", paragraph)


def quotations(text: str, start: int = 0) -> tuple[tuple[int, int], ...]:
    """Stretches of direct speech from `start` on; a line break closes a quotation left open."""
    regions: list[tuple[int, int]] = []
    opened: int | None = None
    for found in _QUOTE_OR_BREAK.finditer(text, start):
        index, char = found.start(), found.group()
        if char == "\n" and opened is not None:
            regions.append((opened, index))
            opened = None
        elif char in _QUOTE_MARKS:
            direction = _QUOTE_MARKS[char] or (1 if opened is None else -1)
            if direction == 1 and opened is None:
                opened = index
            elif direction == -1 and opened is not None:
                regions.append((opened, index + 1))
                opened = None
    if opened is not None:
        regions.append((opened, len(text)))
    return tuple(regions)
