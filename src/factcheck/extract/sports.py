"""Facts of sports and games reports: how many titles someone won, and the moment of a decisive act.

Shapes read (word classes in data/sports.tsv; tested in tests/test_sports.py and
tests/shapes/sports.yaml with sentences of our own):

- a count of titles: "a five-time world champion", "the 15-time Grand Slam winner", "a two-time
  Olympic gold medallist", "her third title", "X's 20th major", "has won it on four occasions",
  "won the cup four times", "won the cup for the fourth time", "has won 15 Grand Slam titles";
  keyed by holder and the title's class ("world title", "cup", "olympic gold"); "the title" or
  "it" stands for the title the article last qualified ("the world title");
- the moment of an act inside a game: "blundered on the 53rd move", "in his 55th move", "an
  89th-minute winner", "crashed on lap 42", "knocked out in the third round", "resigned after move
  58"; keyed by the unit ("move", "minute", "lap"), the act ("blunder", "winner", "crash") and the
  game ("in game 3"), held by the player for an act each player may make.

A count of titles is kind `count` (a career's total at the article's date: "his third title" in
one year and "a four-time champion" a year later is growth, kept apart by the dates); a moment is
kind `ordinal`. A season's or a streak's count ("his third title in a row") is not a career's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from factcheck.extract.document import Document, Placed, SentenceView
from factcheck.extract.figures import Figure, Stretch
from factcheck.extract.measures import holder_of
from factcheck.extract.sides import game_of, main_game, ordinal, side_claims
from factcheck.extract.stance import StanceReader
from factcheck.extract.text import Token
from factcheck.lexicon.sports import Act, SportsWords
from factcheck.model import Claim, DateRange, Precision, Predicate, Quantity, Span

TITLES, MOMENT = "titles", "moment"  # measure classes of data/measures.tsv
TIMED = re.compile(r"^(\d+|[a-z]+)-times?$")  # "five-time", "3-times"
NOUN_REACH = 4  # words from a count to its title noun ("five-time world chess champion")
ACT_REACH = 10  # tokens from a moment to its act
POSSESSIVES = frozenset("his her their its".split())
MOMENT_OPENERS = frozenset("on in at during after by".split())
PRONOUNS = frozenset(["it", "them", "this", "that"])  # a title won, named before


def sports_claims(document: Document) -> list[Claim]:
    """The count-of-titles, moment and side claims of a document."""
    words = document.lexicon.sports
    main = main_game(document)
    story = _Story()
    claims: list[Claim] = []
    for view in document.sentences:
        lows = view.words()
        if words.triggers.isdisjoint(lows):
            continue
        stance = StanceReader(document, view)
        for i, word in enumerate(lows):
            if word in words.titles:
                story.remember(words, lows, i)
            found = _title_count(document, view, i, story) or _moment(document, view, i, main)
            if found is not None:
                start, end, value, holder = found
                claims.append(_claim(stance, start, end, value, holder))
        claims.extend(side_claims(document, view, stance, main))
    return claims


class _Story:
    """The title the article last qualified ("the world title"): what "the title" and "it" stand for."""

    def __init__(self) -> None:
        self.last: dict[str, str] = {}
        self.latest = ""

    def remember(self, words: SportsWords, lows: Sequence[str], i: int) -> None:
        kind = words.titles[lows[i]]
        qualifier = _qualifier(words, lows[max(0, i - NOUN_REACH) : i])
        if qualifier:
            self.last[kind] = qualifier
        self.latest = self.latest or kind

    def detail(self, words: SportsWords, kind: str, qualifier: str) -> str:
        qualifier = qualifier or self.last.get(kind, "")
        if qualifier in ("olympic", "paralympic") and kind in ("title", "medal"):
            kind = "gold" if kind == "title" else kind  # an Olympic champion won Olympic gold
        return f"{qualifier} {kind}".strip()


def _qualifier(words: SportsWords, before: Sequence[str]) -> str:
    found = [words.qualifiers[w] for w in before if w in words.qualifiers]
    return found[-1] if found else ""


def _number(document: Document, word: str) -> int:
    cardinals = document.lexicon.numbers.cardinals
    return int(word) if word.isdigit() else cardinals.get(word, 0)


Found = tuple[int, int, Quantity, "Placed | None"]


def _title_noun(
    words: SportsWords, lows: Sequence[str], start: int, stop: int
) -> tuple[str, str, int] | None:
    """The title noun a count qualifies ("world chess champion"): its class, qualifier and end. The
    first title word of the group names it ("Grand Slam winner" is a Grand Slam title)."""
    for j in range(start, min(stop, start + NOUN_REACH)):
        if lows[j] in words.titles:
            head = j
            while head + 1 < stop and lows[head + 1] in words.titles:
                head += 1
            return words.titles[lows[j]], _qualifier(words, lows[start:j]), head + 1
        if not lows[j].isalpha():
            return None
    return None


def _title_count(document: Document, view: SentenceView, i: int, story: _Story) -> Found | None:
    """A count of titles starting at token i, with its holder."""
    words, lows = document.lexicon.sports, view.words()
    first, last = view.clause_of(i)
    count, after = 0, i + 1
    timed = TIMED.match(lows[i])
    if timed:  # "five-time", as one token
        count = _number(document, timed.group(1))
    elif lows[i].isdigit() and lows[i + 1 : i + 3] in (["-", "time"], ["-", "times"]):
        count, after = int(lows[i]), i + 3
    if count:
        noun = _title_noun(words, lows, after, last)
        return _titled(document, view, i, noun, count, story, apposed=True) if noun else None
    number = ordinal(document, lows[i])
    if number and i > first and (lows[i - 1] in POSSESSIVES or lows[i - 1].endswith(("'s", "’s"))):
        noun = _title_noun(words, lows, i + 1, last)  # "his third title", "X's 20th major"
        return _titled(document, view, i, noun, number, story) if noun else None
    if number and lows[i - 2 : i] in (["for", "the"], ["for", "a"]) and lows[i + 1 : i + 2] == ["time"]:
        return _won_times(document, view, i, number, i + 2, story)  # "won the cup for the fourth time"
    count = _number(document, lows[i])
    if count and lows[i + 1 : i + 2] and lows[i + 1] in words.occasions:
        return _won_times(document, view, i, count, i + 2, story)  # "has won it on four occasions"
    if count and lows[i - 1 : i] and (lows[i - 1] in words.wins or lows[i - 1] in ("with", "has", "have")):
        noun = _title_noun(words, lows, i + 1, last)  # "has won 15 Grand Slam titles"
        return _titled(document, view, i, noun, count, story) if noun else None
    return None


def _won_times(
    document: Document, view: SentenceView, i: int, count: int, end: int, story: _Story
) -> Found | None:
    """ "won the cup four times", "has won it on four occasions": what was won is the object of
    the verb of winning before the count, a title noun or a pronoun for the story's title."""
    words, lows = document.lexicon.sports, view.words()
    first, _ = view.clause_of(i)
    verbs = [j for j in range(first, i) if lows[j] in words.wins]
    if not verbs or _streak(words, lows, end):
        return None
    between = lows[verbs[-1] + 1 : i]
    nouns = [(j, w) for j, w in enumerate(between) if w in words.titles]
    if nouns:
        j, noun = nouns[0]
        kind, qualifier = words.titles[noun], _qualifier(words, between[:j])
    elif any(w in PRONOUNS for w in between) and story.latest:
        kind, qualifier = story.latest, ""
    else:
        return None
    value = _count(words, count, story.detail(words, kind, qualifier), lows, verbs[-1], end)
    return (verbs[-1], end, value, _holder(document, view, verbs[-1], end))


