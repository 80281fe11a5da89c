"""A check run as CI sees it: targets within their context, configured rules, suppressions, baseline."""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from factcheck.config import Config
from factcheck.files import shown_all
from factcheck.graph.build import analyse
from factcheck.lexicon import Lexicon
from factcheck.model import CheckResult, Finding, Notice, Registry, Source
from factcheck.policy.baseline import apply_baseline, read_baseline
from factcheck.policy.fixes import fixes_within
from factcheck.policy.selection import failed, reported, rule_enabled, severity_of
from factcheck.policy.suppressions import Suppression, apply_suppressions, read_suppressions
from factcheck.rules import BUILTIN_RULES, Rule, RuleContext, run_rules
from factcheck.sources import find_articles, load_corpus
from factcheck.store import Cluster, Progress
from factcheck.store.index import open_index
from factcheck.store.stamps import code_stamp


@dataclass(frozen=True, slots=True)
class CheckRequest:
    """What to check, and with what. No targets means every article of the context."""

    config: Config
    targets: tuple[str, ...]
    context: str | None  # a folder of articles always loaded beside the targets
    registry: Registry | None
    claims: Path | None
    lexicon: Lexicon
    jobs: int = 1  # processes extracting articles; 1 extracts in this one
    progress: Progress | None = None  # told as articles are read or extracted
    cluster: Cluster | None = None  # a Dask cluster to extract on, instead of local processes
    cache: Path | None = None  # the cache folder holding the corpus index; None: no index
    all_findings: bool = False  # work out every finding of the corpus, not only the targets' (a baseline)


@dataclass(frozen=True, slots=True)
class Outcome:
    """The result to render, and every finding of the run before targets and baseline (to write a
    baseline; a run focused on its targets, which writes none, worked out only theirs)."""

    result: CheckResult
    findings: tuple[Finding, ...]
    outside_links: tuple[tuple[Path, Path], ...] = ()  # symlinks skipped, with the folder searched


def enabled_rules(config: Config) -> tuple[type[Rule], ...]:
    """The built-in rules the configuration selects and does not ignore."""
    return tuple(r for r in BUILTIN_RULES if rule_enabled(config, r.code) or rule_enabled(config, r.name))


def anchored_on(finding: Finding, target_paths: set[str] | None) -> Finding:
    """The finding with the targets' evidence first, so that a report (and a CI annotation) points
    at the submitted article rather than the archive's; the order within each side is kept."""
    if not target_paths:
        return finding
    first = [e for e in finding.evidence if e.path in target_paths]
    if not first or finding.evidence[0].path in target_paths:
        return finding
    rest = [e for e in finding.evidence if e.path not in target_paths]
    return dataclasses.replace(finding, evidence=(*first, *rest))


def run_check(request: CheckRequest) -> Outcome:
    config = request.config
    targets = set(shown_all(find_articles(request.targets))) if request.targets else None
    corpus = load_corpus(
        [*([request.context] if request.context else []), *request.targets], config.max_article_size
    )
    sources = corpus.sources
    rules = enabled_rules(config)
    target_paths = None if targets is None else {s.path for s in sources if s.path in targets}
    # A baseline is matched, and written, against every finding of the corpus: no focus then.
    focus = None
    if target_paths is not None and not (config.baseline or request.all_findings):
        focus = frozenset(s.id for s in sources if s.path in target_paths)
    found = _rule_findings(request, sources, rules, focus)
    findings = [_with_severity(f, config) for f in found if reported(config, f)]
    suppressions, notices = _suppressions(sources, target_paths)
    kept = apply_suppressions(findings, suppressions)[0]
    on_targets = [f for f in findings if target_paths is None or set(f.paths) & target_paths]
    shown_findings, suppressed, unused = apply_suppressions(on_targets, suppressions)
    notices += [n for n in unused if target_paths is None or n.path in target_paths]
    targeted = [fixes_within(anchored_on(f, target_paths), target_paths) for f in shown_findings]
    # a conflict that two paths of a rule reach is one finding, counted alike in every format
    targeted = list(dict.fromkeys(targeted))
    baselined = 0
    stale = 0
    if config.baseline:
        baseline = apply_baseline(targeted, read_baseline(Path(config.baseline)), kept)
        targeted, baselined, stale = list(baseline.findings), baseline.hidden, baseline.stale
    shown = tuple(s for s in sources if target_paths is None or s.path in target_paths)
    result = CheckResult(
        sources=shown,
        findings=tuple(targeted),
        fail_on=config.fail_on,
        failed=failed(targeted, config.fail_on),
        rules=tuple(rule.info() for rule in rules),
        baselined=baselined,
        stale_baseline=stale,
        suppressed=suppressed,
        notices=tuple(sorted(notices, key=lambda n: (n.path, n.line, n.code))),
    )
    return Outcome(result, tuple(kept), corpus.outside_links)


