"""The claims file format, version 2: an extraction as deterministic, sorted, pretty-printed JSON.

Version 2 writes typed claims: a value per kind of fact (title, party, quantity with its measure,
detail, bound and scope, date with its event and weekday, event), `as_of`, and the `stance`
(negated, hedged, speaker). A file of another version is never misread: `from_json` says so and
the caller extracts afresh. The vocabulary of a source is not written; it is read from the article.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date
from typing import Any

from factcheck.errors import ClaimsError
from factcheck.model import (
    Affiliation,
    Alias,
    Aspect,
    Bearing,
    Claim,
    ClaimValue,
    Dated,
    DateRange,
    EntityType,
    Extraction,
    Happening,
    Mention,
    Precision,
    Predicate,
    Quantity,
    Quoted,
    Rank,
    Scope,
    Side,
    Source,
    Span,
    Stance,
    TimeOfDay,
    Title,
)

CLAIMS_FORMAT = 2
JSON = dict[str, Any]


def to_json(source: Source, extraction: Extraction, compact: bool = False) -> str:
    """The claims file of a source: sorted and indented for review in a diff, or `compact` (one
    line, as the corpus index keeps it: several times faster to write)."""
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
    if compact:
        return json.dumps(document, ensure_ascii=False, separators=(",", ":"))
    return json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def from_json(text: str, where: str) -> tuple[JSON, Extraction] | None:
    """Read a claims file back: its source entry and its extraction, or None when it is a claims
    file of another format version. Any damage is a ClaimsError naming the file."""
    try:
        data = json.loads(text)
        if (
            data["format"] != CLAIMS_FORMAT
            and isinstance(data["format"], int)
            and isinstance(data["source"], dict)
        ):
            return None
        source = data["source"]
        mentions = tuple(_read_mention(m) for m in data["mentions"])
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


def _span(span: Span) -> JSON:
    return {"start": span.start, "end": span.end, "text": span.text}


def _mention(mention: Mention) -> JSON:
    data = {**_span(mention.span), "type": mention.type.value, "key": mention.key, "rule": mention.rule}
    if mention.after_the:
        data["after_the"] = True
    if mention.placed_after:
        data |= {"placed_after": mention.placed_after, "context": sorted(mention.context)}
    return data


def _read_mention(m: Mapping[str, Any]) -> Mention:
    span = Span(m["start"], m["end"], m["text"])
    context = frozenset(str(w) for w in m.get("context", ()))
    placed = str(m.get("placed_after", ""))
    return Mention(
        span, EntityType(m["type"]), m["key"], m["rule"], bool(m.get("after_the")), placed, context
    )


def _claim(claim: Claim, mentions: tuple[Mention, ...]) -> JSON:
    data = {
        **_span(claim.span),
        "subject": claim.subject,
        "subject_key": mentions[claim.subject].key if claim.subject is not None else None,
        "anchors": list(claim.anchors),
        "object": claim.object,
        "predicate": claim.predicate.value,
        "value": _value(claim.value),
        "as_of": _range(claim.as_of),
        "stance": _stance(claim.stance),
        "rule": claim.rule,
    }
    if claim.context:
        data["context"] = sorted(claim.context)
    return data


def _read_claim(c: Mapping[str, Any]) -> Claim:
    return Claim(
        subject=None if c["subject"] is None else int(c["subject"]),
        predicate=Predicate(c["predicate"]),
        value=_read_value(c["value"]),
        span=Span(c["start"], c["end"], c["text"]),
        rule=c["rule"],
        as_of=_read_range(c["as_of"]),
        stance=_read_stance(c["stance"]),
        anchors=tuple(int(a) for a in c["anchors"]),
        object=None if c["object"] is None else int(c["object"]),
        context=frozenset(str(w) for w in c.get("context", ())),
    )


def _stance(stance: Stance) -> JSON:
    return {
        "negated": stance.negated,
        "hedged": stance.hedged,
        "speaker": stance.speaker,
        "speaker_mention": stance.speaker_mention,
        "quoted": stance.quoted,
    }


def _read_stance(s: Mapping[str, Any]) -> Stance:
    mention = s["speaker_mention"]
    speaker = s["speaker"]
    return Stance(
        bool(s["negated"]),
        bool(s["hedged"]),
        None if speaker is None else str(speaker),
        None if mention is None else int(mention),
        bool(s["quoted"]),
    )


def _range(found: DateRange | None) -> JSON | None:
    if found is None:
        return None
    return {
        "start": found.start.isoformat(),
        "end": found.end.isoformat(),
        "precision": found.precision.value,
    }


def _read_range(r: Mapping[str, Any] | None) -> DateRange | None:
    if r is None:
        return None
    return DateRange(date.fromisoformat(r["start"]), date.fromisoformat(r["end"]), Precision(r["precision"]))


def _number(value: float) -> float | str:
    return "inf" if value == float("inf") else value


def _value(value: ClaimValue) -> JSON:
    if isinstance(value, Title):
        return {
            "type": "title",
            "office": value.office,
            "modifier": value.modifier,
            "jurisdiction": value.jurisdiction,
        }
    if isinstance(value, Affiliation):
        return {"type": "party", "party": value.party}
    if isinstance(value, Quantity):
        return {
            "type": "quantity", "low": _number(value.low), "high": _number(value.high),
            "measure": value.measure, "counted": value.counted, "detail": value.detail, "bound": value.bound,
            "scope": value.scope.value, "scope_word": value.scope_word, "listed": value.listed,
            "period": list(value.period) if value.period else None,
            "kind": value.kind, "dimension": value.dimension, "currency": value.currency,
            "rounding": _number(value.rounding), "sides": [_number(x) for x in value.sides],
        }  # fmt: skip
    if isinstance(value, Dated):
        return {
            "type": "date", "event": value.event, "when": _range(value.when), "weekday": value.weekday,
            "year_inferred": value.year_inferred, "planned": value.planned,
        }  # fmt: skip
    if isinstance(value, TimeOfDay):
        return {
            "type": "time", "event": value.event, "start": value.start, "end": value.end,
            "planned": value.planned,
        }  # fmt: skip
    if isinstance(value, Quoted):
        return {
            "type": "quote", "words": value.words, "parts": [list(p) for p in value.parts],
            "verb": value.verb, "partial": value.partial, "described": value.described,
        }  # fmt: skip
    if isinstance(value, Bearing):
        return {
            "type": "bearing", "direction": value.direction, "degrees": value.degrees,
            "within": value.within, "located": value.located,
        }  # fmt: skip
    if isinstance(value, Aspect):
        return {"type": "aspect", "aspect": value.aspect, "value": value.value, "about": value.about,
                "written": value.written}  # fmt: skip
    if isinstance(value, Side):
        return {"type": "side", "side": value.side, "game": value.game}
    if isinstance(value, Alias):
        return {"type": "alias", "written": value.written}
    if isinstance(value, Rank):
        return {"type": "rank", "role": value.role, "grade": value.grade, "written": value.written}
    return {"type": "event", "action": value.action, "target": value.target}


def _read_value(v: Mapping[str, Any]) -> ClaimValue:
    kind = v["type"]
    if kind == "title":
        return Title(str(v["office"]), _optional(v["modifier"]), _optional(v["jurisdiction"]))
    if kind == "party":
        return Affiliation(str(v["party"]))
    if kind == "quantity":
        period = v["period"]
        return Quantity(
            float(v["low"]), float(v["high"]), str(v["measure"]), str(v["counted"]), str(v["detail"]),
            str(v["bound"]), Scope(v["scope"]), str(v["scope_word"]), bool(v["listed"]),
            (int(period[0]), int(period[1])) if period else None,
            str(v.get("kind", "")), str(v.get("dimension", "")), str(v.get("currency", "")),
            float(v.get("rounding", 0.0)), tuple(float(x) for x in v.get("sides", ())),
        )  # fmt: skip
    if kind == "date":
        return Dated(
            str(v["event"]), _read_range(v["when"]), str(v["weekday"]), bool(v["year_inferred"]),
            bool(v.get("planned", False)),
        )  # fmt: skip
    if kind == "time":
        return TimeOfDay(str(v["event"]), int(v["start"]), int(v["end"]), bool(v["planned"]))
    if kind == "event":
        return Happening(str(v["action"]), str(v["target"]))
    if kind == "quote":
        parts = tuple((int(p[0]), int(p[1])) for p in v["parts"])
        return Quoted(str(v["words"]), parts, str(v["verb"]), bool(v["partial"]), str(v.get("described", "")))
    if kind == "bearing":
        degrees = v["degrees"]
        return Bearing(
            str(v["direction"]),
            None if degrees is None else float(degrees),
            bool(v["within"]),
            str(v["located"]),
        )
    if kind == "aspect":
        return Aspect(str(v["aspect"]), str(v["value"]), str(v["about"]), str(v["written"]))
    if kind == "side":
        return Side(str(v["side"]), str(v["game"]))
    if kind == "alias":
        return Alias(str(v["written"]))
    if kind == "rank":
        return Rank(str(v["role"]), str(v["grade"]), str(v["written"]))
    raise ValueError(f"unknown value type {kind!r}")


def _optional(value: object) -> str | None:
    return None if value is None else str(value)


def _check_references(extraction: Extraction) -> None:
    """Every mention a claim points at exists, and every span is a stretch of text."""
    count = len(extraction.mentions)
    for number, claim in enumerate(extraction.claims):
        pointed = [i for i in (claim.subject, claim.object, claim.stance.speaker_mention) if i is not None]
        wrong = next((i for i in [*pointed, *claim.anchors] if not 0 <= i < count), None)
        if wrong is not None:
            raise IndexError(f"claim {number} points at mention {wrong}; there are {count} mentions")
    for span in [m.span for m in extraction.mentions] + [c.span for c in extraction.claims]:
        if not (isinstance(span.start, int) and isinstance(span.end, int) and 0 <= span.start <= span.end):
            raise ValueError(f"span {span.start!r}..{span.end!r} is not a stretch of text")
