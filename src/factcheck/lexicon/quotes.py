"""The word tables of quotations (who said it, and which changes of wording alter it), built from data files."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache

WORDS_FILE = "quote_words.tsv"
PAIRS_FILE = "quote_pairs.tsv"


@dataclass(frozen=True, slots=True)
class AttributionWords:
    """Words that tie a quotation to its speaker; multi-word entries are joined by single spaces."""

    speech: frozenset[str]  # "said", "told", "according to"
    characterise: frozenset[str]  # "called", "described": attribute partial quotations only
    reporting: frozenset[str]  # both of the above: what may attribute a partial quotation
    between: frozenset[str]  # "has", "later", "quoted as": between a speaker and the verb
    pronouns: frozenset[str]
    not_speakers: frozenset[str]  # "nobody", "everyone": no one in particular
    determiners: frozenset[str]  # open a described speaker: "a spokeswoman"
    leads: frozenset[str]  # open a clause before its subject: "But Ruiz said"
    speaker_stops: frozenset[str]  # end a speaker named after the verb: "said Ruiz in a statement"
    abbreviations: frozenset[str]  # a full stop after them ends no sentence
    passive: frozenset[str]  # "was", "been": the verb after them is passive ("was dubbed"): no speaker
    adverbials: frozenset[str]  # open a clause that is no speaker: "In Eastport, Ruiz said"
    subordinators: frozenset[str]  # a new subject starts after them: "... after the committee said"
    times: frozenset[str]  # "last week", "on Monday": before a subject, not part of it
    longest: int  # words in the longest multi-word entry
    generic_speakers: frozenset[str] = frozenset()  # "officials", "spokesman": say what, not who
    statements: frozenset[str] = frozenset()  # "statement", "message": introduce a speaker's paragraphs
    issuing: frozenset[str] = frozenset()  # "made", "issued": put out a statement, end its speaker


@dataclass(frozen=True, slots=True)
class QuoteWords:
    """Everything quotations are read and compared with; built once by `quote_words`, passed in."""

    attribution: AttributionWords
    negations: frozenset[str]
    quantifiers: frozenset[str]
    modals: frozenset[str]
    clauses: frozenset[str]
    fillers: frozenset[str]  # harmless anywhere: "um", "you know"
    discourse: frozenset[str]  # harmless at the start of a clause only: "Well, ..."
    articles: frozenset[str]
    references: frozenset[str]  # pronouns that stand for a noun: "it" for "the pier"
    numbers: Mapping[str, int]  # "three" -> 3
    scales: Mapping[str, int]  # "million", "bn" -> 1000000, 1000000000
    ordinals: Mapping[str, str]  # "third" -> "3rd"
    units: Mapping[str, str]  # "%", "per cent" -> "percent"
    contractions: Mapping[str, tuple[str, ...]]  # "won't" -> ("will", "not")
    contraction_suffixes: tuple[tuple[str, str], ...]  # ("n't", "not")
    inflections: Mapping[str, str]  # "rose" -> "rise"
    spelling_rules: SpellingRules
    spelling: Mapping[str, str]  # stem of a British spelling -> stem of the American one
    synonyms: Mapping[str, str]  # stem -> the stem that stands for its group
    antonyms: frozenset[tuple[str, str]]  # pairs of stems, both ways round
    longest: int  # words in the longest multi-word entry of the classes above
    phrase_starts: frozenset[str]  # first words of the multi-word entries
    function_words: frozenset[str] = (
        frozenset()
    )  # "in", "with", "are": one for another is no change of substance

    def phrase_class(self, phrase: str) -> str | None:
        """Which class a word or phrase (lower case, single spaces) belongs to, for the comparison."""
        for name, members in (
            ("negation", self.negations),
            ("clause", self.clauses),
            ("quantifier", self.quantifiers),
            ("filler", self.fillers),
        ):
            if phrase in members:
                return name
        return "unit" if phrase in self.units else None


def _rows(text: str) -> Iterator[list[str]]:
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            yield [cell.strip() for cell in line.split("\t")]


def _classes(text: str) -> dict[str, set[str]]:
    classes: dict[str, set[str]] = {}
    for row in _rows(text):
        classes.setdefault(row[0], set()).add(" ".join(row[1].split()))
    return classes


@dataclass(frozen=True, slots=True)
class SpellingRules:
    """British parts of words and their American forms: ("our", "or", 3, True) is a part that needs three
    letters before it and may stand inside a word ("colourful"); the others end the word."""

    rules: tuple[tuple[str, str, int, bool], ...]
    parts: re.Pattern[str]  # any British part: a word without one is left as it is, quickly


def spelling_rules(rows: list[tuple[str, ...]]) -> SpellingRules:
    rules = tuple((british, us, int(before), where == "inside") for british, us, before, where, *_ in rows)
    parts = "|".join(re.escape(r[0]) for r in rules) or "(?!)"
    return SpellingRules(rules, re.compile(parts))


def american(word: str, spelling: SpellingRules) -> str:
    """A lower-case word with the first British part a rule knows put the American way."""
    if not spelling.parts.search(word):
        return word
    for british, us, before, inside in spelling.rules:
        at = word.find(british, before)
        if at >= before and (inside or at + len(british) == len(word)):
            return word[:at] + us + word[at + len(british) :]
    return word


# Regular endings in the order they are tried: (ending, what replaces it, letters that must be left).
ENDINGS = (("ies", "y", 2), ("ied", "y", 2), ("ees", "ee", 1), ("ing", "", 3), ("ed", "", 3))
ENDINGS_S = (("es", "", 3), ("s", "", 3))


@lru_cache(maxsize=65536)  # a pure function, asked of the same few thousand words over and over
def stem(word: str) -> str:
    """A crude stem that regular inflections of a word share ("raised", "raises", "raise", "raising")."""
    for ending, replacement, left in ENDINGS + ENDINGS_S:
        if word.endswith(ending) and len(word) - len(ending) >= left:
            # "-ss", "-us", "-is" end words, not plurals; "-ceed" and a short "-eed" are stems ("speed").
            if (ending[-1] == "s" and word.endswith(("ss", "us", "is"))) or word.endswith(("ceed", "eed")):
                continue
            word = word[: len(word) - len(ending)] + replacement
            break
    if len(word) > 3 and word.endswith("e"):
        word = word[:-1]
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "lsaeiou":
        word = word[:-1]
    return word


def word_stem(word: str, inflections: Mapping[str, str], rules: SpellingRules) -> str:
    """The stem a word is compared by: base form of an irregular, American spelling, regular ending off."""
    return stem(american(inflections.get(word, word), rules))


def _pairs(text: str) -> dict[str, list[tuple[str, ...]]]:
    """Rows by class, the class left out; a comma-separated list on the right of a synonym or an
    inflection row makes one row per item."""
    pairs: dict[str, list[tuple[str, ...]]] = {}
    for row in _rows(text):
        rights = row[2].split(",") if row[0] in ("synonym", "inflection") else [row[2]]
        for right in rights:
            pairs.setdefault(row[0], []).append((row[1], right.strip(), *row[3:]))
    return pairs


def _groups(pairs: list[tuple[str, ...]], key: Callable[[str], str]) -> dict[str, str]:
    """Synonym lines joined into groups (a word on two lines joins them), each word to its group's key."""
    head: dict[str, str] = {}

    def find(word: str) -> str:
        while head.setdefault(word, word) != word:
            word = head[word]
        return word

    for left, right in pairs:
        head[find(key(right))] = find(key(left))
    return {word: find(word) for word in head}


