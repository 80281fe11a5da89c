"""Quotations found in plain text and who said them: the quote marks and the shapes of attribution."""

from __future__ import annotations

from importlib import resources

import pytest

from factcheck.extract.quotes import Quotation, find_quotations
from factcheck.lexicon.quotes import AttributionWords, quote_words


def read_data(name: str) -> str:
    return resources.files("factcheck.data").joinpath(name).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def words() -> AttributionWords:
    return quote_words(read_data).attribution


def only(text: str, words: AttributionWords) -> Quotation:
    found = find_quotations(text, words)
    assert len(found) == 1, found
    return found[0]


def speakers(text: str, words: AttributionWords) -> list[str | None]:
    return [q.speaker_text for q in find_quotations(text, words)]


# --- attribution shapes: (sentence, speaker as written, verb) ----------------------------------

SPEAKER_THEN_VERB_AFTER = [
    ('"We will rebuild the pier," Mayor Ana Ruiz said.', "Mayor Ana Ruiz", "said"),
    ('"The ferry will run again in May," Ruiz told reporters.', "Ruiz", "told"),
    ('"Nobody was hurt," the harbour master said on Tuesday.', "the harbour master", "said"),
    ('"It is too early to say," Dr Lena Okafor later told the inquiry.', "Dr Lena Okafor", "told"),
    ('"We have asked for more time," officials said.', "officials", "said"),
    ('"Why now?" Councillor Tom Hale asked.', "Councillor Tom Hale", "asked"),
]
VERB_THEN_SPEAKER_AFTER = [
    ('"The budget is balanced", said Ana Ruiz.', "Ana Ruiz", "said"),
    (
        '"We lost three boats," said the harbour master, who has run the port since 2010.',
        "the harbour master",
        "said",
    ),
    (
        '"Prices will rise," said a spokeswoman for the Carrow Water Board.',
        "a spokeswoman for the Carrow Water Board",
        "said",
    ),
    ('"This is only the start," added Tom Hale, the council leader.', "Tom Hale", "added"),
    ('"The vote was fair," says Dr Lena Okafor in a statement.', "Dr Lena Okafor", "says"),
    ('"The pier is safe," said harbour master Ben Kim.', "harbour master Ben Kim", "said"),
]
COLON_BEFORE = [
    ('Mayor Ana Ruiz said: "We will rebuild the pier."', "Mayor Ana Ruiz", "said"),
    ('In a statement, Tom Hale said: "The school will reopen on Monday."', "Tom Hale", "said"),
    ('But the harbour master said: "Nobody was hurt."', "the harbour master", "said"),
    ('Dr Lena Okafor wrote on Friday: "The results are clear."', "Dr Lena Okafor", "wrote"),
    ('Speaking to the council, Ben Kim added: "We need two more ferries."', "Ben Kim", "added"),
    ('Last week the harbour board said: "The bid is far too low."', "the harbour board", "said"),
    (
        'A spokesman for the Eastport Port Authority (EPA) said: "Work starts in June."',
        "A spokesman for the Eastport Port Authority",
        "said",
    ),
]
THAT_BEFORE = [
    ('Ana Ruiz said that "the pier will be rebuilt by spring".', "Ana Ruiz", "said"),
    ('The council said that "no decision has been taken".', "The council", "said"),
    ('Tom Hale insisted that "the budget is balanced".', "Tom Hale", "insisted"),
    ('Dr Okafor has said that "the results are clear".', "Dr Okafor", "said"),
    ('The union warned on Monday that "the strike will go ahead".', "The union", "warned"),
]
TOLD_BEFORE = [
    ('Ana Ruiz told reporters: "We will rebuild the pier."', "Ana Ruiz", "told"),
    ('Tom Hale told the Eastport Courier: "The school will reopen."', "Tom Hale", "told"),
    (
        'The harbour master told a news conference in Eastport: "Nobody was hurt."',
        "The harbour master",
        "told",
    ),
    ('Dr Lena Okafor told the committee on Tuesday: "The results are clear."', "Dr Lena Okafor", "told"),
    ('She told local radio: "I am not going anywhere."', "She", "told"),
]
ACCORDING_TO = [
    ('According to Ana Ruiz, "the pier will be rebuilt by spring".', "Ana Ruiz", "according to"),
    ('According to the harbour master, "nobody was hurt".', "the harbour master", "according to"),
    ('According to Dr Lena Okafor, "The results are clear."', "Dr Lena Okafor", "according to"),
    ('The ferry was late, according to Tom Hale, "by at least an hour".', "Tom Hale", "according to"),
    (
        'According to a council spokeswoman, "the vote will be held in June".',
        "a council spokeswoman",
        "according to",
    ),
    (
        'Now, according to Eastport Water, the "water-like" drinks will sell.',
        "Eastport Water",
        "according to",
    ),
]
ADDED_AFTER = [
    ('"And we will do it fast", Ruiz added.', "Ruiz", "added"),
    ('"The money is there," the mayor added.', "the mayor", "added"),
    ('"We are not finished", Tom Hale added on Friday.', "Tom Hale", "added"),
    ('"That is all I can say," she added.', "she", "added"),
    ('"It will cost less than we feared," Dr Okafor added in a letter.', "Dr Okafor", "added"),
]
APPOSITION = [
    ('Ana Ruiz, the mayor, said "We will rebuild the pier."', "Ana Ruiz", "said"),
    ('The mayor, Ana Ruiz, said: "We will rebuild the pier."', "Ana Ruiz", "said"),
    ('Tom Hale, 41, said: "The school will reopen."', "Tom Hale", "said"),
    ('Dr Lena Okafor, who led the study, told reporters: "The results are clear."', "Dr Lena Okafor", "told"),
    ('"Nobody was hurt," Ben Kim, the harbour master, said.', "Ben Kim", "said"),
]
PRONOUN = [
    ('"We will rebuild the pier," she said.', "she", "said"),
    ('"The school will reopen," he told reporters.', "he", "told"),
    ('They said: "We have asked for more time."', "They", "said"),
    ('"Nobody was hurt," it said in a statement.', "it", "said"),
    ('He added: "That is all I can say."', "He", "added"),
]


