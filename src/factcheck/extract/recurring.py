"""Counts of a recurring deed: how many years, or times, someone did something, where news tells it
without a number before "years" (the phrases: `run_phrases`; tested in tests/test_recurring.py and
tests/shapes/numbers_recurring.yaml with sentences of our own).

Each phrase counts the verb it follows ("X attended the forum in 2029 and 2030", "X attended for the
third year running"), opens ("In 2029 and 2030, X attended", "Every year since 2029, X has
attended") or stands before ("X has twice attended"); a list opening its clause also counts the
places listed after it ("summits in Saltmere and Port Alder": two places). The count is the verb's
subject's (`doers.doer`: "X herself attended", "Her predecessor, X, attended", "X, who succeeded Y,
attended", "she attended"), or no one's.

A phrase counts no verb it does not reach: in "X, who was elected in 2029 and 2031, attended" the
years are of the election (no one's, as "who" names no one); in "the summit, held in 2029 and 2030"
and "after floods hit the coast in 2029 and 2030" of another verb (a comma, a relative or a
subordinating word, an irregular verb or a participle with its object stand between); in "In 2029
and 2030, floods hit X and Y attended" of the floods. A run of the last years, "for the past three
years", "(in) each of the last three years", is read by the number reader; `run_of_years` keeps it
the main count, not an earlier figure or a part.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from factcheck.extract.document import Document, Placed, SentenceView
from factcheck.extract.doers import RELATIVES, doer
from factcheck.extract.figures import Figure, Stretch
from factcheck.extract.measures import PLACES, Measure, holders, scope_of, verb_stem
from factcheck.extract.run_phrases import Run, run_phrases
from factcheck.extract.stance import StanceReader
from factcheck.extract.text import Token
from factcheck.lexicon import Lexicon
from factcheck.model import Claim, DateRange, Precision, Predicate, Quantity, Span

# words that open a clause of their own between a verb and a phrase of years: "attended the summit
# after floods hit the coast in 2029 and 2030" dates the floods
SUBORDINATES = frozenset(["after", "before", "while", "since", "until", "because", "if", "once", "though"])
STOPS = RELATIVES | SUBORDINATES
# words that may come before a list opening a clause ("Back in 2029 and 2030, X attended")
OPENERS = frozenset(["and", "but", "so", "both", "back", "also", "then", "previously"])
OBJECTS = frozenset(["the", "a", "an", "his", "her", "their", "its"])  # after a participle: its object
GAP_REACH = 10  # tokens between a verb and the phrase that counts it ("attended the Saltmere forum in")


def recurring_claims(stance: StanceReader) -> list[Claim]:
    """The counts of recurring deeds a sentence gives in lists and phrases, each held by its doer."""
    document, view = stance.document, stance.view
    claims = []
    for run in run_phrases(document, view.tokens):
        verb = _verb_for(document, view, run)
        if verb is None:
            continue
        who, _ = doer(document, view, verb)
        if who is not None:
            claims.extend(_claims(stance, run, verb, who))
    return claims


def run_of_years(tokens: Sequence[Token], figure: Figure, measure: Measure) -> bool:
    """ "for the past three years", "(in) each of the last three years": a count of doing something
    up to now, neither an earlier figure nor a part."""
    if measure.name != "years" or not measure.detail:
        return False
    before = [t.lower for t in tokens[max(0, figure.start - 4) : figure.start]]
    recent = before[-2:] in (["the", "past"], ["the", "last"])
    return recent and (before[-3:-2] == ["for"] or before[-4:-2] == ["each", "of"])


def _verb_for(document: Document, view: SentenceView, run: Run) -> int | None:
    """The verb a phrase counts: the first after it when it opens its clause ("In 2029 and 2030, X
    attended") or stands before the verb ("X has twice attended"), else the nearest before it with nothing between that ends its reach (a comma, a
    relative word: "the summit, held in 2029 and 2030" is the holding's)."""
    tokens, words, lexicon = view.tokens, view.words(), document.lexicon
    first, last = view.clause_of(run.start)
    before = words[run.start - 1] if run.start > first else ""
    inner = before in lexicon.measures["between"] or any(p.end == run.start for p in holders(document, view))
    if inner or all(w in OPENERS for w in words[first : run.start]):
        for j in range(run.end, min(last, run.end + GAP_REACH)):
            if verb_stem(lexicon, tokens[j]):
                return j
            if words[j] in lexicon.measures["between"]:
                continue  # "has", "herself"
            if words[j] in STOPS or words[j] in lexicon.quotes.inflections or words[j] in ("and", "but"):
                return None  # "In 2029 and 2030, floods hit X and Y attended": the years are the floods'
        return None
    for j in range(run.start - 1, max(first, run.start - GAP_REACH) - 1, -1):
        if verb_stem(lexicon, tokens[j]):
            return j
        if not tokens[j].text[:1].isalnum() or words[j] in STOPS or _other_verb(lexicon, tokens, j, run):
            return None  # a comma, "which", "after", "met", "scoring": the phrase is another verb's
    return None


def _other_verb(lexicon: Lexicon, tokens: Sequence[Token], j: int, run: Run) -> bool:
    """An irregular verb ("met") or a participle with its object between a verb and what counts it
    ("scoring twice", "beating the hosts"; not the noun of "the meeting in 2029 and 2030")."""
    word = tokens[j].lower
    if word in lexicon.quotes.inflections:
        return True
    following = tokens[j + 1] if j + 1 < len(tokens) else None
    takes = following is not None and (following.lower in OBJECTS or following.text[:1].isupper())
    right_before = j + 1 == run.start and run.rule == "quantity.times"  # "scoring twice"
    return word.endswith("ing") and len(word) > 5 and (right_before or takes)


def _claims(stance: StanceReader, run: Run, verb: int, who: Placed | int) -> list[Claim]:
    """The count of years (or times) of a run, and of the places a list names beside it."""
    document, view = stance.document, stance.view
    tokens, lexicon = view.tokens, document.lexicon
    stem = verb_stem(lexicon, tokens[verb]) or ""
    first, last = view.clause_of(run.start)
    fronted = verb > run.start
    start, stop, places = _quoted(document, view, run, verb)
    when = f" ({run.period[0]}..{run.period[1]})" if run.period else ""
    bound = "exact" if run.low == run.high else "range"
    counted = f"{run.measure} {stem}{when}"
    counts = [
        Quantity(run.low, run.high, run.measure, counted, stem, bound, listed=run.listed, period=run.period)
    ]
    if places and run.listed:
        counts.append(Quantity(len(places), len(places), "places", f"places {stem}", stem, listed=True))
    as_of = _years(run.period) if run.period else stance.clause_years(verb)
    said = stance.of_figure(verb, verb + 1 if fronted else run.end, first)
    around = scope_of(document, view, stop if fronted else run.end, Stretch(first, first, last, last))
    anchors = tuple(p.index for p in around if p not in places)
    begin, end = tokens[start].start, tokens[stop - 1].end
    span = Span(begin, end, document.source.text[begin:end])
    subject = who.index if isinstance(who, Placed) else who
    return [Claim(subject, Predicate.QUANTITY, c, span, run.rule, as_of, said, anchors) for c in counts]


def _quoted(document: Document, view: SentenceView, run: Run, verb: int) -> tuple[int, int, list[Placed]]:
    """The tokens a count is quoted with and the places listed beside it: from a list opening its
    clause to the places after it or the comma ("In 2029 and 2030, ..."), from a count before the
    verb to the verb ("twice attended"); else from the verb on."""
    tokens, last = view.tokens, view.clause_of(run.start)[1]
    if verb < run.start:
        return verb, run.end, _place_list(document, view, verb, run.start)
    places = _place_list(document, view, run.end, last)
    comma = next((j for j in range(run.end, verb) if tokens[j].text == ","), verb + 1)
    return run.start, places[-1].end if places else comma, places


def _years(period: tuple[int, int]) -> DateRange:
    return DateRange(date(period[0], 1, 1), date(period[1], 12, 31), Precision.YEAR)


def _place_list(document: Document, view: SentenceView, start: int, stop: int) -> list[Placed]:
    """The places listed after 'in' ('in Madrid and Vilnius') between two tokens of a sentence."""
    tokens = view.tokens
    for i in range(start, stop):
        if tokens[i].lower != "in":
            continue
        listed, j = [], i + 1
        for placed in sorted(view.mentions_between(i + 1, stop), key=lambda p: p.first):
            if placed.first != j or document.mentions[placed.index].type not in PLACES:
                break
            listed.append(placed)
            j = placed.end + 1 if placed.end < stop and tokens[placed.end].lower in (",", "and") else -1
        if len(listed) > 1 and tokens[listed[-1].first - 1].lower == "and":
            return listed
    return []
