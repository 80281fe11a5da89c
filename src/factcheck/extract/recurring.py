"""Counts of a recurring deed: how many years, or times, someone did something, where news tells it
without a number before "years".

Shapes read (word classes in data/measures.tsv, kinds `between`, `run` and `yearly`; tested in
tests/test_recurring.py and tests/shapes/numbers_recurring.yaml with sentences of our own):

- a list of years opening its clause: "In 2029 and 2030, X attended the summits in Saltmere and
  Port Alder" (two years of attending, and two places);
- a list of years after the verb and its object: "X attended the forum in 2029 and 2030", "in 2029,
  2030 and 2031", "in both 2029 and 2030", "in each of 2029, 2030 and 2031", "in 2029 and again in
  2030"; or before the noun it dates: "X
  attended the 2029 and 2030 summits";
- the ordinal of a run: "for the third consecutive year", "for a third straight year", "for the
  third year running", "for a second year in a row", "for a fourth successive time";
- "back-to-back years" (two);
- every year from a year on: "every year since 2029", "annually since 2029" (from then to the
  article's year: two or three years in 2031, as this year's may not have come yet); "every year
  from 2029 to 2031" (three);
- a run of the last years, "for the past three years", "(in) each of the last three years", is read
  by the number reader; `run_of_years` keeps it the main count, not an earlier figure or a part.

Whose a count is: the subject of its verb (`doers.doer`: "X herself attended", "Her predecessor, X,
attended", "X, who succeeded Y, attended", "she attended").

A list of years counts only the verb it follows or opens: in "X, who was elected in 2029 and 2031,
attended" it counts years of being elected; in "the summit, held in 2029 and 2030" no one's (the
verb nearest it has no named subject); one after a comma, a relative word or "respectively" none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from factcheck.extract.document import Document, Placed, SentenceView
from factcheck.extract.doers import RELATIVES, doer
from factcheck.extract.figures import Figure, Stretch, is_year, phrase_at
from factcheck.extract.measures import PLACES, Measure, holders, scope_of, verb_stem
from factcheck.extract.stance import StanceReader
from factcheck.extract.text import Token
from factcheck.lexicon import Lexicon
from factcheck.model import Claim, DateRange, Precision, Predicate, Quantity, Span

# words that open a clause of their own between a verb and a phrase of years: "attended the summit
# after floods hit the coast in 2029 and 2030" dates the floods
SUBORDINATES = frozenset(["after", "before", "while", "since", "until", "because", "if", "once", "though"])
STOPS = RELATIVES | SUBORDINATES
OPENERS = frozenset(["and", "but", "so", "both"])  # words that may come before a list opening a clause
JOINTS = frozenset([",", "and", "in", "again"])  # between listed years: "2029, and again in 2030"
RUN_NOUNS = {"year": "years", "time": "times"}
RUN_PRAISE = frozenset(["record"])  # "for a record fifth straight year"
ORDINAL = re.compile(r"(\d{1,2})(?:st|nd|rd|th)")
NOT_TIMES = frozenset(["a", "an", "as", "the", "that", "this", "per", "more", "over", "each", "every"])
OBJECTS = frozenset(["the", "a", "an", "his", "her", "their", "its"])  # after a participle: its object
BOUNDED = frozenset(["than", "least", "most", "nearly", "almost", "about", "over"])  # "at least twice"
PER = {"week": "", "month": "", "day": "", "annual": ""}  # "twice weekly", "twice daily"
UNTIL = frozenset(["to", "until", "through", "till", "and"])
NOUN_REACH = 3  # words from listed years to the plural noun they date
GAP_REACH = 10  # tokens between a verb and the phrase that counts it ("attended the Saltmere forum in")


@dataclass(frozen=True, slots=True)
class Run:
    """A phrase that counts a recurring deed: its tokens, the count (low..high), what it counts and
    the years it covers."""

    start: int
    end: int
    low: int
    high: int
    measure: str = "years"
    period: tuple[int, int] | None = None
    listed: bool = False
    rule: str = "quantity.run"


def recurring_claims(stance: StanceReader) -> list[Claim]:
    """The counts of recurring deeds a sentence gives in lists and phrases, each held by its doer."""
    document, view = stance.document, stance.view
    lexicon, tokens = document.lexicon, view.tokens
    runs = [
        *_year_lists(lexicon, tokens),
        *_ordinal_runs(lexicon, tokens),
        *_yearly(document, tokens),
        *_times(lexicon, tokens),
    ]
    claims = []
    for run in runs:
        verb = _verb_for(document, view, run)
        if verb is None:
            continue
        who, _ = doer(document, view, verb)
        if who is not None:
            claims.extend(_claims(stance, run, verb, who))
    return claims


def run_of_years(tokens: Sequence[Token], figure: Figure, measure: Measure) -> bool:
    """ "for the past three years", "(in) each of the last three years": a count of doing something
    up to now, neither an earlier figure nor a part."""
    if measure.name != "years" or not measure.detail:
        return False
    before = [t.lower for t in tokens[max(0, figure.start - 4) : figure.start]]
    recent = before[-2:] in (["the", "past"], ["the", "last"])
    return recent and (before[-3:-2] == ["for"] or before[-4:-2] == ["each", "of"])


def _year_lists(lexicon: Lexicon, tokens: Sequence[Token]) -> list[Run]:
    """Years listed after "in" ("in 2029 and 2030", "in both 2029, 2030 and 2031") or before the
    noun they date ("the 2029 and 2030 summits")."""
    runs = []
    for i, token in enumerate(tokens[:-3]):
        if token.lower not in ("in", "the"):
            continue
        start = i + 1 + _lead(tokens, i + 1)
        years, end = _year_list(lexicon, tokens, start)
        if not years or (end < len(tokens) and tokens[end].lower == "respectively"):
            continue
        if token.lower == "the":
            noun = _dated_noun(tokens, end)
            if noun is None:
                continue
            end = noun + 1
        period = (min(years), max(years))
        runs.append(Run(i, end, len(years), len(years), period=period, listed=True, rule="quantity.list"))
    return runs


def _lead(tokens: Sequence[Token], at: int) -> int:
    """Words between "in" and the years it lists: "in both 2029 and 2030", "in each of 2029, ..."."""
    words = [t.lower for t in tokens[at : at + 2]]
    return 1 if words[:1] == ["both"] else 2 if words == ["each", "of"] else 0


def _dated_noun(tokens: Sequence[Token], start: int) -> int | None:
    """The plural noun that listed years date, within a few lower-case words ("the 2029 and 2030
    harbour forums")."""
    for k in range(start, min(len(tokens), start + NOUN_REACH)):
        word = tokens[k].text
        if not (word.isalpha() and word.islower()):
            return None
        if word.endswith("s"):
            return k
    return None


def _year_list(lexicon: Lexicon, tokens: Sequence[Token], start: int) -> tuple[list[int], int]:
    """The years listed from a token on ("2029 and 2030", "2029, 2030 and 2031", "2029 and in 2030")
    and the token after the list; none unless "and" joins its last two."""
    years: list[int] = []
    i, joined = start, False
    while i < len(tokens) and is_year(lexicon, tokens[i], tokens[i + 1] if i + 1 < len(tokens) else None):
        years.append(int(tokens[i].text))
        i += 1
        if joined:
            break
        step = i
        while step < min(len(tokens), i + 3) and tokens[step].lower in JOINTS:
            step += 1
        gap = [t.lower for t in tokens[i:step]]
        if not gap or gap[0] == "in" or step >= len(tokens) or not tokens[step].text.isdecimal():
            break
        joined, i = "and" in gap, step
    return (years, i) if joined and len(years) > 1 else ([], start)


def _ordinal_runs(lexicon: Lexicon, tokens: Sequence[Token]) -> list[Run]:
    """ "for the third consecutive year", "for a second year running", "for a record fourth
    straight time", "back-to-back years"."""
    runs, words = [], [t.lower for t in tokens]
    for i in range(len(words) - 2):
        if words[i] == "back-to-back" and words[i + 1] in ("years", "year"):
            runs.append(Run(i, i + 2, 2, 2))
        if words[i] != "for" or words[i + 1] not in ("the", "a"):
            continue
        k = i + 2 + (words[i + 2] in RUN_PRAISE)
        found = _ordinal(lexicon, words[k]) if k < len(words) else 0
        marked = k + 1 < len(words) and lexicon.measures["run"].get(words[k + 1]) == "before"
        noun = k + 1 + marked
        if found < 2 or noun >= len(words) or words[noun] not in RUN_NOUNS:
            continue
        after = phrase_at(lexicon, tokens, noun + 1, "run")
        trailing = after is not None and after[0] == "after"
        if marked or trailing:
            end = after[1] if after is not None and trailing else noun + 1
            runs.append(Run(i, end, found, found, RUN_NOUNS[words[noun]]))
    return runs


def _ordinal(lexicon: Lexicon, word: str) -> int:
    matched = ORDINAL.fullmatch(word)
    return int(matched.group(1)) if matched else lexicon.numbers.ordinals.get(word, 0)


def _yearly(document: Document, tokens: Sequence[Token]) -> list[Run]:
    """ "every year since 2029" (to the article's year, which may not have had its turn yet),
    "annually since 2029", "every year from 2029 to 2031"."""
    lexicon, published, runs = document.lexicon, document.published, []
    for i in range(len(tokens) - 2):
        found = phrase_at(lexicon, tokens, i, "yearly")
        if found is None or found[1] + 1 >= len(tokens):
            continue
        word, at = tokens[found[1]].lower, found[1] + 1
        if not tokens[at].text.isdecimal() or not is_year(lexicon, tokens[at], None):
            continue
        since = int(tokens[at].text)
        if word == "since" and published is not None and published.year > since:
            low = published.year - since
            runs.append(Run(i, at + 1, low, low + 1, period=(since, published.year), rule="quantity.yearly"))
        elif word in ("from", "between") and at + 2 < len(tokens) and tokens[at + 1].lower in UNTIL:
            until = tokens[at + 2]
            if until.text.isdecimal() and is_year(lexicon, until, None) and int(until.text) > since:
                count = int(until.text) - since + 1
                runs.append(
                    Run(i, at + 3, count, count, period=(since, int(until.text)), rule="quantity.yearly")
                )
    return runs


def _times(lexicon: Lexicon, tokens: Sequence[Token]) -> list[Run]:
    """ "twice", "thrice": a count of times, not "twice a year", "twice as many", "more than twice"."""
    runs, words = [], [t.lower for t in tokens]
    for i, word in enumerate(words):
        count = lexicon.measures["times"].get(word)
        following = words[i + 1] if i + 1 < len(words) else ""
        if count is None or following in NOT_TIMES or (i and words[i - 1] in BOUNDED):
            continue
        if following.endswith("ly") and following[:-2] in RUN_NOUNS | PER:
            continue  # "twice weekly"
        runs.append(Run(i, i + 1, int(count), int(count), "times", rule="quantity.times"))
    return runs


def _verb_for(document: Document, view: SentenceView, run: Run) -> int | None:
    """The verb a phrase counts: the first after it when it opens its clause ("In 2029 and 2030, X
    attended") or stands before the verb ("X has twice attended"), else the nearest before it with nothing between that ends its reach (a comma, a
    relative word: "the summit, held in 2029 and 2030" is the holding's)."""
    tokens, words, lexicon = view.tokens, view.words(), document.lexicon
    first, last = view.clause_of(run.start)
    before = words[run.start - 1] if run.start > first else ""
    inner = before in lexicon.measures["between"] or any(p.end == run.start for p in holders(document, view))
    if inner or all(w in OPENERS for w in words[first : run.start]):
        for j in range(run.end, min(last, run.end + GAP_REACH)):
            if verb_stem(lexicon, tokens[j]):
                return j
            if words[j] in lexicon.measures["between"]:
                continue  # "has", "herself"
            if words[j] in STOPS or words[j] in lexicon.quotes.inflections or words[j] in ("and", "but"):
                return None  # "In 2029 and 2030, floods hit X and Y attended": the years are the floods'
        return None
    for j in range(run.start - 1, max(first, run.start - GAP_REACH) - 1, -1):
        if verb_stem(lexicon, tokens[j]):
            return j
        if not tokens[j].text[:1].isalnum() or words[j] in STOPS or _other_verb(lexicon, tokens, j, run):
            return None  # a comma, "which", "after", "met", "scoring": the phrase is another verb's
    return None


def _other_verb(lexicon: Lexicon, tokens: Sequence[Token], j: int, run: Run) -> bool:
    """An irregular verb ("met") or a participle with its object between a verb and what counts it
    ("scoring twice", "beating the hosts"; not the noun of "the meeting in 2029 and 2030")."""
    word = tokens[j].lower
    if word in lexicon.quotes.inflections:
        return True
    following = tokens[j + 1] if j + 1 < len(tokens) else None
    takes = following is not None and (following.lower in OBJECTS or following.text[:1].isupper())
    right_before = j + 1 == run.start and run.rule == "quantity.times"  # "scoring twice"
    return word.endswith("ing") and len(word) > 5 and (right_before or takes)


def _claims(stance: StanceReader, run: Run, verb: int, who: Placed | int) -> list[Claim]:
    """The count of years (or times) of a run, and of the places a list names beside it."""
    document, view = stance.document, stance.view
    tokens, lexicon = view.tokens, document.lexicon
    stem = verb_stem(lexicon, tokens[verb]) or ""
    first, last = view.clause_of(run.start)
    fronted = verb > run.start
    start, stop, places = _quoted(document, view, run, verb)
    when = f" ({run.period[0]}..{run.period[1]})" if run.period else ""
    bound = "exact" if run.low == run.high else "range"
    counted = f"{run.measure} {stem}{when}"
    counts = [
        Quantity(run.low, run.high, run.measure, counted, stem, bound, listed=run.listed, period=run.period)
    ]
    if places and run.listed:
        counts.append(Quantity(len(places), len(places), "places", f"places {stem}", stem, listed=True))
    as_of = _years(run.period) if run.period else stance.clause_years(verb)
    said = stance.of_figure(verb, verb + 1 if fronted else run.end, first)
    around = scope_of(document, view, stop if fronted else run.end, Stretch(first, first, last, last))
    anchors = tuple(p.index for p in around if p not in places)
    begin, end = tokens[start].start, tokens[stop - 1].end
    span = Span(begin, end, document.source.text[begin:end])
    subject = who.index if isinstance(who, Placed) else who
    return [Claim(subject, Predicate.QUANTITY, c, span, run.rule, as_of, said, anchors) for c in counts]


def _quoted(document: Document, view: SentenceView, run: Run, verb: int) -> tuple[int, int, list[Placed]]:
    """The tokens a count is quoted with and the places listed beside it: from a list opening its
    clause to the places after it or the comma ("In 2029 and 2030, ..."), from a count before the
    verb to the verb ("twice attended"); else from the verb on."""
    tokens, last = view.tokens, view.clause_of(run.start)[1]
    if verb < run.start:
        return verb, run.end, _place_list(document, view, verb, run.start)
    places = _place_list(document, view, run.end, last)
    comma = next((j for j in range(run.end, verb) if tokens[j].text == ","), verb + 1)
    return run.start, places[-1].end if places else comma, places


def _years(period: tuple[int, int]) -> DateRange:
    return DateRange(date(period[0], 1, 1), date(period[1], 12, 31), Precision.YEAR)


def _place_list(document: Document, view: SentenceView, start: int, stop: int) -> list[Placed]:
    """The places listed after 'in' ('in Madrid and Vilnius') between two tokens of a sentence."""
    tokens = view.tokens
    for i in range(start, stop):
        if tokens[i].lower != "in":
            continue
        listed, j = [], i + 1
        for placed in sorted(view.mentions_between(i + 1, stop), key=lambda p: p.first):
            if placed.first != j or document.mentions[placed.index].type not in PLACES:
                break
            listed.append(placed)
            j = placed.end + 1 if placed.end < stop and tokens[placed.end].lower in (",", "and") else -1
        if len(listed) > 1 and tokens[listed[-1].first - 1].lower == "and":
            return listed
    return []
