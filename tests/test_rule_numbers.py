"""FC501 number.conflict: one count given values that cannot both hold by two sources of one story."""

from __future__ import annotations

from factcheck.model import Severity
from factcheck.rules.numbers import NumberConflict

# A second sentence that both articles share, so that they name the same story (same_story).
CONTEXT = "Rescue teams from the Red Cross searched the hills above Valparaiso in Chile."


def fc501(findings):
    return [f for f in findings if f.rule == NumberConflict.code]


def story(sentence: str, published: str = "2025-03-10") -> tuple[str, str]:
    return (f"{sentence}\n{CONTEXT}\n", published)


def test_a_toll_and_a_far_lower_floor_in_the_same_place_conflict(findings_for):
    found = fc501(
        findings_for(
            story("The death toll from the floods in Valparaiso has risen to 1,200, the Red Cross said."),
            story("At least 300 people have been killed in Valparaiso, the Red Cross said.", "2025-03-09"),
        )
    )
    assert len(found) == 1
    finding = found[0]
    assert finding.severity == Severity.WARNING
    assert (finding.kind, finding.name, finding.entity) == ("number", "number.conflict", "Valparaiso")
    assert finding.attribute == "quantity:deaths"
    assert finding.values == ("1,200 deaths", "at least 300 deaths")
    assert "1,200 deaths" in finding.message and "at least 300 deaths" in finding.message


def test_a_conflict_quotes_the_number_phrase_of_each_source(findings_for):
    (finding,) = fc501(
        findings_for(
            story("The death toll from the floods in Valparaiso has risen to 1,200, the Red Cross said."),
            story("At least 300 people have been killed in Valparaiso, the Red Cross said."),
        )
    )
    quotes = {e.source_id: e.text for e in finding.evidence}
    assert quotes == {"a": "has risen to 1,200", "b": "At least 300 people have been killed"}


def test_sources_giving_the_same_value_share_one_finding(findings_for):
    found = fc501(
        findings_for(
            story("The death toll in Valparaiso has risen to 1,200, the Red Cross said."),
            story("The death toll in Valparaiso has risen to 1,200, the Red Cross said on Tuesday."),
            story("At least 300 people have been killed in Valparaiso, the Red Cross said."),
        )
    )
    assert len(found) == 1
    assert {e.source_id for e in found[0].evidence} == {"a", "b", "c"}


def test_a_rounded_figure_agrees_with_the_exact_one(findings_for):
    assert not fc501(
        findings_for(
            story("About 10,000 people are missing in Valparaiso, the Red Cross said."),
            story("In Valparaiso, 10,100 people are missing, the Red Cross said."),
        )
    )


def test_a_round_figure_without_about_agrees_with_a_close_one(findings_for):
    assert not fc501(
        findings_for(
            story("The Red Cross said 10,000 people are missing in Valparaiso."),
            story("In Valparaiso, 10,400 people are missing, the Red Cross said."),
        )
    )


def test_a_round_figure_disagrees_with_one_beyond_its_rounding(findings_for):
    assert fc501(
        findings_for(
            story("The Red Cross said 10,000 people are missing in Valparaiso."),
            story("In Valparaiso, 10,600 people are missing, the Red Cross said."),
        )
    )


def test_two_floors_that_overlap_agree(findings_for):
    assert not fc501(
        findings_for(
            story("More than 100 people died in Valparaiso, the Red Cross said."),
            story("At least 120 people died in Valparaiso, the Red Cross said."),
        )
    )


def test_a_hedged_projection_is_not_compared(findings_for):
    assert not fc501(
        findings_for(
            story("The death toll in Valparaiso could climb to 5,000, the Red Cross said."),
            story("At least 300 people have been killed in Valparaiso, the Red Cross said."),
        )
    )


def test_an_earlier_figure_is_not_compared_with_a_current_one(findings_for):
    assert not fc501(
        findings_for(
            story("The death toll in Valparaiso had earlier stood at 300, the Red Cross said."),
            story("The death toll in Valparaiso has risen to 1,200, the Red Cross said."),
        )
    )


def test_a_figure_of_another_scope_is_not_compared(findings_for):
    assert not fc501(
        findings_for(
            story("The floods killed 40 people elsewhere in Chile, the Red Cross said."),
            story("The floods killed 1,200 people in Chile, the Red Cross said."),
        )
    )


def test_the_outlets_own_figure_is_compared_with_a_credited_one_saying_who_gave_it(findings_for):
    (finding,) = fc501(
        findings_for(
            story("The floods have killed 1,200 people in Valparaiso."),
            story("At least 300 people have been killed in Valparaiso, the Red Cross said."),
        )
    )
    assert "per Red Cross" in finding.message


