"""Rules over titles (1xx): roles that cannot hold together, or not on the article's date."""

from __future__ import annotations

from collections.abc import Collection, Iterator
from datetime import date, timedelta

from factcheck.graph import ClaimRecord, FactGraph
from factcheck.lexicon import Lexicon, initials
from factcheck.model import Entity, EntityType, Finding, Link, Registry, Role, Title
from factcheck.model import Severity as S
from factcheck.resolve.keys import exact_key
from factcheck.rules.base import (
    SAME_MOMENT,
    Rule,
    RuleContext,
    claim_date,
    cross_source_pairs,
    quote,
    registry_evidence,
)

# Modifiers that say the title belongs to another time than the article's.
BEFORE_OFFICE = {"elect", "designate", "incoming"}
AFTER_OFFICE = {"former", "late"}  # "outgoing" is still in office: it agrees with the plain title
HISTORICAL = {"then"}
SUFFIXED = {"elect", "designate"}  # written after the office: "president-elect"


def incompatibility(
    a: Title,
    a_date: date | None,
    b: Title,
    b_date: date | None,
    exclusive: frozenset[str],
    different_bodies: bool = False,
    same_moment: timedelta = SAME_MOMENT,
    countries: Collection[str] = frozenset(),
    exact: bool = True,
) -> str | None:
    """Why two titles of one person cannot both hold at the dates they are claimed for, or None.

    `exclusive` are the offices one person holds one at a time (heads of state or government);
    `different_bodies` says the two jurisdictions are known to be two different bodies or countries;
    `countries` are the folded names of countries, the jurisdictions that are no named body;
    `exact` says both dates are publication dates, not only the latest past an undated text names."""
    if a.modifier in HISTORICAL or b.modifier in HISTORICAL:
        return None
    if a.jurisdiction and b.jurisdiction and a.jurisdiction.casefold() != b.jurisdiction.casefold():
        if different_bodies and a.office == b.office and a.modifier == b.modifier:
            return f"'{a.office}' of two different bodies, {a.jurisdiction} and {b.jurisdiction}"
        return None
    if a.office == b.office and _one_unnamed_body(a, b, countries):
        return None
    if a.office == b.office:
        return _timing(a, a_date, b, b_date, same_moment, exact) or _timing(
            b, b_date, a, a_date, same_moment, exact
        )
    if (
        a.office in exclusive
        and b.office in exclusive
        and a.modifier is None
        and b.modifier is None
        and a.jurisdiction
        and b.jurisdiction
        and exact
        and _simultaneous(a_date, b_date, same_moment)
    ):
        return f"one person cannot be both {a.office} and {b.office} of {a.jurisdiction}"
    return None


def _simultaneous(a_date: date | None, b_date: date | None, same_moment: timedelta) -> bool:
    return a_date is not None and b_date is not None and abs(a_date - b_date) <= same_moment


def _one_unnamed_body(a: Title, b: Title, countries: Collection[str]) -> bool:
    """'President X' and 'a former president of the Harbour Council': an office of a named body
    (not a country) may be another office than the one written without its body."""
    named = a.jurisdiction or b.jurisdiction
    if named is None or (a.jurisdiction and b.jurisdiction) or not named[:1].isupper():
        return False  # "the country's prime minister" points back to the story's country
    return named.casefold() not in countries


def _timing(
    early: Title,
    early_date: date | None,
    current: Title,
    current_date: date | None,
    same_moment: timedelta,
    exact: bool,
) -> str | None:
    """`early` is an 'elect' or 'former' form of the office `current` holds outright.

    Only dates make two titles simultaneous. An 'elect' title conflicts unless it is dated before
    the plain one (an undated text dates from after the latest past it names); a 'former' one only
    when both are published within `same_moment`: otherwise it may hold as well (out of office, or
    back in it), and an undated article may be from any later year."""
    if current.modifier is not None or early_date is None or current_date is None:
        return None
    if early.modifier in BEFORE_OFFICE:
        if current_date - early_date > same_moment:
            return None  # elect first, in office later: the usual order
        written = (
            f"{early.office}-{early.modifier}"
            if early.modifier in SUFFIXED
            else f"{early.modifier} {early.office}"
        )
        return f"'{written}' and '{current.office}' cannot both hold at once"
    if early.modifier in AFTER_OFFICE:
        if not exact or abs(early_date - current_date) > same_moment:
            return None  # in office, then former; or former, then back in office
        return f"'{early.modifier} {early.office}' and '{current.office}' cannot both hold at once"
    return None


