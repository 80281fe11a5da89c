"""Hostile corpora through the real entry point: always exit 0, 1 or 2, never an internal error, never a hang.

The generator is seeded (tests/fuzz/generate.py), so a failing seed is replayed with
`python tests/fuzz/run.py --seed N --show`; the long run is `python tests/fuzz/run.py --runs 5000`.
"""

from __future__ import annotations

import pytest

from fuzz.run import is_crash, run_one

# Bounded so that the suite stays fast: the long run covers many more seeds.
SEEDS = range(120)


@pytest.mark.parametrize("seed", SEEDS)
def test_hostile_corpus_gets_a_clear_answer(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.delenv("FACTCHECK_DEBUG", raising=False)
    outcome = run_one(seed, timeout=30.0)
    assert outcome.code != -1, f"seed {seed} hung"
    assert not is_crash(outcome), f"seed {seed}: exit {outcome.code}: {outcome.stderr}"
