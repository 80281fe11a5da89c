"""The errors a user can act on; only the CLI turns them into exit status 2."""

from __future__ import annotations


class FactcheckError(Exception):
    """Base of every error factcheck reports to the user as one line."""


class SourceError(FactcheckError):
    """An article that cannot be read: missing, binary, not UTF-8, bad front matter."""


class ClaimsError(FactcheckError):
    """A claims file that cannot be read back."""


class RegistryError(FactcheckError):
    """A reference registry that is malformed."""


class ConfigError(FactcheckError):
    """A configuration that is malformed or names unknown keys."""


class UsageError(FactcheckError):
    """A command line that asks for something impossible."""


class OutputError(FactcheckError):
    """A generated file (claims file, report, baseline) that cannot or must not be written."""
