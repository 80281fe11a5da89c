"""The reference registry: reading and validating it, and checking articles against it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from tests.conftest import findings_of

from factcheck.errors import RegistryError
from factcheck.lexicon import Lexicon
from factcheck.model import EntityType, Finding, Source
from factcheck.resolve.registry import RoleTitles, load_registry

REGISTRY = """\
version: 1
entities:
  - name: Anna Berg
    type: person
    aliases: [Anna K. Berg]
    avoid: [Ana Berg]
    roles:
      - {title: Prime Minister-elect of Nordland, from: 2024-09-10, to: 2024-10-01}
      - {title: Prime Minister of Nordland, from: 2024-10-01}
    parties:
      - {name: Nordland Green Party}
  - name: Nordland Green Party
    type: party
    aliases: [Greens of Nordland, NGP]
  - name: Seo Min-jun
    type: person
    roles:
      - {title: President of Southland, from: 2019-05-10, to: 2023-04-04}
  - name: 2025 Harbour summit
    type: event
    aliases: [Harbour summit in Porto Vale]
    date: {from: 2025-06-24, to: 2025-06-25}
    place: Porto Vale
"""


@pytest.fixture
def registry_file(tmp_path: Path) -> Path:
    path = tmp_path / "reference.yaml"
    path.write_text(REGISTRY, encoding="utf-8")
    return path


def write_registry(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "broken.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_valid_registry_is_read_with_its_lines(registry_file: Path, lexicon: Lexicon) -> None:
    registry = load_registry(registry_file, lexicon)
    berg = registry.named("Anna K. Berg")
    assert berg is not None and berg.name == "Anna Berg" and berg.line == 3
    assert berg.type == EntityType.PERSON
    assert [t.modifier for t in RoleTitles(lexicon).of(berg)] == ["elect", None]


def test_an_unknown_key_is_reported_with_its_line_and_a_suggestion(tmp_path: Path, lexicon: Lexicon) -> None:
    path = write_registry(tmp_path, "version: 1\nentities:\n  - name: Anna Berg\n    alias: [A. Berg]\n")
    with pytest.raises(
        RegistryError, match=r"broken.yaml:4: unknown key 'alias' in an entity \(did you mean 'aliases'\?\)"
    ):
        load_registry(path, lexicon)


def test_a_bad_date_is_reported_with_its_line(tmp_path: Path, lexicon: Lexicon) -> None:
    text = "version: 1\nentities:\n  - name: Anna Berg\n    roles:\n      - {title: Mayor of Eastport, from: 2024-02-30}\n"
    with pytest.raises(RegistryError, match=r":5: bad date '2024-02-30'"):
        load_registry(write_registry(tmp_path, text), lexicon)


def test_overlapping_roles_of_one_office_are_reported(tmp_path: Path, lexicon: Lexicon) -> None:
    text = (
        "version: 1\nentities:\n  - name: Anna Berg\n    roles:\n"
        "      - {title: Mayor of Eastport, from: 2020-01-01, to: 2024-01-01}\n"
        "      - {title: Mayor of Eastport, from: 2023-01-01}\n"
    )
    with pytest.raises(RegistryError, match=r":6: role 'Mayor of Eastport' overlaps"):
        load_registry(write_registry(tmp_path, text), lexicon)


def test_a_name_listed_twice_is_reported(tmp_path: Path, lexicon: Lexicon) -> None:
    text = "version: 1\nentities:\n  - name: Anna Berg\n  - name: Karl Holm\n    aliases: [Anna Berg]\n"
    with pytest.raises(RegistryError, match=r"'Anna Berg' is listed twice \(also at line 3\)"):
        load_registry(write_registry(tmp_path, text), lexicon)


def test_every_problem_is_reported_at_once(tmp_path: Path, lexicon: Lexicon) -> None:
    text = "version: 1\nentities:\n  - name: Anna Berg\n    typ: person\n  - nam: Karl Holm\n"
    with pytest.raises(RegistryError) as raised:
        load_registry(write_registry(tmp_path, text), lexicon)
    assert len(str(raised.value).splitlines()) == 3


def test_an_unknown_type_is_reported(tmp_path: Path, lexicon: Lexicon) -> None:
    with pytest.raises(RegistryError, match=r"unknown type 'persn' \(did you mean 'person'\?\)"):
        load_registry(
            write_registry(tmp_path, "version: 1\nentities:\n  - name: A B\n    type: persn\n"), lexicon
        )


def registry_findings(
    make_source: Callable[..., Source],
    lexicon: Lexicon,
    registry_file: Path,
    *articles: tuple[str, str | None],
) -> list[Finding]:
    sources = [
        make_source(text, published=published, id=chr(ord("a") + i))
        for i, (text, published) in enumerate(articles)
    ]
    findings = findings_of(sources, lexicon, load_registry(registry_file, lexicon))
    return [f for f in findings if f.rule in ("FC111", "FC211", "FC311", "FC411", "FC412")]


def test_a_transliteration_the_registry_does_not_accept_is_flagged(
    make_source: Callable[..., Source], registry_file: Path, lexicon: Lexicon
) -> None:
    [finding] = registry_findings(
        make_source,
        lexicon,
        registry_file,
        ("The court removed former president Seo Min-joon from office.", "2025-05-01"),
    )
    assert finding.rule == "FC211" and finding.severity.name == "WARNING"
    assert "'Seo Min-joon' should be written 'Seo Min-jun'" in finding.message
    assert finding.evidence[-1].source_id == "reference" and finding.evidence[-1].line == 15


def test_an_accepted_alias_is_not_flagged(
    make_source: Callable[..., Source], registry_file: Path, lexicon: Lexicon
) -> None:
    findings = registry_findings(
        make_source, lexicon, registry_file, ("Prime Minister Anna K. Berg opened the session.", "2025-03-01")
    )
    assert findings == []


def test_a_spelling_to_avoid_is_flagged(
    make_source: Callable[..., Source], registry_file: Path, lexicon: Lexicon
) -> None:
    [finding] = registry_findings(
        make_source, lexicon, registry_file, ("Prime Minister Ana Berg opened the session.", "2025-03-01")
    )
    assert "avoid" in finding.message


def test_a_surname_alone_is_not_a_misspelling(
    make_source: Callable[..., Source], registry_file: Path, lexicon: Lexicon
) -> None:
    findings = registry_findings(
        make_source, lexicon, registry_file, ("Prime Minister Anna Berg spoke. Berg then left.", "2025-03-01")
    )
    assert findings == []


def test_an_elect_title_after_the_inauguration_is_an_error(
    make_source: Callable[..., Source], registry_file: Path, lexicon: Lexicon
) -> None:
    [finding] = registry_findings(
        make_source,
        lexicon,
        registry_file,
        ("Prime Minister-elect Anna Berg spoke to reporters.", "2025-06-20"),
    )
    assert finding.rule == "FC111" and finding.severity.name == "ERROR"
    assert any(e.source_id == "reference" for e in finding.evidence)


def test_an_elect_title_before_the_inauguration_is_consistent(
    make_source: Callable[..., Source], registry_file: Path, lexicon: Lexicon
) -> None:
    findings = registry_findings(
        make_source,
        lexicon,
        registry_file,
        ("Prime Minister-elect Anna Berg spoke to reporters.", "2024-09-20"),
    )
    assert findings == []


def test_a_current_title_after_the_role_ended_is_an_error(
    make_source: Callable[..., Source], registry_file: Path, lexicon: Lexicon
) -> None:
    [finding] = registry_findings(
        make_source,
        lexicon,
        registry_file,
        ("Southland President Seo Min-jun visited the port.", "2024-06-01"),
    )
    assert finding.rule == "FC111"


def test_an_undated_article_is_dated_by_the_past_it_mentions(
    make_source: Callable[..., Source], registry_file: Path, lexicon: Lexicon
) -> None:
    text = "The vote was held in May 2025. Prime Minister-elect Anna Berg spoke to reporters."
    [finding] = registry_findings(make_source, lexicon, registry_file, (text, None))
    assert "after 2025-05-01" in finding.message


def test_a_party_name_the_registry_does_not_know_is_flagged(
    make_source: Callable[..., Source], registry_file: Path, lexicon: Lexicon
) -> None:
    text = "Berg, who leads the Nordland Ecology Party, won again. Prime Minister Anna Berg thanked voters."
    [finding] = [
        f
        for f in registry_findings(make_source, lexicon, registry_file, (text, "2025-03-01"))
        if f.rule == "FC311"
    ]
    assert "Nordland Green Party" in finding.message


def test_a_party_alias_from_the_registry_is_accepted(
    make_source: Callable[..., Source], registry_file: Path, lexicon: Lexicon
) -> None:
    text = "Prime Minister Anna Berg, who leads the Greens of Nordland, won again."
    assert [
        f
        for f in registry_findings(make_source, lexicon, registry_file, (text, "2025-03-01"))
        if f.rule == "FC311"
    ] == []
