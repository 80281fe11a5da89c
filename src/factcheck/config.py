"""Settings from `[tool.factcheck]` in pyproject.toml or from factcheck.toml, each with its origin.

Keys are kebab-case; paths are relative to the folder of the file that sets them and come out
relative to the working folder (so report paths stay short).

- `sources`: folder of articles to check. Default "sources".
- `claims`: folder of claims files. Default "claims".
- `reference`: the reference registry. Default "claims/reference.yaml".
- `select`: rules to run, as codes ("FC101"), code prefixes ("FC2", "FC20") or rule names
  ("spelling.style"). Default ["FC"], every built-in rule.
- `ignore`: rules not to run, written like `select`. Between the two the most specific entry wins
  (a name counts as a full code); at equal specificity `ignore` wins.
- `severity`: table of code, prefix or name -> "error" | "warning" | "info", replacing a rule's
  default severity; the most specific entry wins.
- `fail-on`: the lowest severity that fails a run: "error" (default), "warning" or "info".
- `per-path-ignores`: table of glob -> codes, prefixes or names not reported in the articles it
  matches, whatever `select` says. A glob is relative to the config file's folder; `*` and `?`
  stay inside one folder, `**` crosses folders, a glob without "/" matches a file or folder name
  at any depth, and a glob that matches a folder covers everything in it.
- `output-format`: full (default), concise, json, sarif, github, gitlab, junit or markdown.
- `baseline`: file of accepted findings. Default none.
- `cache-dir`: folder of factcheck's cache, the corpus index: what extraction understood of each
  article, read back while the article and the extractor are unchanged, the findings of recent
  runs and the partitions resolution made of recent corpora. Default: a folder for
  this project in the user's cache (`$FACTCHECK_CACHE_DIR`, else the platform's, such as
  ~/.cache/factcheck). Safe to delete. `--no-cache` runs without it.
- `max-article-size`: articles larger than this are refused before they are read: a number of
  bytes, or a number with KB, MB or GB (1 KB = 1024 bytes; "512KB", "2MB"). Default "2MB".
- `jobs`: how many processes extract articles at once; 1 extracts in the factcheck process.
  Default: one per core.

`find_config` walks up from a folder; the first folder with a factcheck.toml, or a pyproject.toml
that has a `[tool.factcheck]` table, wins, factcheck.toml first. In factcheck.toml the keys are
top-level or in a `[tool.factcheck]` table. With a config file, default paths are anchored to its
folder too.
"""

from __future__ import annotations

import difflib
import json
import os
import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import MappingProxyType
from typing import Any

from factcheck.errors import ConfigError
from factcheck.files import printable
from factcheck.model import OUTPUT_FORMATS, Severity
from factcheck.rules import BUILTIN_RULES, canonical_selector, rule_by_code, rule_hint
from factcheck.sources import DEFAULT_MAX_ARTICLE_SIZE

CONFIG_FILE = "factcheck.toml"
PYPROJECT = "pyproject.toml"
DEFAULT = "default"
COMMAND_LINE = "command line"
# Config fields in `describe` order; their TOML keys are kebab-case.
SETTINGS = (
    "sources claims reference select ignore severity fail_on per_path_ignores output_format baseline "
    "max_article_size cache_dir jobs"
)
KEYS = {name.replace("_", "-"): name for name in SETTINGS.split()}
PATH_SETTINGS = ("sources", "claims", "reference")
TABLES = ("severity", "per_path_ignores")
TOML_TYPES = {"str": "a string", "int": "an integer", "list": "an array", "dict": "a table"}
SIZE = re.compile(r"(\d+(?:\.\d+)?)\s*(b|kb|kib|k|mb|mib|m|gb|gib|g)?", re.IGNORECASE)
SIZE_UNITS = {"b": 1, "k": 1024, "m": 1024**2, "g": 1024**3}


