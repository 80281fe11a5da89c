"""Where an event-fact phrase stands: the sentence, the phrase's tokens and what it names."""

from __future__ import annotations

from dataclasses import dataclass

from factcheck.extract.document import Document, Placed, SentenceView
from factcheck.lexicon import Trigger
from factcheck.model import EntityType


def folded(text: str) -> str:
    """A token as the word lists write it: lower case, with a straight apostrophe."""
    return text.lower().replace("’", "'")


@dataclass(frozen=True, slots=True)
class Site:
    """One trigger found in a sentence of a document."""

    document: Document
    position: int  # index of the sentence in the document
    view: SentenceView
    words: tuple[str, ...]
    index: int  # first token of the trigger
    trigger: Trigger
    doubtful: frozenset[int]  # mentions that may be a capitalised common word ("Son killed")

    @property
    def end(self) -> int:
        return self.index + len(self.trigger.words)

    def mention_type(self, placed: Placed) -> EntityType:
        return self.document.mentions[placed.index].type

    def possessive(self, placed: Placed) -> bool:
        token = self.view.tokens[placed.end - 1]
        return token.bare != token.text and token.text[-1] in "sS"

    def mention_at(self, first: int) -> Placed | None:
        """The mention that begins at a token."""
        return next((p for p in self.view.mentions if p.first == first), None)
