"""The integrations: the GitHub composite action keeps inputs out of the shell and the job's Python
alone and uploads only a SARIF file that exists; the pre-commit hook follows the configured
sources folder; the CI guide's examples fit them."""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
ACTION = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
STEPS: list[dict[str, Any]] = ACTION["runs"]["steps"]
HOOK = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))[0]
GUIDE = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")

PIER = "Harbour master Mara Velden reopened the north pier in Port Alder on Tuesday.\n"
HARBOUR = "The north pier in Port Alder reopened on Tuesday, said harbour master Mara Veldon.\n"


def step(name: str) -> dict[str, Any]:
    return next(s for s in STEPS if s.get("name") == name or s.get("id") == name)


def setup_python() -> dict[str, Any]:
    return next(s for s in STEPS if str(s.get("uses", "")).startswith("actions/setup-python@"))


# --- action.yml -----------------------------------------------------------------------------------


@pytest.mark.parametrize("shell_step", [s for s in STEPS if "run" in s], ids=lambda s: s.get("name", "?"))
def test_no_input_is_pasted_into_a_shell_line(shell_step):
    assert "${{ inputs." not in shell_step["run"]
    assert "${{" not in shell_step["run"], "every expression goes through env:, quoted in the script"


def test_every_input_is_used_and_reaches_the_shell_only_through_the_environment():
    for name in ACTION["inputs"]:
        users = [s for s in STEPS if f"inputs.{name}" in yaml.safe_dump(s)]
        assert users, f"input {name} is not used"
        for user in users:
            assert f"inputs.{name}" not in user.get("run", "")


def test_the_jobs_python_is_left_alone():
    python = setup_python()["with"]
    assert python["update-environment"] in (False, "false")


def test_factcheck_is_installed_into_its_own_environment_in_the_runners_temporary_folder():
    install = step("Install factcheck")
    assert install["env"]["VENV"].startswith("${{ runner.temp }}/")
    assert install["env"]["PYTHON"] == "${{ steps.python.outputs.python-path }}"
    assert '"$PYTHON" -m venv "$VENV"' in install["run"]
    assert not re.search(r"(^|\s)python3? -m pip", install["run"]), "never the job's own pip"


def test_sarif_is_uploaded_only_when_asked_and_when_the_check_wrote_it():
    upload = next(s for s in STEPS if str(s.get("uses", "")).startswith("github/codeql-action/upload-sarif@"))
    condition = upload["if"]
    assert "hashFiles('factcheck.sarif') != ''" in condition
    assert "inputs.upload-sarif == 'true'" in condition
    assert upload["with"]["sarif_file"] == "factcheck.sarif"
    assert "--report sarif:factcheck.sarif" in step("Check the changed articles")["run"]


# --- the check step's script, run as GitHub runs it ------------------------------------------------


