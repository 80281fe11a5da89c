"""The JUnit XML report: a test case per finding, failing only at or above --fail-on (as the run
does), so a CI dashboard counts as failures exactly what fails the run; a passing case per article
without findings."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from typing import TextIO

from factcheck.model import CheckResult, Evidence, Finding
from factcheck.report.locations import is_quote, location, primary
from factcheck.report.wording import headline

# Characters XML 1.0 cannot hold at all, not even escaped (form feeds and other controls).
NOT_XML = re.compile(r"[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def render(report: CheckResult, out: TextIO) -> None:
    root = ET.Element("testsuites")
    suite = ET.SubElement(root, "testsuite", name="factcheck")
    _properties(suite, report)
    names: Counter[tuple[str, str]] = Counter()
    for finding in report.findings:
        _finding_case(suite, finding, names, failing=finding.severity >= report.fail_on)
    involved = {e.source_id for f in report.findings for e in f.evidence if is_quote(e)}
    clean = [s for s in report.sources if s.id not in involved]
    for source in clean:
        path = xml_text(source.path)
        ET.SubElement(suite, "testcase", classname=path, name="no findings", file=path)
    notices = [f"{n.path}:{n.line}: {n.code} {n.message}" for n in report.notices]
    ET.SubElement(suite, "system-out").text = xml_text("\n".join([summary(report), *notices]) + "\n")
    tests, failures = str(len(report.findings) + len(clean)), str(len(failing(report)))
    for element in (root, suite):
        element.set("tests", tests)
        element.set("failures", failures)
        element.set("errors", "0")
    suite.set("skipped", "0")
    ET.indent(root)
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    out.write(ET.tostring(root, encoding="unicode"))
    out.write("\n")


def failing(report: CheckResult) -> list[Finding]:
    """The findings that fail the run, and so the test cases that fail."""
    return [f for f in report.findings if f.severity >= report.fail_on]


def summary(report: CheckResult) -> str:
    """`3 findings (1 error, 1 warning, 1 info) in 3 articles; 1 fails at --fail-on error`."""
    fails = len(failing(report))
    verb = "fails" if fails == 1 else "fail"
    return f"{headline(report)}; {fails} {verb} at --fail-on {report.fail_on}"


def _properties(suite: ET.Element, report: CheckResult) -> None:
    properties = ET.SubElement(suite, "properties")
    for name, value in (
        ("fail_on", str(report.fail_on)),
        ("baselined", str(report.baselined)),
        ("stale_baseline", str(report.stale_baseline)),
        ("suppressed", str(report.suppressed)),
    ):
        ET.SubElement(properties, "property", name=name, value=value)


def _finding_case(
    suite: ET.Element, finding: Finding, names: Counter[tuple[str, str]], failing: bool
) -> None:
    """A failing case for a finding at or above --fail-on; below it the same details in the
    case's output, which passes as the run does."""
    shown = primary(finding)
    path = xml_text(shown.path) if shown else ""
    name = xml_text(f"{finding.rule} {finding.entity}")
    names[path, name] += 1
    if names[path, name] > 1:  # test report viewers merge test cases of the same name
        name += f" ({names[path, name]})"
    case = ET.SubElement(suite, "testcase", classname=path, name=name, file=path)
    if shown is not None and shown.line is not None:
        case.set("line", str(shown.line))
    properties = ET.SubElement(case, "properties")
    ET.SubElement(properties, "property", name="severity", value=str(finding.severity))
    if failing:
        failure = ET.SubElement(
            case, "failure", message=xml_text(finding.message), type=str(finding.severity)
        )
        failure.text = xml_text(details(finding))
    else:
        ET.SubElement(case, "system-out").text = xml_text(details(finding))


def xml_text(text: str) -> str:
    return NOT_XML.sub("\ufffd", text)


def details(finding: Finding) -> str:
    """The failure's body: what the rule is, then every piece of evidence with its location."""
    lines = [f"{finding.rule} [{finding.name}] {finding.severity}: {finding.message}"]
    lines.extend(_evidence_line(e) for e in finding.evidence)
    return "\n".join(lines) + "\n"


def _evidence_line(evidence: Evidence) -> str:
    if not is_quote(evidence):
        return f"  reference {location(evidence)}: {evidence.text}"
    note = f" ({evidence.note})" if evidence.note else ""
    return f"  {location(evidence)}: '{evidence.text}'{note}"
