"""Which findings a run reports and how loud: select and ignore, per-path ignores, severities, fail-on.

Selectors are rule codes ("FC101"), code prefixes ("FC2") or rule names ("spelling.style"). Between
`select` and `ignore` the most specific selector wins (a name counts as a full code); at equal
specificity `ignore` wins.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Sequence
from pathlib import Path, PurePosixPath

from factcheck.config import Config
from factcheck.model import Finding, Severity
from factcheck.rules import canonical_selector, rule_by_code


def rule_enabled(config: Config, code: str, path: str | None = None) -> bool:
    """Whether findings of rule `code` are reported (in the article at `path`, when given)."""
    chosen = _most_specific(code, config.select)
    dropped = _most_specific(code, config.ignore)
    if chosen is None or (dropped is not None and dropped >= chosen):
        return False
    return path is None or not _ignored_in(config, code, path)


def severity_of(config: Config, rule_code: str, default: Severity) -> Severity:
    """The severity configured for a rule, or its `default`."""
    best: tuple[int, Severity] | None = None
    for selector, severity in config.severity:
        specificity = _specificity(selector, rule_code)
        if specificity is not None and (best is None or specificity > best[0]):
            best = (specificity, severity)
    return default if best is None else best[1]


def reported(config: Config, finding: Finding) -> bool:
    """Per-path ignores: a finding stays unless its rule is ignored in every article it quotes."""
    paths = finding.paths
    return not paths or any(rule_enabled(config, finding.rule, path) for path in paths)


def failed(findings: Sequence[Finding], fail_on: Severity) -> bool:
    """Whether a run fails: a reported finding reaches the `fail_on` severity."""
    return any(f.severity >= fail_on for f in findings)


def _ignored_in(config: Config, code: str, path: str) -> bool:
    try:
        relative = Path(path).resolve().relative_to(Path(config.root).resolve()).as_posix()
    except ValueError:
        return False
    return any(
        _glob_matches(pattern, relative) and _most_specific(code, selectors) is not None
        for pattern, selectors in config.per_path_ignores
    )


def _specificity(selector: str, code: str) -> int | None:
    """How closely `selector` names rule `code` (a name counts as the full code), or None."""
    selector = canonical_selector(selector)
    if "." in selector:
        rule = rule_by_code(selector)
        return len(code) if rule is not None and rule.code == code else None
    return len(selector) if code.startswith(selector) else None


def _most_specific(code: str, selectors: Sequence[str]) -> int | None:
    found = [s for s in (_specificity(selector, code) for selector in selectors) if s is not None]
    return max(found, default=None)


def _glob_matches(pattern: str, relative: str) -> bool:
    """Whether a glob matches the article path or one of the folders it is in."""
    parts = PurePosixPath(relative).parts
    globs = pattern.removeprefix("./").strip("/").split("/")
    if len(globs) == 1:
        return any(fnmatch.fnmatchcase(part, globs[0]) for part in parts)
    return any(_segments_match(globs, parts[:end]) for end in range(1, len(parts) + 1))


def _segments_match(globs: Sequence[str], parts: Sequence[str]) -> bool:
    if not globs:
        return not parts
    if globs[0] == "**":
        return any(_segments_match(globs[1:], parts[i:]) for i in range(len(parts) + 1))
    return bool(parts) and fnmatch.fnmatchcase(parts[0], globs[0]) and _segments_match(globs[1:], parts[1:])
