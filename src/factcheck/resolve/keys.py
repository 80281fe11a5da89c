"""Spelling keys that let transliterations of one name meet: folded forms and consonant skeletons."""

from __future__ import annotations

import html
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import Levenshtein
from rapidfuzz.fuzz import ratio

from factcheck.lexicon import initials, is_acronym

# Particles, articles and generational suffixes that one source writes and another drops
# ("al-Ghaithi", "Ghaithi"; "Tomas Velden Jr.", "Tomas Velden"). The article assimilates to the
# next letter, and is written with an e as well ('Er Rahiba').
DROPPABLE = frozenset("al el the a ad as ash an ar at az er es esh et ez jr sr".split())
_NOT_LETTER = re.compile(r"[^a-z0-9]+")
_PARTS = re.compile(r"[\s\-]+")
# Letter groups that different romanisations write for one sound, longest first.
_DIGRAPHS = (
    ("tzh", "tsh"),  # 'Yitzhak' is 'Yits-hak' (and 'Yitzchak'), not a 'zh' sound
    ("kh", "k"),
    ("gh", "g"),
    ("dh", "d"),
    ("ph", "f"),
    ("ck", "k"),
    ("dj", "j"),
    ("zh", "j"),
    ("q", "k"),
    ("g", "k"),
    ("c", "k"),
    ("w", "v"),
    ("z", "s"),
    ("x", "ks"),
)
_VOWEL_GROUPS = (
    ("ou", "u"),
    ("oo", "u"),
    ("ee", "i"),
    ("ie", "i"),
    ("ei", "i"),
    ("eo", "o"),
    ("ae", "e"),
    ("y", "i"),
)


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case, no diacritics, no apostrophes: 'Mo’tassim' -> 'motassim'; HTML entities read."""
    if "&" in text:
        text = html.unescape(text)
    if text.isascii():  # nothing to decompose: the same result, several times faster
        return text.lower().replace("'", "").replace("`", "")
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped.casefold().replace("’", "").replace("'", "").replace("`", "")


def exact_key(name: str) -> str:
    """Equal for names that differ only in case, hyphens, spaces and punctuation ('IP4', 'IP-4')."""
    return _exact(fold(name))


def name_tokens(name: str) -> list[str]:
    """Folded name parts, split at spaces and hyphens, without droppable particles."""
    return _tokens(fold(name))


def name_parts(name: str) -> list[str]:
    """`name_tokens` with a compound's parts kept apart: 'Abdel Karim Sorouh' -> abdel, karim, sorouh."""
    folded = fold(name)
    kept = [_NOT_LETTER.sub("", p) for p in _PARTS.split(folded) if p and p not in DROPPABLE]
    return [p for p in kept if p]


def exact_key_and_tokens(name: str) -> tuple[str, list[str]]:
    """`exact_key` and `name_tokens` at once, folding the name once: for the names of a registry."""
    folded = fold(name)
    return _exact(folded), _tokens(folded)


def _exact(folded: str) -> str:
    words = folded.split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return _NOT_LETTER.sub("", "".join(words))


def _tokens(folded: str) -> list[str]:
    tokens = name_parts(folded)
    return _servant_compounds(tokens) if "abd" in folded else tokens


# 'Abd' ('servant of') and its article, glued or spaced: 'Abd al-Karim', 'Abdel Karim',
# 'Abdulkarim', 'Abd ul-Karim', 'Abdurrahman'. The article assimilates and takes any vowel.
_SERVANT_GLUED = re.compile(r"^abd[aeiou]l?(?=[a-z]{3})")  # 'abdurrahman' keeps its doubled r
_SERVANT_SPACED = re.compile(r"^abd(?:[aeiou][lnrst])?$")  # not 'Abdi', 'Abdou': names of their own
_ARTICLE = re.compile(r"^[aeiou][lnrst]$")


