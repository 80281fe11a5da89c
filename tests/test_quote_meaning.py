"""Two quotations of one speaker: one statement or two, and whether the wording changes what it says."""

from __future__ import annotations

from importlib import resources

import pytest

from factcheck.lexicon.quotes import QuoteWords, quote_words
from factcheck.rules.quote_meaning import QuoteDifference, compare_quotes, same_statement


def read_data(name: str) -> str:
    return resources.files("factcheck.data").joinpath(name).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def words() -> QuoteWords:
    return quote_words(read_data)


def differs(a: str, b: str, words: QuoteWords) -> QuoteDifference:
    found = compare_quotes(a, b, words)
    assert found is not None, (a, b)
    return found


# --- changes of meaning: (a, b, the words of a, the words of b) ---------------------------------

NUMBER = [
    ("We will hire 300 nurses this winter.", "We will hire 30 nurses this winter.", "300", "30"),
    (
        "We will hire three hundred nurses this winter.",
        "We will hire 350 nurses this winter.",
        "three hundred",
        "350",
    ),
    ("Fares will rise by 5% in March.", "Fares will rise by 15 per cent in March.", "5", "15"),
    ("The pier will cost $2.5m to rebuild.", "The pier will cost £2.5m to rebuild.", "$", "£"),
    (
        "This is the first time the port has closed.",
        "This is the third time the port has closed.",
        "first",
        "third",
    ),
    (
        "We lost two boats in the storm last night.",
        "We lost twelve boats in the storm last night.",
        "two",
        "twelve",
    ),
]
NEGATION = [
    ("I will not resign from the council.", "I will resign from the council.", "not", ""),
    ("We never agreed to sell the harbour.", "We agreed to sell the harbour.", "never", ""),
    ("The mayor didn't know about the loan.", "The mayor did know about the loan.", "n't", ""),
    ("We can rebuild the pier this year.", "We cannot rebuild the pier this year.", "", "cannot"),
    ("There is no money for the new ferry.", "There is money for the new ferry.", "no", ""),
    (
        "Neither of the ferries will run on Sunday.",
        "Both of the ferries will run on Sunday.",
        "Neither",
        "Both",
    ),
]
NAME = [
    (
        "We will work with the Harbour Party on this budget.",
        "We will work with the Green League on this budget.",
        "Harbour Party",
        "Green League",
    ),
    (
        "I spoke to Ana Ruiz on Friday about the pier.",
        "I spoke to Ana Lopez on Friday about the pier.",
        "Ruiz",
        "Lopez",
    ),
    (
        "The money will go to Eastport and the coast.",
        "The money will go to Northvale and the coast.",
        "Eastport",
        "Northvale",
    ),
    (
        "We asked Carrow Water to pay for the repairs.",
        "We asked Eastport Water to pay for the repairs.",
        "Carrow",
        "Eastport",
    ),
    (
        "I think Tom Hale should lead the talks.",
        "I think Ben Kim should lead the talks.",
        "Tom Hale",
        "Ben Kim",
    ),
]
WORDING = [
    ("We will raise taxes next year.", "We will cut taxes next year.", "raise", "cut"),
    ("We support the plan for the harbour.", "We oppose the plan for the harbour.", "support", "oppose"),
    ("We will rebuild the pier by May.", "We may rebuild the pier by May.", "will", "may"),
    (
        "The board accepted the offer from the union.",
        "The board rejected the offer from the union.",
        "accepted",
        "rejected",
    ),
    (
        "The fares will increase after the vote.",
        "The fares will decrease after the vote.",
        "increase",
        "decrease",
    ),
    ("We rebuilt the pier after the storm.", "We will rebuild the pier after the storm.", "", "will"),
]
QUANTIFIER = [
    ("All the schools will reopen on Monday.", "Some of the schools will reopen on Monday.", "All", "Some"),
    ("Most residents want the pier rebuilt.", "Few residents want the pier rebuilt.", "Most", "Few"),
    ("We will rebuild all the bridges in the town.", "We will rebuild the bridges in the town.", "all", ""),
    (
        "The ferry always runs late on Sundays.",
        "The ferry sometimes runs late on Sundays.",
        "always",
        "sometimes",
    ),
    ("Many of the boats were lost at sea.", "Several of the boats were lost at sea.", "Many", "Several"),
]
CLAUSE = [
    (
        "We will rebuild the pier unless the money runs out.",
        "We will rebuild the pier.",
        "unless the money runs out",
        "",
    ),
    ("If the money comes, we will rebuild the pier.", "We will rebuild the pier.", "If the money comes", ""),
    (
        "We will, if the council agrees, rebuild the pier.",
        "We will rebuild the pier.",
        "if the council agrees",
        "",
    ),
    ("Only the council can decide on the pier.", "The council can decide on the pier.", "Only", ""),
    (
        "The ferry will run again, but not before June.",
        "The ferry will run again.",
        "but not before June",
        "",
    ),
    (
        "We will open the port to every ship except tankers.",
        "We will open the port to every ship.",
        "except tankers",
        "",
    ),
    (
        "We will rebuild the pier if the money comes.",
        "We will rebuild the pier unless the money comes.",
        "if",
        "unless",
    ),
]


