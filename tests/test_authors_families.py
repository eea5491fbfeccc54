"""Byline families shared by several sites, each in every converter's rendering.

Each family is a way pages set their writer that the header reader once missed or misread,
seen on several sites of the shared corpora. Every page here is invented (no corpus text), in
the forms the six converters give it: w3m's and resiliparse's plain lines and ``•`` bullets,
lynx's three-space indent and ``*`` bullets, html2text's Markdown links and ``#`` headings,
inscriptis' nesting indent, BeautifulSoup's one element a line under the ``<title>``.
"""

from __future__ import annotations

import pytest

import newsparse

HEADLINE = "Ferry timetable doubles as the harbour bridge closes"
PARAGRAPHS = (
    "The harbour ferry will sail twice an hour from Monday while the old swing bridge is "
    "closed for repairs, the port office said, and the first boat leaves at six.",
    "Cyclists may take their bikes on board without a ticket, and the town has set up a "
    "waiting room in the former customs house beside the slipway for the winter months.",
    "The repairs should take until spring, when the bridge's new gears arrive from the "
    "foundry, and the council hopes the extra sailings will keep the market busy until then.",
)


def _body(indent: str = "", gap: str = "\n\n") -> str:
    return gap.join(indent + p for p in PARAGRAPHS) + "\n"


def _authors(page: str) -> tuple[str, ...]:
    return newsparse.parse(page).authors


# --- a name above the headline, beside its age ----------------------------------------------

#: name / age / headline, in each converter's rendering
ABOVE_WITH_AGE = {
    "w3m": (
        "  • Home\n  • Harbour\n\nMira Castell\nvor 3 Stunden\n\n" + HEADLINE + "\n\n" + _body()
    ),
    "lynx": (
        "     * Home\n     * Harbour\n\n   Mira Castell\n   vor 3 Stunden\n\n"
        + HEADLINE
        + "\n\n"
        + _body("   ")
    ),
    "html2text": (
        "  * [Home](/)\n  * [Harbour](/harbour)\n\n[Mira Castell](/autor/mira-castell)\n\n"
        "vor 3 Stunden\n\n# " + HEADLINE + "\n\n" + _body()
    ),
    "inscriptis": (
        "  * Home\n  * Harbour\n\n      Mira Castell\n      vor 3 Stunden\n\n    "
        + HEADLINE
        + "\n\n"
        + _body("      ")
    ),
    "resiliparse": (
        "• Home\n• Harbour\n\nMira Castell\n\nvor 3 Stunden\n\n" + HEADLINE + "\n\n" + _body()
    ),
    "bs4": (
        HEADLINE
        + " | Harbour News\nHome\nHarbour\nMira Castell\nvor 3 Stunden\n"
        + HEADLINE
        + "\n"
        + _body(gap="\n")
    ),
}


@pytest.mark.parametrize("converter", sorted(ABOVE_WITH_AGE))
def test_a_name_above_the_headline_beside_its_age(converter: str) -> None:
    assert _authors(ABOVE_WITH_AGE[converter]) == ("Mira Castell",)


# --- an image's name before a labelled byline (w3m, lynx write an image as [its name]) ------

#: headline / [photo] By name, its update and a share button on the same line
PHOTO_THEN_LABEL = {
    "w3m": (
        "  • Home\n  • Harbour\n\n"
        + HEADLINE
        + "\n\n[a81f03c2e9] By Mira Castell Last updated Nov 8, 2023 Share this story:   Share\n"
        + "212\nShare\n\n"
        + _body()
    ),
    "lynx": (
        "     * Home\n     * Harbour\n\n"
        + HEADLINE
        + "\n\n   [mira-castell-150x150.jpg] By Mira Castell Last updated Nov 8, 2023\n"
        + "   212\n   Share\n\n"
        + _body("   ")
    ),
}


@pytest.mark.parametrize("converter", sorted(PHOTO_THEN_LABEL))
def test_an_image_name_before_a_labelled_byline(converter: str) -> None:
    assert _authors(PHOTO_THEN_LABEL[converter]) == ("Mira Castell",)
