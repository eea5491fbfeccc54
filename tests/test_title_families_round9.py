"""Families of title misses on sites never seen, ninth round, on invented pages in the six
converters' renderings (every page here is invented: no text of a real page).

(1) A row of tags or sections in capitals that the page writes twice, its menu between the two
copies (w3m writes a site's wide and narrow header both: ``BUDGET 2024 HARBOUR ELECTIONS …`` /
menu / ``BUDGET 2024 HARBOUR ELECTIONS …`` / headline): no headline, though said twice; must
not: a headline in mixed case said above itself over the menu (a top bar), a headline in
capitals said once.

(2) A headline that BeautifulSoup split at an inline element (``An Ode to the`` / ``Harbour
Ferry as It Sails Its Last Crossing``; ``Abschied von der`` / ``alten Fähre …``): the pieces
are one headline, where the first ends in a word no headline ends with (an article, a
possessive, a conjunction: ``vocab.page.TITLE_OPEN_ENDS``); must not: a kicker over the
headline, which ends in no such word, stays apart.

(3) A blog's entry with no run of prose (a film's card, share buttons, its tags), the stamp set
over the headline (``May 2, 2024 · 09:15`` / ``↓ Jump to the comments`` / headline): the stamp
vouches for the headline as a date under it would, where the first line is the blog's name, not
a ``<title>``; the entry's line of tags (``Tagged with …``, ``Getaggt mit …``) is no headline;
must not: BeautifulSoup's ``<title>`` (which names the blog after a joint) still names the
headline over a dated teaser below it.

(4) A short line of its own right under a headline, no blank line between (a label, ``This
article is more than 5 years old``): no rest of a headline that w3m or lynx wrapped, since the
page is not wrapped, or the headline's line and the short line's first word would have fitted
the width the page's lines fill; must not: a headline that w3m or lynx wrapped at the width is
still joined, its rest capitalised.

(5) A teaser's card (its headline, its standfirst) run into the site's menu over the headline,
the menu's items right under the standfirst: the card's headline is no headline over a
standfirst of its own.
"""

from __future__ import annotations

import pytest

import newsparse
from tests.ferry import PARAGRAPHS as BODY
from tests.ferry import wrap
from tests.test_title_families_round3 import HEADLINE, MENU, RENDERINGS, SITE, Header

# --- (1) a row of tags in capitals written twice, a menu between ---------------------------------

TAGS = "BUDGET 2024 HARBOUR ELECTIONS FERRY STRIKE ISLAND WEATHER"


def _tags_twice(*under: tuple[str, str]) -> Header:
    return [("line", SITE), ("line", TAGS), ("menu", ""), ("line", TAGS), ("h1", HEADLINE), *under]


@pytest.mark.parametrize("converter", RENDERINGS)
@pytest.mark.parametrize("byline", [False, True])
def test_a_row_of_tags_written_twice_around_the_menu_is_no_headline(
    converter: str, byline: bool
) -> None:
    under = [("line", "By Petra Lindqvist")] if byline else []
    assert newsparse.parse(RENDERINGS[converter](_tags_twice(*under))).title == HEADLINE


@pytest.mark.parametrize("converter", RENDERINGS)
def test_a_headline_said_over_the_menu_stays_the_headline(converter: str) -> None:
    header: Header = [("line", SITE), ("line", HEADLINE), ("menu", ""), ("h1", HEADLINE)]
    assert newsparse.parse(RENDERINGS[converter](header)).title == HEADLINE


@pytest.mark.parametrize("converter", RENDERINGS)
def test_a_headline_in_capitals_said_once_stays_the_headline(converter: str) -> None:
    upper = HEADLINE.upper()
    page = RENDERINGS[converter]([("menu", ""), ("h1", HEADLINE)]).replace(HEADLINE, upper)
    assert newsparse.parse(page).title == upper


# --- (2) a headline split at an inline element ----------------------------------------------------

