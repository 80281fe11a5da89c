"""Quantity claims: the numbers an article gives, what each counts, whose it is and how firmly said.

Each figure (`figures`) with a measure (`measures`) becomes a claim whose stance says when it is
hedged ("could reach"), negated or someone else's ("said"). A figure of another scope or time says
so ("elsewhere", "earlier": its `Scope`), so that it is never compared with the main figure. Lists
count too: "In 2022 and 2023, X attended ..." is two years of attending (`recurring`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from itertools import pairwise

from factcheck.extract.divisions import voted_on
from factcheck.extract.document import Document, Placed, SentenceView
from factcheck.extract.doers import deed_holder
from factcheck.extract.figures import Figure, Stretch, figures, is_year, phrase_at, text
from factcheck.extract.margins import MARGIN, margin_measure, seat_change, subject_of, winner_of
from factcheck.extract.measures import (
    INDICATOR_REACH,
    Measure,
    anchors_of,
    holder_of,
    measure_of,
    of_relative,
    scope_of,
)
from factcheck.extract.ordinals import PERSON, ordinal_measure
from factcheck.extract.partial_counts import stage_of
from factcheck.extract.personal import age_holder, converted, money_holder
from factcheck.extract.recalled import recalled_sentences
from factcheck.extract.recurring import recurring_claims, run_of_years
from factcheck.extract.results import verdict, whole_of
from factcheck.extract.stance import StanceReader
from factcheck.extract.sums import added, differences, part_sums
from factcheck.extract.tallies import Found, tallied, tally_measure
from factcheck.extract.text import Token
from factcheck.lexicon import Lexicon
from factcheck.model import Claim, DateRange, Precision, Predicate, Quantity, Scope, Span

PERIOD_WORDS = {"until": -1, "through": -1, "till": -1, "to": -1, "since": 1}
# the measures whose holder is read by their own grammar: an age's person, a sum's payer
PERSONAL = {"age": age_holder, "money": money_holder}
SET_OFF = frozenset([",", "(", "—", "–", ";"])  # marks that open an apposition or a comparison
SCOPE_REACH = 6  # tokens on either side of a figure searched for a scope word ("elsewhere")


def _scope(
    lexicon: Lexicon,
    tokens: Sequence[Token],
    figure: Figure,
    measure: Measure,
    at: Stretch,
    seen: set[str],
) -> tuple[Scope, str]:
    """Why a figure is not the main figure of its measure: earlier, a part, or another scope
    named by a word ("elsewhere"), with that word. "Another 40 were hurt" adds to a count only
    when the article counted that measure before (`seen`); else it is the whole count."""
    words = lexicon.measures
    reach = 2 if figure.dimension else 3  # a figure with its unit ("61 percent") ends a word later
    near = [*tokens[at.lo : figure.start], *tokens[figure.end : figure.end + reach]]
    if run_of_years(tokens, figure, measure):
        return Scope.MAIN, ""  # "for the past three years": the count up to now
    if figure.earlier or any(t.lower in words["past"] for t in near):
        return Scope.EARLIER, ""
    if measure.name in words["unheld"] and _own_patients(lexicon, tokens, figure, at):
        return Scope.PART, "we"  # "we have treated 50 people": one hospital's share of the toll
    of = figure.end < at.hi and tokens[figure.end].lower == "of" and not of_relative(tokens, figure)
    if of and measure.name not in ("percent", "verdict", "duration"):  # "nine hours of talks": all of them
        return Scope.PART, ""  # "one of the fatalities"
    inside = [t.lower for t in tokens[figure.start : figure.end]]
    whole = any(w == "of" and nxt in ("the", "those", "these") for w, nxt in pairwise(inside))
    if figure.kind == "count" and measure.name in words["unheld"] and whole:
        return Scope.PART, ""  # "12 of the 45 wounded": some of a toll, unlike "88 of the 150 seats"
    around = [
        *tokens[max(at.lo, figure.start - SCOPE_REACH) : figure.start],
        *tokens[figure.end : min(at.hi, max(figure.end, measure.end) + SCOPE_REACH)],
    ]
    own = set(words["money"]) if measure.name == "money" else set()  # "losses of $2m" are the sum itself
    own |= set(words["scoped"].get(measure.name, "").split())  # "critically ill" is a count of its own
    word = next((t.lower for t in around if t.lower in words["scope"].keys() - own), None)
    if word in words["additive"] and measure.name not in seen:
        return Scope.MAIN, ""
    return (Scope.OTHER, word) if word else (Scope.MAIN, "")


def _historical(document: Document, as_of: DateRange | None, period: tuple[int, int] | None) -> bool:
    """A figure the text gives for a year before the article's ("the 2004 tsunami that killed
    230,000" in a 2013 article): background, not the story's count. A count over a period ("three
    years until 2024") is compared by its period instead."""
    published = document.published
    stated = as_of is not None and as_of.precision == Precision.YEAR and period is None
    return bool(stated and published and as_of and as_of.end.year < published.year)