def _titled(
    document: Document,
    view: SentenceView,
    i: int,
    noun: tuple[str, str, int],
    count: int,
    story: _Story,
    apposed: bool = False,
) -> Found | None:
    words, lows = document.lexicon.sports, view.words()
    kind, qualifier, end = noun
    if _streak(words, lows, end):
        return None
    start = i - 1 if (i and lows[i - 1] in ("a", "an", "the", "record")) or lows[i - 1] in POSSESSIVES else i
    holder = _named_after(view, end) if apposed else None
    if holder is None and i and lows[i - 1].endswith(("'s", "’s")):
        holder = next((p for p in view.mentions if p.end == i), None)
    value = _count(words, count, story.detail(words, kind, qualifier), lows, i, end)
    return (start, end, value, holder or _holder(document, view, i, end))


def _streak(words: SportsWords, lows: Sequence[str], end: int) -> bool:
    """ "three titles in a row", "his second title this season": a streak or a season's, not a career's."""
    return any(w in words.streaks for w in lows[end : end + 4])


def _count(
    words: SportsWords, count: int, detail: str, lows: Sequence[str], start: int, end: int
) -> Quantity:
    counted = " ".join(lows[start:end])
    return Quantity(count, count, TITLES, counted, detail, kind="count")


def _named_after(view: SentenceView, end: int) -> Placed | None:
    """ "the five-time champion Mara Velden": the name right after the noun."""
    return next((p for p in view.mentions if p.first == end), None)


