"""Families of title misses on sites never seen, sixth round, on invented pages in the six
converters' renderings (every page here is invented: no text of a real page).

(1) A sticky bar names the article being read (``Now Reading`` / a short title of it) over the
headline itself, with the writer's name under the headline: the bar's title is no headline.
"""

from __future__ import annotations

import pytest

import newsparse
from tests.test_title_families_round3 import RENDERINGS, Header

HEADLINE = "Ferry to run every hour from the first of May"
SITE = "Harbour Herald"
STANDFIRST = "The harbour board adds two boats to the crossing after a summer of long queues."


# --- (1) a sticky bar's title over the headline ---------------------------------------------------

SHORT_TITLE = "The hourly ferry is coming to the islands"


def _sticky(label: str, headline: str = HEADLINE) -> Header:
    return [
        ("menu", ""),
        ("line", SITE),
        ("line", label),
        ("line", SHORT_TITLE),
        ("h1", headline),
        ("line", "Petra Lindqvist"),
    ]


@pytest.mark.parametrize("converter", RENDERINGS)
@pytest.mark.parametrize("label", ["Now Reading", "Du liest gerade", "Vous lisez :"])
def test_a_sticky_bars_title_over_the_headline_is_no_headline(converter: str, label: str) -> None:
    assert newsparse.parse(RENDERINGS[converter](_sticky(label))).title == HEADLINE


@pytest.mark.parametrize("converter", ["w3m", "resiliparse"])
def test_the_headline_under_a_sticky_bars_label_stays_over_its_standfirst(converter: str) -> None:
    # (the bar names the headline itself, and a sentence under it is the standfirst)
    header: Header = [
        ("menu", ""),
        ("line", "Now Reading"),
        ("h1", HEADLINE),
        ("para", STANDFIRST),
        ("line", "By Petra Lindqvist"),
    ]
    assert newsparse.parse(RENDERINGS[converter](header)).title == HEADLINE


def test_a_line_under_another_label_is_no_sticky_bars_title() -> None:
    # (``Islands`` is a kicker: the line under it is the headline, and the line under that
    # one its subtitle)
    header: Header = [("menu", ""), ("line", "Islands"), ("h1", HEADLINE), ("line", SHORT_TITLE)]
    header = [*header, ("line", "By Petra Lindqvist, March 3, 2021")]
    assert newsparse.parse(RENDERINGS["w3m"](header)).title == HEADLINE
