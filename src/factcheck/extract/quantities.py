"""(stub) quantities claims."""

from __future__ import annotations

from factcheck.extract.document import Document
from factcheck.model import Claim


def quantity_claims(document: Document) -> list[Claim]:
    return []
