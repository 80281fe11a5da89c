"""Importing registry entries from a Wikidata dump: selection, names, roles, the writer, streaming."""

from __future__ import annotations

import bz2
import gzip
import io
import json
import re
import time
import tracemalloc
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from factcheck.errors import RegistryError
from factcheck.sources.registry.write import write_registry
from factcheck.sources.wikidata import (
    import_wikidata,
    is_latin,
    read_ids,
    wikidata_time,
)

# Invented items: people, offices and parties of an imaginary country.
HUMAN, PARTY, COUNTRY, ORGANIZATION, NOVEL = "Q5", "Q7278", "Q6256", "Q43229", "Q900999"


def label(text: str, language: str = "en") -> dict[str, str]:
    return {"language": language, "value": text}


def time_snak(prop: str, when: str, precision: int = 11) -> dict[str, Any]:
    value = {"time": when, "timezone": 0, "before": 0, "after": 0, "precision": precision}
    return {"snaktype": "value", "property": prop, "datavalue": {"type": "time", "value": value}}


def statement(
    prop: str,
    target: str,
    *,
    start: str | None = None,
    end: str | None = None,
    precision: int = 11,
    rank: str = "normal",
    qualifiers: dict[str, list[dict[str, Any]]] | None = None,
) -> dict[str, Any]:
    """A statement `prop: target`; `start`/`end` as "+YYYY-MM-DD" with the given precision."""
    found = dict(qualifiers or {})
    if start:
        found["P580"] = [time_snak("P580", f"{start}T00:00:00Z", precision)]
    if end:
        found["P582"] = [time_snak("P582", f"{end}T00:00:00Z", precision)]
    value = {"entity-type": "item", "numeric-id": int(target[1:]), "id": target}
    mainsnak = {
        "snaktype": "value",
        "property": prop,
        "datavalue": {"type": "wikibase-entityid", "value": value},
    }
    return {"mainsnak": mainsnak, "type": "statement", "rank": rank, "qualifiers": found}


def item(
    qid: str,
    name: str | None = None,
    *,
    instance_of: tuple[str, ...] = (),
    labels: dict[str, str] | None = None,
    aliases: list[str] | None = None,
    statements: Sequence[dict[str, Any]] = (),
) -> dict[str, Any]:
    """An entity as the dump writes it; empty labels, aliases and claims are [] as in real dumps."""
    all_labels = ({"en": name} if name else {}) | (labels or {})
    claims: dict[str, list[dict[str, Any]]] = {}
    for claim in [statement("P31", kind) for kind in instance_of] + list(statements):
        claims.setdefault(claim["mainsnak"]["property"], []).append(claim)
    return {
        "type": "item",
        "id": qid,
        "labels": {lang: label(text, lang) for lang, text in all_labels.items()} or [],
        "descriptions": [],
        "aliases": {"en": [label(a) for a in aliases]} if aliases else [],
        "claims": claims or [],
        "sitelinks": [],
    }


def dump_lines(entities: list[dict[str, Any]]) -> list[str]:
    """The official layout: "[", one entity per line with "," after all but the last, "]"."""
    body = [json.dumps(entity, ensure_ascii=False) + "," for entity in entities]
    if body:
        body[-1] = body[-1].removesuffix(",")
    return ["[", *body, "]"]


def write_dump(folder: Path, entities: list[dict[str, Any]], suffix: str = ".json") -> Path:
    path = folder / f"dump{suffix}"
    text = "\n".join(dump_lines(entities)) + "\n"
    opener = {".json": open, ".json.gz": gzip.open, ".json.bz2": bz2.open}[suffix]
    with opener(path, "wt", encoding="utf-8") as handle:
        handle.write(text)
    return path


ANNA = item(
    "Q900001",
    "Anna Brevik",
    instance_of=(HUMAN,),
    statements=[
        statement("P39", "Q900101", start="+2024-11-06", end="+2025-01-20"),
        statement("P39", "Q900102", start="+2025-01-20"),
        statement("P102", "Q900201", start="+2019-01-01"),
    ],
)
# The offices come before and after Anna, so both passes over the dump are needed to name them.
ELECT = item("Q900101", "President-elect of Norland")
PRESIDENT = item("Q900102", "President of Norland")
UNITY = item("Q900201", "Unity Party of Norland", instance_of=(PARTY,))
OSCAR = item("Q900002", "Oscar Lind", instance_of=(HUMAN,))
NORLAND = item("Q900301", "Norland", instance_of=(COUNTRY,))
DUMP = [ELECT, ANNA, OSCAR, NORLAND, UNITY, PRESIDENT]


