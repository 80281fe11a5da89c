"""Whether two written names can be one name: transliterations, shorter forms, added countries."""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz.fuzz import ratio

from factcheck.lexicon import Lexicon, is_acronym
from factcheck.resolve.keys import (
    close_spelling,
    loose_form,
    moved_letters,
    name_parts,
    name_tokens,
    skeleton,
    skeleton_key,
    vowel_form,
)

COUNTRY_ADDED = "the same name with its country added"
NICKNAME = "the same name with a given name in its short form"
MOVED_LETTERS = "one name part with a letter moved"


def name_match(a: str, b: str, lexicon: Lexicon, organisation: bool = False) -> str | None:
    """Why two written names can be one name, or None: the same transliteration key, one part
    spelt close, a shorter form, or (for organisations) the same name with its country added."""
    tokens_a, tokens_b = name_tokens(a), name_tokens(b)
    if not tokens_a or not tokens_b or is_acronym(a) or is_acronym(b):
        return None  # acronyms meet only when written alike or as initials of a name
    if other_place(tokens_a, tokens_b, lexicon):
        return None
    if nickname_of(a, b, lexicon):
        return NICKNAME
    if skeleton_key(a) == skeleton_key(b) and _letters_agree(tokens_a, tokens_b):
        return f"same transliteration key '{skeleton_key(a)}'"
    if len(tokens_a) == len(tokens_b) == 1 and loose_form(tokens_a[0]) == loose_form(tokens_b[0]):
        return f"the same name with sh/ch or kh/h swapped ('{tokens_a[0]}' ~ '{tokens_b[0]}')"
    if len(tokens_a) == len(tokens_b) and len(tokens_a) >= 2:
        differing = [(x, y) for x, y in zip(tokens_a, tokens_b, strict=True) if skeleton(x) != skeleton(y)]
        if len(differing) == 1 and close_spelling(*differing[0]):
            return f"one name part spelt close ('{differing[0][0]}' ~ '{differing[0][1]}')"
        if len(differing) == 1 and _moved_in_rare_name(*differing[0], lexicon):
            return f"{MOVED_LETTERS} ('{differing[0][0]}' ~ '{differing[0][1]}')"
    # 'Abdel Gogha' is short for 'Abdel Hafez Ghoga': a compound's first word stands for it
    for pair in ((tokens_a, tokens_b), (name_parts(a), name_parts(b))):
        shorter, longer = sorted(pair, key=len)
        if 2 <= len(shorter) < len(longer) and _aligned(shorter, longer):
            return "a shorter form of the same name"
    if organisation and added_country(a, b, lexicon):
        return COUNTRY_ADDED
    return None


FINAL_S_LEAST = 5  # letters of the shorter form: 'Velmora' and 'Velmoras', not 'Ana' and 'Anas'


FINAL_S = "the same rare place name with and without a final s"


def final_s(a: str, b: str, lexicon: Lexicon) -> str | None:
    """Why two one-word place names are one ('Velmora', 'Velmoras'), or None (see `_final_s`)."""
    tokens_a, tokens_b = name_tokens(a), name_tokens(b)
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
    tokens_a, tokens_b = name_tokens(a), name_tokens(b)
    if len(tokens_a) != len(tokens_b) or len(tokens_a) < 2 or tokens_a[1:] != tokens_b[1:]:
        return False
    return tokens_a[0] != tokens_b[0] and same_given_name(tokens_a[0], tokens_b[0], lexicon)


def added_country(a: str, b: str, lexicon: Lexicon) -> str | None:
    """The country one name adds to the other ('Democratic Party of Korea' adds South Korea), or None."""
    shorter, longer = sorted((name_tokens(a), name_tokens(b)), key=len)
    if not 2 <= len(shorter) < len(longer):
        return None
    countries = lexicon.countries
    for core, extra in (
        (longer[: len(shorter)], longer[len(shorter) :]),
        (longer[-len(shorter) :], longer[: -len(shorter)]),
    ):
        if all(skeleton(x) == skeleton(y) for x, y in zip(shorter, core, strict=True)):
            extra = [t for t in extra if t not in ("of", "for", "in")]
            if extra and " ".join(extra) in countries:
                return countries[" ".join(extra)]
    return None


def _letters_agree(a: Sequence[str], b: Sequence[str]) -> bool:
    """Skeletons drop vowels; single short names need their letters to agree as well ('Sirte' is not 'Surat')."""
    if len(a) >= 2 and len(b) >= 2:
        return True
    return ratio(vowel_form("".join(a)), vowel_form("".join(b))) >= 80


def _aligned(shorter: Sequence[str], longer: Sequence[str]) -> bool:
    """'Abdel Gogha' within 'Abdel Hafez Ghoga': first and last parts agree, the rest in order."""
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
    tokens_a, tokens_b = name_tokens(a), name_tokens(b)
    if len(tokens_a) != len(tokens_b) and particles:
        tokens_a = [t for t in tokens_a if t not in particles]
        tokens_b = [t for t in tokens_b if t not in particles]
    if len(tokens_a) != len(tokens_b):
        return False
    return all(ratio(vowel_form(x), vowel_form(y)) >= 80 for x, y in zip(tokens_a, tokens_b, strict=True))
