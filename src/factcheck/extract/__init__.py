"""Extraction: from one source's text to its named mentions and the claims made about them."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, replace
from datetime import date

from factcheck.extract.aliases import alias_claims
from factcheck.extract.aspects import aspect_claims
from factcheck.extract.bearings import bearing_claims
from factcheck.extract.circumstances import circumstance_claims
from factcheck.extract.context import Sentences, dated_in_context, placed_mentions, vocabulary
from factcheck.extract.coref import LocalName, clean, resolve_local
from factcheck.extract.dates import date_claims
from factcheck.extract.document import Document, Placed, SentenceView
from factcheck.extract.events import event_claims
from factcheck.extract.names import NameFinder, NameRun, capitalised_inside
from factcheck.extract.parties import party_claims
from factcheck.extract.quantities import quantity_claims
from factcheck.extract.quote_claims import quote_claims
from factcheck.extract.roles import role_claims
from factcheck.extract.sports import sports_claims
from factcheck.extract.text import Paragraphs, Sentence, split_sentences
from factcheck.extract.title_words import DESCRIPTIVE_BODIES
from factcheck.extract.titles import TitleReader
from factcheck.lexicon import Lexicon, is_acronym
from factcheck.model import (
    Claim,
    DateRange,
    EntityType,
    Extraction,
    Mention,
    Precision,
    Predicate,
    Source,
    Span,
)
from factcheck.sources import without_comments

# Bump when extraction changes what it finds, so that stale claims files are extracted afresh.
EXTRACTOR_VERSION = "34"
# The rule of a lone capitalised word that opens a sentence: perhaps a name, perhaps not.
OPENER_RULE = "name.sentence-opener"
# Extractors of claims other than titles, each a function of a Document; order does not matter.
CLAIM_EXTRACTORS = (
    party_claims,
    date_claims,
    quantity_claims,
    event_claims,
    aspect_claims,
    quote_claims,
    bearing_claims,
    sports_claims,
    circumstance_claims,
    role_claims,
    alias_claims,
)


@dataclass(frozen=True, slots=True)
class Located:
    """A name run with the sentence it stands in and its token position there."""

    run: NameRun
    sentence: Sentence
    index: int


def extract(source: Source, lexicon: Lexicon) -> Extraction:
    """The mentions of a source and the claims it makes about them, read by the word lists of `lexicon`."""
    written = source
    source = replace(source, text=without_comments(source.text))
    sentences = split_sentences(source.text, source.body_start, len(source.text))
    lowercase = frozenset(t.text for s in sentences for t in s.tokens if t.text.islower())
    finder = NameFinder(lexicon, lowercase, capitalised_inside(sentences))
    located = _without_capitalised_openers(
        _without_initials([item for sentence in sentences for item in _located(finder, sentence)])
    )
    mentions = _mentions(source, located)
    as_of = DateRange(source.published, source.published) if source.published else None
    paragraphs = Paragraphs(source.text)
    claims = _title_claims(source, located, mentions, TitleReader(lexicon), as_of, paragraphs)
    document = _document(source, sentences, located, mentions, lexicon, paragraphs)
    for extractor in CLAIM_EXTRACTORS:
        claims.extend(extractor(document))
    claims.sort(key=lambda c: (c.span.start, c.predicate, c.span.end))
    around = Sentences(sentences, written.text)
    claims = dated_in_context(claims, around)
    mentions = placed_mentions(mentions, around, written.text)
    return Extraction(
        source.id,
        source.content_hash,
        EXTRACTOR_VERSION,
        tuple(mentions),
        tuple(claims),
        vocabulary(written, [token for sentence in sentences for token in sentence.tokens]),
    )


def _document(
    source: Source,
    sentences: list[Sentence],
    located: list[Located],
    mentions: list[Mention],
    lexicon: Lexicon,
    paragraphs: Paragraphs,
) -> Document:
    placed: dict[int, list[Placed]] = {}
    for index, item in enumerate(located):
        placed.setdefault(id(item.sentence), []).append(
            Placed(index, item.index, item.index + len(item.run.tokens))
        )
    views = tuple(SentenceView(s, tuple(placed.get(id(s), ()))) for s in sentences)
    return Document(source, views, tuple(mentions), lexicon, paragraphs)


def _opens_sentence(item: Located) -> bool:
    return not any(t.is_word for t in item.sentence.tokens[: item.index])


def _without_initials(located: list[Located]) -> list[Located]:
    """A lone capital letter ("C", "Q") is a grade, a list label or an initial, never a name here."""
    return [item for item in located if len(item.run.tokens) > 1 or len(item.run.tokens[0].bare) > 1]


def _without_capitalised_openers(located: list[Located]) -> list[Located]:
    """Mark a lone unknown word that may be capitalised only because it opens a sentence ("Worries
    grew", "Trump said"): resolution keeps it only if it meets a name written elsewhere. It is not
    marked when the source also writes it capitalised inside a sentence or in a longer name."""
    elsewhere = {item.run.tokens[0].bare for item in located if not _opens_sentence(item)}
    parts = {t.bare for item in located if len(item.run.tokens) > 1 for t in item.run.tokens}
    known = elsewhere | parts
    return [
        replace(item, run=replace(item.run, rule=OPENER_RULE))
        if len(item.run.tokens) == 1
        and item.run.type == EntityType.UNKNOWN
        and _opens_sentence(item)
        and item.run.tokens[0].bare not in known
        else item
        for item in located
    ]


def _located(finder: NameFinder, sentence: Sentence) -> list[Located]:
    index = {token.start: i for i, token in enumerate(sentence.tokens)}
    return [Located(run, sentence, index[run.start]) for run in finder.find(sentence)]


def _mentions(source: Source, located: list[Located]) -> list[Mention]:
    names = [
        LocalName(clean(item.run.text(source.text)), item.run.type, position, _defined_acronym(item))
        for position, item in enumerate(located)
    ]
    mentions = []
    for item, _name, (key, kind, rule) in zip(located, names, resolve_local(names), strict=True):
        span = Span(item.run.start, item.run.end, source.text[item.run.start : item.run.end])
        mentions.append(Mention(span, kind, key, item.run.rule if rule == "coref.self" else rule))
    return mentions


def _defined_acronym(item: Located) -> str | None:
    """'Indo-Pacific Four (IP4)' defines IP4."""
    tokens = item.sentence.tokens
    after = item.index + len(item.run.tokens)
    if after + 2 < len(tokens) and tokens[after].text == "(" and tokens[after + 2].text == ")":
        candidate = tokens[after + 1].text
        if is_acronym(candidate) and not is_acronym(item.run.tokens[-1].text):
            return candidate
    return None


def _is_description(jurisdiction: str | None) -> bool:
    """'aid group': a lower-case description of a body rather than its name."""
    if not jurisdiction or not jurisdiction.islower():
        return False
    return jurisdiction.split()[-1] in DESCRIPTIVE_BODIES


class _Bodies:
    """The organisations and parties of a source in text order, to find the one named last before
    an offset: what 'the group' refers back to."""

    def __init__(self, mentions: list[Mention]):
        bodies = [m for m in mentions if m.type in (EntityType.ORGANIZATION, EntityType.PARTY)]
        self.ends = [m.span.end for m in bodies]
        self.keys = [m.key for m in bodies]

    def nearest(self, before: int) -> str | None:
        count = bisect_right(self.ends, before)
        return self.keys[count - 1] if count else None


def _left_later(ended: int | None, as_of: DateRange | None) -> bool:
    """'who served as minister until 2032' in a 2031 article: not yet a former title."""
    return ended is not None and as_of is not None and ended > as_of.start.year


def _out_of_office(ended: int | None, as_of: DateRange | None) -> DateRange | None:
    """When a title holds: at the publication date; a title left in an earlier year ('who stepped
    down as mayor in 2029') is a former one from the next New Year's Day to the publication date."""
    if ended is None or as_of is None or ended >= as_of.start.year:
        return as_of
    return DateRange(date(ended + 1, 1, 1), as_of.end, Precision.YEAR)


def _title_claims(
    source: Source,
    located: list[Located],
    mentions: list[Mention],
    reader: TitleReader,
    as_of: DateRange | None,
    paragraphs: Paragraphs,
) -> list[Claim]:
    claims: list[Claim] = []
    last_office: str | None = None
    offices: dict[str, str] = {}  # each person's office named last, for "her predecessor"
    bodies = _Bodies(mentions)
    for position, (item, mention) in enumerate(zip(located, mentions, strict=True)):
        if mention.type != EntityType.PERSON:
            continue  # a lone unknown word before "a council spokesman said" is rarely the person
        if paragraphs.is_caption(mention.span.start, mention.span.end):
            continue  # "Libyan leader X stands outside his tent in April": the photo's day, not the story's
        tokens = item.sentence.tokens
        found = [reader.before(tokens, item.index), reader.after(tokens, item.index + len(item.run.tokens))]
        for match in found:
            if match is None or _left_later(match.ended, as_of):
                continue
            title = match.title
            if _is_description(title.jurisdiction):
                body = bodies.nearest(match.start)
                title = type(title)(title.office, title.modifier, body)
            if title.office == "predecessor":
                office = _antecedent_office(located, mentions, position, offices, last_office)
                if office is None:
                    continue
                title = type(title)(office, title.modifier, None)
            start, end = min(match.start, mention.span.start), max(match.end, mention.span.end)
            span = Span(start, end, source.text[start:end])
            held = _out_of_office(match.ended, as_of)
            claims.append(Claim(position, Predicate.TITLE, title, span, match.rule, held))
            if title.modifier is None:
                last_office = offices[mention.key] = title.office
    return claims


def _antecedent_office(
    located: list[Located],
    mentions: list[Mention],
    position: int,
    offices: dict[str, str],
    last_office: str | None,
) -> str | None:
    """The office "his predecessor" held: that of the person named last before it in its sentence
    ("Velden was firmer than her predecessor, X"), None when that person's office is unknown;
    with no one named before it in the sentence, the office named last."""
    sentence = located[position].sentence
    for earlier in range(position - 1, -1, -1):
        if located[earlier].sentence is not sentence:
            break
        if mentions[earlier].type == EntityType.PERSON:
            return offices.get(mentions[earlier].key)
    return last_office