SPLIT = {
    "en": ("An Ode to the", "Harbour Ferry as It Sails Its Last Crossing"),
    "de": ("Abschied von der", "alten Fähre nach vierzig Jahren im Dienst"),
    "fr": ("Le dernier voyage de", "la vieille navette du port"),
    "es": ("Un adiós al viejo ferri y", "sus cuarenta años de travesías"),
}
#: The page's ``<title>``, worded otherwise than its headline (it settles nothing).
OTHER_TITLE = "Old ferry makes its last crossing"


def _split_page(converter: str, pieces: tuple[str, ...], above: tuple[str, ...] = ()) -> str:
    """The page in ``converter``'s rendering, its headline in ``pieces``: one line in every
    converter but BeautifulSoup's, which writes a line for each."""
    headline = "\n".join(pieces) if converter == "bs4" else " ".join(pieces)
    header: Header = [
        ("menu", ""),
        *(("line", line) for line in above),
        ("h1", headline),
        ("line", "By Petra Lindqvist"),
        ("line", "March 3, 2021"),
    ]
    page = RENDERINGS[converter](header)
    return page.replace(f"{HEADLINE} | {SITE}", f"{OTHER_TITLE} | {SITE}", 1)


@pytest.mark.parametrize("converter", RENDERINGS)
@pytest.mark.parametrize("case", sorted(SPLIT))
def test_a_headline_split_at_an_inline_element_is_one(case: str, converter: str) -> None:
    pieces = SPLIT[case]
    assert newsparse.parse(_split_page(converter, pieces)).title == " ".join(pieces)


def test_a_kicker_over_the_headline_stays_apart() -> None:
    # (BeautifulSoup: the kicker on the line right over the headline, no blank between)
    page = _split_page("bs4", ("Islands", "Harbour Ferry as It Sails Its Last Crossing"))
    assert newsparse.parse(page).title == "Harbour Ferry as It Sails Its Last Crossing"


# --- (3) a page with no run of prose: the stamp over the headline vouches for it -------------------

BLOG = "Harbour Night Notes"
ENTRY = "The Night Ferry by Lantern Light"
#: How each converter sets a list's item and a line of text: (bullet, indent).
ITEM = {
    "w3m": ("  • ", ""),
    "lynx": ("     * ", "   "),
    "html2text": ("  * ", ""),
    "inscriptis": ("          * ", "      "),
    "resiliparse": ("• ", ""),
    "bs4": ("", ""),
}


def _entry_page(converter: str, headline: str = ENTRY, stamp: str = "May 2, 2024 · 09:15") -> str:
    """A blog's entry with no run of prose (a film's card, share buttons, the entry's tags): the
    blog's name, its menu, the links to the entries before and after, the stamp and a link to
    the comments over the headline; BeautifulSoup opens with the ``<title>``, every element on a
    line of its own."""
    bullet, indent = ITEM[converter]
    blocks = [
        [f"{headline} | {BLOG}", BLOG] if converter == "bs4" else [BLOG],
        [bullet + item for item in ("Home", "About", "Archive")],
        [indent + line for line in ("← Lanterns on the pier", "Fog over the sound →", stamp)]
        + [indent + "↓ Jump to the comments"],
        [("# " if converter == "html2text" else indent) + headline],
        [bullet + "The Night Ferry · Ana Ruiz (2019)", bullet + "A film about the last boat."],
        [indent + "Share this:"],
        [bullet + "Facebook", bullet + "Twitter"],
        [indent + "Filed under General"],
        [indent + "Tagged with Harbour Lights, The Night Ferry"],
    ]
    gap = "\n" if converter == "bs4" else "\n\n"
    return gap.join("\n".join(block) for block in blocks) + "\n"


@pytest.mark.parametrize("converter", ITEM)
def test_a_stamp_over_the_headline_of_a_page_without_prose(converter: str) -> None:
    assert newsparse.parse(_entry_page(converter)).title == ENTRY


