"""What the rules need of a source's own words, read here once so that no rule reads article text.

- the words of the sentence of each date claim, and of each name placed after "in" or "at" ("the
  summit in Eastport"), with the word it is placed after: the registry's events are recognised by
  them;
- a lower-case "the" written before a name ("the Hague", where another source writes "The Hague");
- the file's vocabulary: its name phrases (a capitalised word and the lower-case word after it,
  "Harbour summit"), how often each word occurs, and the words it writes in lower case. It is not
  kept in claims files: it is read afresh from the article whenever the claims are.
"""

from __future__ import annotations

import itertools
import re
import sys
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from factcheck.extract.text import Sentence, Token, tokenize
from factcheck.model import Claim, Mention, NamePhrase, Predicate, Source, Span, Vocabulary
from factcheck.model.extraction import WORD
from factcheck.sources import without_comments

SENTENCE_WORD = re.compile(r"[\w’'-]+")
# A word, then "in" or "at" (and "the"), right before a name: what the name places.
PLACED_AFTER = re.compile(r"([\w’'-]+)\s+(?:in|at)\s+(?:the\s+)?$")
PLACED_REACH = 60  # characters before a name searched for it


class Sentences:
    """The sentences of a source, to find the one around an offset and its words."""

    def __init__(self, sentences: Sequence[Sentence], text: str) -> None:
        self.sentences, self.text = sentences, text
        self.starts = [s.start for s in sentences]

    def words_around(self, offset: int) -> frozenset[str]:
        """The words of the sentence holding an offset, in lower case; none outside every sentence."""
        index = bisect_right(self.starts, offset) - 1
        if index < 0 or offset >= self.sentences[index].end:
            return frozenset()
        sentence = self.sentences[index]
        return frozenset(SENTENCE_WORD.findall(self.text[sentence.start : sentence.end].casefold()))


def dated_in_context(claims: Sequence[Claim], sentences: Sentences) -> list[Claim]:
    """Date claims with the words of their sentence."""
    return [
        replace(c, context=sentences.words_around(c.span.start)) if c.predicate == Predicate.DATE else c
        for c in claims
    ]


def placed_mentions(mentions: Sequence[Mention], sentences: Sentences, text: str) -> list[Mention]:
    """Mentions with what is written just before them: a lower-case "the", or a word they place
    ("summit" in "the summit in Eastport", with the words of the sentence)."""
    found = []
    for mention in mentions:
        start = mention.span.start
        before = text[max(0, start - PLACED_REACH) : start].casefold()
        head = PLACED_AFTER.search(before)
        after_the = text[max(0, start - 4) : start] == "the "
        if head is None and not after_the:
            found.append(mention)
            continue
        placed = head.group(1) if head else ""
        context = sentences.words_around(start) if head else frozenset()
        found.append(replace(mention, after_the=after_the, placed_after=placed, context=context))
    return found


def vocabulary(source: Source, tokens: Sequence[Token] | None = None) -> Vocabulary:
    """The vocabulary of an article as written, its body tokenised as extraction reads it (without
    comments): name phrases, how often each word (of letters) occurs after the first token, in any
    case, and the runs of letters and digits the file writes in lower case. `tokens` are the body's
    tokens when extraction has them already."""
    text = source.text
    if tokens is None:
        tokens = tokenize(without_comments(text), source.body_start)
    phrases = [
        NamePhrase(before.text, token.text, Span(before.start, token.end, text[before.start : token.end]))
        for before, token in itertools.pairwise(tokens)
        if before.is_capitalised and token.text.islower() and token.text.isalpha()
    ]
    counted = Counter(word for word in (token.lower for token in tokens[1:]) if word.isalpha())
    counts = {sys.intern(word): count for word, count in counted.items()}
    lower_case = frozenset(sys.intern(w) for w in WORD.findall(text) if w == w.lower())
    return Vocabulary(tuple(phrases), counts, lower_case)
