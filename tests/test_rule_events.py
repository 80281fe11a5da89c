"""FC601 event.conflict: one source says someone attended, or died, and another says otherwise."""

from __future__ import annotations

import re
from collections.abc import Callable

from factcheck.model import Finding, Severity
from factcheck.rules.events import EventConflict

FindingsFor = Callable[..., tuple[Finding, ...]]
# Both articles name the city and the host, so they are about the same story.
SETTING = "The climate summit in Lisbon was hosted by Prime Minister Joao Silva."


def fc601(findings: tuple[Finding, ...]) -> list[Finding]:
    return [f for f in findings if f.rule == "FC601"]


def test_attended_against_skipped_conflicts(findings_for: FindingsFor) -> None:
    (finding,) = fc601(
        findings_for(
            (f"{SETTING} Senator Ana Ruiz attended the summit on Monday.", "2025-03-14"),
            (f"{SETTING} Senator Ana Ruiz skipped the summit.", "2025-03-15"),
        )
    )
    assert finding.severity == Severity.WARNING
    assert finding.name == "event.conflict" and finding.kind == "event"
    assert finding.entity == "Ana Ruiz"
    assert finding.attribute == "event:attend"
    assert finding.values == ("attended", "did not attend")
    assert [e.text for e in finding.evidence] == [
        "Ana Ruiz attended the summit",
        "Ana Ruiz skipped the summit",
    ]
    assert (
        "a says Ana Ruiz attended" in finding.message and "b says Ana Ruiz did not attend" in finding.message
    )


def test_speculation_before_the_event_against_a_report_after_it_is_consistent(
    findings_for: FindingsFor,
) -> None:
    found = fc601(
        findings_for(
            (f"{SETTING} Observers noted the possible absence of Senator Ana Ruiz.", "2025-03-12"),
            (f"{SETTING} Senator Ana Ruiz attended the summit on Monday.", "2025-03-14"),
        )
    )
    assert found == []


def test_an_attributed_denial_does_not_conflict_with_the_outlets_own_report(
    findings_for: FindingsFor,
) -> None:
    found = fc601(
        findings_for(
            (f"{SETTING} Senator Ana Ruiz attended the summit on Monday.", "2025-03-14"),
            (f"{SETTING} Senator Ana Ruiz skipped the summit, her rival Marta Gil said.", "2025-03-14"),
        )
    )
    assert found == []


def test_two_attributed_accounts_conflict_and_the_message_says_who_said_what(
    findings_for: FindingsFor,
) -> None:
    (finding,) = fc601(
        findings_for(
            (f"{SETTING} Senator Ana Ruiz attended the summit, her aide Paulo Mendes said.", "2025-03-14"),
            (f"{SETTING} Senator Ana Ruiz skipped the summit, her rival Marta Gil said.", "2025-03-14"),
        )
    )
    assert "according to Paulo Mendes" in finding.message
    assert "according to Marta Gil" in finding.message


def test_naming_fewer_of_those_who_stayed_away_is_an_omission(findings_for: FindingsFor) -> None:
    found = fc601(
        findings_for(
            (f"{SETTING} Senator Ana Ruiz and Governor Lena Park stayed away from the summit.", "2025-03-14"),
            (f"{SETTING} Governor Lena Park stayed away from the summit.", "2025-03-14"),
        )
    )
    assert found == []


def test_attendance_in_another_year_is_another_occasion(findings_for: FindingsFor) -> None:
    found = fc601(
        findings_for(
            (f"{SETTING} In 2019, Senator Ana Ruiz attended the summit.", "2025-03-14"),
            (f"{SETTING} Senator Ana Ruiz skipped the summit.", "2025-03-14"),
        )
    )
    assert found == []


def test_unrelated_articles_are_never_compared(findings_for: FindingsFor) -> None:
    found = fc601(
        findings_for(
            ("Senator Ana Ruiz attended the summit in Lisbon.", None),
            ("Senator Ana Ruiz skipped the summit in Nairobi.", None),
        )
    )
    assert found == []


FIGHT = "Government troops retook Port Sella from the rebels of the Northern Front."