def _rule_findings(
    request: CheckRequest,
    sources: Sequence[Source],
    rules: Sequence[type[Rule]],
    focus: frozenset[str] | None,
) -> tuple[Finding, ...]:
    """What the rules find in the corpus (at least every finding quoting a `focus` source): kept
    in the run cache under everything they depend on, so that checking an unchanged corpus again
    costs reading the articles and one row. A whole run's findings serve any focus."""
    if request.cache is None:
        return _worked_out(request, sources, rules, focus)
    with open_index(request.cache) as index:
        if index is None:
            return _worked_out(request, sources, rules, focus)
        keys = [run_key(sources, request.registry, rules, f) for f in dict.fromkeys([None, focus])]
        for key in keys:
            found = index.run_findings(key)
            if found is not None:
                return found
        found = _worked_out(request, sources, rules, focus)
        index.keep_run(keys[-1], found)
        return found


def _worked_out(
    request: CheckRequest,
    sources: Sequence[Source],
    rules: Sequence[type[Rule]],
    focus: frozenset[str] | None,
) -> tuple[Finding, ...]:
    analysis = analyse(
        sources,
        request.lexicon,
        request.claims,
        request.registry,
        request.jobs,
        request.progress,
        request.cluster,
        request.cache,
        growing=True,  # a check never shows why names were merged
    )
    return run_rules(RuleContext(analysis.graph, request.lexicon, request.registry, focus=focus), rules)


def run_key(
    sources: Sequence[Source],
    registry: Registry | None,
    rules: Sequence[type[Rule]],
    focus: frozenset[str] | None = None,
) -> str:
    """Everything the rules' findings depend on: factcheck's own code and word lists, each article
    (its path and content, in order), the registry, the rules selected and the focus. Stored
    claims do not enter: the index, which holds them, is keyed by the same content."""
    digest = hashlib.sha256(code_stamp().encode())
    for source in sources:
        digest.update(f"{source.id}\0{source.path}\0{source.content_hash}\n".encode())
    digest.update(repr(registry).encode())
    digest.update(",".join(rule.code for rule in rules).encode())
    if focus is not None:
        digest.update(("\0focus\0" + "\0".join(sorted(focus))).encode())
    return digest.hexdigest()


def nothing_to_check(config: Config) -> CheckResult:
    """The result of a run that had no article to check (no article changed, say)."""
    return CheckResult((), (), config.fail_on, failed=False)


def _with_severity(finding: Finding, config: Config) -> Finding:
    severity = severity_of(config, finding.rule, finding.severity)
    return finding if severity == finding.severity else dataclasses.replace(finding, severity=severity)


def _suppressions(
    sources: Sequence[Source], targets: set[str] | None
) -> tuple[list[Suppression], list[Notice]]:
    """Every suppression of the corpus; problems with them are reported for the targets only."""
    codes = [r.code for r in BUILTIN_RULES] + [r.name for r in BUILTIN_RULES]
    found: list[Suppression] = []
    notices: list[Notice] = []
    for source in sources:
        suppressions, problems = read_suppressions(source, codes)
        found.extend(suppressions)
        if targets is None or source.path in targets:
            notices.extend(problems)
    return found, notices