@pytest.mark.parametrize(
    ("text", "speaker", "verb"),
    SPEAKER_THEN_VERB_AFTER
    + VERB_THEN_SPEAKER_AFTER
    + COLON_BEFORE
    + THAT_BEFORE
    + TOLD_BEFORE
    + ACCORDING_TO
    + ADDED_AFTER
    + APPOSITION
    + PRONOUN,
)
def test_the_speaker_and_verb_of_an_attribution(
    text: str, speaker: str, verb: str, words: AttributionWords
) -> None:
    quote = only(text, words)
    assert (quote.speaker_text, quote.verb) == (speaker, verb)
    assert quote.speaker_start is not None and quote.speaker_end is not None
    assert text[quote.speaker_start : quote.speaker_end] == speaker
    assert not quote.inherited


@pytest.mark.parametrize(
    "text",
    [
        'The sign on the door read "Closed for repairs".',
        '"Closed for repairs." The sign had been there for a week.',
        'The so-called "harbour plan" was never published.',
        'Nobody could explain the "missing" boats.',
        '"Nobody was hurt." Divers searched the harbour all night.',
    ],
)
def test_a_quotation_with_no_speaker_has_none(text: str, words: AttributionWords) -> None:
    quote = only(text, words)
    assert quote.speaker_text is None and quote.speaker_start is None and quote.verb is None


def test_a_passive_verb_names_no_speaker(words: AttributionWords) -> None:
    assert only('The old pier was dubbed "the long walk" by fishermen.', words).speaker_text is None


def test_quoted_as_saying_names_who_was_quoted(words: AttributionWords) -> None:
    text = '"The deal is done," the Eastport Courier quoted a port official as saying.'
    assert only(text, words).speaker_text == "a port official"


def test_a_verb_before_a_relative_clause_does_not_attribute_a_quotation_inside_it(
    words: AttributionWords,
) -> None:
    text = "The board concluded that fares, which rose after the 'ferry fiasco' last year, must fall."
    assert only(text, words).speaker_text is None


def test_an_infinitive_names_no_speaker(words: AttributionWords) -> None:
    text = 'The new mayor sailed into Eastport on Monday to announce a "fresh start" for the port.'
    assert only(text, words).speaker_text is None


def test_nobody_is_no_speaker(words: AttributionWords) -> None:
    assert only('"It was a mistake," nobody said.', words).speaker_text is None


def test_a_capitalised_word_is_no_verb(words: AttributionWords) -> None:
    text = "The 'Northern' ferries of Carrow and Warns Shipping are older."
    assert only(text, words).speaker_text is None


