"""A picture of the entity around a finding, as inline SVG: the articles (and the registry) on the
left, the values in conflict in the middle, the entity on the right; each article's edge is
labelled with what it claims. The layout is a fixed grid, so the same finding draws the same."""

from __future__ import annotations

from collections.abc import Callable

from factcheck.model import Evidence, Finding
from factcheck.report.html.markup import element, text
from factcheck.report.locations import is_quote, one_line

ROW, BOX_HEIGHT, TOP = 48, 30, 14
SAYER_X, SAYER_WIDTH = 8, 190
VALUE_X, VALUE_WIDTH = 430, 210
ENTITY_X, ENTITY_WIDTH = 720, 190
WIDTH = ENTITY_X + ENTITY_WIDTH + 8
LABEL_CHARACTERS, BOX_CHARACTERS = 32, 25
MOST_SAYERS = 8  # articles drawn; the others are counted in one box


def picture(finding: Finding) -> str:
    """The SVG of `finding`; its title says in words what it draws."""
    edges = _edges(finding)
    sayers = list(dict.fromkeys(sayer for sayer, _, _ in edges))
    said = dict.fromkeys(value for _, value, _ in edges if value is not None)
    values = list(said) + [v for v in finding.values if v not in said]
    values = values or [one_line(finding.attribute or finding.name)]
    hidden = len(sayers) - MOST_SAYERS if len(sayers) > MOST_SAYERS else 0
    shown = sayers[:MOST_SAYERS] + ([f"{hidden} more"] if hidden else [])
    rows = max(len(shown), len(values), 1)
    height = TOP * 2 + rows * ROW
    sayer_y = _centred(len(shown), rows)
    value_y = _centred(len(values), rows)
    entity_y = TOP + (rows * ROW - BOX_HEIGHT) // 2
    parts = [element("title", text(_description(finding, edges)))]
    parts += [_line(VALUE_X + VALUE_WIDTH, y, ENTITY_X, entity_y) for y in value_y]
    parts += _claim_edges(edges, shown, values, sayer_y, value_y, entity_y)
    parts += [_box(SAYER_X, sayer_y[i], SAYER_WIDTH, name, "sayer", _tail) for i, name in enumerate(shown)]
    parts += [_box(VALUE_X, value_y[i], VALUE_WIDTH, value, "value") for i, value in enumerate(values)]
    parts.append(_box(ENTITY_X, entity_y, ENTITY_WIDTH, finding.entity, "entity"))
    return element(
        "svg",
        "".join(parts),
        viewBox=f"0 0 {WIDTH} {height}",
        role="img",
        aria_label=_description(finding, edges),
        class_="picture",
    )


def _edges(finding: Finding) -> list[tuple[str, str | None, str]]:
    """(who says it, the value it says or None, the claim) for every quote and registry entry."""
    values = finding.values
    said = [(_sayer(e), _value_of(e, values), _claim(e)) for e in finding.evidence]
    unsaid = [v for v in values if all(value != v for _, value, _ in said)]
    lone = unsaid[0] if len(unsaid) == 1 else None
    claims: dict[tuple[str, str | None], list[str]] = {}
    for sayer, value, claim in said:
        claims.setdefault((sayer, value or lone), []).append(claim)
    return [
        (sayer, value, _cut(first, LABEL_CHARACTERS - 10) + f" (+{len(others)} more)" if others else first)
        for (sayer, value), (first, *others) in claims.items()
    ]


def _sayer(evidence: Evidence) -> str:
    """Who says it: the article's whole path (two folders of an archive may hold one file name)."""
    return evidence.path if is_quote(evidence) else "registry"


def _value_of(evidence: Evidence, values: tuple[str, ...]) -> str | None:
    """The value a quote says: the longest one written in its note or text, else one that holds
    the quote (a registry entry that is part of a value), exact case first."""
    said, quote = f"{evidence.note} {evidence.text}", evidence.text.strip()
    folded, quote_folded = said.casefold(), quote.casefold()
    for matches in (
        [v for v in values if v in said],
        [v for v in values if quote and quote in v],
        [v for v in values if v.casefold() in folded],
        [v for v in values if quote_folded and quote_folded in v.casefold()],
    ):
        if matches:
            return max(matches, key=len)
    return None


def _claim(evidence: Evidence) -> str:
    return one_line(evidence.text)


def _claim_edges(
    edges: list[tuple[str, str | None, str]],
    shown: list[str],
    values: list[str],
    sayer_y: list[int],
    value_y: list[int],
    entity_y: int,
) -> list[str]:
    parts, labels_at = [], dict.fromkeys(shown, 0)
    for sayer, value, claim in dict.fromkeys(edges):
        if sayer not in labels_at:
            continue
        y = sayer_y[shown.index(sayer)]
        if value in values:
            parts.append(_line(SAYER_X + SAYER_WIDTH, y, VALUE_X, value_y[values.index(value)]))
        else:
            parts.append(_line(SAYER_X + SAYER_WIDTH, y, ENTITY_X, entity_y))
        label_y = y + BOX_HEIGHT // 2 - 5 - 13 * labels_at[sayer]
        labels_at[sayer] += 1
        parts.append(_label(SAYER_X + SAYER_WIDTH + 8, label_y, claim))
    return parts


def _centred(count: int, rows: int) -> list[int]:
    offset = TOP + (rows - count) * ROW // 2
    return [offset + index * ROW for index in range(count)]


def _line(x1: int, y1: int, x2: int, y2: int) -> str:
    half = BOX_HEIGHT // 2
    return f'<line x1="{x1}" y1="{y1 + half}" x2="{x2}" y2="{y2 + half}" class="edge"/>'


def _label(x: int, y: int, claim: str) -> str:
    shown = _cut(claim, LABEL_CHARACTERS)
    return f'<text x="{x}" y="{y}" class="claim">{text(shown)}</text>'


def _box(
    x: int, y: int, width: int, name: str, kind: str, shorten: Callable[[str, int], str] | None = None
) -> str:
    """A named box; its title holds the whole name, which the box shows shortened to fit."""
    rect = f'<rect x="{x}" y="{y}" width="{width}" height="{BOX_HEIGHT}" rx="6" class="{kind}"/>'
    fitted = (shorten or _cut)(one_line(name), BOX_CHARACTERS)
    label = f'<text x="{x + 8}" y="{y + BOX_HEIGHT // 2 + 4}">{text(fitted)}</text>'
    return element("g", element("title", text(one_line(name))) + rect + label)


def _cut(words: str, most: int) -> str:
    return words if len(words) <= most else words[: most - 1].rstrip() + "…"


def _tail(path: str, most: int) -> str:
    """A path cut from the left, where its file name is: `…/03/04/pier.md`."""
    return path if len(path) <= most else "…" + path[len(path) - most + 1 :]


def _description(finding: Finding, edges: list[tuple[str, str | None, str]]) -> str:
    says = "; ".join(
        f"{sayer} says “{value}”" if value else f"{sayer}: “{_cut(claim, 60)}”"
        for sayer, value, claim in dict.fromkeys(edges)
    )
    return one_line(f"{finding.entity}, {finding.attribute or finding.name}: {says}")
