"""The CI gate end to end, through `factcheck.cli.main`: targets from git, baselines, suppressions,
configuration files and output plumbing, in temporary folders and git repositories.

The corpus is about an invented run-off election in an invented country, Valdora. The three old
articles agree about the winner, Tomas Moravec ("President-elect", early March 2031), but two of
them disagree about Lidia Varga ("Prime Minister" against "former Prime Minister" a day apart): a
pre-existing FC101 conflict that must never fail a submission that does not touch it. The new
article calls Moravec "President" days later, an FC101 error against the corpus.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

HERALD = "sources/valdoran-herald-2031-03-02.md"
POST = "sources/kestrel-post-2031-03-03.md"
LEDGER = "sources/north-ledger-2031-03-04.md"
NEW = "sources/coastline-times-2031-03-06.md"
CLEAN = "sources/river-gazette-2031-03-05.md"
FACTCHECK = Path(sys.executable).with_name("factcheck")


def article(title: str, outlet: str, published: str, *paragraphs: str, extra: str = "") -> str:
    head = f'---\ntitle: "{title}"\noutlet: {outlet}\npublished: {published}\n{extra}---\n'
    return head + "\n\n".join(paragraphs) + "\n"


WIN = "Tomas Moravec won the presidential run-off in Valdora on Sunday, the electoral commission said."
THANKS = (
    "President-elect Tomas Moravec thanked voters in the capital, Kestrel, and promised a cabinet "
    "within a week."
)
TURNOUT = "Turnout reached 61 percent, according to the commission."
MEETING = "President-elect Tomas Moravec met party leaders in Kestrel on Monday to discuss his first cabinet."
VARGA_IN_OFFICE = "Prime Minister Lidia Varga attended the meeting."
ORDERLY = "Observers from the regional assembly called the run-off orderly."
CONCEDES = (
    "The opposition candidate Irena Sobek conceded on Tuesday and congratulated President-elect "
    "Tomas Moravec."
)
VARGA_FORMER = (
    "Sobek said her movement would remain in parliament, where former Prime Minister Lidia Varga "
    "presented the budget."
)
VARGA_AGREEING = "Sobek said her movement would remain in parliament and would vote on the budget."
PRESIDENT = (
    "President Tomas Moravec received delegations from three neighbouring states in Kestrel on Thursday."
)
TALKS = "The talks covered river shipping and a shared power grid."
CLEAN_ELECT = "President-elect Tomas Moravec toured flooded villages along the Sarn river on Wednesday."
CLEAN_AID = "He promised emergency funds once his cabinet is sworn in."

CORPUS = {
    HERALD: article(
        "Moravec wins Valdoran presidential run-off", "Valdoran Herald", "2031-03-02", WIN, THANKS, TURNOUT
    ),
    POST: article(
        "Valdora's new leader names his team", "Kestrel Post", "2031-03-03", MEETING, VARGA_IN_OFFICE, ORDERLY
    ),
    LEDGER: article("Valdoran opposition concedes", "North Ledger", "2031-03-04", CONCEDES, VARGA_FORMER),
}


def conflicting_article(*paragraphs: str, extra: str = "") -> str:
    """The new article: 'President Tomas Moravec' two days after the corpus says 'President-elect'."""
    return article(
        "Moravec hosts neighbours", "Coastline Times", "2031-03-06", *(paragraphs or (PRESIDENT, TALKS)),
        extra=extra,
    )  # fmt: skip


def clean_article(*paragraphs: str) -> str:
    """A new article that agrees with the corpus."""
    return article(
        "Moravec visits flood zone", "River Gazette", "2031-03-05", *(paragraphs or (CLEAN_ELECT, CLEAN_AID))
    )


# --- helpers ----------------------------------------------------------------------------------------


def write(root: Path, name: str, text: str) -> Path:
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8", newline="")
    return path


def pyproject(workdir: Path, body: str) -> Path:
    return write(workdir, "pyproject.toml", '[project]\nname = "newsroom"\n\n[tool.factcheck]\n' + body)


def report_of(result: Any) -> dict[str, Any]:
    assert result.stdout.strip(), f"no JSON on stdout; stderr: {result.stderr}"
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def evidence_paths(finding: dict[str, Any]) -> set[str]:
    return {e["path"] for e in finding["evidence"] if "start" in e}


def evidence_lines(findings: list[dict[str, Any]]) -> list[list[int]]:
    return [[e["line"] for e in f["evidence"] if "line" in e] for f in findings]


def entities(data: dict[str, Any]) -> set[str]:
    return {f["entity"] for f in data["findings"]}


def one_line(text: str) -> str:
    lines = [line for line in text.splitlines() if line.strip()]
    assert len(lines) == 1, f"expected one line on stderr, got {text!r}"
    return lines[0]


@pytest.fixture
def isolated_git(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Git as the tests and factcheck run it: no user or system config, a fixed identity, no
    repository above the test folder, no GIT_DIR leaking in from a hook."""
    for key in ("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY", "GIT_NAMESPACE"):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", os.devnull)
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))
    for role in ("AUTHOR", "COMMITTER"):
        monkeypatch.setenv(f"GIT_{role}_NAME", "Factcheck Tests")
        monkeypatch.setenv(f"GIT_{role}_EMAIL", "tests@factcheck.invalid")
        monkeypatch.setenv(f"GIT_{role}_DATE", "2031-03-07T12:00:00+00:00")


