"""Counts under way: a report "so far" and a report that copies the same release of a count."""

from __future__ import annotations

from collections.abc import Callable

from factcheck.model import Finding, Quantity

FindingsFor = Callable[..., tuple[Finding, ...]]

# the other figures of one release, which both reports copy: what tells them to be of one count
RELEASE = (
    "Tomas Brant followed with 8,204,517 votes. Ada Mirren had 1,310,962 votes. Counting in Corvia goes on."
)


def _number_findings(findings: tuple[Finding, ...]) -> list[Finding]:
    return [f for f in findings if f.rule == "FC501"]


def test_a_count_so_far_is_compared_with_a_report_that_copies_the_same_release(
    findings_for: FindingsFor,
) -> None:
    one = (f"So far, Ilse Varga leads with 9,126,448 votes in Corvia. {RELEASE}", None)
    other = (f"Ilse Varga received 9,126,848 votes in Corvia. {RELEASE}", "2031-05-12")
    found = _number_findings(findings_for(one, other))
    assert found and "one release of a count under way" in found[0].message


def test_a_count_so_far_is_not_compared_with_a_final_count_of_another_release(
    findings_for: FindingsFor,
) -> None:
    one = ("So far, Ilse Varga leads with 9,126,448 votes in Corvia.", "2031-05-12")
    other = ("Ilse Varga received 11,420,300 votes in Corvia, the election board said.", "2031-05-12")
    assert not _number_findings(findings_for(one, other))


def test_two_counts_so_far_of_unknown_stages_are_not_compared(findings_for: FindingsFor) -> None:
    one = ("So far, Ilse Varga has 2,431,876 votes in Corvia, officials said.", "2031-05-12")
    other = ("Ilse Varga has won 3,118,204 votes so far in Corvia, officials said.", "2031-05-12")
    assert not _number_findings(findings_for(one, other))


def test_shares_of_an_undated_report_are_compared_when_it_copies_the_dated_release(
    findings_for: FindingsFor,
) -> None:
    one = (f"Ilse Varga took 44.17 percent of the vote in Corvia. {RELEASE}", None)
    other = (f"Ilse Varga won 44.9 per cent of the vote in Corvia. {RELEASE}", "2031-05-12")
    found = _number_findings(findings_for(one, other))
    assert found and "44.17 percent" in found[0].message


def test_shares_of_an_undated_report_without_the_release_are_not_compared(
    findings_for: FindingsFor,
) -> None:
    one = ("Ilse Varga took 44.17 percent of the vote in Corvia, the board said.", None)
    other = ("Ilse Varga won 44.9 per cent of the vote in Corvia, the board said.", "2031-05-12")
    assert not _number_findings(findings_for(one, other))


def test_round_figures_alike_do_not_make_one_release(findings_for: FindingsFor) -> None:
    shared = "Turnout in Corvia reached 2,000,000 voters, and 1,500 polling stations opened."
    one = (f"Ilse Varga took 44.17 percent of the vote. {shared}", None)
    other = (f"Ilse Varga won 44.9 per cent of the vote. {shared}", "2031-05-12")
    assert not _number_findings(findings_for(one, other))


def test_a_precise_figure_is_shown_to_its_last_digit() -> None:
    assert str(Quantity(10_415_191, 10_415_191, "votes", "votes")) == "10,415,191 votes"
    assert str(Quantity(10_400_000, 10_400_000, "votes", "votes")) == "10.4 million votes"
    assert str(Quantity(38.61, 38.61, "percent", "percent")) == "38.61 percent"


def test_a_rounded_figure_in_one_report_does_not_stand_for_the_precise_one_it_rounds(
    findings_for: FindingsFor,
) -> None:
    one = (
        f"So far, Ilse Varga leads with 9,126,448 votes in Corvia. Ilse Varga had 9.1 million votes "
        f"by noon, the board said. {RELEASE}",
        None,
    )
    other = (f"Ilse Varga received 9,126,848 votes in Corvia. {RELEASE}", "2031-05-12")
    assert _number_findings(findings_for(one, other))
