"""Divisions: the ayes and noes of one vote ("passed the bill by 212 votes to 180", "198-180"), keyed
by what was voted on and the chamber that voted.

The number reader (numbers.py) reads the two sides; this names the vote. A bill goes through many
divisions (readings, amendments, each chamber), so the key is as narrow as the text allows: the
noun voted on (a bill, a motion, an amendment, a ruling; word class `thing` of measures.tsv), the
word that names it before it ("the reconstruction bill"), and the chamber or the voters named in
the clause (kind `voters`: "MPs" and "the Commons" are one, "peers" another). Two divisions are
compared only when both give the same key, from articles dated close together (rules/numbers.py).
"""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.extract.figures import Stretch
from factcheck.extract.text import Token
from factcheck.lexicon import Lexicon

OF_WORDS = frozenset(["to", "of", "on"])  # "an amendment to the bill", "a reading of the bill"
NOT_NAMES = frozenset(["the", "a", "an", "this", "that", "its", "their", "his", "her", "new", "same"])


def voted_on(lexicon: Lexicon, tokens: Sequence[Token], thing: tuple[str, int], at: Stretch) -> str:
    """ "reconstruction bill in assembly": the thing voted on (at token `thing[1]`), the word before it
    that names it, and the chamber of the clause."""
    words = [t.lower for t in tokens]
    noun, k = _head(lexicon, words, thing, at)
    before = words[k - 1] if k > at.first else ""
    named = before.isalpha() and before not in NOT_NAMES and not _voters(lexicon, before)
    named = named and tokens[k - 1].text.islower() and not _thing(lexicon, before)
    chambers = [_voters(lexicon, w) for w in words[at.first : at.last] if _voters(lexicon, w)]
    key = f"{before} {noun}" if named else noun
    return f"{key} in {chambers[0]}" if chambers else key


def _head(lexicon: Lexicon, words: Sequence[str], thing: tuple[str, int], at: Stretch) -> tuple[str, int]:
    """The thing that was voted on when the one found modifies another: "an amendment to the bill"
    is a vote on the amendment."""
    noun, k = thing
    j = k - 1
    while j > at.first and (words[j] in NOT_NAMES or (words[j].isalpha() and not _thing(lexicon, words[j]))):
        if words[j] in OF_WORDS:
            break
        j -= 1
    if j > at.first and words[j] in OF_WORDS and _thing(lexicon, words[j - 1]):
        return _thing(lexicon, words[j - 1]), j - 1
    return noun, k


def _thing(lexicon: Lexicon, word: str) -> str:
    of, _, thing = lexicon.measures["thing"].get(word, "").partition(" ")
    return thing if "division" in of.split(",") else ""


def _voters(lexicon: Lexicon, word: str) -> str:
    return lexicon.measures.get("voters", {}).get(word, "")
