"""Comment families read the same in every converter's rendering (invented pages, no real text).

Families: a blog thread whose headers say their writer speaks (``Ann sagt:``, ``Bob says:``)
with the date and the text right under them and no blank line between (lynx dumps an old
WordPress list so); and a Reddit-like thread whose names follow a link with brackets in its
address, which html2text writes ``[[–]](javascript:void\\(0\\))[name](…)``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import pytest

import newsparse

REF = datetime(2024, 5, 2, 12, 0)

#: A long article: its thread starts more than 300 lines below the body's start, past where
#: the header reader looks for comments.
_LONG_ARTICLE_PARAGRAPHS = 160
ARTICLE = (
    "Mill Pond Notes\n\n  • Home\n  • Walks\n  • About\n\n"
    "The heron came back to the mill pond\n\n"
    "After two winters away the grey heron is back at the mill pond, standing in the reeds by "
    "the sluice every morning as if it had never left the village at all.\n\n"
    "The warden thinks the new fish ladder brought it back, since the pond now holds more roach "
    "and perch than it has since the old mill closed its doors for good.\n\n"
    + "".join(
        f"On day {k} of the count the warden wrote down {k % 7 + 2} herons, {k % 5} egrets and "
        f"a cormorant that stayed by the sluice until dusk.\n\n"
        for k in range(1, _LONG_ARTICLE_PARAGRAPHS + 1)
    )
    + "Write a comment | Trackback URL | Back to top\n\n"
)

#: (author, time, text) of an invented blog thread
SAYS = [
    ("Wiebke", datetime(2021, 3, 3, 7, 12), "I saw it on Sunday too. It stood there for an hour."),
    ("Okonkwo", datetime(2021, 3, 3, 9, 40), "The fish ladder was money well spent, then."),
    ("Lieselotte M.", datetime(2021, 3, 4, 18, 2), "Ask the dog walkers to keep away from it."),
    ("tarnfeld", datetime(2021, 3, 5, 21, 30), "Herons eat frogs as well. I hope the frogs cope!"),
    ("Brann", datetime(2021, 3, 6, 6, 55), "There were two of them this morning, by the bridge."),
    ("Ulf Sander", datetime(2021, 3, 6, 8, 20), "Two herons! The roach will have a hard spring."),
    (
        "kestrel9",
        datetime(2021, 3, 7, 17, 45),
        "It flew over our garden at noon, very low and slow.",
    ),
]


def _when(moment: datetime) -> str:
    return f"{moment.day}. März {moment.year} um {moment:%H:%M}"


def says_lynx() -> str:
    """Numbered, indented; name, date and text on lines one under the other."""
    out = [ARTICLE]
    for n, (name, when, text) in enumerate(SAYS, 1):
        out += [
            f"    {n}. {name} sagt:",
            f"       {_when(when)}",
            f"       {text}",
            "       Antworten",
        ]
    return "\n".join(out) + "\n\nKommentar schreiben\n"


def says_w3m() -> str:
    out = [ARTICLE]
    for n, (name, when, text) in enumerate(SAYS, 1):
        out += [
            f" {n}. [avatar] {name} sagt:",
            f"    {_when(when)}",
            "",
            f"    {text}",
            "    Antworten",
        ]
    return "\n".join(out) + "\n\nKommentar schreiben\n"


def says_html2text() -> str:
    out = [ARTICLE]
    for n, (name, when, text) in enumerate(SAYS, 1):
        out += [
            f"  {n}. ![](https://mill.example/a.png) {name} sagt:",
            f"[{_when(when)}](https://mill.example/p#c{n})",
            "",
            text,
            "",
            f"[Antworten](https://mill.example/p?replytocom={n})",
            "",
        ]
    return "\n".join(out) + "\nKommentar schreiben\n"


def says_inscriptis() -> str:
    out = [ARTICLE]
    for n, (name, when, text) in enumerate(SAYS, 1):
        out += [f"  {n}. {name} sagt:", f"     {_when(when)}", f"     {text}", "     Antworten", ""]
    return "\n".join(out) + "\nKommentar schreiben\n"


def says_resiliparse() -> str:
    out = [ARTICLE]
    for name, when, text in SAYS:
        out += [f"• {name} sagt:", _when(when), text, "Antworten", ""]
    return "\n".join(out) + "\nKommentar schreiben\n"


def says_bs4() -> str:
    out = [ARTICLE]
    for name, when, text in SAYS:
        out += [name, "sagt:", _when(when), text, "Antworten"]
    return "\n".join(out) + "\nKommentar schreiben\n"


SAYS_RENDERINGS: dict[str, Callable[[], str]] = {
    "lynx": says_lynx,
    "w3m": says_w3m,
    "html2text": says_html2text,
    "inscriptis": says_inscriptis,
    "resiliparse": says_resiliparse,
    "bs4": says_bs4,
}


@pytest.mark.parametrize("converter", sorted(SAYS_RENDERINGS))
def test_says_headers_with_text_right_under_them(converter: str) -> None:
    article = newsparse.parse(SAYS_RENDERINGS[converter]())
    assert [c.author for c in article.comments] == [row[0] for row in SAYS]
    assert [c.text for c in article.comments] == [row[2] for row in SAYS]
    assert [c.posted for c in article.comments] == [row[1] for row in SAYS]
    assert article.paragraphs[-1].startswith(f"On day {_LONG_ARTICLE_PARAGRAPHS} of the count")


#: (author, score, relative time, text) of an invented link-aggregator thread
LINKED = [
    ("saltmarsh_j", 88, "9 hours ago", "The heron at our pond left when the dredging began."),
    ("Pilewort", 41, "8 hours ago", "They come back once the water clears. Give it a year."),
    ("r0wan_tree", 17, "8 hours ago", "We had one take every goldfish in a single weekend!"),
    ("quill_and_ink", 9, "6 hours ago", "A net over the pond is the only thing that works."),
    ("Hedgeley", 4, "2 hours ago", "Lovely photo. The reeds look golden in that light."),
    ("mossback", 3, "2 hours ago", "Ours nests in the alders behind the church every spring."),
    ("Tamsin O.", 1, "1 hour ago", "Did anyone else hear it call at dusk? A harsh croak."),
]
POST = (
    "The heron came back\n\nsubmitted 10 hours ago by Brann\n\n"
    "After two winters away the grey heron is back at the mill pond, standing in the reeds by "
    "the sluice every morning as if it had never left the village at all.\n\n"
)
JS = "javascript:void\\(0\\)"


def linked_html2text() -> str:
    out = ["# " + POST]
    for name, score, when, text in LINKED:
        out += [
            f"[[–]]({JS})[{name}](https://agg.example/user/{name}) {score} points "
            f"{when} [(1 child)]({JS})",
            "",
            text,
            "",
            "  * [permalink](https://agg.example/c/1)",
            "  * [reply]({JS})",
            "",
        ]
    return "\n".join(out) + "\n"


def linked_lynx() -> str:
    out = [POST]
    for name, score, when, text in LINKED:
        out += [
            f"   [–]{name} {score} points {when} (1 child)",
            "",
            f"   {text}",
            "",
            "     * reply",
            "",
        ]
    return "\n".join(out) + "\n"


def linked_w3m() -> str:
    out = [POST]
    for name, score, when, text in LINKED:
        out += [f"[–]{name} {score} points {when} (1 child)", "", text, "", "  • reply", ""]
    return "\n".join(out) + "\n"


def linked_inscriptis() -> str:
    out = [POST]
    for name, score, when, text in LINKED:
        out += [f"  [–] {name} {score} points {when} (1 child)", f"  {text}", "  * reply", ""]
    return "\n".join(out) + "\n"


def linked_resiliparse() -> str:
    out = [POST]
    for name, score, when, text in LINKED:
        out += [f"[–]{name} {score} points {when} (1 child)", text, "• reply", ""]
    return "\n".join(out) + "\n"


def linked_bs4() -> str:
    out = [POST]
    for name, score, when, text in LINKED:
        out += [f"[–]{name} {score} points {when} (1 child)", text, "reply"]
    return "\n".join(out) + "\n"


LINKED_RENDERINGS: dict[str, Callable[[], str]] = {
    "html2text": linked_html2text,
    "lynx": linked_lynx,
    "w3m": linked_w3m,
    "inscriptis": linked_inscriptis,
    "resiliparse": linked_resiliparse,
    "bs4": linked_bs4,
}


@pytest.mark.parametrize("converter", sorted(LINKED_RENDERINGS))
def test_a_name_after_a_link_with_brackets_in_its_address(converter: str) -> None:
    article = newsparse.parse(LINKED_RENDERINGS[converter](), reference_time=REF)
    assert [c.author for c in article.comments] == [row[0] for row in LINKED]
    assert [c.text for c in article.comments] == [row[3] for row in LINKED]


#: (author, time, text) of an invented journal thread whose headers write a full date and the
#: page's rounding of it glued together (``March 2 2021, 06:10:44 UTC3 years ago``)
JOURNAL = [
    ("fenwick_o", datetime(2021, 3, 2, 6, 10, 44), "The heron is a good sign for the whole pond."),
    ("marram", datetime(2021, 3, 2, 7, 2, 9), "We counted eleven nests upstream last spring."),
    ("osprey_lane", datetime(2021, 3, 2, 9, 31, 0), "Did the warden say when the count ends?"),
    ("fenwick_o", datetime(2021, 3, 2, 10, 5, 27), "In May, I think. He posts it at the sluice."),
    ("Dagny", datetime(2021, 3, 3, 19, 48, 3), "Lovely to read this after such a grey winter."),
    (
        "tern_and_teal",
        datetime(2021, 3, 4, 8, 0, 51),
        "My father fished that pond sixty years ago.",
    ),
]


def _stamp(moment: datetime) -> str:
    return f"{moment:%B} {moment.day} {moment.year}, {moment:%H:%M:%S} UTC3 years ago"


def _journal(record: Callable[[str, str, str], list[str]], tail: str) -> str:
    out = [ARTICLE]
    for name, moment, text in JOURNAL:
        out += record(name, _stamp(moment), text)
    return "\n".join(out) + tail


def journal_w3m() -> str:
    return _journal(
        lambda n, s, t: [f"[userpic]{n}", "", s, "", t, "", "Reply", ""], "\nLeave a comment\n"
    )


def journal_lynx() -> str:
    return _journal(
        lambda n, s, t: [f"   [userpic.svg] {n}", "", f"   {s}", f"   {t}", "", "     * Reply", ""],
        "\n   Leave a comment\n",
    )


def journal_html2text() -> str:
    return _journal(
        lambda n, s, t: [
            f"![](https://j.example/u.svg)[{n}](https://j.example/{n})",
            "",
            s,
            "",
            t,
            "",
            "Reply",
            "",
        ],
        "\nLeave a comment\n",
    )


def journal_inscriptis() -> str:
    return _journal(
        lambda n, s, t: [f"  {n}", f"  {s}", f"  {t}", "  * Reply", ""], "\nLeave a comment\n"
    )


def journal_resiliparse() -> str:
    return _journal(lambda n, s, t: [n, s, t, "• Reply", ""], "\nLeave a comment\n")


def journal_bs4() -> str:
    return _journal(lambda n, s, t: [n, s, t, "Reply"], "\nLeave a comment\n")


JOURNAL_RENDERINGS: dict[str, Callable[[], str]] = {
    "w3m": journal_w3m,
    "lynx": journal_lynx,
    "html2text": journal_html2text,
    "inscriptis": journal_inscriptis,
    "resiliparse": journal_resiliparse,
    "bs4": journal_bs4,
}


@pytest.mark.parametrize("converter", sorted(JOURNAL_RENDERINGS))
def test_a_full_date_glued_to_its_rounding_is_the_time_and_no_name(converter: str) -> None:
    article = newsparse.parse(JOURNAL_RENDERINGS[converter]())
    assert [c.author for c in article.comments] == [row[0] for row in JOURNAL]
    assert [c.posted for c in article.comments] == [row[1] for row in JOURNAL]
    assert [c.text for c in article.comments] == [row[2] for row in JOURNAL]
    assert article.paragraphs[-1].startswith(f"On day {_LONG_ARTICLE_PARAGRAPHS} of the count")


#: (author, member title, time, text) of an invented forum thread whose cards list profile
#: links between the name and the member's title
CARDS = [
    (
        "reedwarbler",
        "Old hand",
        datetime(2011, 3, 3, 14, 17),
        "Update the app first, then it works.",
    ),
    ("Marisol", "New here", datetime(2011, 3, 3, 14, 27), "Mine still hangs on the second screen."),
    ("kingfisher_7", "Part of the furniture", datetime(2011, 3, 3, 14, 37), "Restart it twice."),
    (
        "reedwarbler",
        "Old hand",
        datetime(2011, 3, 3, 14, 43),
        "Twice did it for me as well, oddly.",
    ),
    ("Marisol", "New here", datetime(2011, 3, 3, 14, 52), "That worked. Thank you both so much!"),
    (
        "dabchick",
        "Feels at home",
        datetime(2011, 3, 3, 15, 5),
        "Good to know. I will try it tonight.",
    ),
]
LINKS = ("Profile", "Show posts", "Private message")


def _forum(card: Callable[[int, str, str, str, str], list[str]]) -> str:
    out = [
        "Forum › Phones › The update hangs",
        "",
        "The update hangs on the second screen",
        "",
        "Since this morning's update my phone stops on the second setup screen and shows a grey "
        "wheel for as long as I let it, even after a night on the charger.",
        "",
    ]
    for n, (name, title, moment, text) in enumerate(CARDS, 1):
        out += card(n, name, title, f"{moment:%d.%m.%Y, %H:%M}", text)
    return "\n".join(out) + "\n\nReply to this thread\n"


def cards_html2text() -> str:
    return _forum(
        lambda n, name, title, when, text: [
            f"  {n}. [ ![Avatar of {name}](https://f.example/a/{n}.gif) ](https://f.example/m/{n})",
            "",
            f'[**{name}**](https://f.example/m/{n} "{name} is offline")',
            *(f"     * [ {link} ](https://f.example/m/{n}/{k})" for k, link in enumerate(LINKS)),
            "",
            f"![{name} is offline](https://f.example/off.png) {title} ",
            "",
            f"     {when}",
            "",
            text,
            "",
        ]
    )


def cards_w3m() -> str:
    return _forum(
        lambda n, name, title, when, text: [
            f"{n}. [Avatar of {name}]",
            name,
            *(f"  • {link}" for link in LINKS),
            "",
            f"[{name} is offline] {title}",
            "",
            when,
            "",
            text,
            "",
        ]
    )


def cards_lynx() -> str:
    return _forum(
        lambda n, name, title, when, text: [
            f"    {n}. [avatar{n}.gif]",
            f"       {name}",
            *(f"          + {link}" for link in LINKS),
            "",
            f"       [user-offline.png] {title}",
            "",
            f"       {when}",
            f"       {text}",
            "",
        ]
    )


def cards_inscriptis() -> str:
    return _forum(
        lambda n, name, title, when, text: [
            f"  {n}. {name}",
            *(f"       * {link}" for link in LINKS),
            f"     {title}",
            f"     {when}",
            f"     {text}",
            "",
        ]
    )


def cards_resiliparse() -> str:
    return _forum(
        lambda n, name, title, when, text: [
            name,
            *(f"• {link}" for link in LINKS),
            title,
            when,
            text,
            "",
        ]
    )


CARD_RENDERINGS: dict[str, Callable[[], str]] = {
    "html2text": cards_html2text,
    "w3m": cards_w3m,
    "lynx": cards_lynx,
    "inscriptis": cards_inscriptis,
    "resiliparse": cards_resiliparse,
}


@pytest.mark.parametrize("converter", sorted(CARD_RENDERINGS))
def test_a_forum_card_names_its_member_above_the_profile_links(converter: str) -> None:
    article = newsparse.parse(CARD_RENDERINGS[converter]())
    assert [c.author for c in article.comments] == [row[0] for row in CARDS]
    assert [c.posted for c in article.comments] == [row[2] for row in CARDS]
