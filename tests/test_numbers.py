"""The number reader: every shape of a number phrase read as its interval, unit and kind."""

from __future__ import annotations

from datetime import date
from importlib import resources

import pytest

from factcheck.extract.numbers import NumberPhrase, ages_after_names, read_numbers
from factcheck.lexicon.numbers import NumberLexicon, number_lexicon

REFERENCE = date(2025, 6, 24)
MILE = 1609.344
YEAR = 31556952.0


def _data(name: str) -> str:
    return resources.files("factcheck.data").joinpath(name).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def lex() -> NumberLexicon:
    return number_lexicon(_data)


def phrases(lex: NumberLexicon, sentence: str) -> tuple[NumberPhrase, ...]:
    return read_numbers(sentence, 0, lex, REFERENCE)


def phrase(lex: NumberLexicon, sentence: str, text: str) -> NumberPhrase:
    """The one phrase of the sentence written exactly `text`."""
    found = [p for p in phrases(lex, sentence) if p.text == text]
    assert len(found) == 1, [p.text for p in phrases(lex, sentence)]
    return found[0]


def interval(p: NumberPhrase) -> tuple[float, float]:
    return round(p.low, 4), round(p.high, 4)


# Values: digits, words, scales, vague counts (kind "count" unless said)

VALUES = [
    ("The flood toll rose to 12,400 by the evening.", "12,400", 12400, 12400),
    ("The index fell 6.3 points in a day.", "6.3", 6.3, 6.3),
    ("The channel lost 1.04m viewers after the change.", "1.04m", 1_040_000, 1_040_000),
    ("Some 1,250,000 ballots were printed for the vote.", "Some 1,250,000", 1_125_000, 1_375_000),
    ("The shelter housed 0.5 of its former number.", "0.5", 0.5, 0.5),
    ("Two hundred and fifty volunteers joined the search.", "Two hundred and fifty", 250, 250),
    ("The choir has one thousand three hundred members.", "one thousand three hundred", 1300, 1300),
    ("A dozen fishermen were rescued from the reef.", "A dozen", 12, 12),
    ("Twenty-one seats changed hands in the council.", "Twenty-one", 21, 21),
    ("A quarter of a million tourists visit the valley.", "A quarter of a million", 250_000, 250_000),
    ("The crowd was put at one and a half million.", "one and a half million", 1_500_000, 1_500_000),
    (
        "The charity raised two million three hundred thousand.",
        "two million three hundred thousand",
        2_300_000,
        2_300_000,
    ),
    ("About 9.5 million people live in the region.", "About 9.5 million", 8_550_000, 10_450_000),
    ("The mill exported 3 lakh bales last season.", "3 lakh", 300_000, 300_000),
    ("The app reached 300k downloads in a week.", "300k", 300_000, 300_000),
    ("The network carried 2.5bn messages on the night.", "2.5bn", 2_500_000_000, 2_500_000_000),
    ("Dozens of houses were flattened by the wind.", "Dozens of", 24, 99),
    ("Scores of boats were torn from their moorings.", "Scores of", 40, 199),
    ("Hundreds of families slept in the school hall.", "Hundreds of", 200, 999),
    ("Thousands of supporters lined the route.", "Thousands of", 2000, 9999),
    ("Tens of thousands of fans filled the square.", "Tens of thousands of", 20_000, 99_999),
    ("Several hundred workers walked out at noon.", "Several hundred", 300, 900),
    ("A few villagers stayed behind to guard the herd.", "A few", 2, 5),
]


@pytest.mark.parametrize(("sentence", "text", "low", "high"), VALUES)
def test_values_are_read_with_their_scale(lex, sentence, text, low, high):
    found = phrase(lex, sentence, text)
    assert interval(found) == (low, high)
    assert found.kind == "count"
    assert found.unit is None


def test_a_scale_word_is_never_dropped(lex):
    assert phrase(lex, "The region has 9.5 million residents.", "9.5 million").low != 9.5


