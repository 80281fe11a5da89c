"""Reading a registry role title ("President-elect of the United States") as a Title."""

from __future__ import annotations

from functools import lru_cache

from factcheck.extract.gazetteer import load_gazetteer
from factcheck.extract.names import office_at
from factcheck.extract.text import tokenize
from factcheck.model import Title


@lru_cache(maxsize=65536)  # a large registry repeats its titles: "Mayor of ..." a thousand times
def parse_title(text: str) -> Title:
    """The office, modifier and jurisdiction of a written title; unknown words keep the whole text."""
    gazetteer = load_gazetteer()
    tokens = [t for t in tokenize(text) if t.is_word]
    for index in range(len(tokens)):
        length = office_at(tokens, index, gazetteer)
        if not length:
            continue
        phrase = " ".join(t.bare.lower() for t in tokens[index : index + length])
        modifier = None
        for form, name in gazetteer.modifiers.items():
            if (form.startswith("-") and phrase.endswith(form)) or (
                form.endswith("-") and phrase.startswith(form)
            ):
                modifier, phrase = name, phrase.replace(form.strip("-"), "").strip("- ")
        before = [t.bare.lower() for t in tokens[:index]]
        modifier = modifier or next(
            (gazetteer.modifiers[w] for w in before if w in gazetteer.modifiers), None
        )
        office = gazetteer.offices.get(phrase, phrase)
        rest = [t.bare for t in tokens[index + length :] if t.text.lower() not in ("of", "the", "for")]
        owner = " ".join(rest) or " ".join(
            t.bare for t in tokens[:index] if t.bare.lower() not in gazetteer.modifiers
        )
        jurisdiction = gazetteer.country_of(owner) or owner or None
        return Title(office, modifier, jurisdiction)
    return Title(text.casefold())
