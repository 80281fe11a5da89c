"""How a person died or was caught, and whether a person admitted or denied being to blame.

Shapes covered (word classes in data/event_circumstances.tsv):
- a verb of death and a phrase of its circumstances after it: "X was shot dead in crossfire",
  "X was shot as he ran from the checkpoint", "X died in a gun battle after his arrest", "witnesses
  saw X shot after he was captured", "X died in a shootout with police"; the phrases of one verb
  make one account ("killed in crossfire following his arrest");
- a verb that carries its circumstance: "X was executed by his captors", "X took his own life",
  "X was lynched", "X was caught in the crossfire";
- a capture and how it came: "X surrendered", "X gave himself up", against "X was caught hiding in
  a drain", "X was captured in a raid";
- an admission or a denial: "X admitted responsibility", "X confessed", "X pleaded guilty", "X
  accepted full responsibility", against "X denied any wrongdoing", "X rejected the accusations",
  "X pleaded not guilty", "X insisted he had done nothing wrong"; through a verb of saying: "X said
  he was to blame", "X denied that he was responsible".
The subject is the person named before the verb, or a pronoun for the person named last before it
in the sentence, else first in the sentence before. A clause about another event (another year,
"last year", "in a separate case") gives no claim.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from factcheck.extract.accounts import combined
from factcheck.extract.clauses import BE, OPENER_RULE, Clauses
from factcheck.extract.document import Document, Placed
from factcheck.extract.role_subjects import earlier_role, role_before, role_claim
from factcheck.lexicon import AspectPhrase, AspectWords
from factcheck.model import Aspect, Claim, EntityType

PEOPLE = frozenset([EntityType.PERSON, EntityType.UNKNOWN])
ANSWERABLE = PEOPLE | {EntityType.ORGANIZATION, EntityType.GROUP, EntityType.PARTY}
REACH = 16  # tokens between a verb of death or capture and a phrase of its circumstances
CUES = frozenset(
    ["blame", "responsible", "responsibility", "fault", "guilty", "innocent", "wrong", "mistake"]
)
SINCE_CAPTURE = AspectPhrase(("after",), "death", "custody/*/*", "after")
SINGULAR = frozenset(["he", "she"])  # "they" may stand for several
CAUSES = {"death": ("death", "death-active"), "capture": ("capture",)}


@dataclass(frozen=True, slots=True)
class Hit:
    """One phrase read in a sentence, with the verb it tells about and that verb's subject."""

    phrase: AspectPhrase
    subject: Placed
    verb: int  # the token of the verb the phrase tells about
    start: int  # first token of the evidence
    end: int  # after its last token
    about: str = ""  # the charge an admission or a denial is about ("murder")


def circumstance_claims(document: Document) -> list[Claim]:
    """Death, capture and responsibility claims of a document, about the people it names."""
    words = document.lexicon.event_circumstances
    keys = _keys(words)
    claims: list[Claim] = []
    for position, view in enumerate(document.sentences):
        if keys.isdisjoint(view.words()):
            continue  # most sentences: nothing to read, nothing built
        reading = Reading(Clauses(document, view), words, position)
        claims.extend(reading.claims())
    return claims


def _keys(words: AspectWords) -> frozenset[str]:
    """The words without which a sentence holds nothing of ours."""
    verbs = words.starts.get("death", frozenset()) | words.starts.get("death-active", frozenset())
    own = frozenset(w for w, ps in words.phrases.items() if any(p.frame in ("active", "passive") for p in ps))
    return verbs | words.starts.get("capture", frozenset()) | own | CUES


def _stand_ins(words: AspectWords) -> dict[str, str]:
    """'her', 'their' read as 'his'; 'herself' as 'himself'; 'she', 'they' as 'he'."""
    found: dict[str, str] = {}
    for kind, form in (("pronoun", "he"), ("reflexive", "himself"), ("possessive", "his")):
        found.update(dict.fromkeys(words.words(kind), form))  # later kinds win, as they were tried first
    return found


