"""Event claims: who attended or stayed away, who died or was captured, as asserted, hedged or reported."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from factcheck.extract.attendance import attendance_stance, attended, stood_in_for
from factcheck.extract.document import Document, Placed
from factcheck.extract.sites import Site, folded
from factcheck.extract.stance import StanceReader
from factcheck.lexicon import Trigger
from factcheck.model import Claim, DateRange, EntityType, Happening, Predicate, Span, Stance

SUBJECT_TYPES = {
    "attend": frozenset(EntityType) - {EntityType.EVENT},
    "fate": frozenset([EntityType.PERSON, EntityType.GROUP, EntityType.UNKNOWN]),
}


def event_claims(document: Document) -> list[Claim]:
    """Attendance ("attend") and life-or-custody ("fate") claims about the people a document names."""
    claims: list[Claim] = []
    doubtful = _doubtful(document)
    for position, view in enumerate(document.sentences):
        words = tuple(folded(t.text) for t in view.tokens)
        named = {i for p in view.mentions for i in range(p.first, p.end)}
        index = 0
        while index < len(words):
            trigger = None if index in named else _trigger_at(document.lexicon.triggers, words, index)
            if trigger is None:
                index += 1
                continue
            site = Site(document, position, view, words, index, trigger, doubtful)
            claim = _claim(site) or _unnamed_death(site)
            if claim is not None:
                claims.append(claim)
                if site.trigger.action == "attend" and site.trigger.value == "yes":
                    claims.extend(stood_in_for(site, claim))
            index += len(trigger.words)
    return claims


def _unnamed_death(site: Site) -> Claim | None:
    """'X was captured alive. He was killed hours later': a death with no named subject is kept, hedged,
    for the person named last before it in this or the last sentence. It is never asserted: it only
    stops a capture from reading as the last word on that person."""
    if site.trigger.value != "dead":
        return None
    views = site.document.sentences[max(0, site.position - 1) : site.position + 1]
    people = [
        p
        for view in views
        for p in view.mentions
        if site.mention_type(p) in SUBJECT_TYPES["fate"]
        and p.index not in site.doubtful
        and (view is not site.view or p.end <= site.index)
    ]
    if not people:
        return None
    person = people[-1]
    tokens, text = site.view.tokens, site.document.source.text
    start, end = tokens[site.index].start, tokens[site.end - 1].end
    as_of = DateRange(site.document.published, site.document.published) if site.document.published else None
    return Claim(
        subject=person.index,
        predicate=Predicate.EVENT,
        value=Happening("fate", "dead"),
        span=Span(start, end, text[start:end]),
        rule="event.unnamed-death",
        as_of=as_of,
        stance=Stance(hedged=True),
    )


def _doubtful(document: Document) -> frozenset[int]:
    """Unknown one-word names only ever seen first in a sentence, where any word is capitalised."""
    first: dict[str, list[int]] = {}
    elsewhere = set()
    for view in document.sentences:
        for placed in view.mentions:
            mention = document.mentions[placed.index]
            if placed.first == 0 and placed.end == 1 and mention.type == EntityType.UNKNOWN:
                first.setdefault(mention.key, []).append(placed.index)
            else:
                elsewhere.add(mention.key)
    return frozenset(i for key, indexes in first.items() if key not in elsewhere for i in indexes)


def _trigger_at(
    triggers: Mapping[str, tuple[Trigger, ...]], words: Sequence[str], index: int
) -> Trigger | None:
    for trigger in triggers.get(words[index], ()):
        if tuple(words[index : index + len(trigger.words)]) == trigger.words:
            return trigger
    return None


def _claim(site: Site) -> Claim | None:
    found = _noun_subject(site) if site.trigger.frame == "noun" else _verb_subject(site)
    if found is None or found[0].index in site.doubtful:
        return None
    if site.mention_type(found[0]) not in SUBJECT_TYPES[site.trigger.action] or _demonym(site, found[0]):
        return None
    subject, first = found
    target, stop = site.trigger.value, site.end
    if site.trigger.action == "attend":
        found_target = attended(site)
        if found_target is None:
            return None
        target, stop = found_target
        rest = set(site.words[stop : site.view.clause_of(site.index)[1]])
        withdrawal = site.trigger.value == "no" and site.trigger.frame in ("active", "object")
        if withdrawal and rest & site.document.lexicon.event_class("partway"):
            return None  # "withdrew from the tournament after the second round": there, then gone
    tokens, text = site.view.tokens, site.document.source.text
    start, end = tokens[min(first, subject.first)].start, tokens[max(stop, subject.end) - 1].end
    clause = site.view.clause_of(site.index)
    return Claim(
        subject=subject.index,
        predicate=Predicate.EVENT,
        value=Happening(site.trigger.action, target),
        span=Span(start, end, text[start:end]),
        rule=f"event.{site.trigger.frame}",
        as_of=StanceReader(site.document, site.view).clause_years(site.index),
        stance=_stance(site, subject, first),
        anchors=tuple(p.index for p in site.view.mentions_between(*clause) if p.index != subject.index),
    )


def _demonym(site: Site, placed: Placed) -> bool:
    """'Nine Israelis were killed': a people, not a person."""
    last = site.document.mentions[placed.index].span.text.split()[-1]
    return (
        site.mention_type(placed) != EntityType.PERSON and site.document.lexicon.country_of(last) is not None
    )


def _verb_subject(site: Site) -> tuple[Placed, int] | None:
    """The named subject before a verb: "X was killed", "X, the envoy, declined to attend"."""
    words, clause_start, lex = site.words, site.view.clause_of(site.index)[0], site.document.lexicon
    i = site.index - 1
    while i >= clause_start and (words[i] in lex.event_class("between") or words[i].endswith("n't")):
        i -= 1
    gap = set(words[i + 1 : site.index])
    subject = _of_place(site, _subject_before(site, i + 1, clause_start))
    if subject is None or site.possessive(subject) or words[subject.end] in lex.event_class("plural"):
        return None
    if site.trigger.frame in ("at", "absent") and not gap & lex.event_class("be"):
        return None  # "X at the summit" is no statement; "X was at the summit" is
    passive = site.trigger.frame in ("passive", "body") and not gap & lex.event_class("be")
    if passive and (gap or subject.end != site.index or not _headline(site)):
        return None
    if subject.first > clause_start and words[subject.first - 1] in lex.event_class("preposition"):
        return None
    if site.trigger.frame != "body":
        return subject, subject.first
    body = [
        k
        for k in range(max(clause_start, subject.first - 8), subject.first)
        if words[k] in lex.event_class("body")
    ]
    return (subject, body[0]) if body else None


def _of_place(site: Site, placed: Placed | None) -> Placed | None:
    """'Prime Minister X of Varnholm attended': the person named before "of" and a place or a body."""
    if placed is None or placed.first < 2 or site.words[placed.first - 1] != "of":
        return placed
    if site.mention_type(placed) == EntityType.PERSON:
        return placed
    before = (p for p in site.view.mentions if p.end == placed.first - 1)
    return next((p for p in before if site.mention_type(p) == EntityType.PERSON), placed)


def _headline(site: Site) -> bool:
    """'X killed as city falls': a passive without 'be', when no object can follow."""
    if site.end >= len(site.words):
        return True
    return (
        site.words[site.end] in site.document.lexicon.event_class("headline")
        or not site.view.tokens[site.end].is_word
    )


def _subject_before(site: Site, at: int, clause_start: int) -> Placed | None:
    """The mention ending at `at`, behind an apposition ("X, the minister,") or before "and others"."""
    ends = {p.end: p for p in site.view.mentions}
    words, tokens, closing = site.words, site.view.tokens, at - 1
    if at in ends or closing <= clause_start:
        return ends.get(at)
    if words[closing] == "who":  # "X, who died on Sunday,"
        return ends.get(closing - 1 if words[closing - 1] == "," else closing)
    if words[closing] == ",":
        commas = [k for k in range(closing - 1, max(clause_start, closing - 26) - 1, -1) if words[k] == ","]
        inner = ends.get(closing)
        titled = commas and inner and all(t.is_capitalised for t in tokens[commas[0] + 1 : inner.first])
        if commas and inner and titled and inner.first - commas[0] <= 4 and commas[0] not in ends:
            # "his son, Ali, was killed"; not "a man from Leeds, Yorkshire, was arrested"
            return None if site.mention_type(inner) == EntityType.PLACE else inner
        # "X, who ..., died", "X, the minister, declined"; not "... for Y, Z and W, has died"
        opening = next((k for k in commas if k in ends and not tokens[k + 1].is_capitalised), None)
        return ends.get(opening) if opening is not None else None
    back = range(closing - 1, max(clause_start, closing - 4), -1)
    conjunction = next((k for k in back if words[k] == "and"), None)
    if conjunction is not None and all(w.isalpha() and w.islower() for w in words[conjunction:at]):
        return ends.get(conjunction)  # "X and other aides were taken prisoner"
    return None


def _noun_subject(site: Site) -> tuple[Placed, int] | None:
    """The subject of an event noun: "X's sudden absence", "the death of X"; not "X's death toll"."""
    words, lex = site.words, site.document.lexicon
    if site.end < len(words) and words[site.end] in lex.event_class("compound"):
        return None
    for placed in site.view.mentions:
        between = words[placed.end : site.index]
        if placed.end > site.index or len(between) > 3 or not site.possessive(placed):
            continue
        modifiers = all(
            w.isalpha() and w.islower() and w not in lex.event_class("preposition") for w in between
        )
        # "the party's ruling body" is no corpse; "his lifeless body" is
        if modifiers and (site.trigger.words != ("body",) or set(between) <= lex.event_class("bodily")):
            return placed, placed.first
    if site.end >= len(words) or words[site.end] != "of":
        return None
    # "the death of former leader X", "the body of one of Y's sons, X": a person, no verb between
    barrier = lex.event_class("stop") | {"to", '"', "“", "”"}
    near = (
        p
        for p in site.view.mentions
        if site.end < p.first <= site.end + 6
        and site.mention_type(p) == EntityType.PERSON
        and not site.possessive(p)
        and not barrier & set(words[site.end + 1 : p.first])
    )
    person = next(near, None)
    return (person, site.index) if person else None


def _stance(site: Site, subject: Placed, first: int) -> Stance:
    """As the sentence puts it; for attendance, negated means "did not attend"."""
    reader = StanceReader(site.document, site.view)
    lo = min(first, subject.first)
    stance = reader.of_statement(subject, lo, (site.index, site.end), site.trigger.frame == "noun")
    return attendance_stance(site, subject, stance) if site.trigger.action == "attend" else stance