class TitleConflict(Rule):
    """A person is given roles that cannot both hold at the dates of the sources.

    Dates come from each article's publication date. Where one is unknown, or the two are less
    than 30 days apart, the sources are taken to describe the same moment. A title left in a
    named year ("who stepped down as mayor in 2029") is a former one from the next year on, so it
    conflicts with the plain office in any article dated between then and its own date.

    Conflicting:
        a.md (2025-06-26): "Nordland President Anna Berg opened the summit."
        b.md (2025-06-20): "the possible absence of Nordland President-elect Anna Berg"

    Consistent:
        a.md (2024-12-01): "President-elect Anna Berg named her cabinet."
        b.md (2025-06-26): "Nordland President Anna Berg opened the summit."
    """

    code = "FC101"
    name = "title.conflict"
    kind = "title"
    severity = S.ERROR

    def check(self, context: RuleContext) -> Iterator[Finding]:
        graph = context.graph
        for entity in graph.entities.values():
            records = graph.claims_about(entity, "title")
            reported: set[tuple[str, str]] = set()
            for first, second in cross_source_pairs(records):
                if first.source.id == second.source.id:
                    continue
                why = self._why(context, first, second)
                values = tuple(sorted((str(first.claim.value), str(second.claim.value))))
                if why is None or values in reported:
                    continue
                reported.add(values)  # type: ignore[arg-type]
                yield self.finding(
                    entity,
                    f"{entity.name} is '{title_as_written(first)}' in {first.source.id} and "
                    f"'{title_as_written(second)}' in {second.source.id}: {why}",
                    [quote(r.source, r.claim.span, _note(r)) for r in (first, second)],
                    attribute="title",
                    values=values,
                )

    @staticmethod
    def _why(context: RuleContext, first: ClaimRecord, second: ClaimRecord) -> str | None:
        a, b = first.claim.value, second.claim.value
        if not isinstance(a, Title) or not isinstance(b, Title):
            return None
        lexicon, moment = context.lexicon, context.settings.same_moment
        different = _different_bodies(context.graph, lexicon, a, b)
        # a jurisdiction that names a place is a country or region, as those of the word list
        places = {
            j.casefold() for j in (a.jurisdiction, b.jurisdiction) if j and _names_place(context.graph, j)
        }
        countries: Collection[str] = {*lexicon.countries, *places} if places else lexicon.countries
        date_a, date_b = claim_date(first.source)[0], claim_date(second.source)[0]
        exact = first.source.published is not None and second.source.published is not None
        why = incompatibility(
            a, date_a, b, date_b, lexicon.exclusive_offices, different, moment, countries, exact=exact
        )
        for left, other_date in ((first, date_b), (second, date_a)):
            since = _left_since(left)
            if why is None and exact and since is not None and other_date is not None:
                if not since <= other_date <= left.claim.as_of.end:  # type: ignore[union-attr]
                    continue
                title, other = (a, b) if left is first else (b, a)
                found = incompatibility(
                    title, other_date, other, other_date, lexicon.exclusive_offices,
                    different, moment, countries,
                )  # fmt: skip
                why = found and f"{found}: the title was left in {since.year - 1}"
        return why


def _left_since(record: ClaimRecord) -> date | None:
    """The first day a title left in an earlier year ('who stepped down as mayor in 2029') is
    surely a former one, when its claim says so; None otherwise."""
    as_of, published = record.claim.as_of, record.source.published
    if as_of is None or published is None or as_of.start >= published:
        return None
    return as_of.start


def _different_bodies(graph: FactGraph, lexicon: Lexicon, a: Title, b: Title) -> bool:
    """Both jurisdictions name known bodies or countries, and not the same one."""
    if not a.jurisdiction or not b.jurisdiction:
        return False
    countries = lexicon.countries
    country_a, country_b = countries.get(a.jurisdiction.lower()), countries.get(b.jurisdiction.lower())
    if country_a and country_b:
        return country_a != country_b
    if _one_names_the_other(a.jurisdiction, b.jurisdiction):
        return False
    if any(_plain_word(lexicon, j) for j in (a.jurisdiction, b.jurisdiction)):
        return False  # "Separatist Leader" in a headline: a capitalised word, not a body's name
    body_a, body_b = graph.entity_named(a.jurisdiction), graph.entity_named(b.jurisdiction)
    return body_a is not None and body_b is not None and body_a.id != body_b.id


def _names_place(graph: FactGraph, jurisdiction: str) -> bool:
    entity = graph.entity_named(jurisdiction)
    return entity is not None and entity.type == EntityType.PLACE


def _plain_word(lexicon: Lexicon, jurisdiction: str) -> bool:
    """One word of the language, not a country: "Separatist", "Opposition"."""
    words = jurisdiction.split()
    countries = lexicon.countries
    return (
        len(words) == 1
        and jurisdiction.lower() not in countries
        and lexicon.spelling_words.is_word(jurisdiction)
    )


def _one_names_the_other(a: str, b: str) -> bool:
    """'Unity' and 'Unity State', 'RIM' and 'Research In Motion': one body written two ways."""
    words_a, words_b = a.casefold().split(), b.casefold().split()
    shorter, longer = sorted((words_a, words_b), key=len)
    if longer[: len(shorter)] == shorter or _people_of(words_a, words_b):
        return True
    acronyms = {exact_key(a), exact_key(b)}
    # 'BoE' for 'Bank of England' keeps the initial of 'of'
    return bool(acronyms & {initials(a), initials(b), _all_initials(a), _all_initials(b)})


