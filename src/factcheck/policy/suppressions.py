"""Suppressions written in articles, as HTML comments or front matter, and applying them to findings.

- `<!-- factcheck: ignore FC101, FC2 reason="..." -->` covers the paragraph that follows the
  comment: from the comment, past any blank lines, to the next blank line (or the end).
- `<!-- factcheck: disable FC2 reason="..." -->` covers the text up to
  `<!-- factcheck: enable FC2 -->` with the same code, or to the end of the file.
- `factcheck: {ignore: [FC203], reason: "..."}` in the front matter covers the whole article.

Codes are comma-separated codes, prefixes or rule names (in any case), or `all`. A reason is
required; a suppression without one, naming an unknown code or written wrongly does not apply and
is reported as an FC002 notice. A code that suppressed no finding is reported as an FC001 notice.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import yaml

from factcheck.model import Finding, Notice, Source
from factcheck.rules import canonical_selector, rule_hint
from factcheck.sources.untrusted_yaml import load_untrusted

UNUSED = "FC001"
INVALID = "FC002"
ALL = "all"
ACTIONS = ("ignore", "disable", "enable")
DIRECTIVE = re.compile(r"<!--\s*factcheck\b(.*?)-->", re.DOTALL)
REASON = re.compile(r"\breason\s*=\s*")
QUOTED = re.compile(r"""("|')(.*?)\1\s*\Z""", re.DOTALL)
BLANK_LINE = re.compile(r"\n[ \t]*\n")
FRONT_MATTER_KEYS = ("ignore", "reason")


@dataclass(frozen=True, slots=True)
class Suppression:
    """Codes not reported for findings whose evidence lies in [start, end) of one source."""

    source_id: str
    path: str
    codes: tuple[str, ...]
    start: int
    end: int
    line: int
    reason: str
    kind: str = "ignore"  # "ignore", "disable" or "front matter"

    def covers(self, start: int, end: int) -> bool:
        return self.start <= start and end <= self.end


@dataclass(frozen=True, slots=True)
class _Directive:
    """One parsed comment: what it asks, for which codes, why, and where it ends."""

    action: str
    codes: tuple[str, ...]
    reason: str | None
    start: int
    end: int
    line: int


class _Invalid(Exception):
    """A suppression written wrongly; the message becomes an FC002 notice."""


def read_suppressions(source: Source, known_codes: Iterable[str]) -> tuple[list[Suppression], list[Notice]]:
    """The suppressions an article declares, and FC002 notices for those written wrongly.

    `known_codes` are the rule codes a suppression may name (add rule names to allow them too)."""
    known = tuple(known_codes)
    notices: list[Notice] = []
    front = _front_matter_suppression(source, known, notices)
    directives = []
    # No directive ends after the last closing mark; stopping there keeps unclosed openers linear.
    for match in DIRECTIVE.finditer(source.text, source.body_start, source.text.rfind("-->") + 3):
        line = source.position(match.start())[0]
        try:
            directives.append(_parse(match, line, known, source.path, notices))
        except _Invalid as exc:
            notices.append(_invalid(source.path, line, str(exc)))
    suppressions = [front] if front is not None else []
    suppressions += _comment_suppressions(source, directives, notices)
    return suppressions, sorted(notices, key=lambda notice: notice.line)


def apply_suppressions(
    findings: Iterable[Finding], suppressions: Sequence[Suppression]
) -> tuple[list[Finding], int, list[Notice]]:
    """The findings no suppression covers, how many were suppressed, and FC001 notices for the
    codes of suppressions that matched nothing. A finding is suppressed when any of its article
    evidence lies inside a suppression of that article with a matching code."""
    by_source: dict[str, list[int]] = {}
    for index, suppression in enumerate(suppressions):
        by_source.setdefault(suppression.source_id, []).append(index)
    used: set[tuple[int, str]] = set()
    kept: list[Finding] = []
    suppressed = 0
    for finding in findings:
        hits = {
            (index, code)
            for evidence in finding.evidence
            if evidence.start is not None  # registry evidence has no place in an article
            for index in by_source.get(evidence.source_id, ())
            if suppressions[index].covers(evidence.start, evidence.end or evidence.start)
            for code in suppressions[index].codes
            if _code_matches(code, finding)
        }
        used |= hits
        if hits:
            suppressed += 1
        else:
            kept.append(finding)
    return kept, suppressed, _unused(suppressions, used)


def _parse(
    match: re.Match[str], line: int, known: Sequence[str], path: str, notices: list[Notice]
) -> _Directive:
    """One comment read as a directive; a missing reason is noted and leaves `reason` None."""
    body = match.group(1)
    if not body.startswith(":"):
        raise _Invalid("""expected 'factcheck: ignore|disable|enable CODES reason="..."'""")
    action, rest = [*body[1:].split(maxsplit=1), "", ""][:2]
    if action not in ACTIONS:
        raise _Invalid(f"unknown action {action!r}, not one of {', '.join(ACTIONS)}{_hint(action, ACTIONS)}")
    codes_text, reason = rest, None
    reason_at = REASON.search(rest)
    if reason_at is not None:
        codes_text, quoted = rest[: reason_at.start()], QUOTED.match(rest, reason_at.end())
        if quoted is None:
            raise _Invalid('the reason must be quoted: reason="..."')
        reason = quoted.group(2).strip() or None
    codes = [code for code in re.split(r"[\s,]+", codes_text) if code]
    if not codes:
        raise _Invalid(f"{action} names no rule codes")
    if reason is None and action != "enable":
        notices.append(_invalid(path, line, f'{action} {", ".join(codes)} needs a reason="..."; not applied'))
    known_codes = _known(codes, known, path, line, notices)
    return _Directive(action, known_codes, reason, match.start(), match.end(), line)