class _Invalid(Exception):
    """A bad value, with the text to look for in the file to give its line."""

    def __init__(self, message: str, needle: str | None = None) -> None:
        super().__init__(message)
        self.needle = needle


@dataclass(frozen=True, slots=True)
class Config:
    """The resolved settings. `provenance` maps each field name to "default", the config file or
    "command line"; `path` is the config file read, if any; `root` anchors per-path-ignores."""

    sources: str = "sources"
    claims: str = "claims"
    reference: str = "claims/reference.yaml"
    select: tuple[str, ...] = ("FC",)
    ignore: tuple[str, ...] = ()
    severity: tuple[tuple[str, Severity], ...] = ()
    fail_on: Severity = Severity.ERROR
    per_path_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    output_format: str = "full"
    baseline: str | None = None
    max_article_size: int = DEFAULT_MAX_ARTICLE_SIZE
    cache_dir: str | None = None
    jobs: int = field(default_factory=lambda: os.cpu_count() or 1)
    path: str | None = None
    root: str = "."
    provenance: Mapping[str, str] = field(
        default_factory=lambda: MappingProxyType(dict.fromkeys(KEYS.values(), DEFAULT)), compare=False
    )

    def with_overrides(self, overrides: Overrides) -> Config:
        """A copy with the settings given on the command line (None means not given)."""
        changes: dict[str, Any] = {}
        for name, value in overrides.given().items():
            try:
                changes[name] = _convert(name, value, Path.cwd(), name.replace("_", "-"))
            except _Invalid as exc:
                raise ConfigError(f"{COMMAND_LINE}: {exc}") from None
        provenance = {**self.provenance, **dict.fromkeys(changes, COMMAND_LINE)}
        return replace(self, **changes, provenance=MappingProxyType(provenance))


@dataclass(frozen=True, slots=True)
class Overrides:
    """Settings as the command line gives them, each None when not given; `select` and `ignore`
    are comma-separated."""

    claims: str | None = None
    reference: str | None = None
    select: str | None = None
    ignore: str | None = None
    fail_on: str | None = None
    output_format: str | None = None
    baseline: str | None = None
    max_article_size: str | None = None
    cache_dir: str | None = None
    jobs: int | None = None

    def given(self) -> dict[str, object]:
        """The settings given, by field name, as `_convert` reads them."""
        values: dict[str, object] = {}
        for name in (
            "claims",
            "reference",
            "select",
            "ignore",
            "fail_on",
            "output_format",
            "baseline",
            "max_article_size",
            "cache_dir",
            "jobs",
        ):
            value = getattr(self, name)
            if value is None:
                continue
            if name in ("select", "ignore"):
                value = [code.strip() for code in value.split(",") if code.strip()]
            values[name] = value
        return values


def find_config(start: Path) -> Path | None:
    """The config file that governs `start`: the nearest folder up with one wins."""
    start = start.resolve()
    for folder in (start, *start.parents):
        candidate = folder / CONFIG_FILE
        if candidate.is_file():
            return candidate
        pyproject = folder / PYPROJECT
        if pyproject.is_file() and _tool_table(pyproject, _read_toml(pyproject)[0]) is not None:
            return pyproject
    return None


def load_config(path: Path | None) -> Config:
    """The settings in the file at `path`, or the defaults when `path` is None."""
    if path is None:
        return Config()
    data, text = _read_toml(path)
    settings = _settings(path, data)
    where, folder = _relative(path.resolve()), path.resolve().parent
    label = printable(where)
    defaults = Config()
    changes: dict[str, Any] = {name: _relative(folder / getattr(defaults, name)) for name in PATH_SETTINGS}
    for key, value in settings.items():
        if key not in KEYS:
            raise ConfigError(
                f"{_at(label, text, key)}: unknown key {printable(repr(key))}{_hint(key, KEYS)}"
            )
        try:
            changes[KEYS[key]] = _convert(KEYS[key], value, folder, key)
        except _Invalid as exc:
            raise ConfigError(f"{_at(label, text, exc.needle or key)}: {printable(str(exc))}") from None
    provenance = {name: where if key in settings else DEFAULT for key, name in KEYS.items()}
    return replace(defaults, **changes, path=where, root=str(folder), provenance=MappingProxyType(provenance))


