"""Rules over spellings: one entity written differently across sources, and one-off misspellings."""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

from factcheck.extract.text import tokenize
from factcheck.graph import FactGraph, MentionRecord
from factcheck.lexicon import Lexicon, is_acronym
from factcheck.model import Entity, EntityType, Evidence, Finding, Source, Span
from factcheck.model import Severity as S
from factcheck.resolve.keys import name_tokens
from factcheck.resolve.names import NICKNAME, name_match
from factcheck.rules.base import Rule, RuleContext, quote
from factcheck.sources import without_comments


@dataclass(frozen=True, slots=True)
class Written:
    """One way an entity is written, with where it is first written so in each source."""

    form: str
    first_in: dict[str, MentionRecord]


def written_forms(graph: FactGraph, entity: Entity) -> list[Written]:
    """The entity's spellings, excluding short forms ('Trump' for 'Donald Trump')."""
    records = graph.mentions_of(entity)
    longest = max((len(name_tokens(r.mention.span.text)) for r in records), default=0)
    article_in_name = any(r.mention.span.text.startswith("The ") for r in records)
    forms: dict[str, dict[str, MentionRecord]] = defaultdict(dict)
    for record in records:
        text = _as_written(record) if article_in_name else record.mention.span.text
        tokens = name_tokens(text)
        if entity.type == EntityType.PERSON and longest >= 2 and len(tokens) < 2:
            continue
        forms[text].setdefault(record.source.id, record)
    return [Written(form, first) for form, first in sorted(forms.items())]


def _as_written(record: MentionRecord) -> str:
    """The mention with the lower-case 'the' that other sources capitalise as part of the name."""
    text = record.mention.span.text
    before = record.source.text[max(0, record.mention.span.start - 4) : record.mention.span.start]
    return "the " + text if before == "the " and not text.startswith("The ") else text


def spelling_variants(graph: FactGraph, lexicon: Lexicon, entity: Entity) -> list[Written]:
    """The spellings of an entity that differ in letters between sources, or [] if none do."""
    by_key: dict[str, list[Written]] = defaultdict(list)
    for written in written_forms(graph, entity):
        by_key[style_key(written.form)].append(written)
    keys = sorted(by_key)
    variants: set[str] = set()
    for i, key in enumerate(keys):
        for other in keys[i + 1 :]:
            if _comparable(lexicon, by_key[key][0].form, by_key[other][0].form):
                variants.update((key, other))
    chosen = [w for key in sorted(variants) for w in by_key[key]]
    return chosen if len(variants) >= 2 and _spread(chosen) else []


def variant_evidence(forms: list[Written]) -> list[Evidence]:
    return [e for written in forms for e in _evidence(written)]


def _evidence(written: Written) -> list[Evidence]:
    evidence = []
    for record in written.first_in.values():
        span = record.mention.span
        start = span.end - len(written.form)
        evidence.append(quote(record.source, Span(start, span.end, record.source.text[start : span.end])))
    return evidence


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
    text = name.replace("’", "'").casefold().removeprefix("the ")
    for pattern, american in _ANGLO_AMERICAN:
        text = pattern.sub(american, text)
    return re.sub(r"[\s\-.]+", "", text)


def written_tokens(name: str) -> list[str]:
    return [t for t in re.split(r"[\s\-]+", name.replace("’", "'").casefold()) if t and t != "the"]


def _is_sub_form(shorter: list[str], longer: list[str]) -> bool:
    """'Abdel Ghoga' inside 'Abdel Hafez Ghoga' spelt the same: a shorter form, not a variant."""
    position = 0
    for token in shorter:
        while position < len(longer) and longer[position] != token:
            position += 1
        if position == len(longer):
            return False
        position += 1
    return True


def _comparable(lexicon: Lexicon, a: str, b: str) -> bool:
    if is_acronym(a) != is_acronym(b):
        return False  # an acronym and its expansion are not two spellings
    shorter, longer = sorted((written_tokens(a), written_tokens(b)), key=len)
    if len(shorter) < len(longer) and _is_sub_form(shorter, longer):
        return False
    if len(shorter) == len(longer) and any(_other_word(x, y) for x, y in zip(shorter, longer, strict=True)):
        return False
    return name_match(a, b, lexicon, organisation=True) not in (
        None,
        NICKNAME,
    )  # "Bill" for "William" is no misspelling


# Endings that make another word of a name, not another spelling: a plural, a people, a region.
_WORD_ENDINGS = frozenset("s es ies n an ian ians ns ia i is".split())


def _other_word(a: str, b: str) -> bool:
    """'Bush' and 'Bushies', 'Arab' and 'Arabia', 'Tex' and 'Texas': one word built on another."""
    shorter, longer = sorted((a, b), key=len)
    if shorter == longer or not longer.startswith(shorter):
        return False
    return len(shorter) <= 3 or longer[len(shorter) :] in _WORD_ENDINGS


def _spread(forms: list[Written]) -> bool:
    """The variation is between sources, not only inside one."""
    by_source: dict[str, set[str]] = defaultdict(set)
    for written in forms:
        for source_id in written.first_in:
            by_source[source_id].add(written.form)
    return len({frozenset(v) for v in by_source.values()}) > 1