@pytest.mark.parametrize("converter", ITEM)
def test_an_entrys_line_of_tags_is_no_headline(converter: str) -> None:
    # (no stamp: the tags' line is no headline all the same, whatever else is)
    title = newsparse.parse(_entry_page(converter, stamp="Fog over the sound")).title
    assert title != "Tagged with Harbour Lights, The Night Ferry"


def test_a_titles_first_line_still_names_the_headline_over_a_dated_teaser() -> None:
    # (BeautifulSoup: the <title> names the site after a joint; a dated teaser below the
    # headline is no headline)
    page = _entry_page("bs4").replace(
        "Share this:", "More from the blog\nMay 1, 2024\nLanterns on the pier at dusk\nShare this:"
    )
    assert newsparse.parse(page).title == ENTRY


# --- (4) a short line of its own right under the headline -----------------------------------------

LONG = "Harbour board doubles the summer ferries as the queues grow longer on both piers again"
UNDER = ("Analysis", "This article is more than 5 years old", "Exclusive")


def _under_headline(converter: str, under: str) -> str:
    """The page with ``under`` on the line right under the headline, no blank line between (a
    label or a notice set in an element of its own, as every converter writes it)."""
    page = RENDERINGS[converter]([("menu", ""), ("h1", LONG), ("line", under)])
    indent = {"lynx": "   ", "inscriptis": "          "}.get(converter, "")
    page = page.replace(f"{HEADLINE} | {SITE}", f"{LONG} | {SITE}", 1)  # (bs4's <title>)
    return page.replace(f"{LONG}\n\n{indent}{under}", f"{LONG}\n{indent}{under}", 1)


@pytest.mark.parametrize("converter", RENDERINGS)
@pytest.mark.parametrize("under", UNDER)
def test_a_short_line_under_the_headline_is_no_rest_of_it(converter: str, under: str) -> None:
    page = _under_headline(converter, under)
    assert f"{LONG}\n" in page  # (no blank line between)
    assert newsparse.parse(page).title == LONG


#: A headline w3m wraps at 100 columns, its rest capitalised, over a body w3m wraps too.
WRAPPED = (
    "Harbour Board Doubles The Summer Ferries As The Queues Grow Longer On Both Piers Again After"
    " Ten Years"
)


@pytest.mark.parametrize("converter", ["w3m", "lynx"])
def test_a_headline_wrapped_at_the_width_is_still_joined(converter: str) -> None:
    indent = "   " if converter == "lynx" else ""
    paragraphs = [wrap(p, 100, indent) for p in (*BODY, *BODY)]
    page = "\n\n".join([SITE, wrap(WRAPPED, 100), f"{indent}By Petra Lindqvist", *paragraphs])
    assert newsparse.parse(page + "\n").title == WRAPPED


# --- (5) a teaser's card run into the site's menu over the headline ---------------------------------

CARD = "Nineteen Harbour Recipes Under Four Hundred Calories"
CARD_STANDFIRST = "Our best fish cake recipes for every occasion"


def _card_over_menu(converter: str) -> str:
    """A teaser's card (its headline, its standfirst) over the site's menu, the menu's items
    right under the standfirst with no blank line between (as a converter writes a nested
    list), then the headline and its date."""
    header: Header = [
        ("menu", ""),
        ("line", CARD),
        ("line", CARD_STANDFIRST),
        ("menu", ""),
        ("h1", HEADLINE),
        ("line", "June 20, 2019"),
    ]
    page = RENDERINGS[converter](header)
    end = page.index(CARD_STANDFIRST) + len(CARD_STANDFIRST)
    menu = page.rindex("\n", end, page.index(MENU[0], end))
    return page[:end] + page[menu:]


@pytest.mark.parametrize("converter", RENDERINGS)
def test_a_teasers_card_over_the_menu_is_no_headline_over_its_standfirst(converter: str) -> None:
    assert newsparse.parse(_card_over_menu(converter)).title == HEADLINE
