"""YAML from people outside the newsroom: no aliases, bounded nesting, dates left as text.

Front matter and registries arrive in pull requests. A dozen lines of nested aliases ("billion
laughs") expand to gigabytes, and a deeply nested flow list overflows the recursive composer, so
both are refused while the document is still a stream of events, before anything is built. Plain
YAML timestamps are not resolved either: `published: 2025-13-45` stays a string and is then reported
as a bad date by whoever reads it, instead of making the parser raise.
"""

from __future__ import annotations

import yaml

# Deeper than any front matter or registry needs (a registry is five levels deep).
MAX_DEPTH = 64

_Loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class UntrustedYAMLError(yaml.MarkedYAMLError):
    """A document refused before it was built; `problem` and `problem_mark` say what and where."""


class _TextDatesLoader(_Loader):  # type: ignore[valid-type,misc]
    """The safe loader without the implicit timestamp type: dates are validated by their reader."""


_TextDatesLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def check_untrusted(text: str) -> None:
    """Refuse aliases and nesting deeper than MAX_DEPTH, in one linear pass over the events."""
    depth = 0
    for event in yaml.parse(text, Loader=_Loader):
        if isinstance(event, yaml.AliasEvent):
            raise UntrustedYAMLError(
                None, None, f"aliases (*{event.anchor}) are not allowed here", _mark(event)
            )
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                raise UntrustedYAMLError(
                    None, None, f"nested more than {MAX_DEPTH} levels deep", _mark(event)
                )
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1


def _mark(event: yaml.Event) -> yaml.Mark | None:
    """The event's position as a pure-Python mark, whichever parser produced it."""
    found = event.start_mark
    if found is None:
        return None
    return yaml.Mark("<yaml>", found.index, found.line, found.column, "", 0)


def load_untrusted(text: str) -> object:
    """The document as Python values (dates as text), after `check_untrusted`."""
    check_untrusted(text)
    return yaml.load(text, Loader=_TextDatesLoader)


def compose_untrusted(text: str) -> yaml.Node | None:
    """The document as YAML nodes with their line marks, after `check_untrusted`."""
    check_untrusted(text)
    return yaml.compose(text, Loader=_Loader)
