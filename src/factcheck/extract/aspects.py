"""Event aspects: the manner, vehicle and model, and the status of an agreement, as the text states them.

Shapes covered (word classes in data/event_aspects.tsv):
- manner by an event noun ("a car bomb", "a drone strike", "shelling"), by a weapon in a clause of
  harm ("attacked with a knife", "a gunman opened fire"), by a passive verb ("was stabbed", "was
  shot dead", "had been beaten to death");
- vehicle by its noun in a clause of mishap ("a bus carrying pilgrims overturned", "the ferry X ran
  aground"); model by a make and a designation ("a Velta V-40 helicopter", "the Corvan C-200
  crashed", "a Boeing 737");
- status by a verb with an agreement as object ("X signed the accord", "has yet to sign the deal",
  "parliament rejected the treaty") or after it ("the signing of the deal was postponed", "the talks
  were cancelled").
Route, place and leader are in extract/journeys.py. A clause about another event than the story's
(an earlier crash recalled, another year) gives no claim.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.clauses import BE, Clauses
from factcheck.extract.document import Document
from factcheck.extract.journeys import journey_claims
from factcheck.lexicon import AspectPhrase
from factcheck.model import Aspect, Claim, EntityType

ADVERBS = frozenset(["fatally", "also", "reportedly", "allegedly", "apparently", "later", "then", "badly"])
DESIGNATION = re.compile(r"[A-Z][A-Za-z]{0,3}-?\d{1,4}[A-Za-z]{0,3}")
NUMBER = re.compile(r"\d{2,4}")
FUNCTION = frozenset(
    ["the", "a", "an", "of", "to", "for", "with", "and", "its", "his", "her", "their", "this"]
)


def aspect_claims(document: Document) -> list[Claim]:
    """Manner, vehicle, model and status claims of a document (route, place, leader: journeys.py)."""
    claims: list[Claim] = []
    aspects = document.lexicon.event_aspects
    kinds = ("journey", "departure", "destination", "led-by", "lead", "craft", "mishap")
    triggers = aspects.phrases.keys() | frozenset().union(*(aspects.starts[k] for k in kinds))
    for view in document.sentences:
        if triggers.isdisjoint(view.words()):
            continue  # most sentences: nothing to read, nothing built
        sentence = Clauses(document, view)
        claims.extend(_phrase_claims(sentence))
        claims.extend(_model_claims(sentence))
        claims.extend(journey_claims(sentence))
    return claims


def _phrase_claims(sentence: Clauses) -> Iterator[Claim]:
    words, index = sentence.words, 0
    phrases = sentence.aspects.phrases
    while index < len(words):
        found = next(
            (p for p in phrases.get(words[index], ()) if words[index : index + len(p.words)] == p.words),
            None,
        )
        if found is None or (index in sentence.named and index not in sentence.opener):
            index += 1
            continue
        end = index + len(found.words)
        if not sentence.background(index):
            claim = (
                _status(sentence, found, index, end)
                if found.aspect == "status"
                else _class(sentence, found, index, end)
            )
            if claim is not None:
                yield claim
        index = end


def _class(sentence: Clauses, found: AspectPhrase, index: int, end: int) -> Claim | None:
    """A manner or vehicle word in its frame."""
    if found.value == "-":
        return None  # "the vehicle": the broadest word agrees with any
    lo, hi = sentence.view.clause_of(index)
    context = "harm" if found.aspect == "manner" else "mishap"
    subject = None
    if found.frame == "passive":
        k = index - 1
        while k >= 0 and sentence.words[k] in ADVERBS | {"had", "has", "have"}:
            k -= 1
        if k < 0 or sentence.words[k] not in BE:
            return None
        subject = sentence.person_before(k + 1)
        person = subject is not None and sentence.document.mentions[subject.index].type == EntityType.PERSON
        if not person and not sentence.has("harm", lo, hi):
            return None  # "the film was shot in Prague"
        index = k  # the evidence is "was shot"
    elif found.frame == "context" and not sentence.has(context, lo, hi):
        return None
    start = index - 1 if index and sentence.words[index - 1] in ("a", "an", "the", "with") else index
    value = Aspect(found.aspect, found.value)
    return sentence.claim(value, start, end, (start, end), subject, f"aspect.{found.aspect}")


def _status(sentence: Clauses, found: AspectPhrase, index: int, end: int) -> Claim | None:
    """'X signed the border accord', 'the signing of the deal was postponed'."""
    step, _, state = found.value.partition(":")
    agreements = sentence.aspects.words("agreement")
    if found.frame == "object":
        head = next(
            (k for k in range(end, min(end + 7, len(sentence.words))) if sentence.words[k] in agreements),
            None,
        )
        if head is None or any(not t.is_word for t in sentence.view.tokens[end:head]):
            return None
        about, subject = _about(sentence, end, head), sentence.person_before(index)
        if subject is None:
            subject = next((p for p in sentence.view.mentions if p.end == index), None)
        value = Aspect("status", f"{step}:{state}", about)
        return sentence.claim(
            value, subject.first if subject else index, head + 1, (index, end), subject, "aspect.status"
        )
    lo = sentence.view.clause_of(index)[0]
    head = next(
        (k for k in range(index - 1, max(lo, index - 10) - 1, -1) if sentence.words[k] in agreements), None
    )
    if head is None:
        return None
    first = _phrase_start(sentence, head)
    if not step:
        before = set(sentence.words[lo:index])
        holding = sentence.words[head] in sentence.aspects.words("holding") and "signing" not in before
        step = "holding" if holding else "signing"
    value = Aspect("status", f"{step}:{state}", _about(sentence, first, head))
    hi = end + 2 if end + 1 < len(sentence.words) and sentence.words[end] == "until" else end
    return sentence.claim(value, index, hi, (index, end), None, "aspect.status")


def _phrase_start(sentence: Clauses, head: int) -> int:
    k = head
    while (
        k > 0
        and head - k < 4
        and sentence.view.tokens[k - 1].is_word
        and sentence.words[k - 1] not in FUNCTION
    ):
        k -= 1
    return k


def _about(sentence: Clauses, start: int, head: int) -> str:
    """'the Rim fisheries accord' -> 'rim fisheries accord'; the words of the agreement's noun phrase."""
    first = max(start, _phrase_start(sentence, head))
    kept = [sentence.words[k] for k in range(first, head + 1) if sentence.words[k] not in FUNCTION]
    return " ".join(w.removesuffix("'s") for w in kept)


def _model_claims(sentence: Clauses) -> Iterator[Claim]:
    """'a Velta V-40 helicopter', 'the Corvan C-200 crashed', 'a Boeing 737 jet'."""
    tokens, words = sentence.view.tokens, sentence.words
    crafts = sentence.aspects.words("craft")
    for k, token in enumerate(tokens):
        if not (token.text[0].isupper() or token.text[0].isdigit()):
            continue
        lettered = DESIGNATION.fullmatch(token.text) is not None and any(c.isdigit() for c in token.text)
        if not lettered and not NUMBER.fullmatch(token.text):
            continue
        make = k > 0 and tokens[k - 1].is_capitalised and k - 1 in sentence.named
        craft = k + 1 < len(words) and words[k + 1] in crafts
        lo, hi = sentence.view.clause_of(k)
        # "a Boeing 737 jet", "the V-40 crashed"; a bare number only with a make and a craft noun
        if not (craft and make) and not (lettered and (craft or sentence.has("mishap", lo, hi))):
            continue
        if not (make or lettered) or sentence.background(k):
            continue
        first = k - 1 if make else k
        value = Aspect("model", token.lower.replace("-", ""))
        yield sentence.claim(value, first, k + 1 + craft, (k, k + 1), None, "aspect.model")
