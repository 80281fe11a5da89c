"""A fast reader for the entries of a registry written in the plain block style it is documented in.

A registry of a million entries is tens of millions of YAML events, which the YAML parser turns
into Python objects one by one: minutes and gigabytes. Registries are written (by hand or by
`import-wikidata`) in a small block style: one entry per `- name: ...` item, one key per line,
scalars, `[flow, lists]`, `{flow: mappings}` and lists of them. This module reads exactly that
style line by line into the same YAML nodes the parser would build, one entry at a time, and
says None for anything else (a comment after a value, a multi-line scalar, an anchor, a tag...),
so that the caller reads such a file with the YAML parser instead: never a different result.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import yaml

_STR = "tag:yaml.org,2002:str"
_SEQ = "tag:yaml.org,2002:seq"
_MAP = "tag:yaml.org,2002:map"
_KEY = r"[A-Za-z_][A-Za-z0-9_]*"
# A plain scalar of block context on one line: no indicator first, no ': ' or ' #' inside.
_PLAIN = r"[^\s\-?:,\[\]{}#&*!|>'\"%@`](?:[^:#\s]|:(?=[^\s])|(?<=[^\s])#|[ ](?=[^\s#]))*"
# A plain scalar of flow context: neither may it hold ',', brackets or braces.
# (and no ':' at all, which versions of libyaml read differently there).
_FLOW_PLAIN = r"[^\s\-?:,\[\]{}#&*!|>'\"%@`](?:[^:#\s,\[\]{}]|(?<=[^\s])#|[ ](?=[^\s#,:\[\]{}]))*"
_QUOTED = r"\"[^\"\\]*\"|'(?:[^']|'')*'"
_SCALAR = rf"(?:{_QUOTED}|{_PLAIN})"
_FLOW_SCALAR = rf"(?:{_QUOTED}|{_FLOW_PLAIN})"
_FLOW_SEQ = rf"\[(?: *{_FLOW_SCALAR} *(?:, *{_FLOW_SCALAR} *)*)?\]"
_FLOW_MAP = rf"\{{(?: *{_KEY}: +{_FLOW_SCALAR} *(?:, *{_KEY}: +{_FLOW_SCALAR} *)*)?\}}"
_VALUE = rf"(?:{_FLOW_SEQ}|{_FLOW_MAP}|{_SCALAR})"
# One line: indentation, an optional '- ', then 'key: value', 'key:' or a lone value.
_LINE = re.compile(rf"( *)(- +)?(?:({_KEY}):(?: +({_VALUE}))?|({_VALUE})) *\n?")
# The same for the lines most registries are made of, with words of letters, digits and a few
# marks only: a narrower pattern without look-arounds, tried first because it is much faster.
_WORDS = r"[^\W_][\w.’'()/&-]*(?: [\w.’'()/&-]+)*"
_COMMON = rf"(?:\[(?:{_WORDS}(?:, {_WORDS})*)?\]|\{{(?:[a-z]+: {_WORDS}(?:, [a-z]+: {_WORDS})*)?\}}|{_WORDS})"
_COMMON_LINE = re.compile(rf"( *)(- )?(?:([a-z]+):(?: ({_COMMON}))?|({_COMMON}))\n?")
_BLANK = re.compile(r" *(?:#[^\n]*)?\n?")
# What the plain reader leaves to the parser anywhere in the list: tabs, carriage returns, and
# what YAML refuses to read as text (control characters, surrogates, non-characters).
_UNSUPPORTED = re.compile("[\t\r\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")
_FLOW_ITEM = re.compile(rf" *({_FLOW_SCALAR}) *,?")
_FLOW_PAIR = re.compile(rf" *({_KEY}): +({_FLOW_SCALAR}) *,?")


class _Mark(yaml.Mark):
    """Where a node starts: its line (the column is not kept)."""

    def __init__(self, line: int):
        super().__init__("<registry>", 0, line, 0, None, 0)


class NotPlain(Exception):
    """The text is not in the plain block style; read it with the YAML parser."""


# What a plain item is read into before it becomes YAML nodes (or, by `quick`, an entry at once):
# a list element is its line and its raw value, or its line and the (line, key, raw value) of
# each pair of a block mapping; a field is its line, its key, and its raw value or a block list.
Element = tuple[int, "str | list[tuple[int, str, str]]"]
Field = tuple[int, str, "str | list[Element]"]


def unquoted(raw: str) -> str:
    """The text of a raw scalar: quotes taken off ('' in single quotes is one ')."""
    if raw[:1] == '"':
        return raw[1:-1]
    if raw[:1] == "'":
        return raw[1:-1].replace("''", "'")
    return raw


def flow_items(raw: str) -> list[str]:
    """The raw scalars of a raw '[a, b]' (as `_LINE` accepted it)."""
    if "'" not in raw and '"' not in raw:  # then a comma can only separate items
        return [item.strip() for item in raw[1:-1].split(",")] if raw[1:-1].strip() else []
    return [m.group(1) for m in _FLOW_ITEM.finditer(raw, 1, len(raw) - 1)]


def flow_pairs(raw: str) -> list[tuple[str, str]]:
    """The keys and raw scalars of a raw '{k: v, ...}' (as `_LINE` accepted it)."""
    if "'" not in raw and '"' not in raw and raw[1:-1].strip():  # no ',' or ':' inside a value
        pairs = []
        for part in raw[1:-1].split(","):
            key, _, value = part.partition(":")
            pairs.append((key.strip(), value.strip()))
        return pairs
    return [(m.group(1), m.group(2)) for m in _FLOW_PAIR.finditer(raw, 1, len(raw) - 1)]


def _scalar(raw: str, mark: _Mark) -> yaml.ScalarNode:
    return yaml.ScalarNode(_STR, unquoted(raw), mark, mark)


def _value(raw: str, mark: _Mark) -> yaml.Node:
    if raw[:1] == "[":
        return yaml.SequenceNode(_SEQ, [_scalar(r, mark) for r in flow_items(raw)], mark, mark, True)
    if raw[:1] == "{":
        pairs = [(yaml.ScalarNode(_STR, k, mark, mark), _scalar(v, mark)) for k, v in flow_pairs(raw)]
        return yaml.MappingNode(_MAP, pairs, mark, mark, True)
    return _scalar(raw, mark)


def item_node(line: int, fields: list[Field]) -> yaml.MappingNode:
    """The YAML nodes the parser would build for an item, with the same lines."""
    pairs: list[tuple[yaml.Node, yaml.Node]] = []
    for number, key, value in fields:
        mark = _Mark(number)
        node = _value(value, mark) if isinstance(value, str) else _list_node(value)
        pairs.append((yaml.ScalarNode(_STR, key, mark, mark), node))
    start = _Mark(line)
    return yaml.MappingNode(_MAP, pairs, start, start, False)


def _list_node(elements: list[Element]) -> yaml.SequenceNode:
    items: list[yaml.Node] = []
    for number, value in elements:
        mark = _Mark(number)
        if isinstance(value, str):
            items.append(_value(value, mark))
        else:
            pairs = [
                (yaml.ScalarNode(_STR, k, at, at), _value(v, at))
                for k, v, at in ((k, v, _Mark(n)) for n, k, v in value)
            ]
            items.append(yaml.MappingNode(_MAP, pairs, mark, mark, False))
    start = _Mark(elements[0][0])
    return yaml.SequenceNode(_SEQ, items, start, start, False)


def read_items(text: str, first: int, take: Callable[[int, list[Field]], None]) -> None:
    """Hand each item of the list that starts on line `first` (0-based) to `take`: its line and fields.

    The list must run to the end of the text. Raises NotPlain when the text is not in the plain
    block style, possibly after some items were taken: the caller then starts afresh. One loop
    over the lines, as a small state machine: a million entries are some seven million lines."""
    if _UNSUPPORTED.search(text):
        raise NotPlain
    start = 0
    for _ in range(first):
        start = text.index("\n", start) + 1
    state = _Item()
    # Lines are matched in place (no copy of the text, no string per line): a large registry is
    # itself a good part of the memory its loading takes.
    number, size = first - 1, len(text)
    while start < size:
        end = text.find("\n", start) + 1 or size
        found = _COMMON_LINE.fullmatch(text, start, end) or _LINE.fullmatch(text, start, end)
        number += 1
        if found is None:
            if not _BLANK.fullmatch(text, start, end):
                raise NotPlain
            start = end
            continue
        start = end
        spaces, dash, key, value, _ = found.groups()
        if value is not None and not dash and len(spaces) == state.keys and state.plain_field():
            state.fields.append((number, key, value))  # type: ignore[union-attr]  # the most common line
        else:
            state.read(number, found, take)
    if state.fields is None or state.pending is not None:
        raise NotPlain
    take(state.line, state.fields)


class _Item:
    """Where the reader stands: the item being read, and the block list of its field if any."""

    __slots__ = ("block", "fields", "indent", "keys", "line", "list_at", "pending")

    def __init__(self) -> None:
        self.indent = -1  # of the items' '- '
        self.keys = -1  # of the keys of the item being read
        self.line = -1
        self.fields: list[Field] | None = None
        self.pending: tuple[int, str] | None = None  # a 'key:' whose list starts on the next line
        self.list_at = -1  # indentation of the '- ' of the open list, -1 when none is open
        self.block: list[tuple[int, str, str]] | None = None  # pairs of the open block mapping

    def plain_field(self) -> bool:
        """Whether a 'key: value' line at the keys' indentation is simply the item's next field."""
        return self.list_at < 0 and self.pending is None and self.fields is not None

    def read(self, number: int, found: re.Match[str], take: Callable[[int, list[Field]], None]) -> None:
        spaces, dash, key, value, lone = found.groups()
        at = len(spaces)
        if self.pending is not None:
            if not dash or at < self.keys:
                raise NotPlain  # an empty value, or a nested mapping: rare, left to the parser
            self._open_list(at)
        if self.list_at >= 0 and self._in_list(number, at, dash, key, value, lone):
            return
        if at == self.indent and dash and key:
            if self.fields is not None:
                take(self.line, self.fields)
            self.line, self.fields, self.keys = number, [], at + len(dash)
        elif self.fields is None or at != self.keys or dash or not key:
            if self.indent < 0 and dash and key:  # the first item sets the indentation
                self.indent = at
                self.read(number, found, take)
                return
            raise NotPlain
        if value is None:
            self.pending = (number, key)
        else:
            self.fields.append((number, key, value))

    def _open_list(self, at: int) -> None:
        assert self.pending is not None and self.fields is not None
        number, key = self.pending
        self.fields.append((number, key, []))
        self.pending, self.list_at, self.block = None, at, None

    def _in_list(
        self, number: int, at: int, dash: str | None, key: str | None, value: str | None, lone: str | None
    ) -> bool:
        """Take a line of the open list; False (the list closed) when the line is not one."""
        assert self.fields is not None
        elements = self.fields[-1][2]
        assert isinstance(elements, list)
        if at == self.list_at and dash:
            if key is None:
                elements.append((number, lone or ""))
                self.block = None
                return True
            if value is None:
                raise NotPlain
            self.block = [(number, key, value)]
            elements.append((number, self.block))
            return True
        if self.block is not None and at == self.list_at + 2 and not dash and key and value is not None:
            self.block.append((number, key, value))
            return True
        self.list_at, self.block = -1, None
        return False
