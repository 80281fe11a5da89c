"""The number phrases of a sentence, each read as the interval it stands for, with its unit and shape.

Shapes read (each tested in tests/test_numbers.py with sentences of our own):

- values: digits with separators and decimals ("12,400", "6.3", "1.04m"); number words of any size
  ("two hundred and fifty", "one thousand three hundred", "twenty-one", "a dozen", "one and a half",
  "a quarter of a million", "half a billion"); fractions ("two-thirds", "a third of"); scale words and
  letters ("9.5 million", "2.5bn", "£1.2tn", "Rs 500 crore", "3 lakh", "300k", "$3m"); vague counts
  ("dozens of", "scores of", "hundreds of", "tens of thousands of", "a few", "several hundred");
- bounds before or after ("at least", "more than", "over", "just over", "well over", "climbed past",
  "nearly", "almost", "close to", "about", "around", "roughly", "some", "up to", "fewer than", "less
  than", "under", "500 or more", "500-plus", "500 or so") and ranges ("12,000 to 15,000",
  "12,000-15,000", "between 12,000 and 15,000", "2-3 million"); "from 300 to 450" and "up from 300"
  give the first as an earlier value (`earlier`), unless "ranging from", "aged from" make a range;
- money: signs, codes and words before or after, with scales ("$2.5bn", "US$3m", "€300m", "¥5bn",
  "₹40 crore", "Rs 500 crore", "VND 304 trillion", "2.5 billion dollars", "300 million euros",
  "50p"); "pounds" is money unless something is weighed;
- measures converted to a base (units.tsv): length, speed, mass, area, volume, durations ("about four
  days later", "three consecutive years", "a decade", "half an hour"), temperature ("30C", "86°F"),
  percentages ("54%", "54 percent", "54 per cent", "54pc", "3 percentage points"), magnitudes ("a
  6.3-magnitude quake", "magnitude-6.3", "M6.3", "6.3 on the Richter scale"); glued ("14.5km",
  "60mph"), spaced, spelled out ("twelve miles") or hyphenated before a noun ("a 12-mile stretch",
  "a 30-foot wave", "a 48-hour strike");
- a conversion in brackets or after "or" ("80km (50 miles)", "50 feet, or 15 metres") is linked to
  its main phrase through `pair`;
- ages ("a 41-year-old", "41 years old", "aged 41", "at the age of 41", "Ana Lopez, 41,", "in her
  early forties"), ordinals ("the second woman", "2nd", "for the third time", "twenty-first"), scores
  ("a 3-1 win", "drew 1-1"), vote divisions ("212 votes to 180", "by 198-180") and year spans ("the
  worst in 60 years", "in more than a decade", "the first time since 2004") as kinds of their own;
- not numbers: years standing alone ("in 2004", but "2000 people" is a count), dates ("June 24",
  "24 June", "6/24"), clock times ("11:40", "11 pm", "0900 GMT"), labels ("Skyjet 737", "Clause 5",
  "V-40", "K9", "XR-19", "No. 10", "page 5", "4G", "the 1990s"), phone numbers, capitalised
  number words inside names ("Apex One"), "no one", "the one".

Interval policy: an exact figure is a point; bounds widen it by the factors of numbers.tsv ("at
least N" N..2N, "about N" N±10%, "nearly N" 0.9N..N, "up to N" N/2..N); vague counts are the
intervals of numbers.tsv ("dozens" 24..99, "hundreds" 200..999). Values are in the base of their
dimension (metres, m/s, kg, m², m³, seconds, °C, percent points, currency units, plain counts;
ages in years; magnitudes as written). `rounding` is half the place of the last written digit in
base units ("5,000" 500, "19 km" 500 m); number_compare.py decides how much of it a comparison
grants. Scores and divisions keep their two numbers in `sides` (low..high spans them).

Libraries, measured on this project's machine: pint needs 0.7 s to import and build its registry,
knows units but no news English ("a 12-mile", "2.5bn", "dozens of", bounds, currencies); quantulum3
needs 6 s to load, reads 226 sentences a second (this reader some 13,000, benchmarks/bench_numbers.py)
and misreads "$2.5bn" (2.5 "dollar bit newton"), "Rs 500 crore" (500) and "a 6.3-magnitude quake".
Neither is a dependency; the tables here cost a few milliseconds to build.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date

from factcheck.extract.number_intervals import (
    EXACT,
    age_of,
    changed_from,
    hyphen_old,
    reading_of,
    shaped,
)
from factcheck.extract.number_labels import first_word, is_year, label_end, year_run_end
from factcheck.extract.number_ranges import earlier_from, range_after
from factcheck.extract.number_shapes import (
    AGE,
    MAGNITUDE,
    Reading,
    age_after_name,
    age_decade,
    bound_before,
    magnitude,
    ordinal_suffix,
    ordinal_word,
    postbound,
    sides,
    since_year,
)
from factcheck.extract.number_words import (
    Token,
    Value,
    and_a_half,
    hyphen_joins,
    read_digits,
    read_vague,
    read_words,
    tokenize,
)
from factcheck.extract.units import currency_before, unit_after
from factcheck.lexicon.numbers import NumberLexicon, Unit

ARTICLE_UNITS = frozenset(["decade", "century", "fortnight"])  # "a decade" is a span on its own
ARTICLE_BEFORE = frozenset(
    "for within in over after nearly almost about around than past last just under".split()
)
CONVERSION_JOINS = (("(",), (",", "or"), ("or",))
# "X, 41," (not "X, 10,600 people") or "X (41)"
_NAME_AGE = re.compile(r"\s*(?:,\s*(\d{1,3})(?!,\d{3})(?=\s*(?:[,;.)]|$))|\(\s*(\d{1,3})\s*\))")


@dataclass(frozen=True, slots=True)
class NumberPhrase:
    """A number phrase of an article: offsets, the interval it stands for (in its unit's base), the
    bound ("exact", "floor", "ceiling", "approx", "range", "vague"), unit (None for a count) and kind
    ("count", "measure", "money", "percent", "fraction", "magnitude", "age", "duration", "ordinal",
    "score", "division", "year-span"). `pair` is the start of the phrase it converts or is converted
    by ("80km (50 miles)": the main phrase is the one whose pair lies after it)."""

    start: int
    end: int
    text: str
    low: float
    high: float
    bound: str
    unit: Unit | None
    kind: str
    pair: int | None = None
    earlier: bool = False  # the 300 of "rose from 300 to 450"
    rounding: float = 0.0  # half the place of the last written digit, in base units
    sides: tuple[float, ...] = ()  # the two numbers of a score or a division, as written

    @property
    def dimension(self) -> str:
        return self.unit.dimension if self.unit is not None else ""

    @property
    def currency(self) -> str:
        return (self.unit.currency or "") if self.unit is not None else ""


def read_numbers(
    text: str, offset: int, lex: NumberLexicon, reference: date | None = None
) -> tuple[NumberPhrase, ...]:
    """The number phrases of a sentence that starts at `offset` in its article, in order. `reference`
    (the article's date) turns "since 2004" into a span of years."""
    if not lex.worth_reading(text):
        return ()
    tokens = tokenize(text)
    readings: list[Reading] = []
    i, n, starters = 0, len(tokens), lex.starters
    while i < n:
        token = tokens[i]
        if token.kind != "d" and token.low not in starters:
            i += 1
            continue
        found, after = _read_at(tokens, i, lex, reference, readings)
        readings.extend(found)
        i = max(after, i + 1)
    return _placed(text, offset, tokens, readings)


def ages_after_names(
    text: str, offset: int, name_ends: Iterable[int], lex: NumberLexicon
) -> tuple[NumberPhrase, ...]:
    """Ages set off by commas right after names the caller found ("Ana Lopez, 41, said"); `name_ends`
    are article offsets of the ends of the names in this sentence."""
    found = []
    for end in name_ends:
        match = _NAME_AGE.match(text, end - offset) if 0 <= end - offset <= len(text) else None
        group = (1 if match.group(1) else 2) if match else 0
        if match and 1 <= int(match.group(group)) <= 120:
            age = float(match.group(group))
            found.append(
                NumberPhrase(
                    offset + match.start(group),
                    offset + match.end(group),
                    match.group(group),
                    age,
                    age,
                    "exact",
                    AGE,
                    "age",
                )
            )
    return tuple(found)


def _read_at(
    tokens: Sequence[Token], i: int, lex: NumberLexicon, reference: date | None, before: list[Reading]
) -> tuple[list[Reading], int]:
    token = tokens[i]
    if token.kind == "d":
        shaped = (
            ordinal_suffix(tokens, i, lex)
            or age_decade(tokens, i, lex)
            or since_year(tokens, i, lex, reference)
            or age_after_name(tokens, i, lex)
            or sides(tokens, i, lex)
        )
        if shaped is not None:
            return ([shaped] if shaped.kind != "label" else []), shaped.end
        if is_year(tokens, i, lex):
            return [], year_run_end(tokens, i)
        if magnitude(tokens, i, i + 1, lex) is None:
            skip = label_end(tokens, i, lex) if currency_before(tokens, i, lex) is None else 0
            if skip and not _listed_tally(tokens, i, lex, before):
                return [], skip
        return _quantity(tokens, i, lex, before)
    if token.kind == "w" and token.low in lex.starters:
        if token.text[0].isupper() and i != first_word(tokens):
            return [], i + 1  # "Apex One", "the Third Avenue": names
        if i > 0 and tokens[i - 1].low in lex.classes["label"]:
            return [], i + 1  # "world number one"
        shaped = ordinal_word(tokens, i, lex) or age_decade(tokens, i, lex) or sides(tokens, i, lex)
        if shaped is not None:
            return [shaped], shaped.end
        if token.low == "one" and _pronoun(tokens, i, lex):
            return [], i + 1
        return _quantity(tokens, i, lex, before)
    return [], i + 1


LIST_ENDS = frozenset([",", "and", ";", ".", ")"])


def _listed_tally(tokens: Sequence[Token], i: int, lex: NumberLexicon, before: list[Reading]) -> bool:
    """ "won 62 seats, the Green Front 41 and the Farmers League 17": after a tally of seats or
    votes in the sentence, a name with a number closing a list item is a holder and its figure;
    "Tomas Brant's 41 seats": a name's tally."""
    nouns = lex.classes["tally-noun"]
    if i + 1 < len(tokens) and tokens[i + 1].low in nouns and tokens[i - 1].low.endswith(("'s", "’s")):
        return True
    if not any(r.end < len(tokens) and tokens[r.end].low in nouns for r in before):
        return False
    prev, after = tokens[i - 1], tokens[i + 1].text if i + 1 < len(tokens) else "."
    return i > 0 and prev.kind == "w" and prev.text[0].isupper() and after in LIST_ENDS


def _pronoun(tokens: Sequence[Token], i: int, lex: NumberLexicon) -> bool:
    """ "no one", "the one", "one another": "one" that counts nothing."""
    after = tokens[i + 1].low if i + 1 < len(tokens) else ""
    before = tokens[i - 2].low if i > 1 and hyphen_joins(tokens, i - 1) else tokens[i - 1].low if i else ""
    return before in lex.classes["pronoun-one"] or after == "another"  # "no one", "No-one", "the one"


def _value(tokens: Sequence[Token], i: int, lex: NumberLexicon, money: bool, metric: bool) -> Value | None:
    if tokens[i].kind == "d":
        return read_digits(tokens, i, lex, money, metric)
    found = read_words(tokens, i, lex) if tokens[i].low not in ("a", "several") else None
    found = found or read_vague(tokens, i, lex) or read_words(tokens, i, lex)
    if found is None and tokens[i].low in ("a", "an") and i + 1 < len(tokens):
        entry = lex.units.get(tokens[i + 1].low)
        if entry is not None and entry.unit.dimension == "time" and _article_span(tokens, i, lex, entry.unit):
            half = 0.5 if and_a_half(tokens, i + 2) else 0.0  # "an hour and a half", "a day and a half"
            found = Value(1.0 + half, 1.0 + half, i + 1, half, 1.0, "article")
    return found


def _article_span(tokens: Sequence[Token], i: int, lex: NumberLexicon, unit: Unit) -> bool:
    """ "a decade", "for a week", "a day later": "a" with a unit of time counts one, but not in
    "once a week" or "$5 a day"."""
    if unit.name in ARTICLE_UNITS or and_a_half(tokens, i + 2):
        return True
    after = tokens[i + 2].low if i + 2 < len(tokens) else ""
    return after in lex.classes["later"] or (i > 0 and tokens[i - 1].low in ARTICLE_BEFORE)


def _quantity(
    tokens: Sequence[Token], i: int, lex: NumberLexicon, before: list[Reading]
) -> tuple[list[Reading], int]:
    """The phrase around the value at token i: bound, currency, value, unit, range, shape."""
    money = currency_before(tokens, i, lex) if tokens[i].kind == "d" else None
    value = _value(tokens, i, lex, money is not None, _metric(tokens, i, before))
    if value is None:
        return [], i + 1
    name, low_factor, high_factor, first = bound_before(tokens, money[1] if money else i, lex)
    unit: Unit | None = money[0] if money else None
    end = value.end
    read = unit_after(tokens, end, lex, value.scale > 1, first)
    if read is not None and (unit is None or read.unit.dimension == "money"):
        unit, end = (unit if unit is not None else read.unit), read.end
        end += 3 if value.form == "article" and value.step else 0  # past "and a half"
    if (
        read is not None
        and read.joined == "hyphen"
        and read.unit.dimension == "time"
        and hyphen_old(tokens, end)
    ):
        return [age_of(first, end + 2, value, read)], end + 2
    spot = magnitude(tokens, i, value.end, lex)
    if spot is not None:
        bound = (name, low_factor, high_factor)
        return [reading_of(min(first, spot[0]), spot[1], value, value, bound, MAGNITUDE, "")], spot[1]
    bound = (name, low_factor, high_factor)
    if tokens[first].low == "over" and unit is not None and unit.dimension == "time":
        bound = EXACT  # "over three days" is during them
    span = range_after(tokens, end, lex, value, unit, first, read is not None and end == read.end)
    if span is not None and earlier_from(tokens, first, lex):
        head = reading_of(first, end, span.first, span.first, bound, unit or span.unit, "")
        tail = reading_of(span.second_first, span.end, span.second, span.second, EXACT, span.unit or unit, "")
        return [replace(head, earlier=True), shaped(tokens, tail, lex)], span.end
    if span is not None:
        first -= 1 if first > 0 and tokens[first - 1].low == "between" else 0
        reading = reading_of(first, span.end, span.first, span.second, bound, unit or span.unit, "range")
    else:
        after = postbound(tokens, end, lex) if name == "exact" else None
        if after is not None:
            bound, end = after[:3], after[3]
        reading = reading_of(first, end, value, value, bound, unit, "")
    reading = shaped(tokens, reading, lex)
    if changed_from(tokens, reading.first, lex):
        reading = replace(reading, earlier=True)
    return [reading], reading.end


def _metric(tokens: Sequence[Token], i: int, before: list[Reading]) -> bool:
    """Whether the number at token i converts a length just before it ("50 feet (15m)"), so that a
    glued "m" is metres."""
    if not before or before[-1].unit is None or before[-1].unit.dimension != "length":
        return False
    return tuple(t.low for t in tokens[before[-1].end : i]) in CONVERSION_JOINS


def _converts(tokens: Sequence[Token], a: Reading, b: Reading) -> bool:
    """Whether b gives a in another unit: "80km (50 miles)", "50 feet, or 15 metres", "$1bn (£800m)"."""
    if a.unit is None or b.unit is None or a.unit.dimension != b.unit.dimension or a.unit == b.unit:
        return False
    between = tuple(t.low for t in tokens[a.end : b.first])
    if between not in CONVERSION_JOINS:
        return False
    return between != ("(",) or (b.end < len(tokens) and tokens[b.end].text == ")")


def _placed(
    text: str, offset: int, tokens: Sequence[Token], readings: list[Reading]
) -> tuple[NumberPhrase, ...]:
    """The readings as phrases of the article, conversions linked to their main phrase."""
    pairs: dict[int, int] = {}
    for k in range(len(readings) - 1):
        if _converts(tokens, readings[k], readings[k + 1]):
            pairs[k], pairs[k + 1] = k + 1, k
    phrases = []
    for k, r in enumerate(readings):
        start, end = tokens[r.first].start, tokens[r.end - 1].end
        pair = offset + tokens[readings[pairs[k]].first].start if k in pairs else None
        phrases.append(
            NumberPhrase(
                offset + start,
                offset + end,
                text[start:end],
                r.low,
                r.high,
                r.bound,
                r.unit,
                r.kind,
                pair,
                r.earlier,
                r.rounding,
                r.sides,
            )
        )
    return tuple(phrases)
