"""A thread in the reference layout's comment shape (a bulleted name, its time on the next line,
then the text) on a real page dump with a menu above the headline, in several renderings: the
real-page reader reads it one record a comment, and the declared count of ``Reader Comments
(3)``. (Invented page.)"""

from __future__ import annotations

from datetime import datetime

import pytest

import newsparse

HEAD = """Home
World
Business
Sport
Weather

Harbour town votes to keep its ferry

By Mara Quill
Published: March 3, 2024

The council of the small harbour town voted on Tuesday to keep the ferry running through the \
winter, after a long evening of debate in the old school hall.

Opponents said the cost, about two hundred thousand a year, would fall on every household in \
the town, and asked for a vote of all residents next spring.

Reader Comments (3)

"""

RECORDS = [
    ("Ann Lowe", "Mar 3, 2024 - 9:12AM", "Good news for the island at last. Winter matters most."),
    (
        "tidewatcher",
        "Mar 3, 2024 - 10:40AM",
        "Who pays for it in the end? The households, as always.",
    ),
    ("Piet", "Mar 4, 2024 - 7:05PM", "We took the ferry every week when the children were small."),
]

#: (bullet, indent) as w3m, lynx and html2text set a list item, and a converter without indent
RENDERINGS = {"w3m": ("•", "  "), "lynx": ("*", "   "), "html2text": ("*", "  "), "flat": ("•", "")}


def _page(bullet: str, indent: str) -> str:
    out = HEAD
    for name, when, text in RECORDS:
        out += f"{indent}{bullet} {name}\n{indent}  {when}\n\n{indent}  {text}\n\n\n"
    return out + "More in Regional\n"


@pytest.mark.parametrize("rendering", sorted(RENDERINGS))
def test_bulleted_names_over_times_are_a_thread(rendering: str) -> None:
    article = newsparse.parse(_page(*RENDERINGS[rendering]))
    assert article.title == "Harbour town votes to keep its ferry"
    assert article.comment_count == 3
    assert [c.author for c in article.comments] == [name for name, _, _ in RECORDS]
    assert [c.text for c in article.comments] == [text for _, _, text in RECORDS]
    assert article.comments[2].posted == datetime(2024, 3, 4, 19, 5)
    assert article.published is not None and article.published.day == 3


def test_a_bulleted_profile_link_under_a_name_is_no_name() -> None:
    # a forum's member card: the name, then bulleted profile links, then the post's time
    posts = "".join(f"{name}\n• Profile\n{when}\n\n{text}\n\n" for name, when, text in RECORDS)
    article = newsparse.parse(HEAD.replace("Reader Comments (3)\n", "") + posts)
    assert [c.author for c in article.comments] == [name for name, _, _ in RECORDS]
