"""One account of a death, a capture or an answer to blame, from the phrases that tell of one verb."""

from __future__ import annotations

from itertools import pairwise


def combined(aspect: str, values: list[str]) -> str | None:
    """One account from the phrases of one verb: "*/other.crossfire/*" and "custody/*/*" make
    "custody/other.crossfire/*"; two different timings, causes, places or answers make none."""
    if "-" in values and aspect != "death":
        return None
    kept = [v for v in values if v != "-"]
    if aspect != "death":
        return kept[0] if len(set(kept)) == 1 else None
    parts = [v.split("/") for v in kept]
    known = [sorted({p[k] for p in parts if p[k] != "*"}, key=len) for k in range(3)]
    if not parts or any(not _chain(found) for found in known):
        return None
    return "/".join(found[-1] if found else "*" for found in known)


def _chain(values: list[str]) -> bool:
    """'other' and 'other.shootout' make one account ("shot dead by police in a shootout")."""
    return all(b.startswith(a + ".") for a, b in pairwise(values))
