"""`factcheck registry`: validate, fill and import the reference registry."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from factcheck.cli.common import (
    EXIT_FINDINGS,
    claims_folder,
    configured_registry,
    note_skipped_links,
    paths_or_default,
    settings,
)
from factcheck.config import Overrides
from factcheck.files import shown


@click.group()
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
    from factcheck.lexicon import load_lexicon
    from factcheck.resolve.registry import load_registry

    where = Path(path or settings().reference)
    if not where.is_file():
        raise RegistryError(f"{shown(where)}: no such registry file")
    try:
        loaded = load_registry(where, load_lexicon())
    except RegistryError as exc:
        click.echo(str(exc), err=True)
        sys.exit(EXIT_FINDINGS)
    click.echo(f"{shown(where)}: {len(loaded.entries)} entries, no problems")


@registry.command("suggest")
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--reference", type=click.Path(dir_okay=False), help="The registry to compare with.")
@click.option("--limit", type=int, default=50, show_default=True, help="How many entries to suggest.")
def registry_suggest(paths: tuple[str, ...], reference: str | None, limit: int) -> None:
    """List the entities of the articles under PATHS that the registry does not know, as YAML to paste."""
    from factcheck.graph.build import analyse
    from factcheck.lexicon import load_lexicon
    from factcheck.report.suggest import suggestion_yaml, unknown_entities
    from factcheck.sources import load_corpus

    config = settings().with_overrides(Overrides(reference=reference))
    corpus = load_corpus(paths_or_default(paths, config), config.max_article_size)
    note_skipped_links(corpus.outside_links)
    lexicon = load_lexicon()
    analysis = analyse(corpus.sources, lexicon, claims_folder(config), configured_registry(config, lexicon))
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

    from factcheck.files import write_atomic
    from factcheck.sources.registry.write import write_registry
    from factcheck.sources.wikidata import import_wikidata, read_ids

    if ids_file is None and types is None:
        raise click.UsageError("give --ids FILE or --types Q5,... (importing a whole dump is rarely meant)")
    ids = read_ids(ids_file) if ids_file else None
    classes = [t.strip() for t in types.split(",") if t.strip()] if types else None
    if output and Path(output).exists():
        raise click.UsageError(
            f"{shown(output)} exists; factcheck never writes over a file, choose another name"
        )
    buffer = io.StringIO() if output else sys.stdout
    count = write_registry(import_wikidata(dump, ids=ids, types=classes), buffer)
    if output and isinstance(buffer, io.StringIO):
        write_atomic(Path(output), buffer.getvalue())
    click.echo(f"{count} entries imported from {shown(dump)}", err=True)
