"""Rank claims: a person's grade in an organisation, read from the role noun written by the name.

Shapes read (the person X, the organisation Y, a description "the group" pointing back to Y):
- apposition after the name: "X, the leader of Y,", "X, a senior commander for the Y group",
  "X, head of the Y armed group", "X, Y's chief executive,", "X, one of the founders of Y";
- a predicate: "X is the leader of Y", "X, who leads Y," (a verb of heading or founding);
- fronted: "The head of Y, X, said", "The group's spokesman, X,";
- before the name: "Y leader X", "Y's chairman X", "senior Y commander X", "the group's chief X".
A former, acting or elect role is left to the title rules; a role in a part of the body ("head of
its media office", "the military leader") is read as "wing", compared with nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from factcheck.extract.document import Document, Placed, SentenceView
from factcheck.extract.title_words import DESCRIPTIVE_BODIES
from factcheck.lexicon import Lexicon, RoleNoun, is_acronym
from factcheck.model import Claim, EntityType, Mention, Predicate, Rank, Span

# Where the organisation phrase after a role noun stops.
STOPS = frozenset(
    [",", ".", ";", ":", "(", ")", "said", "says", "told", "and", "or", "who", "which", "that", "when",
     "after", "before", "since", "as", "but", "while", "has", "had", "have", "is", "was", "will", "would"]
)  # fmt: skip
PREPOSITIONS = frozenset(["of", "for", "at", "in", "within", "with", "inside", "from"])
DEFINITE = frozenset(["the", "its", "their", "his", "her"])
INDEFINITE = frozenset(["a", "an", "another"])
ONE_OF = (("one", "of"), ("among",), ("some", "of"))
COPULAS = frozenset(["is", "became", "remains", "becomes"])  # "was" may be a role of the past
# Verbs of a relative clause that give the grade themselves: "X, who leads the group,".
ROLE_VERBS = {
    "leads": "top", "heads": "top", "chairs": "top", "runs": "top",
    "founded": "founder", "co-founded": "founder",
}  # fmt: skip
BODY_WORDS = DESCRIPTIVE_BODIES | {"militia", "faction", "outfit", "organisation's", "insurgency"}
HEADS = frozenset(["top", "chair", "executive"])  # grades of one who heads the body or its board
MAX_QUALIFIERS = 4
# Words after a role noun that do not make it part of a compound ("aide to", "leader of the").
NOT_COMPOUND = STOPS | PREPOSITIONS | DEFINITE | INDEFINITE | {"to", "on", "by"}
MAX_OWNER = 10


@dataclass(frozen=True, slots=True)
class RoleRead:
    """A role phrase read: its noun, the grade it gives, the organisation's mention, its tokens."""

    noun: RoleNoun
    grade: str
    body: int | None  # index into the document's mentions
    first: int
    end: int


def role_claims(document: Document) -> list[Claim]:
    """One rank claim per role phrase by a person's name whose organisation is named or pointed to."""
    claims: list[Claim] = []
    roles = document.lexicon.roles
    for view in document.sentences:
        words = view.words()
        if roles.openers.isdisjoint(words) and ROLE_VERBS.keys().isdisjoint(words):
            continue
        reader = _Reader(document, view)
        for placed in view.mentions:
            mention = document.mentions[placed.index]
            if mention.type != EntityType.PERSON or reader._described_as_body(placed):
                continue
            for read in reader.around(placed):
                claims.append(_claim(document, view, placed, read))
    return claims


def _claim(document: Document, view: SentenceView, placed: Placed, read: RoleRead) -> Claim:
    tokens = view.tokens
    written = document.source.text[tokens[read.first].start : tokens[read.end - 1].end]
    first, last = min(read.first, placed.first), max(read.end, placed.end) - 1
    start, end = tokens[first].start, tokens[last].end
    span = Span(start, end, document.source.text[start:end])
    value = Rank(read.noun.canonical, read.grade, written)
    return Claim(placed.index, Predicate.RANK, value, span, "rank.role-noun", object=read.body)


