"""Undated articles of one story: a person's ages more than a year apart conflict."""

from __future__ import annotations

from collections.abc import Callable

from factcheck.model import Finding

FindingsFor = Callable[..., tuple[Finding, ...]]


def _ages(findings: tuple[Finding, ...]) -> list[Finding]:
    return [f for f in findings if f.rule == "FC501"]


def test_ages_four_years_apart_conflict(findings_for: FindingsFor) -> None:
    one = ("Police in Port Alder arrested Mara Velden, 41, after the Harlow Bridge crash.", None)
    other = ("Mara Velden, 45, was arrested in Port Alder after the Harlow Bridge crash.", None)
    assert _ages(findings_for(one, other))


def test_ages_one_year_apart_agree(findings_for: FindingsFor) -> None:
    one = ("Police in Port Alder arrested Mara Velden, 41, after the Harlow Bridge crash.", None)
    other = ("Mara Velden, 42, went on trial in Port Alder over the Harlow Bridge crash.", None)
    assert not _ages(findings_for(one, other))


def test_ages_of_two_people_are_not_compared(findings_for: FindingsFor) -> None:
    one = ("Police in Port Alder arrested Mara Velden, 41, and Jonah Ostrander, 45.", None)
    other = ("Jonah Ostrander, 45, and Mara Velden, 41, were held in Port Alder.", None)
    assert not _ages(findings_for(one, other))


def test_an_undated_age_is_not_compared_with_a_dated_one(findings_for: FindingsFor) -> None:
    one = ("Police in Port Alder arrested Mara Velden, 41, after the Harlow Bridge crash.", None)
    other = ("Mara Velden, 45, was arrested in Port Alder after the Harlow Bridge crash.", "2031-06-02")
    assert not _ages(findings_for(one, other))
