"""FC201 spelling.variant, FC202 spelling.style and FC203 spelling.typo."""

from __future__ import annotations

from factcheck.model import Severity


def of_rule(findings, code: str):
    return [f for f in findings if f.rule == code]


def spelling(findings):
    return [f for f in findings if f.rule in ("FC201", "FC202", "FC203")]


# --- FC201 spelling.variant --------------------------------------------------------------------


def test_a_transliteration_variant_across_sources_is_a_warning(findings_for):
    found = of_rule(
        findings_for(
            ("Muammar Gaddafi ruled the country for four decades.", None),
            ("Muammar Qaddafi ruled the country for four decades.", None),
        ),
        "FC201",
    )
    assert len(found) == 1
    finding = found[0]
    assert finding.severity == Severity.WARNING
    assert finding.name == "spelling.variant"
    assert set(finding.values) == {"Muammar Gaddafi", "Muammar Qaddafi"}
    assert {e.text for e in finding.evidence} == {"Muammar Gaddafi", "Muammar Qaddafi"}
    assert {e.source_id for e in finding.evidence} == {"a", "b"}


def test_a_doubled_letter_variant_is_a_warning(findings_for):
    found = of_rule(
        findings_for(
            ("Volodymyr Zelensky spoke to the assembly by video link.", None),
            ("Volodymyr Zelenskyy spoke to the assembly by video link.", None),
        ),
        "FC201",
    )
    assert len(found) == 1


def test_a_variant_evidence_points_at_the_spelling(findings_for):
    (finding,) = of_rule(
        findings_for(
            ("Crowds gathered.\nPosters of Muammar Gaddafi were torn down.", None),
            ("Muammar Qaddafi ruled the country for four decades.", None),
        ),
        "FC201",
    )
    quote = next(e for e in finding.evidence if e.source_id == "a")
    assert (quote.line, quote.column) == (2, 12)


def test_a_variant_message_names_each_article_of_a_few_in_order(findings_for):
    (finding,) = of_rule(
        findings_for(
            ("Harbour master Oren Vassko closed the Saltmere quay.", None),
            ("Harbour master Oren Vasko closed the Saltmere quay.", None),
            ("Oren Vasko said the Saltmere quay would reopen on Monday.", None),
        ),
        "FC201",
    )
    assert finding.message == "Oren Vasko is spelt 'Oren Vassko' in a; 'Oren Vasko' in b, c"


def test_a_variant_message_counts_the_articles_beyond_five(findings_for):
    usual = [(f"Oren Vasko spoke at the Saltmere quay on day {n} of the strike.", None) for n in range(8)]
    (finding,) = of_rule(
        findings_for(("Oren Vassko spoke at the Saltmere quay on the first day.", None), *usual), "FC201"
    )
    assert (
        finding.message == "Oren Vasko is spelt 'Oren Vassko' in a; 'Oren Vasko' in b, c, d, e, f and 3 more"
    )
    assert len({e.source_id for e in finding.evidence}) == 9  # the evidence still quotes every one


def test_the_same_spelling_everywhere_is_consistent(findings_for):
    found = spelling(
        findings_for(
            ("Muammar Gaddafi ruled the country for four decades.", None),
            ("Crowds cheered the fall of Muammar Gaddafi.", None),
        )
    )
    assert found == []


def test_a_short_form_is_not_a_spelling_variant(findings_for):
    found = spelling(
        findings_for(
            ("Donald Trump arrived at the summit on Tuesday.", None),
            ("Trump left the summit early on Wednesday.", None),
        )
    )
    assert found == []


def test_a_surname_short_form_of_a_transliterated_name_is_consistent(findings_for):
    found = spelling(
        findings_for(
            ("Muammar Gaddafi ruled the country for four decades.", None),
            ("Gaddafi was killed near his home town.", None),
        )
    )
    assert found == []


def test_an_acronym_and_its_expansion_are_not_spelling_variants(findings_for):
    found = spelling(
        findings_for(
            ("The Nordic Fisheries Council (NFC) set new quotas.", None),
            ("The NFC set new quotas for cod.", None),
        )
    )
    assert found == []


def test_different_people_are_not_spelling_variants(findings_for):
    found = spelling(
        findings_for(
            ("Kim Jong-un inspected a missile launch site.", None),
            ("Kim Jong-il inspected a missile launch site.", None),
        )
    )
    assert found == []


# --- FC202 spelling.style ----------------------------------------------------------------------


