"""Rules that check every article against the reference registry of canonical names and facts."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from factcheck.graph import ClaimRecord
from factcheck.model import Entity, Entry, Evidence, Finding, Link, Registry, Role, Title
from factcheck.model import Severity as S
from factcheck.resolve.keys import exact_key
from factcheck.rules.base import Rule, RuleContext, claim_date, quote
from factcheck.rules.spelling import written_forms, written_tokens
from factcheck.rules.titles import title_as_written


def registry_evidence(registry: Registry | None, text: str, line: int) -> Evidence:
    path = registry.path if registry else "reference"
    return Evidence(source_id="reference", path=path, text=text, line=line)


class RegistrySpelling(Rule):
    """A name is written in a way the registry does not accept for that entity.

    The entity is found by the same transliteration-aware matching as between sources; a
    spelling listed under `avoid` is always flagged. Differences of letters are warnings,
    differences of case, hyphens or spacing alone are info. The finding proposes the
    canonical spelling.

    Conflicting:
        a.md: "the impeachment of former president Seo Min-joon"
        registry: {name: Seo Min-jun, aliases: [Seo Min-joon Jr]}

    Consistent:
        a.md: "the impeachment of former president Seo Min-jun"
    """

    code = "FC211"
    name = "registry.spelling"
    kind = "spelling"
    severity = S.WARNING

    def check(self, context: RuleContext) -> Iterator[Finding]:
        graph = context.graph
        for entity in graph.entities.values():
            link = graph.link(entity)
            if link is None:
                continue
            entry = link.entry
            accepted = {_normalised(n) for n in entry.accepted}
            avoided = {_normalised(n) for n in entry.avoid}
            letters = {exact_key(n) for n in entry.accepted}
            for written in written_forms(graph, entity):
                key = _normalised(written.form)
                if key in accepted or (key not in avoided and _short_form(written.form, entry)):
                    continue
                only_style = exact_key(written.form) in letters and key not in avoided
                listed = " (a spelling the registry lists to avoid)" if key in avoided else ""
                proposed = _closest_accepted(written.form, entry)
                evidence = [quote(r.source, r.mention.span) for r in written.first_in.values()]
                evidence.append(registry_evidence(context.registry, f"{entry.name} (canonical)", entry.line))
                yield self.finding(
                    entry.name,
                    f"'{written.form}' should be written '{proposed}'{listed}",
                    evidence,
                    attribute="registry-spelling",
                    values=[written.form, entry.name],
                    severity=S.INFO if only_style else None,
                )


def _closest_accepted(form: str, entry: Entry) -> str:
    """The accepted spelling a form is closest to: 'IP4' for 'IP-4', else the canonical name."""
    return next((n for n in entry.accepted if exact_key(n) == exact_key(form)), entry.name)


def _normalised(name: str) -> str:
    """A name with its apostrophes and spaces normalised, its letters and case kept."""
    return " ".join(name.replace("’", "'").split())


def _short_form(form: str, entry: Entry) -> bool:
    """'Yoon' or 'Trump' alone: the parts of an accepted name, spelt as it spells them."""
    tokens = written_tokens(form)
    return any(
        len(tokens) < len(written_tokens(name)) and set(tokens) <= set(written_tokens(name))
        for name in entry.accepted
    )


class RegistryTitle(Rule):
    """A title is claimed for a date at which the registry says the person did not hold it.

    "President-elect" after the inauguration, a current title after the role ended, "former"
    while the role lasts. The date is the article's publication date; for an undated article,
    the latest past date its text refers to, and then only titles wrong for every later date
    are flagged.

    Conflicting:
        a.md (2025-06-20): "Nordland Prime Minister-elect Anna Berg"
        registry: Prime Minister-elect of Nordland to 2024-10-01; Prime Minister from 2024-10-01

    Consistent:
        a.md (2024-09-20): "Prime Minister-elect Anna Berg"
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


class RegistryParty(Rule):
    """A person's party is named in a way the registry does not know for that person's party.

    Conflicting:
        a.md: "Berg, who leads the Nordland Ecology Party"
        registry: Anna Berg, parties: [Nordland Green Party] (aliases: Greens of Nordland)

    Consistent:
        a.md: "Berg, who leads the Greens of Nordland"
    """

    code = "FC311"
    name = "registry.party"
    kind = "party"
    severity = S.WARNING

    def check(self, context: RuleContext) -> Iterator[Finding]:
        graph, registry = context.graph, context.registry
        for entity in graph.entities.values():
            link = graph.link(entity)
            if link is None or not link.entry.parties or registry is None:
                continue
            for record in graph.claims_about(entity, "party"):
                day, _ = claim_date(record.source)
                memberships = [m for m in link.entry.parties if m.holds_on(day)] or list(link.entry.parties)
                accepted = set()
                for membership in memberships:
                    party_entry = registry.named(membership.party)
                    names = party_entry.accepted if party_entry else (membership.party,)
                    accepted |= {exact_key(n) for n in names}
                party = graph.party_of(record)
                written = (party.name, *party.aliases) if party else (str(record.claim.value),)
                if any(exact_key(w) in accepted for w in written):
                    continue
                canonical = memberships[0].party
                yield self.finding(
                    entity,
                    f"{link.entry.name}'s party is '{canonical}' in the registry, "
                    f"not '{record.claim.value}' ({record.source.id})",
                    [
                        quote(record.source, record.claim.span),
                        registry_evidence(
                            registry, f"{link.entry.name}: party {canonical}", memberships[0].line
                        ),
                    ],
                    attribute="registry-party",
                    values=[str(record.claim.value), canonical],
                )