FRACTIONS = [
    ("Two-thirds of the members backed the motion.", "Two-thirds", 2 / 3),
    ("Three quarters of the harvest was lost.", "Three quarters", 0.75),
    ("A third of the homes have no power.", "A third", 1 / 3),
    ("The reservoir is down to a quarter.", "a quarter", 0.25),
    ("One fifth of the staff work from home.", "One fifth", 0.2),
]


@pytest.mark.parametrize(("sentence", "text", "share"), FRACTIONS)
def test_fractions_are_shares(lex, sentence, text, share):
    found = phrase(lex, sentence, text)
    assert found.kind == "fraction"
    assert found.low == pytest.approx(share)


# Bounds and ranges

BOUNDS = [
    ("At least 12 climbers died on the ridge.", "At least 12", "floor", 12, 24),
    ("More than 40 were hurt in the crush.", "More than 40", "floor", 40, 80),
    ("Over 300 homes lost power overnight.", "Over 300", "floor", 300, 600),
    ("Just over 200 were rescued by boat.", "Just over 200", "floor", 200, 220),
    ("Well over 1,000 people signed the letter.", "Well over 1,000", "floor", 1100, 3000),
    ("The toll climbed past 500 on Tuesday.", "climbed past 500", "floor", 500, 1000),
    ("Nearly 300 fled the burning estate.", "Nearly 300", "approx", 270, 300),
    ("Almost 90 pupils were sent home.", "Almost 90", "approx", 81, 90),
    ("Close to 3,000 were evacuated.", "Close to 3,000", "approx", 2700, 3000),
    ("About 5,000 marched to the square.", "About 5,000", "approx", 4500, 5500),
    ("Around 70 cattle drowned in the flood.", "Around 70", "approx", 63, 77),
    ("Roughly 40 boats are still missing.", "Roughly 40", "approx", 36, 44),
    ("The storm left some 500 people homeless.", "some 500", "approx", 450, 550),
    ("Up to 18 crew may be trapped.", "Up to 18", "ceiling", 9, 18),
    ("Fewer than 10 survived the crossing.", "Fewer than 10", "ceiling", 5, 10),
    ("Less than 200 tickets remain.", "Less than 200", "ceiling", 100, 200),
    ("The rally drew under 300 people.", "under 300", "ceiling", 150, 300),
    ("The club expects 500 or more guests.", "500 or more", "floor", 500, 1000),
    ("A 500-plus crowd watched the final.", "500-plus", "floor", 500, 1000),
]


@pytest.mark.parametrize(("sentence", "text", "bound", "low", "high"), BOUNDS)
def test_bounds_widen_the_figure_by_the_documented_factors(lex, sentence, text, bound, low, high):
    found = phrase(lex, sentence, text)
    assert (found.bound, interval(found)) == (bound, (low, high))


RANGES = [
    ("Organisers said 18,000 to 20,000 attended.", "18,000 to 20,000", 18000, 20000),
    ("Organisers said 18,000-20,000 attended.", "18,000-20,000", 18000, 20000),
    ("Organisers said between 18,000 and 20,000 attended.", "between 18,000 and 20,000", 18000, 20000),
    ("Repairs will cost 2-3 million.", "2-3 million", 2_000_000, 3_000_000),
    ("One or two windows were broken.", "One or two", 1, 2),
    ("Two to three thousand workers are affected.", "Two to three thousand", 2000, 3000),
]


@pytest.mark.parametrize(("sentence", "text", "low", "high"), RANGES)
def test_ranges_span_both_figures(lex, sentence, text, low, high):
    found = phrase(lex, sentence, text)
    assert (found.bound, interval(found)) == ("range", (low, high))


EARLIER = [
    ("Membership rose from 300 to 450 this year.", "300", "450"),
    ("The fare fell from £12 to £9 in the sale.", "£12", "£9"),
    ("Turnout climbed from 41% to 48%.", "41%", "48%"),
    ("Unemployment was 5.2%, up from 4.9% a year ago.", "4.9%", "5.2%"),
    ("The toll rose to 61 from 40 overnight.", "40", "61"),
]


