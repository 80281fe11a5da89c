"""A source read for claim extraction: its sentences with the mentions found in each."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise

from factcheck.extract.text import Paragraphs, Sentence, Token
from factcheck.lexicon import Lexicon
from factcheck.model import Mention, Source

# Where a sentence splits into clauses that can say different things ("X won 101, while Y won 75").
CLAUSE_BREAKS = frozenset([";", "while", "whereas", "but", "although", "though"])


@dataclass(frozen=True, slots=True)
class Placed:
    """A mention placed in its sentence: its index in the extraction and its token range."""

    index: int
    first: int  # index of its first token in the sentence
    end: int  # index after its last token


@dataclass(frozen=True, slots=True)
class SentenceView:
    sentence: Sentence
    mentions: tuple[Placed, ...]  # in token order
    # Worked out once per sentence, so that asking for the clause or the names of every token
    # and figure of a long sentence costs a bisection each instead of a walk over the sentence.
    breaks: tuple[int, ...] = field(init=False, compare=False, repr=False)
    firsts: tuple[int, ...] = field(init=False, compare=False, repr=False)
    # What an extractor works out once per sentence and asks for again per figure or date.
    memo: dict[str, object] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        tokens = self.sentence.tokens
        object.__setattr__(self, "breaks", tuple(i for i in range(len(tokens)) if _breaks(tokens, i)))
        object.__setattr__(self, "firsts", tuple(p.first for p in self.mentions))
        object.__setattr__(self, "memo", {})

    @property
    def tokens(self) -> tuple[Token, ...]:
        return self.sentence.tokens

    def clause_of(self, token_index: int) -> tuple[int, int]:
        """The token range of the clause holding a token: from after the break before it to the next
        break after it."""
        before = bisect_left(self.breaks, token_index)
        after = bisect_right(self.breaks, token_index)
        start = self.breaks[before - 1] + 1 if before else 0
        return start, self.breaks[after] if after < len(self.breaks) else len(self.tokens)

    def words(self) -> list[str]:
        """The tokens in lower case, worked out once for everything asked of the sentence."""
        found = self.memo.get("words")
        if not isinstance(found, list):
            found = [t.lower for t in self.tokens]
            self.memo["words"] = found
        return found

    def mentions_between(self, start: int, end: int) -> list[Placed]:
        low, high = bisect_left(self.firsts, start), bisect_left(self.firsts, end)
        return [p for p in self.mentions[low:high] if p.end <= end]


def _breaks(tokens: Sequence[Token], index: int) -> bool:
    word = tokens[index].lower
    if word == ";":
        return True
    return word in CLAUSE_BREAKS and index > 0 and tokens[index - 1].text == ","


@dataclass(frozen=True, slots=True)
class Document:
    """What claim extractors receive: the source, its sentences with mentions, the lexicon."""

    source: Source
    sentences: tuple[SentenceView, ...]
    mentions: tuple[Mention, ...]
    lexicon: Lexicon
    paragraphs: Paragraphs

    @property
    def published(self) -> date | None:
        return self.source.published


def modality_in(lexicon: Lexicon, tokens: Sequence[Token]) -> set[str]:
    """The kinds of modality marked in a run of tokens: {'hedge', 'negation', ...}."""
    words = lexicon.modality
    lowered = [t.lower for t in tokens]
    found = {words[w] for w in lowered if w in words}
    for pair in pairwise(lowered):
        phrase = " ".join(pair)
        if phrase in words:
            found.add(words[phrase])
    return found
