"""The file name of a source's claims file: one name per source id, and no two ids share one."""

from __future__ import annotations

import hashlib
from pathlib import Path

# Characters that Windows or POSIX do not allow in a file name, and our own escape and marker.
_NOT_IN_NAMES = frozenset('<>:"/\\|?*%~')
# Names longer than this (in bytes, before ".json") are shortened, leaving room for the temporary
# file's ".<name>.xxxxxxxx.tmp" within the 255 bytes most file systems allow.
MAX_NAME_BYTES = 180
_KEPT_BYTES = 150


def claims_path(folder: Path, source_id: str) -> Path:
    return folder / (claims_name(source_id) + ".json")


def claims_name(source_id: str) -> str:
    """The claims file name of a source id, one-to-one: "eastern-wire-2025-06-23" stays as it is,
    "world/a" becomes "world__a", and any character a file name cannot hold (or that would make
    two ids meet) is %-escaped as the bytes of its UTF-8. A name too long for a file system keeps
    its start and ends in "~" and a hash of the whole id; only shortened names hold a "~"."""
    name = "".join(_name_part(source_id, i) for i in range(len(source_id)))
    if len(name.encode("utf-8")) <= MAX_NAME_BYTES:
        return name
    digest = hashlib.sha256(source_id.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return _head(name, _KEPT_BYTES) + "~" + digest


def _name_part(source_id: str, i: int) -> str:
    ch = source_id[i]
    if ch == "/":
        return "__"
    # an underscore next to another or to a "/" is escaped, so that "__" always means "/"
    near = source_id[max(0, i - 1) : i] + source_id[i + 1 : i + 2]
    plain = ch.isprintable() and ch not in _NOT_IN_NAMES and not (i == 0 and ch == ".")
    if plain and not (ch == "_" and ("_" in near or "/" in near)):
        return ch
    return "".join(f"%{byte:02X}" for byte in ch.encode("utf-8", "surrogatepass"))


def _head(name: str, limit: int) -> str:
    """The longest start of an escaped name within `limit` bytes that does not cut an escape."""
    size = 0
    for end, ch in enumerate(name):
        size += len(ch.encode("utf-8"))
        if size > limit:
            head = name[:end]
            cut = head.rfind("%", max(0, end - 2))  # a "%" in the last two places starts a cut escape
            return head[:cut] if cut >= 0 else head
    return name
