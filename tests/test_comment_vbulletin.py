"""A vBulletin-like forum thread (invented pages, no real text): each post's card is the member's
name, the card's profile links (``Profil``, ``Beiträge anzeigen``, ``Private Nachricht``), the
member's title (``Gehöre zum Inventar``), then the post's date and number. w3m bullets the
links (``□``); bs4 writes each link as a paragraph of its own, without bullets, and the member's title
must still not be read as the name.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import newsparse

ARTICLE = (
    "Kettle Forum\n\n"
    "Descaling the old copper kettle\n\n"
    "Ich habe einen alten Kupferkessel geerbt und möchte ihn entkalken, ohne das Metall zu "
    "beschädigen. Hat jemand Erfahrung mit Zitronensäure oder mit Essig?\n\n"
)

#: (name, member title, date, text) of an invented thread
THREAD = [
    (
        "kesselflicker",
        "Gehöre zum Inventar",
        "04.05.2012, 09:17",
        "Zitronensäure geht gut, aber nicht zu heiß.",
    ),
    (
        "Tante Emma",
        "Neues Mitglied",
        "04.05.2012, 09:31",
        "Essig riecht furchtbar, nimm lieber Zitrone.",
    ),
    (
        "rotor_7",
        "Fühle mich heimisch",
        "04.05.2012, 10:02",
        "Danke euch, ich versuche es heute Abend.",
    ),
    (
        "kesselflicker",
        "Gehöre zum Inventar",
        "04.05.2012, 11:45",
        "Berichte bitte, wie es geklappt hat!",
    ),
    ("Tante Emma", "Neues Mitglied", "04.05.2012, 12:10", "Und danach gut mit Wasser ausspülen."),
]
LINKS = ("Profil", "Beiträge anzeigen", "Private Nachricht")


def _w3m() -> str:
    out = [ARTICLE]
    for k, (name, title, date, text) in enumerate(THREAD):
        out.append(f"{name}\n" + "".join(f"  □ {link}\n" for link in LINKS))
        out.append(f"\n{title}\n\n{date}\n\n#{k + 1}\n\n{text}\n\n0\n\n")
    return "".join(out)


def _bs4() -> str:
    out = [ARTICLE]
    for k, (name, title, date, text) in enumerate(THREAD):
        out.append(f"{name}\n\n" + "".join(f"{link}\n\n" for link in LINKS))
        out.append(f"{title}\n\n{date}\n\n#{k + 1}\n\n{text}\n\n0\n\n")
    return "".join(out)


RENDERINGS: dict[str, Callable[[], str]] = {"w3m": _w3m, "bs4": _bs4}


@pytest.mark.parametrize("converter", sorted(RENDERINGS))
def test_the_name_over_the_card_links_is_the_writer_not_the_member_title(converter: str) -> None:
    comments = newsparse.parse(RENDERINGS[converter]()).comments
    assert [c.author for c in comments] == [name for name, _, _, _ in THREAD]
    assert [c.text for c in comments] == [text for _, _, _, text in THREAD]


def test_one_card_word_alone_is_no_card() -> None:
    # a single ``Profil`` paragraph above a title is too little for a member card
    page = _bs4().replace("Beiträge anzeigen\n\nPrivate Nachricht\n\n", "")
    comments = newsparse.parse(page).comments
    assert "kesselflicker" not in [c.author for c in comments]


#: A whole forum page: the thread's title, then every post under its member card (the first
#: post too), then the page counter and the forum's other lists, whose items also show a name and
#: a date (``Ähnliche Themen``, the latest posts).
PAGE_HEAD = (
    "Kettle Forum\n\n  • Forum\n  • Haushalt\n\n"
    "Seite 3 von 7 Erste ... 2 3 4 ... Letzte\n\n"
    "Descaling the old copper kettle\n\n"
)
FIRST = (
    "altblech",
    "Gehöre zum Inventar",
    "04.05.2012, 08:55",
    "Ich habe einen alten Kupferkessel geerbt. Zitrone oder Essig?",
)
TAIL = [
    "Seite 3 von 7 Erste ... 2 3 4 ... Letzte",
    "« Vorheriges Thema | Nächstes Thema »",
    "Neueste Beiträge im Forum",
    "pfannenwender\n\n12.01.2013, 18:03\n\nKupfer poliere ich nur mit Salz und Essig, nie mit Chemie.",
    "Tante Emma\n\n12.01.2013, 07:40\n\nMein Wasserkocher hält seit zwanzig Jahren durch.",
    "rotor_7\n\n11.01.2013, 22:15\n\nAm Wochenende koche ich Suppe, und zwar viel zu viel.",
]


def _first_post(converter: str) -> str:
    """The thread's first post under its member card, as ``_w3m`` and ``_bs4`` write a post."""
    name, title, date, text = FIRST
    if converter == "w3m":
        card = f"{name}\n" + "".join(f"  □ {link}\n" for link in LINKS) + "\n"
    else:
        card = f"{name}\n\n" + "".join(f"{link}\n\n" for link in LINKS)
    return f"{card}{title}\n\n{date}\n\n#0\n\n{text}\n\n0\n\n"


def _page(converter: str) -> str:
    posts = RENDERINGS[converter]().removeprefix(ARTICLE)
    return PAGE_HEAD + _first_post(converter) + posts + "\n\n".join(TAIL) + "\n"


@pytest.mark.parametrize("converter", sorted(RENDERINGS))
def test_a_forum_page_is_all_posts_from_the_first_to_the_page_counter(converter: str) -> None:
    article = newsparse.parse(_page(converter))
    assert [c.author for c in article.comments] == [FIRST[0], *(n for n, _, _, _ in THREAD)]
    assert article.comments[0].text == FIRST[3]
    assert article.paragraphs == ()


@pytest.mark.parametrize("converter", sorted(RENDERINGS))
def test_a_forum_pages_headline_is_the_threads_title_not_its_pager(converter: str) -> None:
    assert newsparse.parse(_page(converter)).title == "Descaling the old copper kettle"


def test_lynx_names_the_pages_links_above_the_thread_and_no_line_of_them_is_the_headline() -> None:
    # lynx lists the page's ``<link>`` titles first, then the page's own title followed by the
    # links' ``rel`` names, wrapped over a blank line
    links = (
        "   #alternate Kettle Forum - RSS-Feed Kettle Forum - Haushalt - RSS-Feed\n\n"
        "   Descaling the old copper kettle - Kettle Forum prev next alternate\n"
        "   alternate\n\n"
    )
    article = newsparse.parse(links + _page("w3m"))
    assert article.title == "Descaling the old copper kettle"
    assert len(article.comments) == len(THREAD) + 1