class _Reader:
    """Reads the role phrases of one sentence around the names of persons in it."""

    def __init__(self, document: Document, view: SentenceView) -> None:
        self.document = document
        self.lexicon: Lexicon = document.lexicon
        self.view = view
        self.tokens = view.tokens
        self.words = view.words()
        self.starts = {p.first: p for p in view.mentions}

    def around(self, person: Placed) -> Iterator[RoleRead]:
        for read in (self._after(person), self._before(person)):
            if read is not None and read.body is not None and read.body != person.index:
                yield read

    def _after(self, person: Placed) -> RoleRead | None:
        index = person.end
        if index >= len(self.words):
            return None
        word = self.words[index]
        if word == "," and index + 2 < len(self.words) and self.words[index + 1] == "who":
            verb = self.words[index + 2]
            if verb in COPULAS:
                return self._phrase(index + 3, len(self.words))
            return self._verb_role(index + 2)
        if word in (",", *COPULAS):
            return self._phrase(index + 1, len(self.words))
        return None

    def _verb_role(self, index: int) -> RoleRead | None:
        """'X, who leads the Y group,': the verb gives the grade, its object the organisation."""
        grade = ROLE_VERBS.get(self.words[index])
        if grade is None:
            return None
        body = self._owner(index + 1, len(self.words), index)
        noun = RoleNoun("leader" if grade == "top" else "founder", grade, False)
        return RoleRead(noun, grade, body[0] if body else None, index, max(index + 1, body[1] if body else 0))

    def _before(self, person: Placed) -> RoleRead | None:
        """'Y leader X', 'the group's spokesman, X,', 'The head of Y, X,'."""
        end = person.first
        if end > 0 and self.words[end - 1] == ",":
            end -= 1
        start = self._clause_start(end)
        for first in range(start, end):
            if self._could_open(first):
                read = self._phrase(first, end)
                if read is not None and read.end == end:
                    return read
        return None

    def _clause_start(self, end: int) -> int:
        start = end
        while start > 0 and self.words[start - 1] not in (",", ";", ":", "(", '"', "“", "‘"):
            start -= 1
        return start

    def _could_open(self, index: int) -> bool:
        word = self.words[index]
        return word in DEFINITE or word in INDEFINITE or index in self.starts or word in ("one", "among")

    def _phrase(self, index: int, limit: int) -> RoleRead | None:
        """The role phrase that starts at token `index`: determiner, qualifiers, owner, noun, owner."""
        words, first = self.words, index
        definite = True
        body: int | None = None
        for pattern in ONE_OF:
            if tuple(words[index : index + len(pattern)]) == pattern:
                definite, index = False, index + len(pattern)
        if index < limit and words[index] in INDEFINITE:
            definite, index = False, index + 1
        elif index < limit and words[index] in DEFINITE:
            if words[index] in ("its", "their"):
                body = self._pointed_back(first)
            index += 1
        qualifiers: set[str] = set()
        while index < limit and index - first <= MAX_QUALIFIERS + 3:
            found = self.lexicon.roles.noun_at(words, index)
            if found is not None and not self._compound(index + found[0], limit):
                return self._noun(first, index, limit, found, qualifiers, definite, body)
            if words[index] in self.lexicon.modifiers:
                return None  # "the former leader": a title of another time, for the title rules
            placed = self.starts.get(index)
            if placed is not None and self._usable_body(placed):
                body, index = placed.index, placed.end
                continue
            if not self._qualifier(index, qualifiers):
                return None
            index += 1
        return None

    def _compound(self, after: int, limit: int) -> bool:
        """'chief financial officer', 'head coach', 'member states': the role noun only qualifies
        the lower-case noun written after it."""
        if after >= limit:
            return False
        token, word = self.tokens[after], self.words[after]
        return token.is_word and not token.is_capitalised and word not in NOT_COMPOUND

    def _qualifier(self, index: int, qualifiers: set[str]) -> bool:
        """A lower-case word between the determiner and the noun: 'senior', 'military', 'group's'."""
        token, word = self.tokens[index], self.words[index]
        if not token.is_word or token.is_capitalised or word in NOT_COMPOUND:
            return False
        if token.bare.lower() in BODY_WORDS and token.bare != token.text:
            qualifiers.add("body")  # "the group's leader"
        kind = self.lexicon.roles.qualifiers.get(word)
        if kind is not None:
            qualifiers.add(kind)
        return True

    def _noun(
        self,
        first: int,
        index: int,
        limit: int,
        found: tuple[int, RoleNoun],
        qualifiers: set[str],
        definite: bool,
        body: int | None,
    ) -> RoleRead | None:
        length, noun = found
        end = index + length
        part = False
        if "body" in qualifiers and body is None:
            body = self._pointed_back(first)
        if end < limit and (
            self.words[end] in PREPOSITIONS or (self.words[end] == "to" and noun.grade == "staff")
        ):
            owner = self._owner(end + 1, limit, first)
            if owner is not None:
                body, end, part = owner[0], owner[1], owner[2]
        grade = _grade(noun, qualifiers, definite, part)
        return RoleRead(noun, grade, body, first, end)

    def _owner(self, index: int, limit: int, phrase_start: int) -> tuple[int, int, bool] | None:
        """The organisation after 'of'/'for': its mention, the end of the phrase, and whether the role
        is in a part of it ('of the group's media office')."""
        end = index
        while end < limit and end - index < MAX_OWNER and self.words[end] not in STOPS:
            end += 1
        chosen: Placed | None = None
        between_plain = True
        part = False
        cursor = index
        while cursor < end:
            placed = self.starts.get(cursor)
            if placed is not None and placed.end <= end:
                if (
                    not self._usable_body(placed)
                    or self.tokens[placed.end - 1].bare != self.tokens[placed.end - 1].text
                ):
                    return None  # a person ("an aide to President X") or a place, or "X's office"
                if chosen is None or between_plain:
                    chosen, between_plain = placed, True
                cursor = placed.end
                continue
            word = self.words[cursor]
            if word in self.lexicon.roles.parts:
                part = True
            if word in PREPOSITIONS or (word,) in self.lexicon.roles.nouns:
                between_plain = False
            cursor += 1
        if chosen is not None:
            return chosen.index, end, part
        if any(self.words[i] in BODY_WORDS for i in range(index, end)):
            pointed = self._pointed_back(phrase_start)
            return (pointed, end, part) if pointed is not None else None
        return None

    def _usable_body(self, placed: Placed) -> bool:
        mention: Mention = self.document.mentions[placed.index]
        if mention.type == EntityType.PLACE or self.lexicon.country_of(mention.span.text):
            return False
        if mention.type == EntityType.PERSON and not self._described_as_body(placed):
            return False
        single = placed.end - placed.first == 1 and placed.first == 0
        if single and self.lexicon.spelling_words.is_word(mention.span.text):
            return False  # "Rebel leader X" opening a sentence: a word, not a body's name
        tokens = self.tokens[placed.first : placed.end]
        return not any(
            t.text in self.lexicon.honorifics or t.bare.lower() in self.lexicon.offices for t in tokens
        )

    def _described_as_body(self, placed: Placed) -> bool:
        """A name the finder took for a person's that the words around make a body's: "the rebel
        group Y", "the Y armed group", "Y (YZ)" with its acronym."""
        words = self.words
        if placed.first > 0 and words[placed.first - 1] in BODY_WORDS:
            return True
        following = words[placed.end : placed.end + 3]
        if following[:1] == ["("] and len(following) == 3 and is_acronym(self.tokens[placed.end + 1].text):
            return True
        return any(w in BODY_WORDS for w in following[:2]) and "," not in following[:2]

    def _pointed_back(self, before_token: int) -> int | None:
        """The organisation named last before a description ('the group', 'its'): in this sentence or
        an earlier one."""
        offset = self.tokens[before_token].start
        best: int | None = None
        for index, mention in enumerate(self.document.mentions):
            if mention.span.end > offset:
                break
            if mention.type in (EntityType.ORGANIZATION, EntityType.PARTY, EntityType.GROUP):
                best = index
        return best


def _grade(noun: RoleNoun, qualifiers: set[str], definite: bool, part: bool) -> str:
    """The grade a role noun gives with the words around it (see data/roles.tsv)."""
    if part:
        return "wing"
    if noun.grade in HEADS:
        if "deputy" in qualifiers:
            return "deputy"
        if "wing" in qualifiers:
            return "wing"
        return noun.grade if definite and not noun.plural else "leadership"
    if "wing" in qualifiers and definite:
        return "wing"
    if noun.grade == "rank" and noun.canonical == "commander" and "supreme" in qualifiers and definite:
        return "top"
    return noun.grade
