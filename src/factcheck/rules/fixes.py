"""The edits a spelling finding proposes, worked out from the mentions the graph holds (never from
an article's text): every mention written in a deviant form becomes the accepted form."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from factcheck.graph import FactGraph
from factcheck.model import Entity, Fix, Span
from factcheck.rules.written import written_tokens


def spelling_fixes(
    graph: FactGraph, entity: Entity, deviant: Iterable[str], accepted: str, *, safe: bool
) -> Iterator[Fix]:
    """A fix for each mention of the entity written exactly in one of the `deviant` forms. Only a
    form with as many words as the accepted one is fixed: a fix changes how words are spelt, never
    which words a name has ('Abdel Karim Sorouh' is no misspelling of 'Abdel Sorouh'). A form that
    differs in a leading "the" is left alone too: the article's own "the" stands outside the
    mention, and replacing it would write "the The Narrows"."""
    size = len(written_tokens(accepted))
    forms = {
        form
        for form in deviant
        if form != accepted and _the(form) == _the(accepted) and len(written_tokens(form)) == size
    }
    words = _word_fixes(forms, accepted)
    for record in graph.mentions_of(entity):
        span = record.mention.span
        if " ".join(span.text.split()) != span.text:
            continue  # across a line break or markup: the fix would change more than letters
        if span.text in forms and not (record.mention.after_the and _the(accepted)):
            yield Fix(record.source.path, span.start, span.end, span.text, accepted, safe)
        elif span.text in words:
            yield Fix(record.source.path, span.start, span.end, span.text, words[span.text], safe)


def _word_fixes(forms: set[str], accepted: str) -> dict[str, str]:
    """'Vasco' -> 'Vasko' when 'Oren Vasco' is fixed to 'Oren Vasko': the word of a deviant form
    that the accepted form spells otherwise, for the mentions that write that word alone (a
    surname), so that a fixed article spells the name one way. A word two forms would fix
    differently, or that the accepted form writes somewhere, is left alone."""
    right = accepted.split()
    found: dict[str, set[str]] = {}
    for form in forms:
        wrong = form.split()
        if len(wrong) == len(right):
            for word, replacement in zip(wrong, right, strict=True):
                if word != replacement:
                    found.setdefault(word, set()).add(replacement)
    return {w: r.pop() for w, r in found.items() if len(r) == 1 and w not in right}


def word_fix(path: str, span: Span, word: str, replacement: str) -> Fix | None:
    """The edit that writes `replacement` over `word` where the span ends with it, else None;
    unsafe, since a word spelt unlike its usual neighbour may be another word ('crowed')."""
    if not span.text.endswith(word) or word == replacement:
        return None
    return Fix(path, span.end - len(word), span.end, word, replacement, safe=False)


def _the(name: str) -> bool:
    return name.casefold().startswith("the ")
