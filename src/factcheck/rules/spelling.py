"""Rules over spellings (2xx): one entity written differently across sources or against the
registry, and one-off misspellings of a phrase."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator

from rapidfuzz.distance import Levenshtein
from rapidfuzz.fuzz import ratio

from factcheck.graph import FactGraph
from factcheck.lexicon import Lexicon
from factcheck.model import Entity, Entry, Finding, Source, Span
from factcheck.model import Severity as S
from factcheck.resolve.keys import exact_key
from factcheck.rules.base import Rule, RuleContext, quote, registry_evidence
from factcheck.rules.fixes import spelling_fixes, word_fix
from factcheck.rules.name_cores import CoreVariant, core_variants
from factcheck.rules.written import (
    Written,
    accepted_spelling,
    source_listing,
    spelling_variants,
    split_deviant,
    spread,
    style_key,
    variant_evidence,
    variant_listing,
    word_support,
    written_forms,
    written_tokens,
)


class SpellingVariant(Rule):
    """One person, place or group is spelt differently from one source to another.

    Transliterations and other changes of letters are warnings; differences of case, hyphens and
    spacing only are reported by spelling.style. The finding names the entity by its accepted
    spelling (the registry's, else the one most sources write), quotes the deviant forms first
    and carries the accepted spelling as data. Look-alikes are two words, not one name spelt
    twice: a common word or two common names written alone ('Crest', 'Crust'; 'Clara', 'Clare'),
    plurals, inflections and demonyms, a differing capital code, and one-word names whose sources
    share no specific names (see rules/lookalikes.py).

    Fix: every mention written in a deviant form gets the accepted spelling, unless the registry
    accepts that form too; a word inside a longer name ('Tesel District Prison') is not fixed.

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
    fixable = True

    def check(self, context: RuleContext) -> Iterator[Finding]:
        graph = context.graph
        parties = graph.parties()
        support: Counter[str] | None = None
        for entity in context.entities():
            chosen = [] if entity.id in parties else spelling_variants(graph, context.lexicon, entity)
            if chosen:
                support = word_support(graph) if support is None else support
                yield self._variant(graph, context.lexicon, entity, chosen, support)
        for pair in core_variants(graph, context.lexicon):
            yield self._core_variant(pair)

    def _variant(
        self, graph: FactGraph, lexicon: Lexicon, entity: Entity, chosen: list[Written], support: Counter[str]
    ) -> Finding:
        """The deviant spellings first (the text an editor would change), then the accepted one."""
        accepted = accepted_spelling(graph, lexicon, entity, chosen, support)
        deviant, usual = split_deviant(chosen, accepted)
        written = (
            f"; '{accepted}' in {source_listing(_sources(usual))}"
            if usual
            else f"; the registry writes '{accepted}'"
        )
        return self.finding(
            accepted,
            f"{accepted} is spelt {variant_listing(deviant)}{written}",
            [*variant_evidence(deviant), *variant_evidence(usual, note="the accepted spelling")],
            attribute="spelling",
            values=[w.form for w in chosen],
            accepted=accepted,
            fixes=spelling_fixes(
                graph,
                entity,
                _certain(graph, entity, deviant, usual),
                accepted,
                safe=graph.link(entity) is not None,
            ),
        )

    def _core_variant(self, pair: CoreVariant) -> Finding:
        """'Tessel' alone against 'Tesel' inside 'Tesel District Prison': the word most sources
        write is the accepted one."""
        word = pair.alone[0].form
        core = _core_as_written(pair.within[0].form, word)
        alone_sources, within_sources = _sources(pair.alone), _sources(pair.within)
        if len(alone_sources) >= len(within_sources):
            accepted, deviant, usual = word, pair.within, pair.alone
            message = (
                f"{word} is spelt '{core}' ({variant_listing(deviant)}); "
                f"'{word}' in {source_listing(alone_sources)}"
            )
        else:
            accepted, deviant, usual = core, pair.alone, pair.within
            message = f"{core} is spelt {variant_listing(deviant)}; '{core}' in {variant_listing(usual)}"
        return self.finding(
            accepted,
            message,
            [*variant_evidence(deviant), *variant_evidence(usual, note="the accepted spelling")],
            attribute="spelling",
            values=[word, core],
            accepted=accepted,
        )


def _certain(graph: FactGraph, entity: Entity, deviant: list[Written], usual: list[Written]) -> list[str]:
    """The deviant forms a fix may replace: where the registry names the entity, those it does not
    accept as well; else only when more sources write the accepted form than any deviant one (a
    tie broken by the word lists is a good guess for a report, not a certain edit)."""
    link = graph.link(entity)
    if link is not None:
        registered = {_normalised(n) for n in link.entry.accepted}
        return [w.form for w in deviant if _normalised(w.form) not in registered]
    backing = len({s for w in usual for s in w.first_in})
    if any(len(w.first_in) >= backing for w in deviant):
        return []
    return [w.form for w in deviant]


def _core_as_written(longer: str, word: str) -> str:
    """The word of the longer name that stands for the one-word name, as the source writes it."""
    return max(longer.split(), key=lambda part: ratio(part.casefold(), word.casefold()))


def _sources(forms: list[Written]) -> set[str]:
    return {s for w in forms for s in w.first_in}


class SpellingStyle(Rule):
    """One name is written with different case, hyphens or spacing across sources.

    Conflicting:
        a.md: "The four Harbour partners (HP4) met in the Narrows."
        b.md: "The partners known as HP-4 met in The Narrows."

    Consistent:
        a.md: "The four Harbour partners met in The Narrows."
        b.md: "The partners met again in The Narrows."
    """

    code = "FC202"
    name = "spelling.style"
    kind = "spelling"
    severity = S.INFO

    def check(self, context: RuleContext) -> Iterator[Finding]:
        graph = context.graph
        for entity in context.entities():
            by_key: dict[str, list[Written]] = defaultdict(list)
            for written in written_forms(graph, entity):
                by_key[style_key(written.form)].append(written)
            for group in by_key.values():
                if len(group) < 2 or not spread(group):
                    continue
                yield self.finding(
                    entity,
                    f"{entity.name} is written {variant_listing(group)}",
                    variant_evidence(group),
                    attribute="style",
                    values=[w.form for w in group],
                )


def _name_word_pairs(
    graph: FactGraph, heads: frozenset[str] | None
) -> dict[tuple[str, str], list[tuple[Source, Span]]]:
    """Where each (capitalised word, lower-case word) pair stands; only pairs of these `heads`
    when given."""
    pairs: dict[tuple[str, str], list[tuple[Source, Span]]] = defaultdict(list)
    for source in graph.sources.values():
        for phrase in graph.extractions[source.id].vocabulary.phrases:
            if heads is None or phrase.head in heads:
                pairs[(phrase.head, phrase.word)].append((source, phrase.span))
    return pairs


def _heads_in(graph: FactGraph, focus: frozenset[str] | None) -> frozenset[str] | None:
    """The capitalised words that begin a phrase in a focus source: a typo finding quotes two
    phrases of one such word, so no other word can give a finding that quotes a focus source."""
    if focus is None:
        return None
    return frozenset(p.head for s in focus for p in graph.extractions[s].vocabulary.phrases)


def _word_counts(graph: FactGraph, words: set[str]) -> Counter[str]:
    """How often each of these words occurs in the corpus: only the words asked about are counted,
    since a corpus's vocabulary runs to millions of entries."""
    counts: Counter[str] = Counter()
    for extraction in graph.extractions.values():
        vocabulary = extraction.vocabulary.counts
        for word in words.intersection(vocabulary):
            counts[word] += vocabulary[word]
    return counts


def _inflection(a: str, b: str) -> bool:
    """'summit' and 'summits': one word in two grammatical forms, not a misspelling."""
    shorter, longer = sorted((a, b), key=len)
    return longer in (shorter + "s", shorter + "d") or (shorter.endswith("e") and longer == shorter + "d")


class PhraseTypo(Rule):
    """A phrase is misspelt once where the same sources spell it right several times.

    Fix: the misspelt word gets the usual spelling.

    Conflicting:
        a.md: "The Harbour summit opened. The Harbour summit went on. The Harbour summit closed. The Harbour summet ended."

    Consistent:
        a.md: "The Harbour summit opened. The Harbour summits went on. The Harbour summits closed. The Harbour summits ended."
    """

    code = "FC203"
    name = "spelling.typo"
    kind = "spelling"
    severity = S.INFO
    fixable = True

    def check(self, context: RuleContext) -> Iterator[Finding]:
        pairs = _name_word_pairs(context.graph, _heads_in(context.graph, context.focus))
        by_head: dict[str, list[tuple[str, int]]] = defaultdict(list)
        for (head, word), places in pairs.items():
            by_head[head].append((word, len(places)))
        once = sorted(
            (pair, places) for pair, places in pairs.items() if len(places) == 1 and len(pair[1]) >= 5
        )
        words = _word_counts(context.graph, {word for (_, word), _ in once})
        for (head, word), places in once:
            if words[word] != 1:
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
                f"{len(pairs[(head, right[0])])} times in the articles",
                [quote(source, span), quote(example_source, example_span, note="the usual spelling")],
                attribute="typo",
                values=[span.text, correct],
                accepted=correct,
                fixes=[f for f in [word_fix(source.path, span, word, right[0])] if f],
            )