def _cases(kind: str, table: list[tuple[str, str, str, str]]) -> list[tuple[str, str, str, str, str]]:
    return [(kind, *row) for row in table]


@pytest.mark.parametrize(
    ("kind", "a", "b", "a_words", "b_words"),
    _cases("number", NUMBER)
    + _cases("negation", NEGATION)
    + _cases("name", NAME)
    + _cases("wording", WORDING)
    + _cases("quantifier", QUANTIFIER)
    + _cases("clause", CLAUSE),
)
def test_a_change_of_meaning_is_found_and_pointed_at(
    kind: str, a: str, b: str, a_words: str, b_words: str, words: QuoteWords
) -> None:
    found = differs(a, b, words)
    assert (found.kind, found.a_part, found.b_part) == (kind, a_words, b_words)
    assert a[slice(*found.a_span_in_a)] == a_words and b[slice(*found.b_span_in_b)] == b_words
    assert found.explanation


@pytest.mark.parametrize(
    ("kind", "a", "b", "a_words", "b_words"),
    [("number", *NUMBER[0]), ("negation", *NEGATION[0]), ("wording", *WORDING[0]), ("clause", *CLAUSE[0])],
)
def test_the_comparison_is_the_same_either_way_round(
    kind: str, a: str, b: str, a_words: str, b_words: str, words: QuoteWords
) -> None:
    found = differs(b, a, words)
    assert (found.kind, found.a_part, found.b_part) == (kind, b_words, a_words)


def test_opposites_are_named_in_the_explanation(words: QuoteWords) -> None:
    assert "opposite" in differs(*WORDING[0][:2], words).explanation
    assert "opposite" not in differs(*WORDING[2][:2], words).explanation


def test_a_negation_outranks_a_change_of_wording(words: QuoteWords) -> None:
    found = differs(
        "We will raise the fares and we will build the pier.",
        "We will cut the fares and we won't build the pier.",
        words,
    )
    assert found.kind == "negation"


# --- harmless differences: (a, b) ---------------------------------------------------------------

