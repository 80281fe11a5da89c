"""What factcheck says about real archives, for a person to read: counts, duplicates, a sample.

Usage: .venv/bin/python benchmarks/archive_precision.py [--corpus bbc|ecbplus] [--sample N] [--seed S]

On the BBC corpus (2,225 undated articles about different stories) it runs `factcheck check
--format json` over the whole corpus and prints the findings by rule and severity, every
error-level finding, the findings whose evidence joins the two files of one of the corpus's 98
exact-duplicate pairs (copies agree with themselves: there must be none), and an evenly drawn
sample of warning-level findings to read. On ECB+ it runs one check per same-event folder and
samples the warnings of all folders. The reading is the measurement: the script only lays the
findings out.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from _corpora import corpus_folder, corpus_subfolders, describe_setup

Finding = dict[str, Any]
FACTCHECK = [sys.executable, "-m", "factcheck", "check", "--format", "json"]


def findings_of(folder: Path, paths: list[str]) -> list[Finding]:
    """The findings of one check run from inside `folder` (paths relative to it)."""
    run = subprocess.run([*FACTCHECK, *paths], cwd=folder, capture_output=True, text=True, check=False)
    if run.returncode not in (0, 1):
        sys.exit(f"factcheck failed in {folder}: {run.stderr.strip()[-400:]}")
    found: list[Finding] = json.loads(run.stdout)["findings"]
    for finding in found:
        finding["folder"] = folder.name
    return found


def duplicate_pairs(folder: Path) -> set[frozenset[str]]:
    table = folder / "duplicates.csv"
    if not table.is_file():
        return set()
    with table.open(encoding="utf-8", newline="") as rows:
        return {frozenset((row["kept_path"], row["duplicate_path"])) for row in csv.DictReader(rows)}


def sets_copies_apart(finding: Finding, pair: frozenset[str]) -> bool:
    """The finding quotes the two copies with different words: it holds one against the other.

    A spelling finding may list both copies on the same side (both write "Britons"); that is no
    finding against the pair."""
    quoted: dict[str, set[str]] = {}
    for evidence in finding["evidence"]:
        path = str(evidence.get("path", "")).removeprefix("./")
        quoted.setdefault(path, set()).add(str(evidence.get("text", "")))
    first, second = sorted(pair)
    return first in quoted and second in quoted and quoted[first] != quoted[second]


def show(finding: Finding) -> str:
    lines = [f"  {finding['rule']} [{finding['severity']}] {finding['message']}"]
    shown = finding["evidence"][:4]
    for evidence in shown:
        where = f"{evidence.get('path')}:{evidence.get('line')}:{evidence.get('column')}"
        lines.append(f"      {where}: {str(evidence.get('text', ''))[:140]!r}")
    if len(finding["evidence"]) > len(shown):
        lines.append(f"      ... and {len(finding['evidence']) - len(shown)} more")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", choices=["bbc", "ecbplus"], default="bbc")
    parser.add_argument("--sample", type=int, default=20, help="warning-level findings to print")
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    folder = corpus_folder(args.corpus)
    print(describe_setup())
    if args.corpus == "bbc":
        findings = findings_of(folder, ["."])
    else:
        findings = [f for sub in corpus_subfolders(folder) for f in findings_of(sub, ["."])]
    by_rule = Counter((f["rule"], f["severity"]) for f in findings)
    print(f"{len(findings)} findings: " + ", ".join(f"{r} {s} {n}" for (r, s), n in sorted(by_rule.items())))
    errors = [f for f in findings if f["severity"] == "error"]
    print(f"\nerror-level findings ({len(errors)}):")
    for finding in errors:
        print(show(finding))
    pairs = duplicate_pairs(folder)
    on_copies = [f for f in findings if any(sets_copies_apart(f, pair) for pair in pairs)]
    print(f"\nfindings joining the two files of a duplicate pair ({len(on_copies)} of {len(pairs)} pairs):")
    for finding in on_copies:
        print(show(finding))
    warnings = [f for f in findings if f["severity"] == "warning"]
    sample = random.Random(args.seed).sample(warnings, min(args.sample, len(warnings)))
    print(f"\na sample of {len(sample)} of {len(warnings)} warning-level findings (seed {args.seed}):")
    for finding in sample:
        print(show(finding))


if __name__ == "__main__":
    main()
