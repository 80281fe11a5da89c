"""Whose an age or a sum is: the person the grammar gives it to, not the name that stands nearest.

Ages ("personal" figures):
- "Mara Velden, 41," / "Velden, aged 41" / "Velden (41)": the name just before (the number reader
  and `holder_of` find it);
- "the 41-year-old Mara Velden", "41-year-old nurse Mara Velden", "Forty-one-year-old Velden", "a
  41-year-old named Mara Velden": the person named right after the age (a few lower-case words
  between), or after "named"/"called";
- "The 41-year-old (leader of Halden Bank) was ...": with no person beside it, a definite age stands
  for the person the text spoke of last (in this sentence or the one before); never a company
  named after it.
Sums: "She was ordered to repay $2m", "the court ordered him to pay $2m": a personal pronoun
nearer the sum than any name stands for the person spoken of last. A currency code ("USD", "VND")
is never a holder.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from factcheck.extract.document import Document, Placed, SentenceView
from factcheck.extract.figures import Figure, Stretch
from factcheck.extract.measures import modifies
from factcheck.extract.stance import HOLDERS, speaks
from factcheck.extract.text import Token
from factcheck.model import Claim, EntityType, Quantity, Span

PERSONS = frozenset([EntityType.PERSON, EntityType.UNKNOWN])
PRONOUNS = frozenset(["he", "she", "him", "her"])
NAMERS = frozenset(["named", "called", "identified"])  # "a 41-year-old named Mara Velden"
LINKS = frozenset(["from", "in", "of", "at", "on", "for", "with", "by", "and", "or", "to", "was", "is"])
PREPOSITIONS = frozenset(["at", "from", "to", "of", "in", "with", "by", "against", "for", "into", "out"])
PARTICLES = frozenset(["up", "off", "out", "away", "down", "on"])
IRREGULAR_PARTICIPLES = frozenset(["paid", "made", "won", "lost", "owed", "held", "run", "spent", "built"])
RELATIVES = frozenset(["who", "which", "whose", "whom", "that"])
RELATIVE_REACH = 6  # tokens before a name searched for the relative pronoun of its clause
POSSESSIVES = frozenset(["his", "her", "their", "its", "my", "our", "your"])
# verbs that may follow a bare "the 55-year-old": it is the subject, not a noun's modifier
ANAPHOR_VERBS = frozenset(
    ["said", "says", "was", "is", "has", "had", "will", "would", "told", "added", "denies", "denied"]
)
NOUN_GAP = 3  # lower-case words between an age and the name it describes ("41-year-old nurse")
ANAPHOR_REACH = 8  # sentences back searched for the person a definite age or a pronoun stands for


def is_currency(document: Document, placed: Placed) -> bool:
    """A name that is a currency code or word ("USD", "VND", "euros"), read as a name by mistake."""
    numbers = document.lexicon.numbers
    text = document.mentions[placed.index].span.text
    return text in numbers.currency_before or text.lower() in numbers.currency_after


def age_holder(
    document: Document, view: SentenceView, figure: Figure, at: Stretch, near: Placed | None
) -> Placed | int | None:
    """The person an age belongs to: the name it describes after it ("41-year-old nurse Mara
    Velden", "his 58-year-old mother, Ana Velden"), else the person just before it (`near`, found by
    the general reader) unless a possessive gives the age to someone else ("his 58-year-old
    mother"), else, for a bare "the N-year-old" or "the N-year-old <role> of ...", the person spoken
    of last (an index of `document.mentions` when named in an earlier sentence)."""
    tokens = view.tokens
    persons = [p for p in view.mentions if document.mentions[p.index].type in PERSONS]  # typed or not
    following = [p for p in persons if figure.end <= p.first <= at.last and not speaks(document, view, p)]
    modifying = {k for p in following if _name_as_modifier(document, view, p) for k in range(p.first, p.end)}
    for after in (p for p in following if p.first not in modifying):
        # "18-year-old Harbourton centre Mathew Tallis": the club's name describes the player
        between = [
            t.text for k, t in enumerate(tokens[figure.end : after.first], figure.end) if k not in modifying
        ]
        between = between[:-1] if between[-1:] == [","] else between  # "his 58-year-old mother, Ana"
        plain = all(w.isalpha() and w.islower() and w not in LINKS for w in between)
        if (plain and len(between) <= NOUN_GAP) or any(w.lower() in NAMERS for w in between[-2:]):
            return after
    start = figure.start
    before = tokens[start - 1].lower if start else ""
    if before in POSSESSIVES or before.endswith(("'s", "’s")):
        return None  # "Velden's 58-year-old mother": not Velden's age
    if before in ("a", "an") and not _apposed(tokens, start, near):
        return None  # "convicted of assaulting a 12-year-old": someone new, not the person named before
    if (
        before == "the"
        and near is not None
        and near.end <= start
        and not _apposed(tokens, start, near)
        and _noun_after(tokens, figure)
    ):
        return None  # "accused of assaulting the 12-year-old girl": the girl's age, not the accused's
    if near is not None and near.end <= start and document.mentions[near.index].type in PERSONS:
        return near
    after_age = tokens[figure.end].text if figure.end < len(tokens) else "."
    role_of = figure.end + 1 < len(tokens) and tokens[figure.end + 1].lower == "of"
    bare = not after_age.isalpha() or not after_age.islower() or role_of or verb_stem_like(after_age)
    if before in ("the", "this") and bare and not any(p.end <= start for p in persons):
        return last_person(document, view, start)
    return None


def _name_as_modifier(document: Document, view: SentenceView, placed: Placed) -> bool:
    """ "the 18-year-old Harbour City centre X", "the 25-year-old Port Alder star": a name of no
    known type before a noun describes it (a club, a town), it is not whose the age is."""
    return document.mentions[placed.index].type == EntityType.UNKNOWN and modifies(document, view, placed)


def _noun_after(tokens: Sequence[Token], figure: Figure) -> bool:
    """ "the 12-year-old girl": a noun follows the age, naming whom it describes."""
    at = figure.end + (figure.end < len(tokens) and tokens[figure.end].lower == "old")  # "12-year old"
    after = tokens[at].text if at < len(tokens) else ""
    return after.isalpha() and after.islower() and after not in LINKS and not verb_stem_like(after)


def _apposed(tokens: Sequence[Token], start: int, near: Placed | None) -> bool:
    """ "Mara Velden, a 41-year-old nurse": the indefinite age stands in apposition to the name."""
    return near is not None and start >= 2 and tokens[start - 2].text == "," and near.end == start - 2


def verb_stem_like(word: str) -> bool:
    """A word after "the 55-year-old" that is its verb, not a noun that names someone new."""
    return word.lower() in ANAPHOR_VERBS or word.endswith("ed")


def money_holder(
    document: Document, view: SentenceView, figure: Figure, at: Stretch, near: Placed | None
) -> Placed | int | None:
    """Who pays, owes or took a sum: the holder the general reader found, unless it is a currency
    or a personal pronoun stands nearer the sum ("the bank said she must repay $2m")."""
    tokens = view.tokens
    if near is not None and (is_currency(document, near) or near.first >= figure.end):
        near = None  # "repay $2m to Corven Bank": a name after the sum is paid, not paying
    if near is not None:
        near = _outside_relative(document, view, near)
    if near is not None and _agent(tokens, near):
        pass  # "the damages caused by Ilse Varga": the agent of a passive did it
    elif near is not None and near.first and tokens[near.first - 1].lower in PREPOSITIONS:
        # "the loans she arranged at Corven Bank were worth $2m": a name after a preposition is
        # where or from whom; the payer is the nearest name before it that no preposition governs
        free = [
            p
            for p in view.mentions
            if at.lo <= p.first
            and p.end <= near.first
            and document.mentions[p.index].type in HOLDERS
            and not (p.first and tokens[p.first - 1].lower in PREPOSITIONS)
        ]
        near = free[-1] if free else None
    floor = near.end if near is not None else at.first
    if any(t.lower in PRONOUNS for t in tokens[floor : figure.start]):
        return last_person(document, view, figure.start)
    return near


def _agent(tokens: Sequence[Token], near: Placed) -> bool:
    """A name after "by" and a participle: "caused by X", "embezzled by X", "stolen by X"."""
    if near.first < 2 or tokens[near.first - 1].lower != "by":
        return False
    at = near.first - 2
    if at and tokens[at].lower in PARTICLES:
        at -= 1  # "siphoned off by", "taken out by"
    verb = tokens[at].lower
    return verb.endswith(("ed", "en")) or verb in IRREGULAR_PARTICIPLES


def _outside_relative(document: Document, view: SentenceView, near: Placed) -> Placed | None:
    """The holder a relative clause interrupts: in "Ilse Varga, who ran Corven Bank, took $2m" the
    bank is named inside the clause about her; she took the sum."""
    tokens = view.tokens
    opener = next(
        (
            j
            for j in range(near.first - 1, max(-1, near.first - RELATIVE_REACH), -1)
            if tokens[j].lower in RELATIVES and j and tokens[j - 1].text == ","
        ),
        None,
    )
    if opener is None:
        return near
    before = [p for p in view.mentions if p.end <= opener - 1 and document.mentions[p.index].type in HOLDERS]
    return before[-1] if before else near


def last_person(document: Document, view: SentenceView, before: int) -> Placed | int | None:
    """The person spoken of last before a token: in its sentence (not a speaker), else in the
    sentence before it (as an index of `document.mentions`)."""
    here = [p for p in _people(document, view) if p.end <= before]
    if here:
        return here[-1]
    index = view.memo.get("index")
    if not isinstance(index, int):
        index = next(k for k, candidate in enumerate(document.sentences) if candidate is view)
        view.memo["index"] = index
    for earlier in reversed(document.sentences[max(0, index - ANAPHOR_REACH) : index]):
        people = _people(document, earlier)
        if people:  # the first person of a sentence is most often its subject
            return people[0].index
    return None


def _people(document: Document, view: SentenceView) -> list[Placed]:
    """The persons of a sentence who are not speakers there, nor a body named after its kind
    ("the property company Halden Velt", read as a person's name)."""
    tokens, heads = view.tokens, document.lexicon.organization_heads
    return [
        p
        for p in view.mentions
        if document.mentions[p.index].type == EntityType.PERSON
        and not (p.first and tokens[p.first - 1].text.islower() and tokens[p.first - 1].text.title() in heads)
        and not speaks(document, view, p)
    ]


def converted(document: Document, view: SentenceView, claim: Claim, figure: Figure) -> Claim:
    """The claim of a sum that gives the one before it in another currency: the same payer and
    what it pays, its own figure and currency ("ordered to repay 2 trillion dong ($80m)")."""
    value = claim.value
    assert isinstance(value, Quantity)
    tokens = view.tokens
    begin, stop = tokens[figure.start].start, tokens[figure.end - 1].end
    own = replace(
        value,
        low=figure.low,
        high=figure.high,
        bound=figure.form,
        currency=figure.currency,
        rounding=figure.rounding,
    )
    start = min(claim.span.start, begin)
    return replace(claim, value=own, span=Span(start, stop, document.source.text[start:stop]))
