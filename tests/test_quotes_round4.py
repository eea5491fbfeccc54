"""Fourth round of speaker rules: an owner after a title (``Mrs. Roe’s campaign``), and more.
Every sentence is invented."""

from __future__ import annotations

import pytest

from newsparse._quotes import find_quotes


def _said(paragraphs: list[str]) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in find_quotes(paragraphs)]


# --- an owner after a title ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # the owner's office is an appositive of the name before it
        ("''It is a long job,'' Ann Lind, Mrs. Roe's chief of staff, said on Monday.", "Ann Lind"),
        ("“We wait,” Ivo Marsh, Gov. Lind’s former deputy, said of the vote.", "Ivo Marsh"),
        # the owner's office is the subject, as written, its title kept
        (
            "Mrs. Roe's campaign said that ''Ann Roe won't be bullied'' by the board.",
            "Mrs. Roe's campaign",
        ),
        ("“It is bad,” Sen. Roe’s top aide said.", "Sen. Roe’s top aide"),
    ],
)
def test_an_owner_after_a_title(paragraph: str, speaker: str) -> None:
    assert _said([paragraph])[0][1] == speaker


# --- a paragraph that is a quotation, after a sentence about its speaker ------------------------


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            ["Ann Roe is upbeat about the ferry.", "“It will run, and it is the best we have.”"],
            "Ann Roe",
        ),
        (
            [
                "Ivo Marsh chairs the board.",
                "Marsh praised the crew in May.",
                "“We owe them a lot.”",
            ],
            "Ivo Marsh",
        ),
        (
            ["The Lakeside Tribune reported the vote.", "“The board met for six hours.”"],
            "Lakeside Tribune",
        ),
    ],
)
def test_a_quotation_paragraph_takes_the_subject_before_it(
    paragraphs: list[str], speaker: str
) -> None:
    assert _said(paragraphs)[-1][1] == speaker


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["Marsh praised the crew in May.", "“We owe them a lot.”"],  # one word, never named in full
        ["Ann Roe said the “fix” was late. The board agreed.", "“We owe them a lot.”"],
        ["Looking ahead, Ann Roe was calm.", "“We owe them a lot.”"],  # a participle opens it
        ["When Ann Roe left, the board was calm.", "“We owe them a lot.”"],  # a clause opens it
        ["Ann Roe is upbeat.", "“We owe them a lot,” it read."],  # a word after the quotation
        ["Ann Roe is upbeat.", "Ivo Marsh went on: “We owe them a lot.”"],  # text before it
    ],
)
def test_no_subject_before_a_quotation_paragraph_when_unsure(paragraphs: list[str]) -> None:
    assert _said(paragraphs)[-1][1] != "Ann Roe"
    if paragraphs[0].startswith("Marsh"):
        assert _said(paragraphs)[-1][1] is None


# --- a role and its complement after a preposition ----------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("“Why wait?” a narrator in the Lind ad asks.", "a narrator in the Lind ad"),
        ("A spokesman for the buyer said it was “a fair deal.”", "A spokesman for the buyer"),
        (
            "Asked why, the tired mother of three replied, “I stay home.”",
            "the tired mother of three",
        ),
    ],
)
def test_a_role_and_its_complement(paragraph: str, speaker: str) -> None:
    assert _said([paragraph])[0][1] == speaker


@pytest.mark.parametrize(
    "paragraph",
    [
        "The email went on to say: “The ferry will run on Sunday.”",  # a verb's complement
        "The notice goes on to say: “The ferry will run on Sunday.”",
    ],
)
def test_no_role_complement_after_a_verb(paragraph: str) -> None:
    assert _said([paragraph])[0][1] in ("The email", "The notice")


# --- a name inside quoted words is no antecedent ------------------------------------------------


def test_a_name_inside_quoted_words_is_no_antecedent() -> None:
    paragraphs = [
        "Ada Roe spoke on the dock.",
        "Later the crowd sang “Ann Lind for mayor” for an hour.",
        "“It is late,” she said.",
    ]
    assert _said(paragraphs)[-1] == ("It is late,", "Ada Roe")


# --- a run of capitalised words ends with its sentence ------------------------------------------


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (["“Nobody wants it,” said Hester. Michael Mulgrew agreed."], "Hester"),
        (["Voters like Ada Roe. Roe said the ferry was “a wreck.”"], "Ada Roe"),
        (["The plan came from Ohio. Roe called it “a wreck.”"], "Roe"),
    ],
)
def test_a_name_never_runs_over_a_sentence_end(paragraphs: list[str], speaker: str) -> None:
    assert _said(paragraphs)[0][1] == speaker


# --- ``as X put it`` ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("As Ivo Marsh, a professor of law at Leeds, put it, “The board must wait.”", "Ivo Marsh"),
        ("Or, as Ann Roe put it: ''The gates are open.''", "Ann Roe"),
        ("The toll was, as the Lakeside Herald put it, “a tax on the poor.”", "Lakeside Herald"),
    ],
)
def test_as_someone_put_it(paragraph: str, speaker: str) -> None:
    assert _said([paragraph])[0][1] == speaker


# --- an adjective before an office and a name ---------------------------------------------------


def test_an_adjective_before_an_office_is_no_subject() -> None:
    paragraph = "Republican presidential candidate Ivo Roe has called the toll “a scam.”"
    assert _said([paragraph])[0][1] == "Ivo Roe"


# --- a subject and an unlisted verb right before a quotation ------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "speaker", "cue"),
    [
        ("But in May, when a man was led away, Mr. Roe yelled, “Out, out, out!”", "Roe", "yelled"),
        ("Asked about it, Mr. Lind shot back: “That would be good.”", "Lind", "shot back"),
        ("The dock was loud when a young boy shouted, “Here they come!”", "a young boy", "shouted"),
        ("As Roe spoke, the crowd chanted, “Fix the ferry!”", "the crowd", "chanted"),
    ],
)
def test_a_subject_and_an_unlisted_verb_right_before(
    paragraph: str, speaker: str, cue: str
) -> None:
    (quote,) = find_quotes([paragraph])
    assert (quote.speaker, quote.cue) == (speaker, cue)


@pytest.mark.parametrize(
    "paragraph",
    [
        "The board, which met in the hall, adopted a motto: “Ferries first.”",  # no verb of speech form
        "Ann Roe and the clerk, both tired, left: “We are done here.”",  # no clause subject alone
    ],
)
def test_no_subject_before_a_quotation_without_a_clause_subject(paragraph: str) -> None:
    assert find_quotes([paragraph])[0].speaker is None


# --- a transcript's speaker label inside the quotation ------------------------------------------


def test_a_transcript_label_inside_the_quotation_names_the_speaker() -> None:
    paragraphs = [
        "Governor Ada Roe spoke to the host.",
        "“ROE: Well, look, the ferry is late.",
        "“VIDEO: The ferry sails past the pier.",
        "“MARSH: Governor, I want to ask you one thing.",
        "“But the ferry is still late.”",
    ]
    assert [q.speaker for q in find_quotes(paragraphs)] == ["Ada Roe", None, "Marsh", "Marsh"]


def test_a_word_in_capitals_that_names_no_one_is_no_label() -> None:
    assert find_quotes(["“UPDATE: The ferry left at noon.”"])[0].speaker is None