@dataclass
class Repo:
    root: Path

    def git(self, *args: str) -> str:
        done = subprocess.run(
            ["git", "-c", "commit.gpgsign=false", *args],
            cwd=self.root, capture_output=True, text=True, check=False,
        )  # fmt: skip
        assert done.returncode == 0, f"git {' '.join(args)}: {done.stderr}"
        return done.stdout

    def write(self, name: str, text: str) -> Path:
        return write(self.root, name, text)

    def commit(self, message: str) -> None:
        self.git("add", "-A")
        self.git("commit", "-q", "-m", message)

    def branch(self, name: str) -> None:
        self.git("checkout", "-q", "-b", name)


@pytest.fixture
def repo(workdir: Path, isolated_git: None) -> Repo:
    """A git repository in the test folder with the corpus committed on `main`, checked out on a
    new branch `submission`."""
    repo = Repo(workdir)
    repo.git("init", "-q")
    repo.git("symbolic-ref", "HEAD", "refs/heads/main")
    repo.git("config", "user.name", "Factcheck Tests")
    repo.git("config", "user.email", "tests@factcheck.invalid")
    for name, text in CORPUS.items():
        repo.write(name, text)
    repo.commit("corpus")
    repo.branch("submission")
    return repo


@pytest.fixture
def corpus(workdir: Path) -> Path:
    """The corpus in sources/, no git."""
    for name, text in CORPUS.items():
        write(workdir, name, text)
    return workdir / "sources"


Run = Callable[..., Any]


# --- 1, 2. --changed-since: a new article -------------------------------------------------------------


def test_the_corpus_itself_has_the_planted_old_conflict(run_main: Run, corpus: Path) -> None:
    """Precondition of the gate tests: checking the whole corpus reports Lidia Varga's two titles."""
    result = run_main("check", "--output-format", "json")
    assert result.code == 1
    data = report_of(result)
    assert entities(data) == {"Lidia Varga"}
    assert [evidence_paths(f) for f in data["findings"]] == [{POST, LEDGER}]


def test_changed_since_fails_a_new_conflicting_article_and_reports_only_its_findings(
    run_main: Run, repo: Repo
) -> None:
    repo.write(NEW, conflicting_article())
    repo.commit("new article")
    result = run_main("check", "--changed-since", "main", "--output-format", "json")
    assert result.code == 1, result.stderr
    data = report_of(result)
    assert data["findings"], "the new article's conflict is reported"
    for finding in data["findings"]:
        assert NEW in evidence_paths(finding), finding
    assert "Lidia Varga" not in entities(data)
    assert any(f["rule"] == "FC101" and f["entity"] == "Tomas Moravec" for f in data["findings"])
    assert [s["path"] for s in data["sources"]] == [NEW]


