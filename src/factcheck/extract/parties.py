"""Party affiliation claims: which party a person belongs to, in the patterns news uses."""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.extract.document import Document, Placed, SentenceView
from factcheck.extract.names import office_at
from factcheck.extract.party_shapes import of_without_comma, possessive_before, role_with_preposition
from factcheck.model import Affiliation, Claim, DateRange, EntityType, Predicate, Span

PARTY_TYPES = (EntityType.PARTY, EntityType.ORGANIZATION)
# "Velden, who represents the opposition Harbour Party": verbs of belonging after "who".
BELONGING = (
    ("who", "represents"), ("who", "leads"), ("who", "heads"), ("who", "chairs"), ("who", "founded"),
    ("who", "belongs", "to"), ("who", "joined"), ("who", "is", "a", "member", "of"), ("who", "sits", "for"),
    ("who", "defected", "to"), ("who", "switched", "to"), ("representing",),
    ("standing", "for"), ("running", "for"), ("who", "is", "standing", "for"), ("who", "is", "running", "for"),
    ("a", "member", "of"), ("a", "leader", "of"), ("the", "leader", "of"), ("leader", "of"), ("of",),
)  # fmt: skip
# Phrases of belonging in which a body whose head is a party body ("Alliance", "Front") is a party.
MEMBERSHIP = frozenset(
    [
        ("of",),
        ("a", "member", "of"),
        ("who", "is", "a", "member", "of"),
        ("who", "joined"),
        ("who", "belongs", "to"),
    ]
)
APPOSITION_DETERMINERS = frozenset(["a", "an", "the"])
MAX_QUALIFIERS = 2  # "X, a senior Rural Party lawmaker,": lower-case words before the party
# Words between "the" and the party's name that describe it ("the opposition", "the ruling").
PARTY_DESCRIPTORS = frozenset(
    ["opposition", "ruling", "governing", "main", "conservative", "liberal", "centrist", "left", "right"]
)
# Roles that tie a person to the party named before them: "Labour MP", "PTI leader".
PARTY_ROLES = frozenset(
    [
        "mp",
        "mps",
        "lawmaker",
        "legislator",
        "member",
        "leader",
        "candidate",
        "chairman",
        "chairwoman",
        "chair",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "senator",
        "deputy",
        "activist",
        "official",
        "figure",
        "politician",
        "veteran",
        "stalwart",
        "loyalist",
        "grandee",
        "founder",
        "co-founder",
        "backbencher",
        "councillor",
        "councilor",
        "chief",
        "boss",
        "whip",
    ]
)
ATTRIBUTIVE = frozenset(["led", "headed", "founded"])


def party_claims(document: Document) -> list[Claim]:
    claims = []
    party_keys = frozenset(m.key for m in document.mentions if m.type == EntityType.PARTY)
    for view in document.sentences:
        for person, party, rule in _affiliations(document, view, party_keys):
            first = min(person.first, party.first)
            last = max(person.end, party.end) - 1
            start, end = view.tokens[first].start, view.tokens[last].end
            span = Span(start, end, document.source.text[start:end])
            published = document.published
            as_of = DateRange(published, published) if published else None
            claims.append(
                Claim(
                    subject=person.index,
                    predicate=Predicate.PARTY,
                    value=Affiliation(document.mentions[party.index].key),
                    span=span,
                    rule=rule,
                    as_of=as_of,
                    object=party.index,
                )
            )
    return claims


def _affiliations(
    document: Document, view: SentenceView, party_keys: frozenset[str]
) -> Iterator[tuple[Placed, Placed, str]]:
    people = [p for p in view.mentions if _a_person(document, view, p)]
    bodies = [p for p in view.mentions if document.mentions[p.index].type in PARTY_TYPES]
    for person in people:
        for party in bodies:
            if _named_as_party(view, person, party):
                yield person, party, "party.possessive-apposition"
                continue
            if _is_party(document, party, party_keys):
                rule = _pattern(document, view, person, party)
            else:
                rule = _membership(document, view, person, party)
            if rule:
                yield person, party, rule


def _a_person(document: Document, view: SentenceView, placed: Placed) -> bool:
    """A person's name, or a lone name of unknown type that leads something ("the Velden-led party")."""
    kind = document.mentions[placed.index].type
    if kind == EntityType.PERSON:
        return True
    last = view.tokens[placed.end - 1]
    return kind == EntityType.UNKNOWN and last.bare.lower().endswith(tuple("-" + w for w in ATTRIBUTIVE))


def _membership(document: Document, view: SentenceView, person: Placed, body: Placed) -> str | None:
    """'X, of the Coastal Green Alliance,', 'X, a member of the Liberal Front': a body whose name ends
    in a party body's head word is a party when a phrase of membership ties a person to it."""
    mention = document.mentions[body.index]
    words = view.words()
    if (
        mention.type != EntityType.ORGANIZATION
        or mention.span.text.split()[-1] not in document.lexicon.party_bodies
    ):
        return None
    if body.first <= person.end or words[person.end] != ",":
        return None
    if _belonging(words, person.end + 1, body.first) not in MEMBERSHIP:
        return None
    return "party.belongs-to"


def _named_as_party(view: SentenceView, person: Placed, body: Placed) -> bool:
    """'Sharif's party, the Muslim League (PML-N),': the word "party" says what the body is."""
    if body.first - person.end not in (2, 3):
        return False
    words = view.words()[person.end : body.first]
    possessive = view.tokens[person.end - 1].bare != view.tokens[person.end - 1].text
    return possessive and words in (["party", ","], ["party", ",", "the"])


