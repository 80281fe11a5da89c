"""The side a player had in a game ("playing with the white pieces") and which game a sentence is of.

Shapes read (data/sports.tsv): "X, playing with the white pieces, ...", "in which X was playing with
white pieces", "X played white", "X had the black pieces", "X played as White", "Playing with
black, X ...", "With the white pieces, X ...", "from the black side". The side is given to the
subject of the verb of playing, or, when the phrase opens the sentence, to the first name after
it; a side with no verb of playing ("lost to X with white") is left alone, its player unclear.

A game is named by its number ("in game 14", "Game 14", "the 14th game", "the opening game");
the game the story is about (the number an article names most, or calls deciding or final) and an
unnumbered game are one: `game_of` gives "" for it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcheck.extract.document import Document, Placed, SentenceView
from factcheck.extract.stance import HOLDERS, StanceReader, speaks
from factcheck.extract.text import Token
from factcheck.model import Claim, DateRange, Predicate, Side, Span

PREPOSITIONS = frozenset(["with", "as", "from"])
FOLLOWERS = frozenset(
    [",", ".", ";", ")", "and", "in", "against", "to", "on", "for", "from", "but", "—", "-"]
)
VERB_REACH = 3  # tokens from a verb of playing to the side ("was playing with the white pieces")
OPENING = frozenset(["opening", "first"])
NUMBERED = re.compile(r"^(\d+)(st|nd|rd|th)$")  # "41st"


def ordinal(document: Document, word: str) -> int:
    """ "third" -> 3, "41st" -> 41, else 0."""
    numbered = NUMBERED.match(word)
    return int(numbered.group(1)) if numbered else document.lexicon.numbers.ordinals.get(word, 0)


def main_game(document: Document) -> int:
    """The number of the game the article is about: one it calls deciding or final, else the
    latest it names (a report tells of the latest game and recalls the earlier ones); 0 when it
    numbers none."""
    called, latest = 0, 0
    for view in document.sentences:
        lows = view.words()
        if document.lexicon.sports.games.isdisjoint(lows):
            continue
        for at, number in _numbered(document, lows):
            latest = max(latest, number)
            if at and lows[at - 1] in document.lexicon.sports.main:
                called = max(called, number)
    return called or latest


def _numbered(document: Document, lows: Sequence[str]) -> list[tuple[int, int]]:
    """The game numbers of a sentence with the token where each phrase begins."""
    games, found = document.lexicon.sports.games, []
    for j, word in enumerate(lows[:-1]):
        if word in games and lows[j + 1].isdigit():
            found.append((j, int(lows[j + 1])))  # "game 14"
        elif lows[j + 1] in games and (number := ordinal(document, word)):
            found.append((j, 1 if word in OPENING else number))  # "the 14th game", "the opening game"
        elif lows[j + 1] in games and word in OPENING:
            found.append((j, 1))
    return found


def game_of(document: Document, view: SentenceView, i: int, main: int) -> str:
    """Which game a fact at token i is of: the nearest game number of its sentence ("game 3"), ""
    for the story's game."""
    lows = view.words()
    if document.lexicon.sports.games.isdisjoint(lows):
        return ""
    found = _numbered(document, lows)
    first, last = view.clause_of(i)
    inside = [f for f in found if first <= f[0] < last] or [f for f in found if f[0] < i]
    if not inside:
        return ""
    _, number = min(inside, key=lambda f: abs(f[0] - i))
    return "" if number == main else f"game {number}"


def players(document: Document, view: SentenceView) -> list[Placed]:
    """The persons, teams and bodies of a sentence that are not speakers ("X said")."""
    return [
        p
        for p in view.mentions
        if document.mentions[p.index].type in HOLDERS and not speaks(document, view, p)
    ]


def player_near(document: Document, view: SentenceView, start: int, end: int) -> Placed | None:
    """The player of a fact over tokens [start, end): the nearest one before it in its clause, else
    the first one after it there."""
    first, last = view.clause_of(start)
    found = players(document, view)
    before = [p for p in found if first <= p.first and p.end <= start]
    after = [p for p in found if end <= p.first and p.end <= last]
    return before[-1] if before else after[0] if after else None


def side_claims(document: Document, view: SentenceView, stance: StanceReader, main: int) -> list[Claim]:
    """The side claims of a sentence."""
    sides, lows = document.lexicon.sports.sides, view.words()
    claims = []
    for i, word in enumerate(lows):
        if sides.get(word) not in ("white", "black") or not _closed(document, lows, i):
            continue
        start = _opening(lows, i)
        if start is None:
            continue
        player = _player(document, view, start)
        if player is None:
            continue
        end = i + 2 if lows[i + 1 : i + 2] and sides.get(lows[i + 1]) == "men" else i + 1
        span = _span(document, view.tokens, start, end)
        value = Side(sides[word], game_of(document, view, i, main))
        first, last = view.clause_of(i)
        anchors = tuple(p.index for p in view.mentions_between(first, last) if p != player)
        claims.append(
            Claim(
                subject=player.index,
                predicate=Predicate.EVENT,
                value=value,
                span=span,
                rule="sports.side",
                as_of=DateRange(document.published, document.published) if document.published else None,
                stance=stance.of_figure(start, end, first),
                anchors=anchors,
            )
        )
    return claims


def _closed(document: Document, lows: Sequence[str], i: int) -> bool:
    """A colour that is the side itself: "white", "the white pieces"; not "white shirts"."""
    after = lows[i + 1] if i + 1 < len(lows) else "."
    return document.lexicon.sports.sides.get(after) == "men" or after in FOLLOWERS


def _opening(lows: Sequence[str], i: int) -> int | None:
    """Where the phrase of a side begins: the preposition ("with the white pieces") or the verb
    ("played white", "had the black pieces"); None without either."""
    j = i - 1 if i and lows[i - 1] == "the" else i
    if j and lows[j - 1] in PREPOSITIONS:
        return j - 1
    return j - 1 if j and lows[j - 1] in ("played", "had", "plays", "has") else None


def _player(document: Document, view: SentenceView, start: int) -> Placed | None:
    """Who had the side: the subject of the verb of playing before it, or the first name after a
    phrase that opens the sentence ("Playing with black, X ...")."""
    lows, plays = view.words(), document.lexicon.sports.plays
    found = players(document, view)
    verbs = [j for j in range(max(0, start - VERB_REACH), start + 1) if lows[j] in plays]
    if not verbs and start != 0:
        return None
    verb = verbs[0] if verbs else 0
    if verb == 0 or (verb == 1 and lows[0] in ("while", "when")):
        comma = next((j for j in range(start, len(lows)) if lows[j] == ","), None)
        return next((p for p in found if comma is not None and p.first == comma + 1), None)
    if view.mentions_between(verb, start):
        return None  # "lost the opening game to X with white": whose side is unclear
    first, _ = view.clause_of(verb)
    before = [p for p in found if first <= p.first and p.end <= verb]
    return before[-1] if before else None


def _span(document: Document, tokens: Sequence[Token], start: int, end: int) -> Span:
    begin, stop = tokens[start].start, tokens[end - 1].end
    return Span(begin, stop, document.source.text[begin:stop])
