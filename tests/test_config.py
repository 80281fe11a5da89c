"""Configuration: finding the file, every key, paths, rule selection, provenance and errors."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from factcheck.config import Config, Overrides, describe, find_config, load_config
from factcheck.errors import ConfigError
from factcheck.model import Severity
from factcheck.policy.selection import rule_enabled, severity_of


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def load(folder: Path, text: str) -> Config:
    """Settings from a factcheck.toml with `text` in `folder`."""
    return load_config(write(folder / "factcheck.toml", text))


# Finding the file


def test_no_config_file_anywhere_up_gives_none(workdir):
    assert find_config(workdir) is None


def test_factcheck_toml_in_a_parent_folder_is_found(workdir):
    config = write(workdir / "factcheck.toml", 'fail-on = "warning"\n')
    assert find_config(workdir / "desk" / "politics") == config


def test_pyproject_without_a_factcheck_table_is_passed_over(workdir):
    outer = write(workdir / "pyproject.toml", '[tool.factcheck]\nfail-on = "info"\n')
    write(workdir / "newsroom" / "pyproject.toml", '[project]\nname = "newsroom"\n')
    assert find_config(workdir / "newsroom") == outer


def test_pyproject_with_a_factcheck_table_is_found(workdir):
    pyproject = write(workdir / "pyproject.toml", '[tool.factcheck]\nselect = ["FC1"]\n')
    assert find_config(workdir) == pyproject


def test_factcheck_toml_wins_over_pyproject_in_the_same_folder(workdir):
    write(workdir / "pyproject.toml", '[tool.factcheck]\nfail-on = "info"\n')
    own = write(workdir / "factcheck.toml", 'fail-on = "warning"\n')
    assert find_config(workdir) == own


def test_the_nearest_folder_with_a_config_wins(workdir):
    write(workdir / "factcheck.toml", 'fail-on = "info"\n')
    nearer = write(workdir / "desk" / "pyproject.toml", '[tool.factcheck]\nfail-on = "warning"\n')
    assert find_config(workdir / "desk" / "sports") == nearer


def test_a_malformed_pyproject_met_on_the_way_up_is_an_error(workdir):
    write(workdir / "pyproject.toml", "[tool.factcheck\n")
    with pytest.raises(ConfigError, match=r"pyproject\.toml: malformed TOML"):
        find_config(workdir)


# Reading the file


def test_no_path_gives_the_defaults():
    config = load_config(None)
    assert (config.sources, config.claims, config.reference) == ("sources", "claims", "claims/reference.yaml")
    assert config.select == ("FC",)
    assert config.ignore == ()
    assert config.severity == ()
    assert config.fail_on is Severity.ERROR
    assert config.per_path_ignores == ()
    assert config.output_format == "full"
    assert config.baseline is None
    assert config.path is None


def test_settings_are_read_from_the_tool_table_of_pyproject(workdir):
    path = write(workdir / "pyproject.toml", '[project]\nname = "n"\n\n[tool.factcheck]\nfail-on = "info"\n')
    assert load_config(path).fail_on is Severity.INFO


def test_factcheck_toml_may_use_a_tool_table_too(workdir):
    config = load(workdir, '[tool.factcheck]\noutput-format = "json"\n')
    assert config.output_format == "json"


def test_factcheck_toml_may_not_mix_top_level_keys_and_a_tool_table(workdir):
    with pytest.raises(ConfigError, match=r"factcheck.toml: 'fail-on' outside \[tool.factcheck\]"):
        load(workdir, 'fail-on = "info"\n[tool.factcheck]\nselect = ["FC1"]\n')


def test_every_key_is_read(workdir):
    config = load(
        workdir,
        """