def names(entries: Iterator[dict[str, Any]] | list[dict[str, Any]]) -> list[str]:
    return [entry["name"] for entry in entries]


# Reading the dump


@pytest.mark.parametrize("suffix", [".json", ".json.gz", ".json.bz2"])
def test_plain_gzip_and_bzip2_dumps_give_the_same_entries(tmp_path, suffix):
    path = write_dump(tmp_path, DUMP, suffix)
    every_name = {entity["id"]: entity["labels"]["en"]["value"] for entity in DUMP}
    assert list(import_wikidata(path)) == list(import_wikidata(dump_lines(DUMP), labels=every_name))
    assert names(import_wikidata(path)) == [
        "President-elect of Norland",
        "Anna Brevik",
        "Oscar Lind",
        "Norland",
        "Unity Party of Norland",
        "President of Norland",
    ]


def test_a_path_may_be_given_as_a_string(tmp_path):
    path = write_dump(tmp_path, DUMP)
    assert names(import_wikidata(str(path), ids={"Q900002"})) == ["Oscar Lind"]


def test_compression_is_recognised_by_content_not_suffix(tmp_path):
    path = write_dump(tmp_path, DUMP, ".json.gz").rename(tmp_path / "latest-all.json")
    assert names(import_wikidata(path, ids={"Q900002"})) == ["Oscar Lind"]


def test_properties_and_lexemes_are_skipped():
    other = [{"type": "property", "id": "P900", "labels": {"en": label("colour")}}, {"type": "lexeme"}]
    assert names(import_wikidata(dump_lines([*other, OSCAR]))) == ["Oscar Lind"]


def test_json_lines_without_the_array_brackets_are_read():
    lines = [json.dumps(OSCAR), json.dumps(NORLAND)]
    assert names(import_wikidata(lines)) == ["Oscar Lind", "Norland"]


# Selection


def test_selection_by_ids(tmp_path):
    path = write_dump(tmp_path, DUMP)
    assert names(import_wikidata(path, ids={"Q900002", "Q900301", "Q999999"})) == ["Oscar Lind", "Norland"]


def test_selection_by_types(tmp_path):
    path = write_dump(tmp_path, DUMP)
    assert names(import_wikidata(path, types={HUMAN})) == ["Anna Brevik", "Oscar Lind"]
    assert names(import_wikidata(path, types={PARTY, COUNTRY})) == ["Norland", "Unity Party of Norland"]


def test_ids_and_types_together_select_items_matching_both(tmp_path):
    path = write_dump(tmp_path, DUMP)
    assert names(import_wikidata(path, ids={"Q900001", "Q900301"}, types={HUMAN})) == ["Anna Brevik"]


def test_an_empty_id_set_selects_nothing(tmp_path):
    assert list(import_wikidata(write_dump(tmp_path, DUMP), ids=set())) == []


def test_a_deprecated_instance_of_does_not_select():
    wrong = item("Q900003", "Petra Holm", statements=[statement("P31", PARTY, rank="deprecated")])
    assert list(import_wikidata(dump_lines([wrong]), types={PARTY})) == []


def test_a_lone_string_is_not_taken_for_a_set_of_types():
    with pytest.raises(TypeError):
        import_wikidata(dump_lines(DUMP), types="Q5")


def test_read_ids_skips_comments_and_blank_lines(tmp_path):
    path = tmp_path / "ids.txt"
    path.write_text("# people\nQ900001\n\nq900002   # lower case is fine\n  Q900301\n", encoding="utf-8")
    assert read_ids(path) == {"Q900001", "Q900002", "Q900301"}


def test_read_ids_names_the_line_of_a_bad_id(tmp_path):
    path = tmp_path / "ids.txt"
    path.write_text("Q900001\nAnna Brevik\n", encoding="utf-8")
    with pytest.raises(RegistryError, match=r"ids\.txt:2: 'Anna Brevik' is not a Wikidata item id"):
        read_ids(path)


def test_read_ids_of_a_missing_file(tmp_path):
    with pytest.raises(RegistryError, match="no such ids file"):
        read_ids(tmp_path / "absent.txt")


# Names, aliases and types


def test_latin_labels_become_aliases_other_scripts_do_not():
    person = item(
        "Q900004",
        "Ilse Varga",
        instance_of=(HUMAN,),
        labels={
            "de": "Ilse Varga",  # the name itself
            "fr": "ILSE VARGA",  # the name again, up to case
            "tr": "İlse Varğa",
            "pl": "Ilse Warga",
            "sv": "ilse warga",  # a repeat of the Polish label, up to case
            "ru": "Ильзе Варга",
            "ko": "일제 바르가",
            "el": "Ίλσε Βάργκα",
        },
        aliases=["I. Varga", "Илзе"],
    )
    [entry] = import_wikidata(dump_lines([person]))
    assert entry["name"] == "Ilse Varga"
    assert entry["aliases"] == ["I. Varga", "Ilse Warga", "İlse Varğa"]


