"""Families of header misses seen across many sites, on invented pages in the converters' forms.

Each family is a way a real page's header misleads the title or the byline reading on sites the
rules were not written on; every page here is invented (no text of a real page), set in the
form one converter gives it (lynx's indent and apostrophe letter, html2text's ``#`` headings,
BeautifulSoup's ``<title>`` first line, ...).
"""

from __future__ import annotations

import newsparse
from newsparse._title import title_text

# the article under every header below
BODY = (
    "The ferry between the two islands will run every hour from the first of May, the harbour "
    "board said on Monday, after a summer of long queues on both piers and many complaints.\n\n"
    "Two new boats bought from a yard in the north will join the old one, which will be kept "
    "as a spare for the winter storms and for the school trips in the autumn term each year.\n\n"
    "Fares stay the same for residents, while visitors will pay a little more in the summer "
    "months to cover the cost of the crews, the fuel and the repairs to the landing stages.\n"
)

# --- lynx writes a right single quote as the modifier letter apostrophe -----------------------


def test_lynx_apostrophe_letter_in_a_headline_is_the_quote() -> None:
    page = (
        "   #alternate\n\n   NewsSportWeather\n   (BUTTON) Menu\n\n"
        "Islandʼs ferry to run every hour from May\n\n"
        "The harbour board answers a summer of complaints\n\n"
        "   By Petra Lindqvist Mar 3, 2021 9:00 AM\n\n"
        + "\n".join("   " + line if line else "" for line in BODY.splitlines())
    )
    assert newsparse.parse(page).title == "Island’s ferry to run every hour from May"


def test_the_apostrophe_letter_between_cyrillic_letters_stays() -> None:
    assert title_text(["Мʼята в саду"], 0, 0) == "Мʼята в саду"
