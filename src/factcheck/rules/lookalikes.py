"""Two written names that look alike but are two words, not two spellings of one name.

A spelling variant is one entity written two ways. Forms close in letters are that only when
what surrounds them says so. The shapes of look-alikes English news has, and what tells them:

- a word of the language on either side ('Spring' and 'Sprung', 'Bank' and 'Banc', 'Palace' and
  'Place', 'Woman' and 'Women'): a one-word name that is a common word is no rare name;
- two common given or family names written alone ('Emily' and 'Emilia', 'Malone' and
  'Maloney'): two people;
- a country against another word ('Colombia' and 'Columbia', 'Brazil' and 'Brasilia');
- related words: plurals and inflections ('Society' and 'Societies'), demonyms ('Jews' and
  'Jewish'), a word with an ending added ('Olympics' and 'Olympiakos' differ by more than
  spelling: their letters are three edits apart);
- a differing short capital code ('MP' and 'MEP', 'US Open' and 'Aussie Open');
- across unrelated stories: a one-word name is one entity spelt two ways only where the sources
  that write each form tell the same story, by names few other sources of the archive share.

Multi-word names whose other parts agree ('Charles Clarke', 'Charles Clark') need less: the
agreeing parts are the evidence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from rapidfuzz.distance import Levenshtein

from factcheck.graph import FactGraph
from factcheck.lexicon import Lexicon

# An entity named by at most this many sources, or by 1 in 200 of a large archive, is specific
# enough that sharing it says two sources tell one story ('UK' or 'London' says nothing); one of
# the shared names must be rare (at most RARE_SOURCES sources, or 1 in 1,000).
SPECIFIC_SOURCES = 8
RARE_SOURCES = 4

# Endings that make a related word of a stem: a plural, an inflection, a people or a language.
# Not -y or -i: 'Sergei' and 'Sergey', 'Volkhonsky' and 'Volkhonskiy' are transliterations.
_RELATED_ENDINGS: tuple[tuple[str, str], ...] = (
    ("s", ""),
    ("es", ""),
    ("ies", "y"),
    ("ish", ""),
    ("ese", ""),
    ("ian", ""),
    ("ians", ""),
)
_RELATED_ENDINGS += (("an", ""), ("ans", ""))


def lone(tokens: Sequence[str]) -> bool:
    """A name that is one word, or one word after an initial ('S Byrne'): nothing else agrees."""
    return len(tokens) == 1 or (len(tokens) == 2 and len(tokens[0]) == 1)


def lookalike_words(a: Sequence[str], b: Sequence[str], lexicon: Lexicon, place: bool = False) -> bool:
    """Whether two lone names (folded tokens) are two words rather than one name spelt twice."""
    x, y = a[-1], b[-1]
    words = lexicon.spelling_words
    if words.is_word(x) or words.is_word(y):
        return True
    if words.is_common_name(x) and words.is_common_name(y):
        return True
    countries = lexicon.countries
    if (x in countries or y in countries) and countries.get(x) != countries.get(y):
        return True
    return related_words(x, y, lexicon, place) or Levenshtein.distance(x, y) > 2


def plural_of_word(lexicon: Lexicon, a: str, b: str) -> bool:
    """One of two forms that differ by a final 's' is a word of the language or a common name
    ('Spring', 'Springs'; 'William', 'Williams') or a people ('Velmoran', 'Velmorans'): a plural or
    another name, not a spelling.
    Neither known ('Velmora', 'Velmoras'): one place written two ways."""
    return lexicon.is_plural_pair(a, b)


def related_words(a: str, b: str, lexicon: Lexicon | None = None, place: bool = False) -> bool:
    """'gypsy' and 'gypsies', 'jews' and 'jewish', 'society' and 'societies': one stem, two words.
    A doubled letter is a spelling, not an ending ('Idris', 'Idriss'; 'Zelensky', 'Zelenskyy'),
    and so is a final 's' on a place name neither of whose forms the lexicon knows (`plural_of_word`):
    a people ('Velmoran', 'Velmorans') or a team has plurals, a town has none."""
    if _undoubled(a) == _undoubled(b):
        return False
    shorter, longer = sorted((a, b), key=len)
    if place and lexicon and longer == shorter + "s" and not plural_of_word(lexicon, shorter, longer):
        return False
    for cut_a in _stems(a):
        for cut_b in _stems(b):
            if cut_a == cut_b and len(cut_a) >= 3 and a != b:
                return True
    return False


def _undoubled(word: str) -> str:
    return re.sub(r"(.)\1+", r"\1", word)


def _stems(word: str) -> Iterable[str]:
    yield word
    for ending, stem in _RELATED_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            yield word[: -len(ending)] + stem


def other_code(a: Sequence[str], b: Sequence[str], written_a: str, written_b: str) -> bool:
    """'Labour MP' and 'Labour MEP', 'US Open' and 'Aussie Open': a differing part written as a
    capital code names another thing."""
    codes = {w.casefold() for w in (*written_a.split(), *written_b.split()) if _is_code(w)}
    return any(x != y and (x in codes or y in codes) for x, y in zip(a, b, strict=False))


def _is_code(word: str) -> bool:
    letters = word.strip(".,'’s")
    return 1 < len(letters) <= 4 and letters.isupper() and letters.isalpha()


def told_together(graph: FactGraph, sources_a: set[str], sources_b: set[str]) -> bool:
    """Some source of one form and some source of the other share two specific names, one rare."""
    count = len(graph.sources)
    specific, rare = max(SPECIFIC_SOURCES, count // 200), max(RARE_SOURCES, count // 1000)
    spread: dict[str, int] = {}
    for a in sources_a:
        for b in sources_b:
            shared = graph.entities_in(a) & graph.entities_in(b) if a != b else frozenset()
            if len(shared) < 2:
                continue
            for entity_id in shared - spread.keys():
                spread[entity_id] = _sources_up_to(graph, entity_id, specific + 1)
            found = sorted(spread[e] for e in shared if spread[e] <= specific)
            if len(found) >= 2 and found[0] <= rare:
                return True
    return False


def _sources_up_to(graph: FactGraph, entity_id: str, limit: int) -> int:
    """How many sources name the entity, counted no further than `limit` ('UK' is named by
    hundreds: knowing it is more than a few is enough)."""
    seen: set[str] = set()
    for ref in graph.entities[entity_id].mentions:
        seen.add(ref.source_id)
        if len(seen) >= limit:
            break
    return len(seen)
