"""Where a thread begins and which records are no comments (invented pages, no real site's text).

Families: dated teasers (``Related Posts``, a blog's other articles with staff bylines) above a
declared count heading (``4 Discussion to this post``, ``91 Ergänzungen``); pingbacks and
trackbacks, whose text is another page's excerpt elided at both ends (``[…] … […]``); and
nicknames that are a long run of digits (``27182818284``), which a counter never is.
"""

from __future__ import annotations

import pytest

import newsparse

ARTICLE = (
    "Lantern Lane Journal\n\n  • Home\n  • Travel\n  • About\n\n"
    "Why I kept the old rucksack\n\n"
    "I nearly sold the old rucksack last week, and then I packed it for one more trip to the "
    "coast, where it held everything I needed for three days without a single complaint.\n\n"
    "The straps are worn and the zip sticks, but it has carried me through eleven countries, "
    "and I am not ready to let it go to a stranger on the internet yet.\n\n"
)

#: (author, date line, text) of an invented blog thread
THREAD = [
    ("Jorinde", "10. Februar 2019 um 18:05 Uhr", "Keep it, the stories are worth more than cash."),
    ("Malte K.", "10. Februar 2019 um 19:12 Uhr", "I sold mine and I still miss it every summer."),
    ("Ayla", "11. Februar 2019 um 08:40 Uhr", "A new zip costs little. Any cobbler can fit one."),
    ("Fenna", "12. Februar 2019 um 21:03 Uhr", "Eleven countries! Mine has only seen two so far."),
]


def _teasers(count_heading: str) -> str:
    teasers = [
        ("Marrakesh in four days", "On Mai 20, 2019"),
        ("My flat: a room tour", "On Mai 14, 2019"),
        ("Start today, not Monday", "On März 9, 2019"),
        ("New York on a budget", "On Januar 13, 2019"),
    ]
    out = ["Related Posts", ""]
    for title, when in teasers:
        out += [" [teaser-image]", "", title, "", when]
    return "\n".join(out) + f"\n\n{count_heading}\n\n"


def _says_thread(pingback_at: int | None = None) -> str:
    out: list[str] = []
    rows = list(THREAD)
    if pingback_at is not None:
        rows.insert(
            pingback_at,
            (
                "Lantern Lane : The complete packing list",
                "18. Februar 2019 um 16:40 Uhr",
                "[…] the rucksack I wrote about here […]",
            ),
        )
    for n, (name, when, text) in enumerate(rows, 1):
        out += [
            f"{n}. [avatar] {name} sagt:",
            f"    {when}",
            "",
            f"    {text}",
            "",
            "    Antworten",
        ]
    return "\n".join(out) + "\n\nLeave a reply\n"


@pytest.mark.parametrize("heading", ["4 Discussion to this post", "4 Ergänzungen", "4 Kommentare"])
def test_dated_teasers_above_a_count_heading_are_no_comments(heading: str) -> None:
    page = ARTICLE + _teasers(heading) + _says_thread()
    comments = newsparse.parse(page).comments
    assert [c.author for c in comments] == [row[0] for row in THREAD]


def test_a_date_opener_is_no_commenter() -> None:
    page = ARTICLE + _teasers("") + _says_thread()
    assert "On" not in [c.author for c in newsparse.parse(page).comments]


@pytest.mark.parametrize("at", [0, 2, 4])
def test_a_pingback_is_no_comment(at: int) -> None:
    parsed = newsparse.parse_detailed(ARTICLE + "Comments\n\n" + _says_thread(pingback_at=at))
    assert [c.author for c in parsed.article.comments] == [row[0] for row in THREAD]
    assert not any("[…]" in c.text for c in parsed.article.comments)


def test_a_pingback_in_a_zone_thread_is_no_comment() -> None:
    rows = [
        ("fenwick", "5 hours ago", "The new timetable starts in June, I was told."),
        ("Odile B.", "4 hours ago", "Only on weekdays, as far as I know."),
        ("harbour-blog.example", "3 hours ago", "[...] the ferry timetable change [...]"),
        ("ravel_9", "2 hours ago", "Weekends stay as they are. Good."),
    ]
    thread = "".join(f"{name} {when} [-]\n\n{text}\n\nreply\n\n" for name, when, text in rows)
    page = "Harbour Forum\n\n  • Threads\n  • Members\n\nFerry timetable\n\n" + thread
    comments = newsparse.parse(page).comments
    assert [c.author for c in comments] == ["fenwick", "Odile B.", "ravel_9"]


