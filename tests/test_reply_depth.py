"""Replies shown by indentation only (w3m and lynx keep a nested list's indentation, bs4 does
not): the parser keeps each line's indentation and a comment indented under another answers it."""

from __future__ import annotations

import pytest

import newsparse

HEAD = """Home | News | Sport

Council approves a new harbour wall

By Edda Vorne

The council approved a new harbour wall on Tuesday after two winters of storm damage.

Work will start in spring and last eighteen months, the harbour master said.

3 Responses to “Council approves a new harbour wall”

"""

#: (depth, name, time, text) of each comment, in page order
THREAD = [
    (0, "Mara Quill", "May 2, 2024 at 9:12 am", "The old wall has been crumbling for years."),
    (1, "Tobin Reyes", "May 2, 2024 at 10:02 am", "Crumbling is putting it mildly."),
    (2, "Mara Quill", "May 2, 2024 at 11:40 am", "Fair, it was falling into the sea."),
    (0, "Ulla Brandt", "May 3, 2024 at 8:30 am", "Who pays for it?"),
    (1, "Tobin Reyes", "May 3, 2024 at 9:05 am", "The port authority, mostly."),
]


def _indented(step: str) -> str:
    """The thread as w3m or lynx write nested lists: each level ``step`` further in."""
    out = []
    for depth, name, when, text in THREAD:
        pad = step * depth
        out += [f"{pad}  • {name} says:", f"{pad}    {when}", "", f"{pad}    {text}", ""]
        out += [f"{pad}    Reply", ""]
    return HEAD + "\n".join(out) + "\nLeave a Reply\n"


def _flat() -> str:
    """The thread as BeautifulSoup's text writes it: one element a paragraph, no indentation."""
    out = []
    for _, name, when, text in THREAD:
        out += [name, "says:", when, text, "Reply"]
    return HEAD + "\n\n".join(out) + "\n\nLeave a Reply\n"


@pytest.mark.parametrize("step", ["    ", "      ", "\t"])
def test_an_indented_comment_answers_the_one_above_it(step: str) -> None:
    comments = newsparse.parse(_indented(step)).comments
    assert [c.author for c in comments] == [row[1] for row in THREAD]
    assert [c.reply_to for c in comments] == [None, 0, 1, None, 3]


def test_without_indentation_no_reply_is_guessed() -> None:
    comments = newsparse.parse(_flat()).comments
    assert [c.author for c in comments] == [row[1] for row in THREAD]
    assert [c.reply_to for c in comments] == [None] * len(THREAD)


def test_the_explain_view_shows_the_indentation_the_parser_read() -> None:
    page = _indented("    ")
    view = newsparse.explain(newsparse.parse_detailed(page), page)
    row = next(r for r in view.splitlines() if "Tobin Reyes says:" in r)
    assert row.split("│", 1)[1].startswith("       • Tobin")  # (4 + 2 + the view's 1)


def test_the_last_comment_ends_where_the_lines_step_left_of_the_list() -> None:
    page = _indented("    ").replace("\nLeave a Reply\n", "\nPopular posts\nNew ferry timetable\n")
    page = page.replace("        Reply\n\nPopular", "Popular")  # (no action label to end it)
    last = newsparse.parse(page).comments[-1]
    assert last.text == "The port authority, mostly."


def test_an_indentation_wider_than_its_record_is_kept_at_its_cap() -> None:
    page = _indented("    ") + " " * 70_000 + "\tdeep text\n" + "   \t  \n"
    result = newsparse.parse_detailed(page)
    assert [c.author for c in result.article.comments] == [row[1] for row in THREAD]
    assert "deep text" in newsparse.explain(result, page)  # (shown at the view's cap)
