"""Lines for a person to read, on a terminal or in a pipe: wrapped at words on a terminal only,
never cut, paths linked (OSC 8) only where a terminal shows links."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TextIO

from rich.cells import cell_len
from rich.console import Console
from rich.style import Style
from rich.text import Text

from factcheck.model import Severity

STYLES = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
WORD = re.compile(r"\S+\s*")


class Page:
    """A console that prints each line whole (rich never wraps, folds or crops it); on a terminal a
    long line is wrapped between words, as a terminal would otherwise break it inside one."""

    def __init__(self, out: TextIO) -> None:
        self.console = Console(file=out, highlight=False, soft_wrap=True)
        self.is_terminal = self.console.is_terminal and not self.console.is_dumb_terminal

    @property
    def width(self) -> int:
        return self.console.width

    def line(self, text: Text | str = "", indent: int = 0, hang: int | None = None) -> None:
        """`text` after `indent` blanks; on a terminal its further lines start after `hang` blanks."""
        text = Text(text) if isinstance(text, str) else text
        hang = indent if hang is None else hang
        if not self.is_terminal:  # a pipe or a file takes each line whole, as ruff prints them
            self.console.print(Text(" " * indent) + text)
            return
        for number, part in enumerate(wrapped(text, self.width - indent, self.width - hang)):
            self.console.print(Text(" " * (hang if number else indent)) + part)

    def link(self, path: str, line: int | None) -> Style:
        """A hyperlink to the file at its line (as kitty and ripgrep write it), on a terminal only."""
        if not self.is_terminal:
            return Style()
        return Style(link=Path(path).resolve().as_uri() + (f"#{line}" if line else ""))


def wrapped(text: Text, first: int, rest: int) -> list[Text]:
    """`text` broken between words into lines of `first` cells, then of `rest`; a word longer than
    a line (a path) stays whole on a line of its own."""
    offsets: list[int] = []
    used, room = 0, first
    for word in WORD.finditer(text.plain):
        size = cell_len(word.group().rstrip())
        if used and used + size > room:
            offsets.append(word.start())
            used, room = 0, rest
        used += cell_len(word.group())
    lines = list(text.divide(offsets))
    for line in lines:
        line.rstrip()
    return lines
