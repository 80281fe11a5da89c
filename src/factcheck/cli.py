"""The command line: thin commands over the pipeline; the only place that exits or prints errors."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

import click

from factcheck import __version__
from factcheck.config import Config
from factcheck.errors import FactcheckError
from factcheck.registry.model import Registry
from factcheck.report import FORMATS, Report, reporter

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
DEFAULT_SOURCES = "sources"
DEFAULT_CLAIMS = "claims"
DEFAULT_REFERENCE = "claims/reference.yaml"
EXIT_CODES_HELP = (
    "Exit status: 0 when no finding reaches the --fail-on level, 1 when one does, "
    "2 on a usage or input error (the message names the file and the problem)."
)


def _paths_or_default(paths: Sequence[str]) -> list[str]:
    if paths:
        return list(paths)
    if Path(DEFAULT_SOURCES).is_dir():
        return [DEFAULT_SOURCES]
    raise click.UsageError(f"no PATHS given and no {DEFAULT_SOURCES}/ folder here")


def _claims_folder(value: str | None) -> Path | None:
    folder = Path(value or DEFAULT_CLAIMS)
    return folder if folder.is_dir() or value else None


def _config(path: str | None, isolated: bool) -> Config:
    from factcheck.config import Config, find_config, load_config

    if isolated:
        return Config()
    return load_config(Path(path) if path else find_config(Path.cwd()))


def _given(config: Config) -> set[str]:
    """The settings a file or the command line gave, rather than their defaults."""
    return {key for key, origin in config.provenance.items() if origin != "default"}


def _targets(targets: tuple[str, ...], changed_since: str | None, config: Config) -> list[Path] | None:
    """The target articles, or None when every article of the context is a target."""
    if changed_since is None:
        return [Path(t) for t in targets] if targets else None
    if targets:
        raise click.UsageError("give TARGETS or --changed-since, not both")
    from factcheck.vcs import changed_articles

    return changed_articles(changed_since, Path(config.sources))


def _report_target(spec: str) -> tuple[str, str]:
    name, sep, path = spec.partition(":")
    if not sep or not path:
        raise click.BadParameter(f"{spec!r} is not FORMAT:PATH", param_hint="--report")
    if name not in FORMATS:
        raise click.BadParameter(
            f"unknown format {name!r} (one of {', '.join(FORMATS)})", param_hint="--report"
        )
    return name, path


def _emit(report: Report, fmt: str, path: str | None) -> None:
    """Render to stdout, or to a file written atomically."""
    if path is None:
        reporter(fmt)(report, sys.stdout)
        return
    import io

    from factcheck.store import write_atomic

    buffer = io.StringIO()
    reporter(fmt)(report, buffer)
    write_atomic(Path(path), buffer.getvalue())


def _configured_registry(config: Config) -> Registry | None:
    """The configured registry; the default one only when it exists."""
    from factcheck.registry import load_registry

    if "reference" in _given(config) or Path(config.reference).is_file():
        return load_registry(Path(config.reference))
    return None


def _registry(path: str | None) -> Registry | None:
    from factcheck.registry import load_registry

    if path is None:
        if not Path(DEFAULT_REFERENCE).is_file():
            return None
        path = DEFAULT_REFERENCE
    return load_registry(Path(path))


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="factcheck")
def cli() -> None:
    """factcheck: flag where news sources disagree about the same people and events.

    Every finding quotes its evidence from each source with file, line and column.
    """


@cli.command(epilog=EXIT_CODES_HELP)
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
@click.option("--isolated", is_flag=True, help="Ignore configuration files.")
def check(
    targets: tuple[str, ...],
    output_format: str | None,
    output_file: str | None,
    extra_reports: tuple[str, ...],
    fail_on: str | None,
    context: str | None,
    changed_since: str | None,
    baseline: str | None,
    write_baseline: str | None,
    reference: str | None,
    claims_dir: str | None,
    select: str | None,
    ignore: str | None,
    config_path: str | None,
    isolated: bool,
) -> None:
    """Check the TARGET articles against each other, the corpus and the reference registry.

    Only findings that involve at least one target are reported; the whole corpus (--context, by
    default the configured sources folder) is always loaded as context. With no targets, every
    article of the context is checked. Claims files are reused when their hash still matches;
    `check` writes nothing but the reports and baseline it is asked for.
    """
    from factcheck.gate import CheckRequest, run_check

    config = _config(config_path, isolated).with_overrides(
        fail_on=fail_on, output_format=output_format, baseline=baseline, reference=reference,
        claims=claims_dir, select=select, ignore=ignore,
    )  # fmt: skip
    reports = [_report_target(spec) for spec in extra_reports]
    chosen = _targets(targets, changed_since, config)
    if chosen is not None and not chosen:
        click.echo(f"factcheck: no changed articles under {config.sources}/ since {changed_since}", err=True)
    context_folder = context or (config.sources if Path(config.sources).is_dir() else None)
    if context and not Path(context).is_dir():
        raise click.BadParameter(f"{context}: no such folder", param_hint="--context")
    if chosen is None and context_folder is None:
        raise click.UsageError(f"no TARGETS given and no {config.sources}/ folder here")
    request = CheckRequest(
        config=config,
        targets=tuple(str(t) for t in chosen or ()),
        context=context_folder,
        registry=_configured_registry(config),
        claims=_claims_folder(config.claims),
    )
    outcome = run_check(request) if chosen != [] else None
    report = outcome.report if outcome else Report((), (), config.fail_on)
    if write_baseline and outcome is not None:
        from factcheck.baseline import write_baseline as save_baseline

        count = save_baseline(Path(write_baseline), outcome.findings)
        click.echo(f"factcheck: wrote {count} findings to the baseline {write_baseline}", err=True)
    fmt = config.output_format
    _emit(report, fmt, output_file)
    for fmt_name, path in reports:
        _emit(report, fmt_name, path)
    sys.exit(EXIT_FINDINGS if report.failed and not write_baseline else EXIT_CLEAN)


@cli.command(epilog=EXIT_CODES_HELP)
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--claims-dir", type=click.Path(file_okay=False), default=DEFAULT_CLAIMS, show_default=True)
def extract(paths: tuple[str, ...], claims_dir: str) -> None:
    """Write what factcheck understood of each article to CLAIMS_DIR/<source-id>.json.

    The files are deterministic and sorted, carry the article's content hash and the extractor
    version, and are written atomically, so they can be committed and reviewed in a diff.
    """
    from factcheck.extract import extract as extract_source
    from factcheck.sources import load_sources
    from factcheck.store import save

    sources = load_sources(_paths_or_default(paths))
    written = 0
    for source in sources:
        path, changed = save(source, extract_source(source), Path(claims_dir))
        written += changed
        click.echo(f"{'wrote' if changed else 'unchanged'} {path}", err=True)
    click.echo(f"{written} of {len(sources)} claims files written to {claims_dir}/", err=True)


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option(
    "--format", "output_format", type=click.Choice(["json", "graphml"]), default="json", show_default=True
)
@click.option(
    "--claims-dir", type=click.Path(file_okay=False), help="Where claims files are kept [default: claims]."
)
def graph(paths: tuple[str, ...], output_format: str, claims_dir: str | None) -> None:
    """Print the entity graph of the articles under PATHS: entities, their spellings and mentions."""
    from factcheck.pipeline import analyse
    from factcheck.report.graph_export import render_graphml, render_json
    from factcheck.sources import load_sources

    analysis = analyse(load_sources(_paths_or_default(paths)), _claims_folder(claims_dir))
    render = render_json if output_format == "json" else render_graphml
    render(analysis, sys.stdout)


@cli.group()
def registry() -> None:
    """Validate, fill and import the reference registry of canonical facts."""


@registry.command(
    "check",
    epilog="Exit status: 0 when the registry is valid, 1 when it has problems, 2 when it cannot be read.",
)
@click.argument("path", required=False, type=click.Path(dir_okay=False))
def registry_check(path: str | None) -> None:
    """Validate the registry at PATH (default: claims/reference.yaml); every problem with its line."""
    from factcheck.errors import RegistryError
    from factcheck.registry import load_registry

    where = Path(path or DEFAULT_REFERENCE)
    if not where.is_file():
        raise RegistryError(f"{where}: no such registry file")
    try:
        loaded = load_registry(where)
    except RegistryError as exc:
        click.echo(str(exc), err=True)
        sys.exit(EXIT_FINDINGS)
    click.echo(f"{where}: {len(loaded.entries)} entries, no problems")


@registry.command("suggest")
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--reference", type=click.Path(dir_okay=False), help="The registry to compare with.")
@click.option("--limit", type=int, default=50, show_default=True, help="How many entries to suggest.")
def registry_suggest(paths: tuple[str, ...], reference: str | None, limit: int) -> None:
    """List the entities of the articles under PATHS that the registry does not know, as YAML to paste."""
    from factcheck.pipeline import analyse
    from factcheck.registry.suggest import suggestion_yaml, unknown_entities
    from factcheck.sources import load_sources

    analysis = analyse(load_sources(_paths_or_default(paths)), _claims_folder(None), _registry(reference))
    unknown = unknown_entities(analysis.graph)[:limit]
    click.echo("entities:")
    for line in suggestion_yaml(analysis.graph, unknown):
        click.echo(line)


@registry.command("import-wikidata")
@click.argument("dump", type=click.Path(dir_okay=False))
@click.option(
    "--ids", "ids_file", type=click.Path(dir_okay=False), help="A file of Q-ids to import, one per line."
)
@click.option("--types", help="Import items that are instances of these classes, e.g. Q5,Q7278.")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False),
    help="Write here instead of stdout (never over a file).",
)
def registry_import_wikidata(dump: str, ids_file: str | None, types: str | None, output: str | None) -> None:
    """Turn a Wikidata JSON dump (.json, .json.gz, .json.bz2) into registry entries.

    The dump is streamed one entity per line and never loaded whole. Names are English labels,
    aliases the other Latin-script labels, roles come from P39 and parties from P102 with their
    start and end times.
    """
    import io

    from factcheck.registry.wikidata import import_wikidata, read_ids
    from factcheck.registry.write import write_registry
    from factcheck.store import write_atomic

    if ids_file is None and types is None:
        raise click.UsageError("give --ids FILE or --types Q5,... (importing a whole dump is rarely meant)")
    ids = read_ids(ids_file) if ids_file else None
    classes = [t.strip() for t in types.split(",") if t.strip()] if types else None
    if output and Path(output).exists():
        raise click.UsageError(f"{output} exists; factcheck never writes over a file, choose another name")
    buffer = io.StringIO() if output else sys.stdout
    count = write_registry(import_wikidata(dump, ids=ids, types=classes), buffer)
    if output and isinstance(buffer, io.StringIO):
        write_atomic(Path(output), buffer.getvalue())
    click.echo(f"{count} entries imported from {dump}", err=True)


@cli.command("config")
@click.option(
    "--config", "config_path", type=click.Path(dir_okay=False), help="Read settings from this file."
)
@click.option("--isolated", is_flag=True, help="Ignore configuration files.")
def show_config(config_path: str | None, isolated: bool) -> None:
    """Show the resolved settings and where each came from (default, a file, the command line)."""
    from factcheck.config import describe

    for line in describe(_config(config_path, isolated)):
        click.echo(line)


@cli.command()
@click.option("--explain", "code", metavar="CODE", help="Show the full documentation of one rule.")
def rules(code: str | None) -> None:
    """List the comparison rules with their codes, names and default severities."""
    from factcheck.rules import BUILTIN_RULES, rule_by_code

    if code:
        rule = rule_by_code(code)
        if rule is None:
            raise click.BadParameter(
                f"no rule {code!r}; `factcheck rules` lists them", param_hint="--explain"
            )
        click.echo(f"{rule.code} {rule.name} ({rule.severity})\n")
        click.echo(rule.documentation())
        return
    for rule in BUILTIN_RULES:
        click.echo(f"{rule.code}  {rule.name:<22} {rule.severity!s:<8} {rule.summary()}")


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point: user errors become one line on stderr and exit status 2, never a traceback."""
    try:
        cli.main(args=list(argv) if argv is not None else None, prog_name="factcheck", standalone_mode=False)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.Abort:
        click.echo("factcheck: aborted", err=True)
        sys.exit(EXIT_ERROR)
    except click.ClickException as exc:
        exc.show()
        sys.exit(EXIT_ERROR)
    except FactcheckError as exc:
        click.echo(f"factcheck: error: {exc}", err=True)
        sys.exit(EXIT_ERROR)
    except BrokenPipeError:
        sys.stderr.close()
        sys.exit(EXIT_ERROR)
    except Exception as exc:  # an internal error must not look like "findings" (exit 1)
        if os.environ.get("FACTCHECK_DEBUG"):
            raise
        click.echo(
            f"factcheck: internal error: {type(exc).__name__}: {exc} (set FACTCHECK_DEBUG=1 for a traceback)",
            err=True,
        )
        sys.exit(EXIT_ERROR)
