"""The words and small readers of title phrases: where an apposition stops, relative clauses of
taking and leaving office, descriptions of bodies, the year a title ended."""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.extract.text import Token

# Where an appositive phrase stops: "Oren Vasko, Velmora's information minister said ..."
APPOSITIVE_STOPS = frozenset(
    [
        ",",
        ".",
        ";",
        ":",
        "said",
        "says",
        "told",
        "added",
        "announced",
        "has",
        "had",
        "is",
        "was",
        "will",
        "who",
    ]
)
APPOSITIVE_MAX_TOKENS = 16
DETERMINERS = frozenset(["the", "a", "an", "his", "her", "their", "its"])
TOOK_OFFICE = (
    ("who", "took", "office", "as"),
    ("who", "became"),
    ("who", "was", "elected", "as"),
    ("who", "was", "sworn", "in", "as"),
    ("who", "is"),
    ("who", "was"),
)
# Relative clauses that say a title ended: "X, who stepped down as prime minister in 2030,",
# "X, who served as defence minister until 2029,". The title is a former one at the article's date.
LEFT_OFFICE = (
    ("who", "stepped", "down", "as"),
    ("who", "resigned", "as"),
    ("who", "quit", "as"),
    ("who", "retired", "as"),
    ("who", "left", "office", "as"),
    ("who", "served", "as"),
    ("who", "previously", "served", "as"),
    ("who", "once", "served", "as"),
    ("who", "was", "ousted", "as"),
    ("who", "was", "removed", "as"),
    ("who", "was", "sacked", "as"),
    ("who", "was", "dismissed", "as"),
)
# Words after the office that give the year the title ended or was left: "in 2030", "until 2029".
ENDED_IN = frozenset(["in", "until", "till", "to"])
# Head nouns of a description that points back to an organisation named earlier ("the aid group").
DESCRIPTIVE_BODIES = frozenset(
    [
        "group",
        "organisation",
        "organization",
        "agency",
        "body",
        "party",
        "charity",
        "company",
        "firm",
        "alliance",
        "bloc",
        "movement",
        "council",
        "network",
        "society",
        "federation",
        "union",
        "association",
        "authority",
    ]
)
# Endings of a people's adjective: "Velmoran", "Saltmerian", "Tesselese", "Karshi". A capitalised
# word with one of them, that is no word of the language, names a country before an office.
DEMONYM_ENDINGS = ("an", "ese", "ish", "i")
# Adverbs that may open an apposition before its article: "X, now the mayor,", "X, once the mayor,".
APPOSITION_ADVERBS = frozenset(
    ["now", "once", "also", "still", "currently", "presently", "formerly", "previously"]
)
# Prepositions that tie a phrase's head noun to an office after it: "nominee for governor".
NOUN_LINKS = frozenset(["for", "to", "as", "with", "by", "from", "on", "against"])
PREDECESSOR_WORDS = {"predecessor": "former", "successor": "successor"}


def owner_possessive(token: Token) -> bool:
    """'Velmora's' opening "Velmora's prime minister, Edda Lind,": the office's owner, as 'the'."""
    return token.is_capitalised and token.bare != token.text and token.text.endswith(("'s", "’s"))


def year_after(tokens: Sequence[Token], start: int, end: int) -> int | None:
    """The year in 'in 2030' or 'until 2029' inside a phrase, or None."""
    for index in range(start, end - 1):
        year = tokens[index + 1].text
        if tokens[index].lower in ENDED_IN and len(year) == 4 and year.isdigit():
            return int(year)
    return None


def plural_possessive(tokens: Sequence[Token], index: int, end: int) -> bool:
    """A plural name with its apostrophe glued after it ("Workers'"), which the tokeniser splits off."""
    word = tokens[index]
    following = tokens[index + 1] if index + 1 < end else None
    return (
        following is not None
        and following.text in ("'", "’")
        and following.start == word.end
        and word.text.endswith("s")
    )


def body_after_of(tokens: Sequence[Token], index: int, end: int) -> str | None:
    """'secretary-general of the Arctic Council': the capitalised name after 'of (the)'."""
    if index >= end or tokens[index].lower != "of":
        return None
    index += 1
    if index < end and tokens[index].lower == "the":
        index += 1
    words: list[str] = []
    while index < end and (tokens[index].is_capitalised or tokens[index].text in ("of", "and")):
        words.append(tokens[index].bare)
        possessive = tokens[index].bare != tokens[index].text
        index += 1
        if plural_possessive(tokens, index - 1, end):
            possessive, index = True, index + 1  # "of the Scientists' Integrity Program"
        if possessive:  # "of Venice's famous La Fenice Theatre": the body is what Venice has
            while index < end and not tokens[index].is_capitalised:
                index += 1
            words = []
    while words and words[-1] in ("of", "and"):
        words.pop()
    return " ".join(words) or None


def apposition_closed(tokens: Sequence[Token], comma: int) -> bool:
    """The capitalised name after `comma` ends the apposition: punctuation or the sentence's end."""
    index = comma + 1
    while index < len(tokens) and tokens[index].is_capitalised:
        index += 1
    return index == len(tokens) or tokens[index].text in (",", ".", ";", ":", "(", ")")