def _comment_suppressions(
    source: Source, directives: list[_Directive], notices: list[Notice]
) -> list[Suppression]:
    """Ignore comments cover their paragraph; disable comments run to their enable or the end."""
    found: list[Suppression] = []
    opened: dict[str, _Directive] = {}
    for directive in directives:
        if directive.action == "ignore" and directive.reason and directive.codes:
            end = _paragraph_end(source.text, directive.end)
            found.append(_suppression(source, directive, directive.codes, end, "ignore"))
        for code in directive.codes if directive.action == "disable" else ():
            if code in opened:
                notices.append(
                    _invalid(
                        source.path, directive.line, f"{code} is already disabled on line {opened[code].line}"
                    )
                )
            else:
                opened[code] = directive
        for code in directive.codes if directive.action == "enable" else ():
            opener = opened.pop(code, None)
            if opener is None:
                notices.append(
                    _invalid(source.path, directive.line, f"enable {code} has no disable {code} before it")
                )
            elif opener.reason:
                found.append(_suppression(source, opener, (code,), directive.start, "disable"))
    for code, opener in opened.items():
        if opener.reason:
            found.append(_suppression(source, opener, (code,), len(source.text), "disable"))
    return found


def _suppression(
    source: Source, directive: _Directive, codes: tuple[str, ...], end: int, kind: str
) -> Suppression:
    reason = directive.reason or ""
    return Suppression(source.id, source.path, codes, directive.end, end, directive.line, reason, kind)


def _paragraph_end(text: str, after: int) -> int:
    """Where the paragraph after a comment ends: the first blank line past its first text."""
    first_text = len(text) - len(text[after:].lstrip())
    blank = BLANK_LINE.search(text, first_text)
    return blank.start() if blank else len(text)


def _front_matter_suppression(
    source: Source, known: Sequence[str], notices: list[Notice]
) -> Suppression | None:
    """The `factcheck:` entry of the front matter, covering the whole article."""
    head = source.text[: source.body_start]
    key = re.search(r"^factcheck[ \t]*:", head, re.MULTILINE)
    if key is None:
        return None
    line = source.position(key.start())[0]
    try:
        meta = load_untrusted("\n".join(head.splitlines()[1:-1]))
        codes, reason = _front_matter_entry(meta.get("factcheck") if isinstance(meta, dict) else None)
    except (_Invalid, yaml.YAMLError) as exc:
        notices.append(_invalid(source.path, line, f"front matter: {exc}"))
        return None
    known_codes = _known(codes, known, source.path, line, notices)
    if not known_codes:
        return None
    return Suppression(source.id, source.path, known_codes, 0, len(source.text), line, reason, "front matter")


def _front_matter_entry(entry: object) -> tuple[list[str], str]:
    if not isinstance(entry, dict):
        raise _Invalid('factcheck must be a mapping such as {ignore: [FC203], reason: "..."}')
    for key in entry:
        if key not in FRONT_MATTER_KEYS:
            raise _Invalid(f"unknown key {key!r}{_hint(str(key), FRONT_MATTER_KEYS)}")
    codes = entry.get("ignore")
    if isinstance(codes, str):
        codes = [code.strip() for code in codes.split(",")]
    if not isinstance(codes, list) or not codes or not all(isinstance(c, str) and c for c in codes):
        raise _Invalid("ignore must list rule codes")
    reason = entry.get("reason")
    if not isinstance(reason, str) or not reason.strip():
        raise _Invalid(f'ignore {", ".join(codes)} needs a reason: "..."; not applied')
    return codes, reason.strip()


def _known(
    codes: Sequence[str], known: Sequence[str], path: str, line: int, notices: list[Notice]
) -> tuple[str, ...]:
    """The codes that name a rule (a code, a code prefix, a name, or `all`); notices for the rest."""
    kept = []
    for written in codes:
        code = canonical_selector(written)  # `fc101` is FC101, as everywhere a code is read
        if written.lower() == ALL:
            kept.append(ALL)
        elif code in known or (
            re.fullmatch(r"[A-Z]+[0-9]*", code) and any(k.startswith(code) for k in known)
        ):
            kept.append(code)
        else:
            notices.append(_invalid(path, line, f"unknown rule code {written!r}{rule_hint(code)}"))
    return tuple(kept)


def _code_matches(code: str, finding: Finding) -> bool:
    return code in (ALL, finding.name) or finding.rule.startswith(code)


def _unused(suppressions: Sequence[Suppression], used: set[tuple[int, str]]) -> list[Notice]:
    notices = []
    for index, suppression in enumerate(suppressions):
        idle = [code for code in suppression.codes if (index, code) not in used]
        if idle:
            what = f"{suppression.kind} {', '.join(idle)}"
            notices.append(
                Notice(
                    suppression.path,
                    suppression.line,
                    f"unused suppression: {what} matched no finding",
                    UNUSED,
                )
            )
    return sorted(notices, key=lambda notice: (notice.path, notice.line))


def _invalid(path: str, line: int, message: str) -> Notice:
    return Notice(path, line, f"invalid suppression: {message}", INVALID)


def _hint(word: str, candidates: Sequence[str]) -> str:
    close = difflib.get_close_matches(word, list(candidates), n=1)
    return f"; did you mean {close[0]!r}?" if close else ""
