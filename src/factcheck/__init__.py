"""factcheck: a cross-source fact-consistency checker for news articles."""

from __future__ import annotations

__version__ = "0.1.0"