def _holder(document: Document, view: SentenceView, start: int, end: int) -> Placed | None:
    first, last = view.clause_of(start)
    figure = Figure(0, 0, start, end, "exact")
    return holder_of(document, view, figure, Stretch(first, first, last, last))


def _moment(document: Document, view: SentenceView, i: int, main: int) -> Found | None:
    """The moment of an act: "on the 53rd move", "an 89th-minute winner", "on lap 42"."""
    words, lows = document.lexicon.sports, view.words()
    number, unit_at = ordinal(document, lows[i]), i + 1
    if number and lows[i + 1 : i + 2] == ["-"]:
        unit_at = i + 2  # "89th-minute"
    elif not number and lows[i] in words.units and lows[i] not in ("over", "set"):
        number, unit_at = _number(document, lows[i + 1]) if i + 1 < len(lows) else 0, i
        if lows[i - 1 : i] == [] or lows[i - 1] not in MOMENT_OPENERS:
            return None  # "lap 42" only after a preposition: "on lap 42"
    if not number or unit_at >= len(lows) or lows[unit_at] not in words.units:
        return None
    unit = words.units[lows[unit_at]]
    if unit_at > i and lows[unit_at] not in ("moves",) and lows[unit_at].endswith("s") and unit != "inning":
        return None
    start, end = (i - 2 if i > 1 and lows[i - 2] in MOMENT_OPENERS else i), max(unit_at, i + 1) + 1
    act = _act(document, view, start, end)
    if act is None:
        return None
    name, frequency, at = act
    game = game_of(document, view, i, main)
    detail = f"{unit}:{name}" + (f"@{game}" if game else "")
    value = Quantity(number, number, MOMENT, f"{unit} {number}", detail, kind="ordinal")
    holder = _holder(document, view, start, end) if frequency == "held" else None
    return (min(start, at), max(end, at + 1), value, holder)


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
        if act is not None:
            return None if act.frequency == "many" else (act.name, act.frequency, j)
    return _named_later(words, lows, end, last)


def _act_at(words: SportsWords, lows: Sequence[str], j: int) -> Act | None:
    return words.acts.get(" ".join(lows[j : j + 2])) or words.acts.get(lows[j])


def _named_later(words: SportsWords, lows: Sequence[str], end: int, last: int) -> tuple[str, str, int] | None:
    """An act named by a relative clause after the moment: "gave up his rook on move 55, which proved
    the decisive blunder"."""
    which = next((j for j in range(end, last) if lows[j] == "which" and lows[j - 1] == ","), None)
    for j in range(which + 1 if which is not None else last, last):
        act = _act_at(words, lows, j)
        if act is not None:
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
        as_of=_as_of(document, tokens, first, last),
        stance=stance.of_figure(start, end, first),
        anchors=anchors,
    )


def _span(document: Document, tokens: Sequence[Token], start: int, end: int) -> Span:
    begin, stop = tokens[start].start, tokens[end - 1].end
    return Span(begin, stop, document.source.text[begin:stop])


def _as_of(document: Document, tokens: Sequence[Token], first: int, last: int) -> DateRange | None:
    """When a count holds: the year its clause names ("in 2019 she won her third title"), else the
    publication date."""
    years = [int(t.text) for t in tokens[first:last] if t.text.isdigit() and 1900 <= int(t.text) <= 2100]
    if years:
        return DateRange(date(min(years), 1, 1), date(max(years), 12, 31), Precision.YEAR)
    published = document.published
    return DateRange(published, published) if published else None
