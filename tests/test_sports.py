"""Sports and games: counts of titles, moments of decisive acts, sides of a board, match scores."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from factcheck.extract import extract
from factcheck.lexicon import Lexicon
from factcheck.model import Finding, Quantity, Side, Source

FindingsFor = Callable[..., tuple[Finding, ...]]
Read = tuple[str, str, str]  # the value, "measure:detail" (or the side), the holder's name ("" for none)
DAY = "2031-05-02"


@pytest.fixture
def sports(make_source: Callable[..., Source], lexicon: Lexicon) -> Callable[[str], list[Read]]:
    """The sports claims of a text as (value, what, holder), in order."""

    def read(text: str) -> list[Read]:
        extraction = extract(make_source(text, published=DAY), lexicon)
        found = []
        for claim in extraction.claims:
            if not claim.rule.startswith("sports."):
                continue
            holder = extraction.mentions[claim.subject].key if claim.subject is not None else ""
            value = claim.value
            if isinstance(value, Side):
                found.append((value.side, f"side:{value.game}", holder))
            elif isinstance(value, Quantity) and value.measure == "score":
                found.append((value.counted, "score", holder))
            elif isinstance(value, Quantity):
                found.append((f"{value.low:g}", f"{value.measure}:{value.detail}", holder))
        return found

    return read


def _codes(findings: tuple[Finding, ...], *codes: str) -> list[Finding]:
    return [f for f in findings if f.rule in codes]


# --- counts of titles -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mara Velden, a five-time world champion, arrived in Port Alder.", ("5", "titles:world title")),
        ("The 15-time Grand Slam winner Mara Velden withdrew.", ("15", "titles:grand-slam")),
        ("Mara Velden, a two-time Olympic gold medallist, spoke first.", ("2", "titles:olympic gold")),
        ("Mara Velden won her third world title in Port Alder.", ("3", "titles:world title")),
        ("Mara Velden lifted the Harlow Cup for the fourth time.", ("4", "titles:harlow cup")),
        ("Mara Velden has won 12 league titles with Port Alder.", ("12", "titles:league title")),
    ],
)
def test_a_count_of_titles_is_read_in_each_shape(
    sports: Callable[[str], list[Read]], text: str, expected: tuple[str, str]
) -> None:
    assert (*expected, "Mara Velden") in sports(text)


def test_it_stands_for_the_title_named_before(sports: Callable[[str], list[Read]]) -> None:
    text = (
        "Tomas Rusk took the Coastal Chess Championship in Port Alder. "
        "Mara Velden took the title in 2019 and has since won it on four occasions."
    )
    assert ("4", "titles:coastal chess title", "Mara Velden") in sports(text)


def test_a_streak_a_season_or_one_games_medals_are_not_a_career_count(
    sports: Callable[[str], list[Read]],
) -> None:
    text = (
        "Mara Velden won her third successive title. Tomas Rusk won his second title this season. "
        "Ilse Kovar won three gold medals in Port Alder."
    )
    assert sports(text) == []


def test_titles_counted_apart_by_the_words_that_tell_which(sports: Callable[[str], list[Read]]) -> None:
    text = "Mara Velden lifted the Harlow title four times and claimed her 24th career title."
    assert [r[1] for r in sports(text)] == ["titles:harlow title", "titles:title"]


def test_two_counts_of_one_title_at_one_moment_conflict(findings_for: FindingsFor) -> None:
    found = findings_for(
        ("Mara Velden, a five-time world champion, beat Tomas Rusk in Port Alder.", DAY),
        ("Mara Velden, a four-time world champion, beat Tomas Rusk in Port Alder.", DAY),
    )
    assert [f.rule for f in found] == ["FC501"]
    assert "titles" in found[0].message


def test_a_count_that_grew_between_two_years_is_no_conflict(findings_for: FindingsFor) -> None:
    found = findings_for(
        ("In 2027 Mara Velden won her third world title against Tomas Rusk in Port Alder.", DAY),
        ("Mara Velden, a four-time world champion, beat Tomas Rusk in Port Alder.", DAY),
    )
    assert _codes(found, "FC501") == []


# --- moments of a decisive act -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tomas Rusk blundered on the 41st move against Mara Velden.", ("41", "moment:move:blunder")),
        ("Tomas Rusk made a costly mistake in his 38th move.", ("38", "moment:move:blunder")),
        ("Tomas Rusk crashed on lap 42 at Harlow Park.", ("42", "moment:lap:crash")),
        ("Tomas Rusk was sent off in the 30th minute at Harlow Park.", ("30", "moment:minute:sending-off")),
        ("Tomas Rusk was knocked out in the fifth round by Ilse Kovar.", ("5", "moment:round:knockout")),
    ],
)
def test_the_moment_of_an_act_held_by_its_player(
    sports: Callable[[str], list[Read]], text: str, expected: tuple[str, str]
) -> None:
    assert sports(text) == [(*expected, "Tomas Rusk")]


def test_an_act_that_happens_once_in_a_game_is_no_ones(sports: Callable[[str], list[Read]]) -> None:
    text = "Port Alder won thanks to an 89th-minute winner at Harlow Park."
    assert sports(text) == [("89", "moment:minute:winner", "")]


def test_goals_and_a_shot_called_a_winner_give_no_moment(sports: Callable[[str], list[Read]]) -> None:
    text = "Tomas Rusk scored in the 12th minute. Ilse Kovar hit a forehand winner in the second set."
    assert sports(text) == []


def test_an_act_named_by_a_relative_clause(sports: Callable[[str], list[Read]]) -> None:
    text = "Tomas Rusk gave up his rook on move 40, which proved the decisive blunder."
    assert sports(text) == [("40", "moment:move:blunder", "Tomas Rusk")]


def test_a_game_named_by_number_keys_the_moment(sports: Callable[[str], list[Read]]) -> None:
    text = "Tomas Rusk won game 9. In game 3, Tomas Rusk blundered on the 20th move."
    assert sports(text) == [("20", "moment:move:blunder@game 3", "Tomas Rusk")]


def test_two_moments_of_one_blunder_conflict(findings_for: FindingsFor) -> None:
    found = findings_for(
        ("Tomas Rusk blundered on the 41st move against Mara Velden in Port Alder.", DAY),
        ("Tomas Rusk blundered on the 44th move against Mara Velden in Port Alder.", DAY),
    )
    assert [f.rule for f in found] == ["FC521"]
    assert "move 41" in found[0].message and "move 44" in found[0].message


def test_a_blunder_and_a_resignation_are_two_acts(findings_for: FindingsFor) -> None:
    found = findings_for(
        ("Tomas Rusk blundered on the 41st move against Mara Velden in Port Alder.", DAY),
        ("Tomas Rusk resigned on the 44th move against Mara Velden in Port Alder.", DAY),
    )
    assert _codes(found, "FC521") == []


def test_two_players_blunders_are_two_acts(findings_for: FindingsFor) -> None:
    found = findings_for(
        ("Tomas Rusk blundered on the 41st move against Mara Velden in Port Alder.", DAY),
        ("Mara Velden blundered on the 44th move against Tomas Rusk in Port Alder.", DAY),
    )
    assert _codes(found, "FC521") == []


# --- sides --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Mara Velden, playing with the white pieces, beat Tomas Rusk.",
        "Mara Velden played white and beat Tomas Rusk.",
        "Playing with white, Mara Velden beat Tomas Rusk.",
        "With the white pieces, Mara Velden beat Tomas Rusk.",
        "Mara Velden had the white pieces against Tomas Rusk.",
        "Mara Velden played as White against Tomas Rusk.",
        "Mara Velden won with white against Tomas Rusk.",
    ],
)
def test_a_side_is_given_to_the_player_of_the_verb(sports: Callable[[str], list[Read]], text: str) -> None:
    assert sports(text) == [("white", "side:", "Mara Velden")]


def test_a_side_without_a_verb_of_playing_or_a_colour_of_dress_is_left_alone(
    sports: Callable[[str], list[Read]],
) -> None:
    text = "Tomas Rusk lost the opening game to Mara Velden with white. Mara Velden played in black shirts."
    assert sports(text) == []


def test_one_player_given_both_sides_conflicts(findings_for: FindingsFor) -> None:
    found = findings_for(
        ("In Port Alder, Mara Velden, playing with the white pieces, beat Tomas Rusk.", DAY),
        ("In Port Alder, Mara Velden, playing with the black pieces, beat Tomas Rusk.", DAY),
    )
    assert [f.rule for f in found] == ["FC611"]


def test_white_for_one_and_black_for_the_other_agree(findings_for: FindingsFor) -> None:
    found = findings_for(
        ("In Port Alder, Mara Velden, playing with the white pieces, beat Tomas Rusk.", DAY),
        ("In Port Alder, Tomas Rusk, playing with the black pieces, lost to Mara Velden.", DAY),
    )
    assert _codes(found, "FC611") == []


def test_sides_of_two_games_are_not_compared(findings_for: FindingsFor) -> None:
    found = findings_for(
        (
            "Mara Velden won game 9. In game 3, Tomas Rusk played white against Mara Velden in Port Alder.",
            DAY,
        ),
        (
            "Mara Velden won game 9. In game 9, Mara Velden played white against Tomas Rusk in Port Alder.",
            DAY,
        ),
    )
    assert _codes(found, "FC611") == []


# --- scores -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Port Alder Rovers beat Kestrel Town 3-1 on Saturday.", "3 - 1"),
        ("Port Alder Rovers and Kestrel Town played out a 2-2 draw.", "2 - 2"),
        ("Mara Velden lost 6-4, 6-3 to Ilse Kovar.", "6 - 4 , 6 - 3"),
        ("Mara Velden won by 7.5-6.5 against Tomas Rusk.", "7.5 - 6.5"),
        ("Kestrel Town's 3-1 win over Port Alder Rovers.", "3 - 1"),
    ],
)
def test_a_match_score_is_read_in_each_shape(
    sports: Callable[[str], list[Read]], text: str, written: str
) -> None:
    assert sports(text) == [(written, "score", "")]


def test_scores_of_another_stage_give_no_claim(sports: Callable[[str], list[Read]]) -> None:
    text = (
        "Port Alder Rovers led 1-0 at half-time against Kestrel Town. "
        "Kestrel Town won 4-3 on penalties. Port Alder Rovers beat Kestrel Town 2-0 in 2027."
    )
    assert sports(text) == []


def test_two_scores_of_one_match_conflict(findings_for: FindingsFor) -> None:
    found = findings_for(
        ("Port Alder Rovers beat Kestrel Town 3-1 at Harlow Park on Saturday.", DAY),
        ("Port Alder Rovers beat Kestrel Town 3-2 at Harlow Park on Saturday.", DAY),
    )
    assert [f.rule for f in found] == ["FC522"]


def test_a_score_from_the_losers_side_agrees(findings_for: FindingsFor) -> None:
    found = findings_for(
        ("Port Alder Rovers beat Kestrel Town 3-1 at Harlow Park on Saturday.", DAY),
        ("Kestrel Town lost 1-3 to Port Alder Rovers at Harlow Park on Saturday.", DAY),
    )
    assert _codes(found, "FC522") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mara Velden won a fifth world title in Port Alder.", ("5", "titles:world title")),
        ("Mara Velden lifted her record-extending 10th world title.", ("10", "titles:world title")),
        ("Mara Velden's 20th major came in Port Alder.", ("20", "titles:major")),
        ("Mara Velden won the Harlow Cup for a record fifth time.", ("5", "titles:harlow cup")),
    ],
)
def test_more_shapes_of_an_ordinal_title(
    sports: Callable[[str], list[Read]], text: str, expected: tuple[str, str]
) -> None:
    assert (*expected, "Mara Velden") in sports(text)


def test_a_rank_among_champions_is_no_count(sports: Callable[[str], list[Read]]) -> None:
    assert sports("Mara Velden became the 18th world champion in Port Alder.") == []


def test_a_moment_in_minutes_after_on(sports: Callable[[str], list[Read]]) -> None:
    text = "Ilse Kovar was sent off on 62 minutes at Harlow Park."
    assert sports(text) == [("62", "moment:minute:sending-off", "Ilse Kovar")]
