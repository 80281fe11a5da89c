"""How a sentence puts a statement: negated, hedged, and whose words it is ("X said", a quotation).

One reader (`StanceReader`, made for a sentence) serves every extractor and gives one value, the
model's `Stance`. It reads a statement in one of three ways, the ones the extractors had before it
was shared; merging them would change what is found, so each extractor still asks for its own:

- `of_statement`, for event facts: a hedge, forecast, intention or denial in the clause before the
  verb (after it too for a noun), hearsay, "X or Y", a question; negation between subject and verb;
  the speaker named or described before a reporting word, named after it, or after "according to".
- `of_figure`, for numbers: a modal just before the figure or a goal word in its stretch; negation
  just before it; the speaker is the first name of the sentence that speaks ("X said"), else the
  words after "according to" or before the first reporting word, or the reporting word itself.
- `of_date`, for dates: a hedge in the clause, inside the date's own quotation or outside any;
  negation in the date's part of the clause; the speaker is the name nearest the first reporting
  word of the clause, when the clause reports.

A statement in quotation marks whose speaker is not found is `quoted` (events and numbers).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from functools import cached_property

from factcheck.extract.document import Document, Placed, SentenceView, modality_in
from factcheck.extract.text import Token
from factcheck.model import DateRange, EntityType, Precision, Stance

QUOTES = '“”«»"'
QUOTE_OPEN, QUOTE_CLOSE = "“«", "”»"
# Attribution words of modality.tsv that are mostly nouns ("reports of"), or name a source's own
# source ("citing"); "according to" is read on its own.
NOT_REPORTING = frozenset(["reports", "claims", "citing", "according"])
NONE: frozenset[str] = frozenset()
YEAR = re.compile(r"(?:1[89]|20)\d\d")
HEDGE_REACH = 4  # tokens before a figure searched for a modal ("could reach 20,000")
HOLDERS = frozenset([EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PARTY, EntityType.GROUP])
ATTRIBUTION_BEFORE = frozenset(["according", "citing"])
Speaker = tuple[str, int | None]  # whose words, and the mention that names them when one does


class StanceReader:
    """Reads how one sentence puts its statements, by the lexicon's word classes: modality.tsv
    (hedge, future, attribution, negation, past), and beside event facts "hedge" and "attribution",
    "between" (auxiliaries before a verb), "pronoun", "stop" (words no speaker's name contains),
    "hearsay" ("X was reported killed"), "resolved" (the "decided" of "decided to go": any other
    "to" is an intention) and "earlier" ("initially")."""

    def __init__(self, document: Document, view: SentenceView) -> None:
        self.document, self.view = document, view
        self.lexicon = document.lexicon

    @cached_property
    def words(self) -> tuple[str, ...]:
        return tuple(t.lower.replace("’", "'") for t in self.view.tokens)

    @cached_property
    def named(self) -> frozenset[int]:
        """The tokens inside names."""
        return frozenset(i for p in self.view.mentions for i in range(p.first, p.end))

    def kinds(self, word: str) -> set[str]:
        """Modality kinds of one word; "couldn't" is a hedge and a negation."""
        if word.endswith("n't"):
            stem = {"wo": "will", "ca": "can", "sha": "shall"}.get(word[:-3], word[:-3])
            return self.kinds(stem) | {"negation"}
        kinds = {k for k in ("hedge", "attribution") if word in self.lexicon.event_class(k)}
        modality = self.lexicon.modality
        return kinds | ({modality[word]} if word in modality else set())

    # --- event facts ---------------------------------------------------------------------------

    def of_statement(self, subject: Placed, lo: int, verb: tuple[int, int], nominal: bool) -> Stance:
        """The statement runs over tokens [lo, hi) with its subject, its verb (or noun) over `verb`."""
        start, end = self.view.clause_of(verb[0])
        hi = max(verb[1], subject.end)
        gap = [k for k in range(subject.end, verb[0]) if k not in self.named]
        conceded = self._conceded(start, lo)  # "Despite earlier plans to skip it, X attended"
        around = [k for k in range(start, lo) if k not in self.named and k not in conceded]
        if nominal:
            around += [k for k in range(hi, end) if k not in self.named]
        gap_words, around_words = {self.words[k] for k in gap}, {self.words[k] for k in around}
        gap_kinds = set().union(*map(self.kinds, gap_words))
        around_kinds = set().union(*map(self.kinds, around_words))
        lexicon = self.lexicon
        hedged = bool(
            (gap_kinds | around_kinds) & {"hedge", "future"}
            or "negation" in around_kinds
            or gap_words & lexicon.event_class("hearsay")
            or ("to" in gap_words and not gap_words & lexicon.event_class("resolved"))
            or "or" in {self.words[k] for k in (verb[0] - 1, verb[1]) if 0 <= k < len(self.words)}
            or any(self._earlier(k) for k in (*gap, *around))
            or self.view.tokens[-1].text == "?"
        )
        found = self._statement_speaker(lo, hi, subject)
        quoted = found is None and self._inside_quote(lo)
        speaker, mention = found or (None, None)
        return Stance("negation" in gap_kinds, hedged, speaker, mention, quoted)

    def _conceded(self, start: int, lo: int) -> range:
        """A conceding phrase before the statement, up to its comma: its hedges are not the statement's."""
        concessive = self.lexicon.event_class("concessive")
        opening = next((k for k in range(start, lo) if self.words[k] in concessive), lo)
        comma = next((k for k in range(opening, lo) if self.words[k] == ","), None)
        return range(opening, comma + 1) if comma is not None else range(0)

    def _earlier(self, k: int) -> bool:
        """'X was initially detained': a state before the current one; not the "earlier" of "said
        earlier", which dates the saying."""
        said = k > 0 and self._reporting(self.words[k - 1])
        return self.words[k] in self.lexicon.event_class("earlier") and not said

    def clause_years(self, verb: int) -> DateRange | None:
        """The publication date, or the years the verb's clause names when they are others ("In 2019, ...")."""
        start, end = self.view.clause_of(verb)
        published = self.document.published
        years = sorted({int(t.text) for t in self.view.tokens[start:end] if YEAR.fullmatch(t.text)})
        if years and (published is None or published.year not in years):
            return DateRange(date(years[0], 1, 1), date(years[-1], 12, 31), Precision.YEAR)
        return DateRange(published, published) if published else None

    def _statement_speaker(self, lo: int, hi: int, subject: Placed | None) -> Speaker | None:
        """The named or described source of the stretch, or None for the outlet's own."""
        words, tokens = self.words, self.view.tokens
        for k in range(len(words) - 1):
            if words[k] == "according" and words[k + 1] == "to":
                phrase = [t.text for t in tokens[k + 2 : k + 8]]
                cut = next((j for j, t in enumerate(phrase) if not t[0].isalnum()), len(phrase))
                described = " ".join(phrase[:cut])
                return self._after(k + 2) or ((described, None) if described else None)
        for k, word in enumerate(words):
            if lo <= k < hi or not self._reporting(word):
                continue
            found = self._before(k, hi if k >= hi else 0, subject) or self._after(k + 1)
            if found:
                return found
        return None

    def _reporting(self, word: str) -> bool:
        return word not in NOT_REPORTING and "attribution" in self.kinds(word)

    def _after(self, at: int) -> Speaker | None:
        """'..., said X.'"""
        placed = next((p for p in self.view.mentions if p.first == at), None)
        return (self.document.mentions[placed.index].key, placed.index) if placed else None

    def _before(self, verb: int, floor: int, subject: Placed | None) -> Speaker | None:
        """The name or noun phrase before a reporting verb, back to a comma or a quotation mark."""
        last = verb - 1
        while last >= floor and self.words[last] in self.lexicon.event_class("between"):
            last -= 1
        if last < floor:
            return None
        named = self._named(floor, verb, last, subject)
        if named is not None:
            return named
        described = self._described(floor, last)
        return (described, None) if described else None

    def _named(self, floor: int, verb: int, last: int, subject: Placed | None) -> Speaker | None:
        """The person (else the body) named last before a reporting verb, not across a quotation mark."""
        tokens, mentions = self.view.tokens, self.document.mentions
        if self.words[last] in self.lexicon.event_class("pronoun"):
            return None
        lo = max(floor, verb - 12)
        lo = max([lo, *(j + 1 for j in range(lo, last + 1) if tokens[j].text in QUOTES)])
        candidates = [
            p
            for p in self.view.mentions
            if lo <= p.first and p.end <= last + 1 and p != subject
            and mentions[p.index].type != EntityType.PLACE and tokens[p.end - 1].bare == tokens[p.end - 1].text
            and (floor == 0 or any(t.text in "," + QUOTES for t in tokens[floor : p.first]))
        ]  # fmt: skip
        people = [p for p in candidates if mentions[p.index].type == EntityType.PERSON]
        if not candidates:
            return None
        placed = (people or candidates)[-1]
        if placed not in people and any(t.text == "," for t in tokens[placed.end : last + 1]):
            return None  # "in Malibu, California, his family said": the family speaks
        phrase = tokens[placed.first : last + 1]
        if placed.end <= last and len(phrase) <= 4 and all(t.is_word for t in phrase):
            return " ".join(t.text for t in phrase), None  # "NTC commanders"
        return mentions[placed.index].key, placed.index

    def _described(self, floor: int, last: int) -> str | None:
        """An unnamed speaker ("Officials said"); after the stretch only behind a comma."""
        tokens = self.view.tokens
        first = last
        while first > max(floor, last - 5) and tokens[first - 1].is_word:
            first -= 1
        if not tokens[last].is_word or (floor > 0 and tokens[first - 1].text != ","):
            return None
        phrase = [t.text for t in tokens[first : last + 1]]
        if any(w.lower() in self.lexicon.event_class("stop") for w in phrase):
            return None
        pronouns = self.lexicon.event_class("pronoun")
        return "an unnamed speaker" if phrase[-1].lower() in pronouns else " ".join(phrase)

    def _inside_quote(self, lo: int) -> bool:
        text = self.document.source.text
        offset = self.view.tokens[lo].start
        line = text[text.rfind("\n", 0, offset) + 1 : offset]
        opened = sum(line.count(c) for c in QUOTE_OPEN) - sum(line.count(c) for c in QUOTE_CLOSE)
        return opened > 0 or line.count('"') % 2 == 1

    # --- numbers -------------------------------------------------------------------------------

    def of_figure(self, start: int, end: int, lo: int) -> Stance:
        """A figure over tokens [start, end), in the stretch of its clause that begins at `lo`."""
        tokens, lexicon = self.view.tokens, self.lexicon
        near = [*tokens[max(lo, start - HEDGE_REACH) : start], *tokens[end : end + 3]]
        # "$50m more than planned", "higher than expected": the standard compared with is no modality
        near = [t for k, t in enumerate(near) if not (k and near[k - 1].lower == "than")]
        hedges = lexicon.measures["hedge"]
        hedged = bool(modality_in(lexicon, near) & {"hedge", "future"})
        hedged = hedged or any(t.lower in hedges for t in tokens[lo : end + 3])
        negated = "negation" in modality_in(lexicon, tokens[max(lo, start - 3) : start])
        found = self._figure_speaker()
        quoted = found is None and sum(t.text in '“”"' for t in tokens[:start]) % 2 == 1
        speaker, mention = found or (None, None)
        return Stance(negated, hedged, speaker, mention, quoted)

    def _figure_speaker(self) -> Speaker | None:
        """Who the sentence gives its figures to: a named speaker, else the unnamed one as written
        ("according to the coastguard", "health officials said")."""
        document, view = self.document, self.view
        speakers = [p for p in view.mentions if speaks(document, view, p)]
        if speakers:
            return document.mentions[speakers[0].index].key, speakers[0].index
        words = view.words()
        if "according" in words and words[words.index("according") + 1 : words.index("according") + 2] == [
            "to"
        ]:
            after = words.index("according") + 2
            return self._who(words[after : after + 4]) or "according to", None  # four words at most
        said = next((i for i, w in enumerate(words) if w in self.lexicon.attribution_words), None)
        if said is not None:
            return self._who(words[max(0, said - 3) : said][::-1], reverse=True) or words[said], None
        return None

    def _who(self, words: Sequence[str], reverse: bool = False) -> str:
        """The plain words naming an unnamed source, up to a punctuation mark or a preposition."""
        found = []
        function = self.lexicon.measures["function"]
        for word in words[:4]:
            if not word.isalpha() or (word in function and word not in ("the", "a")):
                break
            found.append(word)
        return " ".join(reversed(found) if reverse else found)

    # --- dates ---------------------------------------------------------------------------------

    def of_date(self, clause: tuple[int, int], part: tuple[int, int], said: Sequence[Token]) -> Stance:
        """A date in `part` of its clause; `said` are the clause's tokens in the date's own
        quotation, or outside any when it is in none."""
        modality = modality_in(self.lexicon, said)
        negated = "negation" in modality_in(self.lexicon, self.view.tokens[part[0] : part[1]])
        found = self._date_speaker(clause) if "attribution" in modality else None
        speaker, mention = found or (None, None)
        return Stance(negated, "hedge" in modality, speaker, mention)

    def _date_speaker(self, clause: tuple[int, int]) -> Speaker | None:
        """Whose words the clause reports: the name nearest the attribution verb, else the verb."""
        words, tokens = self.lexicon.modality, self.view.tokens
        verbs = [i for i in range(*clause) if words.get(tokens[i].lower) == "attribution"]
        named = self.view.mentions_between(*clause)
        if not verbs or not named:
            return (tokens[verbs[0]].lower, None) if verbs else None
        nearest = min(named, key=lambda p: min(abs(p.first - verbs[0]), abs(p.end - verbs[0])))
        return self.document.mentions[nearest.index].key, nearest.index


def speaks(document: Document, view: SentenceView, placed: Placed) -> bool:
    """A person or body given as the source of what is said ("X said", "according to X", "told X"),
    or another name of one ("the Election Commission (ECP)")."""
    return document.mentions[placed.index].key in _speaking_keys(document, view)


def _speaking_keys(document: Document, view: SentenceView) -> frozenset[str]:
    """The names of a sentence that speak there, worked out once per sentence."""
    found = view.memo.get("speaking keys")
    if not isinstance(found, frozenset):
        found = frozenset(
            document.mentions[p.index].key for p in view.mentions if _speaker_at(document, view, p)
        )
        view.memo["speaking keys"] = found
    return found


def _speaker_at(document: Document, view: SentenceView, placed: Placed) -> bool:
    if document.mentions[placed.index].type not in HOLDERS:
        return False
    tokens = view.tokens
    after = {t.lower for t in tokens[placed.end : placed.end + 2]}
    before = [t.lower for t in tokens[max(0, placed.first - 4) : placed.first]]
    told = "told" in before[-2:]  # "told (the) Associated Press": the one addressed passes it on
    said = placed.first > 0 and tokens[placed.first - 1].lower in ("said", "says")
    closing = placed.end == len(tokens) or not tokens[placed.end].text[:1].isalnum()
    return (
        bool(document.lexicon.attribution_words & after)
        or bool(ATTRIBUTION_BEFORE & set(before))
        or told
        or (said and closing)
    )
