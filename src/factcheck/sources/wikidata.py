"""Registry entries imported from a Wikidata JSON dump, streamed one entity per line.

The official dump (`.json`, `.json.gz`, `.json.bz2`; the compression is recognised by its
magic bytes) is a JSON array with one entity per line: "[" first, "]" last, a "," after every
entity but the last. It is never read whole: each line is parsed alone and dropped unless
selected. A dump without the surrounding "[" "]" (JSON lines) is read the same way; one that
opens with "[" must close with "]", so a truncated download is an error, not a short registry.

What becomes of an item:

- **selection**: `ids` (Q-ids, see `read_ids`) and/or `types` (direct P31 "instance of" values;
  subclasses are not followed). Given both, an item must satisfy both; given neither, every item.
- **name**: the label in "en", else "en-gb", "en-us", "mul" (Wikidata's label for all languages),
  else the first label written in Latin script. An item with no such label is skipped.
- **aliases**: the "en" and "mul" aliases and the labels of every language, keeping only those
  written in Latin script (a Cyrillic or Hangul spelling never appears in English copy);
  de-duplicated case-insensitively, without the name, sorted.
- **type**: "person" whenever P31 includes Q5 (human); otherwise the first P31 value found in
  `TYPE_OF_CLASS`; otherwise no type at all (guessing "group" or "organization" for any other
  item would be wrong more often than right).
- **roles** (P39 position held) and **parties** (P102 member of political party): the English
  name of the target item when the dump contains it (or `labels` names it), else its Q-id so an
  editor sees what to fill in. P580/P582 qualifiers become `from`/`to` as "YYYY-MM-DD",
  "YYYY-MM" or "YYYY" by the time's precision (day, month, year); coarser or BCE times are
  treated as unknown. A statement that ended at an unknown time (P582 "somevalue" or coarser than
  a year) is skipped, since without `to` it would read as held today. Deprecated statements are
  skipped everywhere, P31 included.
- **wikidata**: the item's Q-id, on every entry.

Position and party names need a look-ahead, since they may come later in the dump than the
people who held them. Given a path and no `labels`, the dump is read twice: the first pass
collects the targets of the selected items' P39/P102 and keeps the names of those that come
after their first mention; the second pass picks up the others (which come before every
mention) while it yields entries. Only names of those targets are ever kept in memory.
"""

from __future__ import annotations

import bz2
import gzip
import json
import os
import re
import unicodedata
import zlib
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from types import MappingProxyType
from typing import IO, Any, NotRequired, TypedDict

from factcheck.errors import RegistryError

HUMAN = "Q5"
# P31 classes and the registry type they give; Q5 (human) wins over any other class.
TYPE_OF_CLASS: Mapping[str, str] = MappingProxyType(
    {
        HUMAN: "person",
        "Q7278": "party",  # political party
        "Q6256": "place",  # country
        "Q3624078": "place",  # sovereign state
        "Q515": "place",  # city
        "Q1549591": "place",  # big city
        "Q5119": "place",  # capital
        "Q43229": "organization",  # organization
        "Q484652": "organization",  # international organization
        "Q327333": "organization",  # government agency
    }
)
NAME_LANGUAGES = ("en", "en-gb", "en-us", "mul")
ALIAS_LANGUAGES = ("en", "mul")
POSITION_HELD, PARTY_MEMBERSHIP, START_TIME, END_TIME, INSTANCE_OF = "P39", "P102", "P580", "P582", "P31"

Dump = str | os.PathLike[str] | Iterable[str]
Period = TypedDict("Period", {"from": str, "to": str}, total=False)


class ImportedRole(Period):
    """A position held (P39), by the position's name."""

    title: str


class ImportedMembership(Period):
    """A membership of a political party (P102), by the party's name."""

    name: str


class ImportedEntry(TypedDict):
    """One item as a registry entry, with the registry file's keys."""

    name: str
    type: NotRequired[str]
    aliases: NotRequired[list[str]]
    roles: NotRequired[list[ImportedRole]]
    parties: NotRequired[list[ImportedMembership]]
    wikidata: str


