"""(stub) dates claims."""

from __future__ import annotations

from factcheck.extract.document import Document
from factcheck.model import Claim


def date_claims(document: Document) -> list[Claim]:
    return []
