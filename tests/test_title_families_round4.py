"""Families of title misses on sites never seen, fifth round, on invented pages in the six
converters' renderings (every page here is invented: no text of a real page).

(1) BeautifulSoup's dump opens with the ``<title>`` (``Headline | Site``) and a line said twice
under it (the group's name over two menus) reads as the reference layout's standfirst: the
site's name after the joint goes all the same when the page shows it on a line of its own.

(2) A video player between the headline and the article: its controls, then its clip's title
with the article's byline and date under it. The headline is the line over the player.

(3) An image's alt text says the headline over it (``Image for Headline``) and a standfirst
that reads like a headline stands under it: the alt text is a copy of the headline, which
makes it the title, and no headline itself.
"""

from __future__ import annotations

import pytest

import newsparse
from tests.ferry import PARAGRAPHS as BODY
from tests.test_title_families_round3 import RENDERINGS, STAMP, Header

HEADLINE = "Ferry to run every hour from the first of May"
SITE = "Harbour Herald"


# --- (1) the <title> over a line said twice -----------------------------------------------------


def _group_page(title: str) -> str:
    group = "Harbour Herald Group Media"
    menu = ["News", "Sport", "Weather", SITE, "Ferries"]
    lines = [title, group, group, *menu, HEADLINE, "By Petra Lindqvist", *BODY]
    return "\n\n".join(lines) + "\n"


def test_the_sites_name_after_the_title_goes_over_a_line_said_twice() -> None:
    assert newsparse.parse(_group_page(f"{HEADLINE} | {SITE}")).title == HEADLINE


def test_a_joint_in_the_headline_stays_over_a_line_said_twice() -> None:
    # (the part after the dash is nowhere on a line of its own: it is the headline's)
    title = "Ferry to run every hour - the islands cheer"
    assert newsparse.parse(_group_page(title)).title == title


# --- (2) a video player's title over the byline ---------------------------------------------------

CLIP = "Harbour Watch: the new boats arrive"
CONTROLS = (
    "Video Player is loading.",
    "Play Video",
    "Unmute",
    "Current Time 0:00",
    "Duration 0:00",
)
CONTROLS_END = ("Playback Rate", "1x", "Close Modal Dialog", "End of dialog window.")


def _played(converter: str, headline: str = HEADLINE) -> Header:
    button = "(BUTTON) " if converter == "lynx" else ""
    player = [("line", button + c if c in ("Play Video", "Unmute") else c) for c in CONTROLS]
    player += [("line", "Text Color White Transparency Opaque")] * 3
    player += [("line", c) for c in CONTROLS_END]
    return [
        ("menu", ""),
        ("line", "Islands"),
        ("h1", headline),
        ("para", "The harbour board adds two boats to the crossing after a summer of long queues."),
        *player,
        ("line", CLIP),
        ("line", CLIP),
        ("line", "By"),
        ("line", "Petra Lindqvist"),
        ("line", "March 3, 2021 at 4:00 AM"),
    ]


@pytest.mark.parametrize("converter", RENDERINGS)
def test_the_headline_over_a_video_player_beats_the_clips_title(converter: str) -> None:
    page = RENDERINGS[converter](_played(converter))
    assert newsparse.parse(page).title == HEADLINE


def test_a_clips_title_with_nothing_over_the_player_stays_the_headline() -> None:
    # (a video page: the clip's title is its headline)
    header: Header = [("menu", ""), *_played("w3m")[4:]]
    assert newsparse.parse(RENDERINGS["w3m"](header)).title == CLIP


# --- (3) an image's alt text over the headline ----------------------------------------------------

LEDE = (
    "Two new boats join the crossing, the island school reopens its library, and the market "
    "hall gets a new roof, plus more good news"
)


@pytest.mark.parametrize("converter", RENDERINGS)
def test_an_images_alt_text_copies_the_headline(converter: str) -> None:
    header: Header = [
        ("menu", ""),
        ("line", "Good news"),
        ("line", f"Image for {HEADLINE}"),
        ("h1", HEADLINE),
        ("line", LEDE),
        ("line", "Islands Ferries Share:"),
    ]
    assert newsparse.parse(RENDERINGS[converter](header)).title == HEADLINE


def test_a_headline_opening_with_image_is_no_alt_text() -> None:
    headline = "Image makers flock to the island for the spring light"
    header: Header = [("menu", ""), ("h1", headline), ("line", STAMP)]
    assert newsparse.parse(RENDERINGS["w3m"](header)).title == headline
