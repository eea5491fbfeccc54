"""BeautifulSoup writes the page's <title> first (``Headline | The Harbour Herald``). The
site's name after its joint, when the page shows it as a name of its own (a logo line said
again over the byline), is no headline, whatever byline stands under it; and the <title> is
found as the heading though it quotes a name the heading sets apart without quote marks, and
the heading's pieces are no byline. (Invented pages.)"""

from __future__ import annotations

import pytest

import newsparse
from newsparse._title import _copies, _site_name

SITE = "The Harbour Herald"

#: BeautifulSoup's rendering: the <title> first, the logo said again in the menus and over the
#: byline, the heading (``{heading}``), a standfirst and the article, its lines cut at inline
#: pieces
PAGE = """{title} | {site}

Skip Navigation

{site}

{site}

NEWS

SPORT

{site}

{site}

Mara
Quill
/
March 3, 2024

{heading}

The harbour board's new plan for the
two piers is more ambitious than it looks.

The ferry between the
two islands
will run every hour from the first of May, the harbour board said on Monday, after a
summer of long queues on both piers and many complaints from people who
wait
for the boat in the rain.

Two new boats bought from a yard in the north will join the
old one
, which will be kept as a spare for the winter storms and for the school trips in the
autumn term each year, the board said.
"""


def _page(title: str, heading: str, site: str = SITE) -> str:
    return PAGE.format(title=title, heading=heading, site=site)


@pytest.mark.parametrize(
    "quoted", ["‘Island Ferries’", "“Island Ferries”", "'Island Ferries'", "Island Ferries"]
)
def test_a_title_that_quotes_a_name_is_found_as_the_cut_heading(quoted: str) -> None:
    # (the <title> quotes a name the heading sets apart without quote marks: an emphasis, cut
    # by BeautifulSoup onto a line of its own; the byline stands over the heading)
    heading = "Island Ferries\n: A Timetable for\nEvery Hour"
    article = newsparse.parse(_page(f"{quoted}: A Timetable for Every Hour", heading))
    assert article.title == "Island Ferries: A Timetable for Every Hour"
    assert "Island Ferries" not in article.authors  # (a piece of the heading, beside the date)


def test_the_sites_name_over_a_byline_is_no_headline() -> None:
    # (the heading, cut at its inline pieces, is worded otherwise than the <title>: the
    # decision is the scores', and the logo's name has the byline under it)
    page = _page("Ferries to run every hour from May", "Island Ferries\n: Every Hour\nfrom May")
    assert newsparse.parse(page).title != SITE


@pytest.mark.parametrize(
    ("ending", "site"), [(SITE, "the harbour herald"), ("Herald Online", ""), ("", "")]
)
def test_the_sites_name_is_known_only_when_the_page_shows_it(ending: str, site: str) -> None:
    # (a <title> that ends in a name the page never shows on its own names no site)
    page = _page("Ferries to run every hour from May", "Island Ferries")
    page = page.replace(f" | {SITE}", f" | {ending}" if ending else "", 1)
    lines = page.splitlines()
    assert _site_name(lines[0], _copies(lines)) == site
