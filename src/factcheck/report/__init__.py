"""Reporters: each renders a finished check result in one format and decides nothing."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TextIO

from factcheck.model import OUTPUT_FORMATS, CheckResult

Renderer = Callable[[CheckResult, TextIO], None]

FORMATS = OUTPUT_FORMATS


def reporter(name: str) -> Renderer:
    """The renderer of an output format, imported only when asked for (a JSON run never loads rich)."""
    module = importlib.import_module(f"factcheck.report.{MODULES[name]}")
    render: Renderer = module.render
    return render


MODULES = {
    "full": "terminal",
    "concise": "concise",
    "json": "json_report",
    "sarif": "sarif",
    "github": "github",
    "gitlab": "gitlab",
    "junit": "junit",
    "markdown": "markdown",
    "html": "html",
}
