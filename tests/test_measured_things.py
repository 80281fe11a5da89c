"""Heights and speeds are compared only of one thing measured: a wave, a wall, the wind, a train."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from factcheck.extract import extract
from factcheck.lexicon import Lexicon
from factcheck.model import Finding, Quantity, Source

FindingsFor = Callable[..., tuple[Finding, ...]]


@pytest.fixture
def things(make_source: Callable[..., Source], lexicon: Lexicon) -> Callable[[str], list[str]]:
    def read(text: str) -> list[str]:
        extraction = extract(make_source(text, published="2031-10-13"), lexicon)
        return [
            f"{c.value.measure}:{c.value.detail}"
            for c in extraction.claims
            if isinstance(c.value, Quantity) and c.value.measure in ("height", "speed")
        ]

    return read


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("A 12-metre wave struck the harbour at Quillon.", "height:wave"),
        ("The sea wall at Quillon is six metres high, engineers said.", "height:wall"),
        ("Gusts of 140 km/h tore roofs from houses in Quillon.", "speed:gust"),
        ("The ferry was sailing at 20 knots when it hit the pier at Quillon.", "speed:ship"),
        ("Climbers reached the summit, which stands 3,100 metres high, on Tuesday.", "height:peak"),
    ],
)
def test_a_height_or_speed_is_of_the_thing_named_nearest(things, text, thing):
    assert things(text) == [thing]


def test_a_height_with_no_thing_named_is_of_nothing(things):
    assert things("It was 30 metres high, the mayor of Quillon said.") == ["height:"]


STORY = "Storm Velka hit Quillon on Sunday night, Mayor Lena Marchetti said."


def test_the_heights_of_one_wave_in_two_units_conflict(findings_for: FindingsFor) -> None:
    one = (f"{STORY} A 12-metre wave struck the harbour at Quillon.", "2031-10-13")
    other = (f"{STORY} A 12-foot wave struck the harbour at Quillon.", "2031-10-13")
    assert [f for f in findings_for(one, other) if f.rule == "FC501"]


def test_a_wall_and_a_wave_are_not_one_height(findings_for: FindingsFor) -> None:
    one = (f"{STORY} A 12-metre wave struck the harbour at Quillon.", "2031-10-13")
    other = (f"{STORY} Water poured over the four-metre sea wall at Quillon.", "2031-10-13")
    assert not [f for f in findings_for(one, other) if f.rule == "FC501"]