def quote_words(read_text: Callable[[str], str]) -> QuoteWords:
    """Build the tables from quote_words.tsv and quote_pairs.tsv; `read_text(name)` returns a data file."""
    classes, pairs = _classes(read_text(WORDS_FILE)), _pairs(read_text(PAIRS_FILE))
    inflections = {form: base for base, form in pairs.get("inflection", [])}
    rules = spelling_rules(pairs.get("spelling-rule", []))

    def key(word: str) -> str:
        return word_stem(word, inflections, rules)

    units = {w: v for w, v in pairs.get("unit", [])}
    return QuoteWords(
        attribution=_attribution(classes),
        negations=frozenset(classes.get("negation", ())),
        quantifiers=frozenset(classes.get("quantifier", ())),
        modals=frozenset(classes.get("modal", ())),
        clauses=frozenset(classes.get("clause", ())),
        fillers=frozenset(classes.get("filler", ())),
        discourse=frozenset(classes.get("discourse", ())),
        articles=frozenset(classes.get("article", ())),
        references=frozenset(classes.get("reference", ())),
        numbers={w: int(v) for w, v in pairs.get("number", [])},
        scales={w: int(v) for w, v in pairs.get("scale", [])},
        ordinals={w: v for w, v, *_ in pairs.get("ordinal", [])},
        units=units,
        contractions={w: tuple(v.split()) for w, v in pairs.get("contraction", [])},
        contraction_suffixes=tuple((s, f) for s, f, *_ in pairs.get("contraction-suffix", [])),
        inflections=inflections,
        spelling_rules=rules,
        spelling={key(b): key(a) for b, a in pairs.get("spelling", [])},
        synonyms=_groups(pairs.get("synonym", []), key),
        antonyms=frozenset(
            p for x, y in pairs.get("antonym", []) for p in ((key(x), key(y)), (key(y), key(x)))
        ),
        longest=max(len(p.split()) for c in classes.values() for p in c | set(units)),
        phrase_starts=frozenset(p.split()[0] for c in classes.values() for p in c | set(units) if " " in p),
        function_words=frozenset(classes.get("function", ())),
    )


def _attribution(classes: dict[str, set[str]]) -> AttributionWords:
    speech, characterise = classes.get("speech", set()), classes.get("characterise", set())
    return AttributionWords(
        speech=frozenset(speech),
        characterise=frozenset(characterise),
        reporting=frozenset(speech | characterise),
        between=frozenset(classes.get("between", ())),
        pronouns=frozenset(classes.get("pronoun", ())),
        not_speakers=frozenset(classes.get("not-speaker", ())),
        determiners=frozenset(classes.get("determiner", ())),
        leads=frozenset(classes.get("lead", ())),
        speaker_stops=frozenset(classes.get("speaker-stop", ())),
        abbreviations=frozenset(classes.get("abbreviation", ())),
        passive=frozenset(classes.get("passive", ())),
        adverbials=frozenset(classes.get("adverbial", ())),
        subordinators=frozenset(classes.get("subordinator", ())),
        times=frozenset(classes.get("time", ())),
        generic_speakers=frozenset(classes.get("generic-speaker", ())),
        statements=frozenset(classes.get("statement", ())),
        issuing=frozenset(classes.get("issue", ())),
        longest=max(
            (
                len(p.split())
                for c in ("speech", "characterise", "between", "time")
                for p in classes.get(c, ())
            ),
            default=1,
        ),
    )
