"""Whether two quotations of one speaker are one statement, and whether their wording changes its meaning."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from factcheck.lexicon.quotes import QuoteWords
from factcheck.resolve.keys import close_spelling, skeleton
from factcheck.rules.quote_align import Opcode, opcodes
from factcheck.rules.quote_units import Unit, units

DifferenceKind = Literal["negation", "number", "name", "quantifier", "clause", "verb", "wording"]
# When two quotations differ in several places, the difference reported is the first of these kinds.
PRIORITY: tuple[DifferenceKind, ...] = (
    "negation",
    "number",
    "name",
    "quantifier",
    "clause",
    "verb",
    "wording",
)

# One statement: the units both quotations share in order (after spelling, inflection, contractions,
# numbers written out and synonyms are made equal, and articles dropped; fillers not counted) are at
# least MIN_SHARED (all of the shorter quotation when it has fewer), at least SHARE_OF_SHORTER of the
# shorter quotation, and at least SHARE_OF_LONGER of the longer one unless the shorter lies wholly
# inside it (a partial quotation). "We will raise taxes" / "We will cut taxes" share 3 of 4: one
# statement; "We will build houses" / "They want roads and new schools" share none.
# What a quotation leaves out at its start or end is a finding only when at least MIN_SHARED units
# are kept: a partial quotation of a word or two is no statement of its own.
MIN_SHARED = 3
SHARE_OF_SHORTER = 0.6
SHARE_OF_LONGER = 0.5
MAX_SPREAD = 3  # units the longer quotation may have between the parts it shares with a partial one
# The alignment is quadratic in the worst case: longer quotations are compared on their first units.
MAX_UNITS = 400
CONTENT_ROLES = frozenset(["word", "name", "number", "unit", "negation", "quantifier", "modal", "clause"])
Place = Literal["leading", "trailing", "middle"]


@dataclass(frozen=True, slots=True)
class QuoteDifference:
    """Where two quotations of one statement differ in meaning; the spans are offsets in each quotation."""

    kind: DifferenceKind
    a_part: str
    b_part: str
    a_span_in_a: tuple[int, int]
    b_span_in_b: tuple[int, int]
    explanation: str


@dataclass(frozen=True, slots=True)
class _Side:
    units: tuple[Unit, ...]  # the units of this quotation in the stretch
    at: int  # where the stretch stands in the text when it is empty
    before: Unit | None  # the units around it
    after: Unit | None


@dataclass(frozen=True, slots=True)
class _Block:
    a: _Side
    b: _Side
    place: Place
    ellipsis: bool  # one side marks words left out ("...", "[...]")


def compare_quotes(a: str, b: str, words: QuoteWords) -> QuoteDifference | None:
    """The difference of meaning between two quotations of one statement; None when they are not the
    same statement or differ only harmlessly."""
    ua, ub = _compared(a, words), _compared(b, words)
    aligned = _aligned(ua, ub)
    if aligned is None:
        return None
    codes, shared = aligned
    # The keys each quotation has outside the stretches both share: where a moved word stands.
    unmatched = (
        {u.key for c in codes if c[0] != "equal" for u in ua[c[1] : c[2]]},
        {u.key for c in codes if c[0] != "equal" for u in ub[c[3] : c[4]]},
    )
    found = []
    for tag, i1, i2, j1, j2 in codes:
        if tag == "equal":
            continue
        block = _block(ua, ub, (i1, i2, j1, j2), len(a), len(b))
        if block.place == "middle" or shared >= MIN_SHARED:
            difference = _classify(block, a, b, words) or _moved(block, unmatched, a, b, words)
            found += [difference] if difference else []
    best = min(found, key=lambda d: (PRIORITY.index(d.kind), d.a_span_in_a[0]), default=None)
    return best or _noun_number(ua, ub, codes, a, b)


def _noun_number(
    ua: list[Unit], ub: list[Unit], codes: list[Opcode], a: str, b: str
) -> QuoteDifference | None:
    """'a technical fault' against 'technical faults': one noun, singular in one quotation and plural in the
    other, where the singular is counted ('a', 'one', 'this'). A small change of wording (a note):
    translations of one remark often differ so; a verb's '-s' ('says'/'say') is never counted."""
    for tag, i1, i2, j1, j2 in codes:
        if tag != "equal":
            continue
        for x, y in zip(ua[i1:i2], ub[j1:j2], strict=True):
            if x.role != "word" or x.word == y.word:
                continue
            if _plural_of(y.word, x.word) and _counted(a, x.start):
                singular, plural = x.word, y.word
            elif _plural_of(x.word, y.word) and _counted(b, y.start):
                singular, plural = y.word, x.word
            else:
                continue
            a_part, b_part = a[x.start : x.end], b[y.start : y.end]
            explanation = f'one noun singular and plural: "{singular}" against "{plural}"'
            return QuoteDifference("wording", a_part, b_part, (x.start, x.end), (y.start, y.end), explanation)
    return None