def test_name_falls_back_to_british_english_then_to_the_first_latin_label():
    british = item("Q900005", labels={"de": "Nordbund", "en-gb": "Northern League of Norland"})
    foreign = item("Q900006", labels={"ru": "Лига", "nl": "Noordse Liga", "de": "Nordliga"})
    entries = list(import_wikidata(dump_lines([british, foreign])))
    assert names(entries) == ["Northern League of Norland", "Noordse Liga"]
    assert entries[1]["aliases"] == ["Nordliga"]


def test_an_item_without_a_latin_label_is_skipped():
    unnamed = item("Q900007", labels={"ru": "Лига", "ko": "리그"})
    assert list(import_wikidata(dump_lines([unnamed, OSCAR]))) == [
        {"name": "Oscar Lind", "type": "person", "wikidata": "Q900002"}
    ]


@pytest.mark.parametrize(
    ("classes", "expected"),
    [
        ((HUMAN,), "person"),
        ((NOVEL, HUMAN), "person"),
        ((PARTY,), "party"),
        ((COUNTRY,), "place"),
        (("Q515",), "place"),
        ((ORGANIZATION,), "organization"),
        ((NOVEL, PARTY), "party"),
    ],
)
def test_type_comes_from_instance_of(classes, expected):
    [entry] = import_wikidata(dump_lines([item("Q900008", "Blue Lantern", instance_of=classes)]))
    assert entry["type"] == expected


def test_an_unmapped_class_gives_no_type():
    [entry] = import_wikidata(dump_lines([item("Q900009", "The Grey Harbour", instance_of=(NOVEL,))]))
    assert entry == {"name": "The Grey Harbour", "wikidata": "Q900009"}


def test_is_latin():
    assert is_latin("Oʻzbek Çağrı Ærø Đorđe")
    assert not is_latin("Ильзе")
    assert not is_latin("일제")
    assert not is_latin("2025")


# Roles and parties


def test_roles_and_parties_are_named_from_items_before_and_after_in_the_dump(tmp_path):
    [entry] = import_wikidata(write_dump(tmp_path, DUMP), ids={"Q900001"})
    assert entry == {
        "name": "Anna Brevik",
        "type": "person",
        "roles": [
            {"title": "President-elect of Norland", "from": "2024-11-06", "to": "2025-01-20"},
            {"title": "President of Norland", "from": "2025-01-20"},
        ],
        "parties": [{"name": "Unity Party of Norland", "from": "2019-01-01"}],
        "wikidata": "Q900001",
    }


def test_a_target_missing_from_the_dump_keeps_its_id(tmp_path):
    [entry] = import_wikidata(write_dump(tmp_path, [ANNA]))
    assert [role["title"] for role in entry["roles"]] == ["Q900101", "Q900102"]
    assert entry["parties"] == [{"name": "Q900201", "from": "2019-01-01"}]


def test_streamed_lines_take_target_names_from_labels():
    labels = {"Q900101": "President-elect of Norland", "Q900102": "President of Norland"}
    [entry] = import_wikidata(dump_lines(DUMP), ids={"Q900001"}, labels=labels)
    assert [role["title"] for role in entry["roles"]] == list(labels.values())
    assert entry["parties"][0]["name"] == "Q900201"


@pytest.mark.parametrize(
    ("when", "precision", "expected"),
    [
        ("+2025-01-20", 11, "2025-01-20"),
        ("+2025-01-00", 10, "2025-01"),
        ("+2025-00-00", 9, "2025"),
        ("+2025-01-20", 14, "2025-01-20"),
        ("+2020-00-00", 8, None),  # a decade
        ("-0044-03-15", 11, None),
        ("+2025-02-30", 11, None),
    ],
)
def test_dates_follow_the_time_precision(when, precision, expected):
    value = {"time": f"{when}T00:00:00Z", "precision": precision}
    assert wikidata_time(value) == expected


def test_role_dates_of_month_and_year_precision():
    person = item(
        "Q900010",
        "Jonas Ek",
        statements=[
            statement("P39", "Q900103", start="+2018-03-00", end="+2021-11-00", precision=10),
            statement("P39", "Q900104", start="+2022-00-00", precision=9),
        ],
    )
    [entry] = import_wikidata(dump_lines([person]))
    assert entry["roles"] == [
        {"title": "Q900103", "from": "2018-03", "to": "2021-11"},
        {"title": "Q900104", "from": "2022"},
    ]


