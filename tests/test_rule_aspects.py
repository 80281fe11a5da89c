"""FC602 event.aspect: two sources give one event a different manner, vehicle, route, place, status or leader."""

from __future__ import annotations

from collections.abc import Callable

from factcheck.model import Finding, Severity

FindingsFor = Callable[..., tuple[Finding, ...]]
# Both articles name the town and the governor, so they are about the same story.
SETTING = "Governor Ada Venn visited the scene in Dellin."


def fc602(findings: tuple[Finding, ...]) -> list[Finding]:
    return [f for f in findings if f.rule == "FC602"]


def pair(findings_for: FindingsFor, first: str, second: str) -> list[Finding]:
    return fc602(findings_for((f"{SETTING} {first}", "2031-05-13"), (f"{SETTING} {second}", "2031-05-13")))


def test_two_manners_conflict(findings_for: FindingsFor) -> None:
    (finding,) = pair(
        findings_for,
        "Shepherd Olan Brisk was stabbed near the Dellin bridge.",
        "Shepherd Olan Brisk was shot near the Dellin bridge.",
    )
    assert finding.severity == Severity.WARNING and finding.kind == "event"
    assert finding.attribute == "event:manner"
    assert [e.text for e in finding.evidence] == ["was stabbed", "was shot"]
    assert "Olan Brisk" in finding.message


def test_a_broader_manner_agrees_with_a_narrower_one(findings_for: FindingsFor) -> None:
    assert (
        pair(
            findings_for,
            "A bomb killed two guards at Dellin station.",
            "A car bomb killed two guards at Dellin station.",
        )
        == []
    )


def test_two_vehicles_conflict_and_a_broader_word_agrees(findings_for: FindingsFor) -> None:
    crash = "carrying Captain Piet Harl crashed near Dellin."
    assert len(pair(findings_for, f"A helicopter {crash}", f"A plane {crash}")) == 1
    assert pair(findings_for, f"An aircraft {crash}", f"A helicopter {crash}") == []


def test_a_hedged_manner_before_the_fact_is_no_conflict(findings_for: FindingsFor) -> None:
    assert (
        pair(
            findings_for,
            "Shepherd Olan Brisk may have been stabbed near the Dellin bridge, police said.",
            "Shepherd Olan Brisk was shot near the Dellin bridge, police said.",
        )
        == []
    )


def test_a_source_telling_two_events_is_left_out(findings_for: FindingsFor) -> None:
    found = pair(
        findings_for,
        "A bus carrying pilgrims overturned near Dellin. A train carrying pilgrims derailed near Dellin.",
        "A bus carrying pilgrims overturned near Dellin.",
    )
    assert found == []


def test_a_reversed_route_conflicts(findings_for: FindingsFor) -> None:
    (finding,) = pair(
        findings_for,
        "The ferry was sailing from Dellin to Corvale when it sank.",
        "The ferry was sailing from Corvale to Dellin when it sank.",
    )
    assert finding.attribute == "event:route"


def test_another_place_named_by_both_is_no_conflict(findings_for: FindingsFor) -> None:
    found = pair(
        findings_for,
        "The helicopter crashed near Dellin, close to Corvale.",
        "The helicopter crashed near Corvale.",
    )
    assert found == []


def test_signed_against_postponed_on_one_day_conflicts(findings_for: FindingsFor) -> None:
    (finding,) = pair(
        findings_for,
        "Ada Venn signed the Dellin water accord on Friday.",
        "The signing of the Dellin water accord was postponed on Friday.",
    )
    assert finding.attribute == "event:status"


def test_one_signatory_yet_to_sign_and_another_signed_is_no_conflict(findings_for: FindingsFor) -> None:
    found = pair(
        findings_for,
        "Olan Brisk signed the Dellin water accord on Friday.",
        "Ada Venn has yet to sign the Dellin water accord.",
    )
    assert found == []


def test_two_leaders_of_one_delegation_conflict(findings_for: FindingsFor) -> None:
    (finding,) = pair(
        findings_for,
        "The delegation from Dellin, led by Envoy Rhea Tamsin, arrived on Friday.",
        "The delegation from Dellin, led by Envoy Olan Brisk, arrived on Friday.",
    )
    assert finding.attribute == "event:leader"
