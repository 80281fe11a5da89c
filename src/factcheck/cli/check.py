"""`factcheck check`: the targets against the corpus and the registry, reported in any format."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from factcheck.cli.common import (
    EXIT_CLEAN,
    EXIT_CODES_HELP,
    EXIT_FINDINGS,
    cache_folder,
    cache_options,
    claims_folder,
    configured_registry,
    note_skipped_links,
    settings,
)
from factcheck.cli.engine import cluster_of, engine_options, progress_bar, showing_progress
from factcheck.config import Config, Overrides
from factcheck.files import printable, shown
from factcheck.lexicon import load_lexicon
from factcheck.model import CheckResult
from factcheck.policy.outputs import Output, check_outputs
from factcheck.report import FORMATS, reporter
from factcheck.report.statistics import STATISTICS_FORMATS
from factcheck.report.statistics import renderer as statistics_renderer
from factcheck.report.wording import counted

if TYPE_CHECKING:
    from factcheck.policy.check import CheckRequest


@click.command(epilog=EXIT_CODES_HELP)
@click.argument("targets", nargs=-1, type=click.Path())
@click.option(
    "--output-format",
    "--format",
    "output_format",
    type=click.Choice(FORMATS),
    help="What goes to stdout [default: full; json for scripts].",
)
@click.option(
    "-o", "--output-file", type=click.Path(dir_okay=False), help="Write the report here, not to stdout."
)
@click.option(
    "--report",
    "extra_reports",
    multiple=True,
    metavar="FORMAT:PATH",
    help="Also write the report in FORMAT to PATH; repeatable (sarif:out.sarif).",
)
@click.option(
    "--statistics",
    is_flag=True,
    help="Count the findings by rule instead of listing them (full, concise, json, markdown).",
)
@click.option(
    "--fail-on",
    type=click.Choice(["error", "warning", "info"]),
    help="Exit 1 from this severity up [default: error].",
)
@click.option(
    "--context",
    type=click.Path(file_okay=False),
    help="Folder of articles always loaded as context [default: the configured sources].",
)
@click.option(
    "--changed-since", metavar="REF", help="Check the articles changed since the merge base with REF (git)."
)
@click.option(
    "--only-sources",
    is_flag=True,
    help="Of the TARGETS, check only the articles of the configured sources folder (for hooks).",
)
@click.option(
    "--baseline", type=click.Path(dir_okay=False), help="Fail only on findings that are not in this baseline."
)
@click.option(
    "--write-baseline", type=click.Path(dir_okay=False), help="Record the current findings as the baseline."
)
@click.option(
    "--reference",
    type=click.Path(dir_okay=False),
    help="The reference registry [default: claims/reference.yaml when it exists].",
)
@click.option(
    "--claims-dir", type=click.Path(file_okay=False), help="Where claims files are kept [default: claims]."
)
@click.option("--select", help="Only these rules: codes, prefixes or names, comma-separated.")
@click.option("--ignore", help="Not these rules: codes, prefixes or names, comma-separated.")
@click.option(
    "--config", "config_path", type=click.Path(dir_okay=False), help="Read settings from this file."
)
@click.option(
    "--max-article-size", metavar="SIZE", help="Refuse articles larger than this (2MB, 512KB) [default: 2MB]."
)
@click.option("--isolated", is_flag=True, help="Ignore configuration files.")
@click.option(
    "--diff", is_flag=True, help="Print the fixes as a unified diff instead of the report; exit 1 if any."
)
@click.option("--fix", is_flag=True, help="Make the fixes in the target articles, then report what remains.")
@click.option(
    "--unsafe-fixes",
    is_flag=True,
    help="With --fix or --diff, also the unsafe fixes (the form most articles use, not the registry's).",
)
@cache_options
@engine_options
def check(targets: tuple[str, ...], **options: Any) -> None:
    """Check the TARGET articles against each other, the corpus and the reference registry.

    Only findings that involve at least one target are reported; the whole corpus (--context, by
    default the configured sources folder) is always loaded as context. With no targets, every
    article of the context is checked. Claims files and the cache (the corpus index, in the
    user's cache folder) are reused while an article's hash and the extractor still match; in the
    project, `check` writes nothing but the reports and baseline it is asked for.
    """
    run(CheckOptions(targets=targets, **options))


@dataclass(frozen=True, slots=True)
class CheckOptions:
    """The arguments of `factcheck check`, as click parses them."""

    targets: tuple[str, ...]
    output_format: str | None
    output_file: str | None
    extra_reports: tuple[str, ...]
    statistics: bool
    fail_on: str | None
    context: str | None
    changed_since: str | None
    only_sources: bool
    baseline: str | None
    write_baseline: str | None
    reference: str | None
    claims_dir: str | None
    select: str | None
    ignore: str | None
    config_path: str | None
    max_article_size: str | None
    isolated: bool
    diff: bool
    fix: bool
    unsafe_fixes: bool
    cache_dir: str | None
    no_cache: bool
    jobs: int | None
    engine: str
    scheduler: str | None

    def overrides(self) -> Overrides:
        return Overrides(
            claims=self.claims_dir, reference=self.reference, select=self.select, ignore=self.ignore,
            fail_on=self.fail_on, output_format=self.output_format, baseline=self.baseline,
            max_article_size=self.max_article_size, cache_dir=self.cache_dir, jobs=self.jobs,
        )  # fmt: skip


def run(options: CheckOptions) -> None:
    """Check, write the reports and baseline asked for, and exit with the verdict."""
    from factcheck.policy.check import nothing_to_check, run_check

    config = settings(options.config_path, options.isolated).with_overrides(options.overrides())
    reports = [_report_target(spec) for spec in options.extra_reports]
    fixing = options.fix or options.diff
    if fixing:
        from factcheck.cli.fixes import act_on_fixes, refuse_unsafe

        with_reports = bool(options.output_file or reports)
        refuse_unsafe(options.fix, options.diff, options.targets, with_reports, options.write_baseline)
    if options.statistics and config.output_format not in STATISTICS_FORMATS:
        raise click.BadParameter(
            f"not available with --output-format {config.output_format} "
            f"(only with {', '.join(STATISTICS_FORMATS)})",
            param_hint="--statistics",
        )
    request = _request(options, config, reports)
    with progress_bar(_article_count(request)) as progress:
        outcome = run_check(replace(request, progress=progress)) if request is not None else None
    result = outcome.result if outcome else nothing_to_check(config)
    note_skipped_links(outcome.outside_links if outcome else ())
    if fixing:
        result = act_on_fixes(options.fix, options.unsafe_fixes, request, result)
    if options.write_baseline and outcome is not None:
        from factcheck.policy.baseline import write_baseline as save_baseline

        count = save_baseline(Path(options.write_baseline), outcome.findings)
        click.echo(
            f"factcheck: wrote {counted(count, 'finding')} to the baseline {shown(options.write_baseline)}",
            err=True,
        )
    _emit(result, config.output_format, options.output_file, options.statistics)
    for fmt_name, path in reports:
        _emit(result, fmt_name, path)
    sys.exit(EXIT_FINDINGS if result.failed and not options.write_baseline else EXIT_CLEAN)


def _request(options: CheckOptions, config: Config, reports: list[tuple[str, str]]) -> CheckRequest | None:
    """The check to run once the options are checked and no output would replace an input; None
    when no article changed since the ref asked for (the registry is still read and checked)."""
    from factcheck.policy.check import CheckRequest

    chosen = _targets(options, config)
    if chosen is not None and not chosen and options.changed_since is not None:
        since = printable(str(options.changed_since))
        click.echo(f"factcheck: no changed articles under {shown(config.sources)}/ since {since}", err=True)
    context = options.context
    context_folder = context or (config.sources if Path(config.sources).is_dir() else None)
    if context and not Path(context).is_dir():
        raise click.BadParameter(f"{shown(context)}: no such folder", param_hint="--context")
    if chosen is None and context_folder is None:
        raise click.UsageError(f"no TARGETS given and no {shown(config.sources)}/ folder here")
    inputs = [*([context_folder] if context_folder else []), *map(str, chosen or ())]
    check_outputs(_outputs(options.output_file, reports, options.write_baseline), config, inputs)
    lexicon = load_lexicon()
    request = CheckRequest(
        config=config,
        targets=tuple(str(t) for t in chosen or ()),
        context=context_folder,
        registry=configured_registry(config, lexicon),
        claims=claims_folder(config),
        lexicon=lexicon,
        cache=cache_folder(config, options.no_cache),
        jobs=config.jobs,
        cluster=cluster_of(options.engine, options.scheduler, config.jobs),
        all_findings=options.write_baseline is not None,
    )
    return request if chosen != [] else None


def _article_count(request: CheckRequest | None) -> int:
    """How many articles the check will read, counted only when a progress bar may show it."""
    if request is None or not showing_progress():
        return 0
    from factcheck.sources import find_articles

    return len(find_articles([*([request.context] if request.context else []), *request.targets]))


def _targets(options: CheckOptions, config: Config) -> list[Path] | None:
    """The target articles, or None when every article of the context is a target."""
    targets, changed_since = options.targets, options.changed_since
    if changed_since is None:
        kept = _only_sources(targets, config) if options.only_sources and targets else targets
        return [Path(t) for t in kept] if targets else None
    if targets:
        raise click.UsageError("give TARGETS or --changed-since, not both")
    from factcheck.sources.git import changed_articles

    return changed_articles(changed_since, Path(config.sources))


def _only_sources(targets: Sequence[str], config: Config) -> Sequence[str]:
    """The targets that are articles of the sources folder; how many were not is said on stderr."""
    from factcheck.sources.targets import articles_among

    kept = articles_among(targets, Path(config.sources))
    folder = f"{shown(config.sources)}/"
    if not kept:
        given = counted(len(targets), "file")
        click.echo(f"factcheck: no article of {folder} among the {given} given; nothing to check", err=True)
    elif len(kept) < len(targets):
        ignored = counted(len(targets) - len(kept), "file")
        click.echo(
            f"factcheck: ignored {ignored} of {len(targets)} given: not articles of {folder}", err=True
        )
    return kept


def _outputs(output_file: str | None, reports: list[tuple[str, str]], baseline: str | None) -> list[Output]:
    """Every file the run was asked to write, with the option that asked for it."""
    outputs = [Output("-o", output_file)] if output_file else []
    outputs += [Output(f"--report {name}", path) for name, path in reports]
    return outputs + ([Output("--write-baseline", baseline)] if baseline else [])


def _report_target(spec: str) -> tuple[str, str]:
    name, sep, path = spec.partition(":")
    if not sep or not path:
        raise click.BadParameter(f"{printable(repr(spec))} is not FORMAT:PATH", param_hint="--report")
    if name not in FORMATS:
        raise click.BadParameter(
            f"unknown format {printable(repr(name))} (one of {', '.join(FORMATS)})", param_hint="--report"
        )
    return name, path


def _emit(result: CheckResult, fmt: str, path: str | None, statistics: bool = False) -> None:
    """Render to stdout, or to a file written atomically; with `statistics`, the counts by rule."""
    # a format with no place for statistics was refused before the run
    render = (statistics_renderer(fmt) if statistics else None) or reporter(fmt)
    if path is None:
        render(result, sys.stdout)
        return
    import io

    from factcheck.files import write_atomic

    buffer = io.StringIO()
    render(result, buffer)
    write_atomic(Path(path), buffer.getvalue())
