"""The best B-cubed scores any resolver can reach on ECB+ as `../shared/eval/resolution` counts them.

Usage: .venv/bin/python benchmarks/resolution_ceiling.py

The gold standard leaves some named mentions without a cluster id, and the scorer counts each as a
singleton, even where it repeats the exact text of a clustered mention of the same topic. This
script scores an ideal response: every clustered mention in its gold cluster, and every
unclustered mention joined to the clustered entity that most often bears its exact text (as any
resolver that merges equal names must), else left alone. Its precision is the ceiling.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
from collections import Counter
from types import ModuleType

from _corpora import CORPORA, SHARED, skip

SCORER = SHARED / "eval" / "resolution"


def _scorer() -> ModuleType:
    loader = importlib.machinery.SourceFileLoader("resolution_scorer", str(SCORER))
    spec = importlib.util.spec_from_loader("resolution_scorer", loader)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


def _ideal(mentions: list[dict]) -> list[str]:
    """The ideal response for one topic's gold mentions: gold clusters, equal names joined."""
    counts = Counter((m["text"], m["gold"]) for m in mentions if not m["gold"].startswith("single:"))
    owner: dict[str, str] = {}
    for (text, cluster), _ in counts.most_common():
        owner.setdefault(text, cluster)
    return [
        owner.get(m["text"], m["gold"]) if m["gold"].startswith("single:") else m["gold"] for m in mentions
    ]


def main() -> None:
    if not SCORER.exists() or not CORPORA["ecbplus"].exists():
        skip(f"needs {SCORER} and {CORPORA['ecbplus']}")
    scorer = _scorer()
    gold = scorer.gold_mentions(CORPORA["ecbplus"])
    precision = recall = total = unclustered = joined = 0.0
    for mentions in gold.values():
        ideal = _ideal(mentions)
        p, r = scorer.b_cubed([m["gold"] for m in mentions], ideal)
        precision, recall, total = (
            precision + p * len(mentions),
            recall + r * len(mentions),
            total + len(mentions),
        )
        unclustered += sum(m["gold"].startswith("single:") for m in mentions)
        joined += sum(m["gold"] != i for m, i in zip(mentions, ideal, strict=True))
    print(
        f"mentions={total:.0f} unclustered={unclustered:.0f} joined_by_equal_name={joined:.0f} "
        f"ceiling_b3_precision={precision / total:.3f} b3_recall={recall / total:.3f}"
    )


if __name__ == "__main__":
    main()
