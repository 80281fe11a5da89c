"""The reference registry file: the newsroom's canonical names and facts, read and checked line by line."""

from __future__ import annotations

from factcheck.registry.load import Problems, read_registry

__all__ = ["Problems", "read_registry"]
