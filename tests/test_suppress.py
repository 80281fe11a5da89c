"""Suppressions in articles: each form, their extent, the reason rule, notices, and applying them."""

from __future__ import annotations

from factcheck.model import Evidence, Finding, Severity, Source
from factcheck.policy.suppressions import apply_suppressions, read_suppressions
from factcheck.rules import BUILTIN_RULES

CODES = [rule.code for rule in BUILTIN_RULES]
NAMES = {rule.code: rule.name for rule in BUILTIN_RULES}
WHY = 'reason="the mayor is quoted as she spoke"'


def evidence(source: Source, phrase: str) -> Evidence:
    start = source.text.index(phrase)
    line, column = source.position(start)
    return Evidence(source.id, source.path, phrase, start, start + len(phrase), line, column)


def finding(code: str, *quotes: Evidence) -> Finding:
    return Finding(code, NAMES[code], "test", Severity.WARNING, "Harbour Council", "they differ", quotes)


def kept_after(source: Source, *findings: Finding) -> list[Finding]:
    suppressions, _ = read_suppressions(source, CODES)
    return apply_suppressions(findings, suppressions)[0]


def notices_of(source: Source) -> list[tuple[int, str, str]]:
    return [(n.line, n.code, n.message) for n in read_suppressions(source, CODES)[1]]


# ignore: the next paragraph


def test_ignore_suppresses_a_finding_in_the_paragraph_below_it(make_source):
    source = make_source(f"<!-- factcheck: ignore FC101 {WHY} -->\nMayor Ola Dahl opened the pier.\n")
    assert kept_after(source, finding("FC101", evidence(source, "Mayor Ola Dahl"))) == []


def test_ignore_covers_every_line_up_to_the_blank_line(make_source):
    source = make_source(f"<!-- factcheck: ignore FC101 {WHY} -->\nThe pier opened.\nMayor Ola Dahl spoke.\n")
    assert kept_after(source, finding("FC101", evidence(source, "Mayor Ola Dahl"))) == []


def test_ignore_stops_at_the_next_blank_line(make_source):
    source = make_source(
        f"<!-- factcheck: ignore FC101 {WHY} -->\nThe pier opened.\n\nMayor Ola Dahl spoke.\n"
    )
    late = finding("FC101", evidence(source, "Mayor Ola Dahl"))
    assert kept_after(source, late) == [late]


def test_ignore_followed_by_a_blank_line_covers_the_paragraph_after_it(make_source):
    source = make_source(f"<!-- factcheck: ignore FC101 {WHY} -->\n\nMayor Ola Dahl spoke.\n\nLater text.\n")
    assert kept_after(source, finding("FC101", evidence(source, "Mayor Ola Dahl"))) == []


def test_ignore_does_not_reach_back_before_the_comment(make_source):
    source = make_source(f"Mayor Ola Dahl spoke.\n<!-- factcheck: ignore FC101 {WHY} -->\nThe pier opened.\n")
    early = finding("FC101", evidence(source, "Mayor Ola Dahl"))
    assert kept_after(source, early) == [early]


def test_ignore_only_suppresses_the_codes_it_names(make_source):
    source = make_source(f"<!-- factcheck: ignore FC101 {WHY} -->\nMayor Ola Dahl of Nordby spoke.\n")
    other = finding("FC201", evidence(source, "Nordby"))
    assert kept_after(source, other) == [other]


def test_ignore_takes_comma_separated_codes(make_source):
    source = make_source(f"<!-- factcheck: ignore FC101, FC201 {WHY} -->\nMayor Ola Dahl of Nordby spoke.\n")
    findings = (finding("FC101", evidence(source, "Mayor")), finding("FC201", evidence(source, "Nordby")))
    assert kept_after(source, *findings) == []


def test_ignore_takes_a_code_prefix(make_source):
    source = make_source(f"<!-- factcheck: ignore FC2 {WHY} -->\nThe Nord-By ferry left.\n")
    assert kept_after(source, finding("FC202", evidence(source, "Nord-By"))) == []


def test_ignore_all_suppresses_every_rule(make_source):
    source = make_source(f"<!-- factcheck: ignore all {WHY} -->\nMayor Ola Dahl of Nordby spoke.\n")
    findings = (finding("FC101", evidence(source, "Mayor")), finding("FC501", evidence(source, "Nordby")))
    assert kept_after(source, *findings) == []


def test_ignore_may_name_a_rule_when_names_are_known(make_source):
    source = make_source(f"<!-- factcheck: ignore spelling.style {WHY} -->\nThe Nord-By ferry left.\n")
    suppressions, notices = read_suppressions(source, [*CODES, *NAMES.values()])
    assert notices == []
    assert apply_suppressions([finding("FC202", evidence(source, "Nord-By"))], suppressions)[0] == []


def test_evidence_running_past_the_paragraph_is_not_covered(make_source):
    source = make_source(f"<!-- factcheck: ignore FC101 {WHY} -->\nMayor Ola\n\nDahl spoke.\n")
    long = finding("FC101", evidence(source, "Mayor Ola\n\nDahl"))
    assert kept_after(source, long) == [long]


