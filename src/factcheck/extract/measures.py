"""What a figure is about: the measure it counts, and the holder and places it belongs to.

The measure class ("deaths", "seats", "years") comes from the noun after the figure or the nearest
indicator word of its stretch of the clause ("2,300 have been killed"); the holder is the nearest
person or body before the figure (after it when none), never a speaker ("X said") nor a name used
as a modifier ("NATO summits").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from factcheck.extract.document import Document, Placed, SentenceView
from factcheck.extract.figures import Figure, Stretch, phrase_at, phrase_before
from factcheck.extract.number_shapes import SUPERLATIVE_REACH
from factcheck.extract.stance import HOLDERS, speaks
from factcheck.extract.text import Token
from factcheck.extract.things import beyond_plan, event_lasting, thing_named
from factcheck.lexicon import Lexicon
from factcheck.model import EntityType

PLACES = frozenset([EntityType.PLACE, EntityType.UNKNOWN])
ENDS_NOUN = ("function", "generic", "measure")  # kinds of word that end the noun after a figure
SCOPE_PREPOSITIONS = frozenset(["in", "across", "throughout"])
DETERMINERS = frozenset(["the", "a", "an", "all", "my", "our", "your", "his", "her", "its", "their"])
UNKEYED_RECORDS = frozenset(["first", "only", "last"])
RELATIVE_OF = frozenset(["whom", "which"])
MODIFYING = frozenset(["by", "of", "from", "for", "with"])  # open a modifier of a noun
LINK_REACH = 3  # tokens before a sum searched for a linking verb ("currently amount to")
INDICATOR_REACH = 4  # tokens after a figure searched for its indicator ("10,000 are reported missing")


@dataclass(frozen=True, slots=True)
class Measure:
    """What a figure counts: its class or noun, a detail (the verb or the 'of' noun), where it ends."""

    name: str
    detail: str
    end: int
    named: bool  # the figure's own noun (or one it shares), which an elliptical figure after it may share


def measure_of(
    lexicon: Lexicon, tokens: Sequence[Token], figure: Figure, at: Stretch, previous: Measure | None
) -> Measure | None:
    """What a figure counts: the measure noun after it, else the nearest indicator word of a total
    ("killed", "missing") with the figure's own noun as detail ("two women" killed), else the measure
    of the figure before it ("PML-N 76, PPP 54"), else its own noun."""
    read = _read_measure(lexicon, tokens, figure, at)
    if read is not None:
        return None if read.name == "" else read
    start = figure.end
    if of_relative(tokens, figure):
        pass  # "40 were hurt, six of whom died": the verb after the pronoun says what six counts
    elif start < at.hi and tokens[start].lower == "of":  # "two of the worst ...": the noun after
        start += 2 if start + 1 < at.hi and tokens[start + 1].lower == "the" else 1
    named, noun = _noun_after(lexicon, tokens, start, at.hi, figure.low == 1)
    if named:
        return _detailed(lexicon, tokens, named[0], named[1], figure, at, True)
    if start > figure.end:
        return None
    owner = _owner(lexicon, tokens, figure)
    if owner is not None and noun is None:
        return Measure(owner, "", figure.end, False)
    following = tokens[figure.end].text if figure.end < len(tokens) else "."
    if following[:1].isupper() and noun is None and following.lower() not in lexicon.measures["measure"]:
        return None  # "50 Cent's album": a number that starts a name
    own = tokens[noun].lower if noun is not None else ""
    # a figure with a noun of its own takes an indicator only right next to it ("killed two women")
    close = at if noun is None else Stretch(at.first, max(at.lo, figure.start - 3), at.hi, at.last)
    after = figure.end + 2 if of_relative(tokens, figure) else figure.end  # past "of whom"
    indicator = _indicator(lexicon, tokens, figure, close, after if noun is None else noun + 1, noun is None)
    agent = figure.start > 0 and tokens[figure.start - 1].lower == "by"
    if indicator and lexicon.comparison(indicator) == "total" and not agent:  # "killed ... by thousands who"
        return Measure(indicator, own, figure.end if noun is None else noun + 1, noun is not None)
    if noun is None and previous and previous.named and lexicon.comparison(previous.name) != "none":
        return _detailed(lexicon, tokens, previous.name, figure.end, figure, at, True)
    return Measure(own, "", noun + 1, True) if noun is not None else None


def of_relative(tokens: Sequence[Token], figure: Figure) -> bool:
    """A figure followed by "of whom" or "of which": the whole count of what the clause says next."""
    end = figure.end
    return end + 1 < len(tokens) and tokens[end].lower == "of" and tokens[end + 1].lower in RELATIVE_OF


def _read_measure(lexicon: Lexicon, tokens: Sequence[Token], figure: Figure, at: Stretch) -> Measure | None:
    """The measure of a figure whose kind or unit names it: a share, a sum of money ("money" with
    the noun it pays: "fine", "loans"), an age, a magnitude, a span of years back ("the worst in 60
    years", "since 2004"), a length told apart as depth, height or distance by the words around it,
    a speed, a span of time (by its unit: "years"); an empty name for one never compared."""
    kind, end = figure.kind, figure.end
    if kind in ("percent", "fraction"):
        return _detailed(lexicon, tokens, "percent", end, figure, at, True)
    if kind == "money":
        detail = _linked(lexicon, tokens, figure, at) or _nearest(lexicon, tokens, figure, at, "money")
        return Measure("money", f"{detail} {beyond_plan(lexicon, tokens, end)}".strip(), end, True)
    if kind == "magnitude":  # of the quake, unless an aftershock is named beside it
        shock = _nearest(lexicon, tokens, figure, at, "shock") or _shock_before(lexicon, tokens, figure)
        return Measure("magnitude", shock or "quake", end, True)
    if kind == "division":  # the ayes and noes of one vote, compared by what was voted on (quantities.py)
        return Measure("division", "", end, True)
    if kind in ("score", "ordinal"):
        return Measure("", "", end, False)  # read, so that they are no count, but not compared yet
    if kind == "year-span":
        record = _record(lexicon, tokens, figure)  # "has lived there since 2004": no record's reach
        return (
            Measure(lexicon.measures["kind"][kind], record, end, True)
            if record
            else Measure("", "", end, False)
        )
    if kind == "age":
        return Measure(lexicon.measures["kind"].get(kind, kind), "", end, True)
    if kind == "duration":
        event = event_lasting(lexicon, tokens, figure)  # "a three-hour standoff": compared in any unit
        if event:
            return Measure("duration", event, end, True)
        return _detailed(lexicon, tokens, f"{figure.unit}s", end, figure, at, True) if figure.unit else None
    if kind == "measure":
        if figure.dimension == "length":
            which = _nearest(lexicon, tokens, figure, at, "length") or thing_named(lexicon, tokens, end)[0]
            return Measure(which or "distance", "", end, True)
        return Measure(figure.dimension, "", end, True)
    return None


def _record(lexicon: Lexicon, tokens: Sequence[Token], figure: Figure) -> str:
    """The superlative whose reach a span of years is ("the deadliest since 2004", "the first time
    in a decade"): records of two kinds ("the worst", "the first time") are never compared."""
    before = tokens[max(0, figure.start - SUPERLATIVE_REACH) : figure.start]
    words = [t.lower for t in before if t.lower in lexicon.numbers.classes["superlative"]]
    # "the first time since", "the only", "the last": said of any deed of anyone in the story, so two of
    # them are seldom one record
    record = words[-1] if words else ""
    return "" if record in UNKEYED_RECORDS else record


def _shock_before(lexicon: Lexicon, tokens: Sequence[Token], figure: Figure) -> str:
    """ "Two aftershocks, magnitude 2.9 and 2.2": an aftershock named earlier in the sentence, with
    no word of an event between it and the magnitude ("an aftershock followed the quake of 6.1")."""
    for j in range(figure.start - 1, -1, -1):
        found = phrase_at(lexicon, tokens, j, "shock")
        if found is not None:
            return found[0]
        if (tokens[j].lower,) in lexicon.event_words:
            return ""
    return ""


def _nearest(lexicon: Lexicon, tokens: Sequence[Token], figure: Figure, at: Stretch, kind: str) -> str:
    """The word or phrase of a class nearest a figure in its stretch of the clause ("a fine of",
    "deep", "ordered to pay back")."""
    best: tuple[int, str] | None = None
    for j in range(max(at.lo, figure.start - INDICATOR_REACH), min(at.hi, figure.end + INDICATOR_REACH)):
        if figure.start <= j < figure.end:
            continue
        found = phrase_at(lexicon, tokens, j, kind)
        if found is not None and (j >= figure.end or found[1] <= figure.start):
            distance = figure.start - found[1] + 1 if j < figure.start else j - figure.end + 1
            if best is None or distance < best[0]:
                best = (distance, found[0])
    return best[1] if best else ""


def _linked(lexicon: Lexicon, tokens: Sequence[Token], figure: Figure, at: Stretch) -> str:
    """What a sum pays when a verb joins it to its subject: the first money noun of the subject in
    "the overall harm done by the scheme comes to $3m" (a noun group, then a linking verb, then the
    sum): the money noun before the verb, not the noun of the modifier after it."""
    link = None
    for j in range(figure.start - 1, max(at.lo, figure.start - LINK_REACH) - 1, -1):
        found = phrase_before(lexicon, tokens, j + 1, "link")
        if found is not None:
            link = found[1]
            break
    if link is None:
        return ""
    table = lexicon.measures["money"]
    for j in range(link - 1, at.first - 1, -1):  # the subject may hold a count ("310 fake loans, worth")
        word = tokens[j].lower
        inside = {t.lower for t in tokens[max(at.first, j - 2) : j]} & MODIFYING
        if word in table and not inside:  # "damages caused by the fraud": the fraud only modifies
            return table[word]
    return ""


def _owner(lexicon: Lexicon, tokens: Sequence[Token], figure: Figure) -> str | None:
    """The noun a figure describes in 'a mother of 12', 'a family of five' (not 'a death toll of 50')."""
    at = figure.start - 1
    at -= 1 if at > 0 and tokens[at].lower in ("just", "only") else 0  # "the age of just 28"
    if at < 1 or tokens[at].lower != "of":
        return None
    word = tokens[at - 1].lower
    known = any(word in lexicon.measures[kind] for kind in ("toll", "measure", "unit", "scope", "function"))
    return word if word.isalpha() and tokens[at - 1].text.islower() and not known else None


def _noun_after(
    lexicon: Lexicon, tokens: Sequence[Token], start: int, stop: int, one: bool
) -> tuple[tuple[str, int] | None, int | None]:
    """The measure phrase in the few words after a figure, else the token of its plain noun: the last
    plural of the run of words before a function word, verb or punctuation ("two rival governments"),
    or a singular after 'one' ("one man"); a word like 'overnight' after 450 is no noun of it."""
    words, run = lexicon.measures, []
    for j in range(start, min(stop, start + 4)):
        named = phrase_at(lexicon, tokens, j, "unit")
        if named:
            return named, None
        word = tokens[j].lower
        if not word.isalpha() or verb_stem(lexicon, tokens[j]) or any(word in words[k] for k in ENDS_NOUN):
            break
        run.append(j)
    nouns = [j for j in run if tokens[j].text.islower()] or run[:1]  # "17 National Assembly seats", "163 MPs"
    plurals = [j for j in nouns if tokens[j].text.endswith("s") or tokens[j].lower in words["plural"]]
    return None, plurals[-1] if plurals else nouns[0] if nouns and one else None


def _indicator(
    lexicon: Lexicon, tokens: Sequence[Token], figure: Figure, at: Stretch, after: int, units: bool
) -> str | None:
    """The measure class named by the indicator word nearest a figure: just before or after it
    ("killed at least 50", "2,300 have been killed"), or a toll anywhere before it in its stretch of
    the clause ("the number of dead in the valley has climbed to"); on a tie the one after it ("five died
    and seven were injured"). A unit ("seats") names it only for a figure with no noun of its own."""
    found = []
    joins = [j for j in range(at.lo, figure.start) if tokens[j].lower in ("and", ",")]
    lo = joins[-1] + 1 if joins and joins[-1] >= figure.start - 2 else at.lo  # "killed and 70 injured"
    stop = min(at.hi, after + INDICATOR_REACH)
    # "firing at four, killing two": the participle after a comma has its own object
    stop = next(
        (j for j in range(after, stop) if tokens[j].text == "," and _participle_next(tokens, j)), stop
    )
    for j in [*range(lo, figure.start), *range(after, stop)]:
        named = phrase_at(lexicon, tokens, j, "toll")  # "the number of dead in the valley has climbed to"
        if named is None and (j >= after or j >= figure.start - INDICATOR_REACH):
            named = phrase_at(lexicon, tokens, j, "measure") or (
                phrase_at(lexicon, tokens, j, "unit") if units else None
            )
        if named and named[1] <= at.hi:
            found.append((figure.start - j + 0.5 if j < figure.start else j - figure.end + 1, named[0]))
    return min(found)[1] if found else None


def _participle_next(tokens: Sequence[Token], comma: int) -> bool:
    """A comma followed by an "-ing" word opens a clause of its own ("..., killing one")."""
    following = tokens[comma + 1].lower if comma + 1 < len(tokens) else ""
    return following.endswith("ing") and len(following) > 5


def _detailed(
    lexicon: Lexicon, tokens: Sequence[Token], name: str, end: int, figure: Figure, at: Stretch, named: bool
) -> Measure:
    """A measure with the detail its class is compared by: the verb of a count of years ("attend"),
    the noun of a share ("percent of GDP")."""
    detail = ""
    if lexicon.comparison(name) == "of":
        words = [t.lower for t in tokens[end : min(end + 3, at.last)]]
        rest = [w for w in words[1:] if w not in DETERMINERS] if words[:1] == ["of"] else []
        detail = rest[0].removesuffix("'s").removesuffix("’s") if rest else ""
        detail = _stake(lexicon, tokens, figure, end, detail)
    elif lexicon.comparison(name) == "verb":
        before = (verb_stem(lexicon, t) for t in reversed(tokens[at.first : figure.start]))
        after = (verb_stem(lexicon, t) for t in tokens[end : at.last])
        detail = next((v for v in before if v), "") or next((v for v in after if v), "")
    return Measure(name, detail, end, named)


def _stake(lexicon: Lexicon, tokens: Sequence[Token], figure: Figure, end: int, detail: str) -> str:
    """A share that is a holding in a company: "a 20% stake", "a stake of 20%", "20% of the
    shares", "held 20% of Corven Bank" (a verb of holding and a name after "of")."""
    stakes, owning = lexicon.measures["stake"], lexicon.measures["own"]
    if detail in stakes:
        return stakes[detail]
    after = phrase_at(lexicon, tokens, end, "stake") if end < len(tokens) else None
    before = [t.lower for t in tokens[max(0, figure.start - 3) : figure.start]]
    if after is not None or before[-2:] == ["stake", "of"] or before[-3:-1] == ["stake", "of"]:
        return "stake"
    named = end + 1 < len(tokens) and tokens[end].lower == "of"
    named = named and any(t.text[:1].isupper() for t in tokens[end + 1 : end + 3])
    return "stake" if named and any(w in owning for w in before) else detail


def verb_stem(lexicon: Lexicon, token: Token) -> str | None:
    """The stem of a past-tense verb ("attended" -> "attend"), or None."""
    word = token.lower
    verbs = lexicon.measures["verb"]
    if word in verbs:
        return verbs[word]
    if word.isalpha() and token.text.islower() and word.endswith("ed") and len(word) > 4:
        return word[:-2]
    return None


def modifies(document: Document, view: SentenceView, placed: Placed) -> bool:
    """A name that modifies what follows ("NATO summits", "Khan's PTI"), so not the holder of a figure.
    A name inside a compound ("PTI-backed independents") stands for the unnamed holder after it."""
    tokens = view.tokens
    last = tokens[placed.end - 1]
    if placed.end >= len(tokens) or document.mentions[placed.index].span.end < last.end:
        return False
    after = tokens[placed.end]
    if last.text.endswith(("'s", "’s")) and after.text[:1].isupper():
        return True
    word = after.lower
    verbish = (
        verb_stem(document.lexicon, after)
        or word in document.lexicon.quotes.inflections  # "began", "was", "has": irregular verbs
        or word.endswith(("ing", "ly"))
        or word in document.lexicon.measures["function"]
        or word in document.lexicon.measures["between"]  # "X herself attended": no noun X modifies
    )
    return after.text.isalpha() and after.text.islower() and not verbish


def holder_of(document: Document, view: SentenceView, figure: Figure, at: Stretch) -> Placed | None:
    """Whose the figure is: the nearest person or body before it in its stretch of the clause (after
    any attribution verb), else the nearest one after it; speakers and modifiers are never holders."""
    said = [
        j for j in range(at.lo, figure.start) if view.tokens[j].lower in document.lexicon.attribution_words
    ]
    floor = said[-1] + 1 if said else at.lo
    candidates = _holders(document, view)
    before = [p for p in candidates if p.first >= floor and p.end <= figure.start]
    after = [p for p in candidates if p.first > figure.end and p.end <= at.hi]  # "163 MPs": its noun
    return before[-1] if before else after[0] if after else None


def holders(document: Document, view: SentenceView) -> list[Placed]:
    """The persons and bodies of a sentence that can hold a figure (no speakers, no modifiers)."""
    return _holders(document, view)


def _holders(document: Document, view: SentenceView) -> list[Placed]:
    """The persons and bodies of a sentence that can hold a figure, worked out once per sentence."""
    found = view.memo.get("holders")
    if not isinstance(found, list):
        found = [
            p
            for p in view.mentions
            if document.mentions[p.index].type in HOLDERS
            and not speaks(document, view, p)
            and not modifies(document, view, p)
        ]
        view.memo["holders"] = found
    return found


def anchors_of(document: Document, view: SentenceView, figure: Figure, at: Stretch) -> list[Placed]:
    """The names a figure is about besides its holder: those after it when a place is among them
    ("killed 170 in Benghazi"), else those before it ("the toll in Derna has risen to 11,300")."""
    after = []
    for placed in view.mentions_between(figure.end, at.hi):
        if speaks(document, view, placed):
            break  # "..., the governor said in Port Alder": where it was said, not where it happened
        after.append(placed)
    if any(document.mentions[p.index].type in PLACES for p in after):
        return after
    return [p for p in view.mentions_between(at.lo, figure.start) if not speaks(document, view, p)]


def scope_of(document: Document, view: SentenceView, end: int, at: Stretch) -> list[Placed]:
    """The places that narrow a figure with a holder: 'in <place>' just after it ("won 30 seats in
    Punjab"), or an opening 'In <place>,' of its clause. They are the anchors of such a figure."""
    tokens, found = view.tokens, []
    starts = [j for j in range(end, min(at.hi, end + 2)) if tokens[j].lower in SCOPE_PREPOSITIONS]
    if at.first + 1 < len(tokens) and tokens[at.first].lower == "in":
        starts.append(at.first)
    for j in starts:
        stop = next(
            (k for k in range(j + 1, min(at.last, j + 6)) if not tokens[k].text[:1].isalnum()), at.last
        )
        found += [
            p
            for p in view.mentions_between(j + 1, min(stop, j + 6))
            if document.mentions[p.index].type in PLACES
        ]
    return found
