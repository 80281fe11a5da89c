"""Calendar intervals at the precision a text or a registry gives them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class DateRange:
    """A calendar interval with the precision the text gave ("day", "month" or "year")."""

    start: date
    end: date
    precision: str = "day"

    def overlaps(self, other: DateRange) -> bool:
        return self.start <= other.end and other.start <= self.end

    def __str__(self) -> str:
        if self.start == self.end:
            return self.start.isoformat()
        if self.precision == "year" and self.start.year == self.end.year:
            return str(self.start.year)
        if self.precision == "month" and self.start.strftime("%Y-%m") == self.end.strftime("%Y-%m"):
            return self.start.strftime("%Y-%m")
        return f"{self.start.isoformat()}..{self.end.isoformat()}"