def test_an_acronym_with_and_without_a_hyphen_is_info(findings_for):
    found = of_rule(
        findings_for(
            ("Leaders of the IP4 met in Madrid on Wednesday.", None),
            ("Leaders of the IP-4 met in Madrid on Wednesday.", None),
        ),
        "FC202",
    )
    assert len(found) == 1
    assert found[0].severity == Severity.INFO
    assert found[0].name == "spelling.style"
    assert set(found[0].values) == {"IP4", "IP-4"}


def test_a_style_difference_is_not_also_a_variant(findings_for):
    found = of_rule(
        findings_for(
            ("Leaders of the IP4 met in Madrid on Wednesday.", None),
            ("Leaders of the IP-4 met in Madrid on Wednesday.", None),
        ),
        "FC201",
    )
    assert found == []


def test_a_defined_acronym_written_differently_elsewhere_is_info(findings_for):
    found = of_rule(
        findings_for(
            ("Leaders of the Indo-Pacific Four (IP4) met in Madrid.", None),
            ("The partners known as IP-4 met in Madrid.", None),
        ),
        "FC202",
    )
    assert len(found) == 1
    assert {e.text for e in found[0].evidence} == {"IP4", "IP-4"}


def test_the_hague_with_a_lower_case_article_is_info(findings_for):
    found = of_rule(
        findings_for(
            ("The alliance summit was held in The Hague this week.", None),
            ("The alliance summit was held in the Hague this week.", None),
        ),
        "FC202",
    )
    assert len(found) == 1
    assert set(found[0].values) == {"The Hague", "the Hague"}
    assert found[0].severity == Severity.INFO


def test_the_same_style_everywhere_is_consistent(findings_for):
    found = spelling(
        findings_for(
            ("The alliance summit was held in The Hague this week.", None),
            ("Protesters marched through The Hague on Tuesday.", None),
        )
    )
    assert found == []


def test_style_varying_only_within_one_source_is_not_reported(findings_for):
    found = of_rule(
        findings_for(
            ("The IP4 met in Madrid. Later the IP-4 issued a statement.", None),
            ("The IP4 met in Madrid. Later the IP-4 issued a statement.", None),
        ),
        "FC202",
    )
    assert found == []


# --- FC203 spelling.typo -----------------------------------------------------------------------

RIGHT_THREE_TIMES = (
    "The Oslo summit opened on Monday. The Oslo summit agreed on a fund. "
    "Delegates left the Oslo summit on Wednesday."
)


def test_a_phrase_misspelt_once_and_spelt_right_three_times_is_info(findings_for):
    found = of_rule(
        findings_for((RIGHT_THREE_TIMES, None), ("Critics called the Oslo summet a failure.", None)),
        "FC203",
    )
    assert len(found) == 1
    finding = found[0]
    assert finding.severity == Severity.INFO
    assert finding.name == "spelling.typo"
    assert finding.evidence[0].text == "Oslo summet"
    assert finding.evidence[0].source_id == "b"
    assert finding.evidence[1].text == "Oslo summit"


def test_a_misspelling_within_the_same_source_is_found_too(findings_for):
    found = of_rule(
        findings_for((RIGHT_THREE_TIMES + " The Oslo summet ended late.", None), ("Nothing here.", None)),
        "FC203",
    )
    assert len(found) == 1


def test_a_phrase_spelt_right_only_twice_is_not_enough(findings_for):
    found = of_rule(
        findings_for(
            ("The Oslo summit opened on Monday. The Oslo summit agreed on a fund.", None),
            ("Critics called the Oslo summet a failure.", None),
        ),
        "FC203",
    )
    assert found == []


def test_a_plural_is_not_a_misspelling(findings_for):
    found = of_rule(
        findings_for((RIGHT_THREE_TIMES, None), ("Earlier Oslo summits had ended in failure.", None)),
        "FC203",
    )
    assert found == []


def test_a_phrase_spelt_right_everywhere_is_consistent(findings_for):
    found = of_rule(
        findings_for((RIGHT_THREE_TIMES, None), ("Critics called the Oslo summit a failure.", None)),
        "FC203",
    )
    assert found == []


def test_a_nickname_is_no_misspelling(findings_for):
    findings = findings_for(
        ("Coach William Tarrant praised the Harbor Hawks after the final in Eastport.", None),
        ("Coach Bill Tarrant praised the Harbor Hawks after the final in Eastport.", None),
    )
    assert [f for f in findings if f.rule == "FC201"] == []


def test_british_and_american_spellings_are_style(findings_for):
    findings = findings_for(
        ("The gala at the Harbour Theatre in Eastport drew a crowd.", None),
        ("The gala at the Harbour Theater in Eastport drew a crowd.", None),
    )
    assert [f for f in findings if f.rule == "FC201"] == []
