"""What a source says: typed claims about its mentions, each with its stance, evidence and rule."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from factcheck.model.dates import DateRange
from factcheck.model.source import Span


class Predicate(enum.StrEnum):
    """The kind of fact a claim states."""

    TITLE = "title"  # a role: "Prime Minister Anna Berg"
    PARTY = "party"  # a party membership: "Green Party leader Lena Park"
    QUANTITY = "quantity"  # a count or amount: "at least 90 people died"
    DATE = "date"  # when an event happened: "the flood on Monday"
    EVENT = "event"  # what happened to someone: attended, stayed away, died, was captured
    QUOTE = "quote"  # someone's words in quotation marks: "We will build 300 homes," Ruud said
    BEARING = "bearing"  # where a place lies from another: "70 km south-west of Port Alder"
    TIME = "time"  # when in the day an event happened: "the blast at 10.30pm"
    RANK = "rank"  # a person's grade in an organisation: "X, a senior commander of the Y group"
    ALIAS = "alias"  # another name of the subject, the claim's object: "X, whose real name is Y"


@dataclass(frozen=True, slots=True)
class Stance:
    """How a source puts a claim: negated, hedged, or in someone else's words.

    `speaker` is whose words they are, as the text gives them: a name's in-source key ("Aaron
    Velez", with `speaker_mention` its mention) or a description ("health officials"); None for
    the outlet's own words. `quoted` marks words inside quotation marks whose speaker is not found."""

    negated: bool = False
    hedged: bool = False
    speaker: str | None = None
    speaker_mention: int | None = None
    quoted: bool = False

    @property
    def attributed(self) -> bool:
        """Someone else's words rather than the outlet's own."""
        return self.speaker is not None or self.quoted


@dataclass(frozen=True, slots=True)
class Title:
    """A role as written: office ("president"), modifier ("elect", "former"), of what."""

    office: str
    modifier: str | None = None
    jurisdiction: str | None = None

    def __str__(self) -> str:
        office = self.office + ("-elect" if self.modifier == "elect" else "")
        prefix = f"{self.modifier} " if self.modifier and self.modifier != "elect" else ""
        where = f" of {self.jurisdiction}" if self.jurisdiction else ""
        return f"{prefix}{office}{where}"


@dataclass(frozen=True, slots=True)
class Affiliation:
    """The party a person belongs to, by its in-source name (the claim's `object` is its mention)."""

    party: str

    def __str__(self) -> str:
        return self.party


class Scope(enum.StrEnum):
    """Which count a figure is: the story's own, or one never compared with it."""

    MAIN = "main"  # the count the story reports
    EARLIER = "earlier"  # superseded or past: "rose from 300", "the 2004 tsunami that killed 230,000"
    PART = "part"  # one of a larger count: "one of the fatalities"
    OTHER = "other"  # another part than the main count: "elsewhere", "combined" (see `scope_word`)