class RegistrySpelling(Rule):
    """A name is written in a way the registry does not accept for that entity.

    The entity is found by the same transliteration-aware matching as between sources; a
    spelling listed under `avoid` is always flagged. Differences of letters are warnings,
    differences of case, hyphens or spacing alone are info. The finding proposes the
    canonical spelling.

    Fix: every mention written in the flagged form gets the proposed spelling.

    Conflicting:
        a.md (2025-05-01): "The court removed former president Seo Min-joon from office."
        registry: {name: Seo Min-jun, type: person}

    Consistent:
        a.md (2025-05-01): "The court removed former president Seo Min-jun from office."
        registry: {name: Seo Min-jun, type: person}
    """

    code = "FC211"
    name = "registry.spelling"
    kind = "spelling"
    severity = S.WARNING
    fixable = True

    def check(self, context: RuleContext) -> Iterator[Finding]:
        graph = context.graph
        for entity in context.entities():
            link = graph.link(entity)
            if link is None:
                continue
            entry = link.entry
            accepted = {_normalised(n) for n in entry.accepted}
            avoided = {_normalised(n) for n in entry.avoid}
            letters = {exact_key(n) for n in entry.accepted}
            for written in written_forms(graph, entity):
                key = _normalised(written.form)
                if key in accepted or (key not in avoided and _short_form(written.form, entry)):
                    continue
                only_style = exact_key(written.form) in letters and key not in avoided
                listed = " (a spelling the registry lists to avoid)" if key in avoided else ""
                proposed = _closest_accepted(written.form, entry)
                evidence = [quote(r.source, r.mention.span) for r in written.first_in.values()]
                evidence.append(registry_evidence(context.registry, f"{entry.name} (canonical)", entry.line))
                yield self.finding(
                    entry.name,
                    f"'{written.form}' should be written '{proposed}'{listed}",
                    evidence,
                    attribute="registry-spelling",
                    values=[written.form, entry.name],
                    severity=S.INFO if only_style else None,
                    accepted=proposed,
                    fixes=spelling_fixes(graph, entity, [written.form], proposed, safe=True),
                )


def _closest_accepted(form: str, entry: Entry) -> str:
    """The accepted spelling a form is closest to: 'IP4' for 'IP-4', else the canonical name."""
    return next((n for n in entry.accepted if exact_key(n) == exact_key(form)), entry.name)


def _normalised(name: str) -> str:
    """A name with its apostrophes and spaces normalised, its letters and case kept."""
    return " ".join(name.replace("’", "'").split())


def _short_form(form: str, entry: Entry) -> bool:
    """'Yoon' or 'Trump' alone: the parts of an accepted name, spelt as it spells them."""
    tokens = written_tokens(form)
    return any(
        len(tokens) < len(written_tokens(name)) and set(tokens) <= set(written_tokens(name))
        for name in entry.accepted
    )