# --- quote marks -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ('"We will rebuild the pier," Ruiz said.', "We will rebuild the pier,"),
        ("“We will rebuild the pier,” Ruiz said.", "We will rebuild the pier,"),
        ("‘We will rebuild the pier,’ Ruiz said.", "We will rebuild the pier,"),
        ("'We will rebuild the pier,' Ruiz said.", "We will rebuild the pier,"),
        ("«We will rebuild the pier,» Ruiz said.", "We will rebuild the pier,"),
        ("“We won’t rebuild the fishermen’s pier,” Ruiz said.", "We won’t rebuild the fishermen’s pier,"),
        ("‘We won’t stop,’ Ruiz said.", "We won’t stop,"),
    ],
)
def test_straight_curly_double_and_single_marks(text: str, quoted: str, words: AttributionWords) -> None:
    quote = only(text, words)
    assert (quote.text, quote.speaker_text) == (quoted, "Ruiz")


@pytest.mark.parametrize(
    "text",
    [
        "The farmers' union met on Monday and nobody spoke.",
        "Ruiz's plan didn't pass, and the council's vote was close.",
        "The ferry ran in the '90s and was sold in 2004.",
        "The band played rock 'n' roll until midnight.",
        "Dr O'Hara and the fishermen’s guild agreed on the pier.",
        "The boys’ school and the girls’ school share a yard.",
    ],
)
def test_apostrophes_are_not_quotation_marks(text: str, words: AttributionWords) -> None:
    assert find_quotations(text, words) == ()


def test_a_quotation_inside_a_quotation_belongs_to_the_outer_one(words: AttributionWords) -> None:
    quote = only("\"He called the plan 'a disgrace', and I agree,\" Ruiz said.", words)
    assert quote.text == "He called the plan 'a disgrace', and I agree,"
    british = only("'He called the plan \"a disgrace\", and I agree,' Ruiz said.", words)
    assert british.text == 'He called the plan "a disgrace", and I agree,'


# --- a statement in several parts --------------------------------------------------------------

SPLIT = [
    (
        '"We will rebuild," she said, "and we will do it fast."',
        "We will rebuild, and we will do it fast.",
        "she",
    ),
    (
        '"The pier," Mayor Ana Ruiz said, "will be ready by May."',
        "The pier, will be ready by May.",
        "Mayor Ana Ruiz",
    ),
    ("“Nobody,” said the harbour master, “was hurt.”", "Nobody, was hurt.", "the harbour master"),
    ("'The budget', Tom Hale added, 'is balanced.'", "The budget is balanced.", "Tom Hale"),
    (
        '"If the money comes," Dr Okafor told reporters, "we start in June."',
        "If the money comes, we start in June.",
        "Dr Okafor",
    ),
]


@pytest.mark.parametrize(("text", "statement", "speaker"), SPLIT)
def test_a_quotation_split_around_its_attribution_is_one_statement(
    text: str, statement: str, speaker: str, words: AttributionWords
) -> None:
    quote = only(text, words)
    assert (quote.text, quote.speaker_text, len(quote.parts)) == (statement, speaker, 2)
    assert [text[s:e] for s, e in quote.parts] == [p for p in _parts(text)]


def _parts(text: str) -> list[str]:
    marks = [k for k, c in enumerate(text) if c in "\"“”'"]
    return [text[marks[0] + 1 : marks[1]], text[marks[2] + 1 : marks[3]]]


def test_a_new_sentence_after_the_attribution_is_a_new_quotation(words: AttributionWords) -> None:
    found = find_quotations('"We will rebuild," she said. "It will take a year."', words)
    assert [q.text for q in found] == ["We will rebuild,", "It will take a year."]
    assert [q.speaker_text for q in found] == ["she", "she"]
    assert [q.inherited for q in found] == [False, True]


CONTINUED = [
    '"We will rebuild the pier.\n\n"It will take a year," Ruiz said.',
    "“We will rebuild the pier.\n\n“It will take a year,” Ruiz said.",
    "‘We will rebuild the pier.\n\n‘It will take a year,’ Ruiz said.",
    '"We will rebuild the pier. "It will take a year," Ruiz said.',
    '"We will rebuild the pier.\n\n"The money is there.\n\n"It will take a year," Ruiz said.',
]


@pytest.mark.parametrize("text", CONTINUED)
def test_a_quotation_continued_in_a_paragraph_that_reopens_with_a_mark(
    text: str, words: AttributionWords
) -> None:
    quote = only(text, words)
    assert quote.text.startswith("We will rebuild the pier.") and quote.text.endswith("It will take a year,")
    assert len(quote.parts) == text.count("\n\n") + 1 if "\n\n" in text else 2
    assert quote.speaker_text == "Ruiz"


