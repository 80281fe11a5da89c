"""Calendar intervals at the precision a text or a registry gives them."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date


class Precision(enum.StrEnum):
    """How precisely a date was given."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"


@dataclass(frozen=True, slots=True)
class DateRange:
    """A calendar interval with the precision the text gave: a day, a month or a year."""

    start: date
    end: date
    precision: Precision = Precision.DAY

    def overlaps(self, other: DateRange) -> bool:
        return self.start <= other.end and other.start <= self.end

    def __str__(self) -> str:
        if self.start == self.end:
            return self.start.isoformat()
        if self.precision == Precision.YEAR and self.start.year == self.end.year:
            return str(self.start.year)
        if self.precision == Precision.MONTH and self.start.strftime("%Y-%m") == self.end.strftime("%Y-%m"):
            return self.start.strftime("%Y-%m")
        return f"{self.start.isoformat()}..{self.end.isoformat()}"
