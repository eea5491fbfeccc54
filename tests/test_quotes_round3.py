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