def test_a_paragraph_left_open_without_a_reopening_mark_ends_the_quotation(words: AttributionWords) -> None:
    found = find_quotations('Ruiz said: "We will rebuild the pier.\n\nThe council met on Monday.', words)
    assert [q.text for q in found] == ["We will rebuild the pier."]


def test_an_unclosed_single_mark_is_no_quotation(words: AttributionWords) -> None:
    assert find_quotations("The 'harbour plan was never published.\n\nNobody asked.", words) == ()


# --- partial quotations ------------------------------------------------------------------------

PARTIAL = [
    ("He called the plan 'a disgrace'.", "a disgrace", "He", "called"),
    ('Ruiz described the budget as "reckless and late".', "reckless and late", "Ruiz", "described"),
    ('Tom Hale said the deal was "a good start" for the port.', "a good start", "Tom Hale", "said"),
    ('The union warned of "hard choices" ahead.', "hard choices", "The union", "warned"),
    ('Dr Okafor branded the report "deeply flawed" on Monday.', "deeply flawed", "Dr Okafor", "branded"),
    ('The council dismissed the claims as "nonsense".', "nonsense", "The council", "dismissed"),
    ('Last winter she described the pier as "a death trap".', "a death trap", "she", "described"),
    ('Tom Hale is alleged to have said the vote was "a sham".', "a sham", "Tom Hale", "said"),
    (
        'Kim was suspended last month after the port ethics committee said he had acted "well below the standard".',
        "well below the standard",
        "the port ethics committee",
        "said",
    ),
]


@pytest.mark.parametrize(("text", "quoted", "speaker", "verb"), PARTIAL)
def test_a_partial_quotation_inside_a_sentence(
    text: str, quoted: str, speaker: str, verb: str, words: AttributionWords
) -> None:
    quote = only(text, words)
    assert (quote.text, quote.partial, quote.speaker_text, quote.verb) == (quoted, True, speaker, verb)


@pytest.mark.parametrize(
    "text",
    [
        'Ruiz said: "We will rebuild the pier."',
        '"We will rebuild the pier," Ruiz said.',
        'According to Ruiz, "The pier will be rebuilt."',
        '"Nobody was hurt." Divers searched all night.',
        'Ruiz said, "We will rebuild the pier."',
    ],
)
def test_a_whole_sentence_quotation_is_not_partial(text: str, words: AttributionWords) -> None:
    assert not only(text, words).partial


# --- following quotations ----------------------------------------------------------------------


def test_a_following_paragraph_of_quotation_takes_the_speaker_before(words: AttributionWords) -> None:
    text = '"We will rebuild the pier," said Ana Ruiz, the mayor of Eastport.\n\n"It will take a year."'
    found = find_quotations(text, words)
    assert [(q.speaker_text, q.inherited) for q in found] == [("Ana Ruiz", False), ("Ana Ruiz", True)]


def test_a_sentence_reporting_speech_gives_its_speaker_to_the_quotation_after(
    words: AttributionWords,
) -> None:
    text = 'Tom Hale said the budget was late. "It will be ready in June."'
    quote = only(text, words)
    assert (quote.speaker_text, quote.inherited) == ("Tom Hale", True)


def test_no_speaker_is_inherited_across_another_name(words: AttributionWords) -> None:
    text = (
        '"We will rebuild the pier," Ruiz said. Councillors from Northvale disagreed. "It will never happen."'
    )
    assert speakers(text, words) == ["Ruiz", None]


def test_offsets_are_offsets_in_the_text(words: AttributionWords) -> None:
    text = 'In Eastport on Monday, Mayor Ana Ruiz said: "We will rebuild the pier."'
    quote = only(text, words)
    assert text[quote.start] == '"' and quote.end == len(text)
    assert [text[s:e] for s, e in quote.parts] == ["We will rebuild the pier."]


def test_several_quotations_in_an_article(words: AttributionWords) -> None:
    text = (
        "Eastport pier to reopen\n\n"
        'Mayor Ana Ruiz said: "We will rebuild the pier." The harbour master called the delay "a scandal".\n\n'
        '"Nobody was hurt," said Ben Kim.'
    )
    found = find_quotations(text, words)
    assert [(q.text, q.speaker_text, q.partial) for q in found] == [
        ("We will rebuild the pier.", "Mayor Ana Ruiz", False),
        ("a scandal", "The harbour master", True),
        ("Nobody was hurt,", "Ben Kim", False),
    ]


def test_text_without_quotation_marks_has_no_quotations(words: AttributionWords) -> None:
    assert find_quotations("Ruiz said the pier would be rebuilt.\n\nNobody was hurt.", words) == ()
    assert find_quotations("", words) == ()
