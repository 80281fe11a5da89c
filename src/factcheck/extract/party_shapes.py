"""More shapes that tie a person to a party: a role with a preposition ("X, a lawmaker from the
Harbour Party,"), "X of the Harbour Party" without a comma, and the party's possessive before the
name ("the Harbour Party's X"). A party merely named near a person ("X criticised the Harbour
Party", "X, who defeated the Harbour Party candidate,") matches none of them."""

from __future__ import annotations

from factcheck.extract.document import Document, Placed, SentenceView
from factcheck.extract.names import office_at

# Nouns for a person's place in a party that are no office: "a veteran of", "a politician from".
PARTY_PEOPLE = frozenset(
    ["politician", "veteran", "stalwart", "figure", "activist", "head", "founder", "co-founder", "member"]
)
# Prepositions that tie a role to its party: "a lawmaker from", "a senator with", "an MP for".
# "for" before a constituency or a country names no party: only a party's name counts after it.
ROLE_PREPOSITIONS = frozenset(["of", "from", "with", "for", "in", "representing"])
APPOSITION_OPENERS = (
    ("a",),
    ("an",),
    ("the",),
    ("who", "is", "a"),
    ("who", "is", "an"),
    ("who", "is", "the"),
)
# Words between the preposition and the party's name that describe it ("from the opposition").
PARTY_DESCRIPTORS = frozenset(
    [
        "the",
        "opposition",
        "ruling",
        "governing",
        "main",
        "conservative",
        "liberal",
        "centrist",
        "left",
        "right",
    ]
)
# Nouns the party's name may qualify: "a candidate in the Harbour Party seat of Saltmere" names the
# seat's party, not the candidate's.
QUALIFIED_NOUNS = frozenset(
    "seat stronghold heartland candidate candidates rival rivals opponent opponents government"
    " administration voters critic critics".split()
)
QUALIFIERS = 2  # "an opposition politician", "a senior lawmaker": lower-case words before the role
POSSESSIVE_ENDINGS = ("'s", "’s")


def role_with_preposition(
    document: Document, view: SentenceView, person: Placed, party: Placed, roles: frozenset[str]
) -> bool:
    """'X, an opposition politician from the Harbour Party,', 'X, a veteran of the Harbour Party,',
    'X, who is a senator with the Harbour Party,': an apposition headed by a role, whose
    preposition names the party. A former role ("a former senator from") tells of another time."""
    tokens, words = view.tokens, view.words()
    cursor = person.end
    if cursor >= party.first or words[cursor] != ",":
        return False
    cursor += 1
    opener = next((o for o in APPOSITION_OPENERS if tuple(words[cursor : cursor + len(o)]) == o), ())
    cursor += len(opener)
    for _ in range(QUALIFIERS + 1):
        if cursor >= party.first:
            return False
        end = _roles_end(document, view, cursor, party.first, roles | PARTY_PEOPLE)
        if end > cursor:
            return _preposition_to(words, end, party.first) and not _qualifies(words, party.end)
        token = tokens[cursor]
        if not token.is_word or token.is_capitalised or words[cursor] in document.lexicon.modifiers:
            return False
        if words[cursor] in ("a", "an", "the"):
            return False  # "X, quoting a lawmaker from the Harbour Party,": another person
        cursor += 1
    return False


def _roles_end(document: Document, view: SentenceView, cursor: int, stop: int, roles: frozenset[str]) -> int:
    """After a run of role words and offices ("deputy leader", "party chairman"), or `cursor`."""
    while cursor < stop:
        length = office_at(view.tokens, cursor, document.lexicon) or int(view.words()[cursor] in roles)
        if not length:
            break
        cursor += length
    return cursor


def _preposition_to(words: list[str], cursor: int, party_first: int) -> bool:
    """A preposition of belonging, then only descriptions of the party up to its name."""
    if cursor >= party_first or words[cursor] not in ROLE_PREPOSITIONS:
        return False
    return all(word in PARTY_DESCRIPTORS for word in words[cursor + 1 : party_first])


def of_without_comma(view: SentenceView, person: Placed, party: Placed) -> bool:
    """'Mara Velden of the Harbour Party said': the name, 'of' and the party, nothing else between."""
    words = view.words()
    between = words[person.end : party.first]
    if between[:1] != ["of"] or _qualifies(words, party.end):
        return False
    return all(word in PARTY_DESCRIPTORS for word in between[1:])


def _qualifies(words: list[str], after: int) -> bool:
    """The party's name qualifies a noun after it: 'the Harbour Party seat', 'Harbour Party rivals'."""
    return after < len(words) and words[after] in QUALIFIED_NOUNS


def possessive_before(
    document: Document, view: SentenceView, party: Placed, person: Placed, roles: frozenset[str]
) -> bool:
    """'the Harbour Party's Mara Velden', 'the Harbour Party's leader, Mara Velden,': the party
    owns the name, or a role of the party stands between them."""
    tokens, words = view.tokens, view.words()
    if _words_of_the_language(document, view, person):
        return False  # "the Harbour Party's National Executive": a body of the party, not a person
    last = tokens[party.end - 1]
    cursor = party.end
    if not (last.text != last.bare and last.text.endswith(POSSESSIVE_ENDINGS)):
        if cursor + 1 < len(words) and words[cursor] in ("'s", "’s", "'", "’"):
            cursor += 1  # the possessive split off the name
        else:
            return False
    roled = False
    while cursor < person.first:
        length = office_at(tokens, cursor, document.lexicon) or int(words[cursor] in roles)
        if not length:
            break
        cursor, roled = cursor + length, True
    if roled and cursor < person.first and words[cursor] == ",":
        cursor += 1  # "the Harbour Party's leader, Mara Velden": a fronted apposition
    return cursor == person.first


def _words_of_the_language(document: Document, view: SentenceView, name: Placed) -> bool:
    """Every word of a name is a word of the language and none a person's name ('Policy Forum')."""
    words = document.lexicon.spelling_words
    return all(
        words.is_word(token.bare) and not words.is_common_name(token.bare)
        for token in view.tokens[name.first : name.end]
    )
