"""A person's rank in one organisation given differently by two sources (FC121)."""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.graph import ClaimRecord, FactGraph
from factcheck.model import Entity, Finding, Rank
from factcheck.model import Severity as S
from factcheck.resolve.keys import close_spelling, skeleton
from factcheck.rules.base import Rule, RuleContext, cross_source_pairs, quote, same_story, source_date

GRADE_WORDS = {
    "top": "the head of it",
    "chair": "the head of its board",
    "executive": "the head of its management",
    "founder": "its founder",
    "deputy": "a deputy",
    "rank": "one of its members or officers",
    "staff": "one who speaks or works for it",
}


class RoleRankConflict(Rule):
    """Two sources give one person different grades in one organisation: its head in one, a
    subordinate (a commander, member, spokesman, deputy or aide) in the other; or its founder in one
    and its spokesman or aide in the other. Its chair in one and its chief executive in the other is
    a note (info): one person often holds both.

    Synonyms agree ("leader", "head", "chief"); "a leader" or "one of its leaders" (one of several)
    agrees with every grade; a role in a part of the body ("its military leader", "head of its media
    office") and a former or acting role are not compared. Roles change over the years: two dated
    sources are compared only when they are published within 30 days of each other, and a finding
    that involves an undated source says that the role may have changed between them.

    Conflicting:
        a.md (2031-06-02): "Tarek Olan, the leader of the Ashfall Liberation Front, met Ilse Marren in Dar Kelba."
        b.md (2031-06-02): "Tarek Olan, a senior commander of the Ashfall Liberation Front, met Ilse Marren in Dar Kelba."

    Consistent:
        a.md (2031-06-02): "Tarek Olan, the leader of the Ashfall Liberation Front, met Ilse Marren in Dar Kelba."
        b.md (2031-06-02): "The head of the Ashfall Liberation Front, Tarek Olan, met Ilse Marren in Dar Kelba."
    """

    code = "FC121"
    name = "title.role-rank"
    kind = "title"
    severity = S.WARNING

    def check(self, context: RuleContext) -> Iterator[Finding]:
        graph, roles = context.graph, context.lexicon.roles
        moment = context.settings.same_moment
        for entity, group in _people(graph):
            records = [r for member in group for r in graph.claims_about(member, "rank")]
            reported: set[tuple[str, str, str]] = set()
            for first, second in cross_source_pairs(records):
                a, b = first.claim.value, second.claim.value
                if not isinstance(a, Rank) or not isinstance(b, Rank):
                    continue
                if not roles.conflict(a.grade, b.grade) and not roles.differ(a.grade, b.grade):
                    continue
                if first.entity == second.entity and not _one_name(first, second):
                    continue  # one entity resolution made of two people with one given name
                body = _same_body(graph, first, second)
                key = (body.id if body else "", *sorted((a.grade, b.grade)))
                if (
                    body is None
                    or key in reported
                    or not same_story(graph, first.source.id, second.source.id)
                ):
                    continue
                one, two = first.source.published, second.source.published
                if one is not None and two is not None and abs(one - two) > moment:
                    continue  # a rank held in one year and another later: a promotion, not a conflict
                reported.add(key)  # type: ignore[arg-type]
                severity = None if roles.conflict(a.grade, b.grade) else S.INFO
                yield self._finding(entity, body, first, second, one is None or two is None, severity)

    def _finding(
        self,
        entity: Entity,
        body: Entity,
        first: ClaimRecord,
        second: ClaimRecord,
        undated: bool,
        severity: S | None,
    ) -> Finding:
        a, b = first.claim.value, second.claim.value
        assert isinstance(a, Rank) and isinstance(b, Rank)
        message = (
            f"{entity.name}'s role in {body.name}: '{a}' in {first.source.id} "
            f"({source_date(first.source)}), {GRADE_WORDS.get(a.grade, a.grade)}, but '{b}' in "
            f"{second.source.id} ({source_date(second.source)}), {GRADE_WORDS.get(b.grade, b.grade)}"
        )
        if undated:
            message += "; one article is undated, so the role may have changed between them"
        return self.finding(
            entity,
            message,
            [
                quote(r.source, r.claim.span, f"{value} ({value.grade})")
                for r, value in ((first, a), (second, b))
            ],
            attribute="role",
            values=sorted((a.role, b.role)),
            severity=severity,
        )


def _people(graph: FactGraph) -> Iterator[tuple[Entity, tuple[Entity, ...]]]:
    """Each person with the other names a source gives them ("X, whose real name is Y"), once."""
    parent: dict[str, str] = {}

    def root(entity_id: str) -> str:
        while parent.get(entity_id, entity_id) != entity_id:
            entity_id = parent[entity_id]
        return entity_id

    for record in graph.claims("alias"):
        other = (
            graph.entity_of(record.source.id, record.claim.object)
            if record.claim.object is not None
            else None
        )
        if record.entity is not None and other is not None and record.entity.id != other.id:
            parent[root(other.id)] = root(record.entity.id)
    groups: dict[str, list[Entity]] = {}
    for entity in graph.entities.values():
        groups.setdefault(root(entity.id), []).append(entity)
    for members in groups.values():
        yield members[0], tuple(members)


def _one_name(first: ClaimRecord, second: ClaimRecord) -> bool:
    """The two mentions end in one family name, give or take its spelling ("al-Jolani", "al-Julani")."""
    if first.mention is None or second.mention is None:
        return False
    one, two = (r.mention.key.casefold().split()[-1] for r in (first, second) if r.mention is not None)
    return one == two or skeleton(one) == skeleton(two) or close_spelling(one, two)


def _same_body(graph: FactGraph, first: ClaimRecord, second: ClaimRecord) -> Entity | None:
    """The organisation both roles are in, when both name or point to the same one."""
    if first.claim.object is None or second.claim.object is None:
        return None
    one = graph.entity_of(first.source.id, first.claim.object)
    two = graph.entity_of(second.source.id, second.claim.object)
    return one if one is not None and two is not None and one.id == two.id else None
