"""Families of title misses on sites never seen, seventh round, on invented pages in the six
converters' renderings (every page here is invented: no text of a real page).

(1) A logo's name said twice on one line (its image's alt text, then the name itself:
``Harbour Herald Harbour Herald``) over the byline, the headline under the byline: the doubled
name is no headline, whatever byline stands under it.

(2) BeautifulSoup writes the header as a run of one-element lines (a kicker, the headline,
``By``, the name, the date), no blank line between them, under a ``<title>`` worded otherwise
than the headline: the line of the run with the byline or the date right under it is the
headline, not the ``<title>``.

(3) The body's run opens at the headline itself (a headline with commas reads as a sentence:
``Ferry 2021: timetables, fares, queues and …``), a line of standfirst and the byline under it:
the run's first line is the headline, not the body's first sentence, and the standfirst nearer
the byline is no headline.
"""

from __future__ import annotations

import pytest

import newsparse
from newsparse._title import _said_twice
from tests.ferry import PARAGRAPHS
from tests.test_title_families_round3 import MENU, RENDERINGS, Header

HEADLINE = "Ferry to run every hour from the first of May"
SITE = "Harbour Herald"


# --- (1) a logo's name said twice over the byline ------------------------------------------------


def _logo_twice(logo: str) -> Header:
    return [
        ("menu", ""),
        ("line", logo),
        ("line", "By Petra Lindqvist March 3, 2021 in Ferries, Islands 4 Comments"),
        ("h1", HEADLINE),
    ]


@pytest.mark.parametrize("converter", RENDERINGS)
@pytest.mark.parametrize("logo", [f"{SITE} {SITE}", "Petra Lindqvist Petra Lindqvist"])
def test_a_logos_name_said_twice_over_the_byline_is_no_headline(converter: str, logo: str) -> None:
    assert newsparse.parse(RENDERINGS[converter](_logo_twice(logo))).title == HEADLINE


@pytest.mark.parametrize(
    ("text", "twice"),
    [
        ("Harbour Herald Harbour Herald", True),
        ("Rain, rain and more rain", False),
        ("The ferry, the ferry is late", False),
        ("Ferry Ferry", True),
    ],
)
def test_only_the_same_words_twice_over_are_a_doubled_line(text: str, twice: bool) -> None:
    assert _said_twice(text) is twice


# --- (2) BeautifulSoup's run of one-element lines under a <title> worded otherwise ---------------

#: The page's <title>, worded otherwise than its headline (``Ferries go hourly …``).
SEO_TITLE = "Ferries go hourly: what changes for island commuters | Harbour Herald"


#: A site's navigation as BeautifulSoup writes it: its menu, the sections of each item, the
#: account's links, one a line.
NAVIGATION = (
    *MENU,
    *(f"{m} {part}" for m in MENU for part in ("Today", "Archive")),
    "Sign in",
    "Subscribe",
    "Newsletters",
    "Search",
)


SHARE = ("Share", "Facebook", "Email")


def _run(kicker: str, stamp: tuple[str, ...]) -> Header:
    return [("menu", ""), ("line", kicker), ("h1", HEADLINE), *(("line", s) for s in stamp)]


def _bs4_run(header: Header, title: str = SEO_TITLE) -> str:
    """BeautifulSoup's rendering: the <title> first, then every element on a line of its own
    with no blank line between (the menu, the kicker, the headline, the stamp, the share
    buttons, the body)."""
    out = [title, "", "Skip Navigation"]
    for kind, text in header:
        out.extend(NAVIGATION if kind == "menu" else [text])
    return "\n".join([*out, *SHARE, *PARAGRAPHS]) + "\n"


STAMPS = [
    ("By", "Petra Lindqvist", "March 3, 2021"),
    ("Published Wed, Mar 3 2021", "9:15 AM GMT"),
    ("By Petra Lindqvist",),
]


@pytest.mark.parametrize("stamp", STAMPS)
@pytest.mark.parametrize("converter", [*RENDERINGS, "bs4 run"])
def test_the_headline_in_a_run_under_a_title_worded_otherwise_is_found(
    converter: str, stamp: tuple[str, ...]
) -> None:
    header = _run("Ferries", stamp)
    page = _bs4_run(header) if converter == "bs4 run" else RENDERINGS[converter](header)
    assert newsparse.parse(page).title == HEADLINE


def test_a_headline_standing_apart_with_its_date_beats_a_line_of_the_run() -> None:
    # (a teaser's line in a run with its writer right under it, above the headline that stands
    # apart with its own date under a caption: the lines of a run are looked at only when no
    # line apart has a byline or a date)
    teaser = "Island choir to sing on the pier on the first night"
    page = (
        f"{SEO_TITLE}\n\n" + "\n".join(NAVIGATION) + f"\n{teaser}\nBy Omar Haddad\nMore\n\n"
        f"{HEADLINE}\n\nPhoto: Harbour Board\n\nMarch 3, 2021\n\n" + "\n\n".join(PARAGRAPHS)
    )
    assert newsparse.parse(page + "\n").title == HEADLINE


def test_a_name_in_the_run_over_a_date_is_no_headline() -> None:
    # (the writer's name and the date under the headline: the name has a date under it too)
    page = _bs4_run(_run("Ferries", ("Petra Lindqvist Omar Haddad", "March 3, 2021")))
    assert newsparse.parse(page).title == HEADLINE


# --- (3) the body's run opens at the headline ---------------------------------------------------

COMMA_HEADLINE = "Ferry 2021: timetables, fares, queues and how to book a seat on the first boat"
STANDFIRST_LINE = "Everything you need to know before the first boat leaves the pier"


@pytest.mark.parametrize("converter", RENDERINGS)
def test_a_headline_that_opens_the_bodys_run_is_no_sentence_of_it(converter: str) -> None:
    header: Header = [("menu", ""), ("h1", COMMA_HEADLINE), ("line", STANDFIRST_LINE)]
    header = [*header, ("line", "By Petra Lindqvist 3 March 2021 • 9:10am")]
    assert newsparse.parse(RENDERINGS[converter](header)).title == COMMA_HEADLINE


@pytest.mark.parametrize("converter", ["w3m", "lynx", "inscriptis", "resiliparse"])
def test_a_long_standfirst_opening_the_run_is_still_no_headline(converter: str) -> None:
    # (a line longer than a headline at the run's start is a standfirst, though it stands
    # nearer the byline and the share box below the article says it again)
    standfirst = (
        "Timetables, fares and queues change on the first of May, the harbour board says, and "
        "commuters should book their seats a week ahead"
    )
    header: Header = [("menu", ""), ("h1", HEADLINE), ("line", standfirst)]
    header = [*header, ("line", "By Petra Lindqvist 3 March 2021")]
    page = RENDERINGS[converter](header) + f"\nShare this article\n\n{standfirst}\n"
    assert newsparse.parse(page).title == HEADLINE
