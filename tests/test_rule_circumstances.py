"""FC602 over how a person died or was caught, and over an admission against a denial of blame."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from factcheck.model import Finding, Severity

FindingsFor = Callable[..., tuple[Finding, ...]]
# Both articles name the town and the governor, so they are about the same story.
SETTING = "Governor Ada Venn visited Orvik on Tuesday."


def pair(findings_for: FindingsFor, first: str, second: str) -> list[Finding]:
    found = findings_for((f"{SETTING} {first}", "2031-05-13"), (f"{SETTING} {second}", "2031-05-13"))
    return [f for f in found if f.rule == "FC602"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Tomas Brel was shot dead in crossfire near Orvik.",
            "Tomas Brel was executed by his captors near Orvik.",
        ),
        (
            "Tomas Brel was killed while trying to flee Orvik.",
            "Tomas Brel was shot after he was captured in Orvik.",
        ),
        (
            "Tomas Brel took his own life in his cell in Orvik.",
            "Tomas Brel was beaten to death by guards in Orvik.",
        ),
        ("Tomas Brel was killed in a shootout with police in Orvik.", "Tomas Brel was lynched in Orvik."),
    ],
)
def test_two_accounts_of_a_death_conflict(findings_for: FindingsFor, first: str, second: str) -> None:
    (finding,) = pair(findings_for, first, second)
    assert finding.severity == Severity.WARNING and finding.kind == "event"
    assert finding.attribute == "event:death"
    assert "Tomas Brel" in finding.message


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Tomas Brel was shot in Orvik and died of his wounds.",
            "Tomas Brel was killed in crossfire in Orvik.",
        ),
        (
            "Tomas Brel was killed in crossfire following his arrest in Orvik.",
            "Tomas Brel was killed in crossfire in Orvik.",
        ),
        (
            "Tomas Brel was killed while trying to flee Orvik.",
            "Tomas Brel was killed in a shootout in Orvik.",
        ),
        ("Tomas Brel was captured alive in Orvik.", "Tomas Brel died of his wounds in hospital in Orvik."),
    ],
)
def test_compatible_accounts_of_a_death_agree(findings_for: FindingsFor, first: str, second: str) -> None:
    assert pair(findings_for, first, second) == []


def test_a_hedged_account_is_not_compared(findings_for: FindingsFor) -> None:
    assert (
        pair(
            findings_for,
            "Tomas Brel may have been killed while trying to flee Orvik.",
            "Tomas Brel was executed by his captors in Orvik.",
        )
        == []
    )


def test_a_source_telling_two_accounts_is_left_out(findings_for: FindingsFor) -> None:
    two = (
        "Police said Tomas Brel was killed in a shootout in Orvik. His family said Tomas Brel was executed"
        " by his captors."
    )
    assert pair(findings_for, two, "Tomas Brel was killed in a shootout in Orvik.") == []


def test_surrender_against_a_capture_in_hiding(findings_for: FindingsFor) -> None:
    (finding,) = pair(
        findings_for,
        "Tomas Brel surrendered to police in Orvik.",
        "Tomas Brel was caught hiding in a drain in Orvik.",
    )
    assert finding.attribute == "event:capture"


def test_an_admission_against_a_denial(findings_for: FindingsFor) -> None:
    (finding,) = pair(
        findings_for,
        "Driver Pello Umar admitted he was to blame for the crash at Orvik.",
        "Driver Pello Umar denied any wrongdoing over the crash at Orvik.",
    )
    assert finding.attribute == "event:responsibility"
    assert [e.text.removeprefix("Driver ") for e in finding.evidence] == [
        "Pello Umar admitted he was to blame",
        "Pello Umar denied any wrongdoing",
    ]


def test_two_admissions_agree(findings_for: FindingsFor) -> None:
    assert (
        pair(
            findings_for,
            "Driver Pello Umar confessed to causing the crash at Orvik.",
            "Driver Pello Umar accepted responsibility for the crash at Orvik.",
        )
        == []
    )


def test_a_denial_of_another_report_is_no_conflict(findings_for: FindingsFor) -> None:
    assert (
        pair(
            findings_for,
            "Driver Pello Umar admitted responsibility for the crash at Orvik.",
            "Driver Pello Umar denied reports that he had fled the crash at Orvik.",
        )
        == []
    )


def test_one_plea_each_way_is_two_charges(findings_for: FindingsFor) -> None:
    assert (
        pair(
            findings_for,
            "Pello Umar pleaded guilty to fraud and pleaded not guilty to bribery at Orvik court.",
            "Pello Umar pleaded not guilty to bribery at Orvik court.",
        )
        == []
    )


def test_one_role_in_two_sources_is_one_person(findings_for: FindingsFor) -> None:
    (finding,) = pair(
        findings_for,
        "The signalman at Orvik admitted he was to blame for the crash.",
        "The signalman at Orvik denied any wrongdoing over the crash.",
    )
    assert "the signalman" in finding.message


def test_two_roles_are_two_people(findings_for: FindingsFor) -> None:
    assert (
        pair(
            findings_for,
            "The signalman at Orvik admitted he was to blame for the crash.",
            "The driver at Orvik denied any wrongdoing over the crash.",
        )
        == []
    )


def test_killed_by_police_against_a_suicide(findings_for: FindingsFor) -> None:
    (finding,) = pair(
        findings_for,
        "Tomas Brel was shot dead by police in Orvik.",
        "Tomas Brel shot himself as police closed in on him in Orvik.",
    )
    assert finding.attribute == "event:death"


def test_killed_by_police_agrees_with_a_shootout_with_police(findings_for: FindingsFor) -> None:
    assert (
        pair(
            findings_for,
            "Tomas Brel was shot dead by police in Orvik.",
            "Tomas Brel was killed in a shootout with police in Orvik.",
        )
        == []
    )
