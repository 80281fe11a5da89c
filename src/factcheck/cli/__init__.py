"""The command line: thin commands over the pipeline; the only place that exits or prints errors."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import click

from factcheck import __version__
from factcheck.cli.check import check
from factcheck.cli.common import (
    EXIT_CODES_HELP,
    cache_folder,
    cache_options,
    claims_folder,
    note_skipped_links,
    paths_or_default,
    settings,
)
from factcheck.cli.engine import cluster_of, engine_options, progress_bar
from factcheck.cli.exits import Commands, exit_status
from factcheck.cli.registry import registry
from factcheck.config import Overrides
from factcheck.errors import UsageError
from factcheck.files import shown, visible

if TYPE_CHECKING:
    from factcheck.rules import Rule


@click.group(cls=Commands, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, "-V", "--version", prog_name="factcheck", message="%(prog)s %(version)s")
def cli() -> None:
    """factcheck: flag where news sources disagree about the same people and events.

    Every finding quotes its evidence from each source with file, line and column.
    """


cli.add_command(check)
cli.add_command(registry)


MAX_SIZE_HELP = "Refuse articles larger than this (2MB, 512KB) [default: 2MB]."


@cli.command(epilog=EXIT_CODES_HELP)
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--claims-dir", type=click.Path(file_okay=False), help="Where to write them [default: claims].")
@click.option("--max-article-size", metavar="SIZE", help=MAX_SIZE_HELP)
@engine_options
def extract(
    paths: tuple[str, ...],
    claims_dir: str | None,
    max_article_size: str | None,
    jobs: int | None,
    engine: str,
    scheduler: str | None,
) -> None:
    """Write what factcheck understood of each article to CLAIMS_DIR/<source-id>.json.

    The files are deterministic and sorted, carry the article's content hash and the extractor
    version, and are written atomically, so they can be committed and reviewed in a diff. Every
    article is read and understood before the first file is written: a bad article changes nothing.
    """
    from factcheck.files import remove_stale_temporaries, shown, write_atomic
    from factcheck.lexicon import load_lexicon
    from factcheck.sources import load_corpus
    from factcheck.store import extract_all, prepare

    overrides = Overrides(claims=claims_dir, max_article_size=max_article_size, jobs=jobs)
    config = settings().with_overrides(overrides)
    corpus = load_corpus(paths_or_default(paths, config), config.max_article_size)
    note_skipped_links(corpus.outside_links)
    folder = Path(config.claims)
    cluster = cluster_of(engine, scheduler, config.jobs)
    with progress_bar(len(corpus.sources)) as progress:
        extractions = extract_all(corpus.sources, load_lexicon(), config.jobs, progress, cluster)
    root = Path(config.root)
    planned = [
        prepare(s, extraction, folder, root)
        for s, extraction in zip(corpus.sources, extractions, strict=True)
    ]
    remove_stale_temporaries(folder)
    for claims_file in planned:
        if claims_file.changed:
            write_atomic(claims_file.path, claims_file.text)
        click.echo(f"{'wrote' if claims_file.changed else 'unchanged'} {shown(claims_file.path)}", err=True)
    written = sum(claims_file.changed for claims_file in planned)
    click.echo(f"{written} of {len(planned)} claims files written to {shown(folder)}/", err=True)


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["json", "graphml", "dot"]),
    default="json",
    show_default=True,
    help="json (entities, claims, edges), graphml (Gephi) or dot (Graphviz: `| dot -Tsvg`).",
)
@click.option(
    "--claims-dir", type=click.Path(file_okay=False), help="Where claims files are kept [default: claims]."
)
@click.option("--max-article-size", metavar="SIZE", help=MAX_SIZE_HELP)
@cache_options
@engine_options
def graph(
    paths: tuple[str, ...],
    output_format: str,
    claims_dir: str | None,
    max_article_size: str | None,
    cache_dir: str | None,
    no_cache: bool,
    jobs: int | None,
    engine: str,
    scheduler: str | None,
) -> None:
    """Print the entity graph of the articles under PATHS: entities, their spellings, mentions and
    claims, and its edges (entity to article, entity to entity named in a claim about it)."""
    from factcheck.graph.build import analyse
    from factcheck.graph.dot import render_dot
    from factcheck.graph.export import render_graphml, render_json
    from factcheck.lexicon import load_lexicon
    from factcheck.sources import load_corpus

    overrides = Overrides(
        claims=claims_dir, max_article_size=max_article_size, jobs=jobs, cache_dir=cache_dir
    )
    config = settings().with_overrides(overrides)
    corpus = load_corpus(paths_or_default(paths, config), config.max_article_size)
    note_skipped_links(corpus.outside_links)
    cluster = cluster_of(engine, scheduler, config.jobs)
    lexicon = load_lexicon()
    with progress_bar(len(corpus.sources)) as progress:
        analysis = analyse(
            corpus.sources,
            lexicon,
            claims_folder(config),
            None,
            config.jobs,
            progress,
            cluster,
            cache_folder(config, no_cache),
        )
    renderers = {"json": render_json, "graphml": render_graphml, "dot": render_dot}
    renderers[output_format](analysis, sys.stdout)


@cli.command("config")
@click.option(
    "--config", "config_path", type=click.Path(dir_okay=False), help="Read settings from this file."
)
@click.option("--isolated", is_flag=True, help="Ignore configuration files.")
def show_config(config_path: str | None, isolated: bool) -> None:
    """Print the resolved settings as TOML, each with where it came from (default, a file, the
    command line) in a comment; saved as factcheck.toml, the output gives the same settings."""
    from factcheck.config import describe

    config = settings(config_path, isolated)
    for line in describe(config):
        click.echo(line)
    click.echo(f"# the cache (corpus index) is kept in {shown(str(cache_folder(config, no_cache=False)))}")


@cli.command()
@click.option(
    "--config", "config_path", type=click.Path(dir_okay=False), help="Read settings from this file."
)
@click.option("--isolated", is_flag=True, help="Ignore configuration files.")
@click.option(
    "--cache-dir",
    type=click.Path(file_okay=False),
    help="The cache to remove [default: this project's folder in the user cache].",
)
def clean(config_path: str | None, isolated: bool, cache_dir: str | None) -> None:
    """Remove this project's cache: the corpus index, the findings and partitions of past runs.

    Nothing is lost: the next run extracts and checks afresh. Only the files factcheck wrote are
    removed, never other files in the folder."""
    from factcheck.store.index import remove_index

    config = settings(config_path, isolated).with_overrides(Overrides(cache_dir=cache_dir))
    folder = cache_folder(config, no_cache=False)
    assert folder is not None  # only --no-cache names no folder
    try:
        freed = remove_index(folder)
    except OSError as exc:
        raise click.ClickException(
            f"{shown(folder)}: cannot remove the cache ({exc.strerror or exc})"
        ) from None
    if freed is None:
        click.echo(f"factcheck: no cache in {shown(folder)}", err=True)
    else:
        click.echo(f"factcheck: removed the cache in {shown(folder)} ({freed / 1e6:.1f} MB)", err=True)


@cli.command()
@click.argument("code", required=False)
@click.option("--explain", "explained", metavar="CODE", help="The same as `factcheck rules CODE`.")
def rules(code: str | None, explained: str | None) -> None:
    """List the comparison rules in code order, or show the documentation of the rule CODE
    (a code or a name, in any case: `factcheck rules fc101`)."""
    from factcheck.rules import rules_in_code_order

    if code and explained and code != explained:
        raise UsageError(f"name one rule, not {code!r} and --explain {explained!r}")
    if code or explained:
        rule = _rule_named(code or explained or "")
        fixable = ", fixable with --fix" if rule.fixable else ""
        click.echo(f"{rule.code} {rule.name} ({rule.severity}{fixable})\n")
        click.echo(rule.documentation())
        return
    for rule in rules_in_code_order():
        fix = "fix" if rule.fixable else ""
        click.echo(f"{rule.code}  {rule.name:<22} {rule.severity!s:<8} {fix:<3}  {rule.summary()}")


def _rule_named(code: str) -> type[Rule]:
    """The rule a code or name stands for; an unknown one is an error with the closest rule."""
    from factcheck.rules import rule_by_code, rule_hint

    rule = rule_by_code(code)
    if rule is not None:
        return rule
    hint = rule_hint(code) or "; `factcheck rules` lists them"
    raise UsageError(f"no rule {visible(repr(code))}{hint}")


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point: the exit status and the one line on stderr of each way a run ends (`exits`)."""
    sys.exit(exit_status(cli, argv))
