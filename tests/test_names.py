"""Named mentions: who and what a sentence names, what it does not, and what short forms stand for."""

from __future__ import annotations

import pytest

from factcheck.extract import extract
from factcheck.model import EntityType


@pytest.fixture
def mentions(make_source, lexicon):
    """The mentions of one article, in document order."""

    def find(text: str):
        extraction = extract(make_source(text), lexicon)
        return extraction.mentions

    return find


def texts(found) -> list[str]:
    return [m.span.text for m in found]


def by_text(found, text: str):
    matching = [m for m in found if m.span.text == text]
    assert matching, f"no mention {text!r} among {texts(found)}"
    return matching[0]


def test_a_two_word_name_is_a_person(mentions):
    found = mentions("Anna Berg visited the flooded villages on Monday.")
    assert by_text(found, "Anna Berg").type == EntityType.PERSON


def test_a_name_after_a_title_is_a_person_without_the_title(mentions):
    found = mentions("Yesterday Prime Minister Anna Berg visited the flooded villages.")
    assert "Anna Berg" in texts(found)
    assert not any("Minister" in t for t in texts(found))
    assert by_text(found, "Anna Berg").type == EntityType.PERSON


def test_an_organisation_is_named_with_its_head_word(mentions):
    found = mentions("Volunteers from the Red Cross handed out blankets in the camp.")
    assert by_text(found, "Red Cross").type == EntityType.ORGANIZATION


def test_an_organisation_with_of_in_its_name_is_one_mention(mentions):
    found = mentions("A report by the Ministry of Health was published on Friday.")
    assert by_text(found, "Ministry of Health").type == EntityType.ORGANIZATION


def test_an_organisation_named_after_a_demonym_keeps_it(mentions):
    found = mentions("Farmers protested after the European Union imposed new quotas.")
    assert by_text(found, "European Union").type == EntityType.ORGANIZATION


def test_a_place_after_in_is_a_place(mentions):
    found = mentions("The delegates gathered in Bergen for three days of talks.")
    assert by_text(found, "Bergen").type == EntityType.PLACE


def test_a_country_is_a_place(mentions):
    found = mentions("Exports to Norway fell sharply last year.")
    assert by_text(found, "Norway").type == EntityType.PLACE


@pytest.mark.parametrize("acronym", ["NATO", "LDP", "IP4"])
def test_an_acronym_is_a_named_mention(mentions, acronym):
    found = mentions(f"The talks with the {acronym} stalled over funding.")
    mention = by_text(found, acronym)
    assert mention.type in (EntityType.ORGANIZATION, EntityType.PARTY, EntityType.GROUP)


def test_an_acronym_before_a_title_is_its_own_mention(mentions):
    found = mentions("On Tuesday NATO Secretary-General Mark Rutte opened the meeting.")
    assert "NATO" in texts(found)
    assert "Mark Rutte" in texts(found)


@pytest.mark.parametrize("opener", ["However", "Meanwhile", "Still", "Yesterday", "Later"])
def test_a_capitalised_sentence_opener_is_not_a_name(mentions, opener):
    found = mentions(f"{opener} the ferry service resumed after the storm.")
    assert opener not in texts(found)
    assert not any(t.startswith(opener + " ") for t in texts(found))


def test_a_plural_noun_opening_a_sentence_is_not_a_name(mentions):
    found = mentions("Analysts expect the central bank to cut rates in March.")
    assert "Analysts" not in texts(found)


def test_a_name_opening_a_sentence_is_still_a_name(mentions):
    found = mentions("Berg told reporters the ferry service would resume.")
    assert "Berg" in texts(found)


def test_a_demonym_alone_is_not_a_name(mentions):
    found = mentions("The ministry said Norwegian fishermen would be compensated.")
    assert "Norwegian" not in texts(found)


def test_month_and_weekday_names_are_not_names(mentions):
    found = mentions("The ferry resumed service on Monday, June 2, after the storm.")
    assert texts(found) == []


