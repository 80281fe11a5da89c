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