def describe(config: Config) -> list[str]:
    """The settings as the lines of a TOML file that, saved as factcheck.toml in the working
    folder, gives the same settings; a comment on each line says where its value came from."""
    lines = [f"# config file: {printable(config.path) if config.path else 'none, defaults only'}"]
    for key, name in KEYS.items():
        value, origin = getattr(config, name), printable(config.provenance.get(name, DEFAULT))
        if value is None:  # TOML has no null: an unset setting is only a comment
            lines.append(f"# {key}: not set ({origin})")
        else:
            lines.append(f"{key} = {_toml_value(value, name in TABLES)}  # {origin}")
    return lines


def _read_toml(path: Path) -> tuple[dict[str, Any], str]:
    where = printable(_relative(path))
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{where}: cannot read ({getattr(exc, 'strerror', None) or exc})") from None
    try:
        return tomllib.loads(text), text
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{where}: malformed TOML: {exc}") from None


def _tool_table(path: Path, data: Mapping[str, Any]) -> dict[str, Any] | None:
    tool = data.get("tool", {})
    table = tool.get("factcheck") if isinstance(tool, dict) else None
    if table is not None and not isinstance(table, dict):
        raise ConfigError(f"{printable(_relative(path))}: tool.factcheck must be a table")
    return table


def _settings(path: Path, data: dict[str, Any]) -> dict[str, Any]:
    table = _tool_table(path, data)
    if path.name != CONFIG_FILE:
        return table or {}
    if table is None:
        return data
    others = [k for k in data if k != "tool"] + [f"tool.{k}" for k in data["tool"] if k != "factcheck"]
    if others:
        raise ConfigError(
            f"{printable(_relative(path))}: {printable(repr(others[0]))} outside [tool.factcheck]; keep every key in it"
        )
    return table


def _convert(name: str, value: object, folder: Path, key: str) -> Any:
    """A setting's value checked and normalised; paths are taken relative to `folder`."""
    if name in PATH_SETTINGS or name in ("baseline", "cache_dir"):
        return _relative(folder / _string(value, key))
    if name in ("select", "ignore"):
        return _selectors(value, key)
    if name == "severity":
        table = _table(value, key)
        return tuple((_selectors([code], key)[0], _severity(level, code)) for code, level in table.items())
    if name == "fail_on":
        return _severity(value, key)
    if name == "per_path_ignores":
        table = _table(value, key)
        return tuple((str(glob), _selectors(codes, glob)) for glob, codes in table.items())
    if name == "max_article_size":
        return size_in_bytes(value, key)
    if name == "jobs":
        return _jobs(value, key)
    text = _string(value, key)
    if text not in OUTPUT_FORMATS:
        raise _Invalid(
            f"{key}: unknown output format {text!r}{_hint(text, OUTPUT_FORMATS)}; one of {', '.join(OUTPUT_FORMATS)}"
        )
    return text


def size_in_bytes(value: object, key: str = "max-article-size") -> int:
    """A size written as bytes (2097152) or with a unit ("512KB", "2MB", "1GB"; K is 1024)."""
    if isinstance(value, int) and not isinstance(value, bool):
        size = value
    elif isinstance(value, str) and (match := SIZE.fullmatch(value.strip())):
        unit = (match.group(2) or "b")[0].lower()
        size = int(float(match.group(1)) * SIZE_UNITS[unit])
    else:
        shown = repr(value) if isinstance(value, str) else _kind(value)
        raise _Invalid(f'{key} must be a number of bytes or a size such as "2MB" or "512KB", not {shown}')
    if size <= 0:
        raise _Invalid(f"{key} must be more than 0 bytes, not {value!r}")
    return size


