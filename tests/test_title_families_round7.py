"""Families of title misses on sites never seen, seventh round, on invented pages in the six
converters' renderings (every page here is invented: no text of a real page).

(1) A logo's name said twice on one line (its image's alt text, then the name itself:
``Harbour Herald Harbour Herald``) over the byline, the headline under the byline: the doubled
name is no headline, whatever byline stands under it.
"""

from __future__ import annotations

import pytest

import newsparse
from newsparse._title import _said_twice
from tests.test_title_families_round3 import RENDERINGS, Header

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
