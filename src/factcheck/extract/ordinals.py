"""Ordinals that place a person or an event in a sequence, and what sequence it is.

Shapes read (word classes in data/measures.tsv, kinds `sequence` and `ordinal-noun`; tested in
tests/test_ordinals.py, tests/shapes/numbers_measures.yaml and numbers_margins_sequences.yaml with sentences of our own):

- of a person: an ordinal, a noun of a person or a role, "to" and a deed: "the second woman to lead
  the party", "the first president to be impeached", "the third player to score 100 goals", "the
  first leader since 1990 to lose a vote" (the year kept with the sequence). The sequence is the
  noun and the deed with the head of its object ("woman to lead party"), held by the person;
- of an event: an ordinal, a noun of an event and the period it counts in: "the fourth quake to hit
  X this year", "the second storm this season", "the third attack in a week", "the fifth crash since
  2029". The sequence is the event (quake, earthquake and tremor are one) and the period, held by the
  story and placed where the event struck.

An ordinal with no deed and no period ("the second woman", "its first female leader", "the fourth
quake") names no sequence two reports can be known to share, so it is never compared; nor is a
ranking ("the second-largest"), a time ("for the third time") or a day of a month.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from factcheck.extract.figures import Figure, Stretch
from factcheck.extract.measures import Measure
from factcheck.extract.text import Token
from factcheck.lexicon import Lexicon

PERSON, EVENT = "ordinal", "sequence"
NOUN_REACH = 4  # words of the noun after an ordinal ("black woman", "female prime minister")
PERIOD_REACH = 10  # tokens after the noun searched for the period ("to hit Velmora this year")
OBJECT_REACH = 6  # tokens of the deed's object ("the Unity Party", "as finance minister")
PERIODS = frozenset(["year", "month", "week", "season", "decade", "summer", "winter", "day"])
VAGUE = frozenset(["a", "an", "one", "the", "past", "last", "so", "far", "just", "only"])
NOT_VERBS = frozenset(["the", "a", "an", "his", "her", "their", "its"])
VAGUE_OBJECTS = frozenset(["so", "it", "that", "this", "them", "likewise"])
LINKS = frozenset(["be", "become", "have", "get"])  # kept with the word after them: "be arrested"
PREPOSITIONS = frozenset(["of", "to", "by", "from", "with", "without", "into", "against", "following"])
STOPS = frozenset(["on", "in", "at", "since", "after", "before", "when", "this", "for", "and", "but", "with"])


def ordinal_measure(
    lexicon: Lexicon, tokens: Sequence[Token], figure: Figure, at: Stretch, measure: Measure | None
) -> Measure | None:
    """The sequence an ordinal places its person or event in; None when it names none (the measure
    as read for any other figure)."""
    if figure.kind != "ordinal":
        return measure
    found = _sequence(lexicon, tokens, figure, at)
    return found if found.name else None


def _sequence(lexicon: Lexicon, tokens: Sequence[Token], figure: Figure, at: Stretch) -> Measure:
    words = [t.lower for t in tokens]
    noun = _noun(words, figure.end, at.last)
    if not noun:
        return Measure("", "", figure.end, False)
    head, end = words[noun[-1]], noun[-1] + 1
    event = lexicon.measures.get("sequence", {}).get(head)
    if event:
        period, stop = _period(words, end, at.last)
        return Measure(EVENT, f"{event} {period}", stop, True) if period else Measure("", "", end, False)
    if head not in lexicon.measures.get("ordinal-noun", {}) and head not in lexicon.offices:
        return Measure("", "", end, False)
    since = ""
    if end + 1 < at.last and words[end] == "since" and words[end + 1].isdigit():
        since, end = f" since {words[end + 1]}", end + 2
    deed = _deed(words, end, at.last, lexicon.measures["number"])
    if deed is None:
        return Measure("", "", end, False)
    detail, stop = deed
    return Measure(PERSON, f"{' '.join(words[k] for k in noun)}{since} to {detail}", stop, True)


ENDS = STOPS | PREPOSITIONS  # words that end the object of a deed


def _noun(words: Sequence[str], start: int, stop: int) -> list[int]:
    """The words of the noun after an ordinal, up to "to", "since", "in", "this" or a mark."""
    run: list[int] = []
    for k in range(start, min(stop, start + NOUN_REACH)):
        if words[k] in STOPS or words[k] == "to" or not words[k].replace("-", "").isalpha():
            break
        run.append(k)
    if run and words[run[0]] in ("time", "times", "place"):
        return []  # "for the third time", "finished in second place"
    return run


def _deed(words: Sequence[str], start: int, stop: int, numbers: Collection[str]) -> tuple[str, int] | None:
    """ "to lead the Unity Party": the verb and the head of its object ("lead party"), and its end.
    A passive or a link keeps its participle ("be arrested"); an adverb is skipped ("to successfully
    defend the title": "defend title"); a count in the object is kept ("win three titles"); the object ends at a preposition ("reach the third round of
    a cup": "reach round")."""
    if start + 1 >= stop or words[start] != "to" or not words[start + 1].isalpha():
        return None
    k = start + 1
    while k + 1 < stop and words[k].endswith("ly") and words[k + 1].isalpha():
        k += 1
    verb, k = words[k], k + 1
    if verb in NOT_VERBS:
        return None  # "the first step to the final": no deed
    if verb in LINKS and k < stop and words[k].isalpha() and words[k] not in NOT_VERBS:
        verb, k = f"{verb} {words[k]}", k + 1
    head, first, counted = "", k, []
    while k < min(stop, first + OBJECT_REACH) and words[k] not in ENDS and words[k][:1].isalnum():
        head = words[k].removesuffix("'s").removesuffix("’s")
        counted += [head] if head.replace(",", "").isdigit() or head in numbers else []
        k += 1
    counted = [] if counted[-1:] == [head] else counted  # "to win three titles": the count is kept
    if head in VAGUE_OBJECTS:
        return None  # "the first leader to do so": the deed is told elsewhere
    return " ".join([verb, *counted, head]).strip(), k


def _period(words: Sequence[str], start: int, stop: int) -> tuple[str, int]:
    """The period an event is counted in after its noun: "this year", "in a week", "since 2029"."""
    for k in range(start, min(stop, start + PERIOD_REACH)):
        if words[k] == "since" and k + 1 < stop and words[k + 1].isdigit():
            return f"since {words[k + 1]}", k + 2
        if words[k] in ("this", "in") and k + 1 < stop:
            ahead = range(k + 1, min(stop, k + 5))
            unit = next((j for j in ahead if words[j].removesuffix("s") in PERIODS), None)
            if unit is None:
                continue
            count = [w for w in words[k + 1 : unit] if w not in VAGUE]
            return " ".join([words[k], *count, words[unit].removesuffix("s")]), unit + 1
    return "", start