@pytest.mark.parametrize(("sentence", "before", "after"), EARLIER)
def test_the_value_a_change_started_from_is_earlier(lex, sentence, before, after):
    assert phrase(lex, sentence, before).earlier
    assert not phrase(lex, sentence, after).earlier


def test_a_change_by_a_figure_to_a_level_is_no_range(lex):
    found = phrases(lex, "Unemployment rose 26,900 to 1.64 million in May.")
    assert [(p.text, p.bound) for p in found] == [("26,900", "exact"), ("1.64 million", "exact")]


def test_ranging_from_is_a_range_not_a_change(lex):
    found = phrase(lex, "Prices ranged from 20 to 25 euros.", "20 to 25 euros")
    assert (found.bound, found.earlier, interval(found)) == ("range", False, (20, 25))


# Money

MONEY = [
    ("The club paid $2.5bn for the stadium.", "$2.5bn", "USD", 2.5e9),
    ("Donors pledged US$3m to the appeal.", "US$3m", "USD", 3e6),
    ("The bank holds £1.2tn in deposits.", "£1.2tn", "GBP", 1.2e12),
    ("The port was sold for €300m.", "€300m", "EUR", 3e8),
    ("The fine was ¥5bn.", "¥5bn", "JPY", 5e9),
    ("The state set aside ₹40 crore for roads.", "₹40 crore", "INR", 4e8),
    ("The project will cost Rs 500 crore.", "Rs 500 crore", "INR", 5e9),
    ("The budget is VND 304 trillion.", "VND 304 trillion", "VND", 3.04e14),
    ("Exports reached 2.5 billion dollars.", "2.5 billion dollars", "USD", 2.5e9),
    ("The deal is worth 300 million euros.", "300 million euros", "EUR", 3e8),
    ("The grant was 20 million pounds sterling.", "20 million pounds sterling", "GBP", 2e7),
    ("Rice now costs 304 trillion dong a year.", "304 trillion dong", "VND", 3.04e14),
    ("The loan was USD 5m.", "USD 5m", "USD", 5e6),
    ("A stamp now costs 85p.", "85p", "GBP", 0.85),
]


@pytest.mark.parametrize(("sentence", "text", "currency", "amount"), MONEY)
def test_money_has_its_currency_and_scale(lex, sentence, text, currency, amount):
    found = phrase(lex, sentence, text)
    assert found.kind == "money"
    assert found.unit is not None and found.unit.currency == currency
    assert found.low == pytest.approx(amount)


def test_a_range_of_money_repeats_the_sign(lex):
    found = phrase(lex, "Damage is put at $2bn-$3bn.", "$2bn-$3bn")
    assert interval(found) == (2e9, 3e9)


POUNDS = [
    ("The catch weighed 200 pounds.", "200 pounds", "mass"),
    ("She gave birth to a 10-pound baby.", "10-pound", "mass"),
    ("Officers seized 400 pounds of cannabis.", "400 pounds", "mass"),
    ("The transfer fee was 20 million pounds.", "20 million pounds", "money"),
    ("The fine was 500 pounds.", "500 pounds", "money"),
]


@pytest.mark.parametrize(("sentence", "text", "dimension"), POUNDS)
def test_pounds_are_money_unless_something_is_weighed(lex, sentence, text, dimension):
    found = phrase(lex, sentence, text)
    assert found.unit is not None and found.unit.dimension == dimension


# Measures, converted to their base

