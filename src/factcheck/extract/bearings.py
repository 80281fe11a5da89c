"""Bearing claims: where a place or the story's event lies from a named place, or in which part of it.

The shapes English news uses, all read by the direction words of data/bearings.tsv:
    away from a place:  "70 km south-west of Port Alder", "north of Port Alder", "to the south-east of
                        Port Alder", "some 20 miles NE of Port Alder", "Velmora lies west of Port Alder"
    in a part of it:    "in northern Nordland", "in the north of Nordland", "central Nordland",
                        "the northern suburbs of Port Alder", "Port Alder's northern suburbs",
                        "on the southern edge of Port Alder", "in the heart of Nordland"
What is placed is the named place just before ("Velmora, 20 km north of Port Alder", "Velmora, a
town in northern Nordland", "Velmora lies ...", "Velmora in central Nordland"), else the nearest
thing before it in the sentence that a bearing places ("the epicentre was", "the plane crashed"):
a bearing of nothing known makes no claim.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from factcheck.extract.document import Document, Placed, SentenceView
from factcheck.extract.text import Token
from factcheck.lexicon.bearings import BearingWords, Direction
from factcheck.model import Bearing, Claim, DateRange, Predicate, Span

RULE_FROM = "bearing.from"
RULE_WITHIN = "bearing.within"
# Words between a bearing and what it measures from: a distance and its hedges ("some 70 km").
DISTANCE = frozenset(
    "km kms kilometres kilometers kilometre kilometer miles mile mi metres meters m nautical some about "
    "around roughly nearly almost approximately just far further farther a few several".split()
)
# Between a place and the bearing that places it: "Velmora lies", "Velmora is located".
PLACING = frozenset("is was lies lay sits sat stands stood located situated based lying".split())
OPENERS = frozenset(["in", "across", "throughout", "from", "of", "into", "to"])  # "in north Nordland"
DETERMINERS = frozenset(["a", "an", "the"])
LOCATIVE = frozenset(["in", "at", "near"])
EVENT_VERBS = frozenset(["struck", "hit", "occurred", "centred", "centered", "happened", "took"])
MAX_DESCRIPTION = 5  # words of "a small fishing town" between a place and its bearing


@dataclass(frozen=True, slots=True)
class _Found:
    direction: Direction
    within: bool
    first: int  # first token of the phrase ("70" of "70 km north of X", "in" of "in northern X")
    reference: Placed


def bearing_claims(document: Document) -> list[Claim]:
    """A claim per bearing of something known from a named place, its object the place."""
    words = document.lexicon.bearings
    source = document.source
    as_of = DateRange(source.published, source.published) if source.published else None
    claims = []
    for view in document.sentences:
        lowered = view.words()
        if words.triggers.isdisjoint(lowered):
            continue
        starts = {p.first: p for p in view.mentions}
        ends = {p.end: p for p in view.mentions}
        named = {
            i
            for p in view.mentions
            if p.end - p.first > 1 or view.tokens[p.first].text not in words.abbreviations  # "NE" is no name
            for i in range(p.first, p.end)
        }
        for index in range(len(lowered)):
            if index in named:
                continue
            found = _phrase(view.tokens, lowered, index, words, starts, ends)
            if found is None:
                continue
            claims += _claims(document, view, found, lowered, ends, as_of)
    return claims


def _direction(tokens: Sequence[Token], lowered: list[str], at: int, words: BearingWords) -> Direction | None:
    token = tokens[at].text
    if token in words.abbreviations:
        return words.abbreviations[token]
    if at + 1 < len(lowered) and f"{lowered[at]}-{lowered[at + 1]}" in words.directions:
        return None  # "north" of "north east": the next word reads both
    if at and f"{lowered[at - 1]}-{lowered[at]}" in words.directions:
        return words.directions[f"{lowered[at - 1]}-{lowered[at]}"]
    return words.directions.get(lowered[at])


def _phrase(
    tokens: Sequence[Token],
    lowered: list[str],
    at: int,
    words: BearingWords,
    starts: dict[int, Placed],
    ends: dict[int, Placed],
) -> _Found | None:
    direction = _direction(tokens, lowered, at, words)
    if direction is None:
        return None
    after = lowered[at + 1] if at + 1 < len(lowered) else ""
    head = at - 1 if at and f"{lowered[at - 1]}-{lowered[at]}" in words.directions else at
    first = _phrase_start(lowered, head)
    if after == "of" and at + 2 in starts:  # "north of X", "the (far) north of X", "to the north of X"
        within = "the" in lowered[first:head] and lowered[first] != "to"
        if not within and direction.degrees is None:
            return None  # "centre of X" measures from nothing
        return _Found(direction, within, first, starts[at + 2])
    if after in words.areas:  # "the northern suburbs of X", "X's northern suburbs"
        if at + 3 < len(lowered) and lowered[at + 2] == "of" and at + 3 in starts:
            return _Found(direction, True, first, starts[at + 3])
        owner = ends.get(at)
        if owner is not None and tokens[at - 1].bare != tokens[at - 1].text:
            return _Found(direction, True, owner.first, owner)
        return None
    # "centre Ana Ruiz" plays in the centre: only the adjective places in the middle ("central X").
    adjective = lowered[at].endswith("ern") or lowered[at] == "central"
    opened = direction.degrees is not None and head and lowered[head - 1] in OPENERS
    if at + 1 in starts and (adjective or opened):
        return _Found(direction, True, first, starts[at + 1])  # "northern X", "central X", "in north X"
    return None


def _phrase_start(lowered: list[str], at: int) -> int:
    """Back over the distance and the words that open the phrase: "some 70 km", "to the", "in the"."""
    first = at
    while first and (
        lowered[first - 1] in DISTANCE or lowered[first - 1][:1].isdigit() or lowered[first - 1] == ")"
    ):
        if lowered[first - 1] == ")":  # "72km (44 miles) north-east of": the distance in other units
            opening = _opening(lowered, first - 1)
            if opening is None:
                break
            first = opening
            continue
        first -= 1
    if first and lowered[first - 1] in DETERMINERS:
        first -= 1
    if first and lowered[first - 1] in OPENERS | {"on"}:
        first -= 1
    return first


def _opening(lowered: list[str], closing: int) -> int | None:
    """The "(" of a short bracket of a distance that closes at `closing`."""
    for k in range(closing - 1, max(-1, closing - 5), -1):
        if lowered[k] == "(":
            return k
        if lowered[k] not in DISTANCE and not lowered[k][:1].isdigit():
            return None
    return None


def _claims(
    document: Document,
    view: SentenceView,
    found: _Found,
    lowered: list[str],
    ends: dict[int, Placed],
    as_of: DateRange | None,
) -> list[Claim]:
    """The claim of what the phrase places; when that is a place named after "in" and the sentence
    is about a thing a bearing places ("the blast was felt far inland, 40 km east of X"), a
    claim of that thing as well."""
    # The frame says the reference is a place, whatever type a lone invented name was given.
    reference = found.reference
    words = document.lexicon.bearings
    placed = _placed(lowered, found.first, ends, words.located)
    if placed is not None and (placed.index == reference.index or _listed(lowered, placed, reference)):
        placed = None
    made: list[tuple[int | None, str]] = []
    if placed is not None:
        made.append((placed.index, ""))
    if placed is None or _in_place(lowered, placed.first, words):
        located = _located(lowered, found.first, words)
        made += [(None, located)] if located else []
    tokens = view.tokens
    start = tokens[min(found.first, reference.first)].start
    end = max(tokens[reference.end - 1].end, tokens[_last(found, lowered)].end)
    span = Span(start, end, document.source.text[start:end])
    rule = RULE_WITHIN if found.within else RULE_FROM
    return [
        Claim(
            subject,
            Predicate.BEARING,
            Bearing(found.direction.name, found.direction.degrees, found.within, located),
            span,
            rule,
            as_of,
            object=reference.index,
        )
        for subject, located in made
    ]


def _listed(lowered: list[str], placed: Placed, reference: Placed) -> bool:
    """ "Asia, eastern Europe and Latin America": names in a list, not a place and its region."""
    after = lowered[reference.end] if reference.end < len(lowered) else ""
    return after in ("and", "or") and placed.end < len(lowered) and lowered[placed.end] == ","


def _in_place(lowered: list[str], first: int, words: BearingWords) -> bool:
    """The placed name stands after "in (the)" in a sentence about a thing a bearing places."""
    before = first - 1 if first and lowered[first - 1] == "the" else first
    return bool(before) and lowered[before - 1] in LOCATIVE and _subject_located(lowered, before, words)


def _subject_located(lowered: list[str], before: int, words: BearingWords) -> bool:
    """A thing a bearing places stands as a subject before `before`: "the epicentre was", "the quake struck"."""
    return any(
        w in words.located and any(v in PLACING or v in EVENT_VERBS for v in lowered[k + 1 : k + 3])
        for k, w in enumerate(lowered[:before])
    )


def _last(found: _Found, lowered: list[str]) -> int:
    """The last token of the phrase when the place stands first ("X's northern suburbs")."""
    if found.reference.first == found.first:
        return min(found.reference.end + 1, len(lowered) - 1)
    return found.reference.end - 1


def _placed(
    lowered: list[str], first: int, ends: dict[int, Placed], located: Mapping[str, str]
) -> Placed | None:
    """The named place the phrase places: "Velmora, 20 km north of", "Velmora, a town in", "Velmora
    lies", "Velmora in central X"."""
    at = first
    if at and lowered[at - 1] in PLACING:
        at -= 1
        while at and lowered[at - 1] in PLACING:
            at -= 1
        if at >= 2 and lowered[at - 1] in ("which", "that") and lowered[at - 2] == ",":
            at -= 1  # "Velmora, which lies ..."
    elif at and lowered[at - 1] != "," and at not in ends:
        # ", a small fishing town in": a described place before the phrase
        back = at
        while back and lowered[back - 1].isalpha() and at - back < MAX_DESCRIPTION:
            back -= 1
            if lowered[back] in DETERMINERS:
                break
        if lowered[back] not in DETERMINERS or not back or lowered[back - 1] != ",":
            return None
        if any(w in located for w in lowered[back:at]):  # ", the quake hit 64 km ...": no description
            return None
        at = back
    if at and lowered[at - 1] == ",":
        at -= 1
    return ends.get(at)


def _located(lowered: list[str], first: int, words: BearingWords) -> str:
    """What an unnamed bearing places: the nearest word before it that names a thing placed so."""
    for word in reversed(lowered[:first]):
        if word in words.located:
            return words.located[word]
    return ""
