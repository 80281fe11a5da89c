"""The thing a length or a span of time is of, named by the noun the figure modifies or by the
subject of a verb of lasting.

- "a 12-mile stretch", "a 30-kilometre convoy", "a 3-metre concrete wall": the thing after the
  figure, whose measure the word list gives (a wall's height, a convoy's length);
- "a three-hour standoff", "a 10-day search", "after a 48-hour siege": an event that lasted so long;
- "the standoff, which lasted nine hours", "the search went on for ten days", "the talks ended after
  90 minutes": the event named before a verb of lasting;
- "$50m more than planned", "$2m under budget": a sum that is a difference from a plan.
"""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.extract.figures import Figure, phrase_before
from factcheck.extract.text import Token
from factcheck.lexicon import Lexicon

NOUN_REACH = 2  # tokens after a figure searched for the thing it modifies ("a 3-metre concrete wall")
SUBJECT_REACH = 16  # tokens before a verb of lasting searched for the event that lasted


def thing_named(lexicon: Lexicon, tokens: Sequence[Token], end: int) -> tuple[str, str]:
    """The measure and name of the thing a figure ending at `end` modifies: ("height", "wall") for
    "a 3-metre concrete wall", ("duration", "talks") for "nine hours of talks"; empty when no such
    thing follows among lower-case words."""
    if end < len(tokens) and tokens[end].text == "(":  # "a 10-mile (16km) stretch": past the conversion
        end = next((k + 1 for k in range(end, min(end + 6, len(tokens))) if tokens[k].text == ")"), end)
    for j in range(end, min(end + NOUN_REACH, len(tokens))):
        found = lexicon.measures["thing"].get(tokens[j].lower, "")
        if found or not tokens[j].text.isalpha() or not tokens[j].text.islower():
            measure, _, name = found.partition(" ")
            return measure, name
    return "", ""


def event_lasting(lexicon: Lexicon, tokens: Sequence[Token], figure: Figure) -> str:
    """The event a span of time is the length of: the one it modifies ("a three-hour standoff"), or
    the nearest one before a verb of lasting just before it ("the siege, which lasted 12 hours")."""
    measure, name = thing_named(lexicon, tokens, figure.end)
    if measure == "duration":
        return name
    start = figure.start - (1 if figure.start and tokens[figure.start - 1].lower == "for" else 0)
    verb = phrase_before(lexicon, tokens, start, "lasting")
    if verb is None:
        return ""
    for j in range(verb[1] - 1, max(-1, verb[1] - SUBJECT_REACH), -1):
        measure, _, name = lexicon.measures["thing"].get(tokens[j].lower, "").partition(" ")
        if measure == "duration":
            return name
    return ""


def beyond_plan(lexicon: Lexicon, tokens: Sequence[Token], end: int) -> str:
    """ "$50m more than planned", "$2m under budget": a sum that is the difference from a plan (an
    overrun or a saving), not the whole cost; "" for a plain sum."""
    words = [t.lower for t in tokens[end : end + 3]]
    words = [w for w in words if w != "than"]
    if len(words) < 2 or words[1] not in lexicon.measures["standard"]:
        return ""
    return {"more": "overrun", "over": "overrun", "above": "overrun", "higher": "overrun"}.get(
        words[0], "saving" if words[0] in ("less", "under", "below", "lower") else ""
    )
