"""Whose a deed is: the subject of a verb, as news sets it before the verb.

The subject is the name right before the verb, or past the words that may stand between (data/
measures.tsv, kind `between`: "has", "also", "herself": "X herself attended"); past an apposition or a
relative clause set off by commas ("X, Y's predecessor, attended", "X, who succeeded Y, attended"),
the name a relative clause is about ("X, who attended ..., said"),
or the name such an apposition gives ("Her predecessor, X, attended", "The former mayor, X,
attended"); "he" or "she" stands for the person named last (`last_person`). A possessive is never
the subject: in "Y's predecessor, X, attended" the deed is X's, or no one's the text names when X is
not read as a name. Tested in tests/test_recurring.py.
"""

from __future__ import annotations

from factcheck.extract.document import Document, Placed, SentenceView
from factcheck.extract.figures import Figure, Stretch
from factcheck.extract.measures import holders, verb_stem
from factcheck.extract.personal import last_person
from factcheck.extract.text import Token

Subject = Placed | int | None
PRONOUNS = frozenset(["he", "she"])
RELATIVES = frozenset(["who", "whose", "whom", "which", "that", "where", "when"])
NOUN_WORDS = 3  # lower-case words of a noun after a possessive ("Y's former deputy")
SET_OFF_REACH = 25  # tokens back from a closing comma searched for the opening one


def doer(document: Document, view: SentenceView, verb: int) -> tuple[Subject, bool]:
    """Who did what the verb at a token says, and whether the grammar settled it (a possessive
    before an apposition settles it: no one the text names)."""
    words, first = view.words(), view.clause_of(verb)[0]
    between = document.lexicon.measures["between"]
    i = verb - 1
    while i >= first and (words[i] in between or (words[i].endswith("ly") and view.tokens[i].text.islower())):
        i -= 1
    if i < first:
        return None, False
    if words[i] in PRONOUNS:
        return last_person(document, view, i), True
    if words[i] == ",":
        return _set_off(document, view, i, first)
    if words[i] == "who" and i > first and words[i - 1] == ",":  # "X, who attended ..., said"
        described = _named_at(document, view, i - 1)
        return (
            (described, True)
            if described and not _possessive(view.tokens[described.end - 1])
            else (None, False)
        )
    named = _named_at(document, view, i + 1)
    if named is None:
        return None, _owned(document, view, i, first)
    return (None, True) if _possessive(view.tokens[named.end - 1]) else (named, True)


def _set_off(document: Document, view: SentenceView, closing: int, first: int) -> tuple[Subject, bool]:
    """The subject before a part set off by commas: the name it describes ("X, who ..., attended"),
    or the name it gives ("Her predecessor, X, attended")."""
    words, tokens = view.words(), view.tokens
    opening = next(
        (k for k in range(closing - 1, max(first, closing - SET_OFF_REACH) - 1, -1) if words[k] == ","), None
    )
    if opening is None:
        return None, False
    described = _named_at(document, view, opening)
    if described is not None and not _possessive(tokens[described.end - 1]):
        return described, True
    given = _named_at(document, view, closing)
    titled = given is not None and all(t.text.islower() for t in tokens[opening + 1 : given.first])
    if given is not None and titled and words[opening + 1] not in RELATIVES:
        return given, True  # "Her predecessor, X,", "Y's deputy, former mayor X,"
    settled = described is not None or (opening > 0 and tokens[opening - 1].text.islower())
    return None, settled  # "Y's predecessor, Vasko, attended": not Y, and no one else the text names


def _owned(document: Document, view: SentenceView, noun: int, first: int) -> bool:
    """A subject that is someone's ("Y's predecessor attended", "Y's former deputy attended"): not
    Y, and no one the text names."""
    k = noun
    while (
        k >= max(first, noun - NOUN_WORDS) and view.tokens[k].text.isalpha() and view.tokens[k].text.islower()
    ):
        k -= 1
    owner = _named_at(document, view, k + 1) if k < noun else None
    return owner is not None and _possessive(view.tokens[owner.end - 1])


def _named_at(document: Document, view: SentenceView, end: int) -> Placed | None:
    """The person or body whose name ends at a token (a speaker or a modifier is none)."""
    return next((p for p in holders(document, view) if p.end == end), None)


def _possessive(token: Token) -> bool:
    return token.text.endswith(("'s", "’s", "s'", "s’"))


def deed_holder(
    document: Document, view: SentenceView, figure: Figure, at: Stretch, near: Subject
) -> Subject:
    """Whose a count of years or times of doing something is ("attended for three years"): the
    subject of its verb when the grammar settles it, else the nearest holder."""
    tokens, lexicon = view.tokens, document.lexicon
    before = (j for j in range(figure.start - 1, at.first - 1, -1) if verb_stem(lexicon, tokens[j]))
    after = (j for j in range(figure.end, at.last) if verb_stem(lexicon, tokens[j]))
    verb = next(before, None)
    verb = next(after, None) if verb is None else verb
    if verb is None:
        return near
    who, settled = doer(document, view, verb)
    return who if settled else near
