"""Where a finding is shown: its first quote from an article, the other evidence after it."""

from __future__ import annotations

import re

from factcheck.model import Evidence, Finding

LINE_BREAK = re.compile(r"\s*[\r\n]+\s*")


def is_quote(evidence: Evidence) -> bool:
    """A quote from an article, as opposed to an entry of the reference registry."""
    return evidence.start is not None


def primary(finding: Finding) -> Evidence | None:
    """The evidence a finding is shown at: its first quote from an article, else its first evidence."""
    return next(
        (e for e in finding.evidence if is_quote(e)), finding.evidence[0] if finding.evidence else None
    )


def secondary(finding: Finding) -> tuple[Evidence, ...]:
    """Every other evidence of a finding, in order, without repeating a location."""
    shown = primary(finding)
    seen = {location(shown)} if shown else set()
    others = []
    for evidence in finding.evidence:
        if evidence is shown or location(evidence) in seen:
            continue
        seen.add(location(evidence))
        others.append(evidence)
    return tuple(others)


def location(evidence: Evidence) -> str:
    """`path:line:col` for a quote, `path:line` for a registry entry, as precise as the evidence is."""
    where = evidence.path
    if evidence.line is not None:
        where += f":{evidence.line}"
        if evidence.column is not None:
            where += f":{evidence.column}"
    return where


def anchor(evidence: Evidence) -> str:
    """Always `path:line:col`, so that editors and problem matchers can jump to it."""
    return f"{evidence.path}:{evidence.line or 1}:{evidence.column or 1}"


def end_position(evidence: Evidence) -> tuple[int, int]:
    """The line and column just after a quote (1-based), counting any line breaks inside it."""
    line, column = evidence.line or 1, evidence.column or 1
    if "\n" not in evidence.text:
        return line, column + len(evidence.text)
    last = evidence.text.rsplit("\n", 1)[1]
    return line + evidence.text.count("\n"), len(last) + 1


def one_line(text: str) -> str:
    """A message on a single line: line breaks and the blanks around them become one space."""
    return LINE_BREAK.sub(" ", text.strip())
