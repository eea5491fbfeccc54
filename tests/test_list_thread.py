"""A thread written as a list right under its comments heading (the list layout, read by
:mod:`newsparse._list_comments`): comments with neither a name nor a time (a bullet alone over
the text indented under it), a lone comment under a heading without a count, and lynx's nested
items (``+``, ``o`` a level deeper) that answer the item above them. Invented pages, in the renderings that keep a
list's indentation; a bullet alone over text flush with it (BeautifulSoup) is no comment."""

from __future__ import annotations

from datetime import datetime

import pytest

import newsparse
from newsparse import Comment
from tests.ferry import BODY

HEAD = (
    "Ferry to run every hour from May\n\nBy Mara Quill\nPublished: March 3, 2024\n\n" + BODY + "\n"
)

MENU = "Home\nWorld\nBusiness\nSport\n\n"

TEXTS = [
    "Good news for the island at last.",
    "Who pays for it in the end? The households, as always.",
    "We took the ferry every week when the children were small.",
    "Winter is when the road floods, so the boat matters most then.",
]

#: (bullet, the bullet's indent, the text's indent) as w3m, lynx and inscriptis set an item
RENDERINGS = {
    "w3m": ("•", "  ", "    "),
    "lynx": ("*", "     ", "       "),
    "inscriptis": ("*", "  ", "    "),
}


def _anonymous(bullet: str, at: str, under: str, *, menu: bool) -> str:
    out = (MENU if menu else "") + HEAD + f"{len(TEXTS)} Comments\n\n"
    for text in TEXTS:
        out += f"{at}{bullet}\n{under}{text}\n"
    return out + "\nMore in Regional\n"


@pytest.mark.parametrize("menu", [False, True], ids=["headline-first", "menu-first"])
@pytest.mark.parametrize("rendering", sorted(RENDERINGS))
def test_bullets_alone_over_indented_text_are_comments(rendering: str, menu: bool) -> None:
    article = newsparse.parse(_anonymous(*RENDERINGS[rendering], menu=menu))
    assert article.title == "Ferry to run every hour from May"
    assert [c.text for c in article.comments] == TEXTS
    assert all(c.author is None and c.posted is None for c in article.comments)
    assert article.comment_count == len(TEXTS)
    assert len(article.paragraphs) == 3


def test_bullets_alone_over_flush_text_are_no_comments() -> None:
    # (BeautifulSoup writes every line flush left: a bullet alone is a separator there, and the
    # labels of a comment form under the heading are no comments)
    page = HEAD + "Leave a comment\n\n•\nName\n•\nE-Mail\n•\nWebsite\n"
    article = newsparse.parse(page)
    assert article.comments == ()


@pytest.mark.parametrize("heading", ["Comments", "Reader Comments", "Kommentare"])
def test_one_comment_under_a_heading_without_a_count(heading: str) -> None:
    page = HEAD + f"{heading}\n\n  • Ann Lowe\n    Mar 3, 2024 - 9:12AM\n\n    {TEXTS[0]}\n"
    article = newsparse.parse(page)
    assert article.comments == (
        Comment(author="Ann Lowe", posted=datetime(2024, 3, 3, 9, 12), text=TEXTS[0]),
    )


LYNX_NESTED = """8 Comments

     * Ann Lowe
       March 3, 2024
       Good news for the island at last.
       Reply
          + Mara Quill
            March 3, 2024
            Thank you, Ann. The vote was closer than it looked.
            Reply
     * Piet
       March 4, 2024
       We took the ferry every week when the children were small.
       Reply
          + tidewatcher
            March 4, 2024
            So did we, and the fare was half what it is now.
            Reply
               o Piet
                 March 5, 2024
                 Half? I remember a third.
          + Mara Quill
            March 5, 2024
            It went up twice in ten years, Piet.
            Reply
     * Sam Brook
       March 6, 2024
       Keep it running.
       Reply
          + Ann Lowe
            March 6, 2024
            Hear, hear.
            Reply
"""


def test_lynx_nested_items_answer_the_item_above() -> None:
    article = newsparse.parse(MENU + HEAD + LYNX_NESTED)
    got = [(c.author, c.reply_to) for c in article.comments]
    assert got == [
        ("Ann Lowe", None),
        ("Mara Quill", 0),
        ("Piet", None),
        ("tidewatcher", 2),
        ("Piet", 3),
        ("Mara Quill", 2),
        ("Sam Brook", None),
        ("Ann Lowe", 6),
    ]
    assert article.comment_count == 8
    assert article.comments[5].text == "It went up twice in ten years, Piet."
    assert all("Reply" not in c.text for c in article.comments)
