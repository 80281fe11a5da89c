"""Date claims: which dates an article gives, of which event, at which precision."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.extract import extract
from factcheck.model import DateRange, Precision

PUBLISHED = "2025-06-27"  # a Friday


@pytest.fixture
def dates(make_source, lexicon):
    """The date claims of one article."""

    def find(text: str, published: str | None = PUBLISHED):
        extraction = extract(make_source(text, published=published), lexicon)
        return [c for c in extraction.claims if c.predicate == "date"]

    return find


@pytest.fixture
def one_date(dates):
    def find(text: str, published: str | None = PUBLISHED):
        found = dates(text, published)
        assert len(found) == 1, [c.span.text for c in found]
        return found[0]

    return find


def days(start: str, end: str | None = None, precision: str = "day") -> DateRange:
    return DateRange(date.fromisoformat(start), date.fromisoformat(end or start), Precision(precision))


# --- absolute dates and their precision ---------------------------------------------------------


def test_a_day_without_a_year_takes_the_year_of_publication(one_date):
    claim = one_date("The summit in Kestrel Harbour opened on June 24 with a dinner.")
    assert claim.value.when == days("2025-06-24")
    assert claim.rule == "date.day"
    assert claim.value.event == "meeting"


def test_a_full_date_keeps_its_own_year(one_date):
    claim = one_date("Marta Lindqvist took office as prime minister on March 3, 2023, after a narrow win.")
    assert claim.value.when == days("2023-03-03")
    assert claim.value.event == "took-office"


def test_a_month_and_year_is_a_month(one_date):
    claim = one_date("Marta Lindqvist, who took office as prime minister in October 2024, faces a vote.")
    assert claim.value.when == days("2024-10-01", "2024-10-31", "month")
    assert claim.rule == "date.month-year"


def test_a_year_alone_is_a_year(one_date):
    claim = one_date("The landslides in Velmora in 2022 destroyed forty homes.")
    assert claim.value.when == days("2022-01-01", "2022-12-31", "year")
    assert claim.value.event == "disaster"


def test_a_range_from_one_day_to_another(one_date):
    claim = one_date("The summit in Kestrel Harbour runs from June 24 to 26 and ends with a statement.")
    assert claim.value.when == days("2025-06-24", "2025-06-26")
    assert claim.rule == "date.range"


def test_a_range_written_with_a_dash(one_date):
    claim = one_date("Leaders met at the summit in Kestrel Harbour on June 24-25 to agree a budget.")
    assert claim.value.when == days("2025-06-24", "2025-06-25")


def test_the_span_holds_the_date_and_the_event_it_dates(one_date):
    claim = one_date("Heavy rain fell all week. The flood reached Velmora on June 20 and cut the road.")
    assert claim.span.text == "flood reached Velmora on June 20"


# --- relative dates, resolved against the publication date ----------------------------------------


def test_last_month_is_the_month_before_publication(one_date):
    claim = one_date("The election in Velmora was held last month amid heavy rain.")
    assert claim.value.when == days("2025-05-01", "2025-05-31", "month")
    assert claim.rule == "date.relative"


def test_next_month_is_the_month_after_publication(one_date):
    claim = one_date("The election in Velmora will be held next month, the council decided.")
    assert claim.value.when == days("2025-07-01", "2025-07-31", "month")


def test_a_weekday_in_a_past_clause_is_the_last_one_before_publication(one_date):
    claim = one_date("Heavy flooding tore through the port town of Velmora on Tuesday.")
    assert claim.value.when == days("2025-06-24")
    assert claim.rule == "date.weekday"


def test_a_weekday_in_a_future_clause_is_the_next_one(one_date):
    claim = one_date("Ministers will hold a meeting in Velmora on Tuesday to discuss the repairs.")
    assert claim.value.when == days("2025-07-01")


def test_the_weekday_of_publication_is_that_day(one_date):
    claim = one_date("The storm reached Velmora on Friday and tore roofs off.")
    assert claim.value.when == days("2025-06-27")


def test_today_keeps_a_day_of_slack_for_the_page_date(one_date):
    claim = one_date("The storm that hit Velmora today left thousands without power.")
    assert claim.value.when == days("2025-06-26", "2025-06-27")


def test_yesterday_is_the_day_before(one_date):
    claim = one_date("The storm that hit Velmora yesterday left thousands without power.")
    assert claim.value.when == days("2025-06-25", "2025-06-26")


def test_earlier_this_week_ends_at_publication(one_date):
    claim = one_date("A storm struck Velmora earlier this week and cut the main road.")
    assert claim.value.when.end == date(2025, 6, 27)
    assert claim.value.when.start <= date(2025, 6, 23)


def test_a_month_without_a_year_is_the_last_one_before_publication(one_date):
    claim = one_date("The earthquake that shook Velmora in February damaged the old bridge.")
    assert claim.value.when == days("2025-02-01", "2025-02-28", "month")


def test_a_weekday_of_an_undated_article_keeps_its_name(one_date):
    claim = one_date("The storm hit Velmora on Sunday and flattened the harbour wall.", published=None)
    assert claim.value.when is None and claim.value.weekday == "Sunday"
    assert claim.rule == "date.weekday"


def test_today_in_an_undated_article_is_no_date(dates):
    assert dates("The storm that hit Velmora today left thousands without power.", published=None) == []


def test_a_weekday_possessive_dates_the_event_after_it(one_date):
    claim = one_date("Roads in Velmora were still closed after Sunday's storm, the council said.")
    assert claim.value.when == days("2025-06-22")
    assert claim.value.event == "disaster"


def test_a_day_without_a_year_in_an_undated_article_takes_the_year_of_its_latest_past_date(dates):
    text = "Lena Hart was elected mayor of Velmora in March 2024. The summit in Kestrel Harbour runs from June 24 to 26."
    found = [c for c in dates(text, published=None) if c.value.event == "meeting"]
    assert [c.value.when for c in found] == [days("2024-06-24", "2024-06-26")]
    assert found[0].rule == "date.range.year-guessed"


def test_a_weekday_before_a_day_of_unknown_year_keeps_the_weekday(one_date):
    text = "Ivo Brandt, born on April 22, 1931 in Velmora, died on Thursday, December 11, at home."
    claim = one_date(text, published=None)
    assert claim.value.when is None and claim.value.weekday == "Thursday"
    assert claim.span.text == "died on Thursday, December 11"


def test_a_day_without_a_year_in_an_undated_article_with_no_year_gives_no_claim(dates):
    assert dates("The summit in Kestrel Harbour runs from June 24 to 26.", published=None) == []


# --- which event a date belongs to -----------------------------------------------------------


def test_a_date_belongs_to_the_event_of_its_own_part_of_the_sentence(one_date):
    claim = one_date("Two dams collapsed in Velmora when the storm hit on Sunday.")
    assert claim.value.event == "disaster"
    assert claim.span.text == "storm hit on Sunday"


def test_the_person_who_took_office_is_the_subject(make_source, lexicon):
    extraction = extract(
        make_source("Marta Lindqvist took office as prime minister in October 2024.", published=PUBLISHED),
        lexicon,
    )
    (claim,) = [c for c in extraction.claims if c.predicate == "date"]
    assert extraction.mentions[claim.subject].span.text == "Marta Lindqvist"


def test_the_killer_is_not_the_subject_of_a_death(make_source, lexicon):
    text = "Olek Varga killed Ivo Brandt in Velmora on Tuesday."
    extraction = extract(make_source(text, published=PUBLISHED), lexicon)
    (claim,) = [c for c in extraction.claims if c.predicate == "date"]
    assert claim.subject is None
    assert {extraction.mentions[i].span.text for i in claim.anchors} >= {"Ivo Brandt", "Velmora"}


def test_the_places_of_the_clause_are_anchors(make_source, lexicon):
    extraction = extract(
        make_source("The summit in Kestrel Harbour opened on June 24.", published=PUBLISHED), lexicon
    )
    (claim,) = [c for c in extraction.claims if c.predicate == "date"]
    assert [extraction.mentions[i].span.text for i in claim.anchors] == ["Kestrel Harbour"]


def test_the_publication_date_is_the_claims_as_of(one_date):
    claim = one_date("The flood reached Velmora on June 20 and cut the road.")
    assert claim.as_of == days(PUBLISHED)


# --- dates that date nothing, or not the event ---------------------------------------------------


def test_a_date_without_an_event_word_gives_no_claim(dates):
    assert dates("The regional council met in Velmora on Tuesday to discuss the budget.") == []


def test_the_day_something_was_said_is_not_the_day_of_the_event(dates):
    assert dates("The mayor of Velmora told reporters on Tuesday that the storm had passed.") == []


def test_a_bound_of_a_period_is_not_a_date_of_the_event(dates):
    assert dates("Velmora has rebuilt its harbour since 2022, when a storm hit the coast.") == []


def test_a_death_toll_is_not_a_death(dates):
    assert dates("The death toll in Velmora rose to 40 on Tuesday.") == []


def test_an_aftershock_is_not_the_quake(dates):
    assert dates("Two aftershocks shook Velmora on Monday.") == []


def test_two_coordinated_dates_give_no_claim(dates):
    assert dates("In 2022 and 2023, the summit in Kestrel Harbour was held in spring.") == []


def test_may_the_verb_is_not_a_month(dates):
    assert dates("Officials fear the storm may 24 hours later reach Velmora.") == []


def test_a_relative_date_inside_a_quotation_gives_no_claim(dates):
    text = "“The flood on Tuesday was the worst I have seen,” the mayor of Velmora said."
    assert dates(text) == []


def test_a_dateline_gives_no_claim(dates):
    text = "Velmora, June 26, 2025\nThe storm hit Velmora on Tuesday, flattening the harbour wall."
    assert [c.span.text for c in dates(text)] == ["storm hit Velmora on Tuesday"]


def test_a_photo_caption_gives_no_claim(dates):
    text = (
        "Rescuers walk past flood damage in Velmora on June 2, 2025. (Photo: Lena Hart/Coastal Wire)\n"
        "The flood in Velmora struck on Tuesday and swept cars into the sea."
    )
    assert [c.value.when for c in dates(text)] == [days("2025-06-24")]


# --- stance ---------------------------------------------------------------------------------


def test_a_hedged_date_is_marked_hedged(one_date):
    claim = one_date("The earthquake may have struck Velmora on Monday, before the sensors failed.")
    assert claim.stance.hedged


def test_a_negated_date_is_marked_negated(one_date):
    claim = one_date("The storm did not hit Velmora on Monday as forecast.")
    assert claim.stance.negated


def test_a_plain_date_is_neither_hedged_nor_negated(one_date):
    claim = one_date("The storm hit Velmora on Monday and flattened the harbour wall.")
    assert not claim.stance.hedged and not claim.stance.negated


# --- stages, processes, roles, forecasts ----------------------------------------------------------


def test_may_beside_a_day_is_the_month_not_a_hedge(one_date):
    claim = one_date("Voters in Dunmere went to the polls on May 18 after a short campaign.")
    assert claim.value.when == days("2025-05-18")
    assert not claim.stance.hedged


def test_a_date_set_for_the_future_is_planned(one_date):
    claim = one_date("The summit in Kestrel Harbour is due to open on June 30, officials said.")
    assert claim.value.planned


def test_an_office_since_a_year_dates_taking_office(one_date):
    claim = one_date("Sten Ruud, mayor of Velmora since 2021, unveiled a housing plan.")
    assert claim.value.event == "took-office"
    assert claim.value.when == days("2021-01-01", "2021-12-31", "year")


def test_the_end_of_a_strike_is_another_date_than_the_strike(one_date):
    assert one_date("The dock strike in Port Alder ended on Monday.").value.event == "strike:end"


def test_a_day_inside_a_trial_dates_no_beginning(dates):
    assert dates("Orla Brenn gave evidence on Friday in her trial in Velmora.") == []


def test_the_beginning_of_a_trial_dates_the_trial(one_date):
    assert one_date("Orla Brenn's trial began in March in Velmora.").value.event == "trial"


def test_a_first_round_and_a_runoff_are_two_events(dates):
    found = dates("The first round on May 4 was close, and the runoff on May 18 settled it.")
    assert [c.value.event for c in found] == ["election", "round-2"]