def test_changed_since_sees_a_new_article_not_yet_added_to_git(run_main: Run, repo: Repo) -> None:
    repo.write(NEW, conflicting_article())
    result = run_main("check", "--changed-since", "main", "--output-format", "json")
    assert result.code == 1, result.stderr
    assert [s["path"] for s in report_of(result)["sources"]] == [NEW]


def test_changed_since_passes_a_new_article_that_agrees_with_the_corpus(run_main: Run, repo: Repo) -> None:
    repo.write(CLEAN, clean_article())
    repo.commit("clean article")
    result = run_main("check", "--changed-since", "main", "--output-format", "json")
    assert result.code == 0, result.stdout
    data = report_of(result)
    assert data["findings"] == []
    assert [s["path"] for s in data["sources"]] == [CLEAN]


def test_changed_since_reads_the_configured_sources_folder(run_main: Run, repo: Repo) -> None:
    repo.git("mv", "sources", "articles")
    repo.write("pyproject.toml", '[tool.factcheck]\nsources = "articles"\n')
    repo.commit("the corpus moves to articles/")
    repo.git("branch", "-f", "main")
    repo.write(NEW.replace("sources/", "articles/"), conflicting_article())
    repo.commit("new article")
    result = run_main("check", "--changed-since", "main", "--output-format", "json")
    assert result.code == 1, result.stderr
    data = report_of(result)
    assert [s["path"] for s in data["sources"]] == [NEW.replace("sources/", "articles/")]
    assert entities(data) == {"Tomas Moravec"}


