"""The fast reader of registries in the plain block style reads exactly what the YAML parser reads."""

from __future__ import annotations

import pytest

from factcheck.lexicon import Lexicon
from factcheck.model import Entry
from factcheck.resolve.registry import RoleTitles, overlaps
from factcheck.sources.registry.load import Problems, _check_duplicates, _read_parsed, _read_plain
from factcheck.sources.registry.plain import NotPlain

HEAD = "version: 1\nentities:\n"
PLAIN = {
    "flow roles": "  - name: Ilse Varga\n    type: person\n    aliases: [I. Varga, Ilse M. Varga]\n"
    "    roles:\n      - {title: Mayor of Velmora, from: 2019-05-01, to: 2023-04-30}\n"
    "      - {title: Governor of Eastmark, from: 2023-05-01}\n",
    "block roles": "  - name: Ilse Varga\n    roles:\n      - title: Mayor of Velmora\n"
    "        from: 2019-05-01\n        to: 2023-04-30\n",
    "list under its key": "  - name: Ilse Varga\n    aliases:\n    - I. Varga\n",
    "quoted": "  - name: \"Varga, Ilse\"\n    aliases: ['O''Brien', \"Ilse, V.\"]\n",
    "party and event": "  - name: Green League\n    type: Organisation\n  - name: 2024 Velmora floods\n"
    "    type: event\n    date: 2024-03\n    place: Velmora\n    parties:\n      - {name: Green League}\n",
    "comments and blank lines": "  # people\n\n  - name: Ilse Varga\n\n    wikidata: Q42\n",
    "items at the margin": "- name: Ilse Varga\n- name: Tomas Brand\n",
    "an empty role, skipped": "  - name: R\n    roles:\n      - {}\n",
}
PROBLEMS = {
    "unknown key": "  - name: Ilse Varga\n    rolez: []\n",
    "key twice": "  - name: Ilse Varga\n    name: Tomas Brand\n",
    "to before from": "  - name: R\n    roles:\n      - {title: Mayor of Velmora, from: 2020-01-01, to: 2019-01-01}\n",
    "bad date": "  - name: R\n    date: 2024-02-30\n",
    "empty alias": "  - name: R\n    aliases: ['', Q]\n",
    "overlapping roles": "  - name: R\n    roles:\n      - {title: Mayor of Velmora, from: 2001}\n"
    "      - {title: Mayor of Velmora, from: 2002}\n",
    "listed twice": "  - name: R\n  - name: S\n    aliases: [r]\n",
    "unknown type": "  - name: R\n    type: persn\n",
    "no name": "  - type: person\n",
}
NOT_PLAIN = {
    "comment after a value": "  - name: R  # the mayor\n",
    "anchor": "  - name: &a R\n  - name: *a\n",
    "multi-line scalar": "  - name: R\n    place: Upper\n      Velmora\n",
    "tab": "  - name:\tR\n",
    "date as a mapping": "  - name: R\n    date:\n      from: 2020\n",
    "key after the list": "  - name: R\nversion: 1\n",
    "a list item that is no mapping": "  - name: R\n  - just text\n",
}


def read_both(body: str, lexicon: Lexicon) -> tuple[object, object]:
    """What the fast reader and the parser find, with the checks `load_registry` adds to either."""
    text = HEAD + body
    titles = RoleTitles(lexicon)
    problems, entries = _read_plain(text, "reference.yaml")
    _check_duplicates(entries, problems)
    parsed_problems, parsed_entries = _read_parsed(text, "reference.yaml")
    _check_duplicates(parsed_entries, parsed_problems)
    for found, read in ((problems, entries), (parsed_problems, parsed_entries)):
        for entry in read:
            found.found += overlaps(entry.roles, titles)
    return (sorted(problems.found), entries), (sorted(parsed_problems.found), parsed_entries)


@pytest.mark.parametrize("body", PLAIN.values(), ids=PLAIN.keys())
def test_plain_registries_read_alike(body: str, lexicon: Lexicon) -> None:
    fast, parsed = read_both(body, lexicon)
    assert fast == parsed
    entries = fast[1]
    assert isinstance(entries, list) and entries and all(isinstance(e, Entry) for e in entries)


@pytest.mark.parametrize("body", PROBLEMS.values(), ids=PROBLEMS.keys())
def test_problems_are_reported_alike_with_their_lines(body: str, lexicon: Lexicon) -> None:
    fast, parsed = read_both(body, lexicon)
    assert fast == parsed
    assert fast[0]


@pytest.mark.parametrize("body", NOT_PLAIN.values(), ids=NOT_PLAIN.keys())
def test_other_shapes_are_left_to_the_parser(body: str) -> None:
    with pytest.raises(NotPlain):
        _read_plain(HEAD + body, "reference.yaml")


def test_lines_of_entries_and_roles_are_the_file_lines() -> None:
    problems = Problems("reference.yaml")
    _, entries = _read_plain(HEAD + PLAIN["flow roles"], "reference.yaml")
    assert not problems.found
    assert entries[0].line == 3 and [r.line for r in entries[0].roles] == [7, 8]
