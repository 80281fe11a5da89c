"""Sums a source implies: parts of one count added up, and a count added to an earlier one."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from factcheck.extract import extract
from factcheck.lexicon import Lexicon
from factcheck.model import Finding, Quantity, Scope, Source

FindingsFor = Callable[..., tuple[Finding, ...]]
Read = tuple[str, str, str]  # the figure, "measure:detail", "main" or another scope


@pytest.fixture
def counts_of(make_source: Callable[..., Source], lexicon: Lexicon) -> Callable[[str], list[Read]]:
    """The quantity claims of a text as (figure, measure:detail, scope), in order."""

    def read(text: str) -> list[Read]:
        extraction = extract(make_source(text, published="2031-04-06"), lexicon)
        found = []
        for claim in extraction.claims:
            if isinstance(claim.value, Quantity):
                value = claim.value
                what = value.measure + (f":{value.detail}" if value.detail else "")
                found.append((f"{value.low:g}", what, value.scope.value))
        return found

    return read


@pytest.mark.parametrize(
    "text",
    [
        "The dead from the Kestrel Bay ferry disaster were 30 men and 12 women.",
        "The Kestrel Bay landslide killed 30 adults and 12 children.",
        "Among the dead in Kestrel Bay were 30 soldiers and 12 police officers, officials said.",
        "In Kestrel Bay, 20 men, 10 women and 12 children were injured in the blast.",
        "Thirty boys and twelve girls were rescued from the school in Kestrel Bay.",
    ],
)
def test_parts_of_one_count_add_up(counts_of: Callable[[str], list[Read]], text: str) -> None:
    assert [f for f in counts_of(text) if f[0] == "42" and f[2] == "main"]


@pytest.mark.parametrize(
    "text",
    [
        "The ferry carried 30 passengers and 12 crew off Kestrel Bay.",
        "Nine people died and 30 were injured in Kestrel Bay.",
        "About 30 men and 12 women may have died in Kestrel Bay, officials feared.",
    ],
)
def test_figures_that_are_not_parts_of_one_count_are_not_added(
    counts_of: Callable[[str], list[Read]], text: str
) -> None:
    assert not [f for f in counts_of(text) if f[0] in ("42", "39") and f[2] == "main"]


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("Twelve people died in the Marrisford fire on Friday, and another three died in hospital.", "15"),
        ("Twelve people died in the Marrisford fire. Three more died in hospital on Sunday.", "15"),
        ("Twelve people died in the Marrisford fire. A further three died in hospital.", "15"),
        ("The Marrisford fire killed 12 people; an additional three died in hospital.", "15"),
        (
            "Twelve died in Marrisford on Friday, another three died on Saturday and two more died on Sunday.",
            "17",
        ),
    ],
)
def test_another_count_adds_to_the_earlier_one(
    counts_of: Callable[[str], list[Read]], text: str, total: str
) -> None:
    assert (total, "deaths", Scope.MAIN.value) in counts_of(text)


def test_another_count_of_another_measure_adds_nothing(counts_of: Callable[[str], list[Read]]) -> None:
    found = counts_of("Nine people died in the Marrisford fire and another 14 were injured.")
    assert [f[:2] for f in found] == [("9", "deaths"), ("14", "injured")]


def test_a_count_added_to_the_one_before_agrees_with_its_sum(findings_for: FindingsFor) -> None:
    one = (
        "Twelve people died in the Marrisford fire, and another three died later, Ruben Achterberg said.",
        "2031-04-06",
    )
    other = ("The Marrisford fire has killed 15 people, manager Ruben Achterberg said.", "2031-04-06")
    assert not [f for f in findings_for(one, other) if f.rule == "FC501"]


def test_parts_that_add_to_another_total_conflict(findings_for: FindingsFor) -> None:
    one = (
        "The Kestrel Bay landslide killed 30 adults and 12 children, Mayor Dario Menck said.",
        "2031-04-06",
    )
    other = ("Fifty people died in the Kestrel Bay landslide, Mayor Dario Menck said.", "2031-04-06")
    assert [f for f in findings_for(one, other) if f.rule == "FC501"]
