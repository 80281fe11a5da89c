"""Everything extracted from one source: its mentions, its claims and a summary of its words."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from factcheck.model.claims import Claim
from factcheck.model.entities import Mention
from factcheck.model.source import Span

# A word as `Vocabulary.lower_case` counts it: a run of letters and digits.
WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class NamePhrase:
    """A capitalised word and the lower-case word after it ("Harbour summit"), where it stands."""

    head: str
    word: str
    span: Span


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """What a source writes, word by word, as far as the rules need it: its name phrases, how
    often each word occurs, and the words it writes in lower case."""

    phrases: tuple[NamePhrase, ...] = ()
    counts: Mapping[str, int] = field(default_factory=dict)  # word of letters, lower case -> occurrences
    lower_case: frozenset[str] = frozenset()  # runs of letters and digits written in lower case

    def writes_in_lower_case(self, name: str) -> bool:
        """Whether the file writes a name in lower case as a word ("storm" for "Storm"); a name of
        several words when it writes each of them so."""
        words = WORD.findall(name.lower())
        return bool(words) and all(word in self.lower_case for word in words)


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extracted from one source."""

    source_id: str
    content_hash: str
    extractor_version: str
    mentions: tuple[Mention, ...]
    claims: tuple[Claim, ...]
    vocabulary: Vocabulary = Vocabulary()
