"""Comment zones found by their repeated header shape (``newsparse._comment_zone``).

Invented threads of five layout families (a Hacker-News-like thread, a Reddit-like one with
points or ``level N`` markers, a forum thread with member cards and quotes, a Q&A page, a
Disqus-like thread), each rendered the way several converters dump it: w3m and lynx (wrapped,
indented), html2text (Markdown), inscriptis (indentation) and BeautifulSoup (one element a line).
Every comment text ends a sentence; no page here is copied from a real site.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import pytest

import newsparse
from newsparse._relative import find_relative, resolve

REF = datetime(2024, 5, 2, 12, 0)

#: (depth, author, relative time, score, text) of an invented thread
THREAD = [
    (0, "marlow_k", "3 hours ago", 41, "The ferry used to run every hour until the crews left."),
    (1, "quietfen", "2 hours ago", 12, "It did, and the early boat was always full by seven."),
    (2, "marlow_k", "2 hours ago", 9, "Full by seven sounds right. I stood most mornings."),
    (0, "dunebird", "5 hours ago", 30, "A training scheme is the only fix that lasts, I think."),
    (1, "Odile B.", "4 hours ago", 3, "Who pays for it? The college says it has no money."),
    (0, "pettersen", "1 hour ago", 2, "I moved to the mainland last year because of this."),
    (0, "Ana Ruiz", "45 minutes ago", 1, "Summer will be worse when the visitors arrive again!"),
]
AUTHORS = [row[1] for row in THREAD]
TEXTS = [row[4] for row in THREAD]

ARTICLE = (
    "Harbour Times\n\n  • News\n  • Sport\n  • Weather\n\n"
    "Island ferry cut to four runs a day\n\n"
    "The island ferry will sail four times a day instead of six from next month, the operator "
    "said on Monday, because it cannot find enough trained deckhands to staff the extra runs.\n\n"
    "Commuters who cross every morning said the early boat was already full by the time it "
    "left the harbour, and that a smaller timetable would leave many of them late for work.\n\n"
)


# --- renderings of the families -----------------------------------------------------------------


def hn_w3m() -> str:
    """Name, time and ``[-]`` on one line, the text, ``reply``; indentation shows the depth."""
    out = [
        "Ferry cut (islandnews.example)",
        "",
        "  271 points by harbourwatch 6 hours ago | hide",
        "",
    ]
    for depth, name, when, _, text in THREAD:
        pad = " " * (2 + 4 * depth)
        out += [f"{pad}{name} {when} [-]", "", f"{pad}{text}", "", f"{pad}reply", ""]
    return "\n".join(out) + "\n"


def hn_bs4() -> str:
    """One element a line: name, time, ``[-]``, text, ``reply``."""
    out = ["Ferry cut", "271 points by harbourwatch 6 hours ago | hide"]
    for _, name, when, _, text in THREAD:
        out += [f"{name} {when} [-]", text, "reply"]
    return "\n".join(out) + "\n"


def reddit_old_lynx() -> str:
    """``[–]name 12 points 3 hours ago (2 children)`` then the text and a row of buttons."""
    out = ["r/islands", "", "   Ferry cut to four runs a day", ""]
    for depth, name, when, score, text in THREAD:
        pad = "   " + "  " * depth
        out += [
            f"{pad}[–]{name} {score} points {score + 1} points {when} (1 child)",
            "",
            f"{pad}{text}",
            "",
            f"{pad}  * permalink",
            f"{pad}  * save",
            f"{pad}  * report",
            f"{pad}  * reply",
            "",
        ]
    return "\n".join(out) + "\n"


def reddit_new_html2text() -> str:
    """``level N``, the name, ``· 4 yr. ago``, the text, the score and buttons (Markdown)."""
    out = ["# Ferry cut to four runs a day", "", "Sort by: best", ""]
    for depth, name, when, score, text in THREAD:
        short = when.replace(" hours", "h").replace(" hour", "h").replace(" minutes", "m")
        out += [
            f"level {depth + 1}",
            f"[{name}](/user/{name})",
            f"· {short}",
            "",
            text,
            "",
            str(score),
            "Reply",
            "Share",
            "",
        ]
    return "\n".join(out) + "\n"


def disqus_inscriptis() -> str:
    """Name alone, ``• 3 years ago`` below, the text, ``▲ 12 ▼``, ``• Reply •``, ``• Share ›``."""
    out = [ARTICLE, "7 Comments", ""]
    for depth, name, when, score, text in THREAD:
        pad = "  " * depth
        years = when.split()[0]
        out += [
            f"{pad}Avatar {name}",
            f"{pad}{name}",
            f"{pad}• {years} years ago",
            "",
            f"{pad}{text}",
            "",
            f"{pad}▲ {score} ▼",
            f"{pad}• Reply •",
            f"{pad}• Share ›",
            "",
        ]
    return "\n".join(out) + "\n"


FORUM = [
    ("Kettlewick", "03.03.2011, 14:17", None, "The update did not arrive on my phone yesterday."),
    ("pimmel_2", "03.03.2011, 14:27", "Kettlewick", "Start the desktop tool and look again."),
    ("Kettlewick", "03.03.2011, 14:39", None, "Nothing there either. I will wait a day."),
    ("sunfleck", "03.03.2011, 15:02", None, "Mine came at noon. It took an hour to install."),
    ("pimmel_2", "03.03.2011, 15:13", "sunfleck", "An hour is long. Was the battery full?"),
    ("Rhodri", "03.03.2011, 16:24", None, "Same here, it worked on the second try."),
]


def forum_w3m() -> str:
    """vBulletin-like: numbered avatar, name, profile links, status, join date, post time,
    ``#N``, an optional ``Zitat von X`` quote, the text."""
    out = ["Update still missing? - Phone Forum", "", "Update still missing?", ""]
    for k, (name, when, quoting, text) in enumerate(FORUM, start=1):
        out += [
            f" {k}. Avatar von {name}",
            f"    {name}",
            "      □ Profil",
            "      □ Beiträge anzeigen",
            f"    {name} ist offline Mitglied",
            "    Join Date: Jun 2009",
            "    Beiträge: 212",
            "",
            f"        {when}",
            f"        #{600 + k}",
            "",
        ]
        if quoting:
            out += [
                f"        Zitat von {quoting}",
                "        Earlier words that were quoted here.",
                "",
            ]
        out += [f"        {text}", "", "     0", ""]
    return "\n".join(out) + "\n"


