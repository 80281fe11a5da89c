"""The floor plan holds: stages import only downwards, and the light entry points stay light."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent
HEAVY = {"networkx", "rapidfuzz", "rich"}


def test_the_import_contracts_of_pyproject_are_kept() -> None:
    pytest.importorskip("importlinter", reason="import-linter is a dev dependency: pip install -e '.[dev]'")
    run = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from importlinter.cli import lint_imports; sys.exit(lint_imports())",
        ],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr


@pytest.mark.parametrize("module", ["factcheck.model", "factcheck.report.json_report", "factcheck.report"])
def test_a_light_module_loads_no_graph_fuzzy_matching_or_terminal_library(module: str) -> None:
    code = f"import sys, {module}; print(' '.join(sorted({HEAVY!r} & set(sys.modules))))"
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == ""