# the stage of a tally counted "so far" with no share counted given: it ends a Quantity's detail
UNKNOWN_STAGE = "an unknown stage"


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number as an interval ("more than 100" is 101..202) of a measure, with what it counts.

    `measure` is the class of what is counted ("deaths", "seats", "years", "percent", "money"),
    printed as the unit; `detail` tells counts of one measure apart (the verb of a count of years,
    "attend"; the noun of a share, "gdp"); `bound` is how the text bounds the figure ("exact",
    "floor", "approx", "range", ...); `listed` says the count is the length of a list ("in 2022 and
    2023": two years); `period` the years a count of years covers ("three years until 2024")."""

    low: float
    high: float
    measure: str
    counted: str
    detail: str = ""
    bound: str = "exact"
    scope: Scope = Scope.MAIN
    scope_word: str = ""  # the word that gave another scope ("elsewhere")
    listed: bool = False
    period: tuple[int, int] | None = None
    # how the number reader read it (rules/number_compare.py compares by these)
    kind: str = ""  # "count", "measure", "money", "percent", "age", "ordinal", "score", ...
    dimension: str = ""  # of its unit: "length", "speed", "time", "money", "" for a count
    currency: str = ""  # ISO code of a sum of money
    rounding: float = 0.0  # half the place of its last written digit, in base units
    sides: tuple[float, ...] = ()  # the two numbers of a score or a division

    def overlaps(self, other: Quantity) -> bool:
        return self.low <= other.high and other.low <= self.high

    def __str__(self) -> str:
        """As an editor would write it: "at least 2,012 deaths", "about 70 km distance",
        "10.4 million votes", "USD 27 billion money"."""
        scale, unit = _display_unit(self)
        low, high = self.low / scale, self.high / scale
        if self.bound == "floor":
            value = f"at least {_number(low)}"
        elif self.bound == "approx":
            middle = (low + high) / 2
            value = f"about {_number(round(middle) if abs(middle) >= 10 else middle)}"
        elif self.sides:  # a division or a score as written: "212-180"
            value = "-".join(_number(side) for side in self.sides)
        elif self.kind == "ordinal" and low == high == int(low):
            return _ordinal(int(low))  # "2nd": a place in a sequence, named by the message
        else:
            value = _number(low) if low == high else f"{_number(low)}..{_number(high)}"
        money = f"{self.currency} " if self.currency else ""
        measure = "" if unit == "years back" else self.measure
        return " ".join(part for part in (f"{money}{value}", unit, measure) if part)


YEAR_SECONDS = 31556952.0
SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


def _display_unit(quantity: Quantity) -> tuple[float, str]:
    """The unit a figure is shown in: kilometres for long lengths, years for a span of years."""
    if quantity.dimension == "length":
        return (1000.0, "km") if max(abs(quantity.low), abs(quantity.high)) >= 1000 else (1.0, "m")
    if quantity.kind == "year-span" and quantity.dimension == "time":
        return YEAR_SECONDS, "years back"
    return 1.0, ""


def _ordinal(place: int) -> str:
    suffix = "th" if 10 <= place % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(place % 10, "th")
    return f"{place}{suffix}"


def _number(value: float) -> str:
    if value == float("inf"):
        return "∞"
    whole = value == int(value)
    for size, word in SCALES:
        scaled = value / size
        if abs(value) >= size and not (whole and round(scaled, 3) != scaled):
            return f"{scaled:.4g} {word}"
    if whole:
        return f"{int(value):,}"  # "10,415,191", never a rounding that hides the digit that differs
    return f"{round(value):,}" if abs(value) >= 1000 else f"{value:.4g}"  # "38.61", "968.8"


@dataclass(frozen=True, slots=True)
class Dated:
    """When a kind of event happened ("disaster", "meeting", "death"), at the text's precision.

    `when` is None for a weekday in an article of unknown date ("on Sunday"); `weekday` names the
    day whenever the date was given as a weekday. `year_inferred` marks a day written without a
    year ("June 24") in an undated article, its year taken from the latest past date it mentions."""

    event: str
    when: DateRange | None
    weekday: str = ""
    year_inferred: bool = False
    planned: bool = False  # a date set for the future ("will open on June 24"), not one that passed

    def __str__(self) -> str:
        return str(self.when) if self.when is not None else self.weekday


@dataclass(frozen=True, slots=True)
class Happening:
    """An event fact: what happened ("attend", "fate") and to what ("summit", "dead")."""

    action: str
    target: str


@dataclass(frozen=True, slots=True)
class Quoted:
    """A speaker's words in quotation marks (the speaker is the claim's subject): the parts joined by
    a space, each part's offsets in the source, the verb that gives them to the speaker."""

    words: str
    parts: tuple[tuple[int, int], ...]
    verb: str = ""
    partial: bool = False  # worked into the writer's sentence: called it "a disgrace"
    described: str = ""  # the words that describe a named speaker: "the rebel commander" (before X)


@dataclass(frozen=True, slots=True)
class Bearing:
    """Where something lies from a reference place (the claim's object): "70 km south-west of X"
    (`within` False), or in a part of it: "in northern X" (`within` True). `degrees` is the compass
    bearing, None for the centre; `located` names what is placed when it is no named place (the
    claim's subject): "epicentre", "crash"."""

    direction: str
    degrees: float | None
    within: bool
    located: str = ""

    def __str__(self) -> str:
        return f"in {self.direction} part" if self.within else f"{self.direction} of"


@dataclass(frozen=True, slots=True)
class Aspect:
    """An event fact beyond attendance and fate: one aspect of an event and its value.

    `aspect` is "manner", "vehicle", "model", "route", "place", "status" or "leader"; `value` is a
    class path for a class aspect ("explosive/device/car": "explosive" is the broader "explosion"),
    a model designation ("v40"), a route "from>to" of in-source keys (">to" for a destination
    alone), a "step:state" ("signing:postponed") or an in-source name key; `about` is what event
    it is about ("delegation", "rim fisheries accord"), "" for the story's own; `written` the words."""

    aspect: str
    value: str
    about: str = ""
    written: str = ""

    def __str__(self) -> str:
        return self.written or self.value


@dataclass(frozen=True, slots=True)
class TimeOfDay:
    """When in the day a kind of event happened, as minutes after midnight from `start` to `end`
    ("at 10.30pm", "in the evening"); a span past midnight ("overnight") has `end` < `start`."""

    event: str
    start: int
    end: int
    planned: bool = False

    def __str__(self) -> str:
        return f"{self.start // 60:02d}:{self.start % 60:02d}-{self.end // 60:02d}:{self.end % 60:02d}"


@dataclass(frozen=True, slots=True)
class Side:
    """The side a player had in a game ("playing with the white pieces"): the player is the claim's
    subject; `game` is which game ("game 3"), "" for the game the story is about."""

    side: str
    game: str = ""

    def __str__(self) -> str:
        return f"{self.side} in {self.game or 'the game'}"


@dataclass(frozen=True, slots=True)
class Rank:
    """A person's grade in an organisation (the claim's object) as a role noun tells it: `role` is
    the canonical noun ("leader", "commander"), `grade` its class ("top", "deputy", "rank", "staff",
    "founder"; "leadership" for one of several leaders; "wing" for a role in a part of the body),
    `written` the role phrase as the source gives it ("a senior commander")."""

    role: str
    grade: str
    written: str = ""

    def __str__(self) -> str:
        return self.written or self.role


@dataclass(frozen=True, slots=True)
class Alias:
    """Another name of a person (the claim's object), with the words that say so ("real name")."""

    written: str

    def __str__(self) -> str:
        return self.written


ClaimValue = (
    Title
    | Affiliation
    | Quantity
    | Dated
    | Happening
    | Aspect
    | Quoted
    | Bearing
    | TimeOfDay
    | Side
    | Rank
    | Alias
)


@dataclass(frozen=True, slots=True)
class Claim:
    """Something a source says about a subject mention, with its evidence and the rule that made it.

    `as_of` is when it holds (the publication date, or the years the text gives it for);
    `anchors` are the other mentions of its clause, to tell what it is about; `object` a mention
    it points to (the party of a party claim); `context` the words of its sentence in lower case,
    kept for date claims, which the registry's events are recognised by."""

    subject: int | None  # index into the extraction's mentions; None when no name is the subject
    predicate: Predicate
    value: ClaimValue
    span: Span
    rule: str
    as_of: DateRange | None = None
    stance: Stance = Stance()
    anchors: tuple[int, ...] = ()
    object: int | None = None
    context: frozenset[str] = frozenset()
