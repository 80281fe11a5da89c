"""A sum right after a name is a sum ("fined Halvik Freight 9.5 million euros"); a model number is a label."""

from __future__ import annotations

import pytest

from factcheck.extract.number_labels import label_end
from factcheck.extract.number_words import tokenize
from factcheck.lexicon import Lexicon


def _label_at(lexicon: Lexicon, sentence: str, digits: str) -> bool:
    tokens = tokenize(sentence)
    i = next(k for k, t in enumerate(tokens) if t.text == digits)
    return label_end(tokens, i, lexicon.numbers) > 0


@pytest.mark.parametrize(
    ("sentence", "digits"),
    [
        ("The authority fined Halvik Freight 9.5 million euros on Monday.", "9.5"),
        ("A court awarded Tessa Morrow 80,000 pounds in damages.", "80,000"),
        ("The state bank lent Brightwater Mills 40 million dollars.", "40"),
        ("Castor Energy paid Orvik Holdings 1.2 billion dollars for a stake.", "1.2"),
        ("The regulator ordered Corvane Bank 2 billion in fines.", "2"),
    ],
)
def test_a_sum_after_a_name_is_read(lexicon: Lexicon, sentence: str, digits: str) -> None:
    assert not _label_at(lexicon, sentence, digits)


@pytest.mark.parametrize(
    ("sentence", "digits"),
    [
        ("The airline grounded its Skyjet 737 fleet.", "737"),
        ("Crews boarded the Orbis 40 at dawn.", "40"),
        ("She drove along Route 9 to Wrenfield.", "9"),
    ],
)
def test_a_number_in_a_name_stays_a_label(lexicon: Lexicon, sentence: str, digits: str) -> None:
    assert _label_at(lexicon, sentence, digits)