sources = "articles"
claims = "extracted"
reference = "facts/registry.yaml"
select = ["FC1", "FC2"]
ignore = ["FC203"]
severity = { FC202 = "warning" }
fail-on = "warning"
per-path-ignores = { "articles/agency-*.md" = ["FC2"] }
output-format = "sarif"
baseline = "ci/accepted.json"
""",
    )
    assert (config.sources, config.claims, config.reference) == (
        "articles",
        "extracted",
        "facts/registry.yaml",
    )
    assert (config.select, config.ignore) == (("FC1", "FC2"), ("FC203",))
    assert config.severity == (("FC202", Severity.WARNING),)
    assert config.fail_on is Severity.WARNING
    assert config.per_path_ignores == (("articles/agency-*.md", ("FC2",)),)
    assert (config.output_format, config.baseline) == ("sarif", "ci/accepted.json")


def test_paths_are_relative_to_the_config_folder_and_come_out_relative_to_the_working_folder(
    workdir, monkeypatch
):
    write(workdir / "factcheck.toml", 'sources = "articles"\nbaseline = "ci/accepted.json"\n')
    monkeypatch.chdir(write(workdir / "desk" / "notes.txt", "").parent)
    config = load_config(find_config(Path.cwd()))
    assert (config.sources, config.baseline) == ("../articles", "../ci/accepted.json")


def test_default_paths_are_anchored_to_the_config_folder(workdir, monkeypatch):
    write(workdir / "factcheck.toml", 'fail-on = "info"\n')
    (workdir / "desk").mkdir()
    monkeypatch.chdir(workdir / "desk")
    config = load_config(find_config(Path.cwd()))
    assert (config.sources, config.claims) == ("../sources", "../claims")
    assert config.reference == "../claims/reference.yaml"


def test_the_config_object_cannot_be_changed(workdir):
    with pytest.raises(dataclasses.FrozenInstanceError):
        load_config(None).fail_on = Severity.INFO  # type: ignore[misc]


# Rule selection


def test_every_rule_is_enabled_by_default():
    config = load_config(None)
    assert rule_enabled(config, "FC101") and rule_enabled(config, "FC412")


def test_select_narrows_to_the_listed_prefixes(workdir):
    config = load(workdir, 'select = ["FC2"]\n')
    assert rule_enabled(config, "FC201")
    assert not rule_enabled(config, "FC101")


def test_ignore_removes_a_rule(workdir):
    config = load(workdir, 'ignore = ["FC203"]\n')
    assert not rule_enabled(config, "FC203")
    assert rule_enabled(config, "FC202")


def test_a_more_specific_select_beats_a_broader_ignore(workdir):
    config = load(workdir, 'select = ["FC101"]\nignore = ["FC1"]\n')
    assert rule_enabled(config, "FC101")
    assert not rule_enabled(config, "FC111")


def test_a_more_specific_ignore_beats_a_broader_select(workdir):
    config = load(workdir, 'select = ["FC2"]\nignore = ["FC20"]\n')
    assert rule_enabled(config, "FC211")
    assert not rule_enabled(config, "FC201")


def test_ignore_wins_over_select_at_equal_specificity(workdir):
    config = load(workdir, 'select = ["FC3"]\nignore = ["FC3"]\n')
    assert not rule_enabled(config, "FC301")


def test_a_dotted_rule_name_selects_that_rule(workdir):
    config = load(workdir, 'select = ["spelling.style"]\n')
    assert rule_enabled(config, "FC202")
    assert not rule_enabled(config, "FC201")


def test_a_rule_name_counts_as_specific_as_its_code(workdir):
    config = load(workdir, 'ignore = ["FC2"]\nselect = ["spelling.typo"]\n')
    assert rule_enabled(config, "FC203")
    assert not rule_enabled(config, "FC202")


# Severity


def test_severity_table_overrides_a_rule_default(workdir):
    config = load(workdir, '[severity]\nFC202 = "warning"\n')
    assert severity_of(config, "FC202", Severity.INFO) is Severity.WARNING


def test_severity_of_an_unlisted_rule_is_its_default(workdir):
    config = load(workdir, '[severity]\nFC202 = "warning"\n')
    assert severity_of(config, "FC101", Severity.ERROR) is Severity.ERROR


def test_the_most_specific_severity_entry_wins(workdir):
    config = load(workdir, '[severity]\nFC2 = "error"\n"spelling.typo" = "info"\nFC20 = "warning"\n')
    assert severity_of(config, "FC201", Severity.WARNING) is Severity.WARNING
    assert severity_of(config, "FC211", Severity.WARNING) is Severity.ERROR
    assert severity_of(config, "FC203", Severity.WARNING) is Severity.INFO


def test_severity_words_are_read_whatever_their_case(workdir):
    assert load(workdir, 'fail-on = "Warning"\n').fail_on is Severity.WARNING


# Per-path ignores


def test_per_path_ignore_applies_to_matching_articles_only(workdir):
    config = load(workdir, '[per-path-ignores]\n"sources/agency-*.md" = ["FC2"]\n')
    assert not rule_enabled(config, "FC201", "sources/agency-reuters.md")
    assert rule_enabled(config, "FC201", "sources/own-desk.md")
    assert rule_enabled(config, "FC101", "sources/agency-reuters.md")


def test_per_path_globs_are_relative_to_the_config_folder(workdir, monkeypatch):
    write(workdir / "factcheck.toml", '[per-path-ignores]\n"sources/agency-*.md" = ["FC2"]\n')
    (workdir / "sources").mkdir()
    monkeypatch.chdir(workdir / "sources")
    config = load_config(find_config(Path.cwd()))
    assert not rule_enabled(config, "FC202", "agency-wire.md")
    assert rule_enabled(config, "FC202", "other.md")


def test_a_star_stays_inside_one_folder(workdir):
    config = load(workdir, '[per-path-ignores]\n"sources/*.md" = ["FC1"]\n')
    assert not rule_enabled(config, "FC101", "sources/a.md")
    assert rule_enabled(config, "FC101", "sources/archive/2019/a.md")


def test_a_double_star_crosses_folders(workdir):
    config = load(workdir, '[per-path-ignores]\n"sources/**/op-ed-*.md" = ["FC1"]\n')
    assert not rule_enabled(config, "FC101", "sources/op-ed-rain.md")
    assert not rule_enabled(config, "FC101", "sources/2024/june/op-ed-rain.md")


def test_a_trailing_double_star_covers_a_whole_tree(workdir):
    config = load(workdir, '[per-path-ignores]\n"sources/archive/**" = ["FC2"]\n')
    assert not rule_enabled(config, "FC201", "sources/archive/1998/05/flood.md")
    assert rule_enabled(config, "FC201", "sources/flood.md")


def test_a_glob_without_slash_matches_a_name_at_any_depth(workdir):
    config = load(workdir, '[per-path-ignores]\n"*.txt" = ["FC203"]\n')
    assert not rule_enabled(config, "FC203", "sources/wires/transcript.txt")
    assert rule_enabled(config, "FC203", "sources/wires/story.md")


def test_a_glob_naming_a_folder_covers_everything_in_it(workdir):
    config = load(workdir, '[per-path-ignores]\n"sources/archive" = ["FC4"]\n')
    assert not rule_enabled(config, "FC401", "sources/archive/1998/flood.md")
    assert rule_enabled(config, "FC401", "sources/flood.md")


def test_per_path_ignore_wins_over_an_exact_select(workdir):
    config = load(workdir, 'select = ["FC101"]\n[per-path-ignores]\n"sources/*" = ["FC1"]\n')
    assert not rule_enabled(config, "FC101", "sources/a.md")


def test_an_article_outside_the_config_folder_is_not_matched(workdir, tmp_path_factory):
    config = load(workdir / "project", '[per-path-ignores]\n"*.md" = ["FC1"]\n')
    elsewhere = tmp_path_factory.mktemp("elsewhere") / "a.md"
    assert rule_enabled(config, "FC101", str(elsewhere))


# Provenance, overrides and describe


def test_provenance_names_the_file_for_keys_it_sets(workdir):
    config = load(workdir, 'fail-on = "info"\n')
    assert config.provenance["fail_on"] == "factcheck.toml"
    assert config.provenance["select"] == "default"


def test_provenance_of_the_defaults_is_default():
    assert set(load_config(None).provenance.values()) == {"default"}


def test_overrides_replace_values_and_are_recorded_as_command_line(workdir):
    base = load(workdir, 'fail-on = "info"\n')
    config = base.with_overrides(Overrides(fail_on="warning", output_format="junit"))
    assert (config.fail_on, config.output_format) == (Severity.WARNING, "junit")
    assert config.provenance["fail_on"] == "command line"
    assert config.provenance["output_format"] == "command line"
    assert config.provenance["sources"] == "default"
    assert base.fail_on is Severity.INFO


def test_an_override_of_none_leaves_the_setting_alone(workdir):
    config = load(workdir, 'fail-on = "info"\n').with_overrides(Overrides(fail_on=None))
    assert config.fail_on is Severity.INFO
    assert config.provenance["fail_on"] == "factcheck.toml"


def test_a_select_override_may_be_comma_separated():
    config = load_config(None).with_overrides(Overrides(select="FC1, FC3"))
    assert config.select == ("FC1", "FC3")


def test_a_bad_override_is_a_config_error_naming_the_command_line():
    with pytest.raises(ConfigError, match="command line: fail-on: severity must be one of"):
        load_config(None).with_overrides(Overrides(fail_on="loud"))


def test_an_override_of_an_unknown_setting_is_a_programming_error():
    with pytest.raises(TypeError, match="colour"):
        load_config(None).with_overrides(Overrides(colour="red"))


def test_describe_shows_every_setting_with_its_origin(workdir):
    config = load(workdir, 'select = ["FC1"]\n').with_overrides(Overrides(baseline="accepted.json"))
    lines = describe(config)
    assert lines[0] == "# config file: factcheck.toml"
    assert 'select = ["FC1"]  # factcheck.toml' in lines
    assert 'baseline = "accepted.json"  # command line' in lines
    assert 'fail-on = "error"  # default' in lines
    assert len(lines) == 14


def test_describe_without_a_file_says_so():
    assert describe(load_config(None))[0] == "# config file: none, defaults only"


# Errors


def test_unknown_key_names_file_line_and_a_suggestion(workdir):
    with pytest.raises(ConfigError) as error:
        load(workdir, 'select = ["FC1"]\nfail_on = "info"\n')
    assert str(error.value) == "factcheck.toml:2: unknown key 'fail_on'; did you mean 'fail-on'?"


def test_unknown_key_in_pyproject_is_found_in_its_table(workdir):
    path = write(workdir / "pyproject.toml", '[tool.factcheck]\noutput = "json"\n')
    with pytest.raises(
        ConfigError, match=r"pyproject.toml:2: unknown key 'output'; did you mean 'output-format'\?"
    ):
        load_config(path)


def test_unknown_rule_code_is_an_error_with_a_suggestion(workdir):
    with pytest.raises(ConfigError) as error:
        load(workdir, 'select = [\n  "FC202",\n  "title.conflit",\n]\n')
    message = str(error.value)
    assert "factcheck.toml:3: select: 'title.conflit' is not the code, prefix or name of a rule" in message
    assert "did you mean FC101 (title.conflict)?" in message


def test_a_prefix_that_matches_no_rule_is_an_error(workdir):
    with pytest.raises(ConfigError, match="ignore: 'FC9' is not the code, prefix or name of a rule"):
        load(workdir, 'ignore = ["FC9"]\n')


def test_codes_are_read_in_any_case(workdir):
    config = load(
        workdir,
        'select = ["fc2", "Spelling.Style"]\nignore = ["fc203"]\n'
        '[severity]\nfc202 = "error"\n[per-path-ignores]\n"sources/*" = ["fc201"]\n',
    )
    assert config.select == ("FC2", "spelling.style")
    assert config.ignore == ("FC203",)
    assert config.severity == (("FC202", Severity.ERROR),)
    assert config.per_path_ignores == (("sources/*", ("FC201",)),)


def test_unknown_code_in_the_severity_table_is_an_error(workdir):
    with pytest.raises(ConfigError, match=r"factcheck.toml:2: severity: 'FC999'"):
        load(workdir, '[severity]\nFC999 = "error"\n')


def test_unknown_code_in_per_path_ignores_is_an_error(workdir):
    with pytest.raises(
        ConfigError, match=r"factcheck.toml:2: sources/\*: 'spelling.typos'.*FC203 \(spelling.typo\)"
    ):
        load(workdir, '[per-path-ignores]\n"sources/*" = ["spelling.typos"]\n')


def test_bad_severity_in_the_table_is_an_error_with_a_suggestion(workdir):
    with pytest.raises(
        ConfigError, match="severity must be one of info, warning, error, not 'warn'; did you mean 'warning'"
    ):
        load(workdir, '[severity]\nFC202 = "warn"\n')


def test_bad_fail_on_is_an_error_naming_its_line(workdir):
    with pytest.raises(ConfigError, match=r"factcheck\.toml:2: fail-on: severity must be one of"):
        load(workdir, 'select = ["FC"]\nfail-on = "never"\n')


def test_unknown_output_format_is_an_error_with_a_suggestion(workdir):
    with pytest.raises(ConfigError, match="unknown output format 'jsno'; did you mean 'json'"):
        load(workdir, 'output-format = "jsno"\n')


def test_a_string_where_a_list_belongs_is_an_error(workdir):
    with pytest.raises(ConfigError, match="select must be an array of rule codes, not a string"):
        load(workdir, 'select = "FC1"\n')


def test_a_number_where_a_path_belongs_is_an_error(workdir):
    with pytest.raises(ConfigError, match="sources must be a string, not an integer"):
        load(workdir, "sources = 3\n")


def test_a_list_where_a_table_belongs_is_an_error(workdir):
    with pytest.raises(ConfigError, match="per-path-ignores must be a table, not an array"):
        load(workdir, 'per-path-ignores = ["sources"]\n')


def test_malformed_toml_names_the_file_line_and_column(workdir):
    with pytest.raises(ConfigError) as error:
        load(workdir, 'select = ["FC1"]\nfail-on = \n')
    message = str(error.value)
    assert message.startswith("factcheck.toml: malformed TOML: ")
    assert "line 2, column" in message


def test_a_missing_config_file_is_an_error(workdir):
    with pytest.raises(ConfigError, match=r"nowhere\.toml: cannot read"):
        load_config(workdir / "nowhere.toml")
