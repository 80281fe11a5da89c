"""Facts of sports and games reports: titles won, the moment of a decisive act, the side a player had.

Counts of titles are read by `titles_won`, sides by `sides`; this module reads moments and
gathers all three. Shapes of a moment (word classes in data/sports.tsv; tested in
tests/test_sports.py and tests/shapes/sports.yaml with sentences of our own): "blundered on the
41st move", "erred in his 38th move", "a 77th-minute winner", "crashed on lap 19", "was
knocked out in the third round", "resigned on move 47", "was sent off in the 30th minute", "gave
up a rook on move 40, which proved the decisive blunder". A moment is keyed by its unit ("move",
"minute", "lap"), its act ("blunder", "winner", "crash") and its game ("in game 3"), and held by
the player for an act each player may make; its value is kind `ordinal`. Acts that happen many
times in a game (goals, wickets) give no claim, and "winner" only joined to its moment ("a
77th-minute winner"): alone it may be a shot.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from factcheck.extract.document import Document, Placed, SentenceView, modality_in
from factcheck.extract.scores import score_claims
from factcheck.extract.sides import game_of, main_game, ordinal, player_near, side_claims
from factcheck.extract.stance import StanceReader
from factcheck.extract.text import Token
from factcheck.extract.titles_won import Found, StoryTitle, count_word, title_count
from factcheck.lexicon.sports import Act, SportsWords
from factcheck.model import Claim, DateRange, Precision, Predicate, Quantity, Span, Stance

MOMENT = "moment"  # the measure class of data/measures.tsv
ACT_REACH = 10  # tokens from a moment to its act
MOMENT_OPENERS = frozenset("on in at during after by".split())
SUBJECT_PRONOUNS = frozenset(["he", "she", "they", "i", "we"])
HEDGE_REACH = 4  # tokens before a moment searched for a modal ("could crash on lap 5")
YEAR_REACH = 6  # tokens on either side of a count searched for the year it holds in
BOUNDARIES = frozenset([",", ";", "and", "but", "while"])  # a year beyond these dates another deed


def sports_claims(document: Document) -> list[Claim]:
    """The count-of-titles, moment and side claims of a document."""
    words = document.lexicon.sports
    main = main_game(document)
    story = StoryTitle()
    claims: list[Claim] = []
    for view in document.sentences:
        lows = view.words()
        if words.triggers.isdisjoint(lows):
            continue
        stance = StanceReader(document, view)
        for i, word in enumerate(lows):
            if word in words.titles:
                story.remember(words, view, i)
            if not _may_count(document, word):
                continue
            found = title_count(document, view, i, story) or _moment(document, view, i, main)
            if found is not None:
                start, end, value, holder = found
                claims.append(_claim(stance, start, end, value, holder))
        claims.extend(side_claims(document, view, stance, main))
        claims.extend(score_claims(document, view, stance))
    return claims


def _may_count(document: Document, word: str) -> bool:
    """A word that may begin a count of titles or a moment: a number, an ordinal, "five-time", a unit."""
    numbers = document.lexicon.numbers
    return (
        word[:1].isdigit()
        or word in numbers.cardinals
        or word in numbers.ordinals
        or word.endswith(("-time", "-times"))
        or word in document.lexicon.sports.units
    )


def _moment(document: Document, view: SentenceView, i: int, main: int) -> Found | None:
    """The moment of an act: "on the 41st move", "a 77th-minute winner", "on lap 19"."""
    words, lows = document.lexicon.sports, view.words()
    number, unit_at = ordinal(document, lows[i]), i + 1
    if number and lows[i + 1 : i + 2] == ["-"]:
        unit_at = i + 2  # "77th-minute"
    elif lows[i].isdigit() and lows[i - 1 : i] == ["on"] and lows[i + 1 : i + 2] == ["minutes"]:
        number = int(lows[i])  # "scored on 89 minutes"
    elif not number and lows[i] in words.units and lows[i] not in ("over", "set"):
        number, unit_at = count_word(document, lows[i + 1]) if i + 1 < len(lows) else 0, i
        if lows[i - 1 : i] == [] or lows[i - 1] not in MOMENT_OPENERS:
            return None  # "lap 19" only after a preposition: "on lap 19"
    if not number or unit_at >= len(lows) or lows[unit_at] not in words.units:
        return None
    unit = words.units[lows[unit_at]]
    if lows[unit_at].endswith("s") and unit != "inning" and not lows[i].isdigit():
        return None  # "the 10th moves"
    start, end = (i - 2 if i > 1 and lows[i - 2] in MOMENT_OPENERS else i), max(unit_at, i + 1) + 1
    act = _act(document, view, start, end)
    if act is None:
        return None
    name, frequency, at = act
    game = game_of(document, view, i, main)
    detail = f"{unit}:{name}" + (f"@{game}" if game else "")
    value = Quantity(number, number, MOMENT, f"{unit} {number}", detail, kind="ordinal")
    holder = player_near(document, view, start, end) if frequency == "held" else None
    if frequency == "held" and holder is None and _pronoun_subject(view, start):
        return None  # "she was knocked out in the first round": someone the text does not name here
    return (min(start, at), max(end, at + 1), value, holder)


def _pronoun_subject(view: SentenceView, start: int) -> bool:
    first, _ = view.clause_of(start)
    return any(w in SUBJECT_PRONOUNS for w in view.words()[first:start])


def _act(document: Document, view: SentenceView, start: int, end: int) -> tuple[str, str, int] | None:
    """The nearest decisive act of the clause to a moment: its class, frequency and token."""
    words, lows = document.lexicon.sports, view.words()
    first, last = view.clause_of(start)
    reach = sorted(
        range(max(first, start - ACT_REACH), min(last, end + ACT_REACH)), key=lambda j: abs(j - start)
    )
    for j in reach:
        if start <= j < end:
            continue
        act = _act_at(words, lows, j)
        if act is not None and act.frequency == "attached":
            if j == end:  # "a 77th-minute winner"
                return act.name, "once", j
            continue
        if act is not None:
            return None if act.frequency == "many" else (act.name, act.frequency, j)
    return _named_later(words, lows, end, last)


def _act_at(words: SportsWords, lows: Sequence[str], j: int) -> Act | None:
    """The act a token names, a phrase of two words first ("winning goal", not "goal")."""
    acts = words.acts
    return (
        acts.get(" ".join(lows[j : j + 2]))
        or acts.get(" ".join(lows[max(0, j - 1) : j + 1]))
        or acts.get(lows[j])
    )


def _named_later(words: SportsWords, lows: Sequence[str], end: int, last: int) -> tuple[str, str, int] | None:
    """An act named by a relative clause after the moment: "gave up his rook on move 55, which proved
    the decisive blunder"."""
    which = next((j for j in range(end, last) if lows[j] == "which" and lows[j - 1] == ","), None)
    for j in range(which + 1 if which is not None else last, last):
        act = _act_at(words, lows, j)
        if act is not None and act.frequency != "attached":
            return None if act.frequency == "many" else (act.name, act.frequency, j)
    return None


