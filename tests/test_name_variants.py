"""Name variants across sources: which differences are another spelling, which a style, which another name."""

from __future__ import annotations

from factcheck.model import Severity


def spelling(findings, least: Severity = Severity.WARNING):
    order = [Severity.INFO, Severity.WARNING, Severity.ERROR]
    return [f for f in findings if f.kind == "spelling" and order.index(f.severity) >= order.index(least)]


def test_h_and_ch_in_a_given_name_are_one_name_spelt_two_ways(findings_for):
    found = spelling(
        findings_for(
            ("Dr Yitzhak Marom, head of the Calder Clinic, said the ward had reopened.", "2031-02-01"),
            ("The Calder Clinic ward reopened, its head, Yitzchak Marom, said.", "2031-02-01"),
        )
    )
    assert [set(f.values) for f in found] == [{"Yitzhak Marom", "Yitzchak Marom"}]


def test_an_assimilated_article_is_another_spelling_of_the_same_town(findings_for):
    found = spelling(
        findings_for(
            ("Shelling hit Al-Sawra overnight, the Dunmore Relief Agency said.", "2031-02-01"),
            ("The Dunmore Relief Agency said shelling struck Es Sawra overnight.", "2031-02-01"),
        )
    )
    assert len(found) == 1


def test_a_dropped_particle_of_a_surname_is_another_spelling(findings_for):
    found = spelling(
        findings_for(
            ("Anouk van der Berge, mayor of Lowmere, opened the lock.", "2031-02-01"),
            ("Lowmere mayor Anouk van Berge opened the lock on Friday.", "2031-02-01"),
        )
    )
    assert [set(f.values) for f in found] == [{"Anouk van der Berge", "Anouk van Berge"}]


def test_a_particle_glued_to_the_surname_is_style_only(findings_for):
    found = findings_for(
        ("Anouk van der Berge, mayor of Lowmere, opened the lock.", "2031-02-01"),
        ("Lowmere mayor Anouk Vanderberge opened the lock on Friday.", "2031-02-01"),
    )
    assert spelling(found) == []
    assert len(spelling(found, Severity.INFO)) == 1


def test_a_doubled_final_s_is_a_variant_not_a_plural(findings_for):
    found = spelling(
        findings_for(
            ("Harbour chief Anis Marouf resigned in Port Alder on Monday.", "2031-02-01"),
            ("Harbour chief Aniss Marouf resigned in Port Alder on Monday.", "2031-02-01"),
        )
    )
    assert len(found) == 1


def test_an_accent_left_out_is_style_only(findings_for):
    found = findings_for(
        ("Renée Castel, the mayor of Lowmere, opened the lock.", "2031-02-01"),
        ("Lowmere mayor Renee Castel opened the lock on Friday.", "2031-02-01"),
    )
    assert spelling(found) == []


def test_names_differing_in_a_word_of_place_are_two_things(findings_for):
    found = spelling(
        findings_for(
            ("The North Delta Board and the Lowmere council met in Port Alder.", "2031-02-01"),
            ("The South Delta Board and the Lowmere council met in Port Alder.", "2031-02-01"),
        )
    )
    assert found == []


def test_demonyms_of_two_continents_are_two_things(findings_for):
    found = spelling(
        findings_for(
            ("South African investors met the Lowmere council in Port Alder.", "2031-02-01"),
            ("South American investors met the Lowmere council in Port Alder.", "2031-02-01"),
        )
    )
    assert found == []


def test_an_initial_for_a_short_given_name_is_a_short_form(findings_for):
    found = spelling(
        findings_for(
            ("Jo Marren won the Lowmere 5,000m ahead of Tove Lind.", "2031-02-01"),
            ("J Marren won the Lowmere 5,000m ahead of Tove Lind.", "2031-02-01"),
        )
    )
    assert found == []


def test_servant_compounds_share_one_key_however_the_article_is_written():
    from factcheck.resolve.keys import name_tokens

    forms = [
        "Abd al-Majid Tarek",
        "Abdelmajid Tarek",
        "Abdul Majid Tarek",
        "Abd ul-Majid Tarek",
        "Abd-el-Majid Tarek",
    ]
    assert {tuple(name_tokens(f)) for f in forms} == {("abdmajid", "tarek")}


def test_a_sun_letter_article_glued_to_the_compound_is_the_same_name():
    from factcheck.resolve.keys import skeleton_key

    assert (
        skeleton_key("Abdurrahim Solan")
        == skeleton_key("Abd ar-Rahim Solan")
        == skeleton_key("Abdirahim Solan")
    )


def test_names_that_only_begin_like_the_compound_stay_whole():
    from factcheck.resolve.keys import name_tokens

    assert name_tokens("Abdi Warsame") == ["abdi", "warsame"]
    assert name_tokens("Abdou Kante") == ["abdou", "kante"]


def test_a_compound_given_name_glued_and_spaced_is_one_person_spelt_two_ways(findings_for):
    found = spelling(
        findings_for(
            ("Abdelmajid Tarek, the head of the Lowmoor water board, resigned on Monday.", "2031-02-01"),
            (
                "The Lowmoor water board lost its head on Monday when Abd al-Majid Tarek resigned.",
                "2031-02-01",
            ),
        )
    )
    assert [set(f.values) for f in found] == [{"Abdelmajid Tarek", "Abd al-Majid Tarek"}]


def test_different_compounds_with_one_surname_are_two_people(findings_for):
    found = spelling(
        findings_for(
            ("Abdelmajid Tarek of the Lowmoor water board resigned on Monday.", "2031-02-01"),
            ("Abd al-Hamid Tarek of the Lowmoor water board stayed in post on Monday.", "2031-02-01"),
        )
    )
    assert found == []


def test_an_article_spelt_ul_inside_a_compound_stays_in_the_name(findings_for):
    found = findings_for(
        ("Harbour master Abdul Wahid Korran said the Lowmoor docks would reopen.", "2031-02-01"),
        ("The Lowmoor docks will reopen, said harbour master Abd ul-Wahid Korran.", "2031-02-01"),
    )
    assert [f.rule for f in found if f.kind == "spelling"] == ["FC202"]