MEASURES = [
    ("The quake struck 65km from the coast.", "65km", "length", 65_000),
    ("The pass is 12 miles long.", "12 miles", "length", 12 * MILE),
    ("The tower is 300 metres tall.", "300 metres", "length", 300),
    ("The wave was 30 feet high.", "30 feet", "length", 9.144),
    ("The trawler sank 40 nautical miles offshore.", "40 nautical miles", "length", 74_080),
    ("The runway is 800 yards long.", "800 yards", "length", 731.52),
    ("The screen measures 15.4″ across.", "15.4″", "length", 0.39116),
    ("Gusts reached 60mph on the hills.", "60mph", "speed", 26.8224),
    ("The train runs at 100 km/h.", "100 km/h", "speed", 27.7778),
    ("The ferry made 12 knots.", "12 knots", "speed", 6.1733),
    ("The wind blew at 20 metres per second.", "20 metres per second", "speed", 20),
    ("The lorry carried 30 tonnes of grain.", "30 tonnes", "mass", 30_000),
    ("The parcel weighed 50kg.", "50kg", "mass", 50),
    ("The seal weighed 12 lbs at birth.", "12 lbs", "mass", 5.4431),
    ("The fire burned 300 hectares of forest.", "300 hectares", "area", 3_000_000),
    ("The estate covers 5,000 acres.", "5,000 acres", "area", 20_234_282.112),
    ("The lake covers 12 square kilometres.", "12 square kilometres", "area", 12_000_000),
    ("The reserve covers 40 sq km.", "40 sq km", "area", 40_000_000),
    ("The tank holds 500 litres.", "500 litres", "volume", 0.5),
]


@pytest.mark.parametrize(("sentence", "text", "dimension", "base"), MEASURES)
def test_measures_are_converted_to_their_base(lex, sentence, text, dimension, base):
    found = phrase(lex, sentence, text)
    assert found.kind == "measure"
    assert found.unit is not None and found.unit.dimension == dimension
    assert found.low == pytest.approx(base, rel=1e-4)


TEMPERATURES = [
    ("It reached 45°C in the shade.", "45°C", 45),
    ("It reached 113°F in the shade.", "113°F", 45),
    ("The night fell to 30C.", "30C", 30),
    ("The sea was 40 degrees Celsius at the vent.", "40 degrees Celsius", 40),
    ("The reading was 212 degrees Fahrenheit.", "212 degrees Fahrenheit", 100),
]


@pytest.mark.parametrize(("sentence", "text", "celsius"), TEMPERATURES)
def test_temperatures_are_in_celsius(lex, sentence, text, celsius):
    assert phrase(lex, sentence, text).low == pytest.approx(celsius)


DURATIONS = [
    ("The rescue came about four days later.", "about four days", 4 * 86400 * 0.9, 4 * 86400 * 1.1),
    ("The drought lasted three consecutive years.", "three consecutive years", 3 * YEAR, 3 * YEAR),
    ("The talks ran for 36 hours.", "36 hours", 36 * 3600, 36 * 3600),
    ("The search went on for 5 hrs.", "5 hrs", 5 * 3600, 5 * 3600),
    ("He was jailed for 18 months.", "18 months", 18 * 2629746, 18 * 2629746),
    ("The valley saw a decade of drought.", "a decade", 10 * YEAR, 10 * YEAR),
    ("The crossing took half an hour.", "half an hour", 1800, 1800),
    ("A week later the bridge reopened.", "A week", 604800, 604800),
    ("The sprint took 9.58 seconds.", "9.58 seconds", 9.58, 9.58),
]


@pytest.mark.parametrize(("sentence", "text", "low", "high"), DURATIONS)
def test_durations_are_in_seconds(lex, sentence, text, low, high):
    found = phrase(lex, sentence, text)
    assert found.kind == "duration"
    assert (found.low, found.high) == (pytest.approx(low), pytest.approx(high))


def test_over_a_few_days_is_during_them_not_more_than_them(lex):
    assert phrase(lex, "The festival ran over three days.", "over three days").bound == "exact"


def test_a_day_in_a_rate_is_not_a_duration(lex):
    assert [p.text for p in phrases(lex, "Staff earn $5 a day and meet once a week.")] == ["$5"]


PERCENTS = [
    ("Turnout was 54% in the north.", "54%", 54),
    ("Turnout was 54 percent in the north.", "54 percent", 54),
    ("Turnout was 54 per cent in the north.", "54 per cent", 54),
    ("Prices rose 54pc over the year.", "54pc", 54),
    ("Support reached 53.9% among women.", "53.9%", 53.9),
    ("Support fell 3 percentage points.", "3 percentage points", 3),
]


