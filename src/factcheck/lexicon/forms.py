"""The shapes of written words that every stage reads alike: acronyms and initials."""

from __future__ import annotations

import re

_ACRONYM = re.compile(r"(?=.*[A-Z].*[A-Z0-9])[A-Z][A-Za-z0-9]*(?:[-.][A-Z0-9]+)*\.?")


def is_acronym(word: str) -> bool:
    """'NATO', 'IP4', 'PML-N', 'U.S.'; not 'Nato', 'McCain' or 'DeSantis'."""
    if len(word) < 2 or not _ACRONYM.fullmatch(word):
        return False
    alnum = [c for c in word if c.isalnum()]
    capitals = sum(c.isupper() or c.isdigit() for c in alnum)
    return sum(c.isupper() for c in alnum) >= 2 and capitals >= 0.6 * len(alnum)


def initials(name: str) -> str:
    """The lower-case initials of a name's capitalised words: 'Indo-Pacific Four' -> 'ipf'."""
    words = [w for w in re.split(r"[\s\-]+", name) if w and w[0].isupper()]
    return "".join(w[0] for w in words).lower()
