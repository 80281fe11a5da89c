"""Named mentions: runs of capitalised words, stripped of titles and sentence openers, then typed."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from factcheck.extract.text import Sentence, Token, make_token
from factcheck.lexicon import Lexicon, is_acronym
from factcheck.model import EntityType
from factcheck.sources.calendar import MONTHS, WEEKDAYS

# "Khan-backed", "Sharif-led": the name ends before the hyphen; so it does before "-the" ("Paris-the").
ATTRIBUTIVE_SUFFIXES = frozenset(
    "led backed based linked owned run born controlled allied aligned style era funded supported "
    "leaning dominated inspired bound made brokered sponsored wide the a an and or to of in".split()
)
ADVERB_ENDINGS = ("ically", "ously", "ately", "ently", "antly", "ably", "ingly", "edly", "fully", "ively")
PLACE_PREPOSITIONS = frozenset("in at near outside across into towards toward around".split())
# Verbs of weather and disaster whose object is a place ("the storm hit Alder Cove"): a name after
# one is a place unless it opens with a given name ("the car hit Mara Velden").
PLACE_VERBS = frozenset("hit hits struck strikes lashed battered pounded flooded ravaged devastated".split())
# "the town of X", "the province of X", "the Vale of X": a noun of a kind of place or of a feature
# of the land or sea before "of" makes X a place
PLACE_NOUNS = frozenset(
    "town city village hamlet province district region county state island port capital municipality"
    " suburb suburbs outskirts borough commune prefecture governorate valley vale gorge gulf bay strait"
    " isle peninsula plain plateau canyon lake sea".split()
)
_PARTICLE_HYPHEN = re.compile(r"(?:al|el|ul|ur|ad|as|ash|an|ar|at|az|bin|ibn|abu|ben|de|di|da|van|von)-[A-Z]")
QUOTES = "\"“”‘’'(["


@dataclass(frozen=True, slots=True)
class NameRun:
    """A name found in a sentence, with the capitalised words before it that were not part of it."""

    tokens: tuple[Token, ...]
    prefix: tuple[Token, ...]
    type: EntityType
    rule: str

    @property
    def start(self) -> int:
        return self.tokens[0].start

    @property
    def end(self) -> int:
        return self.tokens[-1].start + len(self.tokens[-1].bare)

    def text(self, source_text: str) -> str:
        return source_text[self.start : self.end]


def office_at(tokens: Sequence[Token], index: int, lexicon: Lexicon) -> int:
    """How many tokens from `index` spell an office ("Prime Minister", "Secretary-General"), or 0."""
    first = tokens[index].bare.lower()
    if (
        first not in lexicon.office_starts
        and _without_modifier_affix(first, lexicon) not in lexicon.office_starts
    ):
        return 0
    words = [t.bare.lower() for t in tokens[index : index + lexicon.longest_office]]
    for length in range(len(words), 0, -1):
        phrase = " ".join(words[:length])
        for form in (phrase, _without_modifier_affix(phrase, lexicon)):
            if form in lexicon.offices:
                return length
    return 0


def _without_modifier_affix(phrase: str, lexicon: Lexicon) -> str:
    """'president-elect' -> 'president', 'ex-premier' -> 'premier'."""
    if "-" not in phrase:
        return phrase
    for form in lexicon.suffix_modifiers:
        if phrase.endswith(form):
            return phrase[: -len(form)]
    for form in lexicon.prefix_modifiers:
        if phrase.startswith(form):
            return phrase[len(form) :]
    return phrase


def capitalised_inside(sentences: Sequence[Sentence]) -> frozenset[str]:
    """The words a source capitalises inside its sentences, not first and not in a title-case
    line: what it writes as names ('Harbour' in "shares in Harbour rose")."""
    found: set[str] = set()
    for sentence in sentences:
        words = [t for t in sentence.tokens if t.is_word]
        if _title_case(words) and _unstopped(sentence.tokens):
            continue
        found.update(t.bare.lower() for t in words[1:] if t.is_capitalised)
    return frozenset(found)


def _title_case(words: Sequence[Token]) -> bool:
    """A line of four words or more, nearly all capitalised: a headline in title case."""
    return len(words) >= 4 and sum(1 for t in words if t.is_capitalised) >= 0.7 * len(words)


HEADLINE_WORDS = 5  # a shorter capitalised line is as often a list entry ('Mara Velden (Velmora)')


def _unstopped(tokens: Sequence[Token]) -> bool:
    """A line that ends without a full stop, as headlines do."""
    return bool(tokens) and tokens[-1].text not in (".", "!", "?")


class NameFinder:
    """Finds name runs in the sentences of one source."""

    def __init__(
        self,
        lexicon: Lexicon,
        lowercase_words: frozenset[str],
        capitalised_words: frozenset[str] = frozenset(),
    ) -> None:
        self.lexicon = lexicon
        self.lowercase_words = lowercase_words
        self.capitalised_words = capitalised_words  # lower case, as written inside sentences

    def find(self, sentence: Sentence) -> Iterator[NameRun]:
        tokens = sentence.tokens
        nameish = self._nameish(tokens)
        index = 0
        while index < len(tokens):
            if not nameish[index]:
                index += 1
                continue
            end = self._run_end(tokens, nameish, index)
            yield from self._segment(tokens, index, end)
            index = end

    def _nameish(self, tokens: Sequence[Token]) -> list[bool]:
        headline = _title_case([t for t in tokens if t.is_word])
        lettered = sum(1 for t in tokens if t.is_word and t.text[:1].isalpha())
        title_line = headline and _unstopped(tokens) and lettered >= HEADLINE_WORDS
        flags = []
        opener = True
        for token in tokens:
            if not token.is_word:
                flags.append(False)
                opener = opener or token.text in QUOTES or token.text in ":—–-"
                continue
            lower = token.bare.lower()
            flag = token.is_capitalised or bool(_PARTICLE_HYPHEN.match(token.text))
            if flag and (lower in MONTHS or lower in WEEKDAYS) and not is_acronym(token.text):
                flag = False
            if flag and lower in self.lexicon.common_words and not is_acronym(token.text):
                flag = not opener and lower not in {"the", "a", "an", "and", "but", "or", "i"}
            if flag and (opener or headline) and not is_acronym(token.text):
                flag = lower not in self.lowercase_words or self._starts_name(token)
            if flag and title_line and not is_acronym(token.text) and not self._starts_name(token):
                # a title-case headline capitalises its verbs and nouns ("Rebels Seize Port"):
                # there a word of the language is a name only if the story writes it as one
                words = self.lexicon.spelling_words
                known = (
                    words.is_word(lower) or lower in self.lexicon.common_words
                ) and not words.is_common_name(lower)
                flag = lower in self.capitalised_words or not known
            flags.append(flag)
            opener = False
        # "in The Hague", "told The Associated Press": a capitalised article inside a sentence
        for index in range(1, len(tokens) - 1):
            if tokens[index].text == "The" and flags[index + 1] and not flags[index]:
                flags[index] = tokens[index - 1].text not in QUOTES
        return flags

    def _starts_name(self, token: Token) -> bool:
        lower = token.bare.lower()
        return lower in self.lexicon.offices or lower in self.lexicon.modifiers

    def _run_end(self, tokens: Sequence[Token], nameish: list[bool], start: int) -> int:
        index = start
        while index < len(tokens):
            token = tokens[index]
            if nameish[index]:
                index += 1
                if _attributive_split(token) is not None:
                    break  # "Khan-backed": the name stops here
                if token.bare != token.text and not self._possessive_inside_name(tokens, nameish, index):
                    break  # "Ishiba's": the name stops here
                continue
            lower = token.lower
            following = index + 1
            after_honorific = index > start and tokens[index - 1].text in self.lexicon.honorifics
            if lower == "." and after_honorific and following < len(tokens) and nameish[following]:
                index = following  # "Mr. Halvorsen"
                continue
            if lower == "of" and following < len(tokens) and tokens[following].lower == "the":
                following += 1
            if lower in ("of", "for") and following < len(tokens) and nameish[following]:
                head = tokens[index - 1].bare
                if head in self.lexicon.organization_heads or office_at(tokens, index - 1, self.lexicon):
                    index = following
                    continue
            if lower == "and" and self._joins_organisation(tokens, nameish, start, index):
                index = following
                continue
            if lower in self.lexicon.particles:
                # "van der Hoek", "de la Cruz": particles run on until the next part of the name
                while following < len(tokens) and tokens[following].lower in self.lexicon.particles:
                    following += 1
                if following < len(tokens) and nameish[following]:
                    index = following
                    continue
            break
        return index

    def _joins_organisation(
        self, tokens: Sequence[Token], nameish: list[bool], start: int, index: int
    ) -> bool:
        """'Federation of Red Cross and Red Crescent Societies': 'and' inside an 'X of Y' name."""
        if not any(t.text == "of" for t in tokens[start:index]):
            return False
        end = index + 1
        while end < len(tokens) and nameish[end]:
            end += 1
        return end > index + 1 and tokens[end - 1].bare in self.lexicon.organization_heads

    def _possessive_inside_name(self, tokens: Sequence[Token], nameish: list[bool], following: int) -> bool:
        """'People's Party', 'People's Republic': the possessive is part of an organisation's name."""
        if following >= len(tokens) or not nameish[following]:
            return False
        head = tokens[following].bare
        return head in self.lexicon.organization_heads or head in self.lexicon.name_heads

    def _segment(self, tokens: Sequence[Token], start: int, end: int) -> Iterator[NameRun]:
        party_end = self._party_end(tokens, start, end)
        if party_end:  # "National Party Holyrood leader X": the party, then another name
            yield from self._segment(tokens, start, party_end)
            yield from self._segment(tokens, party_end, end)
            return
        run = list(tokens[start:end])
        cut = _attributive_split(run[-1])
        if cut is not None:
            run[-1] = cut
        name_start = 0
        index = 0
        while index < len(run):
            length = office_at(run, index, self.lexicon)
            if length and index + length < len(run):
                name_start = index + length
                index += length
            else:
                index += 1
        prefix, name = run[:name_start], run[name_start:]
        opener = not any(t.is_word for t in tokens[:start])
        while name and self._is_prefix_word(name[0], name, opener and not prefix):
            prefix.append(name.pop(0))
        while name and name[-1].lower in {"of", "the", "for"} | self.lexicon.particles:
            name.pop()
        yield from self._bodies_before_title(prefix)
        body_end = self._body_before_person(prefix, name)
        if body_end:  # "Chair of the Harbour Council Ko Min-ji": the body, then the person
            body = name[:body_end]
            yield NameRun(tuple(body), (), self._type(body, [], body, 0)[0], "name.body-before-person")
            prefix, name = [*prefix, *body], name[body_end:]
        if not name or (len(name) == 1 and self._not_a_name(name[0])):
            return
        kind, rule = self._type(name, prefix, tokens, start + len(prefix))
        yield NameRun(tuple(name), tuple(prefix), kind, rule)

    def _party_end(self, tokens: Sequence[Token], start: int, end: int) -> int:
        """Where a name that runs on after the head 'Party' ends it, or 0: a capitalised word that is
        no office and no head of a name ('Party Saltmere', not 'Party Leader' or 'Party Conference')."""
        for index in range(start, end - 1):
            following = tokens[index + 1]
            if (
                tokens[index].text == "Party"
                and following.is_capitalised
                and following.bare not in self.lexicon.organization_heads
                and following.bare not in self.lexicon.name_heads
                and not office_at(tokens, index + 1, self.lexicon)
            ):
                return index + 1
        return 0

    def _body_before_person(self, prefix: Sequence[Token], name: Sequence[Token]) -> int:
        """Where a body named after 'Office of the' ends and a person's name begins, or 0.

        'Governor of the Tessel Province Ana Lopez': the body ends at its head word ('Province',
        'Council') and two to four capitalised words after it are the person."""
        if not any(t.lower == "of" for t in prefix) or not any(
            office_at(prefix, i, self.lexicon) for i in range(len(prefix))
        ):
            return 0
        heads = [
            i
            for i, t in enumerate(name)
            if t.bare in self.lexicon.organization_heads or t.bare in self.lexicon.name_heads
        ]
        if not heads or not 2 <= len(name) - heads[-1] - 1 <= 4:
            return 0
        rest = name[heads[-1] + 1 :]
        return heads[-1] + 1 if all(t.is_capitalised for t in rest) else 0

    def _bodies_before_title(self, prefix: Sequence[Token]) -> Iterator[NameRun]:
        """'NATO' in 'NATO Secretary-General Mark Rutte', 'Labour Party' in 'Labour Party MP Jane Dowd'."""
        body: list[Token] = []
        for token in [*prefix, None]:
            lower = token.bare.lower() if token else ""
            if token is not None and not (lower in self.lexicon.offices or lower in self.lexicon.modifiers):
                place = self.lexicon.countries.get(lower)
                if (place and lower == place.lower()) or is_acronym(token.bare):
                    kind = EntityType.PLACE if place else EntityType.ORGANIZATION
                    yield NameRun((token,), (), kind, "name.before-title")
                elif token.is_capitalised and token.text not in self.lexicon.honorifics and token.text != ".":
                    body.append(token)
                    continue
            if body and body[-1].bare in self.lexicon.organization_heads:
                kind, _ = self._type(body, [], body, 0)
                yield NameRun(tuple(body), (), kind, "name.before-title")
            body = []

    def _person_apposition(self, sentence: Sequence[Token], index: int) -> bool:
        """'Lena Park, who ...', 'Lena Park, a member of ...', 'Lena Park, the party's leader, ...'."""
        if index >= len(sentence) or sentence[index].text != ",":
            return False
        words = [t.lower for t in sentence[index + 1 : index + 8]]
        if words[:1] in (["who"], ["whose"]) or words[:2] in (["a", "member"], ["an", "aide"]):
            return True
        clause = words[: words.index(",")] if "," in words else words
        return (
            bool(clause)
            and clause[0] in ("the", "a", "an")
            and any(office_at(sentence, index + 1 + i, self.lexicon) for i in range(len(clause)))
        )

    def _is_prefix_word(self, token: Token, name: Sequence[Token], opener: bool = False) -> bool:
        """Words before a name that are not part of it: honorifics, modifiers, demonyms, openers."""
        lower = token.bare.lower()
        if token.text in self.lexicon.honorifics or lower in self.lexicon.modifiers or token.text == ".":
            return True
        if lower in self.lexicon.common_words:
            return token.text != "The"  # kept only where it was capitalised inside a sentence
        if opener and lower in PLACE_PREPOSITIONS:
            return True  # "Outside Port Alder central station, ...": a preposition opening the sentence
        if lower.endswith(ADVERB_ENDINGS) and len(name) > 1:
            return True  # "Ironically Nichols": an adverb opening the sentence
        if lower.endswith("-old"):
            return True  # "Sixteen-year-old Kimani Gray"
        if opener and lower.endswith("ing") and len(lower) >= 7 and len(name) > 1:
            return True  # "Describing Yida as ...": a verb opening the sentence
        demonym = self.lexicon.countries.get(lower)
        if demonym is None or demonym.lower() == lower or is_acronym(token.bare) or len(name) < 2:
            return False
        # "European Union", "Libyan Red Crescent": a demonym stays in an organisation's name
        return name[-1].bare not in self.lexicon.organization_heads

    def _not_a_name(self, token: Token) -> bool:
        lower = token.bare.lower()
        country = self.lexicon.countries.get(lower)
        if country and country.lower() != lower and not is_acronym(token.bare):
            return True  # a demonym on its own ("Japanese") is an adjective
        return lower in self.lexicon.offices or lower in self.lexicon.modifiers or token.bare.isdigit()

    def _type(
        self, name: list[Token], prefix: list[Token], sentence: Sequence[Token], name_index: int
    ) -> tuple[EntityType, str]:
        words = [t.bare for t in name]
        ordered = [part for word in words for part in word.split("-")]
        parts = set(ordered)
        if len(name) == 1 and is_acronym(words[0]):
            if self.lexicon.countries.get(words[0].lower()):
                return EntityType.PLACE, "name.country"
            return EntityType.ORGANIZATION, "name.acronym"
        if self._person_apposition(sentence, name_index + len(name)):
            return EntityType.PERSON, "name.before-person-apposition"
        if parts & self.lexicon.party_words and parts & self.lexicon.organization_heads:
            return EntityType.PARTY, "name.party-word"
        if any(p.startswith(tuple(self.lexicon.party_words)) for p in parts if len(p) > 5):
            return EntityType.PARTY, "name.party-word"
        if parts & self.lexicon.organization_heads:
            return EntityType.ORGANIZATION, "name.organization-word"
        if " ".join(words).lower() in self.lexicon.countries:
            return EntityType.PLACE, "name.country"
        heads = [
            self.lexicon.name_heads[p]
            for i, p in enumerate(ordered)
            if p in self.lexicon.name_heads
            and (i == len(ordered) - 1 or p not in self.lexicon.trailing_heads)
        ]
        if heads:
            return EntityType(heads[-1]), f"name.{heads[-1]}-word"
        if any(office_at(prefix, i, self.lexicon) for i in range(len(prefix))):
            return EntityType.PERSON, "name.after-title"
        if any(t.text in self.lexicon.honorifics for t in prefix):
            return EntityType.PERSON, "name.after-honorific"
        before_index = name_index - 1
        if before_index > 0 and sentence[before_index].lower == "the":
            before_index -= 1
        before = sentence[before_index].lower if before_index >= 0 else ""
        if before in PLACE_PREPOSITIONS and len(name) <= 3:
            return EntityType.PLACE, "name.after-place-preposition"
        if (
            before in PLACE_VERBS
            and len(name) <= 3
            and not self.lexicon.spelling_words.is_given_name(words[0])
        ):
            return EntityType.PLACE, "name.after-place-verb"
        kind_of_place = sentence[name_index - 2].lower if name_index >= 2 else ""
        if before == "of" and kind_of_place in PLACE_NOUNS and len(name) <= 3:
            return EntityType.PLACE, "name.after-place-noun"
        if 2 <= len(name) <= 4 and all(w[0].isupper() or "-" in w for w in words):
            return EntityType.PERSON, "name.capitalised-words"
        return EntityType.UNKNOWN, "name.capitalised-word"


def _attributive_split(token: Token) -> Token | None:
    """'Khan-backed' -> 'Khan'; None when the token has no attributive suffix."""
    head, dash, tail = token.bare.rpartition("-")
    if dash and head and tail.lower() in ATTRIBUTIVE_SUFFIXES:
        return make_token(token.start, token.start + len(head), head)
    return None
