"""Rules over parties (3xx): two parties for one person, two names for one party, unknown ones."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

from factcheck.graph import ClaimRecord
from factcheck.model import Finding
from factcheck.model import Severity as S
from factcheck.resolve.keys import exact_key
from factcheck.rules.base import Rule, RuleContext, claim_date, cross_source_pairs, quote, registry_evidence
from factcheck.rules.written import spelling_variants, variant_evidence, variant_listing


def _same_moment(first: ClaimRecord, second: ClaimRecord, same_moment: timedelta) -> bool:
    a, b = first.claim.as_of, second.claim.as_of
    return a is None or b is None or abs(a.start - b.start) <= same_moment


class PartyConflict(Rule):
    """A person is tied to two different parties at the same time.

    Sources less than 30 days apart, or of unknown date, describe the same moment; a move from
    one party to another between two dates further apart is not a conflict.

    Conflicting:
        a.md: "Lena Park, who represents the opposition Green Party, spoke first."
        b.md: "Lena Park, a member of the Liberal Party, spoke first."

    Consistent:
        a.md: "Lena Park, who represents the opposition Green Party, spoke first."
        b.md: "Green Party leader Lena Park spoke first."
    """

    code = "FC301"
    name = "party.conflict"
    kind = "party"
    severity = S.WARNING

    def check(self, context: RuleContext) -> Iterator[Finding]:
        graph = context.graph
        for entity in graph.entities.values():
            records = [r for r in graph.claims_about(entity, "party") if graph.party_of(r)]
            reported: set[tuple[str, str]] = set()
            for first, second in cross_source_pairs(records):
                party_a, party_b = graph.party_of(first), graph.party_of(second)
                if party_a is None or party_b is None or party_a.id == party_b.id:
                    continue
                pair = (min(party_a.id, party_b.id), max(party_a.id, party_b.id))
                if (
                    first.source.id == second.source.id
                    or not _same_moment(first, second, context.settings.same_moment)
                    or pair in reported
                ):
                    continue
                reported.add(pair)
                yield self.finding(
                    entity,
                    f"{entity.name} belongs to {party_a.name} in {first.source.id} "
                    f"and to {party_b.name} in {second.source.id}",
                    [quote(r.source, r.claim.span) for r in (first, second)],
                    attribute="party",
                    values=[party_a.name, party_b.name],
                )


class PartyName(Rule):
    """A party is named in two ways that are not known aliases of each other.

    An acronym and its expansion, and a name with its country added ("Democratic Party of
    Nordland" beside "Democratic Party" in an article about Nordland), are known aliases; the
    reference registry can declare more.

    Conflicting:
        a.md: "the Rural Peoples Party (RPP) came third"
        b.md: "the Rural People's Party (RPP) came third"

    Consistent:
        a.md: "the Rural Peoples Party (RPP) came third"
        b.md: "the RPP came third"
    """

    code = "FC302"
    name = "party.name"
    kind = "party"
    severity = S.WARNING

    def check(self, context: RuleContext) -> Iterator[Finding]:
        graph = context.graph
        for entity_id in sorted(graph.parties()):
            entity = graph.entities[entity_id]
            chosen = spelling_variants(graph, context.lexicon, entity, punctuation=True)
            if chosen:
                yield self.finding(
                    entity,
                    f"the party {entity.name} is named {variant_listing(chosen)}",
                    variant_evidence(chosen),
                    attribute="party-name",
                    values=[w.form for w in chosen],
                )


class RegistryParty(Rule):
    """A person's party is named in a way the registry does not know for that person's party.

    Conflicting:
        a.md (2025-03-01): "Anna Berg, who leads the Nordland Ecology Party, spoke first."
        registry: {name: Anna Berg, type: person, parties: [{name: Nordland Green Party}]}
        registry: {name: Nordland Green Party, type: party, aliases: [Nordland Greens Party]}

    Consistent:
        a.md (2025-03-01): "Anna Berg, who leads the Nordland Greens Party, spoke first."
        registry: {name: Anna Berg, type: person, parties: [{name: Nordland Green Party}]}
        registry: {name: Nordland Green Party, type: party, aliases: [Nordland Greens Party]}
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