def _plural_of(plural: str, singular: str) -> bool:
    return plural in (singular + "s", singular + "es") or (
        singular.endswith("y") and plural == singular[:-1] + "ies"
    )


COUNTED = frozenset(["a", "an", "one", "this", "that", "single"])


def _counted(text: str, start: int) -> bool:
    """A singular counted by a determiner within the three words before it ('a serious technical fault')."""
    return not COUNTED.isdisjoint(text[max(0, start - 40) : start].lower().split()[-3:])


def same_statement(a: str, b: str, words: QuoteWords) -> bool:
    """Whether two quotations share enough of their words in order to be one statement (see MIN_SHARED)."""
    return same_statement_units(statement_units(a, words), statement_units(b, words))


def statement_units(text: str, words: QuoteWords) -> list[Unit]:
    """A quotation's units as `same_statement_units` compares them: read once, compared with many."""
    return _compared(text, words)


def same_statement_units(ua: list[Unit], ub: list[Unit]) -> bool:
    """`same_statement` over units already read by `statement_units`."""
    return _aligned(ua, ub) is not None


def _compared(text: str, words: QuoteWords) -> list[Unit]:
    """The units that are aligned: fillers are left out, so that they neither match nor split a match."""
    return [u for u in units(text, words) if u.role != "filler"][:MAX_UNITS]


def _aligned(ua: list[Unit], ub: list[Unit]) -> tuple[list[Opcode], int] | None:
    """The alignment and the number of content units it shares, or None when they are two statements."""
    size_a, size_b = _content(ua), _content(ub)
    # The words in common in any order bound what the alignment can share: most pairs stop here.
    common = Counter(u.key for u in ua if u.role in CONTENT_ROLES) & Counter(
        u.key for u in ub if u.role in CONTENT_ROLES
    )
    if not _enough(sum(common.values()), size_a, size_b):
        return None
    codes = opcodes([u.key for u in ua], [u.key for u in ub])
    equal = [c for c in codes if c[0] == "equal"]
    shared = sum(1 for _, i1, i2, _, _ in equal for u in ua[i1:i2] if u.role in CONTENT_ROLES)
    if not equal or not _enough(shared, size_a, size_b):
        return None
    # A shorter quotation taken as a part of a longer one must stand in it in one piece, give or take
    # a few words ("That is Ruiz" is no part of a speech that has "is" and "Ruiz" far apart).
    spread = max(equal[-1][2] - equal[0][1], equal[-1][4] - equal[0][3])
    if (
        shared < SHARE_OF_LONGER * max(size_a, size_b)
        and spread - sum(c[2] - c[1] for c in equal) > MAX_SPREAD
    ):
        return None
    return codes, shared


def _content(found: Sequence[Unit]) -> int:
    return sum(1 for u in found if u.role in CONTENT_ROLES)


def _enough(shared: int, size_a: int, size_b: int) -> bool:
    shorter, longer = min(size_a, size_b), max(size_a, size_b)
    if shorter == 0:
        return False
    return (
        shared >= min(MIN_SHARED, shorter)
        and shared >= SHARE_OF_SHORTER * shorter
        and (shared >= SHARE_OF_LONGER * longer or shared == shorter)
    )


def _block(
    ua: list[Unit], ub: list[Unit], codes: tuple[int, int, int, int], len_a: int, len_b: int
) -> _Block:
    i1, i2, j1, j2 = codes
    place: Place = "middle"
    if i1 == 0 and j1 == 0:
        place = "leading"
    elif i2 == len(ua) and j2 == len(ub):
        place = "trailing"
    ellipsis = any(u.role == "ellipsis" for u in (*ua[i1:i2], *ub[j1:j2]))
    return _Block(_side(ua, i1, i2, len_a), _side(ub, j1, j2, len_b), place, ellipsis)


def _side(found: list[Unit], i1: int, i2: int, length: int) -> _Side:
    at = found[i1].start if i1 < len(found) else (found[-1].end if found else length)
    return _Side(
        tuple(found[i1:i2]), at, found[i1 - 1] if i1 else None, found[i2] if i2 < len(found) else None
    )


