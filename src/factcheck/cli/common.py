"""What the commands share: defaults, exit statuses, configuration and registry loading."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

import click
import platformdirs

from factcheck.config import Config
from factcheck.files import shown
from factcheck.lexicon import Lexicon
from factcheck.model import Registry

Command = TypeVar("Command", bound=Callable[..., object])
EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
# as a shell reports a command ended by SIGINT (Ctrl-C) or SIGPIPE (a reader that stopped): 128 + signal
EXIT_INTERRUPTED, EXIT_BROKEN_PIPE = 130, 141
EXIT_CODES_HELP = (
    "Exit status: 0 when no finding reaches the --fail-on level, 1 when one does, "
    "2 on a usage or input error (the message names the file and the problem), "
    "130 when interrupted (Ctrl-C), 141 when the reader of the output stopped reading "
    "(`factcheck check | head`)."
)


def settings(path: str | None = None, isolated: bool = False) -> Config:
    """The project's settings: its config file (found by walking up), else the defaults."""
    from factcheck.config import Config, find_config, load_config

    if isolated:
        return Config()
    return load_config(Path(path) if path else find_config(Path.cwd()))


def paths_or_default(paths: Sequence[str], config: Config) -> list[str]:
    if paths:
        return list(paths)
    if Path(config.sources).is_dir():
        return [config.sources]
    raise click.UsageError(f"no PATHS given and no {shown(config.sources)}/ folder here")


def note_skipped_links(links: Sequence[tuple[Path, Path]]) -> None:
    """Say once, on stderr, how many symlinks were not followed out of the folders searched."""
    if not links:
        return
    folders = ", ".join(dict.fromkeys(f"{shown(folder)}/" for folder, _ in links))
    plural = "s" if len(links) > 1 else ""
    click.echo(f"factcheck: skipped {len(links)} symlink{plural} pointing outside {folders}", err=True)


def claims_folder(config: Config) -> Path | None:
    """The configured claims folder, when there is one to read claims files from."""
    folder = Path(config.claims)
    return folder if folder.is_dir() else None


def given(config: Config) -> set[str]:
    """The settings a file or the command line gave, rather than their defaults."""
    return {key for key, origin in config.provenance.items() if origin != "default"}


def configured_registry(config: Config, lexicon: Lexicon) -> Registry | None:
    """The configured registry; the default one only when it exists."""
    from factcheck.resolve.registry import load_registry

    if "reference" in given(config) or Path(config.reference).is_file():
        return load_registry(Path(config.reference), lexicon)
    return None


def cache_options(command: Command) -> Command:
    """`--cache-dir` and `--no-cache`, as ruff and mypy name them."""
    command = click.option("--no-cache", is_flag=True, help="Neither read nor write the cache.")(command)
    return click.option(
        "--cache-dir",
        type=click.Path(file_okay=False),
        help="Where the cache (the corpus index) is kept [default: this project's folder in the user cache].",
    )(command)


def cache_folder(config: Config, no_cache: bool) -> Path | None:
    """The cache folder to read and write, or None when the run goes without. Unless one is set,
    each project (the folder of its config file, else the working folder) has its own under the
    user's cache: nothing is written into the project, where a cache could be committed and so
    handed to the next run by whoever can push."""
    if no_cache:
        return None
    if config.cache_dir is not None:
        return Path(config.cache_dir)
    from hashlib import sha256

    root = os.environ.get("FACTCHECK_CACHE_DIR") or platformdirs.user_cache_dir("factcheck", appauthor=False)
    project = Path(config.root).resolve()
    name = re.sub(r"[^A-Za-z0-9._-]+", "_", project.name)[:40]
    return Path(root) / "projects" / f"{name}-{sha256(str(project).encode()).hexdigest()[:16]}"
