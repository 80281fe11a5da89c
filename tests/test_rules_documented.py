"""Every built-in rule documents itself: code, name, severity, and a conflicting and consistent example."""

from __future__ import annotations

import re

import pytest

from factcheck.model import Severity
from factcheck.rules import BUILTIN_RULES, rule_by_code

RULES = [pytest.param(rule, id=getattr(rule, "code", rule.__name__)) for rule in BUILTIN_RULES]


def test_there_are_built_in_rules():
    assert len(BUILTIN_RULES) >= 4


@pytest.mark.parametrize("rule", RULES)
def test_rule_has_a_code_like_fc_and_three_digits(rule):
    assert re.fullmatch(r"FC\d{3}", rule.code)


@pytest.mark.parametrize("rule", RULES)
def test_rule_has_a_dotted_name(rule):
    assert re.fullmatch(r"[a-z]+(?:\.[a-z-]+)+", rule.name)


@pytest.mark.parametrize("rule", RULES)
def test_rule_has_a_severity(rule):
    assert isinstance(rule.severity, Severity)


@pytest.mark.parametrize("rule", RULES)
def test_rule_docstring_has_a_conflicting_and_a_consistent_example(rule):
    doc = rule.__doc__ or ""
    assert "Conflicting:" in doc
    assert "Consistent:" in doc


@pytest.mark.parametrize("rule", RULES)
def test_rule_docstring_starts_with_a_one_line_summary(rule):
    lines = (rule.__doc__ or "").strip().splitlines()
    assert lines and lines[0].strip()


@pytest.mark.parametrize("rule", RULES)
def test_rule_is_found_by_code_and_by_name(rule):
    assert rule_by_code(rule.code) is rule
    assert rule_by_code(rule.name) is rule


def test_rule_codes_and_names_are_unique():
    codes = [rule.code for rule in BUILTIN_RULES]
    names = [rule.name for rule in BUILTIN_RULES]
    assert len(codes) == len(set(codes))
    assert len(names) == len(set(names))
