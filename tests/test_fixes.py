"""Fixes end to end: findings that know the accepted spelling carry the edits that write it, shown
as JSON, SARIF and a unified diff (`check --diff`), and made in the target articles (`check --fix`)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from tests.conftest import Exit

from factcheck.model import Evidence, Finding, Fix, Severity
from factcheck.policy.fixes import plan_fixes
from factcheck.rules import BUILTIN_RULES, RuleContext
from factcheck.rules.spelling import PhraseTypo
from factcheck.store.findings_json import findings_from_json, findings_to_json

SARIF_SCHEMA = Path(__file__).resolve().parents[2] / "shared" / "schemas" / "sarif-schema-2.1.0.json"

REGISTRY = "version: 1\nentities:\n  - name: Oren Vasko\n    type: person\n"
DEVIANT = (
    "---\npublished: 2031-03-04\n---\n"
    "Oren Vasco, the harbour master of Port Alder, spoke first.\n"
    "Vasco said Oren Vasco would stay.\n"
)
DEVIANT_FIXED = (
    "---\npublished: 2031-03-04\n---\n"
    "Oren Vasko, the harbour master of Port Alder, spoke first.\n"
    "Vasko said Oren Vasko would stay.\n"
)
CONTEXT = "---\npublished: 2031-03-01\n---\nOren Vasco opened the Saltmere ferry.\n"


@pytest.fixture
def newsroom(workdir: Path) -> Path:
    """A sources folder with an old article and a new one that both misspell a registered name."""
    (workdir / "sources").mkdir()
    (workdir / "sources" / "old.md").write_text(CONTEXT, encoding="utf-8")
    (workdir / "sources" / "new.md").write_text(DEVIANT, encoding="utf-8")
    (workdir / "reference.yaml").write_text(REGISTRY, encoding="utf-8")
    return workdir


def check(run_main: Callable[..., Exit], *args: str) -> Exit:
    return run_main("check", "--isolated", "--reference", "reference.yaml", *args)


def majority(workdir: Path) -> None:
    """Two articles spell a name one way, a third another way; no registry."""
    (workdir / "sources").mkdir()
    for name in ("a.md", "c.md"):
        (workdir / "sources" / name).write_text(
            "---\npublished: 2031-03-04\n---\nMahmoud Karimi was elected mayor of Qasr.\n", encoding="utf-8"
        )
    (workdir / "sources" / "b.md").write_text(
        "---\npublished: 2031-03-04\n---\nMahmud Karimi was elected mayor of Qasr.\n", encoding="utf-8"
    )


# --- what is fixed -----------------------------------------------------------------------------------


def test_fix_writes_the_registry_spelling_over_every_mention_in_the_target(
    newsroom: Path, run_main: Callable[..., Exit]
) -> None:
    result = check(run_main, "sources/new.md", "--fix")
    assert (newsroom / "sources" / "new.md").read_text(encoding="utf-8") == DEVIANT_FIXED
    assert "factcheck: made 3 fixes in 1 article" in result.stderr


def test_unsafe_fixes_write_the_form_most_articles_use(workdir: Path, run_main: Callable[..., Exit]) -> None:
    majority(workdir)
    run_main("check", "--isolated", "sources", "--fix", "--unsafe-fixes")
    fixed = (workdir / "sources" / "b.md").read_text(encoding="utf-8")
    assert fixed == "---\npublished: 2031-03-04\n---\nMahmoud Karimi was elected mayor of Qasr.\n"


def test_fix_writes_the_usual_spelling_over_a_one_off_typo(
    workdir: Path, run_main: Callable[..., Exit]
) -> None:
    article = workdir / "a.md"
    article.write_text(
        "The Saltmere summit opened. The Saltmere summit went on. The Saltmere summit closed.\n"
        "The Saltmere summet ended.\n",
        encoding="utf-8",
    )
    result = run_main("check", "--isolated", "a.md", "--fix", "--unsafe-fixes")
    assert article.read_text(encoding="utf-8").endswith("\nThe Saltmere summit ended.\n")
    assert "factcheck: made 1 fix in 1 article" in result.stderr


def test_the_form_most_articles_use_is_an_unsafe_fix_left_out_unless_asked_for(
    workdir: Path, run_main: Callable[..., Exit]
) -> None:
    majority(workdir)
    result = run_main("check", "--isolated", "sources", "--fix")
    assert "Mahmud Karimi" in (workdir / "sources" / "b.md").read_text(encoding="utf-8")
    assert (
        "factcheck: 1 unsafe fix left out (the form most articles use, not the registry's)" in result.stderr
    )


def test_a_typo_fix_is_unsafe_since_the_odd_word_may_be_another_word_on_purpose(
    workdir: Path, run_main: Callable[..., Exit]
) -> None:
    (workdir / "a.md").write_text(
        "The Saltmere summit opened. The Saltmere summit went on. The Saltmere summit closed.\n"
        "The Saltmere summet ended.\n",
        encoding="utf-8",
    )
    findings = json.loads(run_main("check", "--isolated", "a.md", "--format", "json").stdout)["findings"]
    assert [f["fix"]["applicability"] for f in findings if "fix" in f] == ["unsafe"]


def test_the_terminal_report_marks_an_unsafe_fix_and_how_to_make_it(
    workdir: Path, run_main: Callable[..., Exit]
) -> None:
    majority(workdir)
    report = run_main("check", "--isolated", "sources").stdout
    assert (
        "help: write 'Mahmoud Karimi' (1 edit in 1 article; unsafe, the form most articles use: "
        "see with --diff --unsafe-fixes, apply with --fix --unsafe-fixes)"
    ) in report


def test_a_spelling_as_many_articles_write_is_not_fixed(workdir: Path, run_main: Callable[..., Exit]) -> None:
    majority(workdir)
    (workdir / "sources" / "c.md").unlink()
    result = run_main("check", "--isolated", "sources", "--diff")
    assert result.code == 0 and result.stdout == ""
    assert "factcheck: nothing to fix" in result.stderr


def test_fix_never_edits_a_context_article(newsroom: Path, run_main: Callable[..., Exit]) -> None:
    check(run_main, "sources/new.md", "--fix")
    assert (newsroom / "sources" / "old.md").read_text(encoding="utf-8") == CONTEXT


def test_fix_leaves_no_temporary_file(newsroom: Path, run_main: Callable[..., Exit]) -> None:
    check(run_main, "sources/new.md", "--fix")
    assert sorted(p.name for p in (newsroom / "sources").iterdir()) == ["new.md", "old.md"]


def test_fix_keeps_crlf_line_endings_and_front_matter_byte_for_byte(
    newsroom: Path, run_main: Callable[..., Exit]
) -> None:
    article = newsroom / "sources" / "new.md"
    article.write_bytes(DEVIANT.replace("\n", "\r\n").encode("utf-8"))
    check(run_main, "sources/new.md", "--fix")
    assert article.read_bytes() == DEVIANT_FIXED.replace("\n", "\r\n").encode("utf-8")


def test_fix_keeps_the_markup_of_an_html_article(newsroom: Path, run_main: Callable[..., Exit]) -> None:
    (newsroom / "sources" / "new.md").unlink()
    page = newsroom / "sources" / "new.html"
    page.write_text(
        "<p>Oren Vasco, the harbour master, spoke.</p>\n<p><b>Oren Vasco</b> stays.</p>\n", "utf-8"
    )
    check(run_main, "sources/new.html", "--fix")
    fixed = page.read_text(encoding="utf-8")
    assert fixed == "<p>Oren Vasko, the harbour master, spoke.</p>\n<p><b>Oren Vasko</b> stays.</p>\n"


def test_fix_writes_through_a_symlinked_article(newsroom: Path, run_main: Callable[..., Exit]) -> None:
    real = newsroom / "drafts" / "new.md"
    real.parent.mkdir()
    (newsroom / "sources" / "new.md").rename(real)
    (newsroom / "sources" / "new.md").symlink_to(real)
    check(run_main, "sources/new.md", "--fix")
    assert (newsroom / "sources" / "new.md").is_symlink()
    assert real.read_text(encoding="utf-8") == DEVIANT_FIXED


def test_the_run_cache_keeps_a_findings_fixes(newsroom: Path) -> None:
    fix = Fix("sources/new.md", 30, 40, "Oren Vasco", "Oren Vasko")
    assert findings_from_json(findings_to_json([_finding(fix)])) == (_finding(fix),)


def test_fix_reports_what_remains_and_exits_by_it(newsroom: Path, run_main: Callable[..., Exit]) -> None:
    """The target now spells the name as the registry does; the old article, which is not fixed,
    still spells it otherwise, and that is what remains."""
    result = check(run_main, "sources/new.md", "--fix", "--format", "json", "--fail-on", "warning")
    [remaining] = json.loads(result.stdout)["findings"]
    assert (result.code, remaining["rule"], remaining["evidence"][1]["path"]) == (
        1,
        "FC201",
        "sources/old.md",
    )
    assert "fix" not in remaining


def test_a_second_fix_finds_nothing_to_fix(newsroom: Path, run_main: Callable[..., Exit]) -> None:
    check(run_main, "sources/new.md", "--fix")
    again = check(run_main, "sources/new.md", "--fix")
    assert again.code == 0 and "factcheck: nothing to fix" in again.stderr
    assert (newsroom / "sources" / "new.md").read_text(encoding="utf-8") == DEVIANT_FIXED


def test_the_cache_does_not_serve_findings_of_the_article_before_its_fix(
    newsroom: Path, run_main: Callable[..., Exit]
) -> None:
    before = check(run_main, "sources/new.md", "--format", "json")
    assert [f["rule"] for f in json.loads(before.stdout)["findings"]] == ["FC211"]
    check(run_main, "sources/new.md", "--fix")
    after = check(run_main, "sources/new.md", "--format", "json")
    assert [f["rule"] for f in json.loads(after.stdout)["findings"]] == ["FC201"]


# --- --diff ------------------------------------------------------------------------------------------


def test_diff_prints_the_fixes_as_a_unified_diff_and_exits_1(
    newsroom: Path, run_main: Callable[..., Exit]
) -> None:
    result = check(run_main, "sources/new.md", "--diff")
    assert result.code == 1
    assert result.stdout == (
        "--- a/sources/new.md\n"
        "+++ b/sources/new.md\n"
        "@@ -1,5 +1,5 @@\n"
        " ---\n"
        " published: 2031-03-04\n"
        " ---\n"
        "-Oren Vasco, the harbour master of Port Alder, spoke first.\n"
        "-Vasco said Oren Vasco would stay.\n"
        "+Oren Vasko, the harbour master of Port Alder, spoke first.\n"
        "+Vasko said Oren Vasko would stay.\n"
    )
    assert "factcheck: would make 3 fixes in 1 article" in result.stderr
    assert (newsroom / "sources" / "new.md").read_text(encoding="utf-8") == DEVIANT


def test_diff_with_nothing_to_fix_prints_nothing_and_exits_0(
    newsroom: Path, run_main: Callable[..., Exit]
) -> None:
    (newsroom / "sources" / "new.md").write_text(DEVIANT_FIXED, encoding="utf-8")
    result = check(run_main, "sources/new.md", "--diff")
    assert (result.code, result.stdout) == (0, "")


def test_diff_marks_a_last_line_without_a_newline(newsroom: Path, run_main: Callable[..., Exit]) -> None:
    (newsroom / "sources" / "new.md").write_text(DEVIANT.rstrip("\n"), encoding="utf-8")
    result = check(run_main, "sources/new.md", "--diff")
    assert result.stdout.endswith("+Vasko said Oren Vasko would stay.\n\\ No newline at end of file\n")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--fix", "--diff"], "give --fix or --diff, not both"),
        (["--fix", "-"], "standard input ('-') cannot be fixed"),
        (["--diff", "-o", "out.json"], "--diff prints the diff instead of a report"),
        (["--fix", "--write-baseline", "base.json"], "--fix cannot be used with --write-baseline"),
    ],
)
def test_unsafe_combinations_are_usage_errors(
    newsroom: Path, run_main: Callable[..., Exit], args: list[str], message: str
) -> None:
    result = check(run_main, "sources/new.md", *args)
    assert result.code == 2 and message in result.stderr
    assert (newsroom / "sources" / "new.md").read_text(encoding="utf-8") == DEVIANT


# --- overlapping fixes -------------------------------------------------------------------------------


def test_overlapping_fixes_are_both_skipped_and_said(
    newsroom: Path, run_main: Callable[..., Exit], monkeypatch: pytest.MonkeyPatch
) -> None:
    def clashing(self: PhraseTypo, context: RuleContext) -> Iterator[Finding]:
        """A finding whose fix covers the first 'Oren Vasco' and the words after it."""
        source = next(s for s in context.graph.sources.values() if s.path == "sources/new.md")
        start = source.text.index("Oren Vasco,")
        fix = Fix(source.path, start, start + 15, "Oren Vasco, the", "Oren Vasko, our")
        evidence = Evidence(source.id, source.path, fix.original, fix.start, fix.end, 4, 1)
        yield self.finding("Oren Vasko", "clash", [evidence], "typo", ["x"], fixes=[fix])

    monkeypatch.setattr(PhraseTypo, "check", clashing)
    assert PhraseTypo in BUILTIN_RULES
    result = check(run_main, "sources/new.md", "--no-cache", "--fix")
    assert "sources/new.md:4:1: fixes overlap, none made there" in result.stderr
    assert "made 2 fixes in 1 article" in result.stderr
    assert (
        (newsroom / "sources" / "new.md")
        .read_text(encoding="utf-8")
        .startswith("---\npublished: 2031-03-04\n---\nOren Vasco, the harbour master")
    )


def test_a_fix_where_the_article_no_longer_reads_what_was_checked_is_skipped_and_said(
    newsroom: Path, run_main: Callable[..., Exit], monkeypatch: pytest.MonkeyPatch
) -> None:
    def stale(self: PhraseTypo, context: RuleContext) -> Iterator[Finding]:
        """A finding whose fix expects a word the article does not hold there."""
        source = next(s for s in context.graph.sources.values() if s.path == "sources/new.md")
        start = source.text.index("harbour")
        fix = Fix(source.path, start, start + 7, "harbor ", "port")
        evidence = Evidence(source.id, source.path, fix.original, fix.start, fix.end, 4, 17)
        yield self.finding("harbour", "stale", [evidence], "typo", ["x"], fixes=[fix])

    monkeypatch.setattr(PhraseTypo, "check", stale)
    result = check(run_main, "sources/new.md", "--no-cache", "--fix")
    assert "sources/new.md:4:17: the article no longer reads 'harbor ' there" in result.stderr
    assert "made 3 fixes in 1 article" in result.stderr
    assert (newsroom / "sources" / "new.md").read_text(encoding="utf-8") == DEVIANT_FIXED


def test_the_same_edit_proposed_twice_is_made_once() -> None:
    fix = Fix("a.md", 4, 8, "Vaso", "Vasko")
    findings = [_finding(fix), _finding(fix)]
    assert plan_fixes(findings).fixes == (fix,)


def test_plan_leaves_out_every_fix_that_overlaps_another() -> None:
    first, second, apart = (
        Fix("a.md", 0, 10, "Oren Vasco", "Oren Vasko"),
        Fix("a.md", 5, 12, "Vasco, ", "Vasko; "),
        Fix("a.md", 20, 25, "Vasco", "Vasko"),
    )
    plan = plan_fixes([_finding(first, apart), _finding(second)])
    assert (plan.fixes, plan.overlapping) == ((apart,), (first, second))


def _finding(*fixes: Fix) -> Finding:
    return Finding(
        "FC211", "registry.spelling", "spelling", Severity.WARNING, "Oren Vasko", "m", (), fixes=fixes
    )


# --- reports -----------------------------------------------------------------------------------------


def test_json_gives_each_fixable_finding_its_fix(newsroom: Path, run_main: Callable[..., Exit]) -> None:
    [finding] = json.loads(check(run_main, "sources/new.md", "--format", "json").stdout)["findings"]
    start = DEVIANT.index("Oren Vasco")
    assert finding["fix"] == {
        "path": "sources/new.md",
        "start": start,
        "end": start + 10,
        "original": "Oren Vasco",
        "replacement": "Oren Vasko",
        "applicability": "safe",
    }
    assert [(f["original"], f["replacement"]) for f in finding["fixes"]] == [
        ("Oren Vasco", "Oren Vasko"),
        ("Vasco", "Vasko"),
        ("Oren Vasco", "Oren Vasko"),
    ]


def test_json_fixes_name_only_target_articles(newsroom: Path, run_main: Callable[..., Exit]) -> None:
    [finding] = json.loads(check(run_main, "sources/new.md", "--format", "json").stdout)["findings"]
    assert {f["path"] for f in finding["fixes"]} == {"sources/new.md"}


def test_a_finding_without_a_certain_fix_has_no_fix_key(workdir: Path, run_main: Callable[..., Exit]) -> None:
    majority(workdir)
    (workdir / "sources" / "c.md").unlink()
    [finding] = json.loads(run_main("check", "--isolated", "sources", "--format", "json").stdout)["findings"]
    assert finding["rule"] == "FC201" and "fix" not in finding and "fixes" not in finding


def test_sarif_gives_each_fixable_result_its_replacements(
    newsroom: Path, run_main: Callable[..., Exit]
) -> None:
    [result] = json.loads(check(run_main, "sources/new.md", "--format", "sarif").stdout)["runs"][0]["results"]
    [fix] = result["fixes"]
    [change] = fix["artifactChanges"]
    assert change["artifactLocation"] == {"uri": "sources/new.md", "uriBaseId": "%SRCROOT%"}
    assert change["replacements"][0] == {
        "deletedRegion": {"startLine": 4, "startColumn": 1, "endLine": 4, "endColumn": 11},
        "insertedContent": {"text": "Oren Vasko"},
    }
    assert len(change["replacements"]) == 3


@pytest.mark.skipif(not SARIF_SCHEMA.exists(), reason="../shared is absent")
def test_sarif_with_fixes_is_valid_against_the_official_schema(
    newsroom: Path, run_main: Callable[..., Exit]
) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    document = json.loads(check(run_main, "sources/new.md", "--format", "sarif").stdout)
    errors = sorted(jsonschema.Draft4Validator(schema).iter_errors(document), key=str)
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors)


# --- which rules fix ---------------------------------------------------------------------------------


def test_the_fixable_rules_say_how_they_fix(run_main: Callable[..., Exit]) -> None:
    fixable = [rule.code for rule in BUILTIN_RULES if rule.info().fixable]
    assert fixable == ["FC201", "FC203", "FC211"]
    for code in fixable:
        assert "Fix:" in run_main("rules", "--explain", code).stdout


def test_the_terminal_report_says_what_a_fix_would_write_and_how_to_make_it(
    newsroom: Path, run_main: Callable[..., Exit]
) -> None:
    result = check(run_main, "sources/new.md")
    assert (
        "help: write 'Oren Vasko' / 'Vasko' (3 edits in 1 article; see with --diff, apply with --fix)"
        in result.stdout
    )
