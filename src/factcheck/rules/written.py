"""How an entity is written across sources: its forms, the keys that tell spellings from styles,
and the forms that are variants of each other. The spelling, party and registry rules share them."""

from __future__ import annotations

import html
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from factcheck.graph import FactGraph, MentionRecord
from factcheck.lexicon import Lexicon, is_acronym
from factcheck.model import Entity, EntityType, Evidence, Span
from factcheck.resolve.keys import name_tokens
from factcheck.resolve.names import NICKNAME, final_s, name_match
from factcheck.rules.base import quote
from factcheck.rules.lookalikes import (
    lone,
    lookalike_words,
    other_code,
    plural_of_word,
    related_words,
    told_together,
)


@dataclass(frozen=True, slots=True)
class Written:
    """One way an entity is written, with where it is first written so in each source."""

    form: str
    first_in: dict[str, MentionRecord]


def written_forms(graph: FactGraph, entity: Entity) -> list[Written]:
    """The entity's spellings, excluding short forms ('Trump' for 'Donald Trump')."""
    records = graph.mentions_of(entity)
    sizes: dict[str, int] = {}  # tokens of each form: an entity writes one form many times

    def size(text: str) -> int:
        if text not in sizes:
            sizes[text] = len(name_tokens(text))
        return sizes[text]

    longest = max((size(r.mention.span.text) for r in records), default=0)
    article_in_name = any(r.mention.span.text.startswith("The ") for r in records)
    forms: dict[str, dict[str, MentionRecord]] = defaultdict(dict)
    for record in records:
        text = _as_written(record) if article_in_name else record.mention.span.text
        if entity.type == EntityType.PERSON and longest >= 2 and size(text) < 2:
            continue
        forms[text].setdefault(record.source.id, record)
    return [Written(form, first) for form, first in sorted(forms.items())]


def _as_written(record: MentionRecord) -> str:
    """The mention with the lower-case 'the' that other sources capitalise as part of the name."""
    text = record.mention.span.text
    return "the " + text if record.mention.after_the and not text.startswith("The ") else text


def spelling_variants(
    graph: FactGraph, lexicon: Lexicon, entity: Entity, punctuation: bool = False
) -> list[Written]:
    """The spellings of an entity that differ in letters between sources, or [] if none do. A
    possessive or an apostrophe alone ('Dock Board's', 'Dock Board') counts only with
    `punctuation` (a party's name is written as the party writes it)."""
    by_key: dict[str, list[Written]] = defaultdict(list)
    for written in written_forms(graph, entity):
        by_key[style_key(written.form)].append(written)
    keys = sorted(by_key)
    variants: set[str] = set()
    for i, key in enumerate(keys):
        for other in keys[i + 1 :]:
            first, second = by_key[key], by_key[other]
            a, b = first[0].form, second[0].form
            place = entity.type == EntityType.PLACE and not _written_both(first, second)
            if (
                (punctuation or not _punctuated_alike(a, b))
                and _comparable(lexicon, a, b, place)
                and _told_together(graph, lexicon, first, second, place)
            ):
                variants.update((key, other))
    chosen = [w for key in sorted(variants) for w in by_key[key]]
    return chosen if len(variants) >= 2 and spread(chosen) else []


def _written_both(first: list[Written], second: list[Written]) -> bool:
    """Some source writes both forms: a plural or an inflection it uses ('Harbour Award',
    'the Harbour Awards'), not a slip in how it spells a place."""
    return bool({s for w in first for s in w.first_in} & {s for w in second for s in w.first_in})


def _told_together(
    graph: FactGraph, lexicon: Lexicon, first: list[Written], second: list[Written], place: bool
) -> bool:
    """A one-word name ('Kodak', 'Kodiak') is one thing spelt two ways only when neither form is a
    word of the language or a common given name, and some source of one form and some source of
    the other tell the same story (share specific names): across unrelated stories two close
    words are mostly two things. Longer names have their other parts agreeing as evidence."""
    tokens_a, tokens_b = name_tokens(first[0].form), name_tokens(second[0].form)
    if not (lone(tokens_a) or lone(tokens_b)):
        return True
    if lookalike_words(tokens_a, tokens_b, lexicon, place):
        return False
    sources_a = {s for w in first for s in w.first_in}
    sources_b = {s for w in second for s in w.first_in}
    return told_together(graph, sources_a, sources_b)


def variant_evidence(forms: list[Written], note: str = "") -> list[Evidence]:
    return [e for written in forms for e in _evidence(written, note)]


