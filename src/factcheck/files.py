"""Files factcheck shows and writes: paths made safe for a one-line message, atomic writes.

Two rules hold for every file factcheck generates (claims files, reports, baselines, an imported
registry): a reader never sees half a file, since it is written beside its target and renamed over
it; and it gets the permissions a plain open() would give (the umask, or the mode of the file it
replaces), not the owner-only mode of a temporary file.
"""

from __future__ import annotations

import os
import re
import secrets
import time
from collections.abc import Sequence
from pathlib import Path

from factcheck.errors import OutputError

# Our temporary files: "." + the target's name + eight random characters + ".tmp". Python's
# mkstemp (used before) makes the same shape, so orphans of older versions are recognised too.
TEMPORARY = re.compile(r"\..+\.[a-z0-9_]{8}\.tmp")
# A temporary file younger than this may belong to a run still writing it.
STALE_AFTER = 60.0
_UNDECODABLE = range(0xDC80, 0xDD00)  # os.fsdecode's stand-ins for bytes that are not UTF-8


def printable(text: str) -> str:
    """`text` on one line and encodable: control characters and backslashes escaped as Python
    writes them, a byte that was not UTF-8 in a file name as \\xNN."""
    if text.isprintable() and "\\" not in text:
        return text
    return "".join(_escaped(ch) for ch in text)


def visible(text: str) -> str:
    """Like `printable`, leaving backslashes alone: for messages whose paths are already shown."""
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() or ch == "\\" else _escaped(ch) for ch in text)


def _escaped(ch: str) -> str:
    if ch == "\\":
        return "\\\\"
    if ch.isprintable():
        return ch
    if ord(ch) in _UNDECODABLE:
        return f"\\x{ord(ch) - 0xDC00:02x}"
    return repr(ch)[1:-1]


def shown(path: str | os.PathLike[str]) -> str:
    """A path as a message shows it: relative to the working folder when inside it, forward
    slashes, and `printable`, so a file name can never break or forge an error line."""
    return shown_all([path])[0]


def shown_all(paths: Sequence[str | os.PathLike[str]]) -> list[str]:
    """`shown` of many paths, each folder resolved once: a corpus shows every one of its paths."""
    # os.path rather than pathlib: pathlib's parsing cost more than reading the articles
    try:
        here = os.path.realpath(os.getcwd())
    except (ValueError, OSError):
        return [printable(Path(path).as_posix()) for path in paths]
    inside = here.rstrip(os.sep) + os.sep
    folders: dict[str, str | None] = {}
    found = []
    for path in paths:
        parent, name = os.path.split(os.path.abspath(path))
        if parent not in folders:
            try:
                folders[parent] = os.path.realpath(parent)
            except (ValueError, OSError):
                folders[parent] = None
        folder = folders[parent]
        if folder == here and name:
            found.append(printable(name))
        elif folder is not None and folder.startswith(inside) and name:
            found.append(printable(os.path.join(folder[len(inside) :], name).replace(os.sep, "/")))
        else:
            found.append(printable(Path(path).as_posix()))
    return found


def write_atomic(path: Path, text: str) -> None:
    """Write `text` as UTF-8 through a temporary file in the same folder, renamed over `path`."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        mode = _mode_to_keep(path)
        handle, temporary = _create_temporary(path)
    except OSError as exc:
        raise OutputError(f"{shown(path)}: cannot write ({_reason(exc)})") from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8", errors="backslashreplace", newline="\n") as stream:
            if mode is not None:
                os.fchmod(stream.fileno(), mode)
            stream.write(text)
        os.replace(temporary, path)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise OutputError(f"{shown(path)}: cannot write ({_reason(exc)})") from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def _mode_to_keep(path: Path) -> int | None:
    """The permissions of the file being replaced, as open() would keep them."""
    try:
        return path.stat().st_mode & 0o7777 if path.is_file() else None
    except OSError:
        return None


def _create_temporary(path: Path) -> tuple[int, Path]:
    """A new file beside `path`, created as open() creates one, so the umask decides its mode."""
    for _ in range(100):
        temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
        try:
            return os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666), temporary
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name beside {shown(path)}")


def remove_stale_temporaries(folder: Path, older_than: float = STALE_AFTER) -> int:
    """Delete the temporary files of writes that were killed before their rename; how many."""
    removed = 0
    cutoff = time.time() - older_than
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0  # a folder that cannot be listed is reported when it is written to
    for entry in entries:
        try:
            if (
                TEMPORARY.fullmatch(entry.name)
                and entry.is_file(follow_symlinks=False)
                and entry.stat(follow_symlinks=False).st_mtime < cutoff
            ):
                os.unlink(entry.path)
                removed += 1
        except OSError:
            continue  # gone already, or not ours to remove
    return removed


def _reason(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__