@pytest.mark.parametrize(("sentence", "text", "value"), PERCENTS)
def test_percentages(lex, sentence, text, value):
    found = phrase(lex, sentence, text)
    assert (found.kind, found.low) == ("percent", value)


MAGNITUDES = [
    "A 6.3-magnitude quake shook the valley.",
    "A magnitude-6.3 quake shook the valley.",
    "A quake of magnitude 6.3 shook the valley.",
    "The quake measured 6.3 on the Richter scale.",
    "An M6.3 quake shook the valley.",
    "A 6.3 magnitude tremor shook the valley.",
]


@pytest.mark.parametrize("sentence", MAGNITUDES)
def test_magnitudes(lex, sentence):
    (found,) = phrases(lex, sentence)
    assert (found.kind, found.low, found.rounding) == ("magnitude", 6.3, pytest.approx(0.05))


HYPHENATED = [
    ("Police closed a 12-mile stretch of the coast road.", "12-mile", 12 * MILE),
    ("An 14.5km-deep quake struck at dawn.", "14.5km", 14_500),
    ("A 30-foot wave hit the harbour.", "30-foot", 9.144),
    ("A 100-metre section of wall fell.", "100-metre", 100),
    ("The 300m-long bridge was closed.", "300m", 300),
]


@pytest.mark.parametrize(("sentence", "text", "metres"), HYPHENATED)
def test_hyphenated_measures_before_a_noun(lex, sentence, text, metres):
    assert phrase(lex, sentence, text).low == pytest.approx(metres)


SPELLED = [
    ("The village lies twelve miles away.", "twelve miles", 12 * MILE),
    ("The fence is two hundred metres long.", "two hundred metres", 200),
    ("Divers went down forty feet.", "forty feet", 12.192),
    ("The convoy covered a hundred kilometres.", "a hundred kilometres", 100_000),
    ("The trail is twenty-five km long.", "twenty-five km", 25_000),
]


@pytest.mark.parametrize(("sentence", "text", "metres"), SPELLED)
def test_spelled_out_measures(lex, sentence, text, metres):
    assert phrase(lex, sentence, text).low == pytest.approx(metres)


GLUED_M = [
    ("The club has 1.04m members.", "1.04m", "count"),
    ("The sprinter won the 100m final.", "100m", "measure"),
    ("A 3m-high wall surrounds the yard.", "3m", "measure"),
    ("She swam the 1500m freestyle.", "1500m", "measure"),
    ("She won the 800m, her first title.", "800m", "measure"),
    ("The first 300m doses were sent.", "300m", "count"),
    ("The film took $40m.", "$40m", "money"),
]


@pytest.mark.parametrize(("sentence", "text", "kind"), GLUED_M)
def test_a_glued_m_is_million_or_metres_by_its_context(lex, sentence, text, kind):
    assert phrase(lex, sentence, text).kind == kind


# Conversions

CONVERSIONS = [
    ("The quake struck 80km (50 miles) from the city.", "80km", "50 miles"),
    ("The cliff path runs 12 miles (19 km) to the bay.", "12 miles", "19 km"),
    ("The waves were 50 feet, or 15 metres, high.", "50 feet", "15 metres"),
    ("The wall is 50ft (15m) tall.", "50ft", "15m"),
    ("The film took $40.5m (£21.6m) at the weekend.", "$40.5m", "£21.6m"),
    ("It reached 45°C (113°F) at noon.", "45°C", "113°F"),
]


@pytest.mark.parametrize(("sentence", "main", "converted"), CONVERSIONS)
def test_a_conversion_is_linked_to_its_main_phrase(lex, sentence, main, converted):
    first, second = phrase(lex, sentence, main), phrase(lex, sentence, converted)
    assert (first.pair, second.pair) == (second.start, first.start)