def test_a_nickname_of_digits_heads_its_comment() -> None:
    rows = [
        ("fenwick", "The new timetable starts in June, I was told."),
        ("27182818284", "Only on weekdays, as far as I know."),
        ("ravel_9", "Weekends stay as they are. Good."),
        ("tidewater", "The early boat is still the one to catch."),
    ]
    thread = "".join(
        f"    [grayarrow] {name} 11 days ago | link\n\n        {text}\n\n        reply\n\n"
        for name, text in rows
    )
    page = "Harbour Forum\n\n  • Threads\n  • Members\n\nFerry timetable\n\n" + thread
    assert [c.author for c in newsparse.parse(page).comments] == [row[0] for row in rows]


@pytest.mark.parametrize("gone", ["Comment deleted by user", "Comment removed by moderator"])
def test_a_deleted_comments_header_names_no_one(gone: str) -> None:
    rows = [
        ("fenwick", "The new timetable starts in June, I was told."),
        ("quietfen", "Only on weekdays, as far as I know."),
        (None, ""),
        ("ravel_9", "Weekends stay as they are. Good."),
        ("tidewater", "The early boat is still the one to catch."),
    ]
    out = ["Harbour Forum", "", "Ferry timetable", ""]
    for name, text in rows:
        out += ["level 1"]
        if name is None:
            out += [f"{gone} · 2 yr. ago", "Continue this thread"]
        else:
            out += [name, "· 2 yr. ago", "", text, "", "12", "Reply", "Share"]
    comments = newsparse.parse("\n".join(out) + "\n").comments
    assert [c.author for c in comments] == [row[0] for row in rows]


def test_a_hidden_score_label_keeps_the_nicknames_digits() -> None:
    rows = [
        ("fenwick", "12 points13 points14 points", "The new timetable starts in June, I was told."),
        ("quietfen333", "comment score below threshold", "Only on weekdays, as far as I know."),
        ("ravel_9", "4 points5 points6 points", "Weekends stay as they are. Good."),
        ("tidewater", "[score hidden]", "The early boat is still the one to catch."),
    ]
    out = ["Harbour Forum", "", "Ferry timetable", ""]
    for name, score, text in rows:
        out += [f"[–]{name} {score} 9 hours ago (1 child)", "", text, "", "permalink reply", ""]
    comments = newsparse.parse("\n".join(out)).comments
    assert [c.author for c in comments] == [row[0] for row in rows]


def test_slashed_comment_dates_follow_the_pages_day_order() -> None:
    rows = [
        ("Jorinde", "11/08/2020 at 9:52", "Keep it, the stories are worth more than cash."),
        ("Malte K.", "11/08/2020 at 10:39", "I sold mine and I still miss it every summer."),
        ("Ayla", "13/08/2020 at 20:50", "A new zip costs little. Any cobbler can fit one."),
        ("Fenna", "10/09/2020 at 11:15", "Eleven countries! Mine has only seen two so far."),
    ]
    out = ["Comments", ""]
    for name, when, text in rows:
        out += [f"    {name} on {when}", "    Antworten", "", f"    {text}", ""]
    comments = newsparse.parse(ARTICLE + "\n".join(out) + "\nLeave a reply\n").comments
    assert [c.author for c in comments] == [row[0] for row in rows]
    days = [(c.posted.month, c.posted.day) for c in comments if c.posted is not None]
    assert days == [(8, 11), (8, 11), (8, 13), (9, 10)]


@pytest.mark.parametrize(
    ("heading", "weekday"),
    [
        ("1 Meinungen:", "Mittwoch"),
        ("1 commentaire :", "mercredi"),
        ("1 comentarios:", ""),
        ("1 комментарий:", ""),
    ],
)
def test_a_single_comment_under_a_count_heading(heading: str, weekday: str) -> None:
    glued = f"Ana Ruiz{weekday.capitalize()}, " if weekday else "Ana Ruiz, "
    thread = (
        f"{heading}\n\n 1. [photo]\n    {glued}Mai 10, 2017 4:14:00 PM\n\n"
        "    Lovely review, I ordered the book the same evening.\n\n"
        "    AntwortenLöschen\n    Antworten\n\nKommentar hinzufügen\n"
    )
    comments = newsparse.parse(ARTICLE + thread).comments
    assert [c.author for c in comments] == ["Ana Ruiz"]
    assert comments[0].text == "Lovely review, I ordered the book the same evening."
