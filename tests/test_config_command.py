"""`factcheck config` prints TOML: it parses, and saved as factcheck.toml gives the same settings."""

from __future__ import annotations

import dataclasses
import tomllib
from pathlib import Path

from factcheck.config import Config, find_config, load_config

EVERY_KIND = """\
[tool.factcheck]
sources = "articles/Velmora \\"harbour\\""
reference = "registry/référence.yaml"
select = ["fc2", "title.conflict"]
ignore = ["FC203"]
fail-on = "warning"
output-format = "json"
baseline = ".factcheck-baseline.json"
max-article-size = "512KB"
jobs = 3
[tool.factcheck.severity]
fc202 = "error"
"spelling.variant" = "info"
[tool.factcheck.per-path-ignores]
"articles/archive/**" = ["FC2", "FC101"]
"*.txt" = ["FC5"]
"""


def settings_of(config: Config) -> dict[str, object]:
    """Every setting, without where each came from (the file, and the folder its globs are relative to)."""
    return {
        f.name: getattr(config, f.name)
        for f in dataclasses.fields(config)
        if f.name not in ("provenance", "path", "root")
    }


def printed(run_cli, *args: str) -> str:
    result = run_cli("config", *args)
    assert result.exit_code == 0, result.output
    return result.stdout


def test_the_output_is_valid_toml(run_cli, workdir: Path):
    (workdir / "pyproject.toml").write_text(EVERY_KIND, encoding="utf-8")
    data = tomllib.loads(printed(run_cli))
    assert data["select"] == ["FC2", "title.conflict"]
    assert data["severity"] == {"FC202": "error", "spelling.variant": "info"}
    assert data["max-article-size"] == 512 * 1024
    assert data["sources"] == 'articles/Velmora "harbour"'


def test_saved_as_factcheck_toml_it_gives_the_same_settings(run_cli, workdir: Path):
    (workdir / "pyproject.toml").write_text(EVERY_KIND, encoding="utf-8")
    original = load_config(find_config(workdir))
    (workdir / "factcheck.toml").write_text(printed(run_cli), encoding="utf-8")
    assert find_config(workdir) == workdir / "factcheck.toml"
    assert settings_of(load_config(workdir / "factcheck.toml")) == settings_of(original)


def test_printing_the_saved_file_prints_the_same_settings(run_cli, workdir: Path):
    (workdir / "pyproject.toml").write_text(EVERY_KIND, encoding="utf-8")
    first = printed(run_cli)
    (workdir / "factcheck.toml").write_text(first, encoding="utf-8")
    assert tomllib.loads(printed(run_cli)) == tomllib.loads(first)


def test_the_defaults_round_trip_too(run_cli, workdir: Path):
    (workdir / "factcheck.toml").write_text(printed(run_cli, "--isolated"), encoding="utf-8")
    assert settings_of(load_config(workdir / "factcheck.toml")) == settings_of(Config())


def test_each_line_says_where_its_value_came_from(run_cli, workdir: Path):
    (workdir / "pyproject.toml").write_text(EVERY_KIND, encoding="utf-8")
    lines = printed(run_cli).splitlines()
    assert 'fail-on = "warning"  # pyproject.toml' in lines
    assert 'claims = "claims"  # default' in lines


def test_an_unset_setting_is_a_comment_since_toml_has_no_null(run_cli, workdir: Path):
    lines = printed(run_cli, "--isolated").splitlines()
    assert "# baseline: not set (default)" in lines
    assert "baseline" not in tomllib.loads("\n".join(lines))