def test_deprecated_statements_are_skipped():
    person = item(
        "Q900011",
        "Maja Berg",
        statements=[
            statement("P39", "Q900105", start="+2010-01-01", rank="deprecated"),
            statement("P39", "Q900106", start="+2012-05-01", rank="preferred"),
            statement("P102", "Q900202", rank="deprecated"),
        ],
    )
    [entry] = import_wikidata(dump_lines([person]))
    assert entry["roles"] == [{"title": "Q900106", "from": "2012-05-01"}]
    assert "parties" not in entry


def test_a_role_that_ended_at_an_unknown_time_is_skipped():
    unknown_end = {"P582": [{"snaktype": "somevalue", "property": "P582"}]}
    no_end = {"P582": [{"snaktype": "novalue", "property": "P582"}]}
    person = item(
        "Q900012",
        "Tove Dahl",
        statements=[
            statement("P39", "Q900107", start="+2001-01-01", qualifiers=unknown_end),
            statement("P39", "Q900108", start="+2005-01-01", qualifiers=no_end),
        ],
    )
    [entry] = import_wikidata(dump_lines([person]))
    assert entry["roles"] == [{"title": "Q900108", "from": "2005-01-01"}]


def test_repeated_statements_give_one_role():
    repeat = statement("P39", "Q900109", start="+2020-01-01")
    [entry] = import_wikidata(dump_lines([item("Q900013", "Nils Ahl", statements=[repeat, repeat])]))
    assert entry["roles"] == [{"title": "Q900109", "from": "2020-01-01"}]


# Errors


def test_a_line_that_is_not_json_names_the_file_and_line(tmp_path):
    path = tmp_path / "dump.json"
    lines = dump_lines([OSCAR, NORLAND, UNITY])
    lines[2] = lines[2][:40]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    entries = import_wikidata(path, ids={"Q900002"})
    with pytest.raises(RegistryError, match=r"dump\.json:3: not valid JSON"):
        list(entries)


def test_a_missing_dump_fails_at_once(tmp_path):
    with pytest.raises(RegistryError, match=r"absent\.json\.gz: no such Wikidata dump"):
        import_wikidata(tmp_path / "absent.json.gz")


def test_a_folder_is_not_a_dump(tmp_path):
    with pytest.raises(RegistryError, match="not a regular file"):
        import_wikidata(tmp_path)


def test_a_truncated_array_is_an_error():
    with pytest.raises(RegistryError, match=r"<lines>:3: the dump ends before its closing"):
        list(import_wikidata(dump_lines([OSCAR, NORLAND])[:-1]))


def test_a_truncated_gzip_file_is_an_error(tmp_path):
    path = write_dump(tmp_path, DUMP * 20, ".json.gz")
    path.write_bytes(path.read_bytes()[:-200])
    with pytest.raises(RegistryError, match=r"dump\.json\.gz: cannot read the Wikidata dump past line \d+"):
        list(import_wikidata(path))


@pytest.mark.parametrize("suffix", [".json.gz", ".json.bz2"])
def test_a_corrupt_compressed_file_is_an_error(tmp_path, suffix):
    path = write_dump(tmp_path, DUMP * 20, suffix)
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 8] = bytes(b ^ 0xFF for b in data[middle : middle + 8])
    path.write_bytes(bytes(data))
    # Damage shows as unreadable data or, when it decompresses to garbage, as a line that is not JSON.
    with pytest.raises(RegistryError, match=rf"dump{re.escape(suffix)}(: cannot read|:\d+: not valid JSON)"):
        list(import_wikidata(path))


def test_a_dump_that_is_not_utf8_is_an_error(tmp_path):
    path = tmp_path / "dump.json"
    path.write_bytes(b'[\n{"type": "item", "id": "Q900016", "labels": {"en": {"value": "Caf\xe9"}}}\n]\n')
    with pytest.raises(RegistryError, match=r"dump\.json: cannot read the Wikidata dump.*utf-8"):
        list(import_wikidata(path))


# Writing the registry


TRICKY = [
    {"name": "No", "type": "party", "aliases": ["Yes", "null", "Party: Reborn"], "wikidata": "Q900014"},
    {"name": "Ülkü Yılmaz", "type": "person", "wikidata": "Q900015"},
]


def written(entries: list[dict[str, Any]]) -> str:
    stream = io.StringIO()
    write_registry(entries, stream)
    return stream.getvalue()


