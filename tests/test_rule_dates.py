"""FC401 date.conflict: one event or role dated differently by two sources on the same story."""

from __future__ import annotations

from factcheck.model import Severity

# Each article names the town, its mayor and the rescue service, so the two are on one story.
STORY = " Mayor Ilse Kovar asked the Coastal Rescue Service for more boats."
MONDAY_FLOOD = "The flood swept through the streets of Velmora on Monday and wrecked the harbour." + STORY
SUNDAY_STORM = "Two dams above Velmora burst when the storm hit on Sunday." + STORY


def fc401(findings):
    return [f for f in findings if f.rule == "FC401"]


def test_monday_against_sunday_for_one_flood_conflicts(findings_for):
    (finding,) = fc401(findings_for((MONDAY_FLOOD, "2023-09-15"), (SUNDAY_STORM, "2023-09-13")))
    assert finding.severity == Severity.WARNING
    assert finding.kind == "date"
    assert finding.name == "date.conflict"
    assert finding.attribute == "date:disaster"
    assert finding.values == ("2023-09-10", "2023-09-11")
    assert finding.entity == "Velmora"


def test_a_conflict_quotes_the_date_and_event_of_both_sources(findings_for):
    (finding,) = fc401(findings_for((MONDAY_FLOOD, "2023-09-15"), (SUNDAY_STORM, "2023-09-13")))
    quotes = {e.source_id: e.text for e in finding.evidence}
    assert quotes == {"a": "flood swept through the streets of Velmora on Monday", "b": "storm hit on Sunday"}
    assert "Monday" in finding.message and "Sunday" in finding.message


def test_two_weekdays_of_undated_articles_are_compared_by_name(findings_for):
    (finding,) = fc401(findings_for((MONDAY_FLOOD, None), (SUNDAY_STORM, None)))
    assert finding.values == ("Monday", "Sunday")


def test_a_weekday_against_a_date_on_another_weekday_conflicts(findings_for):
    dated = "Two dams above Velmora burst when the storm hit on September 10." + STORY
    (finding,) = fc401(findings_for((MONDAY_FLOOD, None), (dated, "2023-09-13")))
    assert finding.values == ("2023-09-10", "Monday")


def test_ranges_that_do_not_overlap_conflict(findings_for):
    first = "The summit in Kestrel Harbour ran from June 24 to 25 under heavy guard." + STORY
    second = "The summit in Kestrel Harbour ran from June 26 to 27 under heavy guard." + STORY
    (finding,) = fc401(findings_for((first, "2025-06-28"), (second, "2025-06-28")))
    assert finding.values == ("2025-06-24..2025-06-25", "2025-06-26..2025-06-27")


def test_two_months_for_taking_office_conflict(findings_for):
    first = "Marta Lindqvist took office as prime minister in October 2024 after a vote." + STORY
    second = "Marta Lindqvist took office as prime minister in September 2024 after a vote." + STORY
    (finding,) = fc401(findings_for((first, "2025-06-20"), (second, "2025-06-22")))
    assert finding.entity == "Marta Lindqvist"
    assert finding.attribute == "date:took-office"


# --- consistent, or not comparable ---------------------------------------------------------------


def test_a_day_inside_a_month_is_consistent(findings_for):
    first = "Marta Lindqvist took office as prime minister in October 2024 after a vote." + STORY
    second = "Marta Lindqvist took office as prime minister on October 3, 2024 after a vote." + STORY
    assert fc401(findings_for((first, "2025-06-20"), (second, None))) == []


def test_a_day_inside_a_range_is_consistent(findings_for):
    first = "The summit in Kestrel Harbour ran from June 24 to 26 under heavy guard." + STORY
    second = "Leaders gathered for the summit in Kestrel Harbour on June 25 to sign the pact." + STORY
    assert fc401(findings_for((first, "2025-06-28"), (second, "2025-06-28"))) == []


def test_the_same_weekday_is_consistent(findings_for):
    other = "The flood reached the old quarter of Velmora on Monday after the dams burst." + STORY
    assert fc401(findings_for((MONDAY_FLOOD, "2023-09-15"), (other, None))) == []


def test_today_of_an_undated_article_against_a_weekday_is_not_a_conflict(findings_for):
    today = "The storm that hit Velmora today flattened the harbour wall." + STORY
    assert fc401(findings_for((today, None), (SUNDAY_STORM, "2023-09-13"))) == []


def test_a_hedged_date_is_not_compared(findings_for):
    hedged = "Two dams above Velmora may have burst when the storm hit on Sunday." + STORY
    assert fc401(findings_for((MONDAY_FLOOD, "2023-09-15"), (hedged, "2023-09-13"))) == []


def test_a_source_that_gives_no_date_is_not_a_conflict(findings_for):
    undated = "Two dams above Velmora burst when the storm hit the coast." + STORY
    assert fc401(findings_for((MONDAY_FLOOD, "2023-09-15"), (undated, "2023-09-13"))) == []


def test_floods_in_two_different_towns_are_not_compared(findings_for):
    elsewhere = "Two dams above Marsa Tibah burst when the storm hit on Sunday." + STORY
    assert fc401(findings_for((MONDAY_FLOOD, "2023-09-15"), (elsewhere, "2023-09-13"))) == []


def test_an_earlier_disaster_recalled_is_not_the_one_of_the_day(findings_for):
    recalled = "In 2004 a storm flattened the harbour of Velmora and killed dozens." + STORY
    assert fc401(findings_for((MONDAY_FLOOD, "2023-09-15"), (recalled, "2023-09-13"))) == []


def test_a_source_that_also_gives_the_other_date_is_not_a_conflict(findings_for):
    both = (
        "Two dams above Velmora burst when the storm hit on Sunday. "
        "The flood in Velmora struck on Monday and swept cars into the sea." + STORY
    )
    assert fc401(findings_for((MONDAY_FLOOD, "2023-09-15"), (both, "2023-09-13"))) == []


def test_a_guessed_year_is_not_compared(findings_for):
    first = "Ivo Brandt was elected mayor in March 2021. Ivo Brandt died in Velmora on June 3." + STORY
    second = "Ivo Brandt died in Velmora on June 9, 2021, after a long illness." + STORY
    assert fc401(findings_for((first, None), (second, None))) == []


def test_two_named_storms_are_two_events(findings_for):
    first = "Hurricane Arlo hit Velmora on Monday and flattened the harbour." + STORY
    second = "Hurricane Bex hit Velmora on Sunday and flattened the harbour." + STORY
    assert fc401(findings_for((first, "2023-09-15"), (second, "2023-09-13"))) == []


def test_taking_office_of_two_different_people_is_not_compared(findings_for):
    first = "Marta Lindqvist took office as prime minister in October 2024 after a vote." + STORY
    second = "Tomas Erben took office as prime minister in September 2024 after a vote." + STORY
    assert fc401(findings_for((first, "2025-06-20"), (second, "2025-06-22"))) == []


def test_articles_on_different_stories_are_not_compared(findings_for):
    other_story = "Two dams above Velmora burst when the storm hit on Sunday."
    assert fc401(findings_for((MONDAY_FLOOD, "2023-09-15"), (other_story, "2023-09-13"))) == []
