"""The words every report uses for counts, so that each format says "2 errors, 1 warning" alike.

Reports call what they check *articles* (the word an editor uses) and never "sources"."""

from __future__ import annotations

from factcheck.model import CheckResult, Severity, Source

NOUNS = {Severity.ERROR: ("error", "errors"), Severity.WARNING: ("warning", "warnings")}


def counted(number: int, singular: str, plural: str | None = None) -> str:
    """`1 article`, `2 articles`, `0 mentions`, `2,225 articles`."""
    return f"{number:,} {singular if number == 1 else plural or singular + 's'}"


def severity_count(number: int, severity: Severity) -> str:
    """`2 errors`, `1 warning`, `3 info` (info is uncountable, as in a log)."""
    if severity in NOUNS:
        singular, plural = NOUNS[severity]
        return counted(number, singular, plural)
    return f"{number:,} info"


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


def verdict(report: CheckResult) -> str:
    """`fails at --fail-on error` or `passes at --fail-on error`: the exit code, in words."""
    return f"{'fails' if report.failed else 'passes'} at --fail-on {report.fail_on}"


def left_out(report: CheckResult) -> str:
    """`2 baselined, 1 suppressed, 1 baseline entry no longer found`: what the findings shown leave out."""
    parts = [f"{report.baselined} baselined"] if report.baselined else []
    parts += [f"{report.suppressed} suppressed"] if report.suppressed else []
    if report.stale_baseline:
        parts.append(
            counted(report.stale_baseline, "baseline entry", "baseline entries") + " no longer found"
        )
    return ", ".join(parts)


def published(source: Source) -> str:
    """When an article was published and how that is known; what its text suggests when not."""
    if source.published:
        return f"{source.published.isoformat()} ({source.published_from})"
    if source.story_day:
        return f"unknown (text names {source.story_day.strftime('%A %Y-%m-%d')})"
    if source.not_before:
        return f"unknown (text refers to {source.not_before.strftime('%Y-%m')})"
    return "unknown"