class Reading:
    """One sentence read for circumstances: its phrases, their verbs and subjects, and the claims."""

    def __init__(self, sentence: Clauses, words: AspectWords, position: int) -> None:
        self.sentence, self.lex, self.position = sentence, words, position
        standing = _stand_ins(words)
        self.norm = tuple(standing.get(w, w) for w in sentence.words)
        self.last: Placed | None = None  # the subject of the last phrase read: "X did A and did B"
        self.roles: dict[Placed, str] = {}  # role stand-ins for a subject, and their keys
        self.document = sentence.document

    def claims(self) -> Iterator[Claim]:
        groups: dict[tuple[str, str, int], list[Hit]] = {}
        for hit in self._hits():
            who = self.roles.get(hit.subject, str(hit.subject.index))
            groups.setdefault((hit.phrase.aspect, who, hit.verb), []).append(hit)
        for (aspect, _, verb), hits in groups.items():
            value = combined(aspect, [h.phrase.value for h in hits])
            if value is None or self._background(verb):
                continue
            subject, about = hits[0].subject, next((h.about for h in hits if h.about), "")
            lo, hi = min(h.start for h in hits), max(h.end for h in hits)
            if subject in self.roles:  # "the driver": the role is the key, no name is the subject
                claimed = Aspect(aspect, value, f"{self.roles[subject]}:{about}")
                yield role_claim(self.sentence, claimed, (lo, hi), (verb, hi), subject, f"aspect.{aspect}")
            else:
                claimed = Aspect(aspect, value, about)
                yield self.sentence.claim(claimed, lo, hi, (verb, hi), subject, f"aspect.{aspect}")

    def _hits(self) -> Iterator[Hit]:
        norm, taken = self.norm, set[tuple[str, int]]()
        for index in range(len(norm)):
            for phrase in self.lex.phrases.get(norm[index], ()):
                n = len(phrase.words)
                if norm[index : index + n] != phrase.words or (phrase.aspect, index) in taken:
                    continue
                taken.update((phrase.aspect, k) for k in range(index, index + n))
                hit = self._hit(phrase, index, index + n)
                if hit is not None:
                    self.last = hit.subject
                    yield hit
            if ("death", index) not in taken and norm[index] in self.lex.words("since"):
                yield from self._since(index)

    def _since(self, index: int) -> Iterator[Hit]:
        """'after police had seized him', 'following his arrest': a death after a capture."""
        for k in range(index + 1, min(len(self.norm), index + 6)):
            if not self.sentence.view.tokens[k].is_word:
                return
            if self._phrase_at("capture", k):
                hit = self._after(SINCE_CAPTURE, index, k + 1)
                if hit is not None:
                    yield hit
                return

    def _hit(self, phrase: AspectPhrase, index: int, end: int) -> Hit | None:
        if phrase.frame in ("after", "died"):
            return self._after(phrase, index, end)
        about, stop = self._charge(end) if phrase.aspect == "responsibility" else ("", end)
        if phrase.frame == "charge" and not about:
            return None  # "X denied reports that ...": no charge, no answer to blame
        if phrase.frame == "says":
            return self._says(phrase, index, end)
        if phrase.aspect == "capture" and end < len(self.norm) and self._object(end):
            return None  # "X surrendered his passport"
        kinds = ANSWERABLE if phrase.aspect == "responsibility" else PEOPLE
        subject = self._subject(index, kinds, phrase.frame == "passive")
        return Hit(phrase, subject, index, min(subject.first, index), stop, about) if subject else None

    def _charge(self, end: int) -> tuple[str, int]:
        """The charge after an admission or a denial ("to two counts of fraud", "attempted murder")
        and where it ends, else nothing."""
        words, k = self.sentence.words, end
        while k < min(len(words), end + 5) and words[k] in self.lex.words("count"):
            k += 1
        modifier = k < len(words) and words[k] in self.lex.words("charge-mod")
        k += modifier
        if k >= len(words) or words[k] not in self.lex.words("charge"):
            return "", end
        return "-".join(words[k - modifier : k + 1]), k + 1

    def _after(self, phrase: AspectPhrase, index: int, end: int) -> Hit | None:
        """'X was shot | in crossfire': the verb of the phrase's aspect before it, and its subject."""
        for k in range(index - 1, max(-1, index - REACH), -1):
            if self.norm[k] in (".", ";"):
                return None
            for kind in ("death-active",) if phrase.frame == "died" else CAUSES.get(phrase.aspect, ()):
                if self._phrase_at(kind, k):
                    subject = self._subject(k, PEOPLE, kind != "death-active")
                    return Hit(phrase, subject, k, min(subject.first, k), end) if subject else None
        return None

    def _says(self, phrase: AspectPhrase, index: int, end: int) -> Hit | None:
        """'X said he | was to blame', 'X denied that he | was responsible'."""
        norm = self.norm
        k = index - 1
        if k < 1 or norm[k] != "he":
            return None
        # "said he", "told reporters that he"; not "said his client believed he": the lawyer's belief
        reach = range(k - 2, max(-1, k - 6), -1) if norm[k - 1] == "that" else range(k - 1, k - 2, -1)
        verb = next((j for j in reach if j >= 0 and norm[j] in self._saying), None)
        if verb is None:
            return None
        subject = self._subject(verb, ANSWERABLE, False)
        if subject is None:
            return None
        if norm[verb] in self.lex.words("deny"):
            value = "denied" if phrase.value == "admitted" else "admitted"
            phrase = AspectPhrase(phrase.words, phrase.aspect, value, phrase.frame)
        return Hit(phrase, subject, verb, min(subject.first, verb), end)

    def _object(self, at: int) -> bool:
        """A word after the verb that is its object, not a place, a time or an end."""
        token = self.sentence.view.tokens[at]
        return token.is_word and self.norm[at] not in self.lex.words("free")

    @property
    def _saying(self) -> frozenset[str]:
        return self.lex.words("say") | self.lex.words("deny")

    def _subject(self, at: int, kinds: frozenset[EntityType], passive: bool) -> Placed | None:
        """The person named before a verb ("X was shot", "X, who had been shot,"), or seen before it
        ("saw X shot"), or a pronoun's person."""
        words, lexicon = self.sentence.words, self.sentence.document.lexicon
        k, be = at - 1, False
        while k >= 0 and (words[k] in lexicon.event_class("between") or words[k] in BE):
            be = be or words[k] in BE
            k -= 1
        if k >= 2 and words[k] == "," and words[k - 1].isdigit() and words[k - 2] == ",":
            k -= 3  # "X, 52, denies murder"
        if k >= 1 and words[k] == "who":
            k -= 1 + (words[k - 1] == ",")
        found = next((p for p in self.sentence.view.mentions if p.end == k + 1), None)
        seen = found is not None and found.first > 0 and words[found.first - 1] in self.lex.words("see")
        if passive and not be and not seen:
            return None
        if found is None and k >= 0 and words[k] in ("and", "but") and not passive:
            # "X pleaded guilty to A and pleaded not guilty to B", "X was arrested and has denied
            # any wrongdoing": the subject of the first verb, standing here for itself
            first = self.last or self._opening(k, kinds)
            if first in self.roles:
                return self._role(k, self.roles[first])
            return Placed(first.index, k, k + 1) if first else None
        if found is None and k >= 0 and words[k] in SINGULAR:
            return self._antecedent(k) or self._role(k, earlier_role(self.document, self.position, self.lex))
        return self._role_before(at) if found is None else self._named(found, kinds, at)

    def _role_before(self, at: int) -> Placed | None:
        """'the signalman at X admitted': a role as the subject, when no person is named before."""
        role = role_before(self.sentence, self.lex, at)
        return self._role(role[0].first, role[1], role[0].end) if role else None

    def _named(self, before: Placed, kinds: frozenset[EntityType], at: int) -> Placed | None:
        """The name before a verb as its subject, when it names a person (or a body, for blame)."""
        found = self._of_place(before)
        if found is None or self.sentence.document.mentions[found.index].rule == OPENER_RULE:
            return None  # "Self-confessed fan X": a capitalised opener, perhaps no name
        token = self.sentence.view.tokens[found.end - 1]
        if token.bare != token.text:
            return None  # "X's son was shot"
        return found if self._type(found) in kinds else self._role_before(at)

    def _role(self, at: int, key: str | None, end: int | None = None) -> Placed | None:
        """A role standing as the subject: a placed stand-in with no mention, its key kept aside."""
        if key is None:
            return None
        placed = Placed(-1, at, at + 1 if end is None else end)
        self.roles[placed] = key
        return placed

    def _of_place(self, found: Placed) -> Placed | None:
        """'X, 35, of Y pleaded': the person before "of Y" or "from Y" is the subject."""
        words, k = self.sentence.words, found.first - 1
        if k < 0 or words[k] not in ("of", "from"):
            return found
        k -= 1
        while k >= 0 and (words[k] == "," or words[k].isdigit()):
            k -= 1
        mentions = self.sentence.view.mentions
        person = next((p for p in mentions if p.end == k + 1 and self._type(p) in PEOPLE), None)
        return person or (found if self._type(found) == EntityType.PERSON else None)

    def _opening(self, at: int, kinds: frozenset[EntityType]) -> Placed | None:
        """The name that opens the sentence (behind a title at most), when it stands before `at`."""
        opening = self.sentence.view.mentions[:1]
        return next((p for p in opening if p.first <= 2 and p.end <= at and self._type(p) in kinds), None)

    def _antecedent(self, at: int) -> Placed | None:
        """A pronoun's person: named last before it in the sentence, else first in the one before."""
        here = [p for p in self.sentence.view.mentions if p.end <= at and self._type(p) == EntityType.PERSON]
        if here:
            return here[-1]
        if self.position == 0:
            return None
        before = self.sentence.document.sentences[self.position - 1].mentions
        people = [p for p in before if self._type(p) == EntityType.PERSON]
        return Placed(people[0].index, at, at + 1) if people else None

    def _phrase_at(self, kind: str, at: int) -> bool:
        """A phrase of a word class starts at `at`."""
        words, lex = self.sentence.words, self.lex
        if words[at] not in lex.starts.get(kind, ()):
            return False
        return any(tuple(words[at : at + n]) in lex.of(kind) for n in range(lex.longest[kind], 0, -1))

    def _type(self, placed: Placed) -> EntityType:
        return self.sentence.document.mentions[placed.index].type

    def _background(self, verb: int) -> bool:
        """Another event than the story's: another year, "last year", "in a separate case"."""
        lo, hi = self.sentence.view.clause_of(verb)
        if any(self._phrase_at("background", k) for k in range(lo, hi)):
            return True
        published, years = self.sentence.document.published, self.sentence.reader.clause_years(verb)
        return published is not None and years is not None and not years.start <= published <= years.end
