"""Figures of another event or of a part are not the story's count (FC501 stays silent on them).

An earlier event a story recalls is dated weeks before it ("In March, ..."), or told by a sentence
that points back to one ("It killed ..."); a district's count is told apart from the whole by its
own source; a source that gives both figures does not disagree with either."""

from __future__ import annotations

import pytest

from factcheck.extract import extract
from factcheck.model import Predicate, Quantity, Scope

CONTEXT = "Teams of the Harlow Relief Agency searched the hills above Velmora."


def fc501(findings):
    return [f for f in findings if f.rule == "FC501"]


def scopes(make_source, lexicon, text: str, published: str | None) -> dict[float, Scope]:
    source = make_source(text, published=published)
    claims = extract(source, lexicon).claims
    return {
        c.value.low: c.value.scope
        for c in claims
        if c.predicate == Predicate.QUANTITY and isinstance(c.value, Quantity)
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "In March, a quake of magnitude 6.4 struck the same valley, killing 300 people.",
        "On April 2, a quake in the valley killed 300 people.",
        "A quake struck the valley in early March, killing 300 people.",
        "The last strong quake hit the valley on March 14 and killed 300 people.",
        "Rescuers recalled the quake in April that killed 300 people in the valley.",
    ],
)
def test_a_figure_dated_weeks_before_the_article_is_earlier(make_source, lexicon, sentence):
    text = f"A quake killed 40 people in Velmora on Sunday. {sentence}"
    found = scopes(make_source, lexicon, text, "2031-07-14")
    assert found[40] == Scope.MAIN
    assert found[300] == Scope.EARLIER


def test_a_sentence_pointing_back_to_an_earlier_event_is_earlier(make_source, lexicon):
    text = (
        "A quake killed 40 people in Velmora on Sunday. The last strong quake struck the valley in "
        "March. It killed 300 people and left thousands homeless."
    )
    found = scopes(make_source, lexicon, text, "2031-07-14")
    assert found[300] == Scope.EARLIER


def test_a_date_of_the_last_days_keeps_the_figure_the_story_s(make_source, lexicon):
    text = "A quake killed 40 people in Velmora on July 12. By July 13, the toll had reached 52."
    found = scopes(make_source, lexicon, text, "2031-07-14")
    assert found[52] == Scope.MAIN


def test_an_undated_story_of_this_week_reads_a_month_as_an_earlier_event(make_source, lexicon):
    text = "A quake killed 40 people in Velmora on Sunday. A quake in September killed 300 people there."
    found = scopes(make_source, lexicon, text, None)
    assert found[300] == Scope.EARLIER


def test_an_undated_article_with_no_weekday_keeps_a_month_s_figure(make_source, lexicon):
    text = "A quake in September killed 300 people in Velmora. Rebuilding has begun."
    found = scopes(make_source, lexicon, text, None)
    assert found[300] == Scope.MAIN


def test_an_earlier_quake_s_toll_is_no_rival_of_the_story_s(findings_for):
    found = fc501(
        findings_for(
            (
                f"A quake killed 40 people in Velmora on Sunday. In March, a quake killed 300 people "
                f"in Velmora. {CONTEXT}",
                "2031-07-14",
            ),
            (
                f"A strong quake killed 40 people in Velmora on Sunday, officials said. {CONTEXT}",
                "2031-07-14",
            ),
        )
    )
    assert found == []


def test_the_story_s_own_tolls_still_conflict_beside_a_recalled_one(findings_for):
    found = fc501(
        findings_for(
            (
                f"A quake killed 40 people in Velmora on Sunday. In March, a quake killed 300 people "
                f"in Velmora. {CONTEXT}",
                "2031-07-14",
            ),
            (
                f"A strong quake killed 65 people in Velmora on Sunday, officials said. {CONTEXT}",
                "2031-07-14",
            ),
        )
    )
    assert [f.values for f in found] == [("40 deaths", "65 deaths")]


def test_a_district_count_its_source_tells_apart_from_the_total_is_a_part(findings_for):
    found = fc501(
        findings_for(
            (
                "Sunday's quake killed 24 people, officials said. Twelve people were killed in Lowmoor, "
                f"where the quake struck hardest. Lowmoor has no hospital. {CONTEXT}",
                "2031-07-14",
            ),
            (f"Officials said 24 people were killed by Sunday's quake near Lowmoor. {CONTEXT}", "2031-07-14"),
        )
    )
    assert found == []


def test_a_figure_the_other_source_also_gives_is_no_conflict(findings_for):
    found = fc501(
        findings_for(
            (
                f"The quake in Velmora on Sunday injured more than 200 people. One clinic said it had "
                f"treated about 50 people injured in the quake. {CONTEXT}",
                "2031-07-14",
            ),
            (f"About 50 people were injured in the quake in Velmora on Sunday. {CONTEXT}", "2031-07-14"),
        )
    )
    assert found == []


def test_a_date_a_running_count_starts_from_leaves_the_sentence_the_story_s(make_source, lexicon):
    text = (
        "At least 43 people were killed in the shelling of Velmora on Tuesday, pushing the toll "
        "above 600 since the fighting began on March 2."
    )
    found = scopes(make_source, lexicon, text, "2031-07-14")
    assert found[43] == Scope.MAIN
