"""FC101 title.conflict: one person given roles that cannot both hold at the sources' dates."""

from __future__ import annotations

from factcheck.model import Severity


def fc101(findings):
    return [f for f in findings if f.rule == "FC101"]


def test_president_and_president_elect_on_the_same_date_conflict(findings_for):
    found = fc101(
        findings_for(
            ("President Anna Berg opened the new session of parliament.", "2025-06-26"),
            ("Aides to President-elect Anna Berg declined to comment.", "2025-06-26"),
        )
    )
    assert len(found) == 1
    finding = found[0]
    assert finding.severity == Severity.ERROR
    assert finding.entity == "Anna Berg"
    assert finding.kind == "title"
    assert finding.name == "title.conflict"


def test_a_conflict_quotes_both_sources_with_positions(findings_for):
    (finding,) = fc101(
        findings_for(
            ("Talks resumed.\nPresident Anna Berg opened the session.", "2025-06-26"),
            ("Aides to President-elect Anna Berg declined to comment.", "2025-06-26"),
        )
    )
    quotes = {e.source_id: e for e in finding.evidence}
    assert set(quotes) == {"a", "b"}
    assert quotes["a"].text == "President Anna Berg"
    assert quotes["b"].text == "President-elect Anna Berg"
    # a.md has three lines of front matter, then "Talks resumed." on line 4
    assert (quotes["a"].line, quotes["a"].column) == (5, 1)
    assert (quotes["b"].line, quotes["b"].column) == (4, 10)


def test_the_message_names_both_titles_and_both_sources(findings_for):
    (finding,) = fc101(
        findings_for(
            ("President Anna Berg opened the session.", "2025-06-26"),
            ("Aides to President-elect Anna Berg declined to comment.", "2025-06-26"),
        )
    )
    assert "President-elect" in finding.message
    assert " a " in finding.message and " b" in finding.message


def test_elect_before_and_in_office_after_is_consistent(findings_for):
    found = fc101(
        findings_for(
            ("President-elect Anna Berg named her cabinet on Sunday.", "2024-12-01"),
            ("President Anna Berg opened the new session of parliament.", "2025-06-26"),
        )
    )
    assert found == []


def test_in_office_before_and_elect_after_conflicts(findings_for):
    found = fc101(
        findings_for(
            ("President Anna Berg opened the new session of parliament.", "2024-12-01"),
            ("President-elect Anna Berg named her cabinet on Sunday.", "2025-06-26"),
        )
    )
    assert len(found) == 1


def test_elect_and_in_office_with_unknown_dates_are_not_simultaneous(findings_for):
    found = fc101(
        findings_for(
            ("President Anna Berg opened the new session of parliament.", None),
            ("Aides to President-elect Anna Berg declined to comment.", None),
        )
    )
    assert found == []


def test_former_and_current_with_one_date_unknown_do_not_conflict(findings_for):
    found = fc101(
        findings_for(
            ("Former Prime Minister Olaf Lind criticised the budget.", None),
            ("Prime Minister Olaf Lind defended the budget.", "2025-06-26"),
        )
    )
    assert found == []


def test_former_long_before_current_is_a_return_to_office(findings_for):
    found = fc101(
        findings_for(
            ("Olaf Lind, a former prime minister, joined the board.", "2021-03-01"),
            ("Prime Minister Olaf Lind defended the budget.", "2025-06-26"),
        )
    )
    assert found == []


def test_outgoing_is_still_in_office(findings_for):
    found = fc101(
        findings_for(
            ("Outgoing President Anna Berg said farewell to parliament.", "2025-06-26"),
            ("President Anna Berg gave her last speech to parliament.", "2025-06-26"),
        )
    )
    assert found == []


def test_a_bank_and_its_acronym_are_one_body(findings_for):
    found = fc101(
        findings_for(
            ("Bank of Nordland governor Olaf Lind warned on rates.", None),
            ("BoN governor Olaf Lind warned on rates in Lowmere.", None),
        )
    )
    assert found == []


def test_a_body_and_its_initials_after_of_are_one_body(findings_for):
    found = fc101(
        findings_for(
            ("Olaf Lind, director general of the Nordic Chambers of Shipping, spoke.", "2025-06-26"),
            ("NCS director general Olaf Lind spoke in Lowmere.", "2025-06-26"),
        )
    )
    assert found == []


def test_former_and_current_on_the_same_date_conflict(findings_for):
    found = fc101(
        findings_for(
            ("Former Prime Minister Olaf Lind criticised the budget.", "2025-06-26"),
            ("Prime Minister Olaf Lind defended the budget.", "2025-06-26"),
        )
    )
    assert len(found) == 1
    assert found[0].entity == "Olaf Lind"


