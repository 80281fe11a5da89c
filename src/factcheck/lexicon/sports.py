"""The words of sports and games reports (data/sports.tsv): titles, moments of a game, sides."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from importlib.resources.abc import Traversable

from factcheck.lexicon.reading import rows

SPORTS_FILE = "sports.tsv"


@dataclass(frozen=True, slots=True)
class Act:
    """A decisive act inside a game: its class and how often it happens in one game."""

    name: str
    frequency: str  # "once", "held" (once per player), "attached" or "many"


@dataclass(frozen=True, slots=True)
class SportsWords:
    """Word classes of sports reports, all in lower case (see the header of data/sports.tsv)."""

    titles: Mapping[str, str]  # title noun -> the class it counts
    qualifiers: Mapping[str, str]  # "world" -> "world"
    wins: frozenset[str]
    occasions: frozenset[str]
    units: Mapping[str, str]  # "moves" -> "move"
    acts: Mapping[str, Act]
    sides: Mapping[str, str]  # "white" -> "white", "pieces" -> "men"
    plays: frozenset[str]
    games: frozenset[str]
    main: frozenset[str]
    streaks: frozenset[str]
    ignored: frozenset[str]
    results: Mapping[str, str]  # "beat" -> "win"
    partial: frozenset[str]
    triggers: frozenset[str]  # a sentence without one of these words holds no sports fact

    def act(self, word: str) -> Act | None:
        return self.acts.get(word)


def sports_words(folder: Traversable) -> SportsWords:
    table: dict[str, dict[str, str]] = {}
    acts: dict[str, Act] = {}
    for row in rows(folder, SPORTS_FILE):
        cells = [cell.strip() for cell in row]
        phrase, kind = cells[0], cells[1]
        value = cells[2] if len(cells) > 2 else phrase
        if kind == "act":
            acts[phrase] = Act(value, cells[3] if len(cells) > 3 else "held")
        table.setdefault(kind, {})[phrase] = value
    words = {kind: frozenset(found) for kind, found in table.items()}
    return SportsWords(
        titles=table.get("title", {}),
        qualifiers=table.get("qualifier", {}),
        wins=words.get("win", frozenset()),
        occasions=words.get("occasion", frozenset()),
        units=table.get("unit", {}),
        acts=acts,
        sides=table.get("side", {}),
        plays=words.get("play", frozenset()),
        games=words.get("game", frozenset()),
        main=words.get("main", frozenset()),
        streaks=words.get("streak", frozenset()),
        ignored=words.get("ignore", frozenset()),
        results=table.get("result", {}),
        partial=words.get("partial", frozenset()),
        triggers=frozenset(
            [
                *table.get("title", {}),
                *table.get("unit", {}),
                *table.get("occasion", {}),
                *table.get("result", {}),
                "white",
                "black",
            ]
        ),
    )