_QID = re.compile(r"Q[1-9][0-9]*")
_TIME = re.compile(r"\+(\d{1,4})-(\d\d)-(\d\d)T")
_DAY, _MONTH, _YEAR = 11, 10, 9
# Keys in the order written; other keys follow in their own order.


def import_wikidata(
    dump: Dump,
    *,
    ids: Collection[str] | None = None,
    types: Collection[str] | None = None,
    labels: Mapping[str, str] | None = None,
) -> Iterator[ImportedEntry]:
    """Yield a registry entry for each selected item of `dump`, in the dump's order.

    `dump` is a path (read twice when `labels` is None) or an iterable of its lines (read
    once; role and party names then come from `labels` only). A missing file raises
    RegistryError at once; a line that is not JSON raises it, with its line number, when reached.
    """
    selection = _Selection(_id_set(ids, "ids"), _id_set(types, "types"))
    if not isinstance(dump, str | os.PathLike):
        return _entries(dump, selection, dict(labels or {}), frozenset())
    path = Path(dump)
    if not path.exists():
        raise RegistryError(f"{path}: no such Wikidata dump")
    if not path.is_file():  # a pipe could not be read twice: stream its lines instead
        raise RegistryError(f"{path}: not a regular file, cannot be read as a Wikidata dump")
    if labels is not None:
        return _entries(path, selection, dict(labels), frozenset())
    return _entries_with_lookahead(path, selection)


