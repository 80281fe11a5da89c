"""A finding's fingerprint: stable across edits that move it, so a baseline keeps matching it."""

from __future__ import annotations

import hashlib
import json
from pathlib import PurePosixPath

from factcheck.model import Finding


def fingerprint(finding: Finding) -> str:
    """Built from the rule, the canonical entity, the attribute, the normalised conflicting values
    and the article paths; never from offsets or line numbers."""
    paths = sorted({PurePosixPath(e.path).as_posix() for e in finding.evidence if e.start is not None})
    payload = {
        "rule": finding.rule,
        "entity": finding.entity.casefold(),
        "attribute": finding.attribute,
        "values": sorted(v.casefold() for v in finding.values),
        "paths": paths,
    }
    # surrogatepass: a lone surrogate (from a name no codec could decode) still has a fingerprint;
    # every other text encodes as before, so baselines keep matching
    encoded = json.dumps(payload, sort_keys=True, ensure_ascii=False).encode("utf-8", "surrogatepass")
    digest = hashlib.sha256(encoded)
    return digest.hexdigest()[:32]
