"""A title written on its own, as a registry role gives it: its office, modifier and jurisdiction."""

from __future__ import annotations

from factcheck.extract.names import office_at
from factcheck.extract.text import tokenize
from factcheck.lexicon import Lexicon
from factcheck.model import Title


def parse_title(text: str, lexicon: Lexicon) -> Title:
    """A title written on its own, as a registry role gives it ("President-elect of the United
    States"): the office, modifier and jurisdiction; unknown words keep the whole text."""
    tokens = [t for t in tokenize(text) if t.is_word]
    for index in range(len(tokens)):
        length = office_at(tokens, index, lexicon)
        if not length:
            continue
        phrase = " ".join(t.bare.lower() for t in tokens[index : index + length])
        modifier = None
        for form, name in lexicon.modifiers.items():
            if (form.startswith("-") and phrase.endswith(form)) or (
                form.endswith("-") and phrase.startswith(form)
            ):
                modifier, phrase = name, phrase.replace(form.strip("-"), "").strip("- ")
        before = [t.bare.lower() for t in tokens[:index]]
        modifier = modifier or next((lexicon.modifiers[w] for w in before if w in lexicon.modifiers), None)
        office = lexicon.offices.get(phrase, phrase)
        rest = [t.bare for t in tokens[index + length :] if t.lower not in ("of", "the", "for")]
        owner = " ".join(rest) or " ".join(
            t.bare for t in tokens[:index] if t.bare.lower() not in lexicon.modifiers
        )
        jurisdiction = lexicon.country_of(owner) or owner or None
        return Title(office, modifier, jurisdiction)
    return Title(text.casefold())
