"""Word lists the extractor consults: offices, modifiers, countries, particles. They are data files."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources


def _lines(name: str) -> list[str]:
    text = resources.files("factcheck.data").joinpath(name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _aliases(name: str) -> dict[str, str]:
    """`canonical: alias, alias` lines as a map from every written form to its canonical form."""
    mapping: dict[str, str] = {}
    for line in _lines(name):
        canonical, _, rest = line.lstrip("* ").partition(":")
        canonical = canonical.strip().lower()
        mapping[canonical] = canonical
        for alias in rest.split(","):
            if alias.strip():
                mapping[alias.strip().lower()] = canonical
    return mapping


@dataclass(frozen=True)
class Gazetteer:
    offices: dict[str, str]  # written form -> canonical office
    exclusive_offices: frozenset[str]  # heads of state or government: one at a time
    modifiers: dict[str, str]  # written form -> modifier
    countries: dict[str, str]  # country, demonym or alias (lower case) -> country
    organization_heads: frozenset[str]
    party_words: frozenset[str]
    particles: frozenset[str]
    common_words: frozenset[str]
    honorifics: frozenset[str]
    name_heads: dict[str, str]  # word inside a name -> "place", "event" or "group"
    nicknames: dict[str, frozenset[str]]  # given name (lower case) -> the names it may stand for

    longest_office: int  # words in the longest written form of an office
    prefix_modifiers: tuple[str, ...]  # "ex-", "then-": written before an office, joined to it
    suffix_modifiers: tuple[str, ...]  # "-elect", "-designate": written after an office, joined to it

    def country_of(self, word: str) -> str | None:
        return self.countries.get(word.lower().rstrip("’'s").strip()) or self.countries.get(word.lower())


def _nicknames() -> dict[str, frozenset[str]]:
    """Every written given name -> the full names it can be a form of (itself included)."""
    groups: dict[str, set[str]] = {}
    for line in _lines("nicknames.tsv"):
        name, _, shorts = line.partition("\t")
        forms = {name.strip().lower(), *(s.strip().lower() for s in shorts.split(",") if s.strip())}
        for form in forms:
            groups.setdefault(form, set()).add(name.strip().lower())
    return {form: frozenset(names) for form, names in groups.items()}


@cache
def load_gazetteer() -> Gazetteer:
    """The built-in word lists, read once per process (they are immutable)."""
    countries: dict[str, str] = {}
    for line in _lines("countries.tsv"):
        country, _, others = line.partition("\t")
        countries[country.lower()] = country
        for other in others.split(","):
            if other.strip():
                countries[other.strip().lower()] = country
    offices = _aliases("offices.txt")
    modifiers = _aliases("modifiers.txt")
    return Gazetteer(
        offices=offices,
        longest_office=max(len(form.split()) for form in offices),
        prefix_modifiers=tuple(f for f in modifiers if f.endswith("-")),
        suffix_modifiers=tuple(f for f in modifiers if f.startswith("-")),
        exclusive_offices=frozenset(
            line.lstrip("* ").partition(":")[0].strip().lower()
            for line in _lines("offices.txt")
            if line.startswith("*")
        ),
        modifiers=modifiers,
        countries=countries,
        organization_heads=frozenset(_lines("organization_heads.txt")),
        party_words=frozenset(_lines("party_words.txt")),
        particles=frozenset(_lines("particles.txt")),
        common_words=frozenset(_lines("common_words.txt")),
        honorifics=frozenset(_lines("honorifics.txt")),
        nicknames=_nicknames(),
        name_heads=dict(tuple(line.split("\t", 1)) for line in _lines("name_heads.tsv")),  # type: ignore[misc]
    )
