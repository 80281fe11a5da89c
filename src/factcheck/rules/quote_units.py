"""A quotation as a sequence of comparable units: contractions opened, numbers valued, spellings unified."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation

from factcheck.lexicon.quotes import QuoteWords, american, word_stem

TOKEN = re.compile(
    r"""(?P<ellipsis>\[\s*(?:\.\s*){3,}\]|\[\s*…\s*\]|\(\s*(?:\.\s*){3,}\)|\.{3,}|…)
    |(?P<clock>\d{1,2}(?::\d{2})?\s*[ap]\.?\s?m\b\.?|\d{1,2}:\d{2}(?!\d))
    |(?P<number>\d+(?:,\d{3})*(?:\.\d+)?)(?P<suffix>(?:bn|tn|mn|m|k|st|nd|rd|th)(?![^\W\d_]))?
    |(?P<word>[^\W\d_]+(?:['’][^\W\d_]+)*)
    |(?P<symbol>[%$£€¥&])
    |(?P<stop>[.!?])
    |(?P<pause>[,;:—–()\[\]"“”])""",
    re.VERBOSE,
)
CURRENCY = "$£€¥"
ORDINAL_SUFFIXES = ("st", "nd", "rd", "th")


@dataclass(frozen=True, slots=True)
class Unit:
    """One compared unit of a quotation: a word, a number with its scale, a phrase or an ellipsis."""

    key: str  # what the alignment compares: a stem, "#2500000", "percent", "…"
    word: str  # lower case, as written (a contraction's part opened: "not" for "n't")
    start: int
    end: int
    role: str  # word, name, number, unit, negation, quantifier, modal, clause, filler, ellipsis
    edge: bool  # opens a clause: first, or after a comma, colon, dash or full stop
    sentence: bool = False  # opens a sentence


@dataclass(slots=True)
class _Piece:
    word: str
    start: int
    end: int
    kind: str  # word, number, symbol, ellipsis
    edge: bool
    opens: bool  # first word of a sentence
    raw: str  # as written, for capitals
    value: Decimal | None = None
    editorial: bool = False  # inside square brackets: the writer's words, not the speaker's


def units(text: str, words: QuoteWords) -> list[Unit]:
    """The quotation's units in order; articles and punctuation left out."""
    pieces = _phrases(_pieces(text, words), words)
    pieces = _numbers(pieces, words)
    found: list[Unit] = []
    for piece in pieces:
        if piece.kind == "word" and piece.word in words.articles:
            continue
        unit = _unit(piece, words)
        unit = replace(unit, sentence=True) if piece.opens else unit
        # "$3m" and "3 million dollars": the currency is compared after the number either way.
        if found and found[-1].role == "unit" and found[-1].word in CURRENCY and unit.role == "number":
            found.insert(len(found) - 1, unit)
        else:
            found.append(unit)
    return found


def _pieces(text: str, words: QuoteWords) -> list[_Piece]:
    pieces: list[_Piece] = []
    edge = opens = True
    bracket = False
    for found in TOKEN.finditer(text):
        kind = found.lastgroup or ""
        if kind in ("stop", "pause"):
            edge, opens = True, opens or kind == "stop"
            bracket = found.group() in "[(" or (bracket and found.group() not in "])")
            continue
        if bracket:  # "[The mayor] will resign", "he (Ruiz) said": words a writer put in for clarity
            pieces.append(
                _Piece(found.group().lower(), found.start(), found.end(), "word", edge, opens, "", None, True)
            )
            edge = opens = False
            continue
        if kind == "clock":  # "6 p.m.", "6:00pm" and "18:00" are one time of day
            pieces.append(_Piece(_clock(found.group()), found.start(), found.end(), "clock", edge, opens, ""))
            edge = opens = False
            continue
        if kind == "suffix":
            kind = "number"
        raw = found.group(kind)
        start = found.start()
        if kind == "word" or raw == "&":
            pieces.extend(_opened("and" if raw == "&" else raw, start, edge, opens, words))
        else:
            value = _value(raw, found.group("suffix"), words) if kind == "number" else None
            raw = found.group()
            pieces.append(_Piece(raw.lower(), start, found.end(), kind, edge, opens, raw, value))
        edge = opens = False
    return pieces


def _clock(written: str) -> str:
    """A time of day on the 24-hour clock: "6:41pm" -> "@18:41"."""
    digits = "".join(c if c.isdigit() or c == ":" else " " for c in written).split()[0]
    hour, _, minute = digits.partition(":")
    hours = int(hour) % 12 + (12 if "p" in written.lower() else 0) if "m" in written.lower() else int(hour)
    return f"@{hours:02d}:{minute or '00'}"


def _value(digits: str, suffix: str | None, words: QuoteWords) -> Decimal | None:
    try:
        value = Decimal(digits.replace(",", ""))
    except InvalidOperation:
        return None
    if suffix and suffix in words.scales:
        value *= words.scales[suffix]
    return value


def _opened(raw: str, start: int, edge: bool, opens: bool, words: QuoteWords) -> list[_Piece]:
    """A written word as one piece, or as the pieces of its contraction ("won't" -> "will", "not")."""
    word = raw.lower().replace("’", "'")
    end = start + len(raw)
    if word in words.contractions:
        parts = words.contractions[word]
        return [
            _Piece(p, start, end, "word", edge and not i, opens and not i, raw if not i else p)
            for i, p in enumerate(parts)
        ]
    for suffix, full in words.contraction_suffixes:
        if word.endswith(suffix) and len(word) > len(suffix):
            cut = end - len(suffix)
            return [
                _Piece(word[: -len(suffix)], start, cut, "word", edge, opens, raw[: -len(suffix)]),
                _Piece(full, cut, end, "word", False, False, full),
            ]
    if word.endswith("'s"):  # a possessive: "the council's plan" and "the council plan" agree
        word = word[:-2]
    return [_Piece(word, start, end, "word", edge, opens, raw)]


def _phrases(pieces: list[_Piece], words: QuoteWords) -> list[_Piece]:
    """Multi-word entries of the tables joined into one piece ("per cent", "no one", "as long as")."""
    joined: list[_Piece] = []
    k = 0
    while k < len(pieces):
        sizes = (
            range(min(words.longest, len(pieces) - k), 1, -1) if pieces[k].word in words.phrase_starts else ()
        )
        for size in sizes:
            phrase = " ".join(p.word for p in pieces[k : k + size])
            if words.phrase_class(phrase):
                first, last = pieces[k], pieces[k + size - 1]
                joined.append(
                    _Piece(phrase, first.start, last.end, "word", first.edge, first.opens, first.raw)
                )
                k += size
                break
        else:
            joined.append(pieces[k])
            k += 1
    return joined


def _numbers(pieces: list[_Piece], words: QuoteWords) -> list[_Piece]:
    """Runs of figures and number words read as one number: "two hundred and fifty", "2.5 million"."""
    found: list[_Piece] = []
    k = 0
    while k < len(pieces):
        end, value = _number_run(pieces, k, words)
        if end == k:
            found.append(pieces[k])
            k += 1
            continue
        first = pieces[k]
        found.append(
            _Piece(
                first.word,
                first.start,
                pieces[end - 1].end,
                "number",
                first.edge,
                first.opens,
                first.raw,
                value,
            )
        )
        k = end
    return found


def _number_run(pieces: list[_Piece], k: int, words: QuoteWords) -> tuple[int, Decimal | None]:
    """Where a number that starts at `k` ends, and its value; (k, None) when none starts there."""
    total, current, j = Decimal(0), None, k
    while j < len(pieces):
        piece = pieces[j]
        small = words.numbers.get(piece.word) if piece.kind == "word" else None
        if piece.kind == "number" and piece.value is not None and current is None and j == k:
            current = piece.value
        elif small is not None and (current is None or _adds(current, small)):
            current = (current or Decimal(0)) + small
        elif piece.kind == "word" and piece.word in words.scales and len(piece.word) > 2:
            scale = words.scales[piece.word]
            if scale < 1000:
                current = (current or Decimal(1)) * scale
            else:
                total, current = total + (current or Decimal(1)) * scale, Decimal(0)
        elif (
            piece.word == "and"
            and current is not None
            and current % 100 == 0
            and _small_next(pieces, j, words)
        ):
            pass
        else:
            break
        j += 1
    if current is None:
        return k, None
    return j, total + current


def _adds(current: Decimal, small: int) -> bool:
    """Whether a number word continues the number so far: "twenty" + "five", "hundred" + "six"."""
    return current % 100 == 0 if small >= 10 else current % 10 == 0 and current % 100 != 10


def _small_next(pieces: list[_Piece], j: int, words: QuoteWords) -> bool:
    return j + 1 < len(pieces) and pieces[j + 1].word in words.numbers


def _unit(piece: _Piece, words: QuoteWords) -> Unit:
    word, edge = piece.word, piece.edge
    if piece.editorial:
        return Unit(word, word, piece.start, piece.end, "filler", edge)
    if piece.kind == "clock":
        return Unit(word, word, piece.start, piece.end, "number", edge)
    if piece.kind == "ellipsis":
        return Unit("…", word, piece.start, piece.end, "ellipsis", edge)
    if piece.kind == "number":
        if piece.value is None:
            return Unit(word, word, piece.start, piece.end, "number", edge)
        ordinal = word.endswith(ORDINAL_SUFFIXES) and not word[-1].isdigit()
        key = "#" + format(piece.value.normalize(), "f") + (word[-2:] if ordinal else "")
        return Unit(key, word, piece.start, piece.end, "number", edge)
    if word in words.units:
        return Unit(words.units[word], word, piece.start, piece.end, "unit", edge)
    if word in words.ordinals:
        return Unit("#" + words.ordinals[word], word, piece.start, piece.end, "number", edge)
    role = _role(piece, words)
    key = american(word, words.spelling_rules) if role == "name" else _key(word, words)
    return Unit(key, word, piece.start, piece.end, role, edge)


def _role(piece: _Piece, words: QuoteWords) -> str:
    word = piece.word
    for role, members in (
        ("negation", words.negations),
        ("quantifier", words.quantifiers),
        ("modal", words.modals),
        ("clause", words.clauses),
        ("filler", words.fillers),
    ):
        if word in members:
            return role
    if word in words.discourse and piece.edge:
        return "filler"
    capital = piece.raw[:1].isupper()
    if capital and word != "i" and (not piece.opens or (len(piece.raw) > 1 and piece.raw.isupper())):
        return "name"
    return "word"


def _key(word: str, words: QuoteWords) -> str:
    """Irregular forms to their base, British spelling to American, regular endings off, synonyms joined."""
    if " " in word or word in words.negations or word in words.modals or word in words.quantifiers:
        return word
    stemmed = word_stem(word, words.inflections, words.spelling_rules)
    stemmed = words.spelling.get(stemmed, stemmed)
    return words.synonyms.get(stemmed, stemmed)