def _belonging(words: list[str], start: int, stop: int) -> tuple[str, ...]:
    """The words of a phrase of belonging (", who leads the opposition"), without descriptions;
    no longer than the longest such phrase, so that two names far apart cost no more than near."""
    longest = max(len(phrase) for phrase in BELONGING)
    found: list[str] = []
    for i in range(start, stop):
        if words[i] not in PARTY_DESCRIPTORS and words[i] != "the":
            found.append(words[i])
            if len(found) > longest:
                break
    return tuple(found)


def _is_party(document: Document, placed: Placed, party_keys: frozenset[str]) -> bool:
    """A party, or an organisation the source names as a party elsewhere (`party_keys`)."""
    mention = document.mentions[placed.index]
    if mention.type == EntityType.PARTY:
        return True
    return mention.type == EntityType.ORGANIZATION and mention.key in party_keys


def _pattern(document: Document, view: SentenceView, person: Placed, party: Placed) -> str | None:
    tokens = view.tokens
    words = view.words()
    if party.first >= person.end:
        if (
            party.first > person.end
            and words[person.end] == ","
            and _belonging(words, person.end + 1, party.first) in BELONGING
        ):
            return "party.belongs-to"
        if _bracketed(words, person, party):
            return "party.bracketed"  # "Senator Oskar Brandt (Civic Party)"
        if _role_apposition(document, view, person, party):
            return "party.apposition"  # "X, a Rural Party senator,", "X, the Rural Party's candidate"
        if role_with_preposition(document, view, person, party, PARTY_ROLES):
            return "party.role-of"  # "X, a lawmaker from the Rural Party,", "X, a veteran of the Rural Party"
        if of_without_comma(view, person, party):
            return "party.of"  # "X of the Rural Party said"
        between = words[person.end : party.first] if party.first - person.end <= 2 else [","]
        if between in (["’s"], ["'s"], []) and tokens[person.end - 1].text != tokens[person.end - 1].bare:
            return "party.possessive"  # "Imran Khan's Pakistan Tehreek-e-Insaf"
        if between[:1] == ["-"] and len(between) == 2 and between[1] in ATTRIBUTIVE:
            return "party.led-by"
        if not between and tokens[person.end - 1].bare.lower().endswith(tuple("-" + w for w in ATTRIBUTIVE)):
            return "party.led-by"
        return None
    if person.first > party.end and _only_roles(document, view, party.end, person.first):
        return "party.role-before-name"  # "Labour MP Jane Doe", "PTI leader Hammad Azhar"
    if person.first >= party.end and possessive_before(document, view, party, person, PARTY_ROLES):
        return "party.possessive-before-name"  # "the Rural Party's Mara Velden"
    return None


def _bracketed(words: list[str], person: Placed, party: Placed) -> bool:
    """The party in brackets just after the name, alone or before a constituency."""
    if party.first != person.end + 1 or words[person.end] != "(" or party.end >= len(words):
        return False
    # "X (Civic Party, Saltmere)": a constituency may follow the party inside the brackets
    return words[party.end] == ")" or (
        words[party.end] == "," and ")" in words[party.end + 1 : party.end + 5]
    )


def _role_apposition(document: Document, view: SentenceView, person: Placed, party: Placed) -> bool:
    """'X, a Rural Party senator,', 'X, a senior Rural Party lawmaker,', 'X, the Rural Party's
    candidate for mayor,': the party qualifies a role noun in an apposition to the name. A former
    role ("a former Rural Party senator") tells of another time and is left alone."""
    tokens, words = view.tokens, view.words()
    cursor = person.end
    if cursor >= len(words) or words[cursor] != ",":
        return False
    cursor += 1
    if cursor < party.first and words[cursor] in APPOSITION_DETERMINERS:
        cursor += 1
    qualifiers = 0
    while cursor < party.first and qualifiers < MAX_QUALIFIERS:
        token = tokens[cursor]
        if not token.is_word or token.is_capitalised or words[cursor] in document.lexicon.modifiers:
            return False
        if words[cursor] in APPOSITION_DETERMINERS:
            return False  # "X, quoting the Rural Party leader,": the role is another person's
        cursor, qualifiers = cursor + 1, qualifiers + 1
    if cursor != party.first:
        return False
    after = party.end
    if after < len(words) and words[after] in ("'s", "’s", "'", "’"):
        after += 1  # the possessive split off the name
    return after < len(words) and (
        words[after] in PARTY_ROLES or bool(office_at(tokens, after, document.lexicon))
    )


def _only_roles(document: Document, view: SentenceView, start: int, stop: int) -> bool:
    """The words between a party and a name are roles and offices only: 'MP', 'deputy leader';
    not 'spokeswoman Tove Ranger said Minister', where the party is the spokeswoman's. One place
    may qualify the first role: 'Harbour Party Saltmere leader'."""
    tokens, words = view.tokens, view.words()
    cursor = start
    if stop - start > 1 and tokens[start].is_capitalised and words[start] not in PARTY_ROLES:
        cursor += 1 if not office_at(tokens, start, document.lexicon) else 0
    while cursor < stop:
        length = office_at(tokens, cursor, document.lexicon)
        if length:
            cursor += length
        elif words[cursor] in PARTY_ROLES:
            cursor += 1
        else:
            return False
    return cursor == stop
