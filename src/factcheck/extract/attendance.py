"""What was attended or stayed away from, and who stood in for whom.

Shapes read here (phrases and word classes in data/event_verbs.tsv):
- the event as the object: "X attended the summit", "X pulled out of the summit", "X declined an
  invitation to the summit", "X was a no-show at the summit";
- a plan called off or turned down: "X cancelled her trip to the summit", "X has dropped plans to
  attend", "X decided against attending", "X ruled out travelling to the summit", "X stayed at
  home": the event is named after the phrase or, when the clause ends with it, just before;
  other words after it ("dropped plans for a stadium") make no claim;
- "X gave the summit a miss", "X gave it a miss";
- someone sent in one's place: "X sent her deputy instead", "X sent Y to the summit in his place";
- a stand-in: "Y attended in place of X", "Y attended the summit instead of X", "in X's place",
  "Y stood in for X at the summit": X did not attend, as firmly as the sentence says Y did.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from factcheck.extract.document import Placed
from factcheck.extract.sites import Site, folded
from factcheck.model import Claim, EntityType, Span, Stance

SEND_REACH = 14  # tokens between "sent" and the "instead" or "in her place" that follows it
STAND_IN_REACH = 3  # capitalised words (a title) between "instead of" and the person


def attended(site: Site) -> tuple[str, int] | None:
    """The event of an attendance phrase and where the claim's words end; None when the phrase
    makes no attendance claim here."""
    frame = site.trigger.frame
    if frame == "sent":
        return _sent(site)
    if frame == "miss":
        return _miss(site)
    start = site.end
    if frame == "for":  # "stood in for X at the summit": the event comes after the person
        person = site.mention_at(start)
        if person is None or site.mention_type(person) != EntityType.PERSON:
            return None
        start = person.end
    if frame == "noun" and site.words[start : start + 1] == ("of",):  # "the absence of X from the summit"
        person = next((p for p in site.view.mentions if start < p.first <= start + 4), None)
        start = person.end if person is not None else start
    target, stop, named = _target(site, start)
    if frame == "at" and site.trigger.words == ("at",) and not _determined(site, start):
        return None  # "X was at home during the summit"
    if named:
        return target, stop
    if frame in ("object", "at") or (frame in ("plan", "for", "absent") and not _ends_clause(site, start)):
        return None
    return target, stop


def _determined(site: Site, at: int) -> bool:
    """The words after a bare "at" begin with a determiner or a name: "at the summit", "at Monday's talks"."""
    if at >= len(site.words):
        return False
    return site.words[at] in site.document.lexicon.event_class("whose") or site.view.tokens[at].is_capitalised


def _ends_clause(site: Site, at: int) -> bool:
    return at >= len(site.words) or not site.view.tokens[at].is_word


def _target(site: Site, at: int) -> tuple[str, int, bool]:
    """What was attended, where it ends, and whether the object named it: "the NATO summit"."""
    words, tokens, lex = site.words, site.view.tokens, site.document.lexicon
    # "stayed away from", "was present at", "declined an invitation to" the event
    start = at + (at < len(words) and words[at] in ("from", "at", "to"))
    taken = []
    for k in range(start, min(len(words), start + 7)):
        if (
            not tokens[k].is_word
            or words[k] in lex.event_class("stop")
            or words[k] in lex.event_class("preposition")
        ):
            break
        taken.append(k)
    heads = [k for k in taken if words[k] in lex.event_class("target")]
    if heads:
        return _named_event(site, taken[0], heads[-1]), heads[-1] + 1, True
    if taken:
        return "", at, False
    return _context_target(site), at, False


def _named_event(site: Site, first: int, head: int) -> str:
    """The event noun with the capitalised words before it: "Rim Summit"."""
    names = [t.text for t in site.view.tokens[first:head] if t.is_capitalised]
    return " ".join([*names, site.words[head]])


def _context_target(site: Site) -> str:
    """With no object ("decided to stay away"), the event noun named last before it, if near."""
    targets = site.document.lexicon.event_class("target")
    views = site.document.sentences[max(0, site.position - 3) : site.position + 1]
    for offset, view in enumerate(reversed(views)):
        tokens = view.tokens[: site.index] if offset == 0 else view.tokens
        for k in range(len(tokens) - 1, -1, -1):
            if folded(tokens[k].text) in targets:
                first = k
                while first > 1 and tokens[first - 1].is_capitalised and k - first < 2:
                    first -= 1
                return " ".join([*(t.text for t in tokens[first:k]), folded(tokens[k].text)])
    return ""


def _miss(site: Site) -> tuple[str, int] | None:
    """'X gave the summit a miss'; 'X gave it a miss', of the event named before."""
    words = site.words
    if words[site.end : site.end + 3] == ("it", "a", "miss"):
        return _context_target(site), site.end + 3
    target, stop, named = _target(site, site.end)
    after = range(stop, min(len(words), stop + 5))
    ending = next((k for k in after if words[k : k + 2] == ("a", "miss")), None)
    if not named or ending is None or not all(t.is_word for t in site.view.tokens[stop:ending]):
        return None
    return target, ending + 2  # "gave the summit in Saltmere a miss"


def _sent(site: Site) -> tuple[str, int] | None:
    """'X sent her deputy instead', 'X sent Y to the summit in his place': X stayed away. Someone is
    sent (a person named, or a word for an envoy), then "instead" or "in her place"."""
    words, lex = site.words, site.document.lexicon
    hi = min(site.view.clause_of(site.index)[1], site.end + SEND_REACH)
    marker = next(((k, end) for k in range(site.end, hi) if (end := _in_place(site, k))), None)
    if marker is None:
        return None
    between = range(site.end, marker[0])
    if any(words[k] in ("and", "but", "then") and words[k + 1] in lex.event_class("went") for k in between):
        return None  # "X sent Y to Saltmere and went to the summit instead": X went
    sent = site.view.mentions_between(site.end, marker[0])
    people = [p for p in sent if site.mention_type(p) == EntityType.PERSON]
    if not people and not any(words[k] in lex.event_class("envoy") for k in between):
        return None
    heads = [k for k in between if words[k] in lex.event_class("target")]
    if not heads:
        return _context_target(site), marker[1]
    first = heads[-1]
    while first > site.end and site.view.tokens[first - 1].is_capitalised:
        first -= 1
    return _named_event(site, first, heads[-1]), marker[1]


def _in_place(site: Site, at: int) -> int | None:
    """Where "instead" (not "instead of") or "in her place" ending at `at` ends."""
    words, lex = site.words, site.document.lexicon
    if words[at] == "instead":
        return at + 1 if at + 1 == len(words) or words[at + 1] != "of" else None
    if words[at] == "in" and words[at + 1 : at + 2] and words[at + 1] in lex.event_class("whose"):
        return at + 3 if words[at + 2 : at + 3] and words[at + 2] in lex.event_class("stead") else None
    return None


def attendance_stance(site: Site, subject: Placed, stance: Stance) -> Stance:
    """The statement's stance as one of attendance: negated is "did not attend". "X is unlikely to
    attend" is a hedged "did not attend"; a plan kept ("X has not cancelled her trip"), one told as
    the past of another time ("X had cancelled her trip") or undone later in the sentence ("X pulled
    out of the summit but changed her mind") is hedged."""
    lex, words = site.document.lexicon, site.words
    doubted = not lex.event_class("doubt").isdisjoint(words[site.view.clause_of(site.index)[0] : site.index])
    away = site.trigger.value == "no"
    kept = stance.negated and away  # "did not cancel", where "did not make the trip" is an absence
    told_before = site.trigger.frame == "plan" and (kept or "had" in words[subject.end : site.index])
    undone = away and _any_phrase(words[site.end :], lex.event_class("reversal"))
    negated = stance.negated ^ doubted ^ away
    return replace(stance, negated=negated, hedged=stance.hedged or told_before or undone)


def _any_phrase(words: tuple[str, ...], phrases: frozenset[str]) -> bool:
    split = [tuple(p.split()) for p in phrases]
    return any(words[k : k + len(p)] == p for k in range(len(words)) for p in split)


def stood_in_for(site: Site, claim: Claim) -> Iterator[Claim]:
    """The person someone attended in place of, who did not attend: "Y attended instead of X",
    "In place of X, Y attended", "Y attended in X's place", "Y stood in for X"."""
    if claim.stance.negated:
        return
    tokens, text = site.view.tokens, site.document.source.text
    for placed, first, last in _stood_in(site, *site.view.clause_of(site.index)):
        if placed.index == claim.subject or placed.index in site.doubtful:
            continue
        lo, hi = tokens[first].start, tokens[last - 1].end
        yield replace(
            claim,
            subject=placed.index,
            span=Span(lo, hi, text[lo:hi]),
            rule="event.stand-in",
            stance=replace(claim.stance, negated=True),
            anchors=tuple(i for i in (claim.subject, *claim.anchors) if i is not None and i != placed.index),
        )


def _stood_in(site: Site, start: int, end: int) -> Iterator[tuple[Placed, int, int]]:
    """The people of a clause after "instead of", "in place of" or "stood in for", or in "in X's
    place", with the tokens of the phrase that names them."""
    words, lex = site.words, site.document.lexicon
    markers = [tuple(m.split()) for m in lex.event_class("instead") | lex.event_class("stand-in")]
    for k in range(start, end):
        for marker in (m for m in markers if words[k : k + len(m)] == m):
            person = _titled_person(site, k + len(marker), end)
            if person is not None and not site.possessive(person):
                yield person, k, person.end
        person = site.mention_at(k + 1) if words[k] == "in" else None
        if person is None or person.end >= end or not site.possessive(person):
            continue
        if words[person.end] in lex.event_class("stead") and _personal(site, person):
            yield person, k, person.end + 1


def _personal(site: Site, placed: Placed) -> bool:
    """A person, or a name that begins with a given name ("in Mara Velden's place" may read as a place)."""
    if site.mention_type(placed) == EntityType.PERSON:
        return True
    first = site.document.mentions[placed.index].key.split()[0]
    given = site.document.lexicon.spelling_words.is_given_name(first)
    return given and site.mention_type(placed) == EntityType.PLACE


def _titled_person(site: Site, at: int, end: int) -> Placed | None:
    """The person named at a token, behind a title at most ("instead of Mayor X")."""
    placed = next(iter(site.view.mentions_between(at, min(end, at + STAND_IN_REACH + 4))), None)
    if placed is None or placed.first - at > STAND_IN_REACH:
        return None
    titled = all(t.is_capitalised for t in site.view.tokens[at : placed.first])
    return placed if titled and site.mention_type(placed) == EntityType.PERSON else None