PUNCTUATION = [
    ("We will rebuild the pier.", "We will rebuild the pier!"),
    ("We will rebuild the pier, and fast.", "We will rebuild the pier and fast"),
    ("Nobody was hurt; the boats are safe.", "Nobody was hurt. The boats are safe."),
    ("We will rebuild - and we will do it fast.", "We will rebuild, and we will do it fast."),
    ("Is the pier safe? Yes, it is safe.", "Is the pier safe - yes it is safe"),
]
CASE = [
    ("We will rebuild the Pier.", "We will rebuild the pier."),
    ("THE PIER WILL BE REBUILT BY MAY.", "The pier will be rebuilt by May."),
    ("The Council will vote on Monday.", "The council will vote on Monday."),
    ("we will rebuild the pier.", "We will rebuild the pier."),
    ("The Harbour Master said nothing to us.", "The harbour master said nothing to us."),
]
ARTICLE = [
    ("We will build a new pier in the spring.", "We will build the new pier in spring."),
    ("The ferry will run in an hour.", "The ferry will run in the hour."),
    ("It is a disgrace to the town.", "It is the disgrace to a town."),
    ("We need a plan for the harbour.", "We need the plan for harbour."),
    ("The council has an answer for the fishermen.", "Council has an answer for fishermen."),
]
SPELLING = [
    ("We will organise the centre of the town.", "We will organize the center of the town."),
    ("The labour of the harbour workers deserves honour.", "The labor of the harbor workers deserves honor."),
    (
        "We travelled to the theatre to analyse the programme.",
        "We traveled to the theater to analyze the program.",
    ),
    ("The defence of the grey tyres was sceptical.", "The defense of the gray tires was skeptical."),
    (
        "Our favourite colours were cancelled from the catalogue.",
        "Our favorite colors were canceled from the catalog.",
    ),
]
CONTRACTION = [
    ("We will rebuild the pier.", "We'll rebuild the pier."),
    ("I do not know what happened to the boats.", "I don't know what happened to the boats."),
    ("We will not sell the harbour.", "We won't sell the harbour."),
    ("It is the best day for the port.", "It's the best day for the port."),
    ("We cannot pay for the new ferry.", "We can't pay for the new ferry."),
    ("They are not ready to vote and we have said so.", "They're not ready to vote and we've said so."),
]
SYNONYM = [
    ("We will start the work in March.", "We will begin the work in March."),
    ("We will buy two new ferries for the port.", "We will purchase two new ferries for the port."),
    ("There is not enough money for the pier.", "There is not sufficient money for the pier."),
    ("About 300 people came to the meeting.", "Around 300 people came to the meeting."),
    ("This is a huge day for the harbour.", "This is an enormous day for the harbour."),
    ("We need more time to finish the pier.", "We require more time to finish the pier."),
]
PERCENT = [
    ("Fares will rise by 5% in March.", "Fares will rise by 5 per cent in March."),
    ("Fares will rise by 5 percent in March.", "Fares will rise by 5 per cent in March."),
    ("Nearly 40% of the boats were lost.", "Nearly forty percent of the boats were lost."),
    ("We have cut costs by 12.5%.", "We have cut costs by 12.5 per-cent."),
    ("Turnout was 61 per cent this year.", "Turnout was 61% this year."),
]
NUMBER_FORMS = [
    ("We will hire three hundred nurses.", "We will hire 300 nurses."),
    ("The pier will cost $2.5m to rebuild.", "The pier will cost 2.5 million dollars to rebuild."),
    ("We lost twenty-five boats in the storm.", "We lost 25 boats in the storm."),
    ("We will hire 1,200 nurses this year.", "We will hire 1200 nurses this year."),
    ("This is the first time the port has closed.", "This is the 1st time the port has closed."),
    ("We have two hundred and fifty beds.", "We have 250 beds."),
]
ELLIPSIS = [
    ("We will rebuild ... the old pier.", "We will rebuild, whatever it costs, the old pier."),
    ("We will rebuild […] the old pier.", "We will rebuild, whatever it costs, the old pier."),
    ("We will rebuild [...] the old pier by May.", "We will rebuild the old pier by May."),
    (
        "The harbour is safe… and the boats are back.",
        "The harbour is safe, the storm is over, and the boats are back.",
    ),
    (
        "We will hire nurses ... and build the clinic.",
        "We will hire nurses, train them, and build the clinic.",
    ),
]
CONTAINED = [
    ("a disgrace to the town", "The delay on the pier is a disgrace to the town."),
    ("rebuild the pier by May", "We will rebuild the pier by May, as we promised."),
    ("The delay on the pier", "The delay on the pier is a disgrace to the town."),
    ("hard choices", "We face hard choices in the budget this year."),
    ("the best day for the port", "Today is the best day for the port in twenty years."),
]
FILLER = [
    ("Well, we will rebuild the pier.", "We will rebuild the pier."),
    ("We will, you know, rebuild the pier.", "We will rebuild the pier."),
    ("So we will rebuild the pier, um, by May.", "We will rebuild the pier by May."),
    ("I think that we will rebuild the pier.", "I think we will rebuild the pier."),
    ("Look, we really will rebuild the pier.", "We will rebuild the pier."),
]
HYPHENATION = [
    ("The long-term plan is sound.", "The long term plan is sound."),
    ("The long-term plan is sound.", "The longterm plan is sound."),
    ("We need a co-operative port.", "We need a cooperative port."),
    ("It was a once-in-a-lifetime storm.", "It was a once in a lifetime storm."),
    ("The well-known pier will reopen.", "The well known pier will reopen."),
]
EDITORIAL = [
    ("[The mayor] will resign in May.", "She will resign in May."),
    ("I told [Ruiz] the truth about the pier.", "I told him the truth about the pier."),
    ("We will rebuild [the pier] by May.", "We will rebuild it by May."),
    ("They [the council] have not paid for the ferry.", "They have not paid for the ferry."),
    ("The plan [for the harbour] is late and over budget.", "The plan is late and over budget."),
    ("That is what he (Ruiz) said and what I say.", "That is what he [Ruiz] said and what I say."),
]
PRONOUN_FOR_NOUN = [
    ("Rebuilding the pier is something we will talk about.", "It is something we will talk about."),
    ("We will rebuild the old pier by May.", "We will rebuild it by May."),
    ("The council and the union will meet on Monday.", "They will meet on Monday."),
    ("I told Ana Ruiz the truth about the pier.", "I told her the truth about the pier."),
    ("We support the Green League on this budget.", "We support them on this budget."),
]
ONE_SENTENCE_MORE = [
    ("We will rebuild the pier by May.", "We will rebuild the pier by May. But it will not be easy."),
    (
        "We have done our best for the port.",
        "We have done our best for the port. Unless money comes, we stop.",
    ),
    (
        "Prices will rise in March this year.",
        "Prices will rise in March this year. Only the council can stop it.",
    ),
    ("We will rebuild the pier by May.", "Nobody wanted this storm. We will rebuild the pier by May."),
    ("The ferry runs late every winter,", "The ferry runs late every winter. If the wind drops, it sails."),
]
INFLECTION_AND_WORDS = [
    ("We will raise the fares.", "We will be raising the fares."),
    ("The councils agreed on the plan.", "The council agreed on the plan."),
    ("The ferry runs late.", "The ferry ran late."),
    ("We have never seen such a storm.", "We had never seen such a storm."),
    ("Our children need the clinic.", "Our kids need the clinic."),
]


