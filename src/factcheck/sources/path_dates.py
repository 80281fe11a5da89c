"""The publication date a file path gives, as archives and content systems write it.

Shapes: folders of year, month and day (`2025/06/23/harbour.md`), a date joined to the name by a
hyphen or underscore (`2025-06-23-harbour.md`, `harbour_2025_06_23.txt`), a compact date
(`20250623-harbour.md`), and a folder named by the date (`2025-06-23/harbour.md`). A number that
merely counts files (`business/023.txt`) or a year alone gives no date, and nor does an
impossible day: a path date is taken only when it is a real calendar day from 1900 to 2099.
"""

from __future__ import annotations

import re
from datetime import date

# Separated parts: the year first, then month and day, each of one or two digits.
_SEPARATED = re.compile(r"(?<![0-9])((?:19|20)\d\d)[-_/.](\d{1,2})[-_/.](\d{1,2})(?![0-9])")
# A compact date stands alone between separators: 20250623.
_COMPACT = re.compile(r"(?<![0-9A-Za-z])((?:19|20)\d\d)(\d\d)(\d\d)(?![0-9])")


def date_in_path(path: str) -> date | None:
    """The last real calendar day written in `path` (the one nearest the file), or None."""
    text = path.replace("\\", "/")
    found: list[tuple[int, date]] = []
    for pattern in (_SEPARATED, _COMPACT):
        for match in pattern.finditer(text):
            day = _day(*match.groups())
            if day is not None:
                found.append((match.start(), day))
    return max(found)[1] if found else None


def _day(year: str, month: str, day: str) -> date | None:
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None