def qa_bs4() -> str:
    """Q&A: the question, then answers whose card says ``answered 3 hours ago`` under an
    avatar's alt text; labels like ``answered`` are no authors."""
    out = ["How do I keep a ferry timetable in a spreadsheet?", "asked 2 days ago", ""]
    for _, name, when, score, text in THREAD[:6]:
        out += [f"Avatar {name}", f"{name} answered {when}", str(score), text, "Share", "Follow"]
    return "\n".join(out) + "\n"


FAMILIES: dict[str, tuple[Callable[[], str], list[str]]] = {
    "hn w3m": (hn_w3m, AUTHORS),
    "hn bs4": (hn_bs4, AUTHORS),
    "reddit old lynx": (reddit_old_lynx, AUTHORS),
    "reddit new html2text": (reddit_new_html2text, AUTHORS),
    "disqus inscriptis": (disqus_inscriptis, AUTHORS),
    "forum w3m": (forum_w3m, [row[0] for row in FORUM]),
    "q&a bs4": (qa_bs4, AUTHORS[:6]),
}


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_every_comment_found_with_its_author(family: str) -> None:
    render, authors = FAMILIES[family]
    article = newsparse.parse(render(), reference_time=REF)
    assert [c.author for c in article.comments] == authors


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_comment_text_has_no_buttons_counters_or_cards(family: str) -> None:
    render, _ = FAMILIES[family]
    article = newsparse.parse(render(), reference_time=REF)
    expected = [row[3] for row in FORUM] if family.startswith("forum") else TEXTS
    assert [c.text for c in article.comments] == expected[: len(article.comments)]


@pytest.mark.parametrize("family", ["hn w3m", "hn bs4", "reddit old lynx", "q&a bs4"])
def test_relative_times_resolved_against_the_reference_time(family: str) -> None:
    render, _ = FAMILIES[family]
    article = newsparse.parse(render(), reference_time=REF)
    found = [find_relative(row[2]) for row in THREAD]
    expected = [resolve(f, REF) if f is not None else None for f in found]
    assert [c.posted for c in article.comments] == expected[: len(article.comments)]


def test_without_a_reference_time_posted_is_none_and_a_defect_keeps_the_text() -> None:
    parsed = newsparse.parse_detailed(hn_w3m())
    assert [c.posted for c in parsed.article.comments] == [None] * len(THREAD)
    unresolved = [d for d in parsed.defects if type(d).__name__ == "UnresolvedRelativeTime"]
    assert [d.text for d in unresolved] == [f"{r[1]} {r[2]} [-]" for r in THREAD]


