"""A Hacker-News-like item page in bs4's rendering (invented, no real text): bs4 writes the
story's header one element a line (``251 points`` / ``by`` / ``name`` / ``6 hours ago`` /
``|`` / ``hide`` / ``|`` / ``past`` / ``|`` / ``45 comments``), the same shape as each comment's
header (a name over its time); the story's header is not a comment.
"""

from __future__ import annotations

import newsparse

#: (name, relative time, text) of an invented thread
THREAD = [
    ("marlow_k", "5 hours ago", "The ferry used to run every hour until the crews left."),
    ("quietfen", "4 hours ago", "It did, and the early boat was always full by seven."),
    ("dunebird", "4 hours ago", "A training scheme is the only fix that lasts, I think."),
    ("Odile B.", "3 hours ago", "Who pays for it? The college says it has no money."),
    ("pettersen", "1 hour ago", "I moved to the mainland last year because of this."),
]


def _bs4(links: tuple[str, ...]) -> str:
    out = ["Hacker News", "", "new", "", "|", "", "comments", "", "Ferry cut to four runs a day"]
    out += ["", "(islandnews.example)", "", "251 points", "by", "harbourwatch", "", "6 hours ago"]
    for link in links:
        out += ["", "|", link]
    out += [""]
    for name, when, text in THREAD:
        out += [name, "", when, "", "[-]", "", text, "", "reply", ""]
    return "\n".join(out) + "\n"


def test_the_story_header_ending_in_its_comment_count_is_no_comment() -> None:
    comments = newsparse.parse(_bs4(("hide", "past", "favorite", "5 comments"))).comments
    assert [c.author for c in comments] == [name for name, _, _ in THREAD]
    assert [c.text for c in comments] == [text for _, _, text in THREAD]


def test_a_first_comment_of_two_words_stays_a_comment() -> None:
    # a short reply without a count under it is a comment, not a story's header
    page = _bs4(("hide", "5 comments")).replace(THREAD[0][2], "Well said")
    comments = newsparse.parse(page).comments
    assert [c.author for c in comments] == [name for name, _, _ in THREAD]
    assert comments[0].text == "Well said"
