"""Families of title misses on sites never seen, fourth round, on invented pages in the six
converters' renderings (every page here is invented: no text of a real page).

(1) A consent box opens the page (its heading, a paragraph about cookies, an ``OK`` button),
said again further down: its heading is no headline, and in a dump other than BeautifulSoup's
(which opens with the ``<title>``) it is no ``<title>`` either.

(2) A call to the reader (``View Issue Subscribe``) or an advertiser's offer of two sentences
(``More crossings? Book your seat today.``) opens the dump: no ``<title>``, no headline.

(3) A breadcrumb that ends in the headline (``Home › Headline``) with the page's stamp under
it: the headline under the breadcrumb is the title, not the breadcrumb.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

import newsparse
from tests.ferry import PARAGRAPHS as BODY
from tests.ferry import wrap as _wrap

HEADLINE = "Ferry to run every hour from the first of May"
SITE = "The Harbour Herald"
STAMP = "March 3, 2021 | Petra Lindqvist"
MENU = ("News", "Sport", "Weather", "Ferries", "Islands", "Events")

#: A page's header as the converters see it: (kind, text) pairs, top down. Kinds: ``line`` (a
#: line of its own), ``para`` (a paragraph that w3m and lynx wrap), ``menu`` (the site's menu,
#: its text ignored), ``h1`` (the headline, html2text's ``#``).
Header = Sequence[tuple[str, str]]


def _w3m(header: Header) -> str:
    out = []
    for kind, text in header:
        if kind == "menu":
            out.append("\n".join(f"  • {m}" for m in MENU))
        elif kind == "para":
            out.append(_wrap(text, 100))
        else:
            out.append(text)
    return "\n\n".join(out + [_wrap(p, 100) for p in BODY]) + "\n"


def _lynx(header: Header) -> str:
    out = []
    for kind, text in header:
        if kind == "menu":
            out.append("\n".join(f"     * {m}" for m in MENU))
        elif kind == "para":
            out.append(_wrap(text, 100, "   "))
        elif kind == "h1":
            out.append(text)  # (lynx sets a heading at the margin)
        else:
            out.append("   " + text)
    return "\n\n".join(out + [_wrap(p, 100, "   ") for p in BODY]) + "\n"


def _html2text(header: Header) -> str:
    out = []
    for kind, text in header:
        if kind == "menu":
            out.append("\n".join(f"  * [{m}](/{m.lower()})" for m in MENU))
        elif kind == "h1":
            out.append(f"# {text}")
        else:
            out.append(text)
    return "\n\n".join(out + list(BODY)) + "\n"


def _inscriptis(header: Header) -> str:
    out = []
    for kind, text in header:
        if kind == "menu":
            out.append("\n".join(f"            * {m}" for m in MENU))
        else:
            out.append("          " + text)
    return "\n\n".join(out + ["          " + p for p in BODY]) + "\n"


def _resiliparse(header: Header) -> str:
    out = []
    for kind, text in header:
        out.append("\n".join(f"• {m}" for m in MENU) if kind == "menu" else text)
    return "\n\n".join(out + list(BODY)) + "\n"


def _bs4(header: Header) -> str:
    # (BeautifulSoup opens with the <title>; every element on a line of its own)
    out = [f"{HEADLINE} | {SITE}"]
    for kind, text in header:
        out.append("\n".join(MENU) if kind == "menu" else text)
    return "\n\n".join(out + list(BODY)) + "\n"


RENDERINGS: dict[str, Callable[[Header], str]] = {
    "w3m": _w3m,
    "lynx": _lynx,
    "html2text": _html2text,
    "inscriptis": _inscriptis,
    "resiliparse": _resiliparse,
    "bs4": _bs4,
}


# --- (1) a consent box opens the page -------------------------------------------------------

CONSENT_HEADING = "Harbour Herald keeps your data safe"
CONSENT_TEXT = (
    "We use cookies to remember your settings, to count our readers and to show you "
    "advertisements. By clicking OK you accept our use of them."
)


def _consented(headline: str = HEADLINE) -> Header:
    box = [("line", CONSENT_HEADING), ("para", CONSENT_TEXT), ("line", "OK")]
    return [*box, *box, ("menu", ""), ("line", SITE), ("h1", headline), ("line", STAMP)]


@pytest.mark.parametrize("converter", RENDERINGS)
def test_a_consent_box_over_the_page_is_no_headline(converter: str) -> None:
    assert newsparse.parse(RENDERINGS[converter](_consented())).title == HEADLINE


def test_a_headline_about_cookies_is_still_a_headline() -> None:
    # (a headline that names cookies itself is no consent box's heading)
    headline = "Bakers of the island sell out of cookies before noon"
    page = _w3m([("menu", ""), ("line", SITE), ("h1", headline), ("para", CONSENT_TEXT)])
    assert newsparse.parse(page).title == headline


def test_a_title_over_a_consent_text_still_settles() -> None:
    # (BeautifulSoup's <title>, with the site after a joint, stands over the consent box's
    # text: it is the page's <title> all the same)
    page = (
        f"{HEADLINE} | {SITE}\n\n{CONSENT_TEXT}\n\nAccept cookies\n\nRead more\n\n"
        f"March 3, 2021\n\n{HEADLINE}\n\n" + "\n\n".join(BODY) + "\n"
    )
    assert newsparse.parse(page).title == HEADLINE


# --- (2) a call or an offer opens the dump ---------------------------------------------------

CALL = "View Issue Subscribe"
OFFER = "More crossings this summer? Book your seat today."
OFFER_RU = "Больше рейсов летом? Забронируйте место сегодня."


@pytest.mark.parametrize("converter", [c for c in RENDERINGS if c != "bs4"])
@pytest.mark.parametrize("first", [CALL, OFFER, OFFER_RU])
def test_a_call_or_an_offer_opening_the_dump_is_no_headline(converter: str, first: str) -> None:
    # (BeautifulSoup's dump opens with the <title>: the family is that of the other five)
    # (said three times: one banner for each size of screen)
    header = [("line", first)] * 3 + [("menu", ""), ("line", "Ferries")]
    header += [("h1", HEADLINE), ("line", "By Petra Lindqvist, March 3, 2021")]
    assert newsparse.parse(RENDERINGS[converter](header)).title == HEADLINE


def test_a_headline_of_two_sentences_without_a_full_stop_stays_a_title() -> None:
    # (a <title> that asks and answers, with no full stop at its end, still opens a page)
    title = "Is the ferry late again? Not this summer"
    page = f"{title}\n\n{title}\n\nBy Petra Lindqvist\n\n" + "\n\n".join(BODY) + "\n"
    assert newsparse.parse(page).title == title


# --- (3) a breadcrumb ending in the headline -------------------------------------------------


@pytest.mark.parametrize("converter", RENDERINGS)
@pytest.mark.parametrize("mark", ["›", ">", "»"])
def test_a_breadcrumb_ending_in_the_headline_is_no_headline(converter: str, mark: str) -> None:
    header = [("menu", ""), ("line", f"Home {mark} {HEADLINE}"), ("line", STAMP)]
    header += [("h1", HEADLINE)]
    assert newsparse.parse(RENDERINGS[converter](header)).title == HEADLINE


# --- (4) a kicker stamp opens the article ------------------------------------------------------

KICKER_STAMP = "Islands · Petra Lindqvist, Omar Haddad"
STANDFIRST = "The harbour board adds two boats to the crossing after a summer of long queues."


@pytest.mark.parametrize("converter", ["w3m", "inscriptis", "resiliparse"])
def test_a_section_and_the_writers_over_the_headline_are_no_headline(converter: str) -> None:
    # (the article opens the dump: its section and writers, the headline, the standfirst)
    header = [("line", KICKER_STAMP), ("line", HEADLINE), ("para", STANDFIRST)]
    assert newsparse.parse(RENDERINGS[converter](header)).title == HEADLINE


def test_a_section_and_a_phrase_are_no_kicker_stamp() -> None:
    # (a headline with a middle dot in it, not names after it, opens a page in the reference
    # layout all the same)
    headline = "Ferries · the timetable for the summer"
    page = f"{headline}\n\nBy Petra Lindqvist\n\n" + "\n\n".join(BODY) + "\n"
    assert newsparse.parse(page).title == headline


# --- (5) a blog entry's stamp over its counters --------------------------------------------------

ENTRY_HEAD = "Why the old ferry still runs in the winter"


def _entry_header(converter: str) -> Header:
    # (a link home; the writer's handle, the section and a reading time; the date; the
    # entry's counters, each a line of its own in BeautifulSoup's dump; the headline)
    counters = {
        "lynx": ["[avatar.png]", "petra_l", "(BUTTON) 11 (BUTTON) 42 (BUTTON) 17", "37"],
        "bs4": ["petra_l", "11", "42", "17", "37"],
    }.get(converter, ["[avatar]", "petra_l", "1142", "37"])
    return [
        ("menu", ""),
        ("line", "Back home"),
        ("line", "[avatar]petra_l Islands 6 min read"),
        ("line", "March 3, 2021, 07:22"),
        *(("line", c) for c in counters),
        ("h1", ENTRY_HEAD),
    ]


@pytest.mark.parametrize("converter", RENDERINGS)
def test_a_blog_entrys_stamp_over_its_counters(converter: str) -> None:
    page = RENDERINGS[converter](_entry_header(converter))
    assert newsparse.parse(page).title == ENTRY_HEAD


def test_a_headline_over_its_stamp_and_counters_keeps_it() -> None:
    # (the line under the counters is the article's first sub-heading: the headline over the
    # stamp owns it)
    header = [("menu", ""), ("line", HEADLINE), ("line", "March 3, 2021, 07:22")]
    header += [("line", "1142"), ("line", "37"), ("line", "What the new timetable means")]
    assert newsparse.parse(_w3m(header)).title == HEADLINE


# --- (6) a kicker glued to its headline -----------------------------------------------------------

PUNCTUATED = "Islands: Ferry to run every hour from the first of May"
GLUED = "Islands Ferry to run every hour from the first of May"


@pytest.mark.parametrize("converter", ["w3m", "lynx", "inscriptis", "resiliparse"])
def test_the_kickers_colon_that_the_page_shows_elsewhere(converter: str) -> None:
    # (the page's style sheet sets the colon after the kicker of its headline, which the dump
    # glues to the rest; the breadcrumb's last item says it with the colon)
    # (the page's menus stand between, as many as a news site's)
    header = [("line", "Home"), ("line", PUNCTUATED), *[("menu", "")] * 6, ("h1", GLUED)]
    assert newsparse.parse(RENDERINGS[converter](header)).title == PUNCTUATED


def test_a_headline_with_no_colon_form_on_the_page_stays_glued() -> None:
    header = [("menu", ""), ("line", "Home"), ("h1", GLUED), ("line", STAMP)]
    assert newsparse.parse(_w3m(header)).title == GLUED