def _evidence(written: Written, note: str = "") -> list[Evidence]:
    """Each first mention as written, with the "the" that is part of the form."""
    evidence = []
    for record in written.first_in.values():
        span = record.mention.span
        evidence.append(
            quote(record.source, Span(span.end - len(written.form), span.end, written.form), note)
        )
    return evidence


def accepted_spelling(
    graph: FactGraph, lexicon: Lexicon, entity: Entity, forms: list[Written], support: Counter[str]
) -> str:
    """The spelling the others deviate from: the registry's name for the entity, else the form
    the most sources write; between forms as many sources write, the one with more words the word
    lists know (a typo is never right against a known name or word), then the form written most
    often, then the form whose words the sources write most often elsewhere (`support`:
    'Shinawatra' alone tells 'Shiniwatra' apart), then the longer form (a letter dropped is the
    commoner slip than a letter added)."""
    link = graph.link(entity)
    if link is not None:
        return link.entry.name
    counts = Counter(r.mention.span.text for r in graph.mentions_of(entity))

    def weight(written: Written) -> tuple[int, int, int, int, int, str]:
        tokens = name_tokens(written.form)
        backing = sum(support[t] for t in tokens)
        known = sum(1 for t in tokens if _known(lexicon, t))
        return len(written.first_in), known, counts[written.form], backing, len(written.form), written.form

    return max(forms, key=weight).form


def _known(lexicon: Lexicon, token: str) -> bool:
    """A word of the language, a common given or family name, or a country."""
    words = lexicon.spelling_words
    return words.is_word(token) or words.is_common_name(token) or token in lexicon.countries


def word_support(graph: FactGraph) -> Counter[str]:
    """How many mentions of any entity write each folded name word."""
    written = Counter(m.span.text for e in graph.extractions.values() for m in e.mentions)
    support: Counter[str] = Counter()
    for text, times in written.items():  # each form keyed once, however often it is written
        for token in name_tokens(text):
            support[token] += times
    return support


def split_deviant(forms: list[Written], accepted: str) -> tuple[list[Written], list[Written]]:
    """The forms that deviate from the accepted spelling, and those that write it (up to style)."""
    key = style_key(accepted)
    return [w for w in forms if style_key(w.form) != key], [w for w in forms if style_key(w.form) == key]


LISTED_SOURCES = 5  # beyond these a message counts the sources: the evidence names every one


def variant_listing(forms: list[Written]) -> str:
    """`'Mara Veldon' in wire-2; 'Mara Velden' in wire-1, wire-3, ... and 40 more`."""
    return "; ".join(f"'{html.unescape(w.form)}' in {source_listing(w.first_in)}" for w in forms)


def source_listing(sources: Iterable[str]) -> str:
    """The first few source ids in order and how many more: a message stays one readable line
    however many articles write a form."""
    ordered = sorted(sources)
    listed = ", ".join(ordered[:LISTED_SOURCES])
    more = len(ordered) - LISTED_SOURCES
    return f"{listed} and {more} more" if more > 0 else listed


# British and American spellings of one word: a house style, not a misspelling.
_ANGLO_AMERICAN = (
    (re.compile(r"(?<=[a-z]{3})tre\b"), "ter"),  # centre, theatre
    (re.compile(r"(?<=[a-z]{2})our\b"), "or"),  # labour, harbour
    (re.compile(r"(?<=[a-z]{3})is(e|ed|es|ing|ation|ations)\b"), r"iz\1"),  # organisation
    (re.compile(r"(?<=[a-z]{2})ence\b"), "ense"),  # defence, licence
)


def style_key(name: str) -> str:
    """Equal for names that differ only in case, hyphens, spaces, full stops or British and
    American spelling ('Theatre', 'Theater'); apostrophes count."""
    text = _without_accents(html.unescape(name).replace("’", "'")).casefold().removeprefix("the ")
    for pattern, american in _ANGLO_AMERICAN:
        text = pattern.sub(american, text)
    return re.sub(r"[\s\-.]+", "", text)