def test_dead_in_one_source_and_only_captured_in_another_conflicts(findings_for: FindingsFor) -> None:
    (finding,) = fc601(
        findings_for(
            (f"{FIGHT} Commander Idris Kamara was killed near the bridge, officials said.", "2025-03-14"),
            (
                f"{FIGHT} Commander Idris Kamara was taken prisoner near the bridge, officials said.",
                "2025-03-14",
            ),
        )
    )
    assert finding.attribute == "event:fate"
    assert finding.values == ("captured", "dead")
    assert finding.entity == "Idris Kamara"
    assert "a reports Idris Kamara dead" in finding.message
    assert "b reports Idris Kamara captured" in finding.message


def test_captured_then_killed_is_consistent(findings_for: FindingsFor) -> None:
    found = fc601(
        findings_for(
            (f"{FIGHT} Commander Idris Kamara was killed near the bridge.", "2025-03-14"),
            (
                f"{FIGHT} Commander Idris Kamara was captured alive. He was killed an hour later.",
                "2025-03-14",
            ),
        )
    )
    assert found == []


def test_a_capture_reported_alongside_the_death_is_consistent(findings_for: FindingsFor) -> None:
    found = fc601(
        findings_for(
            (f"{FIGHT} Commander Idris Kamara was killed near the bridge.", "2025-03-14"),
            (
                f"{FIGHT} Commander Idris Kamara was captured. The death of Idris Kamara ended the siege.",
                "2025-03-14",
            ),
        )
    )
    assert found == []


def test_an_earlier_hedged_report_of_capture_is_consistent_with_a_death(findings_for: FindingsFor) -> None:
    found = fc601(
        findings_for(
            (f"{FIGHT} Commander Idris Kamara was killed near the bridge.", "2025-03-14"),
            (f"{FIGHT} Commander Idris Kamara may have been captured near the bridge.", "2025-03-14"),
        )
    )
    assert found == []


def test_the_documented_examples_behave_as_documented(findings_for: FindingsFor) -> None:
    doc = EventConflict.__doc__ or ""
    conflicting, consistent = doc.split("Conflicting:")[1].split("Consistent:")
    for examples, expected in ((conflicting, 1), (consistent, 0)):
        texts = re.findall(r'\w\.md: "(.+)"', examples)
        assert len(texts) == 2
        assert len(fc601(findings_for(*((text, "2025-03-14") for text in texts)))) == expected


def test_wounded_against_killed_on_one_day_conflicts(findings_for: FindingsFor) -> None:
    (finding,) = fc601(
        findings_for(
            (f"{SETTING} Guard captain Olan Brisk was wounded in the attack on Monday.", "2025-03-14"),
            (f"{SETTING} Guard captain Olan Brisk was killed in the attack on Monday.", "2025-03-14"),
        )
    )
    assert finding.values == ("dead", "wounded")


def test_wounded_then_dead_days_later_is_consistent(findings_for: FindingsFor) -> None:
    found = fc601(
        findings_for(
            (f"{SETTING} Guard captain Olan Brisk was wounded in the attack on Monday.", "2025-03-10"),
            (f"{SETTING} Guard captain Olan Brisk died of his wounds on Thursday.", "2025-03-14"),
        )
    )
    assert found == []


def test_escaped_against_still_in_custody_conflicts(findings_for: FindingsFor) -> None:
    (finding,) = fc601(
        findings_for(
            (f"{SETTING} Smuggler Olan Brisk remains in custody in Lisbon.", "2025-03-14"),
            (f"{SETTING} Smuggler Olan Brisk escaped from a Lisbon jail.", "2025-03-14"),
        )
    )
    assert finding.values == ("escaped", "held")


def test_escaped_injury_is_no_escape_from_custody(findings_for: FindingsFor) -> None:
    found = fc601(
        findings_for(
            (f"{SETTING} Smuggler Olan Brisk remains in custody in Lisbon.", "2025-03-14"),
            (f"{SETTING} Smuggler Olan Brisk escaped injury in a Lisbon jail fire.", "2025-03-14"),
        )
    )
    assert found == []