def test_changed_since_from_a_subfolder_of_the_repository_still_fails_the_new_conflict(
    run_main: Run, repo: Repo, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A config file up the tree anchors the sources folder; the gate must not depend on the cwd."""
    repo.write("pyproject.toml", '[tool.factcheck]\nsources = "sources"\n')
    repo.write(NEW, conflicting_article())
    repo.commit("new article")
    (repo.root / "tools").mkdir()
    monkeypatch.chdir(repo.root / "tools")
    result = run_main("check", "--changed-since", "main", "--output-format", "json")
    data = report_of(result)
    assert result.code == 1, f"sources {[s['path'] for s in data['sources']]}, findings {data['findings']}"
    assert entities(data) == {"Tomas Moravec"}


def test_the_installed_command_gates_a_submission(repo: Repo) -> None:
    repo.write(NEW, conflicting_article())
    repo.commit("new article")
    done = subprocess.run(
        [str(FACTCHECK), "check", "--changed-since", "main", "--output-format", "concise"],
        cwd=repo.root, capture_output=True, text=True, check=False,
        env={**os.environ, "NO_COLOR": "1"},
    )  # fmt: skip
    assert done.returncode == 1, done.stderr
    assert re.search(rf"^{re.escape(NEW)}:6:1: FC101 ", done.stdout, re.MULTILINE)
    assert "Lidia Varga" not in done.stdout


# --- 3. modified, renamed, deleted ---------------------------------------------------------------------


def test_changed_since_targets_a_modified_old_article(run_main: Run, repo: Repo) -> None:
    edited = CORPUS[HERALD].replace(
        "President-elect Tomas Moravec thanked", "President Tomas Moravec thanked"
    )
    repo.write(HERALD, edited)
    repo.commit("edit the herald")
    result = run_main("check", "--changed-since", "main", "--output-format", "json")
    assert result.code == 1, result.stderr
    data = report_of(result)
    assert [s["path"] for s in data["sources"]] == [HERALD]
    assert data["findings"]
    assert all(HERALD in evidence_paths(f) for f in data["findings"])
    assert "Lidia Varga" not in entities(data)


def test_changed_since_targets_a_renamed_article_under_its_new_name(run_main: Run, repo: Repo) -> None:
    renamed = "sources/2031/valdoran-herald-run-off.md"
    (repo.root / renamed).parent.mkdir(parents=True)
    repo.git("mv", HERALD, renamed)
    repo.commit("rename the herald")
    result = run_main("check", "--changed-since", "main", "--output-format", "json")
    assert result.code == 0, result.stdout
    assert [s["path"] for s in report_of(result)["sources"]] == [renamed]


def test_changed_since_does_not_target_a_deleted_article(run_main: Run, repo: Repo) -> None:
    repo.git("rm", "-q", HERALD)
    repo.write(CLEAN, clean_article())
    repo.commit("delete the herald, add a clean article")
    result = run_main("check", "--changed-since", "main", "--output-format", "json")
    assert result.code == 0, result.stdout
    assert [s["path"] for s in report_of(result)["sources"]] == [CLEAN]


def test_changed_since_with_only_a_deletion_has_no_targets(run_main: Run, repo: Repo) -> None:
    repo.git("rm", "-q", LEDGER)
    repo.commit("delete the ledger")
    result = run_main("check", "--changed-since", "main", "--output-format", "json")
    assert result.code == 0
    assert "no changed articles" in result.stderr
    assert report_of(result)["sources"] == []


# --- 4. --changed-since errors -------------------------------------------------------------------------


def test_changed_since_outside_a_git_repository_is_exit_2_with_one_line(
    run_main: Run, corpus: Path, isolated_git: None
) -> None:
    result = run_main("check", "--changed-since", "main")
    assert result.code == 2
    line = one_line(result.stderr)
    assert "not inside a git repository" in line
    assert "--changed-since" in line
    assert result.stdout == ""


def test_changed_since_an_unknown_ref_is_exit_2(run_main: Run, repo: Repo) -> None:
    result = run_main("check", "--changed-since", "no-such-branch")
    assert result.code == 2
    line = one_line(result.stderr)
    assert "no-such-branch" in line
    assert "unknown revision" in line
    assert result.stdout == ""


def test_changed_since_with_no_changed_articles_exits_0_with_a_message(run_main: Run, repo: Repo) -> None:
    repo.write("README.md", "Not an article of the corpus.\n")
    repo.commit("a file outside sources/")
    result = run_main("check", "--changed-since", "main")
    assert result.code == 0
    assert "no changed articles" in result.stderr
    assert "main" in result.stderr


def test_changed_since_and_targets_together_is_exit_2(run_main: Run, repo: Repo) -> None:
    result = run_main("check", HERALD, "--changed-since", "main")
    assert result.code == 2
    assert "not both" in result.stderr


# --- 5. baselines -----------------------------------------------------------------------------------


def test_a_baseline_hides_the_findings_it_records(run_main: Run, corpus: Path) -> None:
    written = run_main("check", "--write-baseline", "b.json")
    assert written.code == 0
    assert json.loads(Path("b.json").read_text(encoding="utf-8"))["findings"]
    result = run_main("check", "--baseline", "b.json", "--output-format", "json")
    assert result.code == 0, result.stdout
    data = report_of(result)
    assert data["baselined"] >= 1
    assert data["findings"] == []


def test_a_new_conflict_not_in_the_baseline_still_fails(run_main: Run, corpus: Path, workdir: Path) -> None:
    assert run_main("check", "--write-baseline", "b.json").code == 0
    write(workdir, NEW, conflicting_article())
    result = run_main("check", "--baseline", "b.json", "--output-format", "json")
    assert result.code == 1
    data = report_of(result)
    assert entities(data) == {"Tomas Moravec"}
    assert data["baselined"] >= 1


def test_an_edit_above_a_baselined_finding_keeps_it_baselined(
    run_main: Run, corpus: Path, workdir: Path
) -> None:
    assert run_main("check", "--write-baseline", "b.json").code == 0
    before = report_of(run_main("check", "--output-format", "json"))["findings"]
    inserted = "A correspondent in Kestrel contributed reporting.\n\nThe weather was cold and dry."
    for name, anchor in ((POST, MEETING), (LEDGER, CONCEDES)):
        write(workdir, name, CORPUS[name].replace(anchor, inserted + "\n\n" + anchor))
    after = report_of(run_main("check", "--output-format", "json"))["findings"]
    assert evidence_lines(before) != evidence_lines(after), "the finding moved down"
    result = run_main("check", "--baseline", "b.json", "--output-format", "json")
    assert result.code == 0, result.stdout
    data = report_of(result)
    assert data["baselined"] == len(before)
    assert data["stale_baseline"] == 0


def test_removing_a_baselined_conflict_makes_its_entry_stale(
    run_main: Run, corpus: Path, workdir: Path
) -> None:
    assert run_main("check", "--write-baseline", "b.json").code == 0
    write(workdir, LEDGER, CORPUS[LEDGER].replace(VARGA_FORMER, VARGA_AGREEING))
    result = run_main("check", "--baseline", "b.json", "--output-format", "json")
    assert result.code == 0
    data = report_of(result)
    assert data["stale_baseline"] >= 1
    assert data["baselined"] == 0


def test_writing_the_baseline_again_keeps_accepted_findings_and_drops_stale_entries(
    run_main: Run, corpus: Path, workdir: Path
) -> None:
    """docs/ci.md: with `baseline =` in the config, stale entries are deleted "by writing the
    baseline again"; the findings still accepted must stay in it."""
    write(workdir, NEW, conflicting_article())
    assert run_main("check", "--write-baseline", "b.json").code == 0
    pyproject(workdir, 'baseline = "b.json"\n')
    write(workdir, NEW, clean_article())  # the Moravec entry becomes stale
    assert report_of(run_main("check", "--output-format", "json"))["stale_baseline"] == 1
    assert run_main("check", "--write-baseline", "b.json").code == 0
    entries = json.loads(Path("b.json").read_text(encoding="utf-8"))["findings"]
    assert [e["entity"] for e in entries] == ["Lidia Varga"]
    result = run_main("check", "--output-format", "json")
    assert result.code == 0, result.stdout
    data = report_of(result)
    assert (data["baselined"], data["stale_baseline"]) == (1, 0)


def test_a_baseline_with_changed_since_fails_only_on_the_new_conflict(run_main: Run, repo: Repo) -> None:
    assert run_main("check", "--write-baseline", "b.json").code == 0
    repo.write(NEW, conflicting_article())
    repo.commit("new article")
    result = run_main("check", "--changed-since", "main", "--baseline", "b.json", "--output-format", "json")
    assert result.code == 1
    data = report_of(result)
    assert entities(data) == {"Tomas Moravec"}
    assert data["stale_baseline"] == 0, "checking a few targets does not make the others' entries stale"


# --- 6. suppressions -------------------------------------------------------------------------------


REASON = 'reason="the embargoed wire copy used the title a day early"'


def check_new(run_main: Run, workdir: Path, text: str, *flags: str) -> Any:
    """Check the new article against the corpus (the corpus's own conflict is out of scope)."""
    for name, corpus_text in CORPUS.items():
        write(workdir, name, corpus_text)
    write(workdir, NEW, text)
    return run_main("check", NEW, "--output-format", "json", *flags)


def test_the_new_article_fails_without_a_suppression(run_main: Run, workdir: Path) -> None:
    result = check_new(run_main, workdir, conflicting_article())
    assert result.code == 1
    assert entities(report_of(result)) == {"Tomas Moravec"}


def test_an_ignore_comment_with_a_reason_suppresses_the_paragraph_after_it(
    run_main: Run, workdir: Path
) -> None:
    text = conflicting_article(f"<!-- factcheck: ignore FC101 {REASON} -->\n{PRESIDENT}", TALKS)
    result = check_new(run_main, workdir, text)
    assert result.code == 0, result.stdout
    data = report_of(result)
    assert data["suppressed"] == 1
    assert data["findings"] == []
    assert data["notices"] == []


def test_an_ignore_comment_without_a_reason_is_fc002_and_not_applied(run_main: Run, workdir: Path) -> None:
    text = conflicting_article(f"<!-- factcheck: ignore FC101 -->\n{PRESIDENT}", TALKS)
    result = check_new(run_main, workdir, text)
    assert result.code == 1
    data = report_of(result)
    assert data["suppressed"] == 0
    assert entities(data) == {"Tomas Moravec"}
    codes = [(n["code"], n["path"]) for n in data["notices"]]
    assert ("FC002", NEW) in codes
    assert any("reason" in n["message"] for n in data["notices"])


def test_a_suppression_that_suppresses_nothing_is_fc001(run_main: Run, workdir: Path) -> None:
    text = conflicting_article(PRESIDENT, f"<!-- factcheck: ignore FC101 {REASON} -->\n{TALKS}")
    result = check_new(run_main, workdir, text)
    assert result.code == 1
    data = report_of(result)
    unused = [n for n in data["notices"] if n["code"] == "FC001"]
    assert len(unused) == 1
    assert unused[0]["path"] == NEW
    assert unused[0]["line"] == 8  # five lines of front matter, the first paragraph, a blank line


def test_a_disable_enable_pair_suppresses_what_it_encloses(run_main: Run, workdir: Path) -> None:
    text = conflicting_article(
        f"<!-- factcheck: disable FC1 {REASON} -->", PRESIDENT, "<!-- factcheck: enable FC1 -->", TALKS
    )
    result = check_new(run_main, workdir, text)
    assert result.code == 0, result.stdout
    data = report_of(result)
    assert data["suppressed"] == 1
    assert data["notices"] == []


def test_a_disable_enable_pair_does_not_cover_text_after_the_enable(run_main: Run, workdir: Path) -> None:
    text = conflicting_article(
        f"<!-- factcheck: disable FC1 {REASON} -->", TALKS, "<!-- factcheck: enable FC1 -->", PRESIDENT
    )
    result = check_new(run_main, workdir, text)
    assert result.code == 1
    data = report_of(result)
    assert entities(data) == {"Tomas Moravec"}
    assert [n["code"] for n in data["notices"]] == ["FC001"]


def test_a_front_matter_ignore_suppresses_the_whole_article(run_main: Run, workdir: Path) -> None:
    extra = 'factcheck: {ignore: [FC101], reason: "syndicated copy, corrected upstream"}\n'
    result = check_new(run_main, workdir, conflicting_article(extra=extra))
    assert result.code == 0, result.stdout
    data = report_of(result)
    assert data["suppressed"] == 1
    assert data["notices"] == []


# --- 7. configuration ---------------------------------------------------------------------------------


@pytest.fixture
def submission(corpus: Path, workdir: Path) -> Path:
    """The corpus (with its old conflict) and the new conflicting article, no config yet."""
    return write(workdir, NEW, conflicting_article())


def test_config_severity_demotes_a_rule_below_the_default_fail_on(
    run_main: Run, submission: Path, workdir: Path
) -> None:
    pyproject(workdir, 'severity = {FC101 = "warning"}\n')
    result = run_main("check", "--output-format", "json")
    assert result.code == 0, result.stdout
    data = report_of(result)
    assert data["findings"]
    assert {f["severity"] for f in data["findings"] if f["rule"] == "FC101"} == {"warning"}


def test_config_fail_on_warning_fails_on_warnings(run_main: Run, submission: Path, workdir: Path) -> None:
    pyproject(workdir, 'fail-on = "warning"\nseverity = {FC101 = "warning"}\n')
    assert run_main("check").code == 1


def test_the_command_line_fail_on_wins_over_the_file(run_main: Run, submission: Path, workdir: Path) -> None:
    pyproject(workdir, 'fail-on = "warning"\nseverity = {FC101 = "warning"}\n')
    assert run_main("check", "--fail-on", "error").code == 0


def test_config_ignore_by_prefix_drops_the_rules(run_main: Run, submission: Path, workdir: Path) -> None:
    pyproject(workdir, 'ignore = ["FC1"]\n')
    result = run_main("check", "--output-format", "json")
    assert result.code == 0, result.stdout
    assert not [f for f in report_of(result)["findings"] if f["rule"].startswith("FC1")]


def test_config_per_path_ignores_drop_findings_only_within_their_glob(run_main: Run, workdir: Path) -> None:
    for name, text in CORPUS.items():
        write(workdir, name.replace("sources/", "sources/archive/"), text)
    write(workdir, NEW, conflicting_article())
    pyproject(workdir, '[tool.factcheck.per-path-ignores]\n"sources/archive/**" = ["FC101"]\n')
    result = run_main("check", "--output-format", "json")
    assert result.code == 1
    data = report_of(result)
    assert entities(data) == {"Tomas Moravec"}, "the conflict between two archived articles is dropped"


def test_config_sources_names_the_corpus_folder(run_main: Run, workdir: Path) -> None:
    for name, text in CORPUS.items():
        write(workdir, name.replace("sources/", "articles/"), text)
    pyproject(workdir, 'sources = "articles"\n')
    result = run_main("check", "--output-format", "json")
    assert result.code == 1
    data = report_of(result)
    assert {s["path"].split("/")[0] for s in data["sources"]} == {"articles"}
    assert entities(data) == {"Lidia Varga"}


def test_config_command_shows_each_setting_with_its_origin(run_main: Run, workdir: Path) -> None:
    pyproject(workdir, 'fail-on = "warning"\nignore = ["FC1"]\nsources = "articles"\n')
    result = run_main("config")
    assert result.code == 0
    lines = {line.split(" = ")[0]: line for line in result.stdout.splitlines() if " = " in line}
    expected = "sources claims reference select ignore severity fail-on per-path-ignores output-format"
    assert set(expected.split()) <= set(lines)
    assert "# baseline: not set (default)" in result.stdout.splitlines()  # TOML has no null
    assert lines["fail-on"].endswith("# pyproject.toml")
    assert '"warning"' in lines["fail-on"]
    assert lines["ignore"].endswith("# pyproject.toml")
    assert lines["sources"].endswith("# pyproject.toml")
    assert lines["output-format"].endswith("# default")
    assert lines["claims"].endswith("# default")
    assert "pyproject.toml" in result.stdout.splitlines()[0]


def test_config_command_without_a_file_shows_defaults(run_main: Run, workdir: Path) -> None:
    result = run_main("config")
    assert result.code == 0
    settings = [line for line in result.stdout.splitlines() if " = " in line]
    assert settings and all(line.endswith("# default") for line in settings)


BAD_CONFIGS = {
    "unknown key": ('fail_on = "error"\n', ["fail_on", "did you mean 'fail-on'"]),
    "bad severity value": ('fail-on = "fatal"\n', ["fatal", "severity must be one of"]),
    "bad severity in the table": ('severity = {FC101 = "critical"}\n', ["critical"]),
    "unknown rule code in select": ('select = ["FC999"]\n', ["FC999"]),
    "malformed TOML": ('fail-on = "error\n', ["malformed TOML"]),
    "wrong type": ('ignore = "FC1"\n', ["ignore", "array"]),
    "wrong type in a table": ('per-path-ignores = {"sources/archive/**" = "FC1"}\n', ["array"]),
    "unknown rule code in severity": ('severity = {FC999 = "error"}\n', ["FC999"]),
}


@pytest.mark.parametrize("body, expected", list(BAD_CONFIGS.values()), ids=list(BAD_CONFIGS))
def test_a_bad_configuration_is_exit_2_naming_the_file(
    run_main: Run, submission: Path, workdir: Path, body: str, expected: list[str]
) -> None:
    pyproject(workdir, body)
    result = run_main("check")
    assert result.code == 2
    line = one_line(result.stderr)
    assert "pyproject.toml" in line
    for text in expected:
        assert text in line
    assert result.stdout == ""


# --- 8. output plumbing -----------------------------------------------------------------------------


def test_concise_output_prints_path_line_col_code(run_main: Run, submission: Path) -> None:
    result = run_main("check", NEW, "--output-format", "concise")
    assert result.code == 1
    findings = [line for line in result.stdout.splitlines() if re.match(r"^\S+:\d+:\d+: FC\d{3} ", line)]
    assert findings
    assert all(line.startswith(NEW + ":") for line in findings)
    assert any(re.match(rf"^{re.escape(NEW)}:6:1: FC101 ", line) for line in findings)


def test_output_file_gets_the_report_and_stdout_stays_empty(run_main: Run, submission: Path) -> None:
    result = run_main("check", "-o", "out.json", "--output-format", "json")
    assert result.code == 1
    assert result.stdout == ""
    data = json.loads(Path("out.json").read_text(encoding="utf-8"))
    assert data["version"] == 1
    assert data["findings"]


def test_repeated_reports_write_every_format_in_one_run(run_main: Run, submission: Path) -> None:
    result = run_main("check", NEW, "--report", "sarif:r.sarif", "--report", "junit:r.xml")
    assert result.code == 1
    sarif = json.loads(Path("r.sarif").read_text(encoding="utf-8"))
    assert sarif["version"] == "2.1.0"
    assert sarif["runs"][0]["results"]
    junit = ET.parse("r.xml").getroot()
    assert junit.tag in ("testsuites", "testsuite")
    assert "FC101" in Path("r.xml").read_text(encoding="utf-8")
    assert "FC101" in result.stdout, "the stdout report is still printed"


def test_an_unknown_report_format_is_exit_2(run_main: Run, submission: Path) -> None:
    result = run_main("check", "--report", "bogus:x")
    assert result.code == 2
    assert "unknown format 'bogus'" in result.stderr
    assert not Path("x").exists()


def test_format_is_an_alias_of_output_format(run_main: Run, submission: Path) -> None:
    result = run_main("check", NEW, "--format", "json")
    assert result.code == 1
    assert entities(report_of(result)) == {"Tomas Moravec"}


# --- 9. a target outside the context ---------------------------------------------------------------


def test_a_target_outside_the_context_is_compared_with_the_context(
    run_main: Run, corpus: Path, workdir: Path
) -> None:
    target = "submissions/coastline-times-2031-03-06.md"
    write(workdir, target, conflicting_article())
    result = run_main("check", target, "--context", "sources", "--output-format", "json")
    assert result.code == 1
    data = report_of(result)
    assert entities(data) == {"Tomas Moravec"}
    paths = set().union(*(evidence_paths(f) for f in data["findings"]))
    assert target in paths
    assert paths - {target} <= set(CORPUS) and paths - {target}
    assert [s["path"] for s in data["sources"]] == [target]


def test_a_clean_target_outside_the_context_passes(run_main: Run, corpus: Path, workdir: Path) -> None:
    target = "submissions/river-gazette-2031-03-05.md"
    write(workdir, target, clean_article())
    result = run_main("check", target, "--context", "sources", "--output-format", "json")
    assert result.code == 0, result.stdout
    assert report_of(result)["findings"] == []


# --- a finding about a submission points at the submission ---------------------------------------------


def test_a_finding_about_a_target_quotes_the_target_first(run_main: Run, workdir: Path) -> None:
    """The archive's rare spelling would lead the evidence; the submission's quote leads instead."""
    write(workdir, "archive/a-ledger.md", "Mahmud Karimi was elected mayor of Qasr on Sunday.\n")
    write(workdir, "archive/b-post.md", "Mahmoud Karimi was elected mayor of Qasr on Sunday.\n")
    write(workdir, "z-submission.md", "Mahmoud Karimi was sworn in as mayor of Qasr.\n")
    result = run_main("check", "--context", "archive", "z-submission.md", "--output-format", "json")
    findings = report_of(result)["findings"]
    assert findings, result.stderr
    assert all(f["evidence"][0]["path"] == "z-submission.md" for f in findings)
