"""Claims files and baselines under attack: one file per id, damaged files named, no half runs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.errors import ClaimsError
from factcheck.store import MAX_NAME_BYTES, claims_name, from_json

HEARING = "Judge Petra Olsvik adjourned the hearing in Kessmouth until Friday.\n"
ADJOURNED = "The Kessmouth hearing was adjourned by Judge Petra Olsvick until Friday.\n"


@pytest.fixture
def court(write_article, workdir: Path) -> Path:
    write_article("sources/hearing.md", HEARING, published="2025-09-01")
    write_article("sources/adjourned.md", ADJOURNED, published="2025-09-02")
    return workdir


def one_error_line(result) -> str:
    assert result.code == 2, (result.code, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "internal error" not in lines[0], result.stderr
    return lines[0]


# --- claims-file names ----------------------------------------------------------------------------


def test_an_ordinary_id_keeps_its_readable_name():
    assert claims_name("eastern-wire-2025-06-23") == "eastern-wire-2025-06-23"


def test_an_id_with_a_folder_keeps_its_double_underscore_name():
    assert claims_name("world/summit-2025") == "world__summit-2025"


def test_a_single_underscore_stays_as_it_is():
    assert claims_name("court_report") == "court_report"


def test_a_slash_and_a_double_underscore_get_different_names():
    assert claims_name("court/report") != claims_name("court__report")


def test_ids_that_escaping_could_confuse_get_different_names():
    ids = ["a/b", "a__b", "a_/b", "a/_b", "a%2Fb", "a%5F%5Fb", "a//b", "a____b", "a/__b", "a__/b"]
    assert len({claims_name(i) for i in ids}) == len(ids)


def test_characters_a_file_system_refuses_are_escaped():
    assert claims_name('q1: "who?" <draft>|*') == "q1%3A %22who%3F%22 %3Cdraft%3E%7C%2A"


def test_a_control_character_in_an_id_is_escaped():
    assert claims_name("line\none") == "line%0Aone"


def test_a_leading_dot_does_not_make_a_hidden_file():
    assert claims_name(".hidden") == "%2Ehidden"


def test_letters_beyond_ascii_stay_readable():
    assert claims_name("zürich-börse") == "zürich-börse"


def test_a_long_id_is_shortened_within_the_file_system_limit():
    name = claims_name("hearing-" * 100)
    assert len(name.encode("utf-8")) <= MAX_NAME_BYTES
    assert name.startswith("hearing-hearing-") and "~" in name


def test_two_long_ids_with_the_same_start_get_different_names():
    assert claims_name("hearing-" * 100 + "a") != claims_name("hearing-" * 100 + "b")


def test_shortening_is_deterministic():
    assert claims_name("ø" * 400) == claims_name("ø" * 400)


def test_shortening_never_cuts_an_escape_in_half():
    name = claims_name("?" * 200)
    head = name.split("~")[0]
    assert len(head) % 3 == 0 and set(head[0::3]) == {"%"}


def test_articles_whose_ids_once_shared_a_claims_file_now_get_one_each(run_main, write_article, workdir):
    write_article("sources/one.md", HEARING, published="2025-09-01", id="desk/hearing")
    write_article("sources/two.md", ADJOURNED, published="2025-09-02", id="desk__hearing")
    result = run_main("extract")
    assert result.code == 0, result.stderr
    assert len(list((workdir / "claims").iterdir())) == 2


# --- damaged claims files -------------------------------------------------------------------------


def test_a_claims_file_nested_100000_deep_is_a_claims_error_naming_it():
    with pytest.raises(ClaimsError, match=r"claims/hearing\.json: corrupt claims file \(nested too deeply\)"):
        from_json("[" * 100_000 + "]" * 100_000, "claims/hearing.json")


def test_a_deeply_nested_claims_file_is_one_line_through_the_cli(run_main, court):
    run_main("extract")
    (court / "claims" / "hearing.json").write_text("{" + '"a":{' * 100_000 + "}" * 100_001, encoding="utf-8")
    line = one_error_line(run_main("check"))
    assert "claims/hearing.json" in line


def forged(folder: Path, **changes: object) -> None:
    """Point the first claim of hearing.json at mentions that do not exist."""
    path = folder / "claims" / "hearing.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    claim = {"start": 0, "end": 5, "text": "Judge", "subject": None, "anchors": [], "object": None}
    claim |= {"predicate": "title", "value": {"type": "title", "office": "judge", "modifier": None}}
    claim["value"] |= {"jurisdiction": None}
    claim |= {"as_of": None, "stance": {"negated": False, "hedged": False, "quoted": False}}
    claim["stance"] |= {"speaker": None, "speaker_mention": None}
    claim |= {"rule": "forged", **changes}
    data["claims"] = [claim]
    path.write_text(json.dumps(data), encoding="utf-8")


@pytest.mark.parametrize("changes", [{"subject": 99}, {"object": 7}, {"anchors": [0, 40]}, {"subject": -1}])
def test_a_claim_pointing_at_a_mention_that_does_not_exist_is_exit_2(run_main, court, changes):
    run_main("extract")
    forged(court, **changes)
    line = one_error_line(run_main("check"))
    assert "claims/hearing.json: corrupt claims file" in line and "mention" in line


def test_a_span_past_the_end_of_the_article_is_exit_2(run_main, court):
    run_main("extract")
    forged(court, start=10, end=10_000)
    line = one_error_line(run_main("check"))
    assert "claims/hearing.json" in line and "past the end" in line


def test_a_claims_file_that_is_not_utf8_is_one_line(run_main, court):
    run_main("extract")
    (court / "claims" / "hearing.json").write_bytes(b'{"source": "\xff"}')
    line = one_error_line(run_main("check"))
    assert "claims/hearing.json" in line


def test_a_claims_file_that_cannot_be_read_is_one_line(run_main, court, monkeypatch):
    run_main("extract")
    real = Path.read_text

    def read_text(path: Path, *args: object, **kwargs: object) -> str:
        if path.name == "hearing.json":
            raise PermissionError(13, "Permission denied", str(path))
        return real(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "read_text", read_text)
    line = one_error_line(run_main("check"))
    assert "claims/hearing.json: cannot read claims file (Permission denied)" in line


def test_a_baseline_nested_100000_deep_is_one_line_naming_it(run_main, court):
    (court / "accepted.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    line = one_error_line(run_main("check", "--baseline", "accepted.json"))
    assert "accepted.json: not a factcheck baseline (nested too deeply)" in line


# --- extract is all or nothing --------------------------------------------------------------------


def test_extract_writes_nothing_when_a_later_claims_file_is_damaged(run_main, court, write_article):
    run_main("extract")
    before = (court / "claims" / "adjourned.json").read_bytes()
    write_article("sources/adjourned.md", ADJOURNED + "Court resumes in October.\n", published="2025-09-02")
    (court / "claims" / "hearing.json").write_text("not json", encoding="utf-8")
    one_error_line(run_main("extract"))
    assert (court / "claims" / "adjourned.json").read_bytes() == before


def test_extract_writes_nothing_when_a_later_article_cannot_be_read(run_main, court):
    (court / "sources" / "zz-scan.md").write_bytes(b"%PDF-1.7\x00\x00")
    one_error_line(run_main("extract"))
    assert not (court / "claims").exists()
