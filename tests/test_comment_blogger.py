"""A Blogger-like thread whose headers give a time of day and no day, glued to the writer's name
(``Marisol21:00``: the name and the time are two links side by side), in the renderings that keep
them on one line (invented pages, no real text). bs4 puts the name and the time on lines of their
own; that form is not read (a name over a bare time of day is also how video lists show their
lengths).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import newsparse

ARTICLE = (
    "Lantern Shelf\n\n"
    "Interview: the lighthouse novel\n\n"
    "Posted by Ines Varga\n\n"
    "Ines talked to the writer of the lighthouse novel about the two winters she spent on the "
    "island, the keeper's logbooks she read there and the storm that ends the book.\n\n"
    "The novel came out with a small press after three large ones turned it down, and it has "
    "sold out twice since the spring, mostly through bookshops on the coast.\n\n"
    "Labels: Interview, Novels\n\n"
)

#: (name, time of day, text) of an invented thread; the second answers the first
THREAD = [
    ("Marisol", "21:00", "What a lovely interview. I read the book on the ferry last week."),
    ("Unknown", "07:56", "Thank you! The ferry is the right place for it, I think."),
    ("theo_b", "10:42", "The storm chapter kept me up all night. More interviews, please."),
]


def _w3m() -> str:
    out = [ARTICLE, "3 comments:\n\n"]
    for k, (name, clock, text) in enumerate(THREAD):
        pad = "        " if k == 1 else "    "
        out.append(
            f"{pad[:-3]}1. [avatar]\n{pad}{name}{clock}\n\n{pad}{text}\n\n{pad}ReplyDelete\n"
        )
        out.append(f"{pad}Replies\n" if k == 0 else "")
    out.append("    Reply\n\nAdd comment\n")
    return "".join(out)


def _lynx() -> str:
    out = [ARTICLE, "3 comments:\n\n"]
    for k, (name, clock, text) in enumerate(THREAD):
        pad = "         " if k == 1 else "    "
        out.append(f"{pad}{k % 2 + 1}. {name}{clock}\n\n{pad}   {text}\n\n{pad}   ReplyDelete\n")
    out.append("\n   Add comment\n")
    return "".join(out)


def _html2text() -> str:
    out = [ARTICLE, "#### 3 comments:\n\n"]
    for k, (name, clock, text) in enumerate(THREAD):
        link = f"https://lanternshelf.example/2023/04/interview.html?showComment={k}#c{k}"
        out.append(
            f"  1. [{name}](https://profiles.example/{k})[{clock}]({link})\n\n"
            f"{text}\n\n[Reply](javascript:;)[Delete](https://example.org/d{k})\n\n"
        )
    out.append("[Add comment](javascript:;)\n")
    return "".join(out)


def _inscriptis() -> str:
    out = [ARTICLE, "3 comments:\n"]
    for k, (name, clock, text) in enumerate(THREAD):
        pad = " " * (40 + 9 * (k == 1))
        out.append(f"{pad}1. {name}{clock}\n{pad}   {text}\n{pad}   ReplyDelete\n")
    out.append("Add comment\n")
    return "".join(out)


RENDERINGS: dict[str, Callable[[], str]] = {
    "w3m": _w3m,
    "lynx": _lynx,
    "html2text": _html2text,
    "inscriptis": _inscriptis,
}


@pytest.mark.parametrize("converter", sorted(RENDERINGS))
def test_a_name_glued_to_a_time_of_day_heads_a_comment(converter: str) -> None:
    article = newsparse.parse(RENDERINGS[converter]())
    assert [c.author for c in article.comments] == [name for name, _, _ in THREAD]
    assert [c.posted for c in article.comments] == [None, None, None]
    assert [c.text for c in article.comments] == [text for _, _, text in THREAD]
    assert article.title == "Interview: the lighthouse novel"


def test_a_time_glued_to_a_number_or_a_sentence_heads_no_comment() -> None:
    page = (
        ARTICLE
        + "Schedule\n\nDoors open at 19:30\n\nThe talk starts at 20:00\n\n"
        + "Version 2.1 of the app, build 14:05\n"
    )
    assert newsparse.parse(page).comments == ()
