"""Quantity claims: the numbers an article gives, what each counts, whose it is and how firmly said.

Each figure (`figures`) with a measure (`measures`) becomes a claim whose qualifiers say when it is
hedged ("could reach"), negated or someone else's ("said"). A figure of another scope or time keeps
a marker in its topic, "deaths (elsewhere)", "deaths (earlier)", so that it is never compared with
the main figure. Lists count too: "In 2022 and 2023, X attended ..." is two years of attending.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from factcheck.extract.document import Document, Placed, SentenceView, modality_in
from factcheck.extract.figures import Figure, Stretch, figures, is_year, phrase_at, text
from factcheck.extract.measures import (
    INDICATOR_REACH,
    PLACES,
    Measure,
    anchors_of,
    holder_of,
    measure_of,
    scope_of,
    speaks,
    verb_stem,
)
from factcheck.extract.text import Token
from factcheck.lexicon import Lexicon
from factcheck.model import Claim, DateRange, Qualifiers, Quantity, Span

PERIOD_WORDS = {"until": -1, "through": -1, "till": -1, "to": -1, "since": 1}
HEDGE_REACH = 4  # tokens before a figure searched for a modal ("could reach 20,000")
SCOPE_REACH = 6  # tokens on either side of a figure searched for a scope word ("elsewhere")


def _marker(
    lexicon: Lexicon, tokens: Sequence[Token], figure: Figure, measure: Measure, at: Stretch
) -> str | None:
    """Why a figure is not the main figure of its measure: 'earlier', or a scope word ('elsewhere')."""
    words = lexicon.measures
    near = [*tokens[at.lo : figure.start], *tokens[figure.end : figure.end + 3]]
    if figure.earlier or any(t.text.lower() in words["past"] for t in near):
        return "earlier"
    if figure.end < at.hi and tokens[figure.end].text.lower() == "of" and measure.name != "percent":
        return "part"  # "one of the fatalities"
    around = [
        *tokens[max(at.lo, figure.start - SCOPE_REACH) : figure.start],
        *tokens[figure.end : min(at.hi, max(figure.end, measure.end) + SCOPE_REACH)],
    ]
    return next((t.text.lower() for t in around if t.text.lower() in words["scope"]), None)


def _historical(document: Document, qualifiers: Qualifiers, period: tuple[int, int] | None) -> str | None:
    """'earlier' for a figure the text gives for a year before the article's ("the 2004 tsunami that
    killed 230,000" in a 2013 article): background, not the story's count. A count over a period
    ("three years until 2024") is compared by its period instead."""
    as_of, published = qualifiers.as_of, document.published
    stated = as_of is not None and as_of.precision == "year" and period is None
    return "earlier" if stated and published and as_of and as_of.end.year < published.year else None


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
    word, year = tokens[measure.end].text.lower(), tokens[measure.end + 1]
    if word not in PERIOD_WORDS or not is_year(lexicon, year, None):
        return None
    edge, reach = int(year.text), int(count) - 1
    return (edge - reach, edge) if PERIOD_WORDS[word] < 0 else (edge, edge + reach)


def _qualifiers(
    document: Document, view: SentenceView, figure: Figure, at: Stretch, period: tuple[int, int] | None
) -> Qualifiers:
    """When the figure holds (the years its stretch or clause names, else the publication date),
    and whether it is negated, hedged (a modal just before it, a goal or a need in its stretch) or
    given to someone else."""
    tokens = view.tokens
    near = [
        *tokens[max(at.lo, figure.start - HEDGE_REACH) : figure.start],
        *tokens[figure.end : figure.end + 3],
    ]
    lexicon = document.lexicon
    hedges = lexicon.measures["hedge"]
    hedged = bool(modality_in(lexicon, near) & {"hedge", "future"})
    hedged = hedged or any(t.text.lower() in hedges for t in tokens[at.lo : figure.end + 3])
    negated = "negation" in modality_in(lexicon, tokens[max(at.lo, figure.start - 3) : figure.start])
    years = [int(t.text) for t in tokens[at.lo : at.hi] if is_year(lexicon, t, None)]
    years = years or [int(t.text) for t in tokens[at.first : at.last] if is_year(lexicon, t, None)]
    if period:
        years = list(period)
    as_of = _as_of(document, years)
    return Qualifiers(as_of, negated, hedged, _attributed_to(document, view, figure.start))


def _as_of(document: Document, years: Sequence[int]) -> DateRange | None:
    """The years a figure is given for, at year precision; else the publication date."""
    if years:
        return DateRange(date(min(years), 1, 1), date(max(years), 12, 31), "year")
    published = document.published
    return DateRange(published, published) if published else None


def _attributed_to(document: Document, view: SentenceView, at: int) -> str | None:
    """Who the sentence gives the figure to: a named speaker, else the unnamed one as written
    ("according to the ambulance authority", "health officials said"), else 'quote' inside quotes."""
    speakers = [p for p in view.mentions if speaks(document, view, p)]
    if speakers:
        return document.mentions[speakers[0].index].key
    words = view.words()
    if "according" in words and words[words.index("according") + 1 : words.index("according") + 2] == ["to"]:
        after = words.index("according") + 2
        return (
            _who(document.lexicon, words[after : after + 4]) or "according to"
        )  # _who reads four words at most
    said = next((i for i, w in enumerate(words) if w in document.lexicon.attribution_words), None)
    if said is not None:
        return _who(document.lexicon, words[max(0, said - 3) : said][::-1], reverse=True) or words[said]
    quotes = sum(t.text in '“”"' for t in view.tokens[:at])
    return "quote" if quotes % 2 else None


def _who(lexicon: Lexicon, words: Sequence[str], reverse: bool = False) -> str:
    """The plain words naming an unnamed source, up to a punctuation mark or a preposition."""
    found = []
    for word in words[:4]:
        if not word.isalpha() or (word in lexicon.measures["function"] and word not in ("the", "a")):
            break
        found.append(word)
    return " ".join(reversed(found) if reverse else found)


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
    for j in range(end, min(at.hi, end + INDICATOR_REACH)):
        if not tokens[j].text[:1].isalnum():
            break
        if phrase_at(lexicon, tokens, j, "measure"):
            end = j + 1
    return start, min(end, len(tokens))


def quantity_claims(document: Document) -> list[Claim]:
    """The quantity claims of a document: one per figure with a measure, and the counts of its lists."""
    claims: list[Claim] = []
    for view in document.sentences:
        found = figures(document.lexicon, view)
        previous: Measure | None = None
        floor = 0  # where the last figure and its noun end
        for k, figure in enumerate(found):
            first, last = view.clause_of(figure.start)
            hi = min(last, found[k + 1].start) if k + 1 < len(found) else last
            at = Stretch(first, min(max(first, floor), figure.start), hi, last)
            measure = measure_of(document.lexicon, view.tokens, figure, at, previous)
            floor = max(figure.end, measure.end if measure else 0)
            if measure is not None:
                claims.append(_claim(document, view, figure, measure, at))
                # "rose from 300 to 450": the figure after an earlier one counts the same
                previous = (
                    Measure(measure.name, measure.detail, measure.end, True) if figure.earlier else measure
                )
        claims.extend(_list_claims(document, view))
    return claims


def _claim(document: Document, view: SentenceView, figure: Figure, measure: Measure, at: Stretch) -> Claim:
    tokens = view.tokens
    holder = holder_of(document, view, figure, at)
    around = scope_of(document, view, measure.end, at) if holder else anchors_of(document, view, figure, at)
    anchors = [p.index for p in around if p != holder]
    period = _period(document.lexicon, tokens, figure, measure)
    topic = measure.name + (f":{measure.detail}" if measure.detail else "")
    qualifiers = _qualifiers(document, view, figure, at, period)
    marker = _marker(document.lexicon, tokens, figure, measure, at) or _historical(
        document, qualifiers, period
    )
    start, end = _phrase_span(document.lexicon, tokens, figure, measure, at)
    counted = (text(tokens, figure.end, measure.end) if measure.named else "") or measure.name
    if period:
        end = max(end, measure.end + 2)
        counted = f"{text(tokens, figure.end, measure.end + 2)} ({period[0]}..{period[1]})"
    return Claim(
        subject=holder.index if holder else None,
        predicate="quantity",
        value=Quantity(figure.low, figure.high, measure.name, counted),
        span=_span(document, tokens, start, end),
        rule=f"quantity.{figure.form}",
        qualifiers=qualifiers,
        topic=f"{topic} ({marker})" if marker else topic,
        anchors=tuple(anchors),
    )


def _year_list(lexicon: Lexicon, tokens: Sequence[Token], start: int) -> tuple[list[int], int]:
    """The years listed from a token on ('2022 and 2023', '2019, 2021 and 2023') and the token after."""
    years, i = [], start
    while i < len(tokens) and is_year(lexicon, tokens[i], None):
        years.append(int(tokens[i].text))
        joint = tokens[i + 1].text.lower() if i + 1 < len(tokens) else ""
        if joint not in (",", "and") or (len(years) > 1 and tokens[i - 1].text.lower() == "and"):
            break
        i += 2
    complete = len(years) > 1 and tokens[start + 2 * len(years) - 3].text.lower() == "and"
    return (years, start + 2 * len(years) - 1) if complete else ([], start)


def _place_list(document: Document, view: SentenceView, start: int, stop: int) -> list[Placed]:
    """The places listed after 'in' ('in Madrid and Vilnius') between two tokens of a sentence."""
    tokens = view.tokens
    for i in range(start, stop):
        if tokens[i].text.lower() != "in":
            continue
        listed, j = [], i + 1
        for placed in sorted(view.mentions_between(i + 1, stop), key=lambda p: p.first):
            if placed.first != j or document.mentions[placed.index].type not in PLACES:
                break
            listed.append(placed)
            j = (
                placed.end + 1
                if placed.end < stop and tokens[placed.end].text.lower() in (",", "and")
                else -1
            )
        if len(listed) > 1 and tokens[listed[-1].first - 1].text.lower() == "and":
            return listed
    return []


def _list_claims(document: Document, view: SentenceView) -> list[Claim]:
    """Counts implied by lists: 'In 2022 and 2023, X attended summits in Madrid and Vilnius' says X
    attended in two years (and in two places)."""
    tokens, claims = view.tokens, []
    for i in range(len(tokens) - 3):
        years, end = (
            _year_list(document.lexicon, tokens, i + 1) if tokens[i].text.lower() == "in" else ([], i)
        )
        if not years:
            continue
        first, last = view.clause_of(i)
        clause = Stretch(first, first, last, last)
        verb = next((v for v in (verb_stem(document.lexicon, t) for t in tokens[end:last]) if v), None)
        figure = Figure(len(years), len(years), i, end, "list")
        holder = holder_of(document, view, figure, clause)
        if verb is None or holder is None:
            continue
        places = _place_list(document, view, end, last)
        stop = (
            places[-1].end if places else next((j for j in range(end, last) if tokens[j].text == ","), last)
        )
        scope = scope_of(document, view, stop, clause)
        said = _qualifiers(document, view, figure, clause, (min(years), max(years)))
        counts = [("years", len(years), f"years {verb} ({min(years)}..{max(years)})")]
        counts += [("places", len(places), f"places {verb}")] if places else []
        for name, count, counted in counts:
            claims.append(
                Claim(
                    subject=holder.index,
                    predicate="quantity",
                    value=Quantity(count, count, name, counted),
                    span=_span(document, tokens, i, stop),
                    rule="quantity.list",
                    qualifiers=said,
                    topic=f"{name}:{verb}",
                    anchors=tuple(p.index for p in scope if p not in places),
                )
            )
    return claims
