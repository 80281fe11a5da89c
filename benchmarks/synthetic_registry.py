"""Write a synthetic reference registry of N invented entries (names, aliases, a role or two).

Usage: .venv/bin/python benchmarks/synthetic_registry.py N OUTPUT.yaml [--seed S]

The names are invented from syllables plus generic given names and surnames, with surnames drawn
from a skewed distribution so that some are shared by thousands of entries, as in a real registry.
Every name and alias is unique (case-insensitively), so the registry is valid. Nothing is written
into the repository: the file is a benchmark input, made afresh each time.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

GIVEN = (
    "James John Robert Michael William David Richard Joseph Thomas Charles Mary Patricia Jennifer"
    " Linda Elizabeth Barbara Susan Jessica Sarah Karen Anna Maria Peter Paul Mark Laura Emma"
).split()
SURNAMES = (
    "Smith Johnson Williams Brown Jones Miller Davis Wilson Moore Taylor Anderson Thomas Jackson"
    " White Harris Martin Thompson Wood Clark Lewis Walker Hall Allen Young King Wright Scott Green"
).split()
SYLLABLES = (
    "ba be bi bo ka ke ko la le li lo ma me mi mo na ne ni no ra re ri ro sa se si so ta te ti to"
    " va ve vo za ze dra tri gor han kel mor sten vik wen dal fen"
).split()
OFFICES = ("Mayor of {}", "Governor of {}", "Chief Executive of {} Holdings", "Minister of Finance")
ORG_HEADS = ("Holdings", "Group", "Foundation", "Institute", "Party", "Union")


class Names:
    """Deterministic invented names; `unique` refuses a name already given (case-insensitively)."""

    def __init__(self, seed: int):
        self.random = random.Random(seed)
        self.taken: set[str] = set()
        self.given = GIVEN + [self.word(2) for _ in range(2000)]
        self.surnames = SURNAMES + [self.word(3) for _ in range(60000)]

    def word(self, syllables: int) -> str:
        return "".join(self.random.choice(SYLLABLES) for _ in range(syllables)).capitalize()

    def surname(self) -> str:
        # Skewed: a few surnames are shared by thousands of entries, most by a handful.
        index = int(len(self.surnames) * self.random.random() ** 3)
        return self.surnames[index]

    def unique(self, name: str) -> bool:
        key = name.casefold()
        if key in self.taken:
            return False
        self.taken.add(key)
        return True


def person(names: Names) -> list[str] | None:
    given, surname = names.random.choice(names.given), names.surname()
    middle = f" {names.random.choice(names.given)[0]}." if names.random.random() < 0.3 else ""
    name = f"{given}{middle} {surname}"
    if not names.unique(name):
        return None
    lines = [f"  - name: {name}", "    type: person"]
    alias = f"{given[0]}. {surname}"
    if names.random.random() < 0.5 and names.unique(alias):
        lines.append(f"    aliases: [{alias}]")
    year = 1990 + names.random.randrange(30)
    lines.append("    roles:")
    office = names.random.choice(OFFICES).format(names.word(2))
    lines.append(f"      - {{title: {office}, from: {year}-01-15, to: {year + 4}-01-14}}")
    if names.random.random() < 0.4:
        lines.append(f"      - {{title: {office}, from: {year + 4}-01-15}}")
    return lines


def organisation(names: Names) -> list[str] | None:
    name = f"{names.word(2)} {names.surname()} {names.random.choice(ORG_HEADS)}"
    if not names.unique(name):
        return None
    acronym = "".join(w[0] for w in name.split()) + str(names.random.randrange(100))
    lines = [f"  - name: {name}", "    type: organization"]
    if names.unique(acronym):
        lines.append(f"    aliases: [{acronym}]")
    return lines


def registry_lines(count: int, seed: int = 1) -> Iterator[str]:
    """The registry YAML, line by line: `count` entries, about one in ten an organisation."""
    names = Names(seed)
    yield "version: 1"
    yield "entities:"
    made = 0
    while made < count:
        lines = organisation(names) if names.random.random() < 0.1 else person(names)
        if lines is not None:
            made += 1
            yield from lines


def write_registry(path: Path, count: int, seed: int = 1) -> None:
    with path.open("w", encoding="utf-8") as out:
        for line in registry_lines(count, seed):
            out.write(line + "\n")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("count", type=int)
    parser.add_argument("output", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    if args.output.exists():
        parser.error(f"{args.output} exists; not overwriting it")
    write_registry(args.output, args.count, args.seed)
    print(f"wrote {args.count} entries to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