def _claim(stance: StanceReader, start: int, end: int, value: Quantity, holder: Placed | None) -> Claim:
    document, view = stance.document, stance.view
    tokens = view.tokens
    first, last = view.clause_of(start)
    anchors = tuple(p.index for p in view.mentions_between(first, last) if p != holder)
    return Claim(
        subject=holder.index if holder else None,
        predicate=Predicate.QUANTITY,
        value=value,
        span=_span(document, tokens, start, end),
        rule=f"sports.{value.measure}",
        as_of=_as_of(document, tokens, start, end),
        stance=_stance(stance, start, end, first, value),
        anchors=anchors,
    )


def _stance(stance: StanceReader, start: int, end: int, first: int, value: Quantity) -> Stance:
    """The stance of a count or a moment. The number reader's words of a goal ("a goal of 500
    homes") are no hedge beside a moment: "the winning goal in the 87th minute"."""
    found = stance.of_figure(start, end, first)
    if value.measure != MOMENT or not found.hedged:
        return found
    document, tokens = stance.document, stance.view.tokens
    near = tokens[max(first, start - HEDGE_REACH) : end]
    return replace(found, hedged=bool(modality_in(document.lexicon, near) & {"hedge", "future"}))


def _span(document: Document, tokens: Sequence[Token], start: int, end: int) -> Span:
    begin, stop = tokens[start].start, tokens[end - 1].end
    return Span(begin, stop, document.source.text[begin:stop])


def _as_of(document: Document, tokens: Sequence[Token], start: int, end: int) -> DateRange | None:
    """When a count holds: a year written next to it, in its own part of the clause ("in 2019 she won
    her third title"), else the publication date."""
    lo = start
    while lo > max(0, start - YEAR_REACH) and tokens[lo - 1].lower not in BOUNDARIES:
        lo -= 1
    hi = end
    while hi < min(len(tokens), end + YEAR_REACH) and tokens[hi].lower not in BOUNDARIES:
        hi += 1
    opening = [t for t in tokens[:3] if t.lower in ("in", "by", "during")][:1]  # "In 2027, ..."
    near = [*tokens[lo:hi], *(tokens[: lo and 3] if opening else [])]
    years = [int(t.text) for t in near if t.text.isdigit() and 1900 <= int(t.text) <= 2100]
    if years:
        return DateRange(date(min(years), 1, 1), date(max(years), 12, 31), Precision.YEAR)
    published = document.published
    return DateRange(published, published) if published else None
