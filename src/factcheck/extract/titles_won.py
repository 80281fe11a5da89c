"""Counts of titles won: "a five-time world champion", "her third title", "took the crown on three occasions".

Shapes read (word classes in data/sports.tsv, tested in tests/test_sports.py):

- a count before its noun: "a five-time world champion", "the 15-time Grand Slam winner", "a
  two-time Olympic gold medallist", "a nine-times champion";
- an ordinal after a possessive: "his third title", "her fourth world title", "X's 20th major";
- a count of wins after a verb of winning: "took the crown on three occasions", "won the cup three
  times", "lifted the trophy for a third time", "claimed the crown for a record fifth time";
- a count of a plural noun after a verb of winning: "has won 15 Grand Slam titles", "with seven
  league titles".

What is counted is the title's class ("title", "cup", "medal", "gold", "grand-slam") with the
words that tell which title it is ("world chess title", "sydney title"): four Sydney titles are
not 24 career titles. "the title" and "it" stand for the title the article last named with such
words ("the World Chess Championship ... won it four times" counts world chess titles). A streak
or a season's count ("his third successive title", "her second title this season", "his first
title since 2019") and medals won at one event ("three gold medals in Athens") are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcheck.extract.document import Document, Placed, SentenceView
from factcheck.extract.sides import ordinal, player_near
from factcheck.lexicon.sports import SportsWords
from factcheck.model import EntityType, Quantity

TITLES = "titles"  # the measure class of data/measures.tsv
TIMED = re.compile(r"^(\d+|[a-z]+)-times?$")  # "five-time", "3-times"
NOUN_REACH = 4  # words from a count to its title noun ("five-time world chess champion")
VERB_REACH = 8  # tokens from a verb of winning to the count of its wins
POSSESSIVES = frozenset(["his", "her"])  # "their", "its": a team the sentence seldom names
PRONOUNS = frozenset(["it", "them"])  # a title won, named before
STOPS = frozenset("of in at for to the a an and or since with from on by as but after than".split())
AFTER_EVENT = frozenset(["in", "at", "during"])  # "three gold medals in Athens": one event's medals
HEADS = frozenset(["winner", "winners"])  # a title noun only after "N-time": "a 15-time Grand Slam winner"

Found = tuple[int, int, Quantity, "Placed | None"]


class StoryTitle:
    """The title of each class the article last named with words that tell which it is ("the
    World Chess Championship"): what a bare "the title" or "it" stands for."""

    def __init__(self) -> None:
        self.latest: dict[str, str] = {}  # class -> detail
        self.last = ""

    def remember(self, words: SportsWords, view: SentenceView, i: int) -> None:
        """Note the noun group that ends with the title word at token i: its qualifiers and the
        capitalised words of a competition's name before it."""
        lows, tokens = view.words(), view.tokens
        mods: list[str] = []
        for j in range(i - 1, max(-1, i - NOUN_REACH), -1):
            named = j > 0 and tokens[j].text[:1].isupper() and lows[j].isalpha()
            if lows[j] in words.titles or not (lows[j] in words.qualifiers or named):
                break
            mods.insert(0, lows[j])
        kind = words.titles[lows[i]]
        detail = _detail(words, kind, mods)
        if " " in detail:
            self.latest[kind] = self.last = detail

    def of(self, detail: str) -> str:
        """What a bare title noun ("the cup") stands for: the last title of its class named in full."""
        return self.latest.get(detail, "")


def title_count(document: Document, view: SentenceView, i: int, story: StoryTitle) -> Found | None:
    """A count of titles starting at token i, with its holder."""
    words, lows = document.lexicon.sports, view.words()
    _, last = view.clause_of(i)
    count, after = 0, i + 1
    timed = TIMED.match(lows[i])
    if timed:  # "five-time", as one token
        count = count_word(document, timed.group(1))
    elif lows[i].isdigit() and lows[i + 1 : i + 3] in (["-", "time"], ["-", "times"]):
        count, after = int(lows[i]), i + 3
    if count:
        noun = _noun(words, lows, after, last, HEADS)
        return _titled(document, view, i, noun, count, apposed=True) if noun else None
    number = ordinal(document, lows[i])
    if number:
        return _ordinal_title(document, view, i, number, story)
    count = count_word(document, lows[i])
    if count and lows[i + 1 : i + 2] and lows[i + 1] in words.occasions:
        at = i - 1 if lows[i - 1] == "on" else i
        return _won_times(document, view, at, count, i + 2, story)  # "took the crown on three occasions"
    if count and i and (lows[i - 1] in words.wins or lows[i - 1] in ("with", "has", "have")):
        glued = i + 1 < len(view.tokens) and view.tokens[i].end == view.tokens[i + 1].start
        noun = None if glued else _noun(words, lows, i + 1, last, plural=True)  # "won 15 Grand Slam titles"
        if noun and ((lows[noun[1] : noun[1] + 1] and lows[noun[1]] in AFTER_EVENT) or _medals(noun[0])):
            return None  # "three gold medals in Athens": one event's
        return _titled(document, view, i, noun, count) if noun else None
    return None


def _ordinal_title(
    document: Document, view: SentenceView, i: int, number: int, story: StoryTitle
) -> Found | None:
    """ "his third title", "X's 20th major", "his record-extending 10th title", "won a fifth world
    title", "won the cup for a third time", "for a record fifth time"."""
    words, lows = document.lexicon.sports, view.words()
    _, last = view.clause_of(i)
    if lows[i + 1 : i + 2] == ["time"]:
        back = i - 1 if lows[i - 1 : i] == ["record"] else i
        if lows[max(0, back - 2) : back] in (["for", "the"], ["for", "a"]):
            return _won_times(document, view, back - 2, number, i + 2, story)
        return None
    k = i - 1
    while k > max(-1, i - 3) and (lows[k] in words.ignored or lows[k].startswith("record-")):
        k -= 1  # "his record-extending 10th title"
    owned = k >= 0 and (lows[k] in POSSESSIVES or lows[k].endswith(("'s", "’s")))
    won = k >= 1 and lows[k] in ("a", "an") and lows[k - 1] in words.wins  # "won a fifth world title"
    noun = _noun(words, lows, i + 1, last) if owned or won else None
    return _titled(document, view, i, noun, number, owner=k) if noun else None


def count_word(document: Document, word: str) -> int:
    cardinals = document.lexicon.numbers.cardinals
    return int(word) if word.isdigit() else cardinals.get(word, 0)


def _detail(words: SportsWords, kind: str, mods: Sequence[str]) -> str:
    """ "world chess title"; an Olympic or Paralympic title is gold."""
    kept = [words.qualifiers.get(m, m) for m in mods if m not in words.ignored]
    if kind == "title" and any(q in ("olympic", "paralympic") for q in kept):
        kind = "gold"
    return " ".join([*kept, kind])


def _noun(
    words: SportsWords,
    lows: Sequence[str],
    start: int,
    stop: int,
    heads: frozenset[str] = frozenset(),
    plural: bool = False,
) -> tuple[str, int] | None:
    """The title noun group a count qualifies ("world chess champion"): its detail and end. The
    first title word of the group names its class ("Grand Slam winner" is a Grand Slam title)."""
    mods: list[str] = []
    for j in range(start, min(stop, start + NOUN_REACH)):
        word = lows[j]
        if word in words.titles or word in heads:
            end = j + 1
            while end < stop and (lows[end] in words.titles or lows[end] in heads):
                end += 1
            if plural and not lows[end - 1].endswith("s"):
                return None
            return _detail(words, words.titles.get(word, "title"), mods), end
        if word in STOPS or word in words.streaks or not word.replace("-", "").isalpha():
            return None
        mods.append(word)
    return None


def _won_times(
    document: Document, view: SentenceView, at: int, count: int, end: int, story: StoryTitle
) -> Found | None:
    """ "won the cup three times", "took the crown on three occasions": what was won is the object of
    the verb of winning just before the count: a title noun, or "it" or a bare "the title" for the
    story's title."""
    words, lows = document.lexicon.sports, view.words()
    first, _ = view.clause_of(at)
    verbs = [j for j in range(max(first, at - VERB_REACH), at) if lows[j] in words.wins]
    if not verbs or _streak(words, lows, end):
        return None
    verb = verbs[-1]
    between = lows[verb + 1 : at]
    if any(w in (",", "and", "but", "or") for w in between):
        return None  # "won the title and the cup three times": which one is unclear
    nouns = [j for j, w in enumerate(between) if w in words.titles]
    if nouns:
        noun = _noun(words, between, 1 if between[:1] in (["the"], ["a"]) else 0, len(between))
        bare = noun is not None and " " not in noun[0] and between[:1] == ["the"]
        detail = (story.of(noun[0]) or noun[0]) if bare and noun else noun[0] if noun else ""
    else:
        detail = story.last if any(w in PRONOUNS for w in between) else ""
    if not detail:
        return None
    value = Quantity(count, count, TITLES, " ".join(lows[verb:end]), detail, kind="count")
    return (verb, end, value, player_near(document, view, verb, end))


def _titled(
    document: Document,
    view: SentenceView,
    i: int,
    noun: tuple[str, int],
    count: int,
    owner: int | None = None,
    apposed: bool = False,
) -> Found | None:
    """A count of titles at token i with its noun group; `owner` is the token of a possessive or
    an article before it ("his", "X's", "a"), `apposed` says the holder may follow the noun."""
    words, lows = document.lexicon.sports, view.words()
    detail, end = noun
    if _streak(words, lows, end):
        return None
    start = owner if owner is not None else i - 1 if i and lows[i - 1] in ("a", "an", "the", "record") else i
    holder = _named_after(view, end) if apposed else None
    if holder is None and owner is not None and lows[owner].endswith(("'s", "’s")):
        holder = next((p for p in view.mentions if p.end == owner + 1), None)
    holder = holder or player_near(document, view, start, end)
    if holder is not None and owner is not None and lows[owner] in POSSESSIVES:
        holder = holder if document.mentions[holder.index].type == EntityType.PERSON else None
    value = Quantity(count, count, TITLES, " ".join(lows[i:end]), detail, kind="count")
    return (start, end, value, holder)


def _medals(detail: str) -> bool:
    """Medals counted in the plural are mostly one event's haul ("won three golds in 2004")."""
    return detail.endswith(("medal", "gold"))


def _streak(words: SportsWords, lows: Sequence[str], end: int) -> bool:
    """ "three titles in a row", "his second title this season": a streak or a season's, not a career's."""
    return any(w in words.streaks for w in lows[end : end + 4])


def _named_after(view: SentenceView, end: int) -> Placed | None:
    """ "the five-time champion Mara Velden": the name right after the noun."""
    return next((p for p in view.mentions if p.first == end), None)
