"""Title and role claims in the patterns news uses around a person's name."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from factcheck.extract.apposition import headed_by_office, names_a_role, opens_another_phrase
from factcheck.extract.names import office_at
from factcheck.extract.text import Token
from factcheck.extract.title_words import (
    APPOSITIVE_MAX_TOKENS,
    APPOSITIVE_STOPS,
    DEMONYM_ENDINGS,
    DETERMINERS,
    LEFT_OFFICE,
    PREDECESSOR_WORDS,
    TOOK_OFFICE,
    apposition_closed,
    body_after_of,
    owner_possessive,
    year_after,
)
from factcheck.lexicon import Lexicon, is_acronym
from factcheck.model import Title


@dataclass(frozen=True, slots=True)
class TitleMatch:
    title: Title
    start: int  # offset of the first token of the title phrase
    end: int  # offset after the last token of the title phrase
    rule: str
    ended: int | None = None  # the year a title that ended was left ("until 2029"), when written


class TitleReader:
    """Reads titles next to a name: before it, in an apposition after it, or in a relative clause."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon

    def before(self, tokens: Sequence[Token], name_index: int) -> TitleMatch | None:
        """'U.S. President-elect Donald Trump', 'former Pakistani Prime Minister Imran Khan'."""
        index = name_index - 1
        while index >= 0 and tokens[index].text in self.lexicon.honorifics:
            index -= 1
        if index >= 0 and tokens[index].text == ",":
            return self._fronted_apposition(tokens, index)
        office_start, office = self._office_ending_at(tokens, index)
        if office is None:
            return self._predecessor(tokens, index)
        modifier = self._affix_modifier(tokens[office_start : index + 1])
        first = office_start
        jurisdiction = None
        cursor = office_start - 1
        while cursor >= 0:
            word = tokens[cursor].bare
            lower = word.lower()
            found_modifier = self._modifier_ending_at(tokens, cursor)
            if found_modifier:
                modifier = modifier or found_modifier[1]
                cursor = found_modifier[0] - 1
                first = cursor + 1
                continue
            body = self._body_of(tokens, cursor - 1, word) if tokens[cursor].is_capitalised else None
            if body is not None and jurisdiction is None:  # "Bank of England governor": the bank
                jurisdiction, first, cursor = body, cursor - 2, cursor - 3
                continue
            country = self.lexicon.country_of(word)
            if country or is_acronym(word):
                jurisdiction = jurisdiction or country or word
                first = cursor
                cursor -= 1
                continue
            if tokens[cursor].is_capitalised and lower not in self.lexicon.common_words and jurisdiction:
                first = cursor  # "PML-N Central President": part of the body's name
                cursor -= 1
                continue
            if jurisdiction is None and self._demonym(tokens[cursor]):
                jurisdiction, first = word, cursor  # "Velmoran President X": a country we do not list
                cursor -= 1
                continue
            break
        title = Title(office, modifier, jurisdiction)
        return TitleMatch(title, tokens[first].start, tokens[index].end, "title.before-name")

    def _demonym(self, token: Token) -> bool:
        """A capitalised word shaped as a people's adjective that is no word of the language."""
        word = token.bare
        return (
            token.is_capitalised
            and word.isalpha()
            and len(word) > 4
            and word.lower().endswith(DEMONYM_ENDINGS)
            and word.lower() not in self.lexicon.common_words
            and not self.lexicon.spelling_words.is_word(word)
        )

    def _body_of(self, tokens: Sequence[Token], of_index: int, place: str) -> str | None:
        """'Bank of' before a place: the name of a body ('Bank of England'), or None."""
        if of_index < 1 or tokens[of_index].text != "of":
            return None
        head = tokens[of_index - 1]
        if not head.is_capitalised or head.bare not in self.lexicon.organization_heads:
            return None
        return f"{head.bare} of {place}"

    def after(self, tokens: Sequence[Token], name_end_index: int) -> TitleMatch | None:
        """'Tomas Reyk, the de facto Velmoran prime minister,' and 'X, who took office as ...'."""
        index = name_end_index
        if index >= len(tokens) or tokens[index].text != ",":
            return None
        phrase_start = index + 1
        words = [t.lower for t in tokens[phrase_start : phrase_start + 6]]
        rule = "title.apposition"
        for pattern in (*LEFT_OFFICE, *TOOK_OFFICE):
            if tuple(words[: len(pattern)]) == pattern:
                phrase_start += len(pattern)
                rule = "title.left-office" if pattern in LEFT_OFFICE else "title.relative-clause"
                break
        else:
            if words[:2] == ["who", "preceded"] and "as" in words[2:5]:
                phrase_start += words.index("as", 2) + 1  # "X, who preceded her as mayor,"
                rule = "title.preceded"
            elif words and words[0] in ("who", "whose", "whom", "which", "that", "where", "when"):
                return None
        phrase_end = phrase_start
        while (
            phrase_end < len(tokens)
            and phrase_end - phrase_start < APPOSITIVE_MAX_TOKENS
            and tokens[phrase_end].lower not in APPOSITIVE_STOPS
        ):
            phrase_end += 1
        if rule == "title.apposition" and (
            found := self._predecessor_phrase(tokens, phrase_start, phrase_end)
        ):
            return found  # "Oren Vasko, her predecessor," or "..., her predecessor as mayor,"
        match = self._phrase_title(tokens, phrase_start, phrase_end, rule)
        if match is None or (
            rule == "title.apposition"
            and (
                not headed_by_office(tokens, phrase_start, phrase_end, self.lexicon)
                or opens_another_phrase(tokens, phrase_start, phrase_end, self.lexicon)
            )
        ):
            return None
        if rule in ("title.left-office", "title.preceded"):
            title = match.title
            ended = year_after(tokens, phrase_start, phrase_end)
            return replace(match, title=Title(title.office, "former", title.jurisdiction), ended=ended)
        return match

    def _fronted_apposition(self, tokens: Sequence[Token], comma: int) -> TitleMatch | None:
        """'The Prime Minister of Velmora's interim council, Tomas Reyk, has confirmed'; inside
        a sentence, 'met the mayor, Oren Vasko, on Monday' or 'praised her predecessor, X,'."""
        start = comma - 1
        while (
            start >= 0 and tokens[start].text not in (",", ";", ":") and comma - start < APPOSITIVE_MAX_TOKENS
        ):
            start -= 1
        start += 1
        if start >= comma:
            return None
        closed = apposition_closed(tokens, comma)  # not the first of a list: "the mayor, X and Y"
        for opener in range(comma - 2, max(comma - 7, start - 1), -1):
            if closed and (found := self._predecessor_phrase(tokens, opener, comma)):
                return found
        opens = tokens[start].lower in DETERMINERS or owner_possessive(tokens[start])
        if opens and names_a_role(tokens, start, comma, self.lexicon):
            return self._phrase_title(tokens, start, comma, "title.fronted-apposition")
        for opener in range(comma - 2, start, -1) if closed else ():
            if not (tokens[opener].lower in DETERMINERS or owner_possessive(tokens[opener])):
                continue
            if names_a_role(tokens, opener, comma, self.lexicon):
                return self._phrase_title(tokens, opener, comma, "title.fronted-apposition")
            if tokens[opener - 1].lower != "of":
                return None  # "the emperor in the first pantomime, X": X names the pantomime
        return None

    def _predecessor_phrase(self, tokens: Sequence[Token], start: int, end: int) -> TitleMatch | None:
        """'her predecessor' alone, for the office named last, or 'her predecessor as mayor'."""
        if end - start < 2 or tokens[start].lower not in DETERMINERS:
            return None
        modifier = PREDECESSOR_WORDS.get(tokens[start + 1].lower)
        if modifier is None:
            return None
        if end - start == 2:
            title = Title("predecessor", modifier)
            return TitleMatch(title, tokens[start].start, tokens[start + 1].end, "title.predecessor")
        if tokens[start + 2].lower != "as":
            return None  # "her predecessor and rival", "his predecessor at the bank"
        match = self._phrase_title(tokens, start + 3, end, "title.predecessor")
        if match is None:
            return None
        return replace(match, title=replace(match.title, modifier=modifier), start=tokens[start].start)

    def _phrase_title(self, tokens: Sequence[Token], start: int, end: int, rule: str) -> TitleMatch | None:
        best: tuple[int, int, str] | None = None
        index = start
        while index < end:
            length = office_at(tokens, index, self.lexicon)
            if length:
                best = (index, length, self._canonical(tokens[index : index + length]))
            index += max(length, 1)
        if best is None:
            return None
        office_index, length, office = best
        written = " ".join(t.bare.lower() for t in tokens[office_index : office_index + length])
        if written in (office + "s", office + "es"):
            return None  # "the presidents of two countries": a plural is no one person's title
        modifier = self._affix_modifier(tokens[office_index : office_index + length])
        jurisdiction = None
        for cursor in range(start, end):
            found = self._modifier_ending_at(tokens, cursor)
            # a capitalised modifier word inside a body's name ("Transitional Council") is no modifier,
            # nor one that belongs to another office ("a former director and a vice president")
            between = {t.lower for t in tokens[cursor + 1 : office_index]}
            if (
                found
                and cursor < office_index
                and not tokens[cursor].is_capitalised
                and not between & {"and", ",", "or"}
            ):
                modifier = modifier or found[1]
            word = tokens[cursor].bare
            if cursor >= office_index and cursor < office_index + length:
                continue
            if jurisdiction is None and (self.lexicon.country_of(word) or is_acronym(word)):
                jurisdiction = self.lexicon.country_of(word) or word
        # "director of the British Chambers of Commerce": the body named after 'of' is the owner
        body = body_after_of(tokens, office_index + length, end)
        if body is not None:
            jurisdiction = self.lexicon.country_of(body) or body
        if jurisdiction is None:
            owner_tokens = [t for t in tokens[start:office_index] if t.lower not in DETERMINERS]
            owner_tokens = [
                t
                for t in owner_tokens
                if (t.is_capitalised or t.bare.lower() not in self.lexicon.modifiers)
                and t.text not in self.lexicon.honorifics  # "The Lord Chief Justice"
            ]
            # "the aid group's secretary-general", "the Arctic Council secretary": an owner, not a clause
            if owner_tokens and (
                owner_tokens[-1].bare != owner_tokens[-1].text or all(t.is_capitalised for t in owner_tokens)
            ):
                jurisdiction = " ".join(t.bare for t in owner_tokens)
        return TitleMatch(
            Title(office, modifier, jurisdiction), tokens[start].start, tokens[end - 1].end, rule
        )

    def _predecessor(self, tokens: Sequence[Token], index: int) -> TitleMatch | None:
        if index >= 0 and tokens[index].lower in PREDECESSOR_WORDS:
            first = index - 1 if index > 0 and tokens[index - 1].lower in DETERMINERS else index
            title = Title("predecessor", PREDECESSOR_WORDS[tokens[index].lower])
            return TitleMatch(title, tokens[first].start, tokens[index].end, "title.predecessor")
        return None

    def _office_ending_at(self, tokens: Sequence[Token], index: int) -> tuple[int, str | None]:
        for length in range(min(self.lexicon.longest_office, index + 1), 0, -1):
            start = index - length + 1
            if office_at(tokens, start, self.lexicon) == length:
                return start, self._canonical(tokens[start : index + 1])
        return index, None

    def _canonical(self, tokens: Sequence[Token]) -> str:
        phrase = " ".join(t.bare.lower() for t in tokens)
        if phrase in self.lexicon.offices:
            return self.lexicon.offices[phrase]
        for form in self.lexicon.modifiers:
            if form.startswith("-") and phrase.endswith(form):
                return self.lexicon.offices.get(phrase[: -len(form)], phrase)
            if form.endswith("-") and phrase.startswith(form):
                return self.lexicon.offices.get(phrase[len(form) :], phrase)
        head = phrase.rsplit("-", 1)[0]
        return self.lexicon.offices.get(head, phrase)

    def _affix_modifier(self, tokens: Sequence[Token]) -> str | None:
        phrase = " ".join(t.bare.lower() for t in tokens)
        for form, modifier in self.lexicon.modifiers.items():
            if (form.startswith("-") and phrase.endswith(form)) or (
                form.endswith("-") and phrase.startswith(form)
            ):
                return modifier
        if phrase.endswith("-elect"):
            return "elect"
        return None

    def _modifier_ending_at(self, tokens: Sequence[Token], index: int) -> tuple[int, str] | None:
        for length in (2, 1):
            start = index - length + 1
            if start < 0:
                continue
            phrase = " ".join(t.bare.lower() for t in tokens[start : index + 1])
            if phrase in self.lexicon.modifiers and not phrase.startswith("-"):
                return start, self.lexicon.modifiers[phrase]
        return None
