"""Quoted passages and replies on real page dumps: every page's comments are built by the one
thread builder, so a reply that repeats an earlier comment's words, a paragraph in quote marks
and an ``@Name`` opening are read the same way whichever layout the comments come in. A
forum signature said under every post stays the poster's text. (Invented pages, in the
renderings of the bulleted-name thread and of a WordPress-like ``Name says:`` thread.)"""

from __future__ import annotations

import pytest

import newsparse
from tests.test_bulleted_thread import HEAD, RENDERINGS

_SAID = "The ferry lost money every winter since the new harbour wall was built."
_SIGNATURE = "Sent from the harbour office, where the coffee is cold."


def _bulleted(bullet: str, indent: str, records: list[tuple[str, str, list[str]]]) -> str:
    out = HEAD
    for name, when, blocks in records:
        body = "\n\n".join(f"{indent}  {block}" for block in blocks)
        out += f"{indent}{bullet} {name}\n{indent}  {when}\n\n{body}\n\n\n"
    return out + "More in Regional\n"


def _says(records: list[tuple[str, str, list[str]]]) -> str:
    out = HEAD
    for name, when, blocks in records:
        out += f"{name} says:\n\n{when}\n\n" + "\n\n".join(blocks) + "\n\nReply\n\n"
    return out + "Leave a Reply\n"


def _layouts(records: list[tuple[str, str, list[str]]]) -> dict[str, str]:
    pages = {name: _bulleted(*RENDERINGS[name], records) for name in sorted(RENDERINGS)}
    pages["says"] = _says(records)
    return pages


_REPLY = [
    ("Ann Lowe", "Mar 3, 2024 - 9:12AM", [_SAID + " Nobody asked the households."]),
    ("Piet", "Mar 3, 2024 - 10:40AM", [_SAID, "Not true: it paid its way until 2019."]),
    ("tidewatcher", "Mar 4, 2024 - 7:05PM", ["Who pays for it in the end?"]),
]


@pytest.mark.parametrize("layout", sorted(_layouts(_REPLY)))
def test_a_reply_that_repeats_an_earlier_comment_quotes_it(layout: str) -> None:
    comments = newsparse.parse(_layouts(_REPLY)[layout]).comments
    assert [c.author for c in comments] == ["Ann Lowe", "Piet", "tidewatcher"]
    assert comments[1].quoted == (_SAID,)
    assert comments[1].text == "Not true: it paid its way until 2019."
    assert comments[1].reply_to == 0


_AT = [
    ("Ann Lowe", "Mar 3, 2024 - 9:12AM", ["Good news for the island at last."]),
    ("tidewatcher", "Mar 3, 2024 - 10:40AM", ["Who pays for it in the end?"]),
    ("Piet", "Mar 4, 2024 - 7:05PM", ["@Ann Lowe: for the island, maybe; not for us."]),
]


@pytest.mark.parametrize("layout", sorted(_layouts(_AT)))
def test_an_at_name_opening_answers_that_commenter(layout: str) -> None:
    comments = newsparse.parse(_layouts(_AT)[layout]).comments
    assert [c.reply_to for c in comments] == [None, None, 0]
    assert comments[2].quoted == ()


_SIGNED = [
    ("Ann Lowe", "Mar 3, 2024 - 9:12AM", ["Good news for the island.", _SIGNATURE]),
    ("Piet", "Mar 3, 2024 - 10:40AM", ["Who pays for it in the end?"]),
    ("Ann Lowe", "Mar 4, 2024 - 7:05PM", ["The county does, in part.", _SIGNATURE]),
]


@pytest.mark.parametrize("layout", sorted(_layouts(_SIGNED)))
def test_a_signature_under_every_post_is_the_posters_text(layout: str) -> None:
    comments = newsparse.parse(_layouts(_SIGNED)[layout]).comments
    assert comments[2].quoted == ()
    assert comments[2].text == "The county does, in part.\n\n" + _SIGNATURE
    assert comments[2].reply_to is None


_IN_MARKS = [
    ("Ann Lowe", "Mar 3, 2024 - 9:12AM", ["Good news for the island at last."]),
    ("Piet", "Mar 3, 2024 - 10:40AM", ["“Not for the households, it isn't.”"]),
    ("tidewatcher", "Mar 4, 2024 - 7:05PM", ["Who pays for it in the end?"]),
]


@pytest.mark.parametrize("layout", sorted(_layouts(_IN_MARKS)))
def test_a_comment_wholly_in_quote_marks_is_its_own_text(layout: str) -> None:
    comment = newsparse.parse(_layouts(_IN_MARKS)[layout]).comments[1]
    assert comment.quoted == ()
    assert comment.text == "“Not for the households, it isn't.”"


@pytest.mark.parametrize("layout", sorted(_layouts(_REPLY)))
def test_every_line_of_a_passage_is_placed_as_quoted(layout: str) -> None:
    page = _layouts(_REPLY)[layout]
    parsed = newsparse.parse_detailed(page)
    lines = page.split("\n")
    where = {parsed.placement[i] for i, line in enumerate(lines) if line.strip() == _SAID}
    assert where == {"comments[1].quoted"}


_PLACEHOLDER = [
    ("Ann Lowe", "Mar 3, 2024 - 9:12AM", ["Good news for the island at last."]),
    ("anonymous", "Mar 3, 2024 - 10:40AM", ["Who pays for it in the end?"]),
    ("Gast", "Mar 4, 2024 - 7:05PM", ["We took the ferry every week."]),
]


@pytest.mark.parametrize("layout", sorted(_layouts(_PLACEHOLDER)))
def test_a_placeholder_name_heads_its_own_comment(layout: str) -> None:
    comments = newsparse.parse(_layouts(_PLACEHOLDER)[layout]).comments
    assert [(c.author, c.text) for c in comments] == [
        (name, blocks[0]) for name, _, blocks in _PLACEHOLDER
    ]


_WRAPPED = [
    (
        "Ann Lowe",
        "Mar 3, 2024 - 9:12AM",
        ["Good news for the island at last.\nWinter matters most."],
    ),
    ("Ken", "Mar 3, 2024 - 10:40AM", ["船が冬も走るのは\nうれしいです。"]),
    ("Piet", "Mar 4, 2024 - 7:05PM", ["Who pays for it in the end\n, I wonder?"]),
]


@pytest.mark.parametrize("layout", ["says", "w3m"])
def test_comment_lines_cut_mid_sentence_are_joined_and_a_writers_break_kept(layout: str) -> None:
    # (the page is not wrapped at a width: a line that opens with a capital after a full line
    # is the writer's own line; one that goes on with a comma or a CJK sentence is not)
    comments = newsparse.parse(_layouts(_WRAPPED)[layout]).comments
    assert [c.text for c in comments] == [
        "Good news for the island at last.\nWinter matters most.",
        "船が冬も走るのはうれしいです。",
        "Who pays for it in the end, I wonder?",
    ]
