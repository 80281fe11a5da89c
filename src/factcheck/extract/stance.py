"""How a sentence puts a statement: negated, hedged, dated, and whose words it is ("X said", a quotation)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date

from factcheck.extract.document import Document, Placed, SentenceView
from factcheck.model import DateRange, EntityType, Qualifiers

QUOTES = '“”«»"'
QUOTE_OPEN, QUOTE_CLOSE = "“«", "”»"
# Attribution words of modality.tsv that are mostly nouns ("reports of"), or name a source's own
# source ("citing"); "according to" is read on its own.
NOT_REPORTING = frozenset(["reports", "claims", "citing", "according"])
NONE: frozenset[str] = frozenset()
YEAR = re.compile(r"(?:1[89]|20)\d\d")


class Stance:
    """Reads how one sentence puts a statement, given word classes (a data file): "hedge" and
    "attribution" beside modality.tsv, "between" (auxiliaries before a verb), "pronoun", "stop"
    (words no speaker's name contains), "hearsay" ("X was reported killed"), "resolved" (the
    "decided" of "decided to go": any other "to" is an intention) and "earlier" ("initially")."""

    def __init__(self, document: Document, view: SentenceView, classes: Mapping[str, frozenset[str]]) -> None:
        self.document, self.view, self.classes = document, view, classes
        self.words = tuple(t.text.lower().replace("’", "'") for t in view.tokens)
        self.named = frozenset(i for p in view.mentions for i in range(p.first, p.end))

    def kinds(self, word: str) -> set[str]:
        """Modality kinds of one word; "couldn't" is a hedge and a negation."""
        if word.endswith("n't"):
            stem = {"wo": "will", "ca": "can", "sha": "shall"}.get(word[:-3], word[:-3])
            return self.kinds(stem) | {"negation"}
        kinds = {k for k in ("hedge", "attribution") if word in self.classes.get(k, NONE)}
        modality = self.document.lexicon.modality
        return kinds | ({modality[word]} if word in modality else set())

    def qualifiers(self, subject: Placed, lo: int, verb: tuple[int, int], nominal: bool) -> Qualifiers:
        """The statement runs over tokens [lo, hi) with its subject, its verb (or noun) over `verb`.

        Negated: a negation between subject and verb. Hedged: a hedge, forecast, intention or
        denial before it in its clause (after it too, for a noun), hearsay in the verb group,
        "X or Y", an "earlier" word, or a question."""
        start, end = self.view.clause_of(verb[0])
        hi = max(verb[1], subject.end)
        gap = [k for k in range(subject.end, verb[0]) if k not in self.named]
        around = [k for k in range(start, lo) if k not in self.named]
        if nominal:
            around += [k for k in range(hi, end) if k not in self.named]
        gap_words, around_words = {self.words[k] for k in gap}, {self.words[k] for k in around}
        gap_kinds = set().union(*map(self.kinds, gap_words))
        around_kinds = set().union(*map(self.kinds, around_words))
        hedged = bool(
            (gap_kinds | around_kinds) & {"hedge", "future"}
            or "negation" in around_kinds
            or gap_words & self.classes.get("hearsay", NONE)
            or ("to" in gap_words and not gap_words & self.classes.get("resolved", NONE))
            or "or" in {self.words[k] for k in (verb[0] - 1, verb[1]) if 0 <= k < len(self.words)}
            or (gap_words | around_words) & self.classes.get("earlier", NONE)
            or self.view.tokens[-1].text == "?"
        )
        negated, speaker = "negation" in gap_kinds, self.speaker(lo, hi, subject)
        return Qualifiers(
            as_of=self._as_of(start, end), negated=negated, hedged=hedged, attributed_to=speaker
        )

    def _as_of(self, start: int, end: int) -> DateRange | None:
        """The publication date, or the years the clause names when they are others ("In 2019, ...")."""
        published = self.document.published
        years = sorted({int(t.text) for t in self.view.tokens[start:end] if YEAR.fullmatch(t.text)})
        if years and (published is None or published.year not in years):
            return DateRange(date(years[0], 1, 1), date(years[-1], 12, 31), "year")
        return DateRange(published, published) if published else None

    def speaker(self, lo: int, hi: int, subject: Placed | None = None) -> str | None:
        """The named or described source of the stretch, "a quotation", or None for the outlet's own."""
        words, tokens = self.words, self.view.tokens
        for k in range(len(words) - 1):
            if words[k] == "according" and words[k + 1] == "to":
                phrase = [t.text for t in tokens[k + 2 : k + 8]]
                cut = next((j for j, t in enumerate(phrase) if not t[0].isalnum()), len(phrase))
                return self._after(k + 2) or " ".join(phrase[:cut]) or None
        for k, word in enumerate(words):
            if lo <= k < hi or not self._reporting(word):
                continue
            found = self._before(k, hi if k >= hi else 0, subject) or self._after(k + 1)
            if found:
                return found
        return "a quotation" if self._inside_quote(lo) else None

    def _reporting(self, word: str) -> bool:
        return word not in NOT_REPORTING and "attribution" in self.kinds(word)

    def _after(self, at: int) -> str | None:
        """'..., said X.'"""
        placed = next((p for p in self.view.mentions if p.first == at), None)
        return self.document.mentions[placed.index].key if placed else None

    def _before(self, verb: int, floor: int, subject: Placed | None) -> str | None:
        """The name or noun phrase before a reporting verb, back to a comma or a quotation mark."""
        last = verb - 1
        while last >= floor and self.words[last] in self.classes.get("between", NONE):
            last -= 1
        if last < floor:
            return None
        return self._named(floor, verb, last, subject) or self._described(floor, last)

    def _named(self, floor: int, verb: int, last: int, subject: Placed | None) -> str | None:
        """The person (else the body) named last before a reporting verb, not across a quotation mark."""
        tokens, mentions = self.view.tokens, self.document.mentions
        if self.words[last] in self.classes.get("pronoun", NONE):
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
            return " ".join(t.text for t in phrase)  # "NTC commanders"
        return mentions[placed.index].key

    def _described(self, floor: int, last: int) -> str | None:
        """An unnamed speaker ("Officials said"); after the stretch only behind a comma."""
        tokens = self.view.tokens
        first = last
        while first > max(floor, last - 5) and tokens[first - 1].is_word:
            first -= 1
        if not tokens[last].is_word or (floor > 0 and tokens[first - 1].text != ","):
            return None
        phrase = [t.text for t in tokens[first : last + 1]]
        if any(w.lower() in self.classes.get("stop", NONE) for w in phrase):
            return None
        return (
            "an unnamed speaker"
            if phrase[-1].lower() in self.classes.get("pronoun", NONE)
            else " ".join(phrase)
        )

    def _inside_quote(self, lo: int) -> bool:
        text = self.document.source.text
        offset = self.view.tokens[lo].start
        line = text[text.rfind("\n", 0, offset) + 1 : offset]
        opened = sum(line.count(c) for c in QUOTE_OPEN) - sum(line.count(c) for c in QUOTE_CLOSE)
        return opened > 0 or line.count('"') % 2 == 1
