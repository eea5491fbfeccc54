"""Quoted passages found because they repeat an earlier comment (the word index over comments).

A block that is not set off like a quotation is still a quoted passage when it repeats the text
of one of the last 60 comments; the comment then answers the latest comment that holds it.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import newsparse
from newsparse import Article, Comment

_AT = datetime(2024, 3, 9, 14, 5)
_LONG = (
    "The harbour board said a new wall of stone would rise in spring, yet the crews have not "
    "been paid and the quarry trucks stand idle by the ferry pier; all the while the boats "
    "count each storm internationalisation of the port waits, and the boats count again"
)
_SAID = "The quarry trucks stand idle behind the ferry terminal again."


def _reparse(*comments: tuple[str, str]) -> tuple[Comment, ...]:
    """Render comments ``(author, text)`` in the reference layout and parse the page back."""
    article = Article(
        title="Breakwater plans stall",
        paragraphs=("The board met on Tuesday.",),
        comments=tuple(
            Comment(author=who, posted=_AT + timedelta(minutes=i), text=text)
            for i, (who, text) in enumerate(comments)
        ),
    )
    return newsparse.parse(newsparse.render(article)).comments


def test_a_repeated_block_after_the_own_text_is_a_quoted_passage() -> None:
    found = _reparse(("Maren", _SAID), ("Tobias", "I saw them moving today.\n\n" + _SAID))
    assert found[1].text == "I saw them moving today."
    assert found[1].quoted == (_SAID,)
    assert found[1].reply_to == 0


def test_a_long_passage_cut_mid_word_at_the_probe_limit_is_still_found() -> None:
    # the first 200 characters end inside the longest word: only whole words may probe
    assert _LONG[:200].split()[-1] == "internati"
    found = _reparse(("Maren", _LONG), ("Tobias", "Not true, they were paid.\n\n" + _LONG))
    assert found[1].quoted == (_LONG,)
    assert found[1].reply_to == 0


def test_the_passage_answers_the_latest_comment_that_holds_it() -> None:
    found = _reparse(
        ("Maren", _SAID),
        ("Ines", _SAID + " Nobody answers the phone."),
        ("Tobias", "I saw them moving today.\n\n" + _SAID),
    )
    assert found[2].quoted == (_SAID,)
    assert found[2].reply_to == 1


def test_a_passage_older_than_the_window_is_the_commenters_own_text() -> None:
    filler = [(f"Reader {i}", f"Comment number {i} here.") for i in range(60)]
    found = _reparse(("Maren", _SAID), *filler, ("Tobias", "I saw them.\n\n" + _SAID))
    assert found[-1].quoted == ()
    assert found[-1].text == "I saw them.\n\n" + _SAID
    # within the window it is found
    found = _reparse(("Maren", _SAID), *filler[:58], ("Tobias", "I saw them.\n\n" + _SAID))
    assert found[-1].quoted == (_SAID,)