def test_a_bracket_of_another_dimension_is_no_conversion(lex):
    first, second = phrases(lex, "Sales rose 12% ($3m) in May.")
    assert first.pair is None and second.pair is None


# Ages, ordinals, scores, divisions, year spans

AGES = [
    ("A 41-year-old man was arrested.", "41-year-old", 41, 41),
    ("The driver, aged 41, was unhurt.", "aged 41", 41, 41),
    ("Ana Lopez, 41, said she heard a bang.", "41", 41, 41),
    ("The keeper is 33 years old.", "33 years old", 33, 33),
    ("She retired at the age of 60.", "at the age of 60", 60, 60),
    ("A two-year-old girl was found safe.", "two-year-old", 2, 2),
    ("A six-month-old baby was among them.", "six-month-old", 0.5, 0.5),
    ("Drawn by an eleven year-old pupil.", "eleven year-old", 11, 11),
    ("The suspect is in his early forties.", "early forties", 40, 43),
    ("The owner is in her 60s.", "60s", 60, 69),
]


@pytest.mark.parametrize(("sentence", "text", "low", "high"), AGES)
def test_ages(lex, sentence, text, low, high):
    found = phrase(lex, sentence, text)
    assert (found.kind, interval(found)) == ("age", (low, high))


def test_ages_after_names_the_caller_found(lex):
    sentence = "Tomas Berg, 52, and Ana Lopez, 41, were rescued."
    ends = [sentence.index("Berg") + 4 + 100, sentence.index("Lopez") + 5 + 100]
    found = ages_after_names(sentence, 100, ends, lex)
    assert [(p.text, p.low, p.start) for p in found] == [("52", 52, 112), ("41", 41, 131)]


ORDINALS = [
    ("She became the second woman to lead the party.", "second", 2),
    ("He won the title for the third time.", "third", 3),
    ("The horse finished 2nd in the cup.", "2nd", 2),
    ("It was the fourth strike this year.", "fourth", 4),
    ("The town is the country's fifth-largest.", "fifth", 5),
    ("The club marked its twenty-first season.", "twenty-first", 21),
    ("The firm reported its 100th store.", "100th", 100),
]


@pytest.mark.parametrize(("sentence", "text", "value"), ORDINALS)
def test_ordinals(lex, sentence, text, value):
    found = phrase(lex, sentence, text)
    assert (found.kind, found.low) == ("ordinal", value)


SIDES = [
    ("The hosts sealed a 3-1 win.", "3-1", "score", (3, 1)),
    ("The visitors beat the champions 2-1.", "2-1", "score", (2, 1)),
    ("The sides drew 1-1 in the rain.", "1-1", "score", (1, 1)),
    ("The holders lost 0-3 at home.", "0-3", "score", (0, 3)),
    ("They led 2-0 at half-time.", "2-0", "score", (2, 0)),
    ("The bill passed by 198-180.", "198-180", "division", (198, 180)),
    ("The motion was carried by 212 votes to 180.", "212 votes to 180", "division", (212, 180)),
    ("The senate voted 52-48 to confirm her.", "52-48", "division", (52, 48)),
    ("The court ruled 5-4 against the ban.", "5-4", "division", (5, 4)),
    ("The chamber approved it 312 to 110.", "312 to 110", "division", (312, 110)),
    ("Members voted 212 in favour and 180 against.", "212 in favour and 180 against", "division", (212, 180)),
    ("The plan got 90 votes for, 31 against.", "90 votes for, 31 against", "division", (90, 31)),
]


@pytest.mark.parametrize(("sentence", "text", "kind", "both"), SIDES)
def test_scores_and_divisions_keep_both_sides(lex, sentence, text, kind, both):
    found = phrase(lex, sentence, text)
    assert (found.kind, found.sides) == (kind, both)


