"""What the quotation rule works out of a wording, once per wording or pair of wordings however
many records quote them: archives carry copies of one wire story, which quote each other word for
word, and a speaker quoted by a hundred sources makes thousands of pairs of few wordings."""

from __future__ import annotations

from factcheck.lexicon.quotes import QuoteWords
from factcheck.rules.quote_meaning import (
    QuoteDifference,
    compare_quotes,
    same_statement_units,
    statement_units,
)
from factcheck.rules.quote_units import Unit

MIN_SHARED_WORDS = 4  # words two quotations share in any order before fragments are tried in another


class Wordings:
    """Units and verdicts by wording, for one check."""

    def __init__(self, words: QuoteWords) -> None:
        self.words = words
        self._units: dict[str, list[Unit]] = {}
        self._one_statement: dict[tuple[str, str], bool] = {}
        self._share_enough: dict[tuple[str, str], bool] = {}
        self._differences: dict[tuple[str, str], QuoteDifference | None] = {}

    def units(self, text: str) -> list[Unit]:
        if text not in self._units:
            self._units[text] = statement_units(text, self.words)
        return self._units[text]

    def one_statement(self, a: str, b: str) -> bool:
        """Whether two wordings are one statement (`same_statement_units`)."""
        key = (a, b)
        if key not in self._one_statement:
            self._one_statement[key] = same_statement_units(self.units(a), self.units(b))
        return self._one_statement[key]

    def share_enough(self, a: str, b: str) -> bool:
        """Whether two wordings share enough words, in any order, to be one statement reordered."""
        key = (a, b)
        if key not in self._share_enough:
            shared = {u.key for u in self.units(a)} & {u.key for u in self.units(b)}
            self._share_enough[key] = len(shared) >= MIN_SHARED_WORDS
        return self._share_enough[key]

    def difference(self, a: str, b: str) -> QuoteDifference | None:
        """How two wordings of one statement differ in meaning (`compare_quotes`), if they do."""
        key = (a, b)
        if key not in self._differences:
            self._differences[key] = compare_quotes(a, b, self.words)
        return self._differences[key]
