"""Whether a phrase beside a name is an apposition headed by an office: "the chief executive of
the bank", not "his nominee for surgeon general" nor "quoting the party leader"."""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.extract.names import office_at
from factcheck.extract.text import Token
from factcheck.extract.title_words import APPOSITION_ADVERBS, DETERMINERS, NOUN_LINKS
from factcheck.lexicon import Lexicon


def names_a_role(tokens: Sequence[Token], start: int, end: int, lexicon: Lexicon) -> bool:
    """A fronted phrase headed by an office ('the chief executive of the bank'); not one where
    the office comes after a preposition ('his nominee for surgeon general', 'a candidate to
    be mayor') or a verb ('the president named his nominee')."""
    for index in range(start, end):
        if office_at(tokens, index, lexicon):
            return headed_by_office(tokens, start, end, lexicon)
        if tokens[index].lower in NOUN_LINKS:
            return False
    return False


def opens_another_phrase(tokens: Sequence[Token], start: int, end: int, lexicon: Lexicon) -> bool:
    """'X, quoting the party leader,', 'X, like the mayor,': a verb or preposition opens the
    phrase and the office heads its object, someone else."""
    first = tokens[start]
    if (
        first.is_capitalised
        or first.lower in DETERMINERS
        or first.lower in APPOSITION_ADVERBS
        or first.bare.lower() in lexicon.modifiers
        or office_at(tokens, start, lexicon)
    ):
        return False
    for index in range(start + 1, end):
        if office_at(tokens, index, lexicon):
            return False
        if tokens[index].lower in DETERMINERS:
            return True
    return False


def headed_by_office(tokens: Sequence[Token], start: int, end: int, lexicon: Lexicon) -> bool:
    """An apposition names a role only if the office is its head, not buried in a clause; of two
    offices joined by 'and' ("the founder and chief executive"), the second."""
    for index in range(start, end):
        length = office_at(tokens, index, lexicon)
        if length:
            after = tokens[index + length : end]
            if after and after[0].lower == "and":
                continue
            return not after or after[0].lower in ("of", "for", "in", "from", "(")
    return False