class SpellingVariant(Rule):
    """One person, place or group is spelt differently from one source to another.

    Transliterations and other changes of letters are warnings; differences of case, hyphens and
    spacing only are reported by spelling.style.

    Conflicting:
        a.md: "Mahmoud Karimi was elected mayor of Qasr."
        b.md: "Mahmud Karimi was elected mayor of Qasr."

    Consistent:
        a.md: "Mahmoud Karimi was elected mayor of Qasr."
        b.md: "Karimi was elected mayor of his home town." (a short form, not another spelling)
    """

    code = "FC201"
    name = "spelling.variant"
    kind = "spelling"
    severity = S.WARNING

    def check(self, context: RuleContext) -> Iterator[Finding]:
        graph = context.graph
        parties = graph.parties()
        for entity in graph.entities.values():
            chosen = [] if entity.id in parties else spelling_variants(graph, context.lexicon, entity)
            if chosen:
                yield self.finding(
                    entity,
                    f"{entity.name} is spelt {variant_listing(chosen)}",
                    variant_evidence(chosen),
                    attribute="spelling",
                    values=[w.form for w in chosen],
                )


class SpellingStyle(Rule):
    """One name is written with different case, hyphens or spacing across sources.

    Conflicting:
        a.md: "the four Harbour partners (HP4)" and "talks in the Narrows"
        b.md: "the partners known as HP-4" and "talks in The Narrows"

    Consistent:
        a.md: "the summit in The Narrows"
        b.md: "talks in The Narrows"
    """

    code = "FC202"
    name = "spelling.style"
    kind = "spelling"
    severity = S.INFO

    def check(self, context: RuleContext) -> Iterator[Finding]:
        graph = context.graph
        for entity in graph.entities.values():
            by_key: dict[str, list[Written]] = defaultdict(list)
            for written in written_forms(graph, entity):
                by_key[style_key(written.form)].append(written)
            for group in by_key.values():
                if len(group) < 2 or not _spread(group):
                    continue
                yield self.finding(
                    entity,
                    f"{entity.name} is written {variant_listing(group)}",
                    variant_evidence(group),
                    attribute="style",
                    values=[w.form for w in group],
                )


def _name_word_pairs(
    graph: FactGraph,
) -> tuple[dict[tuple[str, str], list[tuple[Source, Span]]], Counter[str]]:
    """Where each (capitalised word, lower-case word) pair stands, and how often each word occurs."""
    pairs: dict[tuple[str, str], list[tuple[Source, Span]]] = defaultdict(list)
    words: Counter[str] = Counter()
    for source in graph.sources.values():
        text = without_comments(source.text)
        for before, token in itertools.pairwise(tokenize(text, source.body_start)):
            words[token.text.lower()] += 1
            if before.is_capitalised and token.text.isalpha() and token.text.islower():
                span = Span(before.start, token.end, source.text[before.start : token.end])
                pairs[(before.text, token.text)].append((source, span))
    return pairs, words


def _inflection(a: str, b: str) -> bool:
    """'summit' and 'summits': one word in two grammatical forms, not a misspelling."""
    shorter, longer = sorted((a, b), key=len)
    return longer in (shorter + "s", shorter + "d") or (shorter.endswith("e") and longer == shorter + "d")


def variant_listing(forms: list[Written]) -> str:
    return "; ".join(f"'{w.form}' in {', '.join(sorted(w.first_in))}" for w in forms)


class PhraseTypo(Rule):
    """A phrase is misspelt once where the same sources spell it right several times.

    Conflicting:
        a.md: "The Harbour summet opened on Tuesday." beside three mentions of "Harbour summit"

    Consistent:
        a.md: "The Harbour summit opened on Tuesday." beside three mentions of "Harbour summits" (a plural)
    """

    code = "FC203"
    name = "spelling.typo"
    kind = "spelling"
    severity = S.INFO

    def check(self, context: RuleContext) -> Iterator[Finding]:
        pairs, words = _name_word_pairs(context.graph)
        by_head: dict[str, list[tuple[str, int]]] = defaultdict(list)
        for (head, word), places in pairs.items():
            by_head[head].append((word, len(places)))
        for (head, word), places in sorted(pairs.items()):
            if len(places) != 1 or words[word] != 1 or len(word) < 5:
                continue
            right = [
                w
                for w, count in by_head[head]
                if count >= context.settings.min_correct
                and Levenshtein.distance(w, word) == 1
                and w[0] == word[0]
                and not _inflection(w, word)
            ]
            if not right:
                continue
            source, span = places[0]
            correct = f"{head} {right[0]}"
            example_source, example_span = pairs[(head, right[0])][0]
            yield self.finding(
                correct,
                f"'{span.text}' looks like a misspelling of '{correct}', written so "
                f"{len(pairs[(head, right[0])])} times in the sources",
                [quote(source, span), quote(example_source, example_span, note="the usual spelling")],
                attribute="typo",
                values=[span.text, correct],
            )
