"""Sums in court and business stories keyed by what they pay and who pays, and ages given to the
person the grammar gives them to."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest

from factcheck.extract import extract
from factcheck.lexicon import Lexicon
from factcheck.model import Quantity, Scope, Source


@dataclass(frozen=True)
class Read:
    """A figure as the tests look at it: what it counts, its interval, whose it is, its phrase."""

    what: str
    low: float
    high: float
    holder: str | None
    currency: str
    phrase: str
    main: bool  # the main figure of its measure, not an earlier or other one


@pytest.fixture
def figures(make_source: Callable[..., Source], lexicon: Lexicon) -> Callable[[str], list[Read]]:
    def read(text: str) -> list[Read]:
        extraction = extract(make_source(text, published="2032-02-14"), lexicon)
        found = []
        for claim in extraction.claims:
            if not isinstance(claim.value, Quantity):
                continue
            value = claim.value
            holder = extraction.mentions[claim.subject].key if claim.subject is not None else None
            what = value.measure + (f":{value.detail}" if value.detail else "")
            main = value.scope == Scope.MAIN
            found.append(Read(what, value.low, value.high, holder, value.currency, claim.span.text, main))
        return found

    return read


def one(found: list[Read], what: str) -> Read:
    matching = [r for r in found if r.what == what]
    assert len(matching) == 1, found
    return matching[0]


# What a sum pays


def test_siphoning_is_embezzlement(figures):
    read = one(
        figures("Prosecutors said Ilse Varga siphoned $2.9 billion out of Corven Trust Bank."),
        "money:embezzled",
    )
    assert (read.low, read.holder) == (2.9e9, "Ilse Varga")


def test_paying_back_is_restitution(figures):
    found = figures(
        "The court in Port Alder ordered Ilse Varga to pay back $4.6 billion to Corven Trust Bank."
    )
    assert one(found, "money:restitution").holder == "Ilse Varga"


def test_a_sum_joined_to_its_subject_pays_what_the_subject_names(figures):
    found = figures("The total damages from the scheme at Corven Trust Bank now amount to $11 billion.")
    assert one(found, "money:damages").low == 11e9


def test_the_value_of_loans_is_a_loan_sum(figures):
    found = figures("Ilse Varga arranged 310 fake loan contracts, with a total value of $26 billion.")
    assert one(found, "money:loans").low == 26e9


def test_losses_are_not_damages_awarded(figures):
    found = figures("Halden Motors reported losses totalling 40 million euros for the year.")
    assert one(found, "money:losses").low == 40e6


# Who pays


def test_a_name_the_sum_is_paid_to_is_not_the_payer(figures):
    found = figures(
        "Ilse Varga was sentenced on Friday. The court ordered her to pay back $4.6 billion to Corven Trust Bank."
    )
    assert one(found, "money:restitution").holder == "Ilse Varga"


def test_a_name_inside_a_relative_clause_is_not_the_payer(figures):
    text = "Ilse Varga, who controlled Corven Trust Bank, was accused of embezzling $1.2 billion."
    assert one(figures(text), "money:embezzled").holder == "Ilse Varga"


def test_a_currency_code_is_never_a_holder(figures):
    found = figures("She must pay restitution of 95 trillion VND to the bank, the court ruled.")
    assert all(r.holder != "VND" for r in found)


def test_a_sum_in_a_second_currency_is_kept_with_the_same_detail_and_payer(figures):
    text = "The court ordered Ilse Varga to pay restitution of 95 trillion dong ($3.8 billion) to Corven Trust Bank."
    sums = [r for r in figures(text) if r.what == "money:restitution"]
    assert sorted(r.currency for r in sums) == ["USD", "VND"]
    assert {r.holder for r in sums} == {"Ilse Varga"}


# Stakes


@pytest.mark.parametrize(
    "text",
    [
        "Ilse Varga held a 62% stake in Corven Trust Bank.",
        "Ilse Varga owned a stake of 62% in Corven Trust Bank.",
        "Ilse Varga owned 62 per cent of the shares in Corven Trust Bank.",
        "Ilse Varga controlled 62% of Corven Trust Bank through relatives.",
    ],
)
def test_a_holding_is_a_stake_of_its_owner(figures, text):
    read = one(figures(text), "percent:stake")
    assert (read.low, read.holder) == (62, "Ilse Varga")


# Ages


def test_a_spelled_out_age_before_a_name_is_that_persons(figures):
    read = one(figures("Sixty-one-year-old Ilse Varga was sentenced to life in Port Alder."), "age")
    assert (read.low, read.holder) == (61, "Ilse Varga")


def test_a_definite_age_is_the_person_last_named_not_the_company_after_it(figures):
    text = (
        "Ilse Varga was sentenced to life in Port Alder. The 64-year-old chairwoman of the developer "
        "Varga Holdings was accused of fraud."
    )
    assert one(figures(text), "age").holder == "Ilse Varga"


def test_an_age_before_a_noun_and_a_name_is_that_persons(figures):
    read = one(figures("The court sentenced the 61-year-old developer Ilse Varga to life."), "age")
    assert read.holder == "Ilse Varga"


def test_an_age_in_brackets_after_a_name_is_that_persons(figures):
    read = one(figures("Ilse Varga (61) was sentenced to life in Port Alder on Friday."), "age")
    assert (read.low, read.holder) == (61, "Ilse Varga")


def test_an_indefinite_age_with_no_name_has_no_holder(figures):
    text = "Ilse Varga was sentenced on Friday. Police later arrested a 35-year-old man in Port Alder."
    assert one(figures(text), "age").holder is None


def test_the_ages_of_two_people_stay_apart(figures):
    found = [
        r
        for r in figures("Ilse Varga, 61, and her niece Petra Varga, 34, were sentenced.")
        if r.what == "age"
    ]
    assert {(r.low, r.holder) for r in found} == {(61, "Ilse Varga"), (34, "Petra Varga")}


def test_a_possessive_gives_the_age_to_the_relative_named_after_it(figures):
    text = "Tomas Reiter, 23, was charged with the murder of his 58-year-old mother, Anja Reiter."
    found = {(r.low, r.holder) for r in figures(text) if r.what == "age"}
    assert found == {(23, "Tomas Reiter"), (58, "Anja Reiter")}


def test_a_definite_age_with_a_new_noun_is_not_the_person_last_named(figures):
    text = "Officers approached Kofi Mensah on Friday. The 30-year-old sergeant fired first."
    assert one(figures(text), "age").holder is None


def test_an_age_once_reached_is_not_the_current_age(figures):
    text = "Ilse Varga, who once wrote to the paper aged 15, said she was innocent."
    assert not one(figures(text), "age").main


# When a sum holds: a year after another figure is that figure's


@pytest.mark.parametrize(
    "text",
    [
        "The damages at Corven Trust Bank came to $11 billion, equal to 4% of the region's output in 2030.",
        "The damages at Corven Trust Bank came to $11 billion, or 4 percent of its budget for 2030.",
        "The damages at Corven Trust Bank came to $11 billion, against $3 billion in 2030.",
        "The damages at Corven Trust Bank came to $11 billion, twice the 4.8 billion lost in 2030.",
        "The damages at Corven Trust Bank came to $11 billion, up from $9 billion in 2030.",
    ],
)
def test_a_year_after_another_figure_does_not_date_the_sum_before_it(figures, text):
    assert one(figures(text), "money:damages").main


def test_a_year_before_the_sum_still_dates_it(figures):
    found = figures("In 2030, the damages at Corven Trust Bank came to $11 billion.")
    assert not one(found, "money:damages").main


# Sums of one case in two reports


CASE = "The court in Port Alder heard the Corven Trust Bank case against Ilse Varga and Tomas Brant."


def test_a_sum_with_no_payer_meets_the_payers_sum_in_an_undated_report_of_one_case(findings_for):
    one = (f"{CASE} Prosecutors said the damages came to $11 billion.", "2032-02-14")
    other = (f"{CASE} Ilse Varga is accused of causing damages of about $8 billion.", None)
    assert [f for f in findings_for(one, other) if f.rule == "FC501"]


def test_a_sum_with_no_payer_in_an_undated_report_naming_another_payer_is_not_compared(findings_for):
    one = (f"{CASE} Prosecutors said the damages came to $11 billion.", "2032-02-14")
    other = (
        "A court in Delmar heard the Halden Motors case. The damages caused by Ada Mirren totalled "
        "about $8 billion, prosecutors said.",
        None,
    )
    assert not [f for f in findings_for(one, other) if f.rule == "FC501"]


def test_a_repayment_ordered_to_one_person_is_one_sum_in_reports_that_share_only_that_name(findings_for):
    one = (
        "A court ordered Ilse Varga to repay $4.6 billion to savers, the state broadcaster said.",
        "2032-02-14",
    )
    other = ("Ilse Varga, the former banker, has been ordered to repay $5.2 billion.", None)
    assert [f for f in findings_for(one, other) if f.rule == "FC501"]


def test_a_loss_of_one_company_is_not_one_sum_in_reports_that_share_only_that_name(findings_for):
    one = ("Halden Motors reported losses of $4.6 billion for the year, its chief said.", "2032-02-14")
    other = ("Halden Motors posted losses of $5.2 billion as its sales in Corvia fell.", None)
    assert not [f for f in findings_for(one, other) if f.rule == "FC501"]


@pytest.mark.parametrize(
    ("text", "what"),
    [
        ("The damages caused by Ilse Varga came to $11 billion.", "money:damages"),
        ("Prosecutors said the sum embezzled by Ilse Varga reached $2.9 billion.", "money:embezzled"),
        ("The losses inflicted by Ilse Varga on savers totalled $3.1 billion.", "money:losses"),
        ("The funds siphoned off by Ilse Varga amounted to $2.9 billion.", "money:embezzled"),
        ("The loans taken out by Ilse Varga were worth $26 billion.", "money:loans"),
    ],
)
def test_the_agent_of_a_passive_is_the_payer(figures, text, what):
    assert one(figures(text), what).holder == "Ilse Varga"
