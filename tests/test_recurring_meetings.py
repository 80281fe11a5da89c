"""FC401 and meetings: a body meets again and again, so two meetings it holds are two events.

A meeting is told apart from another by where it is held (a town, a named venue or event), never
by the company, board or body that meets: "the board's meeting on Friday" and "the chief meets the
regulator on Thursday" date two meetings, not one meeting twice."""

from __future__ import annotations

import pytest

STORY = " Shares in Harlow Mutual rose in Port Alder after the news, broker Ilse Kovar said."


def fc401(findings):
    return [f for f in findings if f.rule == "FC401"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Investors expect a deal at Friday's meeting of Harlow Mutual and Quillan Bank.",
         "Harlow Mutual chief Ana Ruiz is meeting Quillan Bank's board on Thursday."),
        ("Harlow Mutual held a meeting with Quillan Bank on Monday.",
         "The talks between Harlow Mutual and Quillan Bank on Wednesday ended early."),
        ("The Harlow Mutual board meeting on Tuesday approved the bid for Quillan Bank.",
         "Harlow Mutual's meeting with Quillan Bank on Friday was called off."),
        ("A conference of the Velmora Growers Union on Monday backed the Quillan Bank offer.",
         "The Velmora Growers Union conference on Saturday rejected the Quillan Bank offer."),
        ("Quillan Bank's summit with Harlow Mutual on Sunday set a price.",
         "Quillan Bank and Harlow Mutual resumed talks on Thursday, officials said."),
    ],
)  # fmt: skip
def test_two_meetings_of_one_body_on_two_days_are_two_meetings(findings_for, first, second):
    for published in (None, "2031-02-14"):
        assert fc401(findings_for((first + STORY, published), (second + STORY, published))) == []


def test_one_meeting_placed_in_one_town_on_two_days_still_conflicts(findings_for):
    found = fc401(
        findings_for(
            ("Leaders met at the summit in Kestrel Harbour on Monday." + STORY, "2031-02-14"),
            ("Leaders met at the summit in Kestrel Harbour on Tuesday." + STORY, "2031-02-14"),
        )
    )
    assert len(found) == 1