def test_a_toll_is_not_held_by_the_official_named_beside_it(findings_for):
    (finding,) = fc501(
        findings_for(
            story("Governor Lina Ortiz said the floods killed 1,200 people in Valparaiso."),
            story("At least 300 people died in Valparaiso in the floods."),
        )
    )
    assert finding.attribute == "quantity:deaths"


def test_a_toll_without_a_place_is_compared_with_the_toll_of_the_storys_place(findings_for):
    assert fc501(
        findings_for(
            story("The floods killed 1,200 people in Valparaiso."),
            story("The floods killed 300 people, the Red Cross said."),
        )
    )


def test_a_toll_of_another_town_is_not_compared_with_the_storys_toll(findings_for):
    assert not fc501(
        findings_for(
            story("The floods killed 1,200 people in Valparaiso. In nearby Quilpue, 40 died."),
            story("The floods killed 1,200 people, the Red Cross said."),
        )
    )


def test_tolls_in_different_places_are_not_compared(findings_for):
    assert not fc501(
        findings_for(
            story("The floods killed 1,200 people in Valparaiso, the Red Cross said."),
            story("The floods killed 300 people in Santiago, the Red Cross said."),
        )
    )


def test_articles_a_season_apart_are_not_compared(findings_for):
    assert not fc501(
        findings_for(
            story("The floods have killed 1,200 people in Valparaiso, the Red Cross said.", "2025-06-10"),
            story("The floods have killed 300 people in Valparaiso, the Red Cross said.", "2025-03-10"),
        )
    )


def test_articles_about_other_stories_are_not_compared(findings_for):
    assert not fc501(
        findings_for(
            ("The floods have killed 1,200 people in Valparaiso, the Red Cross said.", "2025-03-10"),
            ("The fire has killed 300 people in Valparaiso, officials said.", "2025-03-10"),
        )
    )


def test_seats_of_one_party_that_differ_conflict(findings_for):
    (finding,) = fc501(
        findings_for(
            story("The Greens Party won 75 seats in the vote for the National Assembly."),
            story("The Greens Party secured 76 seats in the National Assembly."),
        )
    )
    assert finding.entity == "Greens Party"
    assert finding.values == ("75 seats", "76 seats")


def test_seats_of_two_parties_are_not_compared(findings_for):
    assert not fc501(
        findings_for(
            story("The Greens Party won 75 seats in the vote for the National Assembly."),
            story("The Farmers Party secured 40 seats in the National Assembly."),
        )
    )


def test_the_same_seat_count_in_other_words_agrees(findings_for):
    assert not fc501(
        findings_for(
            story("The Greens Party surprisingly won 17 National Assembly seats."),
            story("The Greens Party took 17 national assembly seats."),
        )
    )


def test_a_count_of_years_conflicts_with_a_shorter_list_of_them(findings_for):
    (finding,) = fc501(
        findings_for(
            story("Mayor Ilse Brandt attended Pacific Forum summits for three consecutive years until 2024."),
            story("In 2022 and 2023, Mayor Ilse Brandt attended Pacific Forum summits in Lima and Quito."),
        )
    )
    assert finding.entity == "Ilse Brandt"
    assert finding.values == ("2 years", "3 years")
    quotes = {e.source_id: e.text for e in finding.evidence}
    assert quotes["a"].endswith("three consecutive years until 2024")
    assert quotes["b"].startswith("In 2022 and 2023")


def test_a_count_of_years_agrees_with_a_list_as_long(findings_for):
    assert not fc501(
        findings_for(
            story("Mayor Ilse Brandt attended Pacific Forum summits for two consecutive years until 2023."),
            story("In 2022 and 2023, Mayor Ilse Brandt attended Pacific Forum summits in Lima and Quito."),
        )
    )


def test_years_of_doing_different_things_are_not_compared(findings_for):
    assert not fc501(
        findings_for(
            story("Mayor Ilse Brandt chaired the council for six years until 2024."),
            story("In 2022 and 2023, Mayor Ilse Brandt attended Pacific Forum summits in Lima and Quito."),
        )
    )


def test_the_size_of_a_chamber_is_not_the_seats_a_party_won(findings_for):
    assert not fc501(
        findings_for(
            story("The Federal Assembly has 240 seats, and the Green League won 61 of them."),
            story("The Federal Assembly seats 34 new members this term, the Red Cross said."),
        )
    )
