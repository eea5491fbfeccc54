"""Third round of speaker rules: courtesy titles before a surname that is also a title, an
office before a name with an appositive after it, and more. Every sentence is invented."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse._quotes import find_quotes


def _said(paragraphs: list[str]) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in find_quotes(paragraphs)]


# --- a courtesy title before a surname that is also a title -------------------------------------


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (["“The ferry is late,” Mr. King said."], "King"),
        (["Ada Bishop runs the harbour.", "“The ferry is late,” Ms. Bishop said."], "Ada Bishop"),
        (["Ivo Prince chairs the board.", "“It is settled,” said Dr. Prince."], "Ivo Prince"),
    ],
)
def test_a_courtesy_title_makes_the_next_word_a_name(paragraphs: list[str], speaker: str) -> None:
    assert find_quotes(paragraphs)[-1].speaker == speaker


def test_a_title_alone_after_the_is_still_no_name() -> None:
    (quote,) = find_quotes(["“The ferry is late,” said the King."])
    assert quote.speaker is None


def test_a_courtesy_title_before_a_name_and_an_unlisted_verb() -> None:
    (quote,) = find_quotes(["“It is mine,” Ms. Lind answered."])
    assert (quote.speaker, quote.cue) == ("Lind", "answered")
    paragraphs = ["Ann Lind runs the port.", "“It is mine,” Ms. Lind answered, smiling."]
    assert _said(paragraphs) == [("It is mine,", "Ann Lind")]


# --- an office before the name, an appositive after it -----------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "Former harbour chief Ivo Marsh, a Lind ally, said the board should “wait and see” first.",
        "“Wait,” former harbour chief Ivo Marsh, a Lind ally, said.",
    ],
)
def test_the_named_person_not_the_appositive_after_an_office(paragraph: str) -> None:
    assert [q.speaker for q in find_quotes([paragraph])] == ["Ivo Marsh"]


def test_a_lead_in_ending_on_a_name_is_still_no_speaker() -> None:
    (quote,) = find_quotes(["In a letter to The Herald, the clerk said: “Go now.”"])
    assert quote.speaker == "the clerk"


# --- the subject that opens the sentence of a quotation -----------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # an appositive opening on an owner, or a party tag
        (
            "Ann Roe, Ohio’s sitting governor, repeated that Ivo was “a pushover at best.”",
            "Ann Roe",
        ),
        (
            "Board Chair Ann Roe, D-Ohio, sent a message to Ivo: “Stop it now and go home.”",
            "Ann Roe",
        ),
        # a negated verb
        ("Roe didn’t seem impressed, telling reporters, “A lot of people said stop.”", "Roe"),
        # a long appositive
        (
            "Ann Roe, co-founder of the Lakeside Ferry Institute and advocate of a plan to build "
            "new piers, welcomed “the news that we do not have all we need.”",
            "Ann Roe",
        ),
        # a long lead-in clause
        (
            "Shortly after the harbour board finished counting the votes, Ann Roe thanked the "
            "crowd for “a night to remember.”",
            "Ann Roe",
        ),
        # ``and`` after a place opens no appositive
        (
            "On Sunday, Ann Roe stood at her desk in Lakeside, Ohio, and, citing the rules, "
            "urged the board to “act now.”",
            "Ann Roe",
        ),
        # a participle opening the sentence is no name
        (
            "Kicking off her day at a town hall in Lakeside, Roe accused Ivo of being “soft” "
            "on tolls.",
            "Roe",
        ),
    ],
)
def test_the_subject_opening_the_sentence(paragraph: str, speaker: str) -> None:
    assert [q.speaker for q in find_quotes([paragraph])] == [speaker]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("The Ohio senator sought to calm her fans, saying they would “not get hurt” there.",
         "The Ohio senator"),
        ("Presidential candidate Ann Roe often stresses that she is a “proud Democrat” at home.",
         "Ann Roe"),
        ("Harbour hopeful Ann Roe was also critical, telling a radio host: “It is a mess.”",
         "Ann Roe"),
        ("The harbour council voted 6-1 for a motion which said the town “condemns the toll.”",
         "The harbour council"),
    ],
)  # fmt: skip
def test_an_office_noun_closing_the_capitalised_subject(paragraph: str, speaker: str) -> None:
    assert [q.speaker for q in find_quotes([paragraph])] == [speaker]


def test_a_role_from_a_place_before_the_cue() -> None:
    (quote,) = find_quotes(["The senator from Ohio said the ferry was “late and costly.”"])
    assert quote.speaker == "The senator from Ohio"


# --- after the quotation ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "speaker", "cue"),
    [
        # a role closing on a party member
        ("“The board is reluctant,” one senior Democrat said.", "one senior Democrat", "said"),
        # an unlisted verb before ``upon``
        ("“Oh, my word,” a young clerk exclaimed upon seeing him.", "a young clerk", "exclaimed"),
        # an exclamation is no title
        ("“Ferries!” the crowd screamed back.", "the crowd", "screamed"),
        # a short sentence of its own, or no comma before the name
        ("“I hope you find the missing files.” Roe said.", "Roe", "said"),
        ('“He put a lot of people out of work, too" Sweeny said after an event.', "Sweeny", "said"),
        # the appositive is an owner's office
        (
            "“They are open to new things,” Jenna Marsh, Lakeside’s director of ferry sales, "
            "said of the plan.",
            "Jenna Marsh",
            "said",
        ),
    ],
)
def test_speaker_after_the_quotation(paragraph: str, speaker: str, cue: str) -> None:
    (quote,) = find_quotes([paragraph])
    assert (quote.speaker, quote.cue) == (speaker, cue)


def test_the_next_quotations_cue_is_not_this_ones() -> None:
    paragraph = "Ivo Marsh called the plan “unhinged.” Ann Roe called the toll “a disgrace.”"
    assert _said([paragraph]) == [("unhinged.", "Ivo Marsh"), ("a disgrace.", "Ann Roe")]


# --- an absolute clause -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "Critics were quick to react, with Ann Roe calling the plan “a farce” on air.",
        "Lakeside and Dover used strong words, with Ann Roe recently promising to “sink it.”",
    ],
)
def test_the_person_of_a_with_clause_speaks(paragraph: str) -> None:
    assert [q.speaker for q in find_quotes([paragraph])] == ["Ann Roe"]


def test_a_with_clause_without_a_name_gives_the_subject() -> None:
    paragraph = "Ann Roe was quick to react, with a smile calling the plan “a farce” on air."
    assert [q.speaker for q in find_quotes([paragraph])] == ["Ann Roe"]


# --- a property: lead-ins and appositives around the subject never change it -------------------

_NAMES = st.sampled_from(["Ann Roe", "Ivo Marsh", "Cato Brennan", "Ada Okafor"])
_LEAD_INS = st.sampled_from(
    ["", "On Sunday, ", "Shortly after the harbour board counted the votes, ", "In May, in Dover, "]
)
_APPOSITIVES = st.sampled_from(
    ["", ", a ferry pilot,", ", Dover’s harbour master,", ", D-Del.,", ", who runs the port,"]
)
_VERBS = st.sampled_from(["urged", "didn’t hesitate in urging", "again urged"])


@given(_NAMES, _LEAD_INS, _APPOSITIVES, _VERBS)
def test_lead_ins_and_appositives_keep_the_subject(
    name: str, lead_in: str, appositive: str, verb: str
) -> None:
    paragraph = f"{lead_in}{name}{appositive} {verb} the board to “act now” on tolls."
    assert [q.speaker for q in find_quotes([paragraph])] == [name]


# --- more subjects: an ``and`` clause, a relative clause, a party tag, words that are no name ---


def test_the_person_of_an_and_clause_speaks() -> None:
    paragraph = (
        "Both issued a note, with Ann Roe saying she was “glad” and Ivo Marsh calling it “a start.”"
    )
    assert _said([paragraph]) == [("glad", "Ann Roe"), ("a start.", "Ivo Marsh")]


def test_a_name_after_a_relative_pronoun_is_the_cues_subject() -> None:
    (quote, *_) = find_quotes(["And the Lakeside toll, which Roe had called a “disaster” then?"])
    assert (quote.speaker, quote.cue) == ("Roe", "called")


def test_a_party_tag_after_the_opening_subject() -> None:
    paragraph = "In a note, Ohio Attorney General Ann B. Roe (D) asserted that “trust is broken.”"
    assert [q.speaker for q in find_quotes([paragraph])] == ["Ann B. Roe"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Under Ohio law, a toll is due when a driver “crosses the bridge twice.”",
        "Two hours later, a memo was released stating that the loss was “long expected.”",
        "I'm old enough to remember the mayor going on air and saying tolls were “a moral war” then.",
    ],
)
def test_a_preposition_a_number_or_i_opening_a_sentence_is_no_speaker(paragraph: str) -> None:
    assert all(q.speaker is None for q in find_quotes([paragraph]))


def test_being_breaks_a_role_phrase() -> None:
    paragraph = (
        "The fears being voiced by harbour staff go beyond Roe’s pledge to be “neutral” on tolls."
    )
    assert all(q.speaker is None for q in find_quotes([paragraph]))


# --- an unlisted verb before a name; a participle opening the sentence --------------------------


@pytest.mark.parametrize(
    ("paragraph", "speaker", "cue"),
    [
        (
            "“Silly boys, all of them,” scoffed Ann Roe, 22, who runs the club.",
            "Ann Roe",
            "scoffed",
        ),
        ("“This is fantastic!” beamed Ivo Marsh of Dover, who came early.", "Ivo Marsh", "beamed"),
    ],
)
def test_an_unlisted_verb_then_a_full_name(paragraph: str, speaker: str, cue: str) -> None:
    (quote,) = find_quotes([paragraph])
    assert (quote.speaker, quote.cue) == (speaker, cue)


def test_an_unlisted_verb_after_a_title_names_no_speaker() -> None:
    assert find_quotes(["“Ferry Nights,” starred Ann Roe."]) == ()


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "Speaking to a Dover radio show on Monday morning in the harbour town of Lakeside, "
            "which hosts the vote, Ann Roe referred to Ivo as “a bright leader” but no more.",
            "Ann Roe",
        ),
        (
            "In ruling on a similar challenge to the new toll on the bridge in the county of Dover, "
            "the board stressed that a court should settle it “once and for all.”",
            "the board",
        ),
    ],
)
def test_the_subject_after_a_long_participle_clause(paragraph: str, speaker: str) -> None:
    assert [q.speaker for q in find_quotes([paragraph])] == [speaker]


def test_an_inverted_cue_and_name_before_a_colon() -> None:
    (quote,) = find_quotes(["In other words, explained Lakeside host Ann Roe: “Why the toll?”"])
    assert (quote.speaker, quote.cue) == ("Ann Roe", "explained")


def test_a_cue_with_its_subject_before_a_colon_keeps_the_subject() -> None:
    paragraph = "Ann Roe opened the fair.", "She recalled the long freeze on fares: “It was hard.”"
    assert find_quotes(list(paragraph))[0].speaker == "Ann Roe"
