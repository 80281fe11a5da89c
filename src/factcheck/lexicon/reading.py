"""Reading the word list files of factcheck/data: one parser per file layout."""

from __future__ import annotations

from dataclasses import dataclass
from importlib.resources.abc import Traversable


@dataclass(frozen=True, slots=True)
class Trigger:
    """A row of event_verbs.tsv: a phrase that states an event fact."""

    words: tuple[str, ...]
    action: str  # "attend" or "fate"
    value: str  # "yes"/"no" for attend, "dead"/"captured" for fate
    frame: str  # "active", "passive", "object", "body" or "noun"


def read(folder: Traversable, name: str) -> str:
    return folder.joinpath(name).read_text(encoding="utf-8")


def lines(folder: Traversable, name: str) -> list[str]:
    """The lines of a word list that are neither blank nor comments, stripped."""
    text = read(folder, name)
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def rows(folder: Traversable, name: str) -> list[list[str]]:
    """The tab-separated rows of a table, comments and blank lines left out (cells not stripped)."""
    text = read(folder, name)
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


def aliases(folder: Traversable, name: str) -> dict[str, str]:
    """`canonical: alias, alias` lines as a map from every written form to its canonical form."""
    mapping: dict[str, str] = {}
    for line in lines(folder, name):
        canonical, _, rest = line.lstrip("* ").partition(":")
        canonical = canonical.strip().lower()
        mapping[canonical] = canonical
        for alias in rest.split(","):
            if alias.strip():
                mapping[alias.strip().lower()] = canonical
    return mapping


def exclusive(folder: Traversable, name: str) -> frozenset[str]:
    """The canonical forms of the lines marked with a leading "*"."""
    return frozenset(
        line.lstrip("* ").partition(":")[0].strip().lower()
        for line in lines(folder, name)
        if line.startswith("*")
    )


def countries(folder: Traversable) -> dict[str, str]:
    """Country, demonym or other name (lower case) -> the country."""
    found: dict[str, str] = {}
    for line in lines(folder, "countries.tsv"):
        country, _, others = line.partition("\t")
        found[country.lower()] = country
        for other in others.split(","):
            if other.strip():
                found[other.strip().lower()] = country
    return found


def nicknames(folder: Traversable) -> dict[str, frozenset[str]]:
    """Every written given name -> the full names it can be a form of (itself included)."""
    groups: dict[str, set[str]] = {}
    for line in lines(folder, "nicknames.tsv"):
        name, _, shorts = line.partition("\t")
        forms = {name.strip().lower(), *(s.strip().lower() for s in shorts.split(",") if s.strip())}
        for form in forms:
            groups.setdefault(form, set()).add(name.strip().lower())
    return {form: frozenset(names) for form, names in groups.items()}


def name_heads(folder: Traversable) -> dict[str, str]:
    """A word inside a name -> "place", "event" or "group"."""
    return {row[0]: row[1] for row in (line.split("\t") for line in lines(folder, "name_heads.tsv"))}


def trailing_heads(folder: Traversable) -> frozenset[str]:
    """The words of name_heads.tsv marked 'last': they tell a name's kind only as its last word."""
    rows = (line.split("\t") for line in lines(folder, "name_heads.tsv"))
    return frozenset(row[0] for row in rows if row[2:3] == ["last"])


def modality(folder: Traversable) -> dict[str, str]:
    """Hedges, future markers, attribution verbs, negations and past markers -> their kind."""
    return {word.strip(): kind.strip() for word, kind in rows(folder, "modality.tsv")}


def measures(folder: Traversable) -> dict[str, dict[str, str]]:
    """The quantity word lists by kind: kind -> phrase -> value."""
    kinds: dict[str, dict[str, str]] = {}
    for row in rows(folder, "measures.tsv"):
        phrase, kind, *value = row
        kinds.setdefault(kind.strip(), {})[phrase.strip()] = value[0].strip() if value else ""
    return kinds


def event_verbs(folder: Traversable) -> tuple[dict[str, tuple[Trigger, ...]], dict[str, frozenset[str]]]:
    """The triggers of event facts by first word (longest first), and the word classes beside them.
    A trigger phrase may name a word class in braces ("{call-off} {whose} {outing}"): it stands for
    every phrase the class's words make there."""
    triggers: dict[str, list[Trigger]] = {}
    words: dict[str, set[str]] = {}
    table = rows(folder, "event_verbs.tsv")
    for row in table:
        if len(row) != 4:
            words.setdefault(row[1].strip(), set()).add(row[0].strip())
    for row in table:
        if len(row) == 4:
            for phrase in _expanded(row[0].split(), words):
                trigger = Trigger(tuple(phrase), row[1], row[2], row[3].strip())
                triggers.setdefault(trigger.words[0], []).append(trigger)
    return (
        {w: tuple(sorted(dict.fromkeys(ts), key=lambda t: -len(t.words))) for w, ts in triggers.items()},
        {kind: frozenset(ws) for kind, ws in words.items()},
    )


def _expanded(template: list[str], classes: dict[str, set[str]]) -> list[list[str]]:
    """The phrases of a trigger template: each "{class}" replaced by each word of that class."""
    phrases: list[list[str]] = [[]]
    for part in template:
        if part.startswith("{") and part.endswith("}"):
            choices = [word.split() for word in sorted(classes[part[1:-1]])]
        else:
            choices = [[part]]
        phrases = [[*phrase, *choice] for phrase in phrases for choice in choices]
    return phrases


def event_words(folder: Traversable) -> tuple[dict[tuple[str, ...], tuple[str, bool]], dict[str, str]]:
    """Event words and phrases with their class and whether the verb is transitive; and how two
    events of a class are told apart ("place" or "subject")."""
    table = [tuple(part.strip() for part in row) for row in rows(folder, "event_words.tsv")]
    words = {
        tuple(line[0].split()): (line[1], line[2:] == ("object",))
        for line in table
        if not line[0].startswith("=")
    }
    identity = {line[0][1:]: line[1] for line in table if line[0].startswith("=")}
    return words, identity
