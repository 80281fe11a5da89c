"""`check --diff` and `check --fix`: the fixes of the reported findings shown as a diff, or made."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

import click

from factcheck.cli.common import EXIT_CLEAN, EXIT_FINDINGS
from factcheck.files import printable
from factcheck.model import CheckResult, Fix
from factcheck.policy.fixes import (
    EditedArticle,
    FixPlan,
    edited_articles,
    plan_fixes,
    target_files,
    unified_diff,
    write_articles,
)
from factcheck.report.wording import counted

if TYPE_CHECKING:
    from factcheck.policy.check import CheckRequest


def refuse_unsafe(fix: bool, diff: bool, targets: Sequence[str], reports: bool, baseline: str | None) -> None:
    """Usage errors (exit 2) for combinations where fixing would be unclear or unsafe."""
    if not (fix or diff):
        return
    option = "--fix" if fix else "--diff"
    if fix and diff:
        raise click.UsageError("give --fix or --diff, not both")
    if "-" in targets:
        raise click.UsageError(f"{option} edits files; standard input ('-') cannot be fixed")
    if baseline:
        raise click.UsageError(f"{option} cannot be used with --write-baseline")
    if diff and reports:
        raise click.UsageError("--diff prints the diff instead of a report; drop -o and --report")


def planned(
    result: CheckResult, targets: Sequence[str], context: str | None, unsafe: bool
) -> list[EditedArticle]:
    """The articles the reported findings' fixes edit, with the overlaps left out said on stderr;
    unsafe fixes only when asked for, and otherwise counted (as ruff counts its hidden fixes)."""
    plan = plan_fixes(result.findings, unsafe)
    _note_overlaps(plan, result)
    if plan.unsafe_left_out:
        hidden = counted(plan.unsafe_left_out, "unsafe fix", "unsafe fixes")
        click.echo(
            f"factcheck: {hidden} left out (the form most articles use, not the registry's); "
            "--unsafe-fixes includes them",
            err=True,
        )
    articles = edited_articles(plan, target_files(targets, context)) if plan.fixes else []
    for fix in (f for article in articles for f in article.stale):
        click.echo(
            f"factcheck: {_where(fix, result)}: the article no longer reads "
            f"'{printable(fix.original)}' there (changed since it was read?); fix skipped",
            err=True,
        )
    return [a for a in articles if a.fixes]


def show_diff(articles: list[EditedArticle]) -> None:
    """Print the diff; exit 1 when there is something to fix, 0 when not (as `ruff --diff`)."""
    sys.stdout.write(unified_diff(articles))
    fixes = sum(a.fixes for a in articles)
    if fixes:
        click.echo(f"factcheck: would make {_fixes_in(fixes, len(articles))}", err=True)
    else:
        click.echo("factcheck: nothing to fix", err=True)
    sys.exit(EXIT_FINDINGS if fixes else EXIT_CLEAN)


def make_fixes(articles: list[EditedArticle]) -> None:
    """Write the edited articles and say how many fixes were made where."""
    write_articles(articles)
    fixes = sum(a.fixes for a in articles)
    if fixes:
        click.echo(f"factcheck: made {_fixes_in(fixes, len(articles))}", err=True)
    else:
        click.echo("factcheck: nothing to fix", err=True)


def _fixes_in(fixes: int, articles: int) -> str:
    return f"{counted(fixes, 'fix', 'fixes')} in {counted(articles, 'article')}"


def _note_overlaps(plan: FixPlan, result: CheckResult) -> None:
    """Each fix left out because another overlaps it, on stderr, where an editor finds it."""
    for fix in plan.overlapping:
        click.echo(
            f"factcheck: {_where(fix, result)}: fixes overlap, none made there "
            f"('{printable(fix.original)}' -> '{printable(fix.replacement)}' skipped)",
            err=True,
        )


def _where(fix: Fix, result: CheckResult) -> str:
    """`path:line:column` of the fix, as findings are shown."""
    source = next((s for s in result.sources if s.path == fix.path), None)
    if source is None:
        return fix.path
    line, column = source.position(fix.start)
    return f"{fix.path}:{line}:{column}"


def act_on_fixes(fix: bool, unsafe: bool, request: CheckRequest | None, result: CheckResult) -> CheckResult:
    """With --diff, print the diff and exit; with --fix, make the fixes and check the targets
    again, so that what is reported (and decides the exit status) is what remains."""
    targets, context = (request.targets, request.context) if request else ((), None)
    articles = planned(result, targets, context, unsafe)
    if not fix:
        show_diff(articles)
    make_fixes(articles)
    if not articles or request is None:
        return result
    from factcheck.policy.check import run_check

    return run_check(request).result