def _period(
    lexicon: Lexicon, tokens: Sequence[Token], figure: Figure, measure: Measure
) -> tuple[int, int] | None:
    """The years a count of years covers: 'three consecutive years until 2024' is 2022..2024."""
    count = figure.low
    if (
        measure.name != "years"
        or figure.form != "exact"
        or count != int(count)
        or measure.end + 1 >= len(tokens)
    ):
        return None
    word, year = tokens[measure.end].lower, tokens[measure.end + 1]
    if word not in PERIOD_WORDS or not is_year(lexicon, year, None):
        return None
    edge, reach = int(year.text), int(count) - 1
    return (edge - reach, edge) if PERIOD_WORDS[word] < 0 else (edge, edge + reach)


def _thing_measured(
    lexicon: Lexicon, tokens: Sequence[Token], figure: Figure, measure: str, at: Stretch
) -> tuple[str, int]:
    """What a height or a speed is of: the word of a measured thing nearest the figure in its clause
    ("a 30-metre wave", "winds of 180 km/h", "the train was travelling at 140 km/h"), after it on a
    tie, and its token; "" when none is named (then it is compared with nothing)."""
    things = lexicon.measures["thing"]
    best: tuple[int, int, str, int] | None = None
    for k in range(at.first, at.last):
        of, _, thing = things.get(tokens[k].lower, "").partition(" ")
        if measure not in of.split(",") or figure.start <= k < figure.end:
            continue
        distance = figure.start - k if k < figure.start else k - figure.end + 1
        candidate = (distance, 0 if k > figure.start else 1, thing, k)
        best = candidate if best is None or candidate < best else best
    return (best[2], best[3]) if best else ("", -1)


JOINERS = frozenset(["and", "or", "while", "but"])
SHAPED = frozenset(["ordinal", "division", "score"])  # figures that lend no measure to a bare one after
VOTED = frozenset(["division", "abstentions"])  # figures of a vote, keyed by what was voted on
OWN_REACH = 5  # tokens before a figure searched for "we" and a verb of taking in patients


def _own_patients(lexicon: Lexicon, tokens: Sequence[Token], figure: Figure, at: Stretch) -> bool:
    """A first-person count of people taken in ("we have received 50", "our ward admitted 12"):
    a hospital's or a shelter's own, a part of the story's toll."""
    before = [t.lower for t in tokens[max(at.lo, figure.start - OWN_REACH) : figure.start]]
    return bool({"we", "our"} & set(before)) and any(w in lexicon.measures["taken-in"] for w in before)


def _as_of(
    document: Document,
    view: SentenceView,
    at: Stretch,
    period: tuple[int, int] | None,
    figure: Figure | None = None,
) -> DateRange | None:
    """When a figure holds: the years its period covers, else the years its stretch (else its
    clause) names, at year precision; else the publication date. The year a span is counted from
    ("the worst since 2004") is the figure itself, not when it holds."""
    lexicon, tokens = document.lexicon, view.tokens
    own = range(figure.start, figure.end) if figure else range(0)

    def years_in(lo: int, hi: int) -> list[int]:
        found, set_off = [], False
        for k in range(lo, hi):
            if k in own:
                continue
            if is_year(lexicon, tokens[k], None):
                found.append(int(tokens[k].text))
            elif figure and k >= figure.end and tokens[k].text in SET_OFF:
                set_off = True
            elif set_off and any(c.isdigit() for c in tokens[k].text):
                break  # "$27 billion, 6% of GDP in 2023": a year after a figure set off is that one's
        return found

    years = years_in(at.lo, at.hi) or years_in(at.first, at.last)
    if period:
        years = list(period)
    if years:
        return DateRange(date(min(years), 1, 1), date(max(years), 12, 31), Precision.YEAR)
    published = document.published
    return DateRange(published, published) if published else None


