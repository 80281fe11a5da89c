"""factcheck: a cross-source fact-consistency checker for news articles."""

from __future__ import annotations

# The one place the version is set: the build reads it (pyproject.toml), and so do `--version` and
# the JSON and SARIF reports. Releases are tagged vMAJOR.MINOR.PATCH (README, "Releasing").
__version__ = "0.1.0"
