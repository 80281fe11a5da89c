"""HTML built from escaped text: one escaping function, element helpers and stable, unique ids."""

from __future__ import annotations

import hashlib
import html
import re

# Characters that must not reach the page as they are: C0 and C1 controls (a browser shows some
# as nothing and XML forbids them), lone surrogates (from undecodable file names; they cannot be
# encoded) and the bidirectional overrides that can make a quote read backwards.
UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069]")
NOT_SLUG = re.compile(r"[^a-z0-9]+")
SLUG_LENGTH = 40


def _shown(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # os.fsdecode's stand-in for a byte that was not UTF-8
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def text(value: str) -> str:
    """`value` as HTML text or attribute value: markup characters and quotes escaped, control
    characters shown as `\\xNN` so a hostile file name or quote can neither hide nor forge anything."""
    return html.escape(UNSAFE.sub(_shown, value), quote=True)


def element(name: str, content: str = "", **attributes: str | None) -> str:
    """`<name a="v">content</name>`; `content` is HTML already, attribute values are escaped here.
    A trailing underscore in a keyword is dropped (`class_`), other underscores become hyphens."""
    return f"<{name}{attributes_of(attributes)}>{content}</{name}>"


def attributes_of(attributes: dict[str, str | None]) -> str:
    parts = []
    for key, value in attributes.items():
        if value is None:
            continue
        name = key.rstrip("_").replace("_", "-")
        parts.append(f' {name}="{text(value)}"')
    return "".join(parts)


def link(target: str, content: str, **attributes: str | None) -> str:
    """A link to an element of this page by its id."""
    return element("a", content, href=f"#{target}", **attributes)


def section(name: str, title: str, body: str) -> str:
    """A top-level section of the page, `#name`, labelled by its h2."""
    heading = element("h2", text(title), id=f"{name}-heading")
    return element("section", heading + body, id=name, aria_labelledby=f"{name}-heading")


def slug(value: str) -> str:
    """Lower-case letters and digits joined by hyphens: readable in an address bar, safe in an id."""
    return NOT_SLUG.sub("-", value.casefold()).strip("-")[:SLUG_LENGTH].strip("-")


def digest(value: str) -> str:
    """Eight hexadecimal characters that tell two different names with the same slug apart."""
    return hashlib.sha256(value.encode("utf-8", "surrogatepass")).hexdigest()[:8]


class Ids:
    """Ids of a page: each made from a kind, a readable slug and a digest of what it names, so the
    same input gives the same ids, and never given twice (a repeat gets `-2`, `-3`...)."""

    def __init__(self, reserved: tuple[str, ...] = ()) -> None:
        self._given: set[str] = set(reserved)
        self._named: dict[tuple[str, str], str] = {}

    def of(self, kind: str, name: str) -> str:
        """The id of `name` among things of `kind`: the same one each time it is asked for."""
        key = (kind, name)
        if key not in self._named:
            self._named[key] = self.new(kind, name)
        return self._named[key]

    def new(self, kind: str, name: str, identity: str = "") -> str:
        """A fresh id for another thing of `kind` called `name`, told apart by a digest of
        `identity` (by default the name)."""
        base = "-".join(part for part in (kind, slug(name), digest(identity or name)) if part)
        candidate, number = base, 1
        while candidate in self._given:
            number += 1
            candidate = f"{base}-{number}"
        self._given.add(candidate)
        return candidate
