"""Families of title misses on sites never seen, eighth round, on invented pages in the six
converters' renderings (every page here is invented: no text of a real page).

(1) A headline in title case over a short standfirst in sentence case, the byline under the
standfirst (``Islanders Cheer The New Hourly Ferry`` / ``One skipper said: "At last?"`` / ``By
Jane Doe``): the standfirst, nearer the byline, is no headline.
"""

from __future__ import annotations

import pytest

import newsparse
from newsparse import _title
from tests.test_title_families_round3 import HEADLINE as ROUND3_HEADLINE
from tests.test_title_families_round3 import RENDERINGS, SITE, Header

HEADLINE = "Ferry to run every hour from the first of May"


def _page(converter: str, header: Header, title: str) -> str:
    """The page in ``converter``'s rendering, BeautifulSoup's ``<title>`` naming ``title``."""
    page = RENDERINGS[converter](header)
    return page.replace(f"{ROUND3_HEADLINE} | {SITE}", f"{title} | {SITE}", 1)


# --- (1) a headline in title case over a standfirst in sentence case -----------------------------

TITLED = "Islanders Cheer As The Hourly Ferry Finally Comes To The Harbour After Ten Years"
QUOTED = 'One skipper said: "Why did it take ten years?"'


def _titled(headline: str, standfirst: str) -> Header:
    return [
        ("menu", ""),
        ("line", "Islands"),
        ("line", "Posted on 3 Mar 2021"),
        ("h1", headline),
        ("line", standfirst),
        ("line", "By Petra Lindqvist"),
        ("line", "Harbour Herald Staff Writer"),
    ]


@pytest.mark.parametrize("converter", RENDERINGS)
@pytest.mark.parametrize(
    "standfirst", [QUOTED, "The board adds two boats after a summer of queues"]
)
def test_a_titled_headline_beats_its_standfirst_nearer_the_byline(
    converter: str, standfirst: str
) -> None:
    page = _page(converter, _titled(TITLED, standfirst), TITLED)
    assert newsparse.parse(page).title == TITLED


@pytest.mark.parametrize("converter", RENDERINGS)
def test_a_kicker_in_title_case_over_the_headline_is_no_headline(converter: str) -> None:
    # (the kicker of four words in title case over the headline in sentence case, the byline
    # right under the headline: the headline still)
    header: Header = [
        ("menu", ""),
        ("line", "Island Life And Travel"),
        ("h1", HEADLINE),
        ("line", "By Petra Lindqvist"),
    ]
    assert newsparse.parse(_page(converter, header, HEADLINE)).title == HEADLINE


@pytest.mark.parametrize("converter", RENDERINGS)
def test_a_row_of_services_in_title_case_is_no_titled_headline(converter: str) -> None:
    # (a share row over the headline in sentence case, the byline under both)
    header: Header = [
        ("menu", ""),
        ("line", "Facebook Twitter Reddit Email WhatsApp"),
        ("h1", HEADLINE),
        ("line", "By Petra Lindqvist"),
    ]
    assert newsparse.parse(_page(converter, header, HEADLINE)).title == HEADLINE


def test_only_a_line_in_sentence_case_under_it_is_a_standfirst() -> None:
    def under(text: str) -> bool:
        lines = [TITLED, "", text]
        c = _title.Candidate(
            0, TITLED, TITLED, TITLED, TITLED.lower(), len(TITLED.split()), 1.0, "", 0, -1
        )
        return _title._titled_over_standfirst(lines, c)

    assert under(QUOTED)
    assert not under("Petra Lindqvist And Omar Haddad Report")  # (in title case too)
    assert not under("Posted on 3 Mar 2021 by the desk")  # (a stamp)
    assert not under("at sea")  # (a fragment)