def test_mention_spans_index_the_source_text(make_source, lexicon):
    source = make_source("Talks resumed.\nPrime Minister Anna Berg met Olaf Lind in Bergen.\n")
    for mention in extract(source, lexicon).mentions:
        assert source.text[mention.span.start : mention.span.end] == mention.span.text


def test_a_possessive_is_not_part_of_the_name(mentions):
    found = mentions("Critics attacked Anna Berg's budget on Friday.")
    assert "Anna Berg" in texts(found)
    assert "Anna Berg's" not in texts(found)


def test_an_attributive_suffix_is_not_part_of_the_name(mentions):
    found = mentions("The Berg-led coalition won the vote.")
    assert "Berg" in texts(found)


def test_a_surname_refers_to_the_full_name_given_earlier(mentions):
    found = mentions("Anna Berg opened the bridge. Berg said it had been long overdue.")
    short = [m for m in found if m.span.text == "Berg"]
    assert short and short[0].key == "Anna Berg"
    assert short[0].type == EntityType.PERSON


def test_mr_with_a_surname_refers_to_the_full_name(mentions):
    found = mentions("Olaf Lind arrived late. Reporters later asked Mr. Lind about the delay.")
    short = [m for m in found if m.span.text == "Lind"]
    assert short and short[0].key == "Olaf Lind"


def test_mr_without_a_full_stop_also_refers_to_the_full_name(mentions):
    found = mentions("Olaf Lind arrived late. Reporters later asked Mr Lind about the delay.")
    short = [m for m in found if m.span.text == "Lind"]
    assert short and short[0].key == "Olaf Lind"


def test_a_surname_refers_to_the_nearest_earlier_full_name(mentions):
    text = "Anna Berg met Olaf Berg. Later Erik Lind met Anna Lind. Berg left first."
    found = mentions(text)
    last = [m for m in found if m.span.text == "Berg"][-1]
    assert last.key == "Olaf Berg"


def test_a_military_rank_spelt_out_is_not_part_of_the_name(mentions):
    found = mentions("The convoy was led by Colonel Erik Holm of the border guard.")
    assert "Erik Holm" in texts(found)


def test_a_name_after_mr_is_a_person_even_without_a_full_name(mentions):
    found = mentions("Reporters asked Mr. Halvorsen about the delay.")
    assert by_text(found, "Halvorsen").type == EntityType.PERSON


def test_an_acronym_defined_in_parentheses_refers_to_its_expansion(mentions):
    found = mentions("The Nordic Fisheries Council (NFC) met in Bergen. The NFC set new quotas for cod.")
    acronyms = [m for m in found if m.span.text == "NFC"]
    assert len(acronyms) == 2
    assert {m.key for m in acronyms} == {"Nordic Fisheries Council"}


def test_an_acronym_of_a_party_keeps_the_party_type(mentions):
    found = mentions("The Liberal Democratic Party (LDP) lost seats. The LDP will choose a new leader.")
    assert all(m.type == EntityType.PARTY for m in found if m.span.text == "LDP")


def test_an_undefined_acronym_refers_to_itself(mentions):
    found = mentions("The talks with NATO stalled.")
    assert by_text(found, "NATO").key == "NATO"


def test_a_body_glued_between_an_office_and_a_name_is_cut_from_the_person(mentions):
    found = mentions("Governor of the Tessel Province Ana Lorca ordered the valley evacuated.")
    assert by_text(found, "Ana Lorca").type == EntityType.PERSON
    assert "Tessel Province" in texts(found)


def test_a_council_glued_before_a_surname_first_name_is_cut_from_it(mentions):
    found = mentions("Chair of the Harbour Council Ko Min-ji said the ferry would run.")
    assert "Ko Min-ji" in texts(found)
    assert "Harbour Council" in texts(found)


def test_a_body_with_of_and_no_person_after_it_stays_whole(mentions):
    found = mentions("The Federation of Harbour Pilots said the ferry would run.")
    assert "Federation of Harbour Pilots" in texts(found)


def test_particles_run_on_inside_a_name(mentions):
    found = mentions("The dam held, said Pieter van der Hoek, the engineer.")
    assert "Pieter van der Hoek" in texts(found)