def _span(document: Document, tokens: Sequence[Token], start: int, end: int) -> Span:
    begin, stop = tokens[start].start, tokens[end - 1].end
    return Span(begin, stop, document.source.text[begin:stop])


def _phrase_span(
    lexicon: Lexicon, tokens: Sequence[Token], figure: Figure, measure: Measure, at: Stretch
) -> tuple[int, int]:
    """The tokens a figure is quoted with: up to three words before it ('has soared to 11,300') and
    its noun or, when it has none, the indicator just after it ('2,300 have been killed')."""
    start = figure.start
    while start > max(at.lo, figure.start - 3) and tokens[start - 1].text[:1].isalnum():
        start -= 1
    end = max(figure.end, measure.end if measure.named else figure.end)
    reach = end + INDICATOR_REACH + (2 if of_relative(tokens, figure) else 0)  # "nine of whom were in ..."
    for j in range(end, min(at.hi, reach)):
        if not tokens[j].text[:1].isalnum() or tokens[j].lower in JOINERS:
            break  # "killing three and wounding 40": the indicator after "and" is the next figure's
        found = phrase_at(lexicon, tokens, j, "measure")
        if found:
            end = found[1]  # the whole phrase: "intensive care"
    return start, min(end, len(tokens))


def quantity_claims(document: Document) -> list[Claim]:
    """The quantity claims of a document: one per figure with a measure, and the counts of its lists."""
    claims: list[Claim] = []
    counted: set[str] = set()  # the measures of the sentences before
    recalled = recalled_sentences(document)
    for index, view in enumerate(document.sentences):
        found = figures(document, view)
        stance = StanceReader(document, view)
        previous: Measure | None = None
        count: Measure | None = None  # the measure of the last count: "won 52% and 10,000 votes"
        seen: set[str] = set()  # the measures counted so far in the sentence
        floor = 0  # where the last figure and its noun end
        held: list[Found] = []
        for k, figure in enumerate(found):
            first, last = view.clause_of(figure.start)
            hi = min(last, found[k + 1].start) if k + 1 < len(found) else last
            at = Stretch(first, min(max(first, floor), figure.start), hi, last)
            measure = measure_of(document.lexicon, view.tokens, figure, at, previous)
            measure = ordinal_measure(document.lexicon, view.tokens, figure, at, measure)
            base = tally_measure(document.lexicon, view.tokens, figure, at, measure, count)
            measure = margin_measure(document.lexicon, view.tokens, figure, at, base)
            measure = seat_change(document.lexicon, view.tokens, figure, at, measure)
            floor = max(figure.end, measure.end if measure else 0)
            before = held[-1][2] if held else None  # "95 trillion dong ($3.8bn)": the sum it converts
            if figure.converts and before is not None and isinstance(before.value, Quantity):
                claims.append(converted(document, view, before, figure))
            elif measure is not None:
                claim = _claim(stance, figure, measure, at, seen | counted, index in recalled)
                held.append((figure, measure, claim))
                claims.extend(whole_of(document, view, figure, claim))
                seen.add(measure.name)
                count = base if figure.kind == "count" and base is not None else count
                # "rose from 300 to 450": the figure after an earlier one counts the same; "up 3 seats
                # at 41": the one after a change or a margin counts what they are of
                previous = base if base is not None and base.name != measure.name else measure
                if figure.earlier:
                    previous = Measure(measure.name, measure.detail, measure.end, True)
                if figure.kind in SHAPED:
                    previous = None  # "the first man to win three titles, beating 6": no ordinal
        sentence = tallied(document, view, held)
        implied = [*part_sums(document, view, held), *differences(document, view, held, sentence)]
        claims.extend(added(document, claims, [*sentence, *implied]))
        claims.extend(recurring_claims(stance))
        counted |= seen
    return claims


