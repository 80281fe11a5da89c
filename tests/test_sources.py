"""Loading articles: file kinds, front matter, ids, publication dates, folders and positions."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.errors import SourceError
from factcheck.sources import load_source, load_sources

STORY = "Prime Minister Anna Berg opened the harbour bridge on Tuesday.\n"


def test_markdown_file_without_front_matter_is_all_body(make_source):
    source = make_source(STORY)
    assert source.body_start == 0
    assert source.body == STORY


def test_plain_text_file_is_loaded_like_markdown(make_source):
    source = make_source(STORY, suffix=".txt")
    assert source.body == STORY
    assert source.id == "a"


def test_front_matter_is_kept_out_of_the_body(make_source):
    source = make_source(STORY, published="2025-03-04", title="Bridge opens")
    assert source.body == STORY
    assert source.text.startswith("---\n")
    assert source.title == "Bridge opens"


def test_front_matter_in_a_text_file_is_read_too(make_source):
    source = make_source(STORY, published="2025-03-04", suffix=".txt")
    assert source.published == date(2025, 3, 4)
    assert source.body == STORY


def test_id_is_the_file_stem_by_default(make_source):
    assert make_source(STORY, id="harbour-bridge").id == "harbour-bridge"


def test_id_from_front_matter_wins_over_the_stem(write_article):
    path = write_article("harbour-bridge.md", STORY, id="bridge-2025")
    assert load_source(path).id == "bridge-2025"


def test_published_comes_from_front_matter(make_source):
    source = make_source(STORY, published="2025-03-04")
    assert source.published == date(2025, 3, 4)
    assert source.published_from == "front matter"


def test_front_matter_date_key_is_accepted_as_published(write_article):
    source = load_source(write_article("a.md", STORY, date="2024-11-30"))
    assert source.published == date(2024, 11, 30)


def test_published_falls_back_to_a_dateline_near_the_top(make_source):
    text = "By Ola Nordmann, Staff Writer\nJune 26, 2025 at 14:44 JST\n" + STORY
    source = make_source(text, suffix=".txt")
    assert source.published == date(2025, 6, 26)
    assert source.published_from == "dateline"


def test_front_matter_date_wins_over_a_dateline(make_source):
    source = make_source("March 1, 2025\n" + STORY, published="2025-03-04")
    assert source.published == date(2025, 3, 4)


def test_dateline_far_below_the_top_is_not_a_publication_date(make_source):
    filler = "The council met for hours and agreed on very little of substance.\n" * 12
    source = make_source(filler + "June 26, 2025\n")
    assert source.published is None


def test_date_inside_a_story_sentence_is_not_a_dateline(make_source):
    source = make_source("The two leaders will meet again in Oslo on March 3, 2026, aides said.\n")
    assert source.published is None
    assert source.published_from == "unknown"


def test_published_is_unknown_without_front_matter_or_dateline(make_source):
    source = make_source(STORY)
    assert source.published is None
    assert source.published_from == "unknown"


def test_folders_are_searched_recursively(write_article, tmp_path):
    write_article("one.md", STORY)
    write_article("2025/june/two.txt", STORY)
    write_article("2025/notes.json", "{}")
    ids = sorted(s.id for s in load_sources([tmp_path]))
    assert ids == ["one", "two"]


def test_a_file_and_a_folder_can_be_given_together(write_article, tmp_path):
    single = write_article("loose.md", STORY)
    write_article("folder/inner.md", STORY)
    ids = sorted(s.id for s in load_sources([single, tmp_path / "folder"]))
    assert ids == ["inner", "loose"]


def test_missing_path_is_a_source_error_naming_it(tmp_path):
    with pytest.raises(SourceError, match=r"nowhere\.md"):
        load_sources([tmp_path / "nowhere.md"])


def test_position_counts_lines_and_columns_from_one(make_source):
    source = make_source("Talks opened.\nMinister Anna Berg spoke first.\n")
    offset = source.text.index("Anna")
    assert source.position(offset) == (2, 10)
    assert source.position(0) == (1, 1)


def test_offsets_and_positions_include_the_front_matter(make_source):
    source = make_source("Talks opened.\nMinister Anna Berg spoke first.\n", published="2025-03-04")
    offset = source.text.index("Anna")
    assert source.text[offset : offset + 9] == "Anna Berg"
    # three lines of front matter ("---", "published: ...", "---") come first
    assert source.position(offset) == (5, 10)
    assert offset > source.body_start


def test_crlf_line_endings_give_the_same_lines_and_columns(write_article):
    text = "---\r\npublished: 2025-03-04\r\n---\r\nTalks opened.\r\nMinister Anna Berg spoke first.\r\n"
    source = load_source(write_article("a.md", text))
    offset = source.text.index("Anna")
    assert source.position(offset) == (5, 10)
    assert source.published == date(2025, 3, 4)
    assert source.line_text(5) == "Minister Anna Berg spoke first."


def test_content_hash_changes_with_the_text(make_source):
    first = make_source(STORY, id="a")
    second = make_source(STORY.replace("Tuesday", "Friday"), id="b")
    assert first.content_hash.startswith("sha256:")
    assert first.content_hash != second.content_hash
