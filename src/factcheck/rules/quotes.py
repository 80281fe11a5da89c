"""Rules over quotations (7xx): one speaker's one statement quoted in two sources with words that change it."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import timedelta
from itertools import combinations, permutations, product

from rapidfuzz.distance import Levenshtein

from factcheck.graph import ClaimRecord
from factcheck.lexicon.quotes import QuoteWords
from factcheck.model import DateRange, Entity, Evidence, Finding, Quoted, Span
from factcheck.model import Severity as S
from factcheck.rules.base import Rule, RuleContext, quote, same_story
from factcheck.rules.quote_described import description_keys
from factcheck.rules.quote_meaning import QuoteDifference
from factcheck.rules.quote_units import units
from factcheck.rules.quote_wordings import Wordings

# A speaker quoted a week apart may have said it twice, differently: a new statement, not a misquote.
SAME_OCCASION = timedelta(days=7)
CONTEXT_WORDS = 3  # words of the quotation shown around the words that differ
WORD = re.compile(r"\S+")
MAX_FRAGMENTS = 3  # a quotation in more fragments is not tried in every order


def _quoted(record: ClaimRecord) -> Quoted:
    value = record.claim.value
    assert isinstance(value, Quoted)  # only such records are compared (see QuoteConflict.check)
    return value


class QuoteConflict(Rule):
    """Two sources quote one speaker's same statement with words that change its meaning.

    A different number, a negation added or dropped, another named party, a different verb of
    substance ("raise" for "cut") or a condition left out are flagged. Punctuation, an article,
    British or American spelling, a contraction, a number in words or digits, an ellipsis or a
    synonym the lexicon knows are not; the same words in another order are a note. The speaker must
    be the same entity in both sources, or descriptions that share a word saying who ("the
    dockers", "the dockers' union"; "officials" and "a spokesman" say no one in particular; a
    quotation given to no one is never compared), the sources must report the
    same story and be at most a week apart, and two quotations are one statement only when most of
    their words stand in the same order: a speaker's other statements are never compared with it.
    A quotation that another quotation of the other source gives word for word is no finding.

    Conflicting:
        a.md: "Mayor Sten Ruud spoke in Velmora. "We will build 300 new homes this year," Ruud said."
        b.md: "Mayor Sten Ruud spoke in Velmora. "We will build 30 new homes this year," Ruud said."

    Consistent:
        a.md: "Mayor Sten Ruud spoke in Velmora. "We will build 300 new homes this year," Ruud said."
        b.md: "Mayor Sten Ruud spoke in Velmora. "We will build 300 new homes this year", said Ruud."
    """

    code = "FC701"
    name = "quote.changed"
    kind = "other"
    severity = S.WARNING

    def check(self, context: RuleContext) -> Iterator[Finding]:
        graph, words = context.graph, context.lexicon.quotes
        self._wordings = Wordings(words)
        self._orders: dict[int, list[ClaimRecord]] = {}  # a record's reordered copies, by its id
        for entity in context.entities():
            by_source: dict[str, list[ClaimRecord]] = {}
            for record in graph.claims_about(entity, "quote"):
                if isinstance(record.claim.value, Quoted):
                    by_source.setdefault(record.source.id, []).append(record)
            for a, b in combinations(sorted(by_source), 2):
                if context.in_focus(a, b) and same_story(graph, a, b):
                    yield from self._compared(entity, by_source[a], by_source[b], words)
        yield from self._described(context)

    def _described(self, context: RuleContext) -> Iterator[Finding]:
        """Quotations of a speaker described, not named ("the dockers", "the dockers' union"), compared across
        sources of one story when the descriptions share a word that says who."""
        graph, words = context.graph, context.lexicon.quotes
        by_key: dict[str, list[ClaimRecord]] = {}
        named: dict[str, list[ClaimRecord]] = {}
        for record in graph.claims("quote"):
            target = by_key if record.claim.subject is None else named
            for key in description_keys(_description(record), words):
                target.setdefault(key, []).append(record)
        if context.focus is not None:
            by_key, named = _linked_to(context.focus, by_key, named)
        # Pairs found through a shared word: most described quotations share none with another source's.
        # Two named speakers are compared by entity (above), never by the words that describe them.
        pairs = {
            (id(x), id(y)): (x, y)
            for key, records in by_key.items()
            for first, second in [*combinations(records, 2), *product(records, named.get(key, ()))]
            if first.source.id != second.source.id
            for x, y in [(first, second) if first.source.id <= second.source.id else (second, first)]
        }
        stories: dict[tuple[str, str], bool] = {}
        flagged: set[int] = set()
        for x, y in pairs.values():
            sources = (x.source.id, y.source.id)
            if sources not in stories:
                stories[sources] = same_story(graph, *sources)
            if stories[sources] and not {id(x), id(y)} & flagged:
                name = f"{_speaker_as_written(x)} / {_speaker_as_written(y)}"
                for found in self._compared(name, [x], [y], words):
                    flagged |= {id(x), id(y)}
                    yield found

    def _compared(
        self, entity: Entity | str, first: list[ClaimRecord], second: list[ClaimRecord], words: QuoteWords
    ) -> Iterator[Finding]:
        occasions = [(x, y) for x in first for y in second if _same_occasion(x, y)]
        wordings = self._wordings
        pairs = [(x, y) for x, y in occasions if wordings.one_statement(_quoted(x).words, _quoted(y).words)]
        kept = {(id(x), id(y)) for x, y in pairs}  # by identity: comparing records field by field is slow
        pairs += _reordered(
            [
                (x, y)
                for x, y in occasions
                if (id(x), id(y)) not in kept
                and _fragments(x, y)
                and wordings.share_enough(_quoted(x).words, _quoted(y).words)
            ],
            self._orders,
            wordings,
        )
        differences = {
            (id(x), id(y)): wordings.difference(_quoted(x).words, _quoted(y).words) for x, y in pairs
        }
        # A quotation given word for word by some quotation of the other source is quoted right there.
        agreed = {
            id(r) for (x, y), d in zip(pairs, differences.values(), strict=True) if d is None for r in (x, y)
        }
        for x, y in pairs:
            found = differences[(id(x), id(y))]
            if found is None or id(x) in agreed or id(y) in agreed:
                continue
            agreed |= {id(x), id(y)}  # one finding per quotation
            yield self._finding(entity, x, y, found, words)

    def _finding(
        self, entity: Entity | str, x: ClaimRecord, y: ClaimRecord, found: QuoteDifference, words: QuoteWords
    ) -> Finding:
        ex = _evidence(x, found.a_span_in_a, found.a_part)
        ey = _evidence(y, found.b_span_in_b, found.b_part)
        name = entity if isinstance(entity, str) else entity.name
        return self.finding(
            entity,
            f"{x.source.id} and {y.source.id} quote {name} differently ({found.explanation}): "
            f'{x.source.id} has "{ex.text}", {y.source.id} has "{ey.text}"',
            [ex, ey],
            attribute=f"quote:{found.kind}",
            values=[found.a_part or "(nothing)", found.b_part or "(nothing)"],
            severity=None if _substantial(found, _quoted(x).words, _quoted(y).words, words) else S.INFO,
        )


def _linked_to(
    focus: frozenset[str], by_key: dict[str, list[ClaimRecord]], named: dict[str, list[ClaimRecord]]
) -> tuple[dict[str, list[ClaimRecord]], dict[str, list[ClaimRecord]]]:
    """The quotations, by key and in order, linked through shared words to a quotation of a focus
    source. A pair's finding marks both its quotations, which skips the later pairs that hold
    either: a pair elsewhere in the chain decides what a focus pair gives, so the whole chain is
    kept (and any chain a shared word touches, a few more than needed)."""
    keys_of: dict[int, list[str]] = {}
    for key, records in (*by_key.items(), *named.items()):
        for record in records:
            keys_of.setdefault(id(record), []).append(key)
    reached = {
        id(r) for records in (*by_key.values(), *named.values()) for r in records if r.source.id in focus
    }
    waiting, seen_keys = list(reached), set()
    while waiting:
        for key in keys_of[waiting.pop()]:
            if key in seen_keys:
                continue
            seen_keys.add(key)
            for record in (*by_key.get(key, ()), *named.get(key, ())):
                if id(record) not in reached:
                    reached.add(id(record))
                    waiting.append(id(record))
    return (
        {k: kept for k, rs in by_key.items() if (kept := [r for r in rs if id(r) in reached])},
        {k: kept for k, rs in named.items() if (kept := [r for r in rs if id(r) in reached])},
    )


def _description(record: ClaimRecord) -> str:
    """Who said it, in the words of a source that describes the speaker ("the rebels"), or that names
    the speaker after describing them ("the rebel commander" of "the rebel commander X"); "" else."""
    value = record.claim.value
    if not isinstance(value, Quoted):
        return ""
    if record.claim.subject is None:
        return record.claim.stance.speaker or ""
    return value.described


def _speaker_as_written(record: ClaimRecord) -> str:
    described, name = _description(record), record.claim.stance.speaker or ""
    return f"{described} {name}".strip() if record.claim.subject is not None else described


def _fragments(x: ClaimRecord, y: ClaimRecord) -> bool:
    return 1 < len(_quoted(x).parts) <= MAX_FRAGMENTS or 1 < len(_quoted(y).parts) <= MAX_FRAGMENTS


def _reordered(
    occasions: list[tuple[ClaimRecord, ClaimRecord]],
    orders: dict[int, list[ClaimRecord]],
    wordings: Wordings,
) -> list[tuple[ClaimRecord, ClaimRecord]]:
    """A statement quoted in two fragments in one source ("'The mill has closed' and 'we are leaving'")
    and in one sentence in the other, the fragments in another order ("We are leaving: the mill has
    closed"): the fragments put in the other's order make one statement of the two. The pairs given
    share enough words in any order (`Wordings.share_enough`); most pairs stop before that.

    `orders` keeps each record's reordered copies for the whole check, by the record's id."""
    found: list[tuple[ClaimRecord, ClaimRecord]] = []
    for x, y in occasions:
        for record in (x, y):
            if id(record) not in orders:
                orders[id(record)] = _orders(record)
        for a, b in [*((v, y) for v in orders[id(x)]), *((x, v) for v in orders[id(y)])]:
            if wordings.one_statement(_quoted(a).words, _quoted(b).words):
                found.append((a, b))
                break
    return found


def _orders(record: ClaimRecord) -> list[ClaimRecord]:
    """The record with the fragments of its quotation in every other order (the parts are few)."""
    value = _quoted(record)
    if not 1 < len(value.parts) <= MAX_FRAGMENTS:
        return []
    text = record.source.text
    orders = [order for order in permutations(value.parts) if order != value.parts]
    return [
        replace(
            record,
            claim=replace(
                record.claim,
                value=replace(value, words=" ".join(text[s:e] for s, e in order), parts=order),
            ),
        )
        for order in orders
    ]


def _substantial(found: QuoteDifference, a: str, b: str, words: QuoteWords) -> bool:
    """Whether a difference changes what was said (a warning) or is likely a translation, a slip or a
    writer's insertion (a note). Read on real reports of one event: one content word for another
    ("raise"/"cut") changes it; "in"/"within", "are with"/"go out to", a name or an "all" put in, a
    negation moved to another verb ("I didn't feel we were" / "I feel we weren't") do not."""
    pa, pb = found.a_part.lower().split(), found.b_part.lower().split()
    if found.kind == "wording":
        ca = [w for w in pa if w not in words.function_words]
        cb = [w for w in pb if w not in words.function_words]
        return len(ca) == len(cb) == 1 and Levenshtein.distance(ca[0], cb[0]) > 1
    if found.kind == "number" and ("one" in pa or "one" in pb) and not (_numeric(pa) and _numeric(pb)):
        return False  # "within one minute" / "within a moment": "one" is often only "a"
    if found.kind in ("quantifier", "name") and (not pa or not pb):
        return False
    if found.kind == "name" and not (found.a_part[:1].isupper() and found.b_part[:1].isupper()):
        return False
    if found.kind == "negation":
        return _negations(a, words) != _negations(b, words)
    return True


def _numeric(words: list[str]) -> bool:
    return any(w[:1].isdigit() or w == "one" for w in words) and len(words) == 1


def _negations(text: str, words: QuoteWords) -> int:
    return sum(1 for u in units(text, words) if u.role == "negation")


def _same_occasion(x: ClaimRecord, y: ClaimRecord) -> bool:
    a, b = x.claim.as_of, y.claim.as_of
    return a is None or b is None or _gap(a, b) <= SAME_OCCASION


def _gap(a: DateRange, b: DateRange) -> timedelta:
    return max(a.start - b.end, b.start - a.end, timedelta(0))


def _evidence(record: ClaimRecord, span: tuple[int, int], part: str) -> Evidence:
    """The words that differ with a few words of the quotation around them, or the whole quotation
    when the words stand in the other quotation only."""
    value = _quoted(record)
    if not part:
        return quote(record.source, record.claim.span, "quoted without the words")
    start, end = _widened(value.words, span)
    lo, hi = _in_source(value.parts, start), _in_source(value.parts, end, closing=True)
    if lo >= hi:  # the context runs across fragments put in another order: the words alone
        lo, hi = _in_source(value.parts, span[0]), _in_source(value.parts, span[1], closing=True)
    text = record.source.text
    return quote(record.source, Span(lo, hi, text[lo:hi]), f'quoted as "{part}"')


def _widened(words: str, span: tuple[int, int]) -> tuple[int, int]:
    bounds = [(m.start(), m.end()) for m in WORD.finditer(words)]
    inside = [k for k, (s, e) in enumerate(bounds) if s < span[1] and e > span[0]] or [0]
    first = max(0, inside[0] - CONTEXT_WORDS)
    last = min(len(bounds) - 1, inside[-1] + CONTEXT_WORDS)
    return bounds[first][0], bounds[last][1]


def _in_source(parts: Sequence[tuple[int, int]], offset: int, closing: bool = False) -> int:
    """An offset in the joined words of a quotation (parts joined by one space) as a source offset."""
    at = 0
    for k, (start, end) in enumerate(parts):
        size = end - start
        if offset < at + size or (closing and offset == at + size) or k == len(parts) - 1:
            return start + min(offset - at, size)
        at += size + 1
    return parts[-1][1]
