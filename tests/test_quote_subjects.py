"""Sixth round of speaker rules (#18), read on the train split's failures: the subject of a cue
behind an appositive that holds other names, a place set off by commas, lead-ins. Every
sentence is invented."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse._quotes import find_quotes


def _speakers(paragraphs: list[str]) -> list[str | None]:
    return [q.speaker for q in find_quotes(paragraphs)]


# --- a name opening the subject, then an appositive holding other names -------------------------


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "Ivo Vian, the editor of the city’s paper, The Dover Star, said every mayor was "
            "“both good and bad.”",
            "Ivo Vian",
        ),
        (
            "Cato Brennan, whose newest firm, Lakeside, sells maps, said the plan was "
            "“a start-up kind of idea.”",
            "Cato Brennan",
        ),
        (
            "Ohio delegate Ada Okafor, dressed in a cape that spelled the name Marsh, said the "
            "vote could be a “failure” this year.",
            "Ada Okafor",
        ),
        (
            "“It is a math problem,” Ann Roe, who runs a cafe near Lakeside Park, said.",
            "Ann Roe",
        ),
    ],
)
def test_the_name_before_an_appositive_is_the_subject(paragraph: str, speaker: str) -> None:
    assert _speakers([paragraph]) == [speaker]


def test_a_clause_with_its_own_subject_before_the_verb_keeps_it() -> None:
    # the piece nearest the verb opens on ``and``: it has a subject of its own
    paragraph = "Ann Roe, the mayor, met Ivo Marsh, and Marsh said the deal was “done.”"
    assert _speakers([paragraph]) == ["Ivo Marsh"]


def test_a_lead_in_opening_the_sentence_is_no_name() -> None:
    paragraph = "After the vote in Dover, Ada Okafor, the mayor, said it was “a fair result.”"
    assert _speakers([paragraph]) == ["Ada Okafor"]


_NAMES = st.sampled_from(["Ann Roe", "Ivo Marsh", "Cato Brennan", "Ada Okafor"])
_INNER = st.sampled_from(["Bo Lind", "The Dover Star", "Lakeside Park", "Ohio"])
_APPOSITIVES = st.sampled_from(
    ["the editor of a paper, {inner},", "whose firm, {inner}, grew,", "a friend of {inner},"]
)


@given(_NAMES, _INNER, _APPOSITIVES)
def test_names_inside_an_appositive_never_speak(name: str, inner: str, appositive: str) -> None:
    paragraph = f"{name}, {appositive.format(inner=inner)} said the levy was “too high.”"
    assert _speakers([paragraph]) == [name]


# --- a place set off by commas goes on naming the place -----------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "Ann Roe, a 55-year-old baker from Dover, New Hampshire, says the town will “hold on.”",
        "Ann Roe of Dover, New Hampshire says the town will “hold on.”",
    ],
)
def test_a_state_after_a_town_is_no_speaker(paragraph: str) -> None:
    assert _speakers([paragraph]) == ["Ann Roe"]


def test_a_name_after_a_lead_in_ending_on_a_place_speaks() -> None:
    paragraph = "Alarmed by the floods in Ohio, Senator Ivo Marsh, the whip, said it was “a test.”"
    assert _speakers([paragraph]) == ["Ivo Marsh"]


# --- three lead-ins before the subject ----------------------------------------------------------


def test_three_lead_ins_before_the_subject() -> None:
    paragraph = (
        "At a rally in Dover, Ohio, on Monday, Ann Lind tried to explain her plan, saying that "
        "the state should “lead the way on water.”"
    )
    assert _speakers([paragraph]) == ["Ann Lind"]
