"""Claims files on disk: one deterministic JSON file per source, written atomically."""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

from factcheck.errors import ClaimsError
from factcheck.extract import EXTRACTOR_VERSION, extract
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

CLAIMS_FORMAT = 1
_VALUE_TYPES: dict[str, type] = {"title": Title, "quantity": Quantity, "date": DateRange, "event": Happening}


def claims_path(folder: Path, source_id: str) -> Path:
    return folder / (source_id.replace("/", "__") + ".json")


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
        claims = []
        for c in data["claims"]:
            qualifiers = dict(c["qualifiers"])
            if qualifiers.get("as_of"):
                as_of = _read_value(dict(qualifiers["as_of"]))
                qualifiers["as_of"] = as_of
            claims.append(
                Claim(
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
            )
        extraction = Extraction(
            source["id"], source["content_hash"], data["extractor_version"], mentions, tuple(claims)
        )
    except (ValueError, KeyError, TypeError, IndexError) as exc:
        raise ClaimsError(f"{where}: corrupt claims file ({type(exc).__name__}: {exc})") from None
    return source, extraction


def write_atomic(path: Path, text: str) -> None:
    """Write through a temporary file in the same folder, so a reader never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def save(source: Source, extraction: Extraction, folder: Path) -> tuple[Path, bool]:
    """Write the claims file of a source; returns its path and whether it changed."""
    path = claims_path(folder, source.id)
    text = to_json(source, extraction)
    if path.exists():
        old = path.read_text(encoding="utf-8", errors="replace")
        from_json(old, str(path))  # refuses to replace a file that is not a claims file
        if old == text:
            return path, False
    write_atomic(path, text)
    return path, True


def load_or_extract(source: Source, folder: Path | None) -> Extraction:
    """The stored claims when they match the source and this extractor, else a fresh extraction."""
    if folder is not None:
        path = claims_path(folder, source.id)
        if path.is_file():
            try:
                text = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise ClaimsError(f"{path}: cannot read claims file ({exc})") from None
            _, stored = from_json(text, str(path))
            if stored.content_hash == source.content_hash and stored.extractor_version == EXTRACTOR_VERSION:
                return stored
    return extract(source)
