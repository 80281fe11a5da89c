"""Whether two written names can be one name: transliterations, shorter forms, added countries."""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz.fuzz import ratio

from factcheck.lexicon import Lexicon
from factcheck.resolve.keys import (
    NameKeys,
    close_spelling,
    loose_form,
    moved_letters,
    name_keys,
    skeleton,
    vowel_form,
)

COUNTRY_ADDED = "the same name with its country added"
NICKNAME = "the same name with a given name in its short form"
MOVED_LETTERS = "one name part with a letter moved"


class Names:
    """The names of one run keyed once: each distinct written form's `NameKeys`, and each pair's
    `match`. A corpus writes one name in thousands of places and resolution compares the same two
    forms for every pair of sources that write them; the answers depend on the forms alone."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self._keys: dict[str, NameKeys] = {}
        self._matches: dict[tuple[str, str, bool], str | None] = {}

    def __call__(self, text: str) -> NameKeys:
        keys = self._keys.get(text)
        if keys is None:
            keys = self._keys[text] = name_keys(text)
        return keys

    def match(self, a: NameKeys, b: NameKeys, organisation: bool = False) -> str | None:
        """`name_match` of two keyed names, each pair worked out once."""
        pair = (a.text, b.text, organisation)
        if pair in self._matches:
            return self._matches[pair]
        why = self._matches[pair] = match_keys(a, b, self.lexicon, organisation)
        return why


def name_match(a: str, b: str, lexicon: Lexicon, organisation: bool = False) -> str | None:
    """Why two written names can be one name, or None: the same transliteration key, one part
    spelt close, a shorter form, or (for organisations) the same name with its country added."""
    return match_keys(name_keys(a), name_keys(b), lexicon, organisation)


def match_keys(a: NameKeys, b: NameKeys, lexicon: Lexicon, organisation: bool = False) -> str | None:
    """`name_match` of two names already keyed."""
    tokens_a, tokens_b = a.tokens, b.tokens
    if not tokens_a or not tokens_b or a.acronym or b.acronym:
        return None  # acronyms meet only when written alike or as initials of a name
    if other_place(tokens_a, tokens_b, lexicon):
        return None
    if _nickname_keys(tokens_a, tokens_b, lexicon):
        return NICKNAME
    if a.skeleton_key == b.skeleton_key and _letters_agree(tokens_a, tokens_b):
        return f"same transliteration key '{a.skeleton_key}'"
    if len(tokens_a) == len(tokens_b) == 1 and a.loose_key == b.loose_key:
        return f"the same name with sh/ch or kh/h swapped ('{tokens_a[0]}' ~ '{tokens_b[0]}')"
    if len(tokens_a) == len(tokens_b) and len(tokens_a) >= 2:
        return _one_part_differs(a, b, lexicon) or _shorter_or_country(a, b, lexicon, organisation)
    return _shorter_or_country(a, b, lexicon, organisation)


def _one_part_differs(a: NameKeys, b: NameKeys, lexicon: Lexicon) -> str | None:
    """Names of as many parts, one of which is spelt close or with a letter moved."""
    differing = [
        (x, y) for x, y, p, q in zip(a.tokens, b.tokens, a.skeletons, b.skeletons, strict=True) if p != q
    ]
    if len(differing) == 1 and close_spelling(*differing[0]):
        return f"one name part spelt close ('{differing[0][0]}' ~ '{differing[0][1]}')"
    if len(differing) == 1 and _moved_in_rare_name(*differing[0], lexicon):
        return f"{MOVED_LETTERS} ('{differing[0][0]}' ~ '{differing[0][1]}')"
    return None


def _shorter_or_country(a: NameKeys, b: NameKeys, lexicon: Lexicon, organisation: bool) -> str | None:
    # 'Abdel Sourouh' is short for 'Abdel Karim Sorouh': a compound's first word stands for it
    for pair in ((a.tokens, b.tokens), (a.parts, b.parts)):
        shorter, longer = sorted(pair, key=len)
        if 2 <= len(shorter) < len(longer) and _aligned(shorter, longer):
            return "a shorter form of the same name"
    if organisation and added_country_keys(a, b, lexicon):
        return COUNTRY_ADDED
    return None


FINAL_S_LEAST = 5  # letters of the shorter form: 'Velmora' and 'Velmoras', not 'Ana' and 'Anas'


FINAL_S = "the same rare place name with and without a final s"


def final_s(a: str, b: str, lexicon: Lexicon) -> str | None:
    """Why two one-word place names are one ('Velmora', 'Velmoras'), or None (see `_final_s`)."""
    return final_s_keys(name_keys(a), name_keys(b), lexicon)


def final_s_keys(a: NameKeys, b: NameKeys, lexicon: Lexicon) -> str | None:
    tokens_a, tokens_b = a.tokens, b.tokens
    if len(tokens_a) == len(tokens_b) == 1 and _final_s(tokens_a[0], tokens_b[0], lexicon):
        return f"{FINAL_S} ('{tokens_a[0]}' ~ '{tokens_b[0]}')"
    return None


def _final_s(a: str, b: str, lexicon: Lexicon) -> bool:
    """'Velmora' and 'Velmoras': a final 's' makes a plural only of a word, and another name only
    of a known one ('William', 'Williams'); a rare name with and without it is one name."""
    shorter, longer = sorted((a, b), key=len)
    if longer != shorter + "s" or len(shorter) < FINAL_S_LEAST or shorter.endswith("s"):
        return False
    return not lexicon.is_plural_pair(a, b)


def _moved_in_rare_name(a: str, b: str, lexicon: Lexicon) -> bool:
    """'Lahcen', 'Lanchen': letters moved in a rare name; two common given names are two people."""
    words = lexicon.spelling_words
    if words.is_given_name(a) and words.is_given_name(b):
        return False
    return moved_letters(a, b) or loose_form(a) == loose_form(b)


def other_place(tokens_a: Sequence[str], tokens_b: Sequence[str], lexicon: Lexicon) -> bool:
    """'South African' and 'South American', 'North Province' and 'West Province': a differing
    part that is a word of place or direction makes another thing, however close the letters."""
    countries = lexicon.countries
    for x, y in zip(tokens_a, tokens_b, strict=False):
        if x == y:
            continue
        placed_x = x in lexicon.place_words or x in countries
        placed_y = y in lexicon.place_words or y in countries
        if placed_x and placed_y and (countries.get(x) is None or countries.get(x) != countries.get(y)):
            return True
    return False


def same_given_name(a: str, b: str, lexicon: Lexicon) -> bool:
    """'Bill' and 'William', 'Mo' and 'Maurice': one given name in a full and a short form."""
    nicknames = lexicon.nicknames
    if a == b:
        return True
    return bool(nicknames.get(a, frozenset()) & nicknames.get(b, frozenset()))


def nickname_of(a: str, b: str, lexicon: Lexicon) -> bool:
    """Two names alike but for a given name written as a nickname ('Bill Clinton', 'William Clinton')."""
    return _nickname_keys(name_keys(a).tokens, name_keys(b).tokens, lexicon)


def _nickname_keys(tokens_a: Sequence[str], tokens_b: Sequence[str], lexicon: Lexicon) -> bool:
    if len(tokens_a) != len(tokens_b) or len(tokens_a) < 2 or tokens_a[1:] != tokens_b[1:]:
        return False
    return tokens_a[0] != tokens_b[0] and same_given_name(tokens_a[0], tokens_b[0], lexicon)


def added_country(a: str, b: str, lexicon: Lexicon) -> str | None:
    """The country one name adds to the other ('Democratic Party of Korea' adds South Korea), or None."""
    return added_country_keys(name_keys(a), name_keys(b), lexicon)


def added_country_keys(a: NameKeys, b: NameKeys, lexicon: Lexicon) -> str | None:
    shorter, longer = sorted((a.tokens, b.tokens), key=len)
    if not 2 <= len(shorter) < len(longer):
        return None
    countries = lexicon.countries
    for core, extra in (
        (longer[: len(shorter)], longer[len(shorter) :]),
        (longer[-len(shorter) :], longer[: -len(shorter)]),
    ):
        if all(skeleton(x) == skeleton(y) for x, y in zip(shorter, core, strict=True)):
            added = " ".join(t for t in extra if t not in ("of", "for", "in"))
            if added and added in countries:
                return countries[added]
    return None


def _letters_agree(a: Sequence[str], b: Sequence[str]) -> bool:
    """Skeletons drop vowels; single short names need their letters to agree as well ('Sirte' is not 'Surat')."""
    if len(a) >= 2 and len(b) >= 2:
        return True
    return ratio(vowel_form("".join(a)), vowel_form("".join(b))) >= 80


def _aligned(shorter: Sequence[str], longer: Sequence[str]) -> bool:
    """'Abdel Sourouh' within 'Abdel Karim Sorouh': first and last parts agree, the rest in order."""
    if skeleton(shorter[0]) != skeleton(longer[0]) or skeleton(shorter[-1]) != skeleton(longer[-1]):
        return False
    # 'Robert Zoellick' is no short form of 'Robert Kilroy Silk': the ends agree in letters too
    if ratio(vowel_form(shorter[-1]), vowel_form(longer[-1])) < 80:
        return False
    position = 1
    for token in shorter[1:-1]:
        while position < len(longer) - 1 and skeleton(longer[position]) != skeleton(token):
            position += 1
        if position >= len(longer) - 1:
            return False
    return True


def close_letters(a: str, b: str, particles: frozenset[str] = frozenset()) -> bool:
    """Names whose parts agree in letters as well as in skeleton ('Gaddafi', 'Qadhafi'; 'Mahmoud',
    'Mahmud'), unlike 'Diane' and 'Danny': such a match needs no other evidence. A dropped
    particle ('van der Hoek', 'van Hoek') is compared without the particles."""
    return close_letters_keys(name_keys(a), name_keys(b), particles)


def close_letters_keys(a: NameKeys, b: NameKeys, particles: frozenset[str] = frozenset()) -> bool:
    tokens_a, tokens_b = a.tokens, b.tokens
    if len(tokens_a) != len(tokens_b) and particles:
        tokens_a = tuple(t for t in tokens_a if t not in particles)
        tokens_b = tuple(t for t in tokens_b if t not in particles)
    if len(tokens_a) != len(tokens_b):
        return False
    return all(ratio(vowel_form(x), vowel_form(y)) >= 80 for x, y in zip(tokens_a, tokens_b, strict=True))