def _classify(block: _Block, a: str, b: str, words: QuoteWords) -> QuoteDifference | None:
    sa, sb = block.a.units, block.b.units
    if block.ellipsis:
        # Words left out behind an ellipsis are no finding, unless what is left out is a negation.
        kind: DifferenceKind | None = "negation" if _negated(sa) != _negated(sb) else None
    elif not sa and not sb:
        kind = None
    elif not sa or not sb:
        kind = _one_sided(block.a if sa else block.b, block.place)
    elif _joined(sa) == _joined(sb):  # "long-term" / "longterm"
        kind = None
    elif block.place == "trailing" and sa[0].sentence != sb[0].sentence:
        # One quotation goes on with a sentence of its own where the other ends with words it lacks
        # ("... the garrison has surrendered" / "... the garrison. Go home now"): those words are
        # in one quotation only, a note; the other's next sentence is no part of the difference.
        block = _ended(block, sa[0].sentence)
        kept = block.b.units if sa[0].sentence else block.a.units
        kind = (
            "negation"
            if _negated(kept)
            else "wording"
            if any(u.role in CONTENT_ROLES for u in kept)
            else None
        )
    else:
        kind = _replaced(sa, sb, words)
        kind = "verb" if kind == "wording" and _verb_replaced(block, words) else kind
    if kind is None:
        return None
    a_span, b_span = _span(block.a, kind), _span(block.b, kind)
    a_part, b_part = a[a_span[0] : a_span[1]], b[b_span[0] : b_span[1]]
    return QuoteDifference(
        kind, a_part, b_part, a_span, b_span, _explain(kind, a_part, b_part, sa, sb, words)
    )


def _ended(block: _Block, a_goes_on: bool) -> _Block:
    """The block with the side that goes on with a sentence more emptied, at where that sentence starts."""
    side = block.a if a_goes_on else block.b
    ended = _Side((), side.units[0].start, side.before, None)
    return (
        _Block(ended, block.b, block.place, block.ellipsis)
        if a_goes_on
        else _Block(block.a, ended, block.place, block.ellipsis)
    )


def _moved(
    block: _Block, unmatched: tuple[set[str], set[str]], a: str, b: str, words: QuoteWords
) -> QuoteDifference | None:
    """A word of substance that stands elsewhere in the other quotation, outside what both share ("the plan |
    approved by | the council" / "the plan the council | approves"): the same words put
    another way, a note (wording)."""
    if block.place != "middle" or block.ellipsis:
        return None
    for side, keys, text in ((block.a, unmatched[1], a), (block.b, unmatched[0], b)):
        if any(u.role == "word" and u.word not in words.function_words and u.key in keys for u in side.units):
            a_span, b_span = _span(block.a, "wording"), _span(block.b, "wording")
            a_part, b_part = a[a_span[0] : a_span[1]], b[b_span[0] : b_span[1]]
            return QuoteDifference(
                "wording",
                a_part,
                b_part,
                a_span,
                b_span,
                f'words moved: "{text[_span(side, "wording")[0] : _span(side, "wording")[1]]}"',
            )
    return None


def _verb_replaced(block: _Block, words: QuoteWords) -> bool:
    """What a subject does put another way: after the same "we", "I", "they", the first word of each side
    is a word of substance, and they differ ("we | welcome | the crews" / "we | sent away | the crews"): a
    different verb, not a turn of phrase. Synonyms the lexicon knows are equal keys before this."""
    before = block.a.before
    subjects = words.attribution.pronouns - words.references  # "we", "they", "I"; not "it"
    if before is None or before.word not in subjects or block.b.before is None:
        return False
    content = [[u for u in side.units if u.word not in words.function_words] for side in (block.a, block.b)]
    if all(len(c) == 1 for c in content):
        return False  # one word for one word: a change of wording, weighed as such
    first_a, first_b = block.a.units[0], block.b.units[0]
    return (
        all(
            u.role == "word" and u.word not in words.function_words and not u.edge for u in (first_a, first_b)
        )
        and first_a.key != first_b.key
    )


def _negated(found: Sequence[Unit]) -> bool:
    return any(u.role == "negation" for u in found)


def _joined(found: Sequence[Unit]) -> str:
    return "".join(u.word.replace("'", "") for u in found)


def _one_sided(side: _Side, place: Place) -> DifferenceKind | None:
    """Words in one quotation only. In the middle a negation, number, quantifier, condition, modal verb or
    a name (not one more part of a name beside it) changes the statement; at either end the other
    quotation is a part of this one, which changes it only when the part left out is a condition
    ("unless ...", "If ..., ") or negates what was kept ("will not | rebuild", "only | the council")."""
    found = side.units
    roles = [u.role for u in found]
    if place == "middle":
        for role, kind in ONE_SIDED_KINDS:
            if role in roles and not (role == "name" and _extends_name(side)):
                return kind
        return None
    if place == "trailing":  # a sentence more is no clause missing from the other quotation
        return None if found[0].sentence else TRAILING.get(roles[0])
    if side.after is not None and side.after.sentence:
        return None
    separate = side.after is not None and side.after.edge  # "If the money comes, | we will rebuild"
    if roles[0] == "clause" and separate:
        return "clause"
    if not separate and roles[-1] == "negation":
        return "negation"
    if not separate and found[-1].word == "only":
        return "clause"
    return None