def test_an_html_apostrophe_inside_a_name_keeps_the_name_whole(mentions):
    found = mentions("The inquest was opened by Tomas O&#39;Brennan on Monday.")
    assert "Tomas O&#39;Brennan" in texts(found)


# --- web addresses, title-case headlines and generational suffixes --------------------------------


@pytest.mark.parametrize(
    "address",
    [
        "http://www.harbourwire.example/news/Mayor-Quits-After-Vote-1234.php",
        "https://example.org/Velmora-Floods-Kill-Nine",
        "www.portalder-times.example/Storm-Hits-Coast.html",
    ],
)
def test_a_web_address_gives_no_names(mentions, address):
    found = mentions(f"{address}\nMayor Oren Vasko resigned on Monday.")
    assert texts(found) == ["Oren Vasko"]


@pytest.mark.parametrize(
    ("headline", "names"),
    [
        ("Rebels Seize Port Alder After Long Siege", ["Port Alder"]),
        ("Council Rejects Vasko Budget Plan", ["Vasko"]),
        ("Storm Batters Saltmere, Thousands Lose Power", ["Saltmere"]),
        ("Velden Wins Third Term In Close Vote", ["Velden"]),
        ("Floods Cut Off Kessou As Rivers Rise", ["Kessou"]),
    ],
)
def test_words_of_a_title_case_headline_are_no_names(mentions, headline, names):
    body = "Reports from " + " and ".join(names) + " came in on Monday."
    found = mentions(f"{headline}\n{body}")
    assert texts(found)[: len(names)] == names


def test_a_word_the_story_writes_as_a_name_stays_a_name_in_its_headline(mentions):
    found = mentions("Harbour Launches New Ferry For Saltmere\nShares in Harbour rose after the launch.")
    assert texts(found).count("Harbour") == 2


def test_a_short_form_stands_for_a_full_name_with_a_generational_suffix(mentions):
    found = mentions("Tomas Velden Jr., 49, escaped on Monday. Police said Velden was armed.")
    assert by_text(found, "Velden").key == "Tomas Velden Jr"


def test_a_short_capitalised_list_line_is_no_headline(mentions):
    found = mentions("Seeds for the final:\n3 Oren Baker Vasko (Velmora)\n4 Mara Velden (Saltmere)")
    assert "Oren Baker Vasko" in texts(found)


def test_a_preposition_opening_a_sentence_is_no_part_of_the_name(mentions):
    found = mentions("Outside Port Alder station, the inspector spoke to reporters.")
    assert by_text(found, "Port Alder").type == EntityType.PLACE


def test_a_name_opening_with_port_or_fort_is_a_place(mentions):
    found = mentions("Rescue teams from Fort Ellery reached the valley by noon.")
    assert by_text(found, "Fort Ellery").type == EntityType.PLACE


def test_a_place_word_that_only_ends_names_does_not_open_a_place(mentions):
    found = mentions("Park Min-ji thanked the volunteers on Monday.")
    assert by_text(found, "Park Min-ji").type == EntityType.PERSON


def test_the_object_of_a_verb_of_disaster_is_a_place(mentions):
    found = mentions("The storm battered Alder Cove on Friday night.")
    assert by_text(found, "Alder Cove").type == EntityType.PLACE


def test_a_person_struck_by_a_vehicle_stays_a_person(mentions):
    found = mentions("A delivery van hit Mara Velden on the quay.")
    assert by_text(found, "Mara Velden").type == EntityType.PERSON


def test_a_party_name_ends_at_party_before_another_name(mentions):
    found = mentions("Velmoran National Party Saltmere leader Mara Velden spoke on Monday.")
    assert by_text(found, "Velmoran National Party").type == EntityType.PARTY
    assert "Saltmere" in texts(found)


@pytest.mark.parametrize("text", ["Harbour Party Conference", "Harbour Party of Velmora"])
def test_a_party_name_runs_on_into_a_head_word_or_of(mentions, text):
    assert text in texts(mentions(f"Delegates met at the {text} in Saltmere on Monday."))
