"""Speakers set as labels (``Ada Roe: “…”``) and roles after a quotation with a verb the
vocabulary does not hold (``“…,” the tired senator vowed.``). Every sentence is invented."""

from __future__ import annotations

import pytest

from newsparse._quotes import find_quotes


def _said(paragraphs: list[str]) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in find_quotes(paragraphs)]


# --- a role and an unlisted verb after a joined quotation ---------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "speaker", "cue"),
    [
        ("“We will fight,” the tired senator vowed.", "the tired senator", "vowed"),
        ("“Out, now!” the crowd yelled back.", "the crowd", "yelled"),
        ("“Tolls go up in May,” the ferry notice reads.", "the ferry notice", "reads"),
        ("“Not again,” a bored juror groaned at the clerk.", "a bored juror", "groaned"),
    ],
)
def test_a_role_and_an_unlisted_verb_after_a_joined_quotation(
    paragraph: str, speaker: str, cue: str
) -> None:
    (quote,) = find_quotes([paragraph])
    assert (quote.speaker, quote.cue) == (speaker, cue)


@pytest.mark.parametrize(
    "paragraph",
    [
        "“Sea Glass Nights,” the harbour radio series.",  # a title and its apposition
        "“We need more,” the sum needed to finish the bridge.",  # a participle, not a cue
        "“We need more,” the report that Lakeside issued.",  # a clause, no role
    ],
)
def test_no_role_speaker_without_a_finite_verb_after_a_role(paragraph: str) -> None:
    assert all(q.speaker is None for q in find_quotes([paragraph]))


# --- a name alone before the colon ---------------------------------------------------------------


def test_name_labels_of_a_transcript() -> None:
    paragraphs = [
        "Ada Roe and Ivo Marsh met at the debate.",
        "Roe: “We will fight the toll.” Marsh: “We will not.”",
    ]
    assert _said(paragraphs) == [
        ("We will fight the toll.", "Ada Roe"),
        ("We will not.", "Ivo Marsh"),
    ]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("TOLLS ARE UP AGAIN - Ada Roe: “The toll went up twice this year.”", "Ada Roe"),
        (
            "Voters agree \u2013 Lakeside Polling: “Most want the old ferry back.”",
            "Lakeside Polling",
        ),
        ("Rep. Ivo Marsh (D-Del.): “Who told you that figure?”", "Ivo Marsh"),
    ],
)
def test_a_name_label_after_a_headline_dash(paragraph: str, speaker: str) -> None:
    assert _said([paragraph])[0][1] == speaker


@pytest.mark.parametrize(
    "paragraph",
    [
        "Update: “The ferry runs again from Monday on.”",  # one word no person of the article
        "Then, later that month on the radio: “We will fight the toll.”",  # no name alone
    ],
)
def test_a_label_that_names_no_one_gives_no_speaker(paragraph: str) -> None:
    assert _said(["Ada Roe met the board.", paragraph])[0][1] is None


# --- a pronoun opening the sentence of a partial quotation --------------------------------------


def test_a_pronoun_subject_of_a_partial_quotation_is_the_person_before_it() -> None:
    paragraphs = [
        "“We will build the bridge,” Ivo Roe said on Monday.",
        "He pledged to be “the greatest builder” the county has seen.",
        "Instead, he was back to calling the toll “a farce” on the radio.",
    ]
    assert _said(paragraphs)[1:] == [("the greatest builder", "Ivo Roe"), ("a farce", "Ivo Roe")]


def test_a_pronoun_subject_is_not_the_person_named_in_its_own_sentence() -> None:
    assert _said(["He said that Varga was “not ready” for the post."]) == [("not ready", None)]


def test_a_question_auxiliary_is_no_first_name() -> None:
    paragraphs = [
        "Does Roe deserve the credit? Marta Roe thinks so.",
        "“We earned it,” Roe said.",
    ]
    assert _said(paragraphs) == [("We earned it,", "Marta Roe")]


# --- a long office before the name, a place after it ----------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "Harbour Board Press Secretary Ann W. Lind released a statement calling the pier"
            " “a special place.”",
            "Ann W. Lind",
        ),
        ("Speaker Ivo Roe of Dover lamented the “sad” state of the race.", "Ivo Roe"),
    ],
)
def test_a_subject_with_a_long_office_or_a_place(paragraph: str, speaker: str) -> None:
    assert _said([paragraph])[0][1] == speaker


# --- a signature after the quotation --------------------------------------------------------------


def test_a_dash_and_a_name_sign_each_quotation_of_a_list() -> None:
    paragraph = "“The ferry is never on time.” ― Ada Roe “I walk instead.” \u2014 Ivo Marsh."
    assert _said([paragraph]) == [
        ("The ferry is never on time.", "Ada Roe"),
        ("I walk instead.", "Ivo Marsh"),
    ]


def test_a_signature_ends_a_line_of_a_list() -> None:
    paragraph = "“The ferry is never on time.” ― Ada Roe\n“I walk instead.”― Ivo Marsh \n"
    assert _said([paragraph]) == [
        ("The ferry is never on time.", "Ada Roe"),
        ("I walk instead.", "Ivo Marsh"),
    ]


@pytest.mark.parametrize(
    "paragraph",
    [
        "“Fix the ferry.” - Update",  # one word: a label as likely as a name
        "“The ferry is late.” \u2014 Ada Roe and her son met the board.",  # a sentence goes on
    ],
)
def test_no_signature_without_a_name_alone(paragraph: str) -> None:
    assert _said([paragraph])[0][1] is None