def _people_of(words_a: list[str], words_b: list[str]) -> bool:
    """'Velmora' and 'Velmoran', 'Saltmere' and 'Saltmerian': a place and the adjective of its people."""
    if len(words_a) != 1 or len(words_b) != 1:
        return False
    place, people = sorted((words_a[0], words_b[0]), key=len)
    stem = place[:-1] if place.endswith(("a", "e", "i", "o")) else place
    return len(stem) >= 4 and people.startswith(stem) and len(people) - len(stem) <= 4


def _all_initials(name: str) -> str:
    return "".join(word[0] for word in name.casefold().split())


def _when(record: ClaimRecord) -> date | None:
    """The claim's date: the article's publication date (an undated article has none)."""
    return record.source.published


def title_as_written(record: ClaimRecord) -> str:
    """The title phrase as the source wrote it, without the name."""
    text = record.claim.span.text
    if record.mention is None:
        return text
    name = record.mention.span
    relative = name.start - record.claim.span.start
    if 0 <= relative <= len(text):
        text = (text[:relative] + text[relative + len(name.text) :]).strip(" ,")
    return text or str(record.claim.value)


def _note(record: ClaimRecord) -> str:
    when = _when(record)
    return f"{record.claim.value} (as of {when.isoformat() if when else 'an unknown date'})"


class RegistryTitle(Rule):
    """A title is claimed for a date at which the registry says the person did not hold it.

    "President-elect" after the inauguration, a current title after the role ended, "former"
    while the role lasts. The date is the article's publication date; for an undated article,
    the latest past date its text refers to, and then only titles wrong for every later date
    are flagged.

    Conflicting:
        a.md (2025-06-20): "Nordland Prime Minister-elect Anna Berg opened the bridge."
        registry: {name: Anna Berg, type: person, roles: [{title: Prime Minister-elect of Nordland, from: 2024-09-01, to: 2024-10-01}, {title: Prime Minister of Nordland, from: 2024-10-01}]}

    Consistent:
        a.md (2024-09-20): "Nordland Prime Minister-elect Anna Berg opened the bridge."
        registry: {name: Anna Berg, type: person, roles: [{title: Prime Minister-elect of Nordland, from: 2024-09-01, to: 2024-10-01}, {title: Prime Minister of Nordland, from: 2024-10-01}]}
    """

    code = "FC111"
    name = "registry.title-at-date"
    kind = "title"
    severity = S.ERROR

    def check(self, context: RuleContext) -> Iterator[Finding]:
        graph = context.graph
        for entity in graph.entities.values():
            link = graph.link(entity)
            if link is None or not link.entry.roles:
                continue
            for record in graph.claims_about(entity, "title"):
                finding = self._check_claim(context.registry, entity, link, record)
                if finding is not None:
                    yield finding

    def _check_claim(
        self, registry: Registry | None, entity: Entity, link: Link, record: ClaimRecord
    ) -> Finding | None:
        entry, title = link.entry, record.claim.value
        day, lower_bound = claim_date(record.source)
        if not isinstance(title, Title) or day is None or title.modifier not in (None, "elect", "former"):
            return None
        roles = [(r, t) for r, t in link.roles() if t.office == title.office and _same_place(t, title)]
        office_roles = [r for r, t in roles if t.modifier is None]
        if not office_roles:
            return None
        wrong = _wrong(title, roles, office_roles, day, lower_bound)
        if not wrong:
            return None
        when = f"after {day.isoformat()}" if lower_bound else f"on {day.isoformat()}"
        evidence = [quote(record.source, record.claim.span)]
        evidence += [registry_evidence(registry, str(r), r.line) for r, _ in roles]
        return self.finding(
            entry.name,
            f"{entry.name} is called '{title_as_written(record)}' {when}, but the registry has {wrong}",
            evidence,
            attribute="title-at-date",
            values=[str(title), wrong],
        )


def _same_place(role: Title, claimed: Title) -> bool:
    if not role.jurisdiction or not claimed.jurisdiction:
        return True
    return role.jurisdiction.casefold() == claimed.jurisdiction.casefold()


def _wrong(
    title: Title, roles: list[tuple[Role, Title]], office_roles: list[Role], day: date, lower_bound: bool
) -> str:
    """What the registry says instead, or '' when the claim can hold."""

    def holds(role: Role) -> bool:
        # with only a lower bound, a role can hold if it lasts until the bound or starts later
        return role.end is None or role.end >= day if lower_bound else role.holds_on(day)

    if title.modifier is None and not any(holds(r) for r in office_roles):
        return "; ".join(str(r) for r in office_roles)
    if title.modifier == "elect":
        elect = [r for r, t in roles if t.modifier == "elect"]
        if elect and not any(holds(r) for r in elect):
            return "; ".join(str(r) for r, _ in roles)
        in_office = [r for r in office_roles if r.holds_on(day) and (not lower_bound or r.end is None)]
        if in_office:
            return f"{in_office[0]} (already in office)"
    if title.modifier == "former" and any(r.end is None and r.start and r.start <= day for r in office_roles):
        return f"{office_roles[0]} (still in office)"
    return ""