def _claim(
    stance: StanceReader, figure: Figure, measure: Measure, at: Stretch, seen: set[str], recalled: bool
) -> Claim:
    document, view = stance.document, stance.view
    tokens = view.tokens
    # a toll, a magnitude or a distance is the event's, never the nearest name's (a dateline city,
    # an outlet, a speaker, an official named beside it)
    unheld = measure.name in document.lexicon.measures["unheld"]
    near = None if unheld else holder_of(document, view, figure, at)
    if measure.name == MARGIN:
        near = winner_of(document, view, figure, at)
    elif measure.name == PERSON:  # "X became the second woman to ...": the subject's place in a sequence
        near = subject_of(document, view, figure, at)
    whose = PERSONAL[measure.name](document, view, figure, at, near) if measure.name in PERSONAL else near
    if (
        document.lexicon.comparison(measure.name) == "verb" and measure.name != PERSON
    ):  # "X, who ..., attended for 3 years"
        whose = deed_holder(document, view, figure, at, near)
    holder = whose if isinstance(whose, Placed) else None
    subject = holder.index if holder else whose if isinstance(whose, int) else None
    around = (
        scope_of(document, view, measure.end, at)
        if subject is not None
        else anchors_of(document, view, figure, at)
    )
    anchors = [p.index for p in around if p != holder]
    if document.lexicon.comparison(measure.name) == "reference":
        anchors = anchors[
            :1
        ]  # "12 miles from Zellen and 30 from Oldbury": measured from the first place after it
    if subject is None and measure.name == "percent":
        measure = verdict(document.lexicon, tokens, measure, at)
    period = _period(document.lexicon, tokens, figure, measure)
    as_of = _as_of(document, view, at, period, figure)
    scope, scope_word = _scope(document.lexicon, tokens, figure, measure, at, seen)
    if scope == Scope.MAIN and (recalled or _historical(document, as_of, period)):
        scope = Scope.EARLIER
    start, end = _phrase_span(document.lexicon, tokens, figure, measure, at)
    if holder is not None and measure.name in PERSONAL and holder.first >= end:
        end = holder.first  # "the 29-year-old striker Kofi Brandt": the age up to the name it describes
    counted = (text(tokens, figure.end, measure.end) if measure.named else "") or measure.name
    if period:
        end = max(end, measure.end + 2)
        counted = f"{text(tokens, figure.end, measure.end + 2)} ({period[0]}..{period[1]})"
    detail = measure.detail
    if document.lexicon.comparison(measure.name) == "thing" and (not detail or measure.name in VOTED):
        thing = _thing_measured(document.lexicon, tokens, figure, measure.name, at)
        voted = thing[0] and measure.name in VOTED
        detail = voted_on(document.lexicon, tokens, thing, at) if voted else thing[0]
    if measure.name == "duration":  # how long an event lasted, in seconds: "90 minutes", "an hour and a half"
        figure = replace(
            figure,
            low=figure.low * figure.per_unit,
            high=figure.high * figure.per_unit,
            rounding=figure.rounding * figure.per_unit,
        )
    if measure.name in document.lexicon.measures.get("tally", {}):
        # "with 60% of ballots counted, X had 31,200 votes": compared only at the same stage
        stage = stage_of(document.lexicon, tokens)
        detail = f"{detail} at {stage}".strip() if stage else detail
    value = Quantity(
        figure.low,
        figure.high,
        measure.name,
        counted,
        detail,
        figure.form,
        scope,
        scope_word,
        period=period,
        kind=figure.kind,
        dimension=figure.dimension,
        currency=figure.currency,
        rounding=figure.rounding,
        sides=figure.sides,
    )
    return Claim(
        subject=subject,
        predicate=Predicate.QUANTITY,
        value=value,
        span=_span(document, tokens, start, end),
        rule=f"quantity.{figure.form}",
        as_of=as_of,
        stance=stance.of_figure(figure.start, figure.end, at.lo),
        anchors=tuple(anchors),
    )
