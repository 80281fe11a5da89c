"""When two figures of one count are of one moment of one story: both dated close together, an
undated pair of one story told in its opening paragraphs, ages set beside a name, sums a case fixes
once. The number rule (rules/numbers.py) compares only such pairs."""

from __future__ import annotations

from datetime import timedelta

from factcheck.graph import ClaimRecord, FactGraph
from factcheck.lexicon import Lexicon
from factcheck.model import Precision, Quantity
from factcheck.rules.base import RuleContext, same_story, story_date
from factcheck.rules.number_stories import MainPlaces, anchored_places, local_places

LEDE_CHARACTERS = 1200  # the opening paragraphs of an article's body
STORY_NAMES = 3  # names two undated articles share, their main place among them, to tell one story
APPOSED_GAP = 8  # characters between a name and its age: ", aged "
AGE_DRIFT = 1  # years an age may grow between two undated reports of one story


def settled(value: Quantity, lexicon: Lexicon) -> bool:
    """A sum a case fixes once: taken, lost to a fraud, ordered repaid ("money:embezzled")."""
    return lexicon.comparison(value.measure) == "money" and value.detail in lexicon.measures["settled"]


def needs_dates(context: RuleContext, first: ClaimRecord, second: ClaimRecord) -> bool:
    """An age, a share, a sum, or a toll that shares no town with the other: only articles dated close together are
    known to tell of one moment of one story (undated ones may be years apart: ages grow, and an
    unplaced toll may be of another disaster)."""
    graph, lexicon = context.graph, context.lexicon
    a = first.claim.value
    assert isinstance(a, Quantity)
    held = first.entity is not None and second.entity is not None and first.entity.id == second.entity.id
    if settled(a, lexicon) and (held or _payer_named_by_both(graph, first, second)):
        return False  # what one person was found to take or ordered to repay does not move with the date
    if lexicon.comparison(a.measure) in ("holder", "of", "money") or a.measure in lexicon.measures["dated"]:
        return True  # ages grow; shares and sums move; a record's reach counts back from the date;
        # a crowd in one square is another crowd at another protest
    shared = local_places(graph, lexicon, anchored_places(graph, first) & anchored_places(graph, second))
    return first.entity is None and a.measure in lexicon.measures["unheld"] and not shared


def names_to_share(lexicon: Lexicon, first: ClaimRecord, second: ClaimRecord) -> int:
    """Names two reports share to be of one story: two, or only the payer for one kind of sum a case
    fixes to one person (what a court ordered Mara Velden to repay is one sum in any report)."""
    value = first.claim.value
    assert isinstance(value, Quantity)
    held = first.entity is not None and second.entity is not None and first.entity.id == second.entity.id
    return 1 if held and settled(value, lexicon) else 2


def _payer_named_by_both(graph: FactGraph, first: ClaimRecord, second: ClaimRecord) -> bool:
    """One sum gives its payer and the other none ("the damages came to $2bn"), in two articles of
    one story that both name that payer: the same case's sum."""
    payers = {r.entity.id for r in (first, second) if r.entity is not None}
    if len(payers) != 1:
        return False
    both = graph.entities_in(first.source.id) & graph.entities_in(second.source.id)
    return payers <= both and same_story(graph, first.source.id, second.source.id, STORY_NAMES)


def ages_apart(context: RuleContext, first: ClaimRecord, second: ClaimRecord) -> bool:
    """Two undated ages of one person more than a year apart: a story is told within a year, so a
    birthday explains one year of difference, never two ("Mara Velden, 41" and "Velden, 45")."""
    a, b = first.claim.value, second.claim.value
    assert isinstance(a, Quantity) and isinstance(b, Quantity)
    undated = first.source.published is None and second.source.published is None
    if not undated or context.lexicon.comparison(a.measure) != "holder" or a.measure != b.measure:
        return False
    return _apposed(first) and _apposed(second) and max(a.low, b.low) - min(a.high, b.high) > AGE_DRIFT


def _apposed(record: ClaimRecord) -> bool:
    """The age stands right after its holder's name ("Mara Velden, 41,", "Hale, aged 63") or right
    before it ("the 29-year-old striker Kofi Brandt": the extractor quotes the age up to the name):
    with no date to key the story, only an age set beside the name is sure to be that person's
    ("the 30-year-old" may be the speaker, not the player named nearest)."""
    mention, span = record.mention, record.claim.span
    if mention is None:
        return False
    return 0 <= span.start - mention.span.end <= APPOSED_GAP or 0 <= mention.span.start - span.end <= 1


def one_story(context: RuleContext, main: MainPlaces, first: ClaimRecord, second: ClaimRecord) -> bool:
    """Two undated tolls of one story: both articles are mostly about the same town or region and
    share more names than that, so a figure that differs is one of them wrong or a count that moved
    (the message says neither date is known). Articles about other disasters in an archive name
    other towns."""
    value = first.claim.value
    assert isinstance(value, Quantity)
    if first.entity is not None or value.measure not in context.lexicon.measures["unheld"]:
        return False
    if value.measure == "years-since" or value.measure in context.lexicon.measures["measured"]:
        return False  # a record's reach counts back from an unknown date; a quake may have shocks after it
    if not (_in_lede(first) and _in_lede(second)):
        return False  # deeper down, a war or a crisis story counts other incidents
    places = main.of_story(first) & main.of_story(second)
    return bool(places) and same_story(context.graph, first.source.id, second.source.id, STORY_NAMES)


def _in_lede(record: ClaimRecord) -> bool:
    """A figure in the first paragraphs, where news gives the toll of the story it tells."""
    return record.claim.span.start - record.source.body_start < LEDE_CHARACTERS


def same_setting(first: ClaimRecord, second: ClaimRecord, window: timedelta) -> bool:
    """Both sources tell their story on known days close together (dated, or naming a day by its
    weekday): only then is an unplaced toll of one known to be of the other's story at the same
    stage, and an age of the same year (undated archives hold stories told weeks or years apart)."""
    a, b = story_date(first.source), story_date(second.source)
    return a is not None and b is not None and abs(a - b) <= window


def same_moment(first: ClaimRecord, second: ClaimRecord, window: timedelta) -> bool:
    """Both figures hold at one time: the years the text gives them for overlap; with no year in
    the text, the articles are less than 30 days apart (or of unknown date)."""
    a, b = first.claim.as_of, second.claim.as_of
    stated_a = a is not None and a.precision == Precision.YEAR
    stated_b = b is not None and b.precision == Precision.YEAR
    if stated_a or stated_b:
        return a is not None and b is not None and a.overlaps(b)
    if a is None or b is None:
        return True
    return abs(a.start - b.start) <= window
