"""Words that tell a name apart from a word of the language: common English words, common given names."""

from __future__ import annotations

from dataclasses import dataclass
from importlib.resources.abc import Traversable

from factcheck.lexicon import reading

# Regular endings folded off a word before it is looked up: 'Springs', 'Banking', 'Gypsies'.
_ENDINGS = (
    ("ies", "y"),
    ("es", ""),
    ("s", ""),
    ("ed", ""),
    ("ed", "e"),
    ("ing", ""),
    ("ing", "e"),
    ("ly", ""),
)
# English adds "es" only after these ('boxes', 'churches', 'heroes'): 'Tarpes' is no plural of 'tarp'.
_SIBILANT_ENDS = ("s", "x", "z", "ch", "sh", "o")


@dataclass(frozen=True, slots=True)
class SpellingWords:
    """The word lists the spelling rules ask whether a written name is rare."""

    english: frozenset[str]  # common English words, lower case, without regular inflections
    given_names: frozenset[str]  # common given names, lower case
    family_names: frozenset[str]  # common family names, lower case

    def is_word(self, token: str) -> bool:
        """'Spring', 'Women', 'Banking': a word of the language, however it is capitalised."""
        word = token.casefold()
        if word in self.english:
            return True
        return any(
            word.endswith(ending)
            and len(word) > len(ending) + 2
            and word[: -len(ending)] + stem in self.english
            and (ending != "es" or word[: -len(ending)].endswith(_SIBILANT_ENDS))
            for ending, stem in _ENDINGS
        )

    def is_given_name(self, token: str) -> bool:
        return token.casefold() in self.given_names

    def is_common_name(self, token: str) -> bool:
        """A given or family name many people have: 'Emily', 'Malone'."""
        word = token.casefold()
        return word in self.given_names or word in self.family_names


def spelling_words(folder: Traversable) -> SpellingWords:
    return SpellingWords(
        english=frozenset(reading.lines(folder, "english_words.txt")),
        given_names=frozenset(reading.lines(folder, "given_names.txt")),
        family_names=frozenset(reading.lines(folder, "family_names.txt")),
    )
