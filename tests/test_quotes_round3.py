"""Third round of speaker rules: courtesy titles before a surname that is also a title, an
office before a name with an appositive after it, and more. Every sentence is invented."""

from __future__ import annotations

import pytest

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
