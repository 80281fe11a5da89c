"""The one guard over generated outputs: a report or baseline never replaces an input.

A mistyped `-o` must not cost a newsroom an article, its registry, its claims files or its
configuration, and two outputs must not fight over one file. Paths are compared after following
symlinks, so a link to an article is as protected as the article.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from factcheck.config import CONFIG_FILE, PYPROJECT, Config
from factcheck.errors import OutputError
from factcheck.files import shown
from factcheck.sources import ARTICLE_SUFFIXES


@dataclass(frozen=True, slots=True)
class Output:
    """A file a command was asked to write, and the option that asked (for the message)."""

    option: str
    path: str


def check_outputs(outputs: Sequence[Output], config: Config, inputs: Sequence[str]) -> None:
    """Refuse, before anything runs, outputs that would replace an input or each other. `inputs`
    are the articles and folders of articles the command reads, besides the configured sources."""
    folders = [_real(p) for p in (config.sources, *inputs) if Path(p).is_dir()]
    articles = {_real(p) for p in inputs if not Path(p).is_dir()}
    claimed: dict[str, Output] = {}
    for output in outputs:
        real = _real(output.path)
        if real in claimed:
            other = claimed[real]
            raise OutputError(
                f"{output.option} {shown(output.path)} names the same file as {other.option} "
                f"{shown(other.path)}; give each output its own file"
            )
        claimed[real] = output
        reason = _input_it_is(output, real, config, folders, articles)
        if reason:
            raise OutputError(
                f"{output.option} {shown(output.path)} {reason}; factcheck never writes over its inputs, "
                "choose another path"
            )


def _input_it_is(
    output: Output, real: str, config: Config, folders: Sequence[str], articles: set[str]
) -> str | None:
    """What input the output path is, if it is one; None when it may be written."""
    path = Path(real)
    if path.is_dir():
        return "is a folder"
    if path.name in (CONFIG_FILE, PYPROJECT) or (config.path and real == _real(config.path)):
        return "is a configuration file"
    if real == _real(config.reference):
        return "is the reference registry"
    if config.baseline and real == _real(config.baseline) and output.option != "--write-baseline":
        return "is the baseline this run reads"
    if path.suffix == ".json" and path.parent == Path(_real(config.claims)):
        return "is in the claims folder, where claims files are kept"
    if real in articles:
        return "is an article being checked"
    if path.suffix.lower() in ARTICLE_SUFFIXES and any(path.is_relative_to(f) for f in folders):
        return "is an article" if path.exists() else "would be read as an article"
    return None


def _real(path: str | os.PathLike[str]) -> str:
    return os.path.realpath(path)
