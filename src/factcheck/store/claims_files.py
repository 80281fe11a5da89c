"""Claims files on disk: one deterministic JSON file per source, read back or written atomically."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path
from typing import Any

from factcheck.errors import ClaimsError
from factcheck.extract import EXTRACTOR_VERSION, extract
from factcheck.files import shown, write_atomic
from factcheck.lexicon import Lexicon
from factcheck.model import (
    Claim,
    ClaimValue,
    DateRange,
    EntityType,
    Extraction,
    Happening,
    Mention,
    Qualifiers,
    Quantity,
    Source,
    Span,
    Title,
)
from factcheck.store.names import claims_path

CLAIMS_FORMAT = 1
_VALUE_TYPES: dict[str, type] = {"title": Title, "quantity": Quantity, "date": DateRange, "event": Happening}


def to_json(source: Source, extraction: Extraction) -> str:
    document = {
        "format": CLAIMS_FORMAT,
        "extractor_version": extraction.extractor_version,
        "source": {
            "id": source.id,
            "path": source.path,
            "content_hash": extraction.content_hash,
            "published": source.published.isoformat() if source.published else None,
            "published_from": source.published_from,
        },
        "mentions": [_mention(m) for m in extraction.mentions],
        "claims": [_claim(c, extraction.mentions) for c in extraction.claims],
    }
    return json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def _mention(mention: Mention) -> dict[str, Any]:
    return {**_span(mention.span), "type": mention.type.value, "key": mention.key, "rule": mention.rule}


def _span(span: Span) -> dict[str, Any]:
    return {"start": span.start, "end": span.end, "text": span.text}


def _claim(claim: Claim, mentions: tuple[Mention, ...]) -> dict[str, Any]:
    qualifiers = asdict(claim.qualifiers)
    qualifiers["as_of"] = _value(claim.qualifiers.as_of) if claim.qualifiers.as_of else None
    return {
        **_span(claim.span),
        "subject": claim.subject,
        "subject_key": mentions[claim.subject].key if claim.subject is not None else None,
        "anchors": list(claim.anchors),
        "object": claim.object,
        "predicate": claim.predicate,
        "value": _value(claim.value),
        "qualifiers": qualifiers,
        "topic": claim.topic,
        "rule": claim.rule,
    }


def _value(value: ClaimValue) -> dict[str, Any]:
    if isinstance(value, str):
        return {"type": "text", "text": value}
    tag = next(tag for tag, kind in _VALUE_TYPES.items() if isinstance(value, kind))
    fields = {
        k: (v.isoformat() if isinstance(v, date) else ("inf" if v == float("inf") else v))
        for k, v in asdict(value).items()
    }
    return {"type": tag, **fields}


def _read_value(data: dict[str, Any]) -> ClaimValue:
    tag = data.pop("type")
    if tag == "text":
        return str(data["text"])
    if tag == "date":
        return DateRange(
            date.fromisoformat(data["start"]), date.fromisoformat(data["end"]), data["precision"]
        )
    if tag == "quantity":
        return Quantity(float(data["low"]), float(data["high"]), data["unit"], data["counted"])
    return _VALUE_TYPES[tag](**data)  # type: ignore[no-any-return]


def from_json(text: str, where: str) -> tuple[dict[str, Any], Extraction]:
    """Read a claims file back; any damage is a ClaimsError naming the file."""
    try:
        data = json.loads(text)
        source = data["source"]
        mentions = tuple(
            Mention(Span(m["start"], m["end"], m["text"]), EntityType(m["type"]), m["key"], m["rule"])
            for m in data["mentions"]
        )
        claims = tuple(_read_claim(c) for c in data["claims"])
        extraction = Extraction(
            source["id"], source["content_hash"], data["extractor_version"], mentions, claims
        )
        _check_references(extraction)
    except RecursionError:
        raise ClaimsError(f"{where}: corrupt claims file (nested too deeply)") from None
    except (ValueError, KeyError, TypeError, IndexError, AttributeError, OverflowError) as exc:
        raise ClaimsError(f"{where}: corrupt claims file ({type(exc).__name__}: {exc})") from None
    return source, extraction


def _read_claim(c: dict[str, Any]) -> Claim:
    qualifiers = dict(c["qualifiers"])
    if qualifiers.get("as_of"):
        qualifiers["as_of"] = _read_value(dict(qualifiers["as_of"]))
    return Claim(
        subject=None if c["subject"] is None else int(c["subject"]),
        predicate=c["predicate"],
        value=_read_value(dict(c["value"])),
        span=Span(c["start"], c["end"], c["text"]),
        rule=c["rule"],
        qualifiers=Qualifiers(**qualifiers),
        topic=c.get("topic", ""),
        anchors=tuple(int(a) for a in c.get("anchors", ())),
        object=None if c.get("object") is None else int(c["object"]),
    )


def _check_references(extraction: Extraction) -> None:
    """Every mention a claim points at exists, and every span is a stretch of text."""
    count = len(extraction.mentions)
    for number, claim in enumerate(extraction.claims):
        pointed = [i for i in (claim.subject, claim.object) if i is not None] + list(claim.anchors)
        wrong = next((i for i in pointed if not 0 <= i < count), None)
        if wrong is not None:
            raise IndexError(f"claim {number} points at mention {wrong}; there are {count} mentions")
    for span in [m.span for m in extraction.mentions] + [c.span for c in extraction.claims]:
        if not (isinstance(span.start, int) and isinstance(span.end, int) and 0 <= span.start <= span.end):
            raise ValueError(f"span {span.start!r}..{span.end!r} is not a stretch of text")


@dataclass(frozen=True, slots=True)
class ClaimsFile:
    """A claims file about to be written: where, what, and whether that differs from the disk."""

    path: Path
    text: str
    changed: bool


def prepare(source: Source, extraction: Extraction, folder: Path) -> ClaimsFile:
    """The claims file of a source, checked against what is on disk; writes nothing. Refuses to
    replace a file that is not a claims file."""
    path = claims_path(folder, source.id)
    text = to_json(source, extraction)
    if not path.exists() and not path.is_symlink():
        return ClaimsFile(path, text, True)
    try:
        old = path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise ClaimsError(f"{shown(path)}: cannot read claims file ({exc.strerror or exc})") from None
    from_json(old, shown(path))
    return ClaimsFile(path, text, old != text)


def save(source: Source, extraction: Extraction, folder: Path) -> tuple[Path, bool]:
    """Write the claims file of a source; returns its path and whether it changed."""
    planned = prepare(source, extraction, folder)
    if planned.changed:
        write_atomic(planned.path, planned.text)
    return planned.path, planned.changed


def load_or_extract(source: Source, folder: Path | None, lexicon: Lexicon) -> Extraction:
    """The stored claims when they match the source and this extractor, else a fresh extraction."""
    if folder is not None:
        path = claims_path(folder, source.id)
        if path.is_file():
            try:
                text = path.read_text(encoding="utf-8")
            except OSError as exc:
                raise ClaimsError(f"{shown(path)}: cannot read claims file ({exc.strerror or exc})") from None
            except UnicodeDecodeError:
                raise ClaimsError(f"{shown(path)}: corrupt claims file (not UTF-8)") from None
            _, stored = from_json(text, shown(path))
            if stored.content_hash == source.content_hash and stored.extractor_version == EXTRACTOR_VERSION:
                _check_within(stored, source, path)
                return stored
    return extract(source, lexicon)


def _check_within(stored: Extraction, source: Source, path: Path) -> None:
    """Spans of a claims file that match the article's hash still lie inside its text."""
    size = len(source.text)
    if any(m.span.end > size for m in stored.mentions) or any(c.span.end > size for c in stored.claims):
        raise ClaimsError(f"{shown(path)}: corrupt claims file (a span runs past the end of the article)")