def test_the_registry_is_written_as_people_write_it_by_hand(tmp_path):
    text = written(list(import_wikidata(write_dump(tmp_path, DUMP), ids={"Q900001", "Q900002"})))
    assert text == (
        "version: 1\n"
        "entities:\n"
        "  - name: Anna Brevik\n"
        "    type: person\n"
        "    roles:\n"
        "      - {title: President-elect of Norland, from: 2024-11-06, to: 2025-01-20}\n"
        "      - {title: President of Norland, from: 2025-01-20}\n"
        "    parties:\n"
        "      - {name: Unity Party of Norland, from: 2019-01-01}\n"
        "    wikidata: Q900001\n"
        "  - name: Oscar Lind\n"
        "    type: person\n"
        "    wikidata: Q900002\n"
    )


def test_the_written_registry_reads_back(tmp_path):
    entries = [*import_wikidata(write_dump(tmp_path, DUMP)), *TRICKY]
    document = yaml.safe_load(written(entries))
    assert document["version"] == 1
    assert [e["name"] for e in document["entities"]] == [e["name"] for e in entries]
    assert document["entities"][-2] == TRICKY[0]
    anna = document["entities"][1]
    assert anna["roles"][0] == {
        "title": "President-elect of Norland",
        "from": date(2024, 11, 6),
        "to": date(2025, 1, 20),
    }


def test_partial_dates_read_back_as_written():
    entry = {
        "name": "Jonas Ek",
        "roles": [{"title": "Mayor", "from": "2018-03", "to": "2021"}],
        "wikidata": "Q1",
    }
    document = yaml.safe_load(written([entry]))
    assert document["entities"][0]["roles"] == [{"title": "Mayor", "from": "2018-03", "to": "2021"}]


def test_the_writer_is_deterministic(tmp_path):
    path = write_dump(tmp_path, DUMP)
    first = written([*import_wikidata(path), *TRICKY])
    assert written([*import_wikidata(path), *TRICKY]) == first
    assert written([*import_wikidata(dump_lines(DUMP), labels={}), *TRICKY]) != first  # titles differ


def test_no_entries_give_an_empty_list():
    assert yaml.safe_load(written([])) == {"version": 1, "entities": []}


def test_the_writer_returns_how_many_entries_it_wrote():
    assert write_registry(iter(TRICKY), io.StringIO()) == 2


# A dump too large to hold

LARGE = 200_000
FIRST = 1_000_000


def line_template(entity: dict[str, Any]) -> str:
    """The entity's dump line with "{qid}" left to fill in by str.format."""
    return json.dumps(entity).replace("{", "{{").replace("}", "}}").replace("{{qid}}", "{qid}")


def lean_item(name: str, kind: str) -> dict[str, Any]:
    """An item with just an English label and one P31, so that 200,000 of them parse quickly."""
    return {
        "type": "item",
        "id": "Q{qid}",
        "labels": {"en": label(name)},
        "claims": {"P31": [statement("P31", kind)]},
    }


def large_dump(count: int, pulled: list[int]) -> Iterator[str]:
    """`count` invented people (a party every 50,000th), made line by line and never held as a list.

    `pulled[0]` counts the lines handed out so far.
    """
    person = line_template(lean_item("Person {qid}", HUMAN))
    party = line_template(lean_item("Party {qid}", PARTY))
    yield "["
    for number in range(FIRST, FIRST + count):
        pulled[0] += 1
        template = party if number % 50_000 == 0 else person
        yield template.format(qid=number) + ("," if number < FIRST + count - 1 else "")
    yield "]"


def test_a_large_dump_is_streamed_in_little_memory():
    wanted = {"Q1000007", "Q1123456", "Q1199999"}
    pulled = [0]
    seen: list[tuple[str, int]] = []
    tracemalloc.start()
    try:
        for entry in import_wikidata(large_dump(LARGE, pulled), ids=wanted):
            seen.append((entry["wikidata"], pulled[0]))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # Each entry comes out as soon as its line is read, not after the whole dump.
    assert seen == [("Q1000007", 8), ("Q1123456", 123_457), ("Q1199999", LARGE)]
    assert peak < 50 * 1024 * 1024


def test_a_large_dump_gives_only_the_selected_types():
    started = time.perf_counter()
    parties = names(import_wikidata(large_dump(LARGE, [0]), types={PARTY}))
    assert parties == ["Party 1000000", "Party 1050000", "Party 1100000", "Party 1150000"]
    assert time.perf_counter() - started < 30  # about a second; a loose bound for slow machines