def _jobs(value: object, key: str) -> int:
    """A number of processes: a whole number, at least 1."""
    if not isinstance(value, int) or isinstance(value, bool):
        raise _Invalid(f"{key} must be a whole number of processes, not {_kind(value)}")
    if value < 1:
        raise _Invalid(f"{key} must be at least 1, not {value}")
    return value


def _string(value: object, key: str) -> str:
    text = os.fspath(value) if isinstance(value, os.PathLike) else value
    if not isinstance(text, str):
        raise _Invalid(f"{key} must be a string, not {_kind(value)}")
    return text


def _table(value: object, key: str) -> Mapping[str, object]:
    if not isinstance(value, Mapping):
        raise _Invalid(f"{key} must be a table, not {_kind(value)}")
    return value


def _selectors(value: object, key: str) -> tuple[str, ...]:
    """Rule codes, prefixes or names, each matching at least one built-in rule, in the case the
    rules write them (`fc2` is FC2)."""
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
        raise _Invalid(f"{key} must be an array of rule codes, not {_kind(value)}")
    codes = [rule.code for rule in BUILTIN_RULES]
    selectors = tuple(canonical_selector(v) for v in value)
    for written, selector in zip(value, selectors, strict=True):
        if not (rule_by_code(selector) or (selector and any(c.startswith(selector) for c in codes))):
            hint = rule_hint(selector)
            raise _Invalid(f"{key}: {written!r} is not the code, prefix or name of a rule{hint}", written)
    return selectors


def _severity(value: object, key: str) -> Severity:
    if isinstance(value, Severity):
        return value
    levels = [str(level) for level in Severity]
    if not isinstance(value, str) or value.strip().lower() not in levels:
        shown = repr(value) if isinstance(value, str) else _kind(value)
        hint = _hint(value, levels) if isinstance(value, str) else ""
        raise _Invalid(f"{key}: severity must be one of {', '.join(levels)}, not {shown}{hint}")
    return Severity.parse(value)


def _kind(value: object) -> str:
    return TOML_TYPES.get(type(value).__name__, type(value).__name__)


def _relative(path: Path) -> str:
    """The path relative to the working folder (with ".." if need be), else absolute."""
    absolute = path.resolve()
    try:
        return Path(os.path.relpath(absolute, Path.cwd().resolve())).as_posix()
    except ValueError:  # another drive
        return absolute.as_posix()


def _hint(word: str, candidates: Sequence[str] | Mapping[str, str]) -> str:
    folded = {c.casefold(): c for c in candidates}
    close = difflib.get_close_matches(word.casefold(), list(folded), n=1)
    return f"; did you mean {folded[close[0]]!r}?" if close else ""


def _at(where: str, text: str, needle: str) -> str:
    """`where` with the line of `needle`, a key or a quoted value, when it can be found."""
    word = re.escape(needle)
    key = rf"(?:^[ \t]*|[{{,][ \t]*|\[[^\]\n]*\.)([\"']?){word}\1[ \t]*[=\].]"
    match = re.search(rf"{key}|([\"']){word}\2", text, re.MULTILINE)
    return f"{where}:{text.count(chr(10), 0, match.start()) + 1}" if match else where


def _toml_value(value: object, table: bool = False) -> str:
    if table and isinstance(value, tuple):
        return "{" + ", ".join(f"{_toml_string(str(k))} = {_toml_value(v)}" for k, v in value) + "}"
    if isinstance(value, tuple):
        return "[" + ", ".join(_toml_string(str(v)) for v in value) + "]"
    if type(value) is int:
        return str(value)
    return _toml_string(str(value))


def _toml_string(text: str) -> str:
    """A TOML basic string: JSON's escapes are TOML's, and DEL, which JSON leaves, is escaped too."""
    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f")
