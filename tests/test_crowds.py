"""Crowds: the size of a march, a rally or a funeral, however it is written, compared within one day."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from factcheck.extract import extract
from factcheck.lexicon import Lexicon
from factcheck.model import Finding, Quantity, Source

FindingsFor = Callable[..., tuple[Finding, ...]]
MARCH = "Commissioner Amadou Kessler said the march against the water tax in Emberly passed peacefully."


@pytest.fixture
def crowds(make_source: Callable[..., Source], lexicon: Lexicon) -> Callable[[str], list[float]]:
    def read(text: str) -> list[float]:
        extraction = extract(make_source(text, published="2031-06-14"), lexicon)
        return [
            c.value.low
            for c in extraction.claims
            if isinstance(c.value, Quantity) and c.value.measure == "crowd"
        ]

    return read


@pytest.mark.parametrize(
    ("text", "low"),
    [
        ("A crowd of about 50,000 marched through Emberly on Friday.", 45_000),
        ("Hundreds of protesters marched through Emberly on Friday.", 200),
        ("Police put the crowd in Emberly at 20,000 on Friday.", 20_000),
        ("Some 3,000 demonstrators gathered outside the town hall in Emberly.", 2_700),
        ("More than 8,000 mourners lined the streets of Emberly for the funeral.", 8_000),
    ],
)
def test_a_crowd_is_read_in_any_of_its_shapes(crowds, text, low):
    assert [round(x) for x in crowds(text)] == [low]


def test_two_sizes_of_one_crowd_on_one_day_conflict(findings_for: FindingsFor) -> None:
    one = (f"A crowd of 20,000 marched through Emberly on Friday. {MARCH}", "2031-06-14")
    other = (f"About 4,000 protesters marched through Emberly on Friday. {MARCH}", "2031-06-14")
    assert [f for f in findings_for(one, other) if f.rule == "FC501"]


def test_crowds_in_undated_articles_are_not_compared(findings_for: FindingsFor) -> None:
    one = (f"A crowd of 20,000 marched through Emberly. {MARCH}", None)
    other = (f"About 4,000 protesters marched through Emberly. {MARCH}", None)
    assert not [f for f in findings_for(one, other) if f.rule == "FC501"]
