"""One sentence read for event aspects: its words, names and clauses, and the claim it makes."""

from __future__ import annotations

from factcheck.extract.document import Document, Placed, SentenceView
from factcheck.extract.stance import YEAR, StanceReader
from factcheck.lexicon import AspectWords
from factcheck.model import Aspect, Claim, EntityType, Predicate, Span

OPENER_RULE = "name.sentence-opener"  # as extract/__init__.py marks a lone capitalised opener
BE = frozenset(["was", "were", "is", "are", "been", "being", "be", "got", "get"])


class Clauses:
    """One sentence read for aspects: its words, names, clauses and whether a clause holds a class."""

    def __init__(self, document: Document, view: SentenceView) -> None:
        self.document, self.view = document, view
        self.words = tuple(w.replace("’", "'") if "’" in w else w for w in view.words())
        self.named = frozenset(i for p in view.mentions for i in range(p.first, p.end))
        # a capitalised word opening the sentence may be a common word ("Shelling hit ...")
        mentions = document.mentions
        self.opener = frozenset(p.first for p in view.mentions if mentions[p.index].rule == OPENER_RULE)
        self.reader = StanceReader(document, view)
        self.aspects: AspectWords = document.lexicon.event_aspects

    def has(self, kind: str, lo: int, hi: int) -> bool:
        """A phrase of a class stands in words [lo, hi)."""
        starts = self.aspects.starts.get(kind, frozenset())
        return any(self.phrase_at(kind, k) for k in range(lo, hi) if self.words[k] in starts)

    def phrase_at(self, kind: str, at: int) -> int:
        """The length of the longest phrase of a class starting at `at`, or 0."""
        if at >= len(self.words) or self.words[at] not in self.aspects.starts.get(kind, ()):
            return 0
        phrases = self.aspects.of(kind)
        for n in range(self.aspects.longest.get(kind, 0), 0, -1):
            if tuple(self.words[at : at + n]) in phrases:
                return n
        return 0

    def background(self, at: int) -> bool:
        """The clause is about another event: "an earlier crash", another year than the article's."""
        lo, hi = self.view.clause_of(at)
        if self.has("background", lo, hi):
            return True
        published, years = self.document.published, self.reader.clause_years(at)
        if published is None:  # an undated article: a clause that names a year recalls another time
            return any(YEAR.fullmatch(w) for w in self.words[lo:hi])
        return years is not None and not years.start <= published <= years.end

    def claim(self, value: Aspect, lo: int, hi: int, verb: tuple[int, int], subject: Placed | None,
              rule: str, obj: int | None = None) -> Claim:  # fmt: skip
        tokens, text = self.view.tokens, self.document.source.text
        start, end = tokens[lo].start, tokens[hi - 1].end
        placed = subject or Placed(-1, verb[0], verb[0])
        stance = self.reader.of_statement(placed, min(lo, placed.first), verb, subject is None)
        return Claim(
            subject=subject.index if subject else None,
            predicate=Predicate.EVENT,
            value=Aspect(value.aspect, value.value, value.about, text[start:end]),
            span=Span(start, end, text[start:end]),
            rule=rule,
            as_of=self.reader.clause_years(verb[0]),
            stance=stance,
            anchors=tuple(p.index for p in self.view.mentions_between(*self.view.clause_of(verb[0]))),
            object=obj,
        )

    def person_before(self, at: int) -> Placed | None:
        """The person named just before a verb group ("X was stabbed", "X, 41, has signed")."""
        between = self.document.lexicon.event_class("between")
        k = at - 1
        while k >= 0 and (self.words[k] in between or self.words[k] in BE):
            k -= 1
        found = next((p for p in self.view.mentions if p.end == k + 1), None)
        if found is None or self.document.mentions[found.index].type not in (
            EntityType.PERSON,
            EntityType.UNKNOWN,
        ):
            return None
        return found