def _servant_compounds(tokens: list[str]) -> list[str]:
    """The compound written as one token with the article dropped: all of the above -> 'abdkarim'."""
    joined: list[str] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        # 'Abdel Sourouh': a compound's first word with a surname is a short form; keep it apart
        if _SERVANT_SPACED.match(token) and index + 2 < len(tokens):
            index += 1
            if token == "abd" and _ARTICLE.match(tokens[index]) and index + 1 < len(tokens):
                index += 1
            joined.append("abd" + tokens[index])
        else:
            joined.append(_SERVANT_GLUED.sub("abd", token))
        index += 1
    return joined


@lru_cache(maxsize=262144)  # a registry of a million entries has tens of thousands of surnames
def skeleton(token: str) -> str:
    """Consonant skeleton after folding letters romanisations disagree on: gaddafi, qadhafi -> kdf."""
    word = token
    for written, sound in _DIGRAPHS:
        word = word.replace(written, sound)
    head, rest = word[:1], word[1:]
    if head in "aeiouy":
        head = "a" if head != "y" else "y"
    rest = re.sub(r"[aeiouyh]", "", rest) if len(word) > 1 else rest
    return re.sub(r"(.)\1+", r"\1", head + rest)


def vowel_form(token: str) -> str:
    """The token with vowel spellings folded: 'kyiv' and 'kiev' -> 'kiv'."""
    word = token
    for written, sound in _DIGRAPHS + _VOWEL_GROUPS:
        word = word.replace(written, sound)
    return re.sub(r"(.)\1+", r"\1", word)


def loose_form(token: str) -> str:
    """`vowel_form` with the consonant spellings romanisations swap folded as well: sh and ch
    (a French 'ch' is an English 'sh': 'Tarabech', 'Tarabesh'), kh and h."""
    return vowel_form(token.replace("sch", "sh").replace("ch", "sh").replace("kh", "h"))


def moved_letters(a: str, b: str) -> bool:
    """Two long tokens with the same first letter and the same letters but one, two edits apart:
    a letter moved or slipped in ('Lahcen', 'Lanchen'), as copying a foreign name often does."""
    if min(len(a), len(b)) < 5 or a[0] != b[0] or Levenshtein.distance(a, b) > 2:
        return False
    extra = Counter(a)
    extra.subtract(Counter(b))
    return sum(abs(n) for n in extra.values()) <= 1


def skeleton_key(name: str) -> str:
    return "".join(skeleton(t) for t in name_tokens(name))


def close_spelling(a: str, b: str) -> bool:
    """Two long tokens one letter apart in skeleton and close in letters ('shammam', 'shamman')."""
    if a[:3] == b[:3] == "abd":  # two servant compounds are as close as the names they join
        a, b = a[3:], b[3:]
    if min(len(a), len(b)) < 6:
        return False
    return Levenshtein.distance(skeleton(a), skeleton(b)) <= 1 and ratio(vowel_form(a), vowel_form(b)) >= 80


@dataclass(frozen=True, slots=True)
class NameKeys:
    """What resolution compares a written name by, worked out once per distinct form in a run
    (a corpus writes each name thousands of times, and each pair of names asks for both again)."""

    text: str
    exact: str  # `exact_key`
    tokens: tuple[str, ...]  # `name_tokens`
    parts: tuple[str, ...]  # `name_parts`
    skeletons: tuple[str, ...]  # `skeleton` of each token
    skeleton_key: str  # `skeleton_key`: the skeletons joined
    loose_key: str  # `loose_form` of each token, joined
    acronym: bool
    coded: bool  # written in capitals or with a digit: 'NFC', 'G8'
    initials: str
    words: int  # words at spaces: 'Port Alder' has two, 'Port-Alder' one


def name_keys(text: str) -> NameKeys:
    folded = fold(text)
    tokens = tuple(_tokens(folded))
    skeletons = tuple(skeleton(t) for t in tokens)
    return NameKeys(
        text=text,
        exact=_exact(folded),
        tokens=tokens,
        parts=tuple(name_parts(text)),
        skeletons=skeletons,
        skeleton_key="".join(skeletons),
        loose_key="".join(loose_form(t) for t in tokens),
        acronym=is_acronym(text),
        coded=text.isupper() or any(c.isdigit() for c in text),
        initials=initials(text),
        words=len(text.split()),
    )
