"""Quantity claims: numbers with their interval, what they count, whose they are and how firmly said."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from factcheck.extract import extract
from factcheck.lexicon import Lexicon
from factcheck.model import Claim, Quantity, Scope, Source


@pytest.fixture
def quantities(make_source: Callable[..., Source], lexicon: Lexicon) -> Callable[..., list[Claim]]:
    """The quantity claims extracted from a text (published 2025-03-10 unless said otherwise)."""

    def read(text: str, published: str | None = "2025-03-10") -> list[Claim]:
        extraction = extract(make_source(text, published=published), lexicon)
        return [c for c in extraction.claims if c.predicate == "quantity"]

    return read


def only(claims: list[Claim]) -> Claim:
    assert len(claims) == 1, [c.span.text for c in claims]
    return claims[0]


def value(claim: Claim) -> tuple[float, float]:
    assert isinstance(claim.value, Quantity)
    return round(claim.value.low, 6), round(claim.value.high, 6)


def counts(claim: Claim) -> str:
    """What a figure counts, as "measure:detail", with the scope of a figure that is not the main
    count in brackets: "deaths (earlier)", "seats (combined)"."""
    assert isinstance(claim.value, Quantity)
    quantity = claim.value
    what = quantity.measure + (f":{quantity.detail}" if quantity.detail else "")
    scope = {Scope.MAIN: "", Scope.OTHER: quantity.scope_word}.get(quantity.scope, str(quantity.scope))
    return f"{what} ({scope})" if scope else what


# Intervals


def test_an_exact_figure_is_a_single_point(quantities):
    claim = only(quantities("The ferry was carrying 212 passengers when it capsized."))
    assert value(claim) == (212, 212)
    assert counts(claim) == "passengers"
    assert claim.rule == "quantity.exact"


def test_at_least_is_a_floor_close_to_the_figure(quantities):
    claim = only(quantities("At least 45 people were killed when the bridge gave way."))
    assert value(claim) == (45, 90)
    assert counts(claim) == "deaths"
    assert claim.rule == "quantity.floor"


def test_more_than_is_a_floor_like_at_least(quantities):
    claim = only(quantities("More than 1,200 people were injured in the stampede."))
    assert value(claim) == (1200, 2400)
    assert counts(claim) == "injured"


def test_about_is_the_figure_within_ten_percent(quantities):
    claim = only(quantities("About 8,000 residents are still missing after the mudslide."))
    assert value(claim) == (7200, 8800)
    assert counts(claim) == "missing"


def test_nearly_is_just_under_the_figure(quantities):
    claim = only(quantities("Nearly 500 people died in the heatwave."))
    assert value(claim) == (450, 500)


def test_fewer_than_is_a_ceiling(quantities):
    claim = only(quantities("Fewer than 40 people were hurt in the derailment."))
    assert value(claim) == (20, 40)
    assert counts(claim) == "injured"


def test_a_range_with_to_is_its_two_ends(quantities):
    claim = only(quantities("Between 1,500 and 2,000 people were displaced by the fire."))
    assert value(claim) == (1500, 2000)
    assert claim.rule == "quantity.range"
    assert counts(claim) == "displaced"


def test_a_scale_word_multiplies_both_ends_of_a_range(quantities):
    claim = only(quantities("Some 2 to 3 million people were displaced by the cyclone."))
    assert value(claim) == (1_800_000, 3_300_000)


def test_spelled_out_numbers_are_read(quantities):
    claim = only(quantities("Seventeen people died when the mine flooded."))
    assert value(claim) == (17, 17)


def test_hyphenated_spelled_out_numbers_are_read(quantities):
    claim = only(quantities("The blaze killed twenty-five people overnight."))
    assert value(claim) == (25, 25)


def test_scale_words_multiply(quantities):
    claim = only(quantities("The floods left 2.5 million people homeless."))
    assert value(claim) == (2_500_000, 2_500_000)
    assert counts(claim) == "homeless"


def test_a_denominator_is_not_a_figure_of_its_own(quantities):
    claim = only(quantities("The Greens won 88 of the 150 seats in the chamber."))
    assert value(claim) == (88, 88)
    assert counts(claim) == "seats"


def test_a_share_is_compared_by_what_it_is_a_share_of(quantities):
    claim = only(quantities("Public debt reached 61 percent of GDP last quarter.", published=None))
    assert counts(claim) == "percent:gdp"


def test_an_elliptical_figure_shares_the_measure_of_the_one_before(quantities):
    claims = quantities("The Greens won 40 seats, the Liberals took 33, and the Farmers got 12.")
    assert [(value(c)[0], counts(c)) for c in claims] == [(40, "seats"), (33, "seats"), (12, "seats")]


def test_a_noun_of_its_own_refines_a_toll(quantities):
    claim = only(quantities("A man and two women died in the arson attack."))
    assert counts(claim) == "deaths:women"


# Ages are a measure of their own, never counts


@pytest.mark.parametrize(
    ("text", "measure", "number"),
    [
        ("The suspect, aged 45, was detained.", "age", 45),
        ("Marta Olsen, 52, chaired the meeting.", "age", 52),
        ("A 45-year-old man was detained.", "age", 45),
    ],
)
def test_ages_are_their_own_measure(quantities, text, measure, number):
    claim = quantities(text)[0]
    assert (claim.value.measure, claim.value.low) == (measure, number)


# What is not a quantity


@pytest.mark.parametrize(
    "text",
    [
        "In 2015, the assembly changed the law.",
        "The talks began on March 3 in the capital.",
        "The vote closed at 14:30 local time.",
        "The airline grounded its Boeing 737 fleet.",
        "She finished 3rd in the second round.",
        "One of the most divisive campaigns in years ended.",
        "The trial opened on Oct. 21 in the city.",
    ],
)
def test_years_dates_times_and_names_are_not_quantities(quantities, text):
    assert quantities(text) == []


def test_a_sum_of_money_is_kept_but_never_compared(quantities):
    claim = only(quantities("The council paid £2.5m for the site."))
    assert value(claim) == (2_500_000, 2_500_000)
    assert counts(claim) == "money"


def test_a_figure_that_describes_a_noun_is_not_a_toll(quantities):
    claim = only(quantities("A mother of four was killed in the crash."))
    assert counts(claim) == "mother"


def test_years_ago_is_a_time_not_a_count(quantities):
    claim = only(quantities("Mayor Ilse Brandt approved the plan six years ago."))
    assert counts(claim).endswith("(ago)")


# Whose and where


def test_the_holder_is_the_name_before_the_figure(quantities):
    claims = quantities("Under the new count, the Greens Party won 40 seats.")
    claim = only(claims)
    assert claim.subject is not None


@pytest.mark.parametrize(
    "text",
    [
        "Mara Velden began a two-day visit to Port Alder on Monday.",
        "The Velmora Navy sent 12 ships to the strait.",
        "Oren Vasko spent 12 years in prison.",
        "The Harbour Council gave 300 families new homes.",
        "Jonah Ostrander took 52% of the vote in Saltmere.",
    ],
)
def test_a_name_before_an_irregular_verb_can_hold_the_figure(make_source, lexicon, text):
    """'began', 'was', 'gave' are verbs after a name, not nouns it modifies ('Harbour Council
    grants'), so the name is the figure's holder."""
    extraction = extract(make_source(text, published="2025-03-10"), lexicon)
    claims = [c for c in extraction.claims if c.predicate == "quantity"]
    assert claims and all(c.subject is not None for c in claims), [c.span.text for c in claims]


def test_a_speaker_is_not_the_holder(quantities):
    claim = only(quantities("At least 45 people were killed in Peru, the Red Cross said."))
    assert claim.subject is None
    assert claim.stance.speaker == "Red Cross"


# How firmly said


def test_a_modal_makes_a_figure_hedged(quantities):
    claim = only(quantities("The death toll could climb to 900, officials warned."))
    assert claim.stance.hedged


def test_a_goal_makes_a_figure_hedged(quantities):
    claim = only(quantities("The alliance set a goal of spending 3 percent of GDP on defence."))
    assert claim.stance.hedged


def test_an_earlier_figure_is_marked_so(quantities):
    claim = only(quantities("Officials had earlier put the death toll at 300."))
    assert counts(claim) == "deaths (earlier)"


def test_the_start_of_a_rise_is_an_earlier_figure(quantities):
    claims = quantities("The death toll rose from 300 to 450 overnight.")
    assert [counts(c) for c in claims] == ["deaths (earlier)", "deaths"]


def test_a_year_before_the_article_makes_a_background_figure(quantities):
    claim = only(quantities("A cyclone in 2008 killed 900 people on the coast."))
    assert counts(claim) == "deaths (earlier)"


def test_a_figure_of_another_scope_is_marked_so(quantities):
    claim = only(quantities("The storm killed about 12 people elsewhere in the region."))
    assert counts(claim) == "deaths (elsewhere)"


def test_part_of_a_toll_is_marked_so(quantities):
    claim = only(quantities("One of the fatalities was a nurse."))
    assert counts(claim) == "deaths (part)"


def test_a_combined_figure_is_marked_so(quantities):
    claim = only(quantities("Their combined seat tally is 129."))
    assert counts(claim) == "seats (combined)"


def test_an_attribution_verb_makes_a_figure_someone_elses(quantities):
    claim = only(quantities("Nearly 500 people died, health officials said."))
    assert claim.stance.speaker == "health officials"


def test_an_unnamed_source_is_kept_as_written(quantities):
    claim = only(quantities("At least 45 people died, according to the fire service in the capital."))
    assert claim.stance.speaker == "the fire service"


def test_a_negated_figure_is_marked_so(quantities):
    claim = only(quantities("The regulator did not fine 40 banks."))
    assert claim.stance.negated


def test_a_figure_holds_at_the_publication_date(quantities):
    claim = only(quantities("Nearly 500 people died in the heatwave."))
    assert str(claim.as_of) == "2025-03-10"


# Counts of years and lists


def test_consecutive_years_until_a_year_cover_a_period(quantities):
    claim = only(quantities("Mayor Ilse Brandt chaired the forum for four consecutive years until 2021."))
    assert value(claim) == (4, 4)
    assert counts(claim) == "years:chair"
    assert claim.value.counted.endswith("(2018..2021)")
    assert str(claim.as_of) == "2018-01-01..2021-12-31"
    assert claim.span.text.endswith("four consecutive years until 2021")


def test_a_count_of_years_needs_the_verb_it_counts(quantities):
    claim = only(quantities("Mayor Ilse Brandt spent six years abroad."))
    assert counts(claim) == "years:spend"


def test_a_list_of_years_is_a_count(quantities):
    claims = quantities("In 2019 and 2020, Mayor Ilse Brandt chaired summits in Oslo and Bergen.")
    years = next(c for c in claims if counts(c) == "years:chair")
    assert value(years) == (2, 2)
    assert years.rule == "quantity.list"
    assert years.span.text == "In 2019 and 2020, Mayor Ilse Brandt chaired summits in Oslo and Bergen"
    assert str(years.as_of) == "2019-01-01..2020-12-31"


def test_a_list_of_places_is_a_count(quantities):
    claims = quantities("In 2019 and 2020, Mayor Ilse Brandt chaired summits in Oslo and Bergen.")
    places = next(c for c in claims if counts(c) == "places:chair")
    assert value(places) == (2, 2)


# Quoting


def test_the_span_quotes_the_words_before_the_figure(quantities):
    claim = only(quantities("The death toll in the valley has soared to 1,300 since Monday."))
    assert claim.span.text == "has soared to 1,300"


def test_the_span_quotes_the_indicator_after_a_bare_figure(quantities):
    claim = only(quantities("At least 2,100 have been killed in the valley."))
    assert claim.span.text == "At least 2,100 have been killed"


# Measures read by the number reader: scales, units converted to their base, vague counts


def test_a_sum_keeps_its_scale_and_what_it_pays(quantities):
    claim = only(quantities("The regulator fined the shipping firm 9.5 million euros on Monday."))
    assert value(claim) == (9_500_000, 9_500_000)
    assert counts(claim) == "money:fine"


def test_lengths_are_converted_and_told_apart(quantities):
    (deep,) = quantities("The tremor struck 11 miles below the surface, the institute said.")
    assert counts(deep) == "depth"
    assert value(deep)[0] == pytest.approx(17_702.784)
    (far,) = quantities("The epicentre lay 19 km from Tavrin, the institute said.")
    assert counts(far) == "distance"


def test_a_magnitude_is_the_quakes_unless_an_aftershock_is_named(quantities):
    (main,) = quantities("A 5.9-magnitude quake shook Tavrin early on Monday.")
    (after,) = quantities("A 4.1-magnitude aftershock rattled Tavrin on Tuesday.")
    assert (counts(main), counts(after)) == ("magnitude:quake", "magnitude:aftershock")


def test_vague_counts_are_intervals(quantities):
    claim = only(quantities("Dozens of people were injured when the stand gave way."))
    assert value(claim) == (24, 99)
    assert counts(claim) == "injured"


def test_another_count_is_whole_when_nothing_was_counted_before(quantities):
    claims = quantities("The fire spread overnight. Another 40 people were hurt, the brigade said.")
    assert [counts(c) for c in claims] == ["injured"]
