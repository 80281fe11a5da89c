"""The words every report uses for counts, so that each format says "2 errors, 1 warning" alike.

Reports call what they check *articles* (the word an editor uses) and never "sources"."""

from __future__ import annotations

from factcheck.model import CheckResult, Severity

NOUNS = {Severity.ERROR: ("error", "errors"), Severity.WARNING: ("warning", "warnings")}


def counted(number: int, singular: str, plural: str | None = None) -> str:
    """`1 article`, `2 articles`, `0 mentions`."""
    return f"{number} {singular if number == 1 else plural or singular + 's'}"


def severity_count(number: int, severity: Severity) -> str:
    """`2 errors`, `1 warning`, `3 info` (info is uncountable, as in a log)."""
    if severity in NOUNS:
        singular, plural = NOUNS[severity]
        return counted(number, singular, plural)
    return f"{number} info"


def tally(report: CheckResult) -> str:
    """`2 errors, 5 warnings, 7 info`: every severity, loudest first, zeros included so that
    scripts and eyes find the same fields in every report."""
    return ", ".join(severity_count(report.count(s), s) for s in sorted(Severity, reverse=True))


def headline(report: CheckResult) -> str:
    """`14 findings (2 errors, 5 warnings, 7 info) in 3 articles`."""
    return (
        f"{counted(len(report.findings), 'finding')} ({tally(report)}) "
        f"in {counted(len(report.sources), 'article')}"
    )
