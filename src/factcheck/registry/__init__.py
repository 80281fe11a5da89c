"""The reference registry: the newsroom's canonical names and facts."""

from __future__ import annotations

from factcheck.model import Entry, Membership, Registry, Role
from factcheck.registry.load import load_registry

__all__ = ["Entry", "Membership", "Registry", "Role", "load_registry"]
