"""Election results: each vote count, share, seat count, turnout and total keyed to its holder."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from factcheck.extract import extract
from factcheck.lexicon import Lexicon
from factcheck.model import Finding, Quantity, Source

FindingsFor = Callable[..., tuple[Finding, ...]]
Tally = tuple[str, str, str]  # the figure as written, "measure:detail", the holder's name ("" for none)


@pytest.fixture
def tallies(make_source: Callable[..., Source], lexicon: Lexicon) -> Callable[[str], list[Tally]]:
    """The quantity claims of a text as (figure, measure, holder), in order."""

    def read(text: str) -> list[Tally]:
        extraction = extract(make_source(text, published="2031-05-12"), lexicon)
        found = []
        for claim in extraction.claims:
            if not isinstance(claim.value, Quantity) or claim.value.measure == "margin":
                continue  # the margin two counts imply (tests/test_margins.py)
            quantity = claim.value
            holder = extraction.mentions[claim.subject].key if claim.subject is not None else ""
            what = quantity.measure + (f":{quantity.detail}" if quantity.detail else "")
            found.append((f"{quantity.low:g}", what, holder))
        return found

    return read


def test_each_figure_belongs_to_the_subject_of_its_own_clause(tallies: Callable[[str], list[Tally]]) -> None:
    text = "Of 2.1 million votes cast, Tomas Brant got 1.1 million while Ilse Varga received 800,000."
    assert tallies(text) == [
        ("2.1e+06", "votes cast", ""),
        ("1.1e+06", "votes", "Tomas Brant"),
        ("800000", "votes", "Ilse Varga"),
    ]


def test_a_bare_count_after_a_share_is_a_count(tallies: Callable[[str], list[Tally]]) -> None:
    text = "Tomas Brant won 42.6 per cent and 1,204,311 votes in the Corvia governor's race."
    assert tallies(text) == [("42.6", "percent:vote", "Tomas Brant"), ("1.20431e+06", "votes", "Tomas Brant")]


def test_listed_holders_take_listed_figures_in_order(tallies: Callable[[str], list[Tally]]) -> None:
    text = "Tomas Brant and Ilse Varga took 1,204,311 (42.6%) and 983,100 (34.8%) votes respectively."
    assert tallies(text) == [
        ("1.20431e+06", "votes", "Tomas Brant"),
        ("42.6", "percent:vote", "Tomas Brant"),
        ("983100", "votes", "Ilse Varga"),
        ("34.8", "percent:vote", "Ilse Varga"),
    ]


def test_listed_holders_with_titles_between_them(tallies: Callable[[str], list[Tally]]) -> None:
    text = "Former mayor Tomas Brant and senior lawmaker Ilse Varga won 31 and 24 seats respectively."
    assert [(v, h) for v, _, h in tallies(text)] == [("31", "Tomas Brant"), ("24", "Ilse Varga")]


def test_a_share_in_brackets_is_the_share_of_the_count_before_it(
    tallies: Callable[[str], list[Tally]],
) -> None:
    text = "Ilse Varga, the runner-up, finished with 983,100 votes [34.8%], officials in Corvia said."
    assert ("34.8", "percent:vote", "Ilse Varga") in tallies(text)


def test_a_count_for_a_name_is_that_name_s(tallies: Callable[[str], list[Tally]]) -> None:
    text = "Officials in Corvia counted 983,100 votes for Ilse Varga on Sunday."
    assert tallies(text) == [("983100", "votes", "Ilse Varga")]


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Brant won 1.1 million votes out of 2.1 million ballots.",
        "Tomas Brant won 1.1 million of the votes; 2.1 million votes were cast in all.",
        "In all, the total count of votes came to 2.1 million, the Corvia election board said.",
        "A total of 2.1 million ballots were counted in Corvia.",
    ],
)
def test_a_total_cast_is_no_one_s_count(tallies: Callable[[str], list[Tally]], text: str) -> None:
    assert ("2.1e+06", "votes cast", "") in tallies(text)


@pytest.mark.parametrize(
    "text",
    [
        "Turnout in Corvia stood at 61 per cent, the election board said.",
        "The Corvia election board put turnout at 61%.",
        "Voters in Corvia came out in force, with a 61% turnout.",
    ],
)
def test_a_turnout_is_a_measure_of_its_own(tallies: Callable[[str], list[Tally]], text: str) -> None:
    assert tallies(text) == [("61", "turnout", "")]


def test_a_share_no_candidate_won_is_no_one_s_share(findings_for: FindingsFor) -> None:
    runoff = "Tomas Brant and Ilse Varga face a runoff in Corvia as none of the candidates won over 50% of the vote."
    one = (runoff, "2031-05-12")
    other = ("Tomas Brant won 46% of the vote in Corvia, beating Ilse Varga.", "2031-05-12")
    assert not [f for f in findings_for(one, other) if f.rule == "FC501"]


def test_a_truncated_count_agrees_with_a_rounded_one(findings_for: FindingsFor) -> None:
    one = ("Ilse Varga received 9.4 million votes in Corvia, Tomas Brant said.", "2031-05-12")
    other = ("Ilse Varga garnered 9.5 million votes in Corvia, Tomas Brant said.", "2031-05-12")
    assert not [f for f in findings_for(one, other) if f.rule == "FC501"]


def test_counts_two_digits_apart_conflict(findings_for: FindingsFor) -> None:
    one = ("Ilse Varga received 9.3 million votes in Corvia, Tomas Brant said.", "2031-05-12")
    other = ("Ilse Varga garnered 9.5 million votes in Corvia, Tomas Brant said.", "2031-05-12")
    assert [f for f in findings_for(one, other) if f.rule == "FC501"]


def test_tallies_at_one_stage_of_counting_are_compared_and_the_message_says_so(
    findings_for: FindingsFor,
) -> None:
    one = (
        "With 60% of ballots counted, Ilse Varga had 41,300 votes in Corvia, Tomas Brant said.",
        "2031-05-12",
    )
    other = (
        "With 60% of ballots counted, Ilse Varga had 47,300 votes in Corvia, Tomas Brant said.",
        "2031-05-12",
    )
    found = [f for f in findings_for(one, other) if f.rule == "FC501"]
    assert found and "60% of ballots counted" in found[0].message


def test_tallies_at_two_stages_of_counting_are_not_compared(findings_for: FindingsFor) -> None:
    one = (
        "With 60% of ballots counted, Ilse Varga had 41,300 votes in Corvia, Tomas Brant said.",
        "2031-05-12",
    )
    other = (
        "With 90% of ballots counted, Ilse Varga had 62,800 votes in Corvia, Tomas Brant said.",
        "2031-05-12",
    )
    assert not [f for f in findings_for(one, other) if f.rule == "FC501"]


def test_a_final_tally_is_said_to_be_one(findings_for: FindingsFor) -> None:
    one = ("Ilse Varga won 67,950 votes in Corvia, the election board said.", "2031-05-12")
    other = ("Ilse Varga won 76,950 votes in Corvia, the election board said.", "2031-05-12")
    found = [f for f in findings_for(one, other) if f.rule == "FC501"]
    assert found and "final results" in found[0].message


def test_a_figure_of_the_next_clause_goes_to_the_name_after_it(tallies: Callable[[str], list[Tally]]) -> None:
    text = "The Harbour Alliance won 54 seats in Corvia, while 17 seats went to the Green Front."
    assert [(v, h) for v, _, h in tallies(text)] == [("54", "Harbour Alliance"), ("17", "Green Front")]


@pytest.mark.parametrize(
    "text",
    [
        "In Corvia, 39.3% of the vote went to Ilse Varga.",
        "Ilse Varga won a share of 39.3% in Corvia.",
        "Ilse Varga polled 39.3 per cent in Corvia.",
        "Ilse Varga's vote share was 39.3% in Corvia.",
        "Ilse Varga secured 1.2 million votes, or 39.3%, in Corvia.",
    ],
)
def test_a_share_of_the_vote_is_its_holder_s(tallies: Callable[[str], list[Tally]], text: str) -> None:
    assert ("39.3", "percent:vote", "Ilse Varga") in tallies(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ilse Varga's 983,100 votes put her second in Corvia.",
        "Tomas Brant won in Corvia with 1,204,311 votes, followed by Ilse Varga with 983,100.",
        "Ilse Varga, with 983,100 votes (39.3%), came second in Corvia.",
        "Ilse Varga came second with 983,100 votes in Corvia.",
    ],
)
def test_a_count_of_votes_is_its_holder_s(tallies: Callable[[str], list[Tally]], text: str) -> None:
    assert ("983100", "votes", "Ilse Varga") in tallies(text)


def test_votes_gained_are_a_count_of_votes(findings_for: FindingsFor) -> None:
    one = ("Ilse Varga gained 983,100 votes in Corvia, Tomas Brant said.", "2031-05-12")
    other = ("Ilse Varga received 938,100 votes in Corvia, Tomas Brant said.", "2031-05-12")
    assert [f for f in findings_for(one, other) if f.rule == "FC501"]


def test_a_count_after_an_apposition_is_the_described_name_s(tallies: Callable[[str], list[Tally]]) -> None:
    text = "Ilse Varga, a member of the Corvia Harbour Council, won 983,100 votes."
    assert tallies(text) == [("983100", "votes", "Ilse Varga")]
