"""People named by what they do ("the station master", "the driver"), for statements with no name.

A role stands as the subject when no name does: "the driver denied any wrongdoing"; "the man" or
"he" with no person named before stands for the role named last in the few sentences before. The
key is the role's words run together ("stationmaster"), so that "station master" is one with it.
"""

from __future__ import annotations

from factcheck.extract.clauses import Clauses
from factcheck.extract.document import Document, Placed
from factcheck.lexicon import AspectWords
from factcheck.model import Aspect, Claim, EntityType, Predicate, Span

DETERMINERS = frozenset(["the", "a", "an", "his", "her", "their", "its"])
REACH = 12  # tokens back from a verb to its role
BACK = 4  # sentences back to the role an unnamed person stands for


def role_before(sentence: Clauses, lex: AspectWords, at: int) -> tuple[Placed, str] | None:
    """The role nearest before token `at` in its sentence, and its key, unless a name stands nearer."""
    words = sentence.words
    for k in range(at - 1, max(-1, at - REACH), -1):
        if words[k] in (".", ";", '"', "“", "”"):
            return None
        n = _length(words, lex, "role", k)
        if n and k + n <= at and _determined(words, k):
            return Placed(-1, k, k + n), "".join(words[k : k + n]).replace("-", "")
        if _length(words, lex, "someone", k) and _determined(words, k):
            key = earlier_role(sentence.document, _position(sentence), lex)
            return (Placed(-1, k, k + 1), key) if key else None
        if k in sentence.named and _person_at(sentence, k):
            return None  # a person named nearer is the subject, or no one is
    return None


def earlier_role(document: Document, position: int, lex: AspectWords) -> str | None:
    """The role named last in the sentences before the one at `position` (a few at most)."""
    for view in reversed(document.sentences[max(0, position - BACK) : position]):
        words = tuple(w.replace("’", "'") for w in view.words())
        found = [k for k in range(len(words)) if _length(words, lex, "role", k) and _determined(words, k)]
        if found:
            k = found[-1]
            return "".join(words[k : k + _length(words, lex, "role", k)]).replace("-", "")
    return None


def _person_at(sentence: Clauses, k: int) -> bool:
    mentions = sentence.document.mentions
    return any(
        p.first <= k < p.end and mentions[p.index].type == EntityType.PERSON for p in sentence.view.mentions
    )


def _position(sentence: Clauses) -> int:
    return sentence.document.sentences.index(sentence.view)


def _determined(words: tuple[str, ...], k: int) -> bool:
    """'the driver', 'a 40-year-old lock keeper'; not 'bus driver Ana Lopez' nor a verb 'guard'."""
    before = words[k - 1] if k else ""
    return before in DETERMINERS or before.endswith("year-old")


def _length(words: tuple[str, ...], lex: AspectWords, kind: str, at: int) -> int:
    if words[at] not in lex.starts.get(kind, ()):
        return 0
    return next((n for n in range(lex.longest[kind], 0, -1) if tuple(words[at : at + n]) in lex.of(kind)), 0)


def role_claim(
    sentence: Clauses, value: Aspect, bounds: tuple[int, int], verb: tuple[int, int], role: Placed, rule: str
) -> Claim:
    """A claim whose subject is a role: no mention is its subject, the role is in its `about`."""
    tokens, text = sentence.view.tokens, sentence.document.source.text
    start, end = tokens[bounds[0]].start, tokens[bounds[1] - 1].end
    return Claim(
        subject=None,
        predicate=Predicate.EVENT,
        value=Aspect(value.aspect, value.value, value.about, text[start:end]),
        span=Span(start, end, text[start:end]),
        rule=rule,
        as_of=sentence.reader.clause_years(verb[0]),
        stance=sentence.reader.of_statement(role, bounds[0], verb, False),
        anchors=tuple(p.index for p in sentence.view.mentions_between(*sentence.view.clause_of(verb[0]))),
    )
