"""Event aspects of where: the route and its direction, the place a mishap happened, who led.

Shapes covered (word classes in data/event_aspects.tsv):
- route: "from A to B" in a clause of a journey ("a flight from A to B", "was sailing from A to
  B"), "left A for B", a destination alone ("bound for B", "heading for B", "en route to B");
- place: a mishap verb and a preposition of place ("crashed near X", "went off in X", "ran aground
  off X", "came down outside X");
- leader: "the delegation, led by Minister X", "headed by X", "under the leadership of X", "X led
  the raid", "the delegation X leads".
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.extract.clauses import Clauses
from factcheck.extract.document import Placed
from factcheck.model import Aspect, Claim, EntityType

# Invented or rare two-word places are often typed as people ("Port Alder"): the frame decides.
PLACES = frozenset([EntityType.PLACE, EntityType.UNKNOWN, EntityType.EVENT, EntityType.PERSON])
MISHAP_VERBS = frozenset(
    ["crashed", "came", "went", "ditched", "derailed", "overturned", "capsized", "sank", "ran", "exploded",
     "plunged", "crash-landed", "collided", "disappeared", "vanished"]
)  # fmt: skip


def journey_claims(sentence: Clauses) -> Iterator[Claim]:
    if not sentence.view.mentions:
        return
    starts = sentence.aspects.starts
    wanted = starts["departure"] | starts["destination"] | starts["led-by"] | starts["lead"] | MISHAP_VERBS
    for k, word in enumerate(sentence.words):
        if k in sentence.named or (word not in wanted and word != "from"):
            continue
        found = _route(sentence, k) or _place(sentence, k) or _leader(sentence, k)
        if found is not None and not sentence.background(k):
            yield found


def _mention_at(sentence: Clauses, at: int, types: frozenset[EntityType]) -> Placed | None:
    if at < len(sentence.words) and sentence.words[at] == "the":
        at += 1
    found = next((p for p in sentence.view.mentions if p.first == at), None)
    if found is None or sentence.document.mentions[found.index].type not in types:
        return None
    return found


def _key(sentence: Clauses, placed: Placed) -> str:
    return sentence.document.mentions[placed.index].key


def _route(sentence: Clauses, k: int) -> Claim | None:
    words = sentence.words
    lo, hi = sentence.view.clause_of(k)
    if words[k] == "from" or sentence.phrase_at("departure", k):
        size = 1 if words[k] == "from" else sentence.phrase_at("departure", k)
        origin = _mention_at(sentence, k + size, PLACES)
        link = ("to",) if words[k] == "from" else ("for",)
        if origin is None or origin.end >= len(words) or words[origin.end] not in link:
            return None
        destination = _mention_at(sentence, origin.end + 1, PLACES)
        if destination is None or (words[k] == "from" and not _journey(sentence, lo, hi)):
            return None
        value = Aspect("route", f"{_key(sentence, origin)}>{_key(sentence, destination)}")
        return sentence.claim(
            value, k, destination.end, (k, k + size), None, "aspect.route", destination.index
        )
    size = sentence.phrase_at("destination", k)
    if not size:
        return None
    destination = _mention_at(sentence, k + size, PLACES)
    if destination is None:
        return None
    value = Aspect("route", f">{_key(sentence, destination)}")
    return sentence.claim(value, k, destination.end, (k, k + size), None, "aspect.route", destination.index)


def _journey(sentence: Clauses, lo: int, hi: int) -> bool:
    """'from A to B' is a journey when the clause travels or names a vehicle."""
    vehicles = any(
        p.aspect == "vehicle" for w in sentence.words[lo:hi] for p in sentence.aspects.phrases.get(w, ())
    )
    return vehicles or sentence.has("journey", lo, hi)


def _place(sentence: Clauses, k: int) -> Claim | None:
    """'crashed near X', 'the bomb went off in X', 'ran aground off X'."""
    words = sentence.words
    if words[k] not in MISHAP_VERBS or not sentence.phrase_at("mishap", k):
        return None
    at = k + sentence.phrase_at("mishap", k)
    if at < len(words) and words[at] in ("shortly", "just", "somewhere"):
        at += 1
    if at >= len(words) or not sentence.phrase_at("at", at):
        return None
    place = _mention_at(sentence, at + 1, PLACES)
    if place is None:
        return None
    value = Aspect("place", _key(sentence, place))
    return sentence.claim(value, at, place.end, (k, at), None, "aspect.place", place.index)


def _leader(sentence: Clauses, k: int) -> Claim | None:
    size = sentence.phrase_at("led-by", k)
    if size:
        group = _group_before(sentence, k)
        person = _person_after(sentence, k + size)
        if group is None or person is None:
            return None
        value = Aspect("leader", _key(sentence, person), sentence.words[group])
        return sentence.claim(value, k, person.end, (k, k + size), None, "aspect.leader", person.index)
    if not sentence.phrase_at("lead", k):
        return None
    groups = sentence.aspects.words("group")
    person = next((p for p in sentence.view.mentions if p.end == k), None)
    if person is not None and sentence.document.mentions[person.index].type == EntityType.PERSON:
        # "X led the raid", "X headed Varnholm's delegation"
        head = next(
            (j for j in range(k + 1, min(k + 5, len(sentence.words))) if sentence.words[j] in groups), None
        )
        if head is None or any(not t.is_word for t in sentence.view.tokens[k + 1 : head]):
            return None
        value = Aspect("leader", _key(sentence, person), sentence.words[head])
        return sentence.claim(value, person.first, head + 1, (k, k + 1), None, "aspect.leader", person.index)
    return None


def _group_before(sentence: Clauses, at: int) -> int | None:
    groups = sentence.aspects.words("group")
    return next((j for j in range(at - 1, max(-1, at - 14), -1) if sentence.words[j] in groups), None)


def _person_after(sentence: Clauses, at: int) -> Placed | None:
    """The person after 'led by', behind title words ("led by Foreign Minister X")."""
    titles = sentence.aspects.words("title")
    for j in range(at, min(at + 5, len(sentence.words))):
        found = next((p for p in sentence.view.mentions if p.first == j), None)
        if found is not None:
            kind = sentence.document.mentions[found.index].type
            return found if kind in (EntityType.PERSON, EntityType.UNKNOWN) else None
        token = sentence.view.tokens[j]
        if not token.is_word or not (
            token.is_capitalised or sentence.words[j] in titles or sentence.words[j].endswith("'")
        ):
            return None
    return None
