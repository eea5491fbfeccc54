"""Who said it: the attribution patterns of issue 18, one invented paragraph each.

Every sentence here is invented; the patterns are those counted on real political news
(abbreviated titles, long noun phrases after the cue, role and pronoun subjects, partial
quotations inside indirect speech, organisations as sources).
"""

from __future__ import annotations

import pytest

from newsparse._quotes import find_quotes


def _said(paragraphs: list[str]) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in find_quotes(paragraphs)]


# --- 1. abbreviated titles are no sentence ends -------------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("“The bridge will open in May,” Mr. Okafor said.", "Okafor"),
        ("“The bridge will open in May,” said the Rev. Mabel Thorne.", "Mabel Thorne"),
        ("“The bridge will open in May,” Sen. Ilse Varga told reporters.", "Ilse Varga"),
        ("“The bridge will open in May,” said Lt. Gen. Cato Brennan.", "Cato Brennan"),
        ("“The bridge will open in May,” Gov. Ruth Adeyemi said on Friday.", "Ruth Adeyemi"),
        ("“The bridge will open in May,” Dr. Paz said.", "Paz"),
        ("“The bridge will open in May,” said Rep. Tomas W. Lindqvist.", "Tomas W. Lindqvist"),
        ("Mrs. Halloran said: “The bridge will open in May.”", "Halloran"),
        ("''The bridge will open in May,'' Mr. Okafor said.", "Okafor"),
        ("''The bridge will open in May,'' said Mr. Okafor.", "Okafor"),
    ],
)
def test_abbreviated_title_is_no_sentence_end(paragraph: str, speaker: str) -> None:
    [(_, got)] = _said([paragraph])
    assert got is not None and got.endswith(speaker)


def test_an_acronym_before_a_sentence_opener_ends_the_sentence() -> None:
    got = _said(["The firm moved to the U.S. The move was “a gamble,” Ana Brisk said."])
    assert got == [("a gamble,", "Ana Brisk")]