@pytest.mark.parametrize(
    ("a", "b"),
    PUNCTUATION
    + CASE
    + ARTICLE
    + SPELLING
    + CONTRACTION
    + SYNONYM
    + PERCENT
    + NUMBER_FORMS
    + ELLIPSIS
    + CONTAINED
    + FILLER
    + HYPHENATION
    + EDITORIAL
    + PRONOUN_FOR_NOUN
    + ONE_SENTENCE_MORE
    + INFLECTION_AND_WORDS,
)
def test_a_harmless_difference_is_no_finding(a: str, b: str, words: QuoteWords) -> None:
    assert compare_quotes(a, b, words) is None
    assert compare_quotes(b, a, words) is None
    assert same_statement(a, b, words)


def test_an_ellipsis_does_not_hide_a_negation(words: QuoteWords) -> None:
    found = differs(
        "We will ... rebuild the pier.", "We will not, under any circumstances, rebuild the pier.", words
    )
    assert found.kind == "negation"


def test_a_partial_quotation_that_drops_the_negation_before_it(words: QuoteWords) -> None:
    found = differs("The delay is not a disgrace to the town.", "a disgrace to the town", words)
    assert (found.kind, found.a_part, found.b_part) == ("negation", "not", "")


def test_a_partial_quotation_of_a_word_or_two_is_too_short_to_misquote(words: QuoteWords) -> None:
    assert compare_quotes("The delay is not a disgrace.", "a disgrace", words) is None
    assert (
        compare_quotes(
            "avoidable", "The floods at the harbour were avoidable, but only with higher walls.", words
        )
        is None
    )


def test_a_name_written_in_full_and_in_part_is_no_finding(words: QuoteWords) -> None:
    assert (
        compare_quotes("I spoke to Ana Ruiz about the pier.", "I spoke to Ruiz about the pier.", words)
        is None
    )


# --- one statement or two ----------------------------------------------------------------------

TWO_STATEMENTS = [
    ("We must act now.", "The weather is fine today."),
    ("We will build houses near the harbour.", "They want roads and new schools in the hills."),
    (
        "That is all I can say,",
        "The pier is old. Nobody has said what it will cost to mend. That is all we know about it.",
    ),
    ("The pier will reopen in May.", "Nobody expected the storm to be so strong last winter."),
    ("Yes.", "No."),
    ("", "We will rebuild the pier."),
]


@pytest.mark.parametrize(("a", "b"), TWO_STATEMENTS)
def test_two_different_statements_are_not_compared(a: str, b: str, words: QuoteWords) -> None:
    assert not same_statement(a, b, words)
    assert compare_quotes(a, b, words) is None


def test_identical_quotations_do_not_differ(words: QuoteWords) -> None:
    text = "We will rebuild the pier by May, unless the money runs out."
    assert same_statement(text, text, words) and compare_quotes(text, text, words) is None


# --- the tables are data, passed in ------------------------------------------------------------


def test_the_tables_come_from_the_files_given(words: QuoteWords) -> None:
    def with_synonym(name: str) -> str:
        extra = "synonym\tmend\trebuild\n" if name == "quote_pairs.tsv" else ""
        return read_data(name) + extra

    mended = quote_words(with_synonym)
    a, b = "We will rebuild the pier.", "We will mend the pier."
    assert compare_quotes(a, b, words) is not None
    assert compare_quotes(a, b, mended) is None
    assert compare_quotes(a, b, words) is not None  # the first tables are untouched


def test_the_tables_are_read_by_name(words: QuoteWords) -> None:
    asked: list[str] = []

    def reader(name: str) -> str:
        asked.append(name)
        return read_data(name)

    quote_words(reader)
    assert sorted(asked) == ["quote_pairs.tsv", "quote_words.tsv"]
