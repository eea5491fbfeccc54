"""A LiveJournal-like thread (invented pages, no real text): each comment's header is the writer's
name, then a full date with the page's rounding of it glued after it (``March 3 2021, 18:05:11
UTC2 weeks ago``; bs4 puts the rounding on a line of its own), maybe an edit's note
(``Edited: …``); under the text a row of buttons ending in ``New comment``. Replies the page
folds away show only a name and a relative time over their buttons, with no text.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import pytest

import newsparse

ARTICLE = (
    "Harbour notes\n\n"
    "Why the old ferry line closed\n\n"
    "The ferry between the two harbour towns stopped running in the autumn, after the last boat "
    "failed its inspection and no one offered to pay for a new hull.\n\n"
    "Most of the people who used it now drive around the bay, which takes an hour longer on a "
    "good day and much more when the coast road floods.\n\n"
    "Add a comment\n\n"
)

#: (name, date, edited date or "", text) of an invented thread
THREAD = [
    ("gullwing", "March 3 2021, 18:05:11 UTC", "", "I took that ferry every week for years."),
    (
        "tidewatcher",
        "March 3 2021, 18:40:02 UTC",
        "March 3 2021, 18:44:50 UTC",
        "So did I, a pity.",
    ),
    ("anna_k", "March 4 2021, 09:12:37 UTC", "", "Was the hull really beyond repair? I doubt it."),
    (
        "pier_nine",
        "March 4 2021, 11:30:15 UTC",
        "",
        "The council should have kept it, the road floods.",
    ),
    (
        "gullwing",
        "March 5 2021, 07:02:44 UTC",
        "",
        "Agreed, and the bus is no answer for the islands.",
    ),
]
BUTTONS = ("Reply", "Collapse", "Expand", "New comment")
#: a folded reply after the first comment: a name and a time, no text
FOLDED = ("quietbay", "2 weeks ago")


def _header(date: str, edited: str, sep: str) -> str:
    return f"{date}2 weeks ago" + (f"Edited:  {edited}" if edited else "") + sep


def _w3m() -> str:
    out = [ARTICLE]
    for k, (name, date, edited, text) in enumerate(THREAD):
        out.append(f"[userinfo]{name}\n\n{_header(date, edited, chr(10))}\n{text}\n\n")
        out.append("".join(f"  • {b}\n" for b in BUTTONS) + "\n")
        if k == 0:
            out.append(f"[userpic]\n\n[userinfo]{FOLDED[0]}\n\n{FOLDED[1]}\n\n")
            out.append("  • Collapse\n  • Expand\n  • New comment\n\n")
    return "".join(out)


def _lynx() -> str:
    out = [ARTICLE.replace("Add a comment", "   (BUTTON) Add a comment")]
    for k, (name, date, edited, text) in enumerate(THREAD):
        out.append(f"   [userinfo.svg] {name}\n\n   {_header(date, edited, chr(10))}   {text}\n\n")
        out.append("".join(f"     * {b}\n" for b in BUTTONS) + "\n")
        if k == 0:
            out.append(f"   [userinfo.svg] {FOLDED[0]}\n\n   {FOLDED[1]}\n\n")
            out.append("     * Collapse\n     * Expand\n     * New comment\n\n")
    return "".join(out)


def _html2text() -> str:
    out = [ARTICLE]
    for k, (name, date, edited, text) in enumerate(THREAD):
        home = f"https://{name}.journal.example/"
        link = f"https://harbour.journal.example/1.html?thread={k}#t{k}"
        tail = f"Edited:  {edited}" if edited else ""
        out.append(f"[![]({home}pic.png)]({home})\n\n[**{name}**]({home}profile)\n\n")
        out.append(f"[{date}]({link})2 weeks ago{tail}\n\n{text}\n\n")
        out.append("".join(f"  * [{b}]({link})\n" for b in BUTTONS[:-1]) + "  * New comment \n\n")
        if k == 0:
            out.append(f"[**{FOLDED[0]}**](https://q.example/)\n\n{FOLDED[1]}\n\n")
            out.append("  * [Collapse](#t)\n  * [Expand](#t)\n  * New comment \n\n")
    return "".join(out)


def _bs4() -> str:
    out = [ARTICLE]
    for k, (name, date, edited, text) in enumerate(THREAD):
        out.append(f"{name}\n\n{date}\n2 weeks ago\n")
        out.append(f"Edited:  {edited}\n" if edited else "")
        out.append(f"{text}\n" + "".join(f"{b}\n" for b in BUTTONS[:-1]) + "\nNew comment\n\n")
        if k == 0:
            out.append(f"{FOLDED[0]}\n\n{FOLDED[1]}\nCollapse\nExpand\n\nNew comment\n\n")
    return "".join(out)


RENDERINGS: dict[str, Callable[[], str]] = {
    "w3m": _w3m,
    "html2text": _html2text,
    "bs4": _bs4,
}


@pytest.mark.parametrize("converter", sorted(RENDERINGS))
def test_each_dated_comment_is_one_record_with_its_text_only(converter: str) -> None:
    article = newsparse.parse(RENDERINGS[converter]())
    assert [c.author for c in article.comments] == [name for name, _, _, _ in THREAD]
    assert [c.text for c in article.comments] == [text for _, _, _, text in THREAD]
    # the first time of a header is the comment's, not its edit's
    minutes = [
        c.posted.minute if isinstance(c.posted, datetime) else None for c in article.comments
    ]
    assert minutes == [5, 40, 12, 30, 2]


@pytest.mark.parametrize("converter", sorted(RENDERINGS))
def test_a_folded_reply_and_the_new_comment_label_are_dropped_not_kept(converter: str) -> None:
    article = newsparse.parse(RENDERINGS[converter]())
    texts = " ".join(c.text for c in article.comments)
    assert FOLDED[0] not in texts
    assert "New comment" not in texts
    assert "Edited" not in texts


def test_lynx_keeps_the_first_comment_of_a_short_page() -> None:
    # (lynx writes the first comment's text right under its header; the call to comment over
    # the thread, ``(BUTTON) Add a comment``, ends the article's body above it)
    article = newsparse.parse(_lynx())
    assert [c.author for c in article.comments] == [name for name, _, _, _ in THREAD]
    assert "I took that ferry" not in article.body


@pytest.mark.parametrize("converter", [*sorted(RENDERINGS), "lynx"])
def test_no_comment_time_becomes_the_articles_published(converter: str) -> None:
    article = newsparse.parse({**RENDERINGS, "lynx": _lynx}[converter]())
    assert article.published is None  # (the page shows no date of its own)


def test_lynx_reads_every_comments_text() -> None:
    article = newsparse.parse(_lynx())
    assert [c.text for c in article.comments] == [text for _, _, _, text in THREAD]


def test_a_name_and_a_time_followed_by_text_are_not_taken_for_a_folded_reply() -> None:
    page = _w3m().replace(
        "  • Collapse\n  • Expand\n  • New comment\n\n[userinfo]tidewatcher",
        "I will write more soon, promised.\n\n[userinfo]tidewatcher",
    )
    first = newsparse.parse(page).comments[0]
    assert "I will write more soon" in first.text
