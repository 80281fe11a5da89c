"""(stub) The sarif report."""

from __future__ import annotations

from typing import TextIO

from factcheck.report import Report


def render(report: Report, out: TextIO) -> None:
    raise NotImplementedError("sarif")