def test_a_comment_time_is_never_the_articles_date() -> None:
    article = newsparse.parse(disqus_inscriptis(), reference_time=REF)
    assert article.published is None
    assert len(article.comments) == len(THREAD)


def test_level_markers_give_reply_to() -> None:
    article = newsparse.parse(reddit_new_html2text(), reference_time=REF)
    assert [c.reply_to for c in article.comments] == [None, 0, 1, None, 3, None, None]


def test_forum_join_dates_are_not_post_dates_and_quotes_go_to_quoted() -> None:
    article = newsparse.parse(forum_w3m())
    assert [c.posted for c in article.comments] == [
        datetime.strptime(row[1], "%d.%m.%Y, %H:%M") for row in FORUM
    ]
    assert [c.quoted for c in article.comments] == [
        ("Earlier words that were quoted here.",) if row[2] else () for row in FORUM
    ]


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_every_line_of_the_zone_is_placed_or_dropped(family: str) -> None:
    render, _ = FAMILIES[family]
    text = render()
    parsed = newsparse.parse_detailed(text, reference_time=REF)
    lines = text.splitlines()
    for i, where in enumerate(parsed.placement):
        if lines[i].strip():
            assert where is not None, (i + 1, lines[i])


TEASERS = ARTICLE + "".join(
    f"Staff Writer {k}\n{k} hours ago\nHeadline number {k} about the harbour works\n\n"
    for k in range(1, 8)
)


def test_teasers_with_staff_bylines_are_not_comments() -> None:
    article = newsparse.parse(TEASERS, reference_time=REF)
    assert article.comments == ()


MENU = ARTICLE + "".join(
    f"Section {k}\n{k} days ago\nNews Sport Weather Travel Culture Opinion Video Audio\n\n"
    for k in range(1, 8)
)


def test_a_dated_menu_is_no_thread() -> None:
    assert newsparse.parse(MENU, reference_time=REF).comments == ()


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("3 hours ago", 3 * 3600),
        ("vor 2 Tagen", 2 * 86400),
        ("il y a 3 jours", 3 * 86400),
        ("3 часа назад", 3 * 3600),
        ("hace 2 días", 2 * 86400),
        ("2 ore fa", 2 * 3600),
        ("há 2 dias", 2 * 86400),
        ("2 uur geleden", 2 * 3600),
        ("an hour ago", 3600),
        ("Час назад", 3600),
        ("4 yr. ago", 4 * 365 * 86400),
    ],
)
def test_relative_times_in_eight_languages(text: str, seconds: int) -> None:
    found = find_relative(f"alice · {text}")
    assert found is not None and found.seconds == seconds


def test_a_day_word_needs_its_time() -> None:
    assert find_relative("Ich war gestern hier") is None
    found = find_relative("вчера в 21:22")
    assert found is not None and resolve(found, REF) == datetime(2024, 5, 1, 21, 22)


def qa_cards_w3m() -> str:
    """A Q&A page whose posts carry their card below the text: ``share improve this answer``,
    an ``edited`` card, then ``answered …`` with the avatar, the name and the reputation."""
    out = [
        "Harbour Q&A",
        "",
        "  • Questions",
        "  • Tags",
        "",
        "How do I keep a ferry timetable in a spreadsheet?",
        "",
        "   I keep the island ferry times in a sheet. How do I mark the cancelled runs?",
        "",
        "   share improve this question follow",
        "   asked May 1, 2024 at 8:00",
        "   [avatar]",
        "   harbourwatch",
        "   1,204 3 12",
        "",
        "6 Answers",
        "",
    ]
    for k, (_, name, _, score, text) in enumerate(THREAD[:6]):
        out += [f"   {score}", "", f"   {text}", "", "   share improve this answer follow"]
        if k % 2:
            out += [
                f"   edited May 2, 2024 at {k + 3}:30",
                "   [avatar]",
                "   moderator_jo",
                "   9,876 5 40",
            ]
        out += [
            f"   answered May 1, 2024 at {k + 9}:15",
            "   [avatar]",
            f"   {name}",
            f"   {score * 37} 2 9",
            "",
        ]
    return "\n".join(out) + "\n"


def test_qa_cards_below_the_text() -> None:
    article = newsparse.parse(qa_cards_w3m())
    assert [c.author for c in article.comments] == AUTHORS[:6]
    assert [c.text for c in article.comments] == TEXTS[:6]
    assert [c.posted for c in article.comments] == [
        datetime(2024, 5, 1, k + 9, 15) for k in range(6)
    ]