def read_ids(path: str | os.PathLike[str]) -> frozenset[str]:
    """The Q-ids listed in a file, one per line; '#' starts a comment, blank lines are ignored."""
    where = os.fspath(path)
    try:
        text = Path(where).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise RegistryError(f"{where}: no such ids file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise RegistryError(f"{where}: cannot read ids file ({exc})") from None
    found: set[str] = set()
    for number, line in enumerate(text.splitlines(), 1):
        value = line.split("#", 1)[0].strip()
        if not value:
            continue
        if not _QID.fullmatch(value.upper()):
            raise RegistryError(f"{where}:{number}: {value!r} is not a Wikidata item id like Q42")
        found.add(value.upper())
    return frozenset(found)


@dataclass(frozen=True, slots=True)
class _Selection:
    """Which items to import: by Q-id, by direct P31 class, or both."""

    ids: frozenset[str] | None
    types: frozenset[str] | None

    def matches(self, entity: Mapping[str, Any]) -> bool:
        qid = entity.get("id")
        if entity.get("type") != "item" or not isinstance(qid, str):
            return False
        if self.ids is not None and qid not in self.ids:
            return False
        return self.types is None or not self.types.isdisjoint(_targets(entity, INSTANCE_OF))


def _id_set(values: Collection[str] | None, what: str) -> frozenset[str] | None:
    if values is None:
        return None
    if isinstance(values, str):  # a lone "Q5" would otherwise be read as the ids "Q" and "5"
        raise TypeError(f"{what} must be a collection of Q-ids, not a string")
    return frozenset(value.strip().upper() for value in values)


def _entries(
    dump: Path | Iterable[str], selection: _Selection, labels: dict[str, str], wanted: frozenset[str]
) -> Iterator[ImportedEntry]:
    """The main pass; names of `wanted` targets met on the way are added to `labels`."""
    for entity in _read_entities(dump):
        _keep_label(entity, wanted, labels)
        if selection.matches(entity):
            entry = _entry(entity, labels)
            if entry is not None:
                yield entry


def _entries_with_lookahead(path: Path, selection: _Selection) -> Iterator[ImportedEntry]:
    labels: dict[str, str] = {}
    wanted: set[str] = set()
    for entity in _read_entities(path):
        if selection.matches(entity):
            wanted.update(_targets(entity, POSITION_HELD), _targets(entity, PARTY_MEMBERSHIP))
        _keep_label(entity, wanted, labels)
    yield from _entries(path, selection, labels, frozenset(wanted))


def _keep_label(entity: Mapping[str, Any], wanted: Collection[str], labels: dict[str, str]) -> None:
    qid = entity.get("id")
    if isinstance(qid, str) and qid in wanted and qid not in labels:
        name = _name(_mapping(entity, "labels"))
        if name is not None:
            labels[qid] = name


def _read_entities(dump: Path | Iterable[str]) -> Iterator[dict[str, Any]]:
    if isinstance(dump, Path):
        with _open_text(dump) as handle:
            yield from _parse_lines(handle, str(dump))
    else:
        yield from _parse_lines(dump, "<lines>")


def _open_text(path: Path) -> IO[str]:
    """The dump as text, decompressed by what its first bytes say it is."""
    try:
        with path.open("rb") as raw:
            magic = raw.read(3)
        opener: Callable[..., IO[str]] = open
        if magic.startswith(b"\x1f\x8b"):
            opener = gzip.open
        elif magic == b"BZh":
            opener = bz2.open
        return opener(path, "rt", encoding="utf-8")
    except OSError as exc:
        raise RegistryError(f"{path}: cannot read Wikidata dump ({exc})") from None


def _parse_lines(lines: Iterable[str], where: str) -> Iterator[dict[str, Any]]:
    number, opened, closed = 0, False, False
    try:
        for number, line in enumerate(lines, 1):
            text = line.strip().removesuffix(",").rstrip()
            if not text:
                continue
            if closed:
                raise RegistryError(f"{where}:{number}: text after the closing ']'")
            if text in ("[", "]"):
                opened, closed = opened or text == "[", text == "]"
                continue
            entity = _parse_entity(text, where, number)
            if entity is not None:
                yield entity
    except (OSError, EOFError, UnicodeDecodeError, zlib.error) as exc:
        raise RegistryError(f"{where}: cannot read the Wikidata dump past line {number} ({exc})") from None
    if opened and not closed:
        raise RegistryError(f"{where}:{number}: the dump ends before its closing ']' (truncated?)")


def _parse_entity(text: str, where: str, number: int) -> dict[str, Any] | None:
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise RegistryError(f"{where}:{number}: not valid JSON ({exc.msg} at column {exc.colno})") from None
    return value if isinstance(value, dict) else None


def _entry(entity: Mapping[str, Any], labels: Mapping[str, str]) -> ImportedEntry | None:
    names = _mapping(entity, "labels")
    name = _name(names)
    if name is None:
        return None
    entry = ImportedEntry(name=name, wikidata=entity["id"])
    kind = _entity_type(_targets(entity, INSTANCE_OF))
    if kind is not None:
        entry["type"] = kind
    aliases = _aliases(entity, names, name)
    if aliases:
        entry["aliases"] = aliases
    roles = [ImportedRole(title=title, **period) for title, period in _held(entity, POSITION_HELD, labels)]
    if roles:
        entry["roles"] = roles
    parties = [
        ImportedMembership(name=party, **period) for party, period in _held(entity, PARTY_MEMBERSHIP, labels)
    ]
    if parties:
        entry["parties"] = parties
    return entry


def _mapping(entity: Mapping[str, Any], key: str) -> dict[str, Any]:
    # Dumps write an empty "labels", "aliases" or "claims" as [] rather than {}.
    value = entity.get(key)
    return value if isinstance(value, dict) else {}


def _text(label: Any) -> str | None:
    value = label.get("value") if isinstance(label, dict) else None
    return (value.strip() or None) if isinstance(value, str) else None


def _name(labels: Mapping[str, Any]) -> str | None:
    for language in NAME_LANGUAGES:
        value = _text(labels.get(language))
        if value is not None:
            return value
    return next((v for label in labels.values() if (v := _text(label)) and is_latin(v)), None)


def _aliases(entity: Mapping[str, Any], labels: Mapping[str, Any], name: str) -> list[str]:
    aliases = _mapping(entity, "aliases")
    spoken = [_text(a) for language in ALIAS_LANGUAGES for a in aliases.get(language) or ()]
    written = [_text(label) for label in labels.values()]
    found: dict[str, str] = {name.casefold(): name}
    for value in (*spoken, *written):
        if value is not None and is_latin(value):
            found.setdefault(value.casefold(), value)
    del found[name.casefold()]
    return sorted(found.values(), key=lambda value: (value.casefold(), value))


def is_latin(text: str) -> bool:
    """Whether every letter of `text` is a Latin letter (modifier letters such as ʻ aside)."""
    letters = [c for c in text if c.isalpha() and unicodedata.category(c) != "Lm"]
    return bool(letters) and all("LATIN" in unicodedata.name(c, "") for c in letters)


def _entity_type(classes: list[str]) -> str | None:
    if HUMAN in classes:
        return TYPE_OF_CLASS[HUMAN]
    return next((TYPE_OF_CLASS[c] for c in classes if c in TYPE_OF_CLASS), None)


def _statements(entity: Mapping[str, Any], prop: str) -> Iterator[dict[str, Any]]:
    for statement in _mapping(entity, "claims").get(prop) or ():
        if isinstance(statement, dict) and statement.get("rank") != "deprecated":
            yield statement


def _targets(entity: Mapping[str, Any], prop: str) -> list[str]:
    return [qid for s in _statements(entity, prop) if (qid := _item_id(s.get("mainsnak"))) is not None]


def _datavalue(snak: Any) -> Any:
    if not isinstance(snak, dict) or snak.get("snaktype") != "value":
        return None
    datavalue = snak.get("datavalue")
    return datavalue.get("value") if isinstance(datavalue, dict) else None


def _item_id(snak: Any) -> str | None:
    value = _datavalue(snak)
    if not isinstance(value, dict):
        return None
    qid = value.get("id")
    if qid is None and value.get("entity-type") == "item" and isinstance(value.get("numeric-id"), int):
        qid = f"Q{value['numeric-id']}"  # older dumps give only the number
    return qid if isinstance(qid, str) and _QID.fullmatch(qid) else None


def _held(entity: Mapping[str, Any], prop: str, labels: Mapping[str, str]) -> list[tuple[str, Period]]:
    """Each P39/P102 statement's target name and period, without repeats, in statement order."""
    held: list[tuple[str, Period]] = []
    for statement in _statements(entity, prop):
        target = _item_id(statement.get("mainsnak"))
        period = _period(statement)
        if target is None or period is None:
            continue
        if (found := (labels.get(target, target), period)) not in held:
            held.append(found)
    return held


def _period(statement: Mapping[str, Any]) -> Period | None:
    """{"from", "to"} from P580/P582; None when the statement ended at an unknown time."""
    qualifiers = statement.get("qualifiers")
    qualifiers = qualifiers if isinstance(qualifiers, dict) else {}
    period: Period = {}
    start = _first_time(qualifiers.get(START_TIME) or ())
    if start is not None:
        period["from"] = start
    ends = [snak for snak in qualifiers.get(END_TIME) or () if isinstance(snak, dict)]
    end = _first_time(ends)
    if end is not None:
        period["to"] = end
    elif any(snak.get("snaktype") != "novalue" for snak in ends):
        return None  # it ended, but when is unknown: without 'to' it would read as held today
    return period


def _first_time(snaks: Iterable[Any]) -> str | None:
    return next((t for snak in snaks if (t := wikidata_time(_datavalue(snak))) is not None), None)


def wikidata_time(value: Any) -> str | None:
    """A Wikidata time value as "YYYY-MM-DD", "YYYY-MM" or "YYYY" by its precision, else None."""
    if not isinstance(value, dict) or not isinstance(value.get("time"), str):
        return None
    match = _TIME.match(value["time"])
    precision = value.get("precision")
    if match is None or not isinstance(precision, int) or precision < _YEAR:
        return None
    year, month, day = (int(part) for part in match.groups())
    try:
        if precision >= _DAY:
            return date(year, month, day).isoformat()
        if precision == _MONTH:
            return date(year, month, 1).isoformat()[:7]
        return date(year, 1, 1).isoformat()[:4]
    except ValueError:  # year 0, month 0 or a day that does not exist
        return None
