"""(stub) events claims."""

from __future__ import annotations

from factcheck.extract.document import Document
from factcheck.model import Claim


def event_claims(document: Document) -> list[Claim]:
    return []
