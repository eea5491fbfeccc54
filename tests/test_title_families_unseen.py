"""Families of title misses on sites never seen, on invented pages in the converters' forms
(every page here is invented: no text of a real page).

(1) The stamp over the headline: the site's name (or the writer's, or a photo's copyright
line) stands above a byline-and-date line, and the headline stands under that stamp, the body
under it (``The Harbour Herald`` / ``Petra Lindqvist / March 3, 2021`` / headline). The line
over the stamp is no headline because the stamp is under it: the one under the stamp is.

(2) A photo's copyright line (``© Jane Doe``) is a credit, never the headline, whatever stands
under it.

(3) A block of page data (byline, date, tags, a comment count, a photo with its caption and
credit) between the headline and its body.

(4) A dump other than BeautifulSoup's opens with the logo's name, said again in the header.

(5) An offer to subscribe (``Two Months for Only $2``, ``Si desea recibir el diario …``) above
the headline.

(6) A headline of one word (``Boathouse``) with its labelled byline right under it.

(7) A blog's stamp over the headline: the writer's name, then a day word and a time
(``Ivan вчера в 21:22``, ``Petra yesterday at 9:22 pm``), the headline under it.

(8) A reading time under the headline, in any language (``11 минут на прочтение``, ``Lesezeit
4 Minuten``, ``lecture 5 min``), alone or after the writer's name: never the headline.

(9) html2text's space between an emphasised part of the headline and the colon after it
(``# _Harbour Days_ : A Review``): the headline has no space there.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import newsparse
from newsparse import _title
from tests.ferry import PARAGRAPHS as BODY
from tests.ferry import wrap as _wrap

HEADLINE = "Ferry to run every hour from the first of May"
STANDFIRST = "The harbour board adds two boats to the crossing after a summer of long queues."


def _paras(width: int, indent: str = "") -> str:
    return "\n\n".join(_wrap(p, width, indent) if width else indent + p for p in BODY) + "\n"


# --- (1) the stamp over the headline ------------------------------------------------------------


def _w3m(top: str, stamp: str, headline: str) -> str:
    # (w3m: the stamp's parts glued by a slash, spaces left by empty elements above it)
    return (
        "  • NEWS\n  • SPORT\n  • WEATHER\n\n  \n\n"
        f"{top}\n\n \n \n \n{stamp}\n\n{headline}\n\n"
        + _wrap(STANDFIRST, 100)
        + "\n\n"
        + _paras(100)
    )


def _lynx(top: str, stamp: str, headline: str) -> str:
    return (
        "   #alternate\n\n     * NEWS\n     * SPORT\n     * WEATHER\n\n"
        f"   {top}\n\n   {stamp}\n\n{headline}\n\n"
        + _wrap(STANDFIRST, 100, "   ")
        + "\n\n"
        + _paras(100, "   ")
    )


def _inscriptis(top: str, stamp: str, headline: str) -> str:
    return (
        "            * NEWS\n            * SPORT\n            * WEATHER\n\n"
        f"          {top}\n\n              {stamp}\n\n              {headline}\n\n"
        f"              {STANDFIRST}\n\n" + _paras(0, "              ")
    )


def _resiliparse(top: str, stamp: str, headline: str) -> str:
    return (
        f"• NEWS\n• SPORT\n• WEATHER\n\n{top}\n\n{stamp}\n\n{headline}\n\n{STANDFIRST}\n\n"
        + _paras(0)
    )


RENDERINGS: dict[str, Callable[[str, str, str], str]] = {
    "w3m": _w3m,
    "lynx": _lynx,
    "inscriptis": _inscriptis,
    "resiliparse": _resiliparse,
}


@pytest.mark.parametrize("converter", RENDERINGS)
def test_the_site_name_over_the_stamp_is_no_headline(converter: str) -> None:
    page = RENDERINGS[converter]("The Harbour Herald", "Petra Lindqvist / March 3, 2021", HEADLINE)
    assert newsparse.parse(page).title == HEADLINE


@pytest.mark.parametrize("converter", RENDERINGS)
def test_a_stamp_split_over_two_lines_over_the_headline(converter: str) -> None:
    # (the writer's name and a slash on one line, the date on the next)
    page = RENDERINGS[converter]("The Harbour Herald", "Petra Lindqvist/\nMarch 3, 2021", HEADLINE)
    assert newsparse.parse(page).title == HEADLINE


@pytest.mark.parametrize("converter", ["w3m", "lynx", "inscriptis"])
def test_a_headline_worded_as_a_sentence_under_the_stamp(converter: str) -> None:
    # (a headline with a full stop reads as a sentence: the stamp over it still marks it)
    headline = "Perhaps the ferry timetable is more than a list of hours."
    page = RENDERINGS[converter]("The Harbour Herald", "Petra Lindqvist / March 3, 2021", headline)
    assert newsparse.parse(page).title == headline


def test_a_stamp_over_every_teaser_marks_none_of_them() -> None:
    # (a list of cards, each a section, a date and a headline, above the article's own
    # headline with its byline under it: the cards' stamps mark no card as the headline)
    cards = "".join(
        f"Harbour\n\nMarch {day}, 2021\n\nTeaser story number {day} about the islands\n\n"
        for day in (1, 2)
    )
    page = (
        "The Harbour Herald\n\n• News • Sport\n\n"
        + cards
        + f"{HEADLINE}\n\nBy Petra Lindqvist\n\n"
        + _paras(100)
    )
    ballots: list[_title.Ballot] = []
    with _title.watching(ballots.append):
        newsparse.parse(page)
    marked = [c.text for b in ballots for c in b.candidates if c.under_stamp]
    assert ballots and marked == []


def test_a_caption_under_the_byline_is_no_headline_under_a_stamp() -> None:
    # (the headline has the stamp under it; a photo's caption with its credit in brackets
    # under the stamp stays a caption)
    page = (
        "The Harbour Herald\n\n• News • Sport\n\n"
        f"{HEADLINE}\n\nBy Petra Lindqvist\n\nMarch 3, 2021\n\n"
        "The north pier in the spring. (Photo by Harbour Archive)\n\n" + _paras(100)
    )
    assert newsparse.parse(page).title == HEADLINE


def test_a_headline_over_the_stamp_keeps_it() -> None:
    # (the usual order: headline, writer, date, then a subtitle over the body)
    page = (
        "The Harbour Herald\n\n• News • Sport\n\n"
        f"{HEADLINE}\n\nPetra Lindqvist\n\nMarch 3, 2021\n\n"
        "Notes from a talk at the harbour board\n\n" + _paras(100)
    )
    assert newsparse.parse(page).title == HEADLINE


# --- (2) a photo's copyright line ---------------------------------------------------------------

COPYRIGHT = "© Mara Oyelaran"
STAMP = "Petra Lindqvist 03/11/2021 Harbour"


def _credit_w3m() -> str:
    return (
        "Skip to content\n\n  • Harbour\n  • Islands\n\n[ferry-at-the-north-pier-in-spring]\n\n"
        f"{COPYRIGHT}\n\n{STAMP}\n\n{HEADLINE}\n\n" + _paras(100)
    )


def _credit_lynx() -> str:
    return (
        "   #alternate\n\n     * Harbour\n     * Islands\n\n   [ferry-at-the-north-pier.jpg]\n\n"
        f"   {COPYRIGHT}\n\n   {STAMP}\n\n{HEADLINE}\n\n" + _paras(100, "   ")
    )


def _credit_inscriptis() -> str:
    return (
        "  Skip to content\n    * Harbour\n    * Islands\n\n"
        f"  {COPYRIGHT}\n\n  {STAMP}\n\n  {HEADLINE}\n\n" + _paras(0, "  ")
    )


def _credit_resiliparse() -> str:
    return (
        f"Skip to content\n• Harbour\n• Islands\n\n{COPYRIGHT}\n\n{STAMP}\n\n{HEADLINE}\n\n"
        + _paras(0)
    )


CREDIT_RENDERINGS: dict[str, Callable[[], str]] = {
    "w3m": _credit_w3m,
    "lynx": _credit_lynx,
    "inscriptis": _credit_inscriptis,
    "resiliparse": _credit_resiliparse,
}


@pytest.mark.parametrize("converter", CREDIT_RENDERINGS)
def test_a_photos_copyright_line_is_no_headline(converter: str) -> None:
    assert newsparse.parse(CREDIT_RENDERINGS[converter]()).title == HEADLINE


@pytest.mark.parametrize(
    "headline", ["Copyright law changes for the island libraries", "(C)afe opens on the north pier"]
)
def test_a_headline_about_copyright_is_still_a_headline(headline: str) -> None:
    page = f"The Harbour Herald\n\n• News • Sport\n\n{headline}\n\nBy Petra Lindqvist\n\n" + _paras(
        100
    )
    assert newsparse.parse(page).title == headline


# --- (3) a block of page data between the headline and its body ----------------------------------
# (a menu's featured teaser, a long line, makes the body's run start above the headline; under
# the headline stand its byline on two lines, the date, the tags, a comment count and a photo
# with its caption and credit before the first paragraph)

TEASER_LINES = [
    "Harbour",
    "",
    '"Piers are places of waiting"',
    "",
    "A walk along the old piers is no quiet pleasure any more, since the crowds of the summer "
    "have grown year by year...",
    "",
    "More →",
    "",
]
DATA_LINES = [
    "By:",
    "Petra Lindqvist",
    "",
    "3 Mar 2021",
    "",
    "Tags:",
    "",
    "Harbour, Ferry, Islands, Timetable",
    "",
    "Comments: 4",
    "",
    "north-pier.jpg",
    "",
    "The north pier in the spring",
    "",
    "Photo: Mara Oyelaran (Harbour Archive)",
    "",
]
LONG_HEADLINE = "Every hour from May: the harbour board answers a summer of queues on both piers"


def test_a_headline_with_page_data_between_it_and_the_body() -> None:
    # (the run found starts at the teaser's long line: the headline below it, with its byline
    # right under it and the body twelve lines of text further down, is the page's)
    lines = [
        "Home",
        "",
        *TEASER_LINES,
        "Search",
        "",
        "Home",
        "  • Harbour",
        "",
        LONG_HEADLINE,
        "",
        *DATA_LINES,
        *(p for para in BODY for p in (para, "")),
    ]
    cleaned = [line.strip() for line in lines]
    run = lines.index(TEASER_LINES[4])
    at = lines.index(LONG_HEADLINE)
    assert _title.find_title(lines, cleaned, [False] * len(lines), run, -1) == (at, at)


def test_html2text_emphasis_around_the_name_under_the_label() -> None:
    # (html2text sets the writer's linked name in emphasis: ``By:`` / ``_Petra Lindqvist_``)
    data = ["By:", "_Petra Lindqvist_", *DATA_LINES[2:]]
    lines = ["Home", "", *TEASER_LINES, "# " + LONG_HEADLINE, "", *data]
    lines += [p for para in BODY for p in (para, "")]
    cleaned = [line.removeprefix("# ").strip() for line in lines]
    run = lines.index(TEASER_LINES[4])
    at = lines.index("# " + LONG_HEADLINE)
    assert _title.find_title(lines, cleaned, [False] * len(lines), run, -1) == (at, at)


def test_a_headline_with_only_page_data_under_it_is_no_article() -> None:
    # (a byline, a date and page data with no paragraph under them: no article's headline)
    lines = ["Home", "", *TEASER_LINES, LONG_HEADLINE, "", *DATA_LINES, *DATA_LINES[5:]]
    cleaned = [line.strip() for line in lines]
    run = lines.index(TEASER_LINES[4])
    at = lines.index(LONG_HEADLINE)
    assert _title.find_title(lines, cleaned, [False] * len(lines), run, -1)[0] != at


# --- (4) the site's logo name first, said again in the header ------------------------------------
# (a dump other than BeautifulSoup's opens with the logo's name, not the page's <title>; said
# again in the header with nothing under it, it is no headline repeated: the headline with its
# byline under it is)

LOGO = "Harbour Herald Islands Edition"
SECTIONS = ("News", "Sport", "Weather", "Traffic", "Ferries", "Islands", "Piers", "Events")


def _menu(bullet: str) -> str:
    return "".join(f"{bullet}{name}\n" for name in SECTIONS)


def _logo_w3m() -> str:
    return (
        f"[]\n{LOGO}\n2 ferry alerts\nWatch Now\n\nMenu\n\nSearch site [          ]\n{LOGO}\n"
        "Watch Now\nClose x\n\n" + _menu("  • ") + "\n  • Share\n  • Email\n\n"
        f"{HEADLINE}\n\nPrev Next\nBy: Petra Lindqvist\nPosted at 2021-03-03\n\n" + _paras(100)
    )


def _logo_lynx() -> str:
    return (
        f"   []\n\n   {LOGO}\n   2 ferry alerts\n\n   Menu\n\n   Search site ____________\n"
        f"   {LOGO}\n   Watch Now\n\n" + _menu("     * ") + "\n     * Share\n     * Email\n\n"
        f"{HEADLINE}\n\n   Prev Next\n   By: Petra Lindqvist\n   Posted at 2021-03-03\n\n"
        + _paras(100, "   ")
    )


def _logo_resiliparse() -> str:
    return (
        f"{LOGO}\n2 ferry alerts\nWatch Now\nMenu\nSearch site\n{LOGO}\nWatch Now\n\n"
        + _menu("• ")
        + f"\n• Share\n• Email\n\n{HEADLINE}\n\nPrev Next\nBy: Petra Lindqvist\n"
        "Posted at 2021-03-03\n\n" + _paras(0)
    )


LOGO_RENDERINGS: dict[str, Callable[[], str]] = {
    "w3m": _logo_w3m,
    "lynx": _logo_lynx,
    "resiliparse": _logo_resiliparse,
}


@pytest.mark.parametrize("converter", LOGO_RENDERINGS)
def test_the_logo_name_said_twice_in_the_header_is_no_headline(converter: str) -> None:
    assert newsparse.parse(LOGO_RENDERINGS[converter]()).title == HEADLINE


def test_a_title_with_the_site_after_a_joint_still_settles() -> None:
    # (BeautifulSoup's <title> names the site after a joint: its repeat is the headline, even
    # with a teaser's byline further down)
    page = (
        f"{HEADLINE} | Harbour Herald\n\nMenu\n\n{HEADLINE}\n\nShare\n\n"
        "Another story about the islands\n\nBy Omar Farouk\n\n" + _paras(0)
    )
    assert newsparse.parse(page).title == HEADLINE


# --- (5) an offer to subscribe above the headline ------------------------------------------------
# (a price offer said twice in a sticky bar and a box, the headline under it with its byline; a
# delivery offer as a linked heading over the section's label and the headline)

OFFER = "Two Months for Only $2"


def _offer_w3m() -> str:
    box = f"Special Offer\n\n{OFFER}\n\nGo Plus - {OFFER}\n\nJoin Today\n\n"
    return (
        "Harbour Herald\n\nMenu\n\n" + box + f"{HEADLINE}\n\nByPetra Lindqvist Mar 3, 2021\n"
        "4 Comments\n\n" + _paras(100) + "\n" + box
    )


def _offer_lynx() -> str:
    box = f"   Special Offer\n\n   {OFFER}\n\n   Go Plus - {OFFER}\n\n   Join Today\n\n"
    return (
        "   Harbour Herald\n\n   Menu\n\n"
        + box
        + f"{HEADLINE}\n\n   ByPetra Lindqvist Mar 3, 2021\n"
        "   4 Comments\n\n" + _paras(100, "   ") + "\n" + box
    )


def _offer_inscriptis() -> str:
    box = f"      Special Offer\n\n      {OFFER}\n\n      Go Plus - {OFFER}\n\n      Join Today\n\n"
    return (
        "Harbour Herald\n  Menu\n\n" + box + f"    {HEADLINE}\n\n  By Petra Lindqvist Mar 3, 2021\n"
        "  4 Comments\n\n" + _paras(0, "  ") + "\n" + box
    )


def _offer_resiliparse() -> str:
    box = f"Special Offer\n\n{OFFER}\n\nGo Plus - {OFFER}\n\nJoin Today\n\n"
    return (
        "Harbour Herald\nMenu\n\n" + box + f"{HEADLINE}\n\nByPetra Lindqvist Mar 3, 2021\n"
        "4 Comments\n\n" + _paras(0) + "\n" + box
    )


OFFER_RENDERINGS: dict[str, Callable[[], str]] = {
    "w3m": _offer_w3m,
    "lynx": _offer_lynx,
    "inscriptis": _offer_inscriptis,
    "resiliparse": _offer_resiliparse,
}


@pytest.mark.parametrize("converter", OFFER_RENDERINGS)
def test_a_price_offer_said_twice_is_no_headline(converter: str) -> None:
    assert newsparse.parse(OFFER_RENDERINGS[converter]()).title == HEADLINE


def test_a_delivery_offer_as_a_linked_heading_is_no_headline() -> None:
    # (html2text: the offer is a second-level heading linked to the article, the headline a
    # plain line under the section's label, its date under the headline's picture)
    headline = "Nuevo horario del transbordador entre las dos islas desde mayo"
    page = (
        "[Inicio](/)\n\n  * [La Ciudad](/ciudad)\n  * [Deportes](/deportes)\n\n"
        "![](/img/campana.png)\n\n"
        "##  [Si desea recibir el diario en su casa, llame al 555-0101 ](/nota/2021-3-3)\n\n"
        f"[La Ciudad](/seccion/la-ciudad)\n\n{headline}\n\n![{headline}](/img/foto.jpg)\n\n"
        "3 de Marzo de 2021 | 16:05\n\n"
        "El transbordador entre las dos islas saldrá cada hora desde el primero de mayo, según "
        "informó el lunes la junta del puerto, tras un verano de largas colas en los muelles.\n\n"
        "Dos barcos nuevos comprados a un astillero del norte se sumarán al viejo, que quedará "
        "como reserva para las tormentas del invierno y para las excursiones escolares.\n"
    )
    assert newsparse.parse(page).title == headline


@pytest.mark.parametrize(
    "headline", ["Ferry tickets for only a few islanders", "Just $2 a crossing"]
)
def test_a_headline_about_prices_is_still_a_headline(headline: str) -> None:
    page = f"Harbour Herald\n\n• News • Sport\n\n{headline}\n\nBy Petra Lindqvist\n\n" + _paras(100)
    assert newsparse.parse(page).title == headline


# --- (6) a headline of one word -----------------------------------------------------------------
# (one capitalised word with its labelled byline and date right under it; a section's label of
# one word over a byline stays no headline)

WORD = "Boathouse"
WORD_BYLINE = "By Petra Lindqvist — March 3, 2021"


def _word_page(converter: str, word: str) -> str:
    menu = {
        "w3m": "  • About\n  • Contact\n\n\n\n",
        "lynx": "     * About\n     * Contact\n\n",
        "html2text": "  * [About](/about)\n  * [Contact](/contact)\n\n",
        "inscriptis": "    About\n    Contact\n\n\n\n",
        "resiliparse": "• About\n• Contact\n\n\n\n",
        "bs4": f"{HEADLINE[:20]} | Harbour Herald\n\nAbout\n\nContact\n\n",
    }[converter]
    heading = {"html2text": f"# {word}", "inscriptis": f"          {word}"}.get(converter, word)
    byline = {
        "html2text": "By [Petra Lindqvist](/author/petra) -- March 3, 2021",
        "lynx": "   " + WORD_BYLINE,
        "inscriptis": "          " + WORD_BYLINE,
        "bs4": "By\nPetra Lindqvist\n—\nMarch 3, 2021",
    }.get(converter, WORD_BYLINE)
    indent = {"lynx": "   ", "inscriptis": "          "}.get(converter, "")
    width = 100 if converter in ("w3m", "lynx") else 0
    return "Harbour Herald\n\n" + menu + f"{heading}\n\n{byline}\n\n" + _paras(width, indent)


@pytest.mark.parametrize(
    "converter", ["w3m", "lynx", "html2text", "inscriptis", "resiliparse", "bs4"]
)
def test_a_headline_of_one_word_with_its_byline_under_it(converter: str) -> None:
    assert newsparse.parse(_word_page(converter, WORD)).title == WORD


@pytest.mark.parametrize("converter", ["w3m", "resiliparse"])
def test_a_section_label_of_one_word_over_a_byline_is_no_headline(converter: str) -> None:
    assert newsparse.parse(_word_page(converter, "News")).title != "News"


# --- (7) a writer's name and a relative day over the headline -----------------------------------
# (a blog's header: the menu, the login, the stamp, the headline, its hubs as a list, the body)

BLOG_HEADLINE = "How we moved the ferry ticket office to a new server in one night"


def _blog_page(converter: str, stamp: str) -> str:
    indent = {"lynx": "   ", "inscriptis": "          "}.get(converter, "")
    bullet = {"lynx": "     * ", "inscriptis": "            * "}.get(converter, "  • ")
    menu = "".join(f"{bullet}{word}\n" for word in ("Posts", "Authors", "Hubs"))
    hubs = "".join(f"{bullet}{word}\n" for word in ("System administration,", "Databases"))
    width = 100 if converter in ("w3m", "lynx") else 0
    return (
        f"Ferry Blog\n\n{menu}\n{indent}Log in Sign up\n\n{indent}{stamp}\n\n"
        f"{BLOG_HEADLINE}\n\n{hubs}\n" + _paras(width, indent)
    )


@pytest.mark.parametrize("converter", ["w3m", "lynx", "inscriptis", "resiliparse"])
@pytest.mark.parametrize(
    "stamp", ["Petra yesterday at 9:22 pm", "Ivan вчера в 21:22", "Petra heute um 08:05"]
)
def test_a_name_and_a_relative_day_over_the_headline_is_its_stamp(
    converter: str, stamp: str
) -> None:
    assert newsparse.parse(_blog_page(converter, stamp)).title == BLOG_HEADLINE


def test_a_headline_that_says_yesterday_at_a_time_is_still_a_headline() -> None:
    headline = "Yesterday at 9:30 the old ferry made its last crossing"
    page = f"Ferry Blog\n\n  • Posts\n\n{headline}\n\nBy Petra Lindqvist\n\n" + _paras(100)
    assert newsparse.parse(page).title == headline


# --- (8) a reading time in other languages under the headline ------------------------------------


def _read_time_page(converter: str, reading: str) -> str:
    indent = "   " if converter == "lynx" else ""
    width = 100 if converter in ("w3m", "lynx") else 0
    return (
        "Harbour Herald\n\n  • News\n  • Sport\n\nPetra Lindqvist\n\nFerry news\n\n"
        f"{HEADLINE}\n\n{indent}{reading}\n\n" + _paras(width, indent)
    )


@pytest.mark.parametrize("converter", ["w3m", "lynx", "resiliparse", "bs4"])
@pytest.mark.parametrize(
    "reading",
    [
        "11 минут на прочтение",
        "Lesezeit 4 Minuten",
        "lecture 5 min",
        "12 minuti di lettura",
        "Petra Lindqvist · 11 минут на прочтение",
    ],
)
def test_a_reading_time_in_any_language_is_no_headline(converter: str, reading: str) -> None:
    assert newsparse.parse(_read_time_page(converter, reading)).title == HEADLINE


@pytest.mark.parametrize(
    "headline", ["The ferry crossing now takes 20 minutes", "Crossing the strait in 20 min"]
)
def test_a_headline_that_ends_in_minutes_is_still_a_headline(headline: str) -> None:
    page = f"Harbour Herald\n\n  • News\n\n{headline}\n\nBy Petra Lindqvist\n\n" + _paras(100)
    assert newsparse.parse(page).title == headline


# --- (9) html2text's space between an emphasis and its colon -------------------------------------


@pytest.mark.parametrize(
    ("heading", "headline"),
    [
        (
            "# _Harbour Days_ : A Long Review of the Ferry",
            "Harbour Days: A Long Review of the Ferry",
        ),
        (
            "#  _Sing, play, row_ _:_ Ferry day out for the school",
            "Sing, play, row: Ferry day out for the school",
        ),
        ("# Ferry day out _for the school_, at last", "Ferry day out for the school, at last"),
    ],
)
def test_html2text_space_before_a_colon_after_an_emphasis_is_dropped(
    heading: str, headline: str
) -> None:
    page = (
        "[Harbour Herald](/)\n\n  * [News](/news)\n  * [Sport](/sport)\n\n"
        f"{heading}\n\nBy [Petra Lindqvist](/author/petra)\n\n" + _paras(0)
    )
    assert newsparse.parse(page).title == headline


def test_a_french_spaced_colon_without_emphasis_is_kept() -> None:
    headline = "Le traversier : une heure de moins pour les îles"
    page = f"[Le Port](/)\n\n  * [Actu](/actu)\n\n# {headline}\n\nPar Petra Lindqvist\n\n" + _paras(
        0
    )
    assert newsparse.parse(page).title == headline
