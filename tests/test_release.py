"""Install and release: the distribution's name, one version everywhere, what the wheel carries,
and the README's and CI's commands."""

from __future__ import annotations

import fnmatch
import json
import re
import tomllib
from importlib.metadata import version
from pathlib import Path

import pytest

import factcheck

ROOT = Path(__file__).resolve().parent.parent
DISTRIBUTION = "factcheck-news"
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
README = (ROOT / "README.md").read_text(encoding="utf-8")
DOCUMENTS = {
    name: (ROOT / name).read_text(encoding="utf-8")
    for name in ("README.md", "docs/ci.md", "action.yml", ".pre-commit-hooks.yaml")
}
RELEASE_TAG = re.compile(r"v\d+\.\d+\.\d+")
STORY = "Harbour master Mara Velden reopened the north pier in Port Alder on Tuesday.\n"


def shell_blocks(markdown: str) -> list[str]:
    return re.findall(r"```sh\n(.*?)```", markdown, re.DOTALL)


# --- the name and the version ---------------------------------------------------------------------


def test_the_distribution_has_a_name_of_its_own():
    assert PYPROJECT["project"]["name"] == DISTRIBUTION


def test_the_command_and_the_import_package_keep_the_name_factcheck():
    assert PYPROJECT["project"]["scripts"] == {"factcheck": "factcheck.__main__:main"}
    assert PYPROJECT["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "factcheck.__version__"}


def test_the_installed_metadata_has_the_package_version():
    assert version(DISTRIBUTION) == factcheck.__version__


@pytest.mark.parametrize("flag", ["--version", "-V"])
def test_the_version_flag_prints_the_installed_distributions_version(run_main, flag):
    result = run_main(flag)
    assert result.code == 0
    assert result.stdout == f"factcheck {version(DISTRIBUTION)}\n"


def test_the_version_is_major_minor_patch_as_the_release_tags_are():
    assert RELEASE_TAG.fullmatch(f"v{factcheck.__version__}")


@pytest.mark.parametrize("output_format", ["json", "sarif"])
def test_machine_reports_name_the_installed_version(run_main, write_article, output_format):
    write_article("sources/pier.md", STORY, published="2031-03-04")
    result = run_main("check", "--no-cache", "--output-format", output_format)
    report = json.loads(result.stdout)
    tool = report["tool"] if output_format == "json" else report["runs"][0]["tool"]["driver"]
    assert tool["version"] == version(DISTRIBUTION)


def test_the_dask_extra_is_named_after_the_distribution():
    assert "dask" in PYPROJECT["project"]["optional-dependencies"]
    from factcheck.store.cluster import INSTALL_HINT

    assert f"'{DISTRIBUTION}[dask]'" in INSTALL_HINT


# --- documents and integrations use the name and the tags -----------------------------------------


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_no_document_installs_the_unrelated_factcheck_from_pypi(name):
    installs = re.findall(r"pip install\s+['\"]?(factcheck[\w.\-\[\]=]*)", DOCUMENTS[name])
    assert all(spec.startswith(DISTRIBUTION) for spec in installs), installs


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_every_pinned_release_in_a_document_is_the_current_release_tag(name):
    pins = re.findall(r"factcheck@(v?\d[\w.\-]*)|rev:\s*(v?\d[\w.\-]*)|==(\d[\w.]*)", DOCUMENTS[name])
    tags = [at or rev or f"v{exact}" for at, rev, exact in pins]
    assert all(tag == f"v{factcheck.__version__}" for tag in tags), tags


# --- the README's commands and CI -----------------------------------------------------------------


def test_the_readmes_first_command_installs_only_what_running_needs():
    first = shell_blocks(README)[0]
    assert "pip install ." in first and "[" not in first
    assert first.strip().endswith("factcheck check sources/")


def test_the_readme_says_the_first_run_exits_1_on_purpose():
    setup = README.split("## Set up and run", 1)[1].split("\n## ", 1)[0]
    assert "exits with status 1" in setup and "on purpose" in setup


def test_the_readmes_test_command_installs_the_dev_extra():
    second = shell_blocks(README)[1].strip()
    assert (
        second == "python3 -m venv .venv && .venv/bin/pip install -e '.[dev]' && .venv/bin/python -m pytest"
    )


def test_the_ci_script_states_the_readmes_test_command():
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    comment = " ".join(line.lstrip("# ") for line in script.splitlines() if line.startswith("#"))
    assert shell_blocks(README)[1].strip() in comment


def test_the_ci_script_builds_and_checks_the_release_outside_the_repository():
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert re.search(r"-m build .*--outdir \"\$release", script)
    assert "twine check --strict" in script
    assert "mktemp -d" in script


def test_the_release_tools_are_in_the_dev_extra():
    dev = " ".join(PYPROJECT["project"]["optional-dependencies"]["dev"])
    assert "build" in dev and "twine" in dev


def test_the_readme_documents_releasing_by_tag():
    releasing = README.split("## Releasing", 1)[1]
    assert "vMAJOR.MINOR.PATCH" in releasing
    for step in ("git tag", "-m build", "twine check", "twine upload"):
        assert step in releasing


# --- what the wheel carries -----------------------------------------------------------------------


def test_every_file_the_package_reads_is_package_data():
    """The wheel takes Python modules and the files package-data names: a word list or template
    outside those patterns would work from a clone and be missing from an install."""
    package = ROOT / "src" / "factcheck"
    patterns = PYPROJECT["tool"]["setuptools"]["package-data"]["factcheck"]
    data = [
        path.relative_to(package).as_posix()
        for path in package.rglob("*")
        if path.is_file() and path.suffix not in (".py", ".pyc") and "__pycache__" not in path.parts
    ]
    assert data, "the word lists are in src/factcheck/data"
    missing = [name for name in data if not any(fnmatch.fnmatch(name, p) for p in patterns)]
    assert missing == []


def test_the_ci_guide_pins_the_current_release_in_each_example():
    guide, release = DOCUMENTS["docs/ci.md"], factcheck.__version__
    assert f"pip install '{DISTRIBUTION}=={release}'" in guide  # the install line and GitLab's
    assert f"factcheck@v{release}" in guide  # the GitHub workflow
    assert f"rev: v{release}" in guide  # pre-commit
