"""Hostile corpora for the command line: odd front matter, pathological text, forged files, odd options.

Every corpus comes from a seed, so a failure is replayed with `python tests/fuzz/run.py --seed N`.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from pathlib import Path

WORDS = (
    "the minister said on Monday that at least 12 people were killed and 40 injured in Port Alder "
    "President-elect Mara Velden former acting interim Velmora People's Party (VPP) toll rose to "
    "about 2.5 million dollars $3bn 150 miles 19 km magnitude-5.9 quake 41-year-old June 24 2031 "
    "yesterday last week next Monday two days later according to officials told reporters may not "
    "attend did not attend skipped was captured shot dead Ana Lopez Ko Min-ji al-Haddadi O'Neill"
).split()
ODD = [
    "." * 200,
    "<!--",
    "-->",
    "<a ",
    "<",
    ">",
    "&amp;",
    "&#39;",
    "\u200b",
    "\u202e",
    "\x00",
    "\x1b[31m",
    "“",
    "”",
    "'",
    '"',
    "(",
    ")",
    "[",
    "]",
    "*",
    "**",
    "_",
    "#",
    "---",
    "\t",
    "\r",
    "\n\n",
    "…",
    "é",
    "year 1",
    "January 1, 0001",
    "December 31, 9999",
    "in 9999",
    "on Monday, March 3, 2025",
    "0",
    "99999999999999999999",
    "1e308",
    "-5",
    "½",
    "٣",
    "९",
    "𝟙",
    "Σ",
    "İ",
    "ß",
    "\ud7ff",
    "\ufeff",
]
FRONT_MATTER_LINES = [
    "published: 2031-06-02",
    "published: 2025-13-45",
    "published: 0001-01-01",
    "published: 9999-12-31",
    "published: yesterday",
    "published: [1, 2]",
    "date: {a: 1}",
    "id: a/b",
    "id: a__b",
    "id: ''",
    "id: ../../etc",
    "id: " + "x" * 300,
    "title: *bomb",
    "title: &bomb [1, 2]",
    "outlet: null",
    "factcheck: {ignore: [FC101], reason: x}",
    "factcheck: {ignore: FC999}",
    "factcheck: 3",
    "url: http://example.com",
    ": :",
    "- list",
    "id: 3",
    "published: 2031-06-02T10:00:00",
    "nested: " + "[" * 80 + "]" * 80,
]
OPTIONS = [
    ["--format", "json"],
    ["--format", "sarif"],
    ["--format", "gitlab"],
    ["--format", "junit"],
    ["--format", "github"],
    ["--format", "markdown"],
    ["--format", "concise"],
    ["--fail-on", "info"],
    ["--select", "FC1,FC5"],
    ["--ignore", "spelling.style"],
    ["--select", "XX9"],
    ["--fail-on", "bogus"],
    ["--max-article-size", "1KB"],
    ["--max-article-size", "lots"],
    ["--context", "nowhere"],
]


@dataclass
class Corpus:
    """Files to write under a temporary folder, and the command line to run there."""

    files: dict[str, bytes] = field(default_factory=dict)
    args: list[str] = field(default_factory=list)

    def write(self, root: Path) -> None:
        for name, data in self.files.items():
            path = root / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)


def _text(rng: random.Random, size: int) -> str:
    parts = []
    for _ in range(size):
        roll = rng.random()
        if roll < 0.15:
            parts.append(rng.choice(ODD) * rng.choice((1, 1, 2, 50)))
        elif roll < 0.2:
            parts.append(". ")
        else:
            parts.append(rng.choice(WORDS))
    return " ".join(parts)


def _front_matter(rng: random.Random) -> str:
    if rng.random() < 0.4:
        return ""
    lines = rng.sample(FRONT_MATTER_LINES, rng.randint(1, 4))
    return "---\n" + "\n".join(lines) + "\n---\n"


def _name(rng: random.Random, index: int) -> str:
    stem = rng.choice(["a", "b", "story", "x y", "caf\u00e9", "line\nbreak", "tab\tname", "-dash", "a__b"])
    suffix = rng.choice([".md", ".md", ".txt", ".html", ".markdown"])
    return f"sources/{index}-{stem}{suffix}"


def _registry(rng: random.Random) -> bytes:
    choices = [
        "version: 1\nentities:\n  - name: Mara Velden\n    type: person\n    roles:\n"
        "      - {title: President of Velmora, from: 2031-01-20}\n",
        "version: 2\n",
        "entities: 3\n",
        "entities:\n  - name: *x\n",
        "a: &a [1]\nb: *a\n",
        "entities:\n  - {name: X, type: persn, roles: [{title: Mayor, from: 2031-13-01}]}\n",
        "\x00\x01",
        "entities:\n" + "  - name: Ana Lopez\n" * 3,
    ]
    return rng.choice(choices).encode("utf-8", "surrogatepass")


def _claims_file(rng: random.Random) -> bytes:
    deep = "[" * 100_000 + "]" * 100_000
    forged = {"format": 1, "extractor_version": "5", "source": {"id": "x", "content_hash": "h"},
              "mentions": [], "claims": [{"subject": 99, "predicate": "title"}]}  # fmt: skip
    return rng.choice([deep, json.dumps(forged), "{", "null", "\xff"]).encode("utf-8", "surrogateescape")


def corpus(seed: int) -> Corpus:
    """A corpus of one to four articles with odd names, odd front matter and odd text, maybe a
    registry, a forged claims file or a baseline, and a command line over it."""
    rng = random.Random(seed)
    found = Corpus()
    for index in range(rng.randint(1, 4)):
        text = _front_matter(rng) + _text(rng, rng.randint(0, 120))
        data = text.encode("utf-8", "surrogatepass")
        if rng.random() < 0.05:
            data = b"\xff\xfe" + data
        found.files[_name(rng, index)] = data
    command = rng.choice(["check", "check", "check", "extract", "graph"])
    args = [command]
    if command == "check":
        for option in rng.sample(OPTIONS, rng.randint(0, 2)):
            args += option
        if rng.random() < 0.2:
            found.files["claims/reference.yaml"] = _registry(rng)
        if rng.random() < 0.1:
            found.files["baseline.json"] = _claims_file(rng)
            args += ["--baseline", "baseline.json"]
        if rng.random() < 0.1:
            args += ["-o", rng.choice(["sources/0-a.md", "out.json", "claims/reference.yaml"])]
    if rng.random() < 0.15:
        found.files[f"claims/{rng.choice(['0-a', 'x', '0-story'])}.json"] = _claims_file(rng)
    if rng.random() < 0.8:
        args.append("sources")
    found.args = args
    return found
