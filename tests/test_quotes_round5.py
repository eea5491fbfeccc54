"""Fifth round of speaker rules, read on the train split's failures. Every sentence is invented."""

from __future__ import annotations

import pytest

from newsparse._quotes import find_quotes


def _said(paragraphs: list[str]) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in find_quotes(paragraphs)]


# --- a line break inside a paragraph ------------------------------------------------------------


@pytest.mark.parametrize("brk", ["\n", "\r\n", "\r"])
def test_a_stop_before_a_line_break_ends_the_sentence(brk: str) -> None:
    # another extractor's paragraph keeps its lines: the name after the cue ends at the stop
    paragraph = (
        f"Ann Lind runs the ferry board. “We want more boats,” said Lind.{brk}"
        "Bo Karlsson, head of the crews, said: “Not yet.”"
    )
    assert _said([paragraph]) == [("We want more boats,", "Ann Lind"), ("Not yet.", "Bo Karlsson")]


def test_the_text_keeps_its_line_breaks_as_written() -> None:
    paragraph = "“We sail at dawn.\nWe come back at dusk,” said Ivo Marsh."
    (quote,) = find_quotes([paragraph])
    assert quote.text == "We sail at dawn.\nWe come back at dusk,"
    assert paragraph[quote.start : quote.end] == quote.text
    assert quote.speaker == "Ivo Marsh"


def test_a_line_break_answers_as_a_space_does() -> None:
    lines = "“It is late,” Ada Roe said.\n“We wait,” said Roe."
    spaced = lines.replace("\n", " ")
    assert _said([lines]) == _said([spaced])


# --- a party member's place set off after the name ----------------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "Senator Ada Roe, Republican of Delaware, said the plan was “not helping.”",
        "Representative Ada Roe, Democrat from Ohio, told reporters: “Not helping.”",
        "Leaving the hall, Senator Ada Roe, Republican of Delaware, called out, ''Not helping.''",
        "“Not helping,” said Senator Ada Roe, Republican of Delaware.",
    ],
)
def test_a_party_and_state_appositive_is_not_the_speaker(paragraph: str) -> None:
    assert [speaker for _, speaker in _said([paragraph])] == ["Ada Roe"]


# --- the main clause's subject before a reporting participle ------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "The mayor left no doubt of her support for the ferry, saying that “nobody has done"
            " more for this town.”",
            "The mayor",
        ),
        (
            "A spokeswoman for the harbour board emailed reporters with the rule, arguing, “As"
            " you can see, the rule is clear.”",
            "A spokeswoman",
        ),
        (
            "Ada Roe on Monday stepped up her attacks on Lind, saying he is “weak on ferries.”",
            "Ada Roe",
        ),
    ],
)
def test_a_reporting_participle_reports_the_main_clause_subject(
    paragraph: str, speaker: str
) -> None:
    assert [who for _, who in _said([paragraph])] == [speaker]


def test_a_participle_opening_the_sentence_is_no_subject() -> None:
    paragraph = "Weighing in on the vote, the harbour chief agreed, praising it as “a fine plan.”"
    ((_, who),) = _said([paragraph])
    assert who is None or not who.startswith("Weighing")


def test_a_thing_opening_the_sentence_is_no_speaker() -> None:
    # no role noun and no name opens the sentence: nobody is made up
    paragraph = "The plan drew fire from the crews, saying it is “weak on ferries.”"
    assert _said([paragraph]) == [("weak on ferries.", None)]


# --- dotted initials keep their last period --------------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("“It is late,” said J.M. Lind, a fellow at the harbour institute.", "J.M. Lind"),
        ("“It is late,” J.M. Lind said.", "J.M. Lind"),
        ("“It is late,” Thomas E. Lind said.", "Thomas E. Lind"),
    ],
)
def test_dotted_initials_are_written_as_the_article_writes_them(
    paragraph: str, speaker: str
) -> None:
    assert [who for _, who in _said([paragraph])] == [speaker]


def test_a_surname_resolves_to_a_name_with_dotted_initials() -> None:
    paragraphs = ["G.K. Lind chairs the ferry board.", "“It is late,” Lind said."]
    assert _said(paragraphs) == [("It is late,", "G.K. Lind")]
