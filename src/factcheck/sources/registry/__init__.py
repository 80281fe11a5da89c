"""The reference registry file: read line by line (or through the YAML parser), every problem with
its line; and written back in the block style it is documented in."""

from __future__ import annotations

from factcheck.sources.registry.load import Problems, read_registry
from factcheck.sources.registry.write import write_registry

__all__ = ["Problems", "read_registry", "write_registry"]
