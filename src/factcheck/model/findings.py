"""What the rules find: findings with their evidence, and notices about the run itself."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Severity(enum.IntEnum):
    """How loud a finding is; the order is the order of `--fail-on`."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    def __str__(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, text: str) -> Severity:
        return cls[text.strip().upper()]


@dataclass(frozen=True, slots=True)
class Evidence:
    """A quoted span of one source, or an entry of the reference registry."""

    source_id: str
    path: str
    text: str
    start: int | None = None
    end: int | None = None
    line: int | None = None
    column: int | None = None
    line_text: str = ""
    note: str = ""


@dataclass(frozen=True, slots=True)
class Fix:
    """One edit that writes the accepted form over a deviant one in an article: the characters
    `start`..`end` (offsets as `Evidence` has them, into the text as read) hold `original` and
    become `replacement`.

    As in ruff, a fix is *safe* when it cannot change what the article means to write (the
    registry's form), and *unsafe* when it is the form most articles use or the usual spelling
    of a word: right most of the time, and made only when asked (`--unsafe-fixes`)."""

    path: str
    start: int
    end: int
    original: str
    replacement: str
    safe: bool = True  # the registry decided the form; else the form most articles use, a guess


@dataclass(frozen=True, slots=True)
class Finding:
    """A disagreement found by a rule, with its evidence from every source involved."""

    rule: str
    name: str
    kind: str
    severity: Severity
    entity: str
    message: str
    evidence: tuple[Evidence, ...]
    attribute: str = ""
    values: tuple[str, ...] = ()
    accepted: str = ""  # the spelling a fix would write, where the finding is about a spelling
    fixes: tuple[Fix, ...] = ()  # the edits that write `accepted` where the finding is certain of them

    @property
    def paths(self) -> tuple[str, ...]:
        return tuple(sorted({e.path for e in self.evidence if e.start is not None}))


@dataclass(frozen=True, slots=True)
class Notice:
    """Something about the run itself that a user should act on, such as an unused suppression."""

    path: str
    line: int
    message: str
    code: str = "FC001"