@pytest.fixture
def run_check_step(tmp_path: Path):
    """Run the check step's script with bash, as a runner does, against a stand-in `factcheck`
    that records its arguments one per line; returns those arguments."""
    bash = shutil.which("bash")
    if bash is None:
        pytest.skip("bash is not installed")
    stand_in = tmp_path / "factcheck"
    stand_in.write_text('#!/usr/bin/env bash\nprintf "%s\\n" "$@" > "$ARGUMENTS"\n', encoding="utf-8")
    stand_in.chmod(0o755)
    workspace = tmp_path / "workspace"
    workspace.mkdir()
    (workspace / "article.md").write_text(PIER, encoding="utf-8")  # what a glob would expand to

    def run(args: str) -> list[str]:
        recorded = tmp_path / "arguments"
        env = {
            "PATH": "/usr/bin:/bin",
            "FACTCHECK": str(stand_in),
            "BASE": "origin/main",
            "FAIL_ON": "warning",
            "ARGS": args,
            "GITHUB_STEP_SUMMARY": str(tmp_path / "summary.md"),
            "ARGUMENTS": str(recorded),
        }
        script = step("Check the changed articles")["run"]
        done = subprocess.run(
            [bash, "--noprofile", "--norc", "-eo", "pipefail", "-c", script],
            cwd=workspace, env=env, capture_output=True, text=True, check=False,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        assert sorted(p.name for p in workspace.iterdir()) == ["article.md"], "nothing ran"
        return recorded.read_text(encoding="utf-8").splitlines()

    return run


def test_the_check_step_passes_its_inputs_as_single_arguments(run_check_step, tmp_path):
    arguments = run_check_step("")
    assert arguments == [
        "check", "--changed-since", "origin/main", "--fail-on", "warning", "--output-format", "github",
        "--report", "sarif:factcheck.sarif", "--report", f"markdown:{tmp_path / 'summary.md'}",
    ]  # fmt: skip


def test_args_are_split_on_whitespace_and_newlines(run_check_step):
    arguments = run_check_step("--baseline .factcheck-baseline.json\n--select\tFC1  ")
    assert arguments[-4:] == ["--baseline", ".factcheck-baseline.json", "--select", "FC1"]


def test_args_cannot_run_commands_or_expand_globs(run_check_step):
    hostile = "$(touch pwned) `touch pwned` ; touch pwned && touch pwned | * $HOME"
    arguments = run_check_step(hostile)
    assert arguments[-len(hostile.split()) :] == hostile.split()


# --- the pre-commit hook --------------------------------------------------------------------------


def hook_files(paths: list[str]) -> list[str]:
    """The staged files pre-commit passes to the hook: those its `files` pattern matches."""
    return [path for path in paths if re.search(HOOK["files"], path)]


def hook(run_main, files: list[str]):
    """Run the hook's entry on the files pre-commit would pass, through the real entry point."""
    command = shlex.split(HOOK["entry"])
    assert command[0] == "factcheck"
    return run_main(*command[1:], *hook_files(files))


@pytest.fixture
def elsewhere(write_article, workdir: Path) -> Path:
    """A project whose articles live in newsroom/articles, as its configuration says."""
    write_article("newsroom/articles/pier.md", PIER, published="2031-03-04")
    write_article("newsroom/articles/harbour.md", HARBOUR, published="2031-03-05")
    write_article("newsroom/notes/plan.md", "Ask Mara Veldon about the pier.\n")
    (workdir / "pyproject.toml").write_text(
        '[tool.factcheck]\nsources = "newsroom/articles"\nfail-on = "warning"\n', encoding="utf-8"
    )
    return workdir


def test_the_hooks_pattern_takes_articles_in_any_folder():
    staged = ["newsroom/articles/pier.md", "archive/2031/story.HTML", "notes.txt", "src/tool.py", "logo.png"]
    assert hook_files(staged) == ["newsroom/articles/pier.md", "archive/2031/story.HTML", "notes.txt"]
    assert "--only-sources" in shlex.split(HOOK["entry"])


def test_the_hook_checks_the_articles_of_a_configured_sources_folder(run_main, elsewhere):
    result = hook(run_main, ["newsroom/articles/pier.md", "src/tool.py"])
    assert result.code == 1, result.stderr  # Mara Velden / Veldon, a warning, fails at "warning"
    assert "FC201" in result.stdout
    assert all(line.startswith("newsroom/articles/") for line in result.stdout.splitlines()[:-1])


def test_the_hook_ignores_staged_files_outside_the_sources_folder_and_says_how_many(run_main, elsewhere):
    result = hook(run_main, ["newsroom/articles/pier.md", "newsroom/notes/plan.md", "README.md"])
    assert result.code == 1
    assert "plan.md" not in result.stdout
    assert "factcheck: ignored 2 files of 3 given: not articles of newsroom/articles/" in result.stderr


def test_the_hook_passes_when_no_staged_file_is_an_article_of_the_sources_folder(run_main, elsewhere):
    result = hook(run_main, ["newsroom/notes/plan.md"])
    assert result.code == 0
    assert "no article of newsroom/articles/ among the 1 file given; nothing to check" in result.stderr
    assert "Veld" not in result.stdout


def test_only_sources_without_a_sources_folder_is_a_usage_error(run_main, write_article):
    write_article("stories/pier.md", PIER, published="2031-03-04")
    result = run_main("check", "--only-sources", "stories/pier.md")
    assert result.code == 2
    assert result.stderr.strip() == (
        "factcheck: error: --only-sources: no sources/ folder here (the configured sources)"
    )


def test_only_sources_counts_a_readme_in_the_sources_folder_as_no_article(run_main, elsewhere):
    (elsewhere / "newsroom" / "articles" / "README.md").write_text("# How we file\n", encoding="utf-8")
    result = run_main("check", "--only-sources", "newsroom/articles/README.md", "newsroom/articles/pier.md")
    assert "ignored 1 file of 2 given" in result.stderr


# --- the CI guide's examples fit what the repository ships ----------------------------------------


def yaml_blocks() -> list[Any]:
    return [yaml.safe_load(block) for block in re.findall(r"```yaml\n(.*?)```", GUIDE, re.DOTALL)]


def test_the_workflow_example_uses_only_inputs_the_action_has():
    workflow = next(b for b in yaml_blocks() if isinstance(b, dict) and "jobs" in b)
    steps = workflow["jobs"]["factcheck"]["steps"]
    action = next(s for s in steps if "/factcheck@" in s.get("uses", ""))
    assert set(action.get("with", {})) <= set(ACTION["inputs"])


def test_the_pre_commit_example_names_the_hook_the_repository_ships():
    config = next(b for b in yaml_blocks() if isinstance(b, dict) and "repos" in b)
    assert [h["id"] for h in config["repos"][0]["hooks"]] == [HOOK["id"]]


def test_only_sources_keeps_a_folder_inside_the_sources_folder(run_main, elsewhere):
    result = run_main("check", "--only-sources", "newsroom/articles", "newsroom/notes")
    assert result.code == 1
    assert "ignored 1 file of 2 given" in result.stderr