def test_former_in_an_apposition_also_conflicts_with_current(findings_for):
    found = fc101(
        findings_for(
            ("Olaf Lind, the former prime minister, criticised the budget.", "2025-06-26"),
            ("Prime Minister Olaf Lind defended the budget.", "2025-06-26"),
        )
    )
    assert len(found) == 1


def test_current_before_and_former_after_is_consistent(findings_for):
    found = fc101(
        findings_for(
            ("Prime Minister Olaf Lind defended the budget.", "2021-03-01"),
            ("Former Prime Minister Olaf Lind criticised the budget.", "2025-06-26"),
        )
    )
    assert found == []


def test_then_marks_a_past_title_and_never_conflicts(findings_for):
    found = fc101(
        findings_for(
            ("The treaty was signed by then-president Olaf Lind.", "2025-06-26"),
            ("Former President Olaf Lind attended the ceremony.", "2025-06-26"),
        )
    )
    assert found == []


def test_the_same_title_in_both_sources_is_consistent(findings_for):
    found = fc101(
        findings_for(
            ("U.S. President Donald Trump arrived on Tuesday.", "2025-06-24"),
            ("President Donald Trump left the summit early.", "2025-06-25"),
        )
    )
    assert found == []


def test_titles_of_different_countries_do_not_conflict(findings_for):
    found = fc101(
        findings_for(
            ("Finnish President Anna Berg arrived on Tuesday.", "2025-06-26"),
            ("Former Swedish President Anna Berg spoke at the dinner.", "2025-06-26"),
        )
    )
    assert found == []


def test_two_heads_of_state_offices_of_one_country_conflict(findings_for):
    found = fc101(
        findings_for(
            ("Finnish President Anna Berg arrived on Tuesday.", "2025-06-26"),
            ("Finnish Prime Minister Anna Berg arrived on Tuesday.", "2025-06-26"),
        )
    )
    assert len(found) == 1


def test_a_title_given_to_a_surname_counts_for_the_full_name(findings_for):
    found = fc101(
        findings_for(
            ("Anna Berg arrived early. President Berg opened the session.", "2025-06-26"),
            ("Aides to President-elect Anna Berg declined to comment.", "2025-06-26"),
        )
    )
    assert len(found) == 1


def test_a_conflict_is_reported_once_per_pair_of_titles(findings_for):
    found = fc101(
        findings_for(
            ("President Anna Berg arrived. Later President Anna Berg spoke.", "2025-06-26"),
            ("President-elect Anna Berg stayed home.", "2025-06-26"),
            ("Aides to President-elect Anna Berg declined to comment.", "2025-06-26"),
        )
    )
    assert len(found) == 1


def test_different_people_with_incompatible_titles_do_not_conflict(findings_for):
    found = fc101(
        findings_for(
            ("President Anna Berg opened the session.", "2025-06-26"),
            ("President-elect Olaf Lind named his cabinet.", "2025-06-26"),
        )
    )
    assert found == []


def test_a_body_named_after_a_possessive_place_is_the_same_body(findings_for):
    findings = findings_for(
        ("Karl Brandt, the director of Oslo's famous Nordic Opera House, resigned on Monday.", "2025-04-07"),
        ("Karl Brandt, the director of the Nordic Opera House since 2019, resigned.", "2025-04-07"),
    )
    assert [f for f in findings if f.rule == "FC101"] == []


def test_one_office_of_two_different_bodies_conflicts(findings_for):
    findings = findings_for(
        (
            "The Harbour Trust said the talks failed. Lena Olsen, the trust's chair, said so too. "
            "Lena Olsen, the chair of the Harbour Trust, left early.",
            "2025-04-07",
        ),
        ("The Fjord Council met. Lena Olsen, the chair of the Fjord Council, left early.", "2025-04-07"),
    )
    assert [f.rule for f in findings if f.rule == "FC101"] == ["FC101"]


def test_a_title_in_a_photo_caption_is_not_compared(findings_for):
    findings = findings_for(
        (
            "Harbour leader Olaf Brandt greets visitors in Eastport in March. (AFP PHOTO/Jane Roe)\n\n"
            "Former Harbour leader Olaf Brandt died on Thursday, officials said.",
            "2025-06-20",
        ),
        ("Former Harbour leader Olaf Brandt died on Thursday in Eastport.", "2025-06-20"),
    )
    assert [f for f in findings if f.rule == "FC101"] == []