# disable ... enable


def test_disable_suppresses_up_to_the_matching_enable(make_source):
    source = make_source(
        f"<!-- factcheck: disable FC4 {WHY} -->\nIt rained on 3 May.\n\nIt rained on 4 May.\n"
        "<!-- factcheck: enable FC4 -->\nIt rained on 5 May.\n"
    )
    inside = finding("FC401", evidence(source, "4 May"))
    after = finding("FC401", evidence(source, "5 May"))
    assert kept_after(source, inside, after) == [after]


def test_disable_without_enable_runs_to_the_end_of_the_file(make_source):
    source = make_source(f"<!-- factcheck: disable FC4 {WHY} -->\nOne.\n\nTwo.\n\nIt rained on 9 May.\n")
    assert kept_after(source, finding("FC401", evidence(source, "9 May"))) == []


def test_enable_of_another_code_leaves_the_disable_open(make_source):
    source = make_source(
        f"<!-- factcheck: disable FC4, FC5 {WHY} -->\nOne.\n<!-- factcheck: enable FC5 -->\n"
        "Nine boats on 9 May.\n"
    )
    date = finding("FC401", evidence(source, "9 May"))
    count = finding("FC501", evidence(source, "Nine boats"))
    assert kept_after(source, date, count) == [count]


def test_enable_without_a_disable_is_reported(make_source):
    source = make_source("Text.\n<!-- factcheck: enable FC4 -->\n")
    assert notices_of(source) == [
        (2, "FC002", "invalid suppression: enable FC4 has no disable FC4 before it")
    ]


def test_disabling_a_code_twice_is_reported(make_source):
    source = make_source(
        f"<!-- factcheck: disable FC4 {WHY} -->\nOne.\n<!-- factcheck: disable FC4 {WHY} -->\n"
    )
    assert notices_of(source) == [(3, "FC002", "invalid suppression: FC4 is already disabled on line 1")]


# front matter


def test_front_matter_suppresses_for_the_whole_article(make_source):
    source = make_source(
        '---\nfactcheck: {ignore: [FC203], reason: "house spelling"}\n---\nThe harbur opened.\n\nMore.\n'
    )
    assert kept_after(source, finding("FC203", evidence(source, "harbur"))) == []


def test_front_matter_ignore_may_be_one_string(make_source):
    source = make_source('---\nfactcheck:\n  ignore: FC2\n  reason: "house spelling"\n---\nThe harbur.\n')
    suppressions, notices = read_suppressions(source, CODES)
    assert notices == []
    assert [(s.codes, s.line, s.kind) for s in suppressions] == [(("FC2",), 2, "front matter")]


def test_front_matter_suppression_without_a_reason_does_not_apply(make_source):
    source = make_source("---\ntitle: Harbour\nfactcheck: {ignore: [FC203]}\n---\nThe harbur opened.\n")
    typo = finding("FC203", evidence(source, "harbur"))
    assert kept_after(source, typo) == [typo]
    assert notices_of(source)[0][:2] == (3, "FC002")
    assert "needs a reason" in notices_of(source)[0][2]


def test_front_matter_suppression_with_an_unknown_key_is_reported(make_source):
    source = make_source('---\nfactcheck: {ignores: [FC203], reason: "r"}\n---\nText.\n')
    assert notices_of(source) == [
        (2, "FC002", "invalid suppression: front matter: unknown key 'ignores'; did you mean 'ignore'?")
    ]


def test_front_matter_without_a_factcheck_key_suppresses_nothing(make_source):
    source = make_source("Text.\n", published="2025-05-02", title="Harbour")
    assert read_suppressions(source, CODES) == ([], [])


# what is wrong with a suppression


def test_ignore_without_a_reason_is_reported_and_not_applied(make_source):
    source = make_source("Intro.\n<!-- factcheck: ignore FC101 -->\nMayor Ola Dahl spoke.\n")
    kept = finding("FC101", evidence(source, "Mayor"))
    assert kept_after(source, kept) == [kept]
    assert notices_of(source) == [
        (2, "FC002", 'invalid suppression: ignore FC101 needs a reason="..."; not applied')
    ]


def test_an_empty_reason_counts_as_none(make_source):
    source = make_source('<!-- factcheck: ignore FC101 reason="  " -->\nMayor Ola Dahl spoke.\n')
    assert [code for _, code, _ in notices_of(source)] == ["FC002"]


def test_disable_without_a_reason_is_reported_once_and_not_applied(make_source):
    source = make_source("<!-- factcheck: disable FC4 -->\nOn 9 May.\n<!-- factcheck: enable FC4 -->\n")
    kept = finding("FC401", evidence(source, "9 May"))
    assert kept_after(source, kept) == [kept]
    assert [(line, code) for line, code, _ in notices_of(source)] == [(1, "FC002")]