def _without_accents(text: str) -> str:
    """'José' -> 'Jose': an accent one source leaves out is a house style, not another name."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def written_tokens(name: str) -> list[str]:
    name = html.unescape(name).replace("’", "'").casefold()
    return [t for t in re.split(r"[\s\-]+", name) if t and t != "the"]


def _is_sub_form(shorter: list[str], longer: list[str]) -> bool:
    """'Abdel Sorouh' inside 'Abdel Karim Sorouh' spelt the same: a shorter form, not a variant."""
    position = 0
    for token in shorter:
        while position < len(longer) and longer[position] != token:
            position += 1
        if position == len(longer):
            return False
        position += 1
    return True


def _stutter(tokens: list[str]) -> bool:
    """'Tran Van Mi Minh': a short syllable that repeats the start of the next part is a slip of
    copying, not a middle name ('Ana Maria Lopez' and 'Ana Lopez' are one name in two lengths)."""
    return any(
        len(token) <= 3 and token.isalpha() and following.startswith(token) and following != token
        for token, following in pairwise(tokens[1:])
    )


def _comparable(lexicon: Lexicon, a: str, b: str, place: bool = False) -> bool:
    if is_acronym(a) != is_acronym(b):
        return False  # an acronym and its expansion are not two spellings
    if a.startswith(b + ".") or b.startswith(a + "."):
        return False  # 'Bagle.AU' is a kind of 'Bagle', not a spelling of it
    shorter, longer = sorted((written_tokens(a), written_tokens(b)), key=len)
    # 'van der Hoek' and 'van Hoek' spell the particles two ways; 'Rato' for 'de Rato' is a short form
    particles = lexicon.particles
    dropped_particle = any(t in particles for t in shorter[1:]) and [
        t for t in longer if t not in particles
    ] == [t for t in shorter if t not in particles]
    if (
        len(shorter) < len(longer)
        and _is_sub_form(shorter, longer)
        and not (dropped_particle or _stutter(longer))
    ):
        return False
    if len(shorter) == len(longer) and any(
        _other_word(lexicon, x, y, place)
        or _same_country(lexicon, x, y)
        or related_words(x, y, lexicon, place)
        for x, y in zip(shorter, longer, strict=True)
    ):
        return False
    if other_code(written_tokens(a), written_tokens(b), a, b):
        return False
    if place and final_s(a, b, lexicon):
        return True  # 'Velmora' and 'Velmoras': one rare place name
    return name_match(a, b, lexicon, organisation=True) not in (
        None,
        NICKNAME,
    )  # "Bill" for "William" is no misspelling


# Endings that make another word of a name, not another spelling: a plural, a people, a region.
_WORD_ENDINGS = frozenset("s es ies n an ian ians ns ia i is".split())


def _punctuated_alike(a: str, b: str) -> bool:
    """The same letters up to a possessive ending or an apostrophe: 'Dock Board's' and 'Dock
    Board', 'Worker's' and 'Workers' are punctuation, not spelling."""
    text_a, text_b = (html.unescape(n).replace("’", "'").casefold() for n in (a, b))
    if "'" not in text_a + text_b:
        return False
    return any(re.sub(pattern, "", text_a) == re.sub(pattern, "", text_b) for pattern in (r"'s\b|'", "'"))


def _same_country(lexicon: Lexicon, a: str, b: str) -> bool:
    """'German' and 'Germany': a country and its people's adjective are two words of one country."""
    country = lexicon.countries.get(a)
    return a != b and country is not None and country == lexicon.countries.get(b)


def _other_word(lexicon: Lexicon, a: str, b: str, place: bool = False) -> bool:
    """'Bush' and 'Bushies', 'Arab' and 'Arabia', 'Tex' and 'Texas': one word built on another."""
    shorter, longer = sorted((a, b), key=len)
    if shorter == longer or not longer.startswith(shorter):
        return False
    if longer[len(shorter) :] == "s" and shorter.endswith("s"):
        return False  # 'Idris' and 'Idriss': a doubled letter, not a plural (that is 'Idrises')
    if place and longer[len(shorter) :] == "s" and not plural_of_word(lexicon, shorter, longer):
        return False  # 'Port Velmora' and 'Port Velmoras': a place name is no plural unless a word
    ending = longer[len(shorter) :]
    # a short word with more letters added is another word ('Tex', 'Texas'); 'Ko', 'Koh' is a spelling
    # an initial ('J' for 'Jo') is a short form, not a spelling
    return len(shorter) == 1 or (len(shorter) <= 3 and len(ending) > 1) or ending in _WORD_ENDINGS


def spread(forms: list[Written]) -> bool:
    """The variation is between sources, not only inside one."""
    by_source: dict[str, set[str]] = defaultdict(set)
    for written in forms:
        for source_id in written.first_in:
            by_source[source_id].add(written.form)
    return len({frozenset(v) for v in by_source.values()}) > 1