# What the first word left out after the end of the other quotation makes of it: ", unless ...".
TRAILING: dict[str, DifferenceKind] = {"clause": "clause", "negation": "negation"}
ONE_SIDED_KINDS: tuple[tuple[str, DifferenceKind], ...] = (
    ("negation", "negation"),
    ("number", "number"),
    ("unit", "number"),
    ("quantifier", "quantifier"),
    ("clause", "clause"),
    ("modal", "wording"),
    ("name", "name"),
)
# The units a finding of each kind underlines when the words stand in one quotation only.
UNDERLINED: dict[DifferenceKind, frozenset[str]] = {
    "negation": frozenset(["negation"]),
    "number": frozenset(["number", "unit"]),
    "quantifier": frozenset(["quantifier"]),
    "name": frozenset(["name"]),
}


def _extends_name(side: _Side) -> bool:
    """'Ana Ruiz' against 'Ruiz': the words are names standing beside a name both quotations have."""
    beside = (side.before, side.after)
    return all(u.role == "name" for u in side.units) and any(
        u is not None and u.role == "name" for u in beside
    )


# Words put in place of others, in the order they are looked at: roles of the words, kind found.
REPLACED_KINDS: tuple[tuple[tuple[str, ...], DifferenceKind], ...] = (
    (("number", "unit"), "number"),
    (("name",), "name"),
    (("quantifier",), "quantifier"),
    (("clause",), "clause"),
)


def _replaced(sa: Sequence[Unit], sb: Sequence[Unit], words: QuoteWords) -> DifferenceKind | None:
    """Words of one quotation put in place of words of the other; a pronoun for what it stands for
    ("it" for "rebuilding the pier") is no finding."""
    if _negated(sa) != _negated(sb):
        return "negation"
    if all(u.word in words.references for u in sa) or all(u.word in words.references for u in sb):
        return None
    names_a, names_b = [u.key for u in sa if u.role == "name"], [u.key for u in sb if u.role == "name"]
    if names_a and _spelt_alike(names_a, names_b):
        sa, sb = [u for u in sa if u.role != "name"], [u for u in sb if u.role != "name"]
        if not sa and not sb:
            return None
    for roles, kind in REPLACED_KINDS:
        keys_a = [u.key for u in sa if u.role in roles]
        keys_b = [u.key for u in sb if u.role in roles]
        if (keys_a or keys_b) and keys_a != keys_b:
            return kind
    rest_a = {u.key for u in sa if u.role != "negation"}
    rest_b = {u.key for u in sb if u.role != "negation"}
    return "wording" if rest_a != rest_b else None  # "never" for "not" is no finding


def _spelt_alike(names_a: list[str], names_b: list[str]) -> bool:
    """One name spelt two ways ("Velmora", "Welmora") or by its initials ("VR", "Velmora Rail"):
    a spelling for the spelling rules, not another party."""
    if len(names_a) == 1 and len(names_b) > 1 and names_a[0] == "".join(n[0] for n in names_b):
        return True
    if len(names_b) == 1 and len(names_a) > 1 and names_b[0] == "".join(n[0] for n in names_a):
        return True
    return len(names_a) == len(names_b) and all(
        x == y or skeleton(x) == skeleton(y) or close_spelling(x, y)
        for x, y in zip(names_a, names_b, strict=True)
    )


def _span(side: _Side, kind: DifferenceKind) -> tuple[int, int]:
    if not side.units:
        return side.at, side.at
    marked = [u for u in side.units if u.role in UNDERLINED.get(kind, ())] or list(side.units)
    if kind == "clause":  # from the word that opens the clause to the end of what is left out
        marked = list(side.units[next((k for k, u in enumerate(side.units) if u.role == "clause"), 0) :])
    return marked[0].start, marked[-1].end


def _explain(
    kind: DifferenceKind, a_part: str, b_part: str, sa: Sequence[Unit], sb: Sequence[Unit], words: QuoteWords
) -> str:
    if not a_part or not b_part:
        return f'{ONLY[kind]} in one quotation only: "{a_part or b_part}"'
    opposite = any((x.key, y.key) in words.antonyms for x in sa for y in sb)
    return f'{LABELS[kind]}: "{a_part}" against "{b_part}"' + (" (opposites)" if opposite else "")


ONLY: dict[DifferenceKind, str] = {
    "negation": "a negation",
    "number": "a number",
    "name": "a name",
    "quantifier": "a quantifier",
    "clause": "a clause",
    "verb": "a verb",
    "wording": "a word",
}
LABELS: dict[DifferenceKind, str] = {
    "negation": "negated in one quotation only",
    "number": "a different number or unit",
    "name": "a different name",
    "quantifier": "a different quantifier",
    "clause": "a different condition or limit",
    "verb": "a different verb",
    "wording": "different words",
}
