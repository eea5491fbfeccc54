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