YEAR_SPANS = [
    ("It was the worst flood in 60 years.", "60 years", 60 * YEAR, 60 * YEAR),
    ("It was the first win in more than 60 years.", "more than 60 years", 60 * YEAR, 120 * YEAR),
    ("Rainfall was the highest for a decade.", "a decade", 10 * YEAR, 10 * YEAR),
    ("It is the wettest June in 20 years.", "20 years", 20 * YEAR, 20 * YEAR),
    ("They won for the first time since 2004.", "since 2004", 20.48 * YEAR, 21.48 * YEAR),
    ("The party has governed since 1960.", "since 1960", 64.48 * YEAR, 65.48 * YEAR),
]


@pytest.mark.parametrize(("sentence", "text", "low", "high"), YEAR_SPANS)
def test_year_spans(lex, sentence, text, low, high):
    found = phrase(lex, sentence, text)
    assert found.kind == "year-span"
    assert (found.low, found.high) == (pytest.approx(low, rel=1e-3), pytest.approx(high, rel=1e-3))


def test_since_a_year_without_a_reference_date_keeps_the_year(lex):
    (found,) = read_numbers("Prices have doubled since 1998.", 0, lex)
    assert (found.kind, found.low, found.unit and found.unit.dimension) == (
        "year-span",
        1998,
        "calendar year",
    )


# Not numbers

NOT_NUMBERS = [
    "The plan was first drafted in 2004.",
    "By 1995 the mill had closed.",
    "The vote is on June 24 in the capital.",
    "The vote is on 24 June in the capital.",
    "The deadline is 6/24 at the latest.",
    "The fire started at 11:40 near the depot.",
    "The fire started at 11 pm near the depot.",
    "The fire started at 9.30am near the depot.",
    "Flights resume at 0900 GMT.",
    "The Skyjet 737 landed safely.",
    "Under Clause 5 the allies must respond.",
    "The V-40 engine was recalled.",
    "The K9 unit searched the lake.",
    "Cases of the XR-19 strain fell again.",
    "He spoke outside No. 10 on Monday.",
    "Turn to page 5 for the results.",
    "Call 020 7946 0000 for tickets.",
    "Call 555-1234 for tickets.",
    "The 4G network went down.",
    "See example.org/news/35702-storm for more.",
    "Music of the 1990s filled the hall.",
    "The racing team won the Apex One trophy.",
    "No one was hurt in the blast.",
    "She is the world number one again.",
    "No-one has claimed the prize.",
    "The fair runs 10-16 January in the park.",
    "The fair runs 10 to 16 January in the park.",
    "The one that got away was bigger.",
    "The 2004-05 season was his best.",
    "The lease runs to 2030 at a fixed rent.",
    "The model 3D printer went on sale.",
]


@pytest.mark.parametrize("sentence", NOT_NUMBERS)
def test_labels_dates_times_and_years_are_not_quantities(lex, sentence):
    assert phrases(lex, sentence) == ()


def test_a_year_like_number_before_what_it_counts_is_a_count(lex):
    assert phrase(lex, "In all, 2000 people signed up.", "2000").kind == "count"


# Offsets and the lexicon


def test_offsets_index_the_article(lex):
    article = "Heavy rain fell. About 5,000 people fled."
    start = article.index("About")
    (found,) = read_numbers(article[start:], start, lex)
    assert article[found.start : found.end] == found.text == "About 5,000"


def test_the_lexicon_is_built_from_the_files_it_is_given(lex):
    def smaller(name: str) -> str:
        return "" if name == "units.tsv" else _data(name)

    bare = number_lexicon(smaller)
    assert phrase(lex, "The pass is 12 miles long.", "12 miles").unit is not None
    (found,) = read_numbers("The pass is 12 miles long.", 0, bare)
    assert (found.text, found.unit) == ("12", None)


def test_rounding_is_half_the_last_written_digit(lex):
    assert phrase(lex, "About 5,000 fled.", "About 5,000").rounding == 500
    assert phrase(lex, "The road is 19 km long.", "19 km").rounding == 500
    assert phrase(lex, "Turnout was 53.9%.", "53.9%").rounding == pytest.approx(0.05)
