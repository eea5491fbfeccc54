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