def test_a_relative_time_without_its_count_is_the_same_shape() -> None:
    """``Час назад`` (an hour ago) heads a reply in the same thread as ``3 часа назад``."""
    rows = [("Мария Ким", "3 часа назад"), ("Олег", "Час назад"), ("Иван П.", "2 часа назад")]
    rows += [("Пётр", "5 часов назад"), ("Анна", "Час назад"), ("Sam Vale", "4 часа назад")]
    page = "Портал\n\n  • Новости\n  • Блоги\n\n" + "".join(
        f"{name}\n\n{when}\nПожаловаться\n\nЭто мой комментарий номер {k}. Он о пароме.\n\nОтветить\n{k}\n\n"
        for k, (name, when) in enumerate(rows)
    )
    article = newsparse.parse(page)
    assert [c.author for c in article.comments] == [name for name, _ in rows]


def test_a_nickname_may_open_with_a_digit() -> None:
    page = hn_w3m().replace("pettersen", "49bc")
    article = newsparse.parse(page)
    assert [c.author for c in article.comments] == [a.replace("pettersen", "49bc") for a in AUTHORS]


def test_lynx_bullets_and_long_image_names_before_the_name() -> None:
    """lynx nests replies under ``*``, ``+`` and ``o`` bullets, an empty ``o`` on a line of its
    own, and keeps an avatar's file name before the commenter's name."""
    bullets = ["*", "+", "o", "*", "+", "*"]
    page = (
        "Портал\n\n  • Новости\n\n"
        + ARTICLE.split("\n\n", 2)[2]
        + "".join(
            f"   {b} [4f0c2a9b7d61e35a8c0f44be1d2a7c93_small.png] {name} 2{k}.04.18 в 1{k}:19\n"
            f"          o\n          o\n       (BUTTON) 0 (BUTTON)\n       {text}\n"
            for k, (b, (_, name, _, _, text)) in enumerate(zip(bullets, THREAD, strict=False))
        )
    )
    article = newsparse.parse(page)
    assert [c.author for c in article.comments] == AUTHORS[:6]
    assert [c.text for c in article.comments] == TEXTS[:6]


def test_a_thread_twice_as_long_as_a_sidebars_headers_wins() -> None:
    """bs4 puts ``Name`` / ``am`` / the time on lines of their own; a sidebar of events above
    reads as two dated headers, the thread below as six records."""
    sidebar = (
        "Termine\n\n1. März 2024\n\nVortrag im Rathaus über die Fähre. Eintritt frei.\n\n"
        "Archiv\n\n2. März 2024\n\nFührung am Hafen mit dem Kapitän. Treffpunkt am Steg.\n\n"
    )
    thread = "".join(
        f"{name}\nam\n{k + 3}. März 2024 - 1{k}:20\n\nPermanenter Link\n\n{text}\n\nAntworten\n\n"
        for k, (_, name, _, _, text) in enumerate(THREAD[:6])
    )
    page = (
        "Hafenblatt\n\n  • Politik\n  • Kultur\n\n" + ARTICLE.split("\n\n", 2)[2] + sidebar + thread
    )
    article = newsparse.parse(page)
    assert [c.author for c in article.comments] == AUTHORS[:6]
    assert [c.posted for c in article.comments] == [
        datetime(2024, 3, k + 3, 10 + k, 20) for k in range(6)
    ]


def test_a_disqus_arrow_names_whom_a_comment_answers() -> None:
    """Disqus writes ``Name → Other`` above a reply: the writer is the first name, ``reply_to``
    the other's latest comment; the reply without an arrow answers by its indentation."""
    page = disqus_inscriptis()
    page = page.replace("  quietfen\n", "  quietfen → marlow_k\n", 1)
    page = page.replace("  Odile B.\n", "  Odile B. → dunebird\n", 1)
    article = newsparse.parse(page, reference_time=REF)
    assert [c.author for c in article.comments] == AUTHORS
    assert [c.reply_to for c in article.comments][:5] == [None, 0, 1, None, 3]


def test_qa_cards_with_a_two_digit_year() -> None:
    page = qa_cards_w3m().replace(", 2024 at", " '24 at")
    article = newsparse.parse(page)
    assert [c.author for c in article.comments] == AUTHORS[:6]
    assert [c.posted for c in article.comments] == [
        datetime(2024, 5, 1, k + 9, 15) for k in range(6)
    ]