def test_unknown_code_is_reported_with_a_suggestion(make_source):
    source = make_source(f"<!-- factcheck: ignore FC10l {WHY} -->\nText.\n")
    assert notices_of(source) == [
        (1, "FC002", "invalid suppression: unknown rule code 'FC10l'; did you mean FC101 (title.conflict)?")
    ]


def test_the_known_codes_of_a_comment_still_apply_beside_an_unknown_one(make_source):
    source = make_source(f"<!-- factcheck: ignore FC101, FC999 {WHY} -->\nMayor Ola Dahl spoke.\n")
    assert kept_after(source, finding("FC101", evidence(source, "Mayor"))) == []


def test_a_comment_without_the_colon_is_reported(make_source):
    source = make_source(f"<!-- factcheck ignore FC101 {WHY} -->\nText.\n")
    assert notices_of(source)[0][:2] == (1, "FC002")
    assert "expected 'factcheck: ignore|disable|enable CODES" in notices_of(source)[0][2]


def test_an_unknown_action_is_reported_with_a_suggestion(make_source):
    source = make_source(f"<!-- factcheck: disabel FC4 {WHY} -->\nText.\n")
    assert "unknown action 'disabel'" in notices_of(source)[0][2]
    assert "did you mean 'disable'?" in notices_of(source)[0][2]


def test_an_unquoted_reason_is_reported(make_source):
    source = make_source("<!-- factcheck: ignore FC101 reason=interview -->\nText.\n")
    assert notices_of(source) == [
        (1, "FC002", 'invalid suppression: the reason must be quoted: reason="..."')
    ]


def test_a_comment_naming_no_codes_is_reported(make_source):
    source = make_source(f"<!-- factcheck: ignore {WHY} -->\nText.\n")
    assert notices_of(source) == [(1, "FC002", "invalid suppression: ignore names no rule codes")]


def test_other_html_comments_are_left_alone(make_source):
    source = make_source("<!-- editor: check the quote -->\n<!-- factchecked by desk -->\nText.\n")
    assert read_suppressions(source, CODES) == ([], [])


# applying


def test_a_suppression_that_matched_nothing_is_reported_as_unused(make_source):
    source = make_source(f"Intro.\n\n<!-- factcheck: ignore FC101 {WHY} -->\nMayor Ola Dahl spoke.\n")
    suppressions, _ = read_suppressions(source, CODES)
    kept, count, unused = apply_suppressions([], suppressions)
    assert (kept, count) == ([], 0)
    assert [(n.path, n.line, n.code) for n in unused] == [(source.path, 3, "FC001")]
    assert unused[0].message == "unused suppression: ignore FC101 matched no finding"


def test_only_the_codes_that_matched_nothing_are_reported_unused(make_source):
    source = make_source(f"<!-- factcheck: ignore FC101, FC3 {WHY} -->\nMayor Ola Dahl spoke.\n")
    suppressions, _ = read_suppressions(source, CODES)
    _, _, unused = apply_suppressions([finding("FC101", evidence(source, "Mayor"))], suppressions)
    assert [n.message for n in unused] == ["unused suppression: ignore FC3 matched no finding"]


def test_the_number_of_suppressed_findings_is_counted(make_source):
    source = make_source(f"<!-- factcheck: ignore FC1 {WHY} -->\nMayor Ola Dahl of Nordby spoke.\n")
    suppressions, _ = read_suppressions(source, CODES)
    findings = [finding("FC101", evidence(source, "Mayor")), finding("FC111", evidence(source, "Nordby"))]
    assert apply_suppressions(findings, suppressions)[1] == 2


def test_one_covered_evidence_suppresses_a_finding_across_sources(make_source):
    quiet = make_source(f"<!-- factcheck: ignore FC101 {WHY} -->\nMayor Ola Dahl spoke.\n", id="a")
    loud = make_source("Deputy Mayor Ola Dahl spoke.\n", id="b")
    both = finding("FC101", evidence(loud, "Deputy Mayor"), evidence(quiet, "Mayor Ola"))
    suppressions = read_suppressions(quiet, CODES)[0] + read_suppressions(loud, CODES)[0]
    assert apply_suppressions([both], suppressions)[:2] == ([], 1)


def test_a_suppression_covers_only_its_own_article(make_source):
    text = f"<!-- factcheck: ignore FC101 {WHY} -->\nMayor Ola Dahl spoke.\n"
    quiet = make_source(text, id="a")
    other = make_source(text.replace("factcheck:", "editorial:"), id="b")  # same offsets, no directive
    elsewhere = finding("FC101", evidence(other, "Mayor"))
    assert evidence(other, "Mayor").start == evidence(quiet, "Mayor").start
    assert apply_suppressions([elsewhere], read_suppressions(quiet, CODES)[0])[0] == [elsewhere]


def test_evidence_without_offsets_is_never_suppressed(make_source):
    source = make_source('---\nfactcheck: {ignore: [all], reason: "wire copy"}\n---\nText.\n')
    entry = Evidence(source.id, source.path, "Ola Dahl: mayor since 2021")  # as registry entries are
    kept = finding("FC111", entry)
    assert kept_after(source, kept) == [kept]
