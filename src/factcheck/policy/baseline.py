"""Baselines: the findings a newsroom has accepted, so that CI fails only on new ones."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from factcheck.errors import UsageError
from factcheck.files import shown, write_atomic
from factcheck.model import Finding
from factcheck.policy.fingerprint import fingerprint

BASELINE_VERSION = 1


@dataclass(frozen=True, slots=True)
class Baselined:
    """Findings after a baseline: those still to report, how many it hid, how many entries are stale."""

    findings: tuple[Finding, ...]
    hidden: int
    stale: int


def write_baseline(path: Path, findings: Iterable[Finding]) -> int:
    """Record the findings' fingerprints; refuses to replace a file that is not a factcheck baseline."""
    if path.exists():
        read_baseline(path)  # raises on a file that is not ours
    entries = sorted(
        (
            {"fingerprint": fingerprint(f), "rule": f.rule, "entity": f.entity, "message": f.message,
             "paths": list(f.paths)}
            for f in findings
        ),
        key=lambda e: (e["rule"], e["entity"], e["fingerprint"]),
    )  # fmt: skip
    unique = list({e["fingerprint"]: e for e in entries}.values())
    document = {"version": BASELINE_VERSION, "tool": "factcheck", "findings": unique}
    write_atomic(path, json.dumps(document, indent=2, ensure_ascii=False, sort_keys=True) + "\n")
    return len(unique)


def read_baseline(path: Path) -> frozenset[str]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("tool") != "factcheck" or data.get("version") != BASELINE_VERSION:
            raise ValueError("not a factcheck baseline (version 1)")
        return frozenset(str(entry["fingerprint"]) for entry in data["findings"])
    except FileNotFoundError:
        raise UsageError(f"{shown(path)}: no such baseline file (write one with --write-baseline)") from None
    except RecursionError:
        raise UsageError(f"{shown(path)}: not a factcheck baseline (nested too deeply)") from None
    except OSError as exc:
        raise UsageError(f"{shown(path)}: cannot read baseline ({exc.strerror or exc})") from None
    except (UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise UsageError(f"{shown(path)}: not a factcheck baseline ({exc})") from None


def apply_baseline(
    findings: Sequence[Finding], known: frozenset[str], everything: Sequence[Finding]
) -> Baselined:
    """Drop the findings the baseline knows. Stale entries are counted against `everything`, the
    findings of the whole corpus, so that checking only a few targets does not make others stale."""
    kept = tuple(f for f in findings if fingerprint(f) not in known)
    current = {fingerprint(f) for f in everything}
    return Baselined(kept, len(findings) - len(kept), len(known - current))