@pytest.mark.parametrize("dash", ["— ", "> -- ", "– "])
def test_embedded_post_signatures_are_no_comment_headers(dash: str) -> None:
    """An article quoting posts keeps them: ``— Name (@handle) May 2, 2024`` is a signature."""
    posts = "".join(
        f"{text}\n\n{dash}{name} (@h{k}) May {k + 1}, 2024\n\n"
        "The harbour office did not answer questions about it on Monday.\n\n"
        for k, (_, name, _, _, text) in enumerate(THREAD)
    )
    page = ARTICLE + posts
    article = newsparse.parse(page)
    assert article.comments == ()
    if not dash.startswith(">"):  # (a Markdown quote's place in the body is the body reader's)
        assert any(THREAD[3][4] in p for p in article.paragraphs)


LIVE_BLOG = """Harbour Live

  • News
  • Weather

Storm day on the coast, as it happened

Ana Ruiz
09:12

The first gusts reached the harbour wall before nine and the ferry was held in port.

Tom Hale
10:05

Police closed the promenade after a wave came over the railings near the lifeboat station.

Ana Ruiz
11:40

The council opened the school hall for families whose homes lost power in the night.

Priya Nair
12:30

Forecasters say the wind will ease by the evening, but the ferry stays in port until morning.

Tom Hale
13:15

A fishing boat that had not come back at dawn was found sheltering in the next bay.

Ana Ruiz
14:02

The railway line along the cliffs reopened after crews cleared two fallen trees.

Priya Nair
15:20

Schools will open as usual tomorrow, the council said in its latest update.
"""


def test_times_of_day_alone_head_no_comments_without_a_comments_heading() -> None:
    # a live blog's entries look like a blog's terse comments (a reporter's name, a time alone,
    # then text): only a comments heading makes them a thread
    article = newsparse.parse(LIVE_BLOG)
    assert article.comments == ()
    assert len(article.paragraphs) >= 4


def test_times_of_day_alone_head_comments_under_a_comments_heading() -> None:
    body, _, _ = LIVE_BLOG.partition("Ana Ruiz\n09:12")
    thread = "Comments:\n\nMira\n21:00\nStay safe, everyone on the front.\nReply\n\nTobin\n21:45\nThe school hall was warm and kind.\nReply\n"
    text = body + "09:12 The first gusts reached the harbour wall before nine.\n\n" + thread
    article = newsparse.parse(text)
    assert [(c.author, c.posted, c.text) for c in article.comments] == [
        ("Mira", None, "Stay safe, everyone on the front."),
        ("Tobin", None, "The school hall was warm and kind."),
    ]


VIDEO_PLAYER = """Harbour Live

News
Weather

Storm day on the coast

The first gusts reached the harbour wall before nine and the ferry was held in port, the
harbour master said, and the promenade was closed to walkers for the whole morning.

Forecasters say the wind will ease by the evening, but the ferry stays in port until morning,
and the council has opened the school hall for families whose homes lost power.

Watch: the waves at the harbour wall
Play
Mute
Current Time
0:00
/
Duration
0:00
Loaded
:
0%
Stream Type
LIVE
Seek to live, currently playing live
LIVE
Remaining Time
-
0:00

Playback Rate
1x
Chapters
Chapters
Descriptions
descriptions off
, selected
Captions
captions off
, selected
This is a modal window.
Beginning of dialog window. Escape will cancel and close the window.
Close Modal Dialog
End of dialog window.
"""


def test_a_video_players_time_labels_are_no_comment_headers() -> None:
    # BeautifulSoup writes a video player's controls one to a line: ``Current Time`` / ``0:00``
    # repeats like a name over a time of day, and no comments heading vouches for it
    article = newsparse.parse(VIDEO_PLAYER)
    assert article.comments == ()


def ask_hn_bs4() -> str:
    """An Ask-HN-like page as BeautifulSoup writes it: the story's header one piece a line, its
    comments link bare (``comments``, no count shown), the question's own text, then the thread."""
    out = [
        "Ask HN: Where do island ferries find crews?",
        "",
        "173 points",
        "",
        "by",
        "",
        "harbourwatch",
        "",
        "11 days ago  |",
        "",
        "comments",
        "",
        "Every ferry line I know is short of deckhands this spring.",
        "",
        "Where do the operators look for them?",
        "",
    ]
    for _, name, when, _, text in THREAD:
        out += [name, "", f"{when}  |", "", "link", "", text, "", "reply", ""]
    return "\n".join(out) + "\n"


def test_a_storys_header_with_a_bare_comments_link_and_its_own_text_is_no_comment() -> None:
    article = newsparse.parse(ask_hn_bs4(), reference_time=REF)
    assert [c.author for c in article.comments] == AUTHORS
    assert not any("deckhands" in c.text for c in article.comments)
