"""What a registry entry may hold: the keys of each part, and the dates it may be given."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from factcheck.model import DateRange, Precision
from factcheck.sources.calendar import month_range, year_range

TOP_KEYS = ("version", "entities")
ENTRY_KEYS = ("name", "type", "aliases", "avoid", "roles", "parties", "date", "place", "wikidata", "note")
ROLE_KEYS = ("title", "from", "to", "note")
PARTY_KEYS = ("name", "from", "to", "note")
DATE_KEYS = ("from", "to")
_PARTIAL_DATE = re.compile(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


@lru_cache(maxsize=65536)
def date_range(text: str) -> DateRange | None:
    """'2025-06-24', '2025-06' or '2025' as the interval it names, or None. Cached: a large
    registry writes the same few thousand dates over and over."""
    match = _PARTIAL_DATE.fullmatch(text)
    try:
        if not match:
            raise ValueError(text)
        year, month, day = match.groups()
        if day:
            found = date(int(year), int(month), int(day))
            return DateRange(found, found, Precision.DAY)
        return month_range(int(year), int(month)) if month else year_range(int(year))
    except ValueError:
        return None
