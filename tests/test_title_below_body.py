"""Families of title misses on sites the rules were not written on, on invented pages in the
converters' forms (every page here is invented: no text of a real page).

(1) The headline stands below the point where the body's run starts: a teaser of another
story and a series' blurb (long lines, like the body's) come first, so the run starts above
the headline. A date and a byline both under a headline-sized line mark it as the page's own
(a teaser shows one at most, and a list of teasers stamps every card).

(2) A kicker (a short rubric or overline) stands right above the headline: the headline is no
standfirst set under a heading, however the kicker is worded.

(3) Between the headline and its date stand lines nearer the date than the headline is: a
photo's caption that ends in its credit (``REUTERS/Jane Doe``, ``; Quelle: …``) and a reading
time (``~ 10 Minuten``). Neither is a headline.

(4) Lines a headline is told from: another article's bylined teaser under a ``Read also``
heading, an advertisement's label over the body; and a headline that opens with a name in
lower case (``iFerry``, ``e-Ferry``) is one.

(5) html2text marks the page's headline as its one top heading (``# Headline``): below the start
of the run, on a page that marks no top heading above it, it is the headline when nothing
above has a byline or a date under it.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import newsparse
from tests.ferry import PARAGRAPHS as BODY
from tests.ferry import wrap as _wrap

# --- (1) the headline below the start of the body's run ------------------------------------------

HEADLINE = "Timetable: From May, the ferry will run every hour as queues on both piers grow"
TEASER = (
    "Island piers struggle with the crowds of a long weekend A first look at how the two "
    "piers coped with the queues of the holiday, what the crews saw on the landing stages "
    "and what the harbour board now plans for the busiest weeks of the coming summer."
)
CAPTION = "Passengers wait at the north pier on a busy Saturday."
SERIES = (
    "The ferry has joined the two islands for a hundred years, and the crossing has changed "
    "with every new boat. These stories give the background to the changes on the piers and "
    "the long history of the harbour board that led up to them."
)


def _w3m() -> str:
    return (
        "The Harbour Herald\n\n  • News\n  • Sport\n  • Weather\n\n"
        + _wrap(TEASER, 100)
        + f"\n{CAPTION}\nSpecial Series\n\nIslands explained\n\n"
        + _wrap(SERIES, 100)
        + f"\n\n{HEADLINE}\n\nMarch 3, 2021 10:32 AM\n\nBy\n\nPetra Lindqvist\n\n"
        + "\n\n".join(_wrap(p, 100) for p in BODY)
        + "\n"
    )


def _lynx() -> str:
    return (
        "   #alternate\n\n   The Harbour Herald\n     * News\n     * Sport\n     * Weather\n\n"
        + _wrap(TEASER, 100, "   ")
        + f"\n   {CAPTION}\n   Special Series\n\n   Islands explained\n\n"
        + _wrap(SERIES, 100, "   ")
        + f"\n\n{HEADLINE}\n\n   March 3, 2021 10:32 AM\n\n   By\n\n   Petra Lindqvist\n\n"
        + "\n\n".join(_wrap(p, 100, "   ") for p in BODY)
        + "\n"
    )


def _inscriptis() -> str:
    return (
        "  The Harbour Herald\n    News\n    Sport\n    Weather\n\n"
        f"      {TEASER}\n      {CAPTION}\n      Special Series\n\n      Islands explained\n\n"
        f"      {SERIES}\n\n        {HEADLINE}\n\n      March 3, 2021 10:32 AM\n\n"
        "      By\n\n      Petra Lindqvist\n\n" + "\n\n".join("      " + p for p in BODY) + "\n"
    )


def _resiliparse() -> str:
    return (
        "The Harbour Herald\n• News\n• Sport\n• Weather\n\n"
        f"{TEASER}\n{CAPTION}\nSpecial Series\n\nIslands explained\n\n{SERIES}\n\n"
        f"{HEADLINE}\n\nMarch 3, 2021 10:32 AM\n\nBy\n\nPetra Lindqvist\n\n"
        + "\n\n".join(BODY)
        + "\n"
    )


def _html2text() -> str:
    # (the site marks its headline as a second-level heading, as it does the series' name)
    return (
        "[Skip to content](#main)\n\n  * [News](/news)\n  * [Sport](/sport)\n\n"
        f"{TEASER}\n\n{CAPTION}\n\nSpecial Series\n\n## Islands explained\n\n{SERIES}\n\n"
        f"## {HEADLINE}\n\nMarch 3, 2021 10:32 AM\n\nBy\n\n[Petra Lindqvist](/people/petra)\n\n"
        + "\n\n".join(BODY)
        + "\n"
    )


BELOW: dict[str, Callable[[], str]] = {
    "w3m": _w3m,
    "lynx": _lynx,
    "inscriptis": _inscriptis,
    "resiliparse": _resiliparse,
    "html2text": _html2text,
}


@pytest.mark.parametrize("converter", BELOW)
def test_a_dated_and_signed_headline_below_the_start_of_the_run(converter: str) -> None:
    # (the teaser and the series' blurb are long lines like the body's: the run starts at the
    # teaser, and the headline with its date and its byline under it stands below)
    assert newsparse.parse(BELOW[converter]()).title == HEADLINE


@pytest.mark.parametrize("converter", BELOW)
def test_a_share_row_between_the_headline_and_its_stamp(converter: str) -> None:
    # (empty share buttons and a print button between the headline and its date and byline)
    page = BELOW[converter]()
    page = page.replace("March 3, 2021", "•\n• Print\n•\n•\n\n03.03.2021", 1)
    page = page.replace("By\n\n", "", 1).replace("By\n\n", "", 1)
    page = page.replace("Petra Lindqvist", "Von Petra Lindqvist", 1)
    assert newsparse.parse(page).title == HEADLINE


# a sidebar of teasers below the article, every card stamped with its date and its writer
CARDS = (
    ("Harbour board names a new chair after a long search", "21 February 2021", "Tomas Berg"),
    ("Ferry crews ask for shorter shifts in the summer", "18 February 2021", "Ana Ruiz"),
)
FOOTER = (
    "The Harbour Herald is written and printed on the islands by a small team of reporters, and "
    "every letter from a reader is answered within the week by one of them."
)


def _sidebar(indent: str) -> str:
    return "".join(
        f"{indent}{title}\n\n{indent}{day}\n{indent}By {name}\n\n" for title, day, name in CARDS
    )


@pytest.mark.parametrize("indent", ["", "   ", "      "])
def test_a_list_of_stamped_teasers_below_the_article_is_no_headline(indent: str) -> None:
    # (the headline has neither a byline nor a date under it; each card of the sidebar has both)
    headline = "Island ferry to run every hour from May"
    page = (
        f"{indent}The Harbour Herald\n\n{indent}News\n\n{indent}{headline}\n\n"
        + "\n\n".join(indent + p for p in BODY)
        + f"\n\n{indent}More from the Herald\n\n"
        + _sidebar(indent)
        + f"{indent}{FOOTER}\n"
    )
    assert newsparse.parse(page).title == headline


# --- (2) a kicker above the headline ------------------------------------------------------------

KICKER = "Calm seas never promised"
KICKED = "No ferry for our time – the board, the crews and the storms"


def _kicked(top: str, kicker: str, headline: str, stamp: str, indent: str = "") -> str:
    body = "\n\n".join(indent + p for p in BODY)
    return f"{top}\n\n{indent}{kicker}\n\n{headline}\n\n{stamp}\n\n{body}\n"


KICKERS: dict[str, str] = {
    "w3m": _kicked(
        "The Harbour Herald\n\n• News • Sport • Weather\n\nSat, 6 Mar 2021",
        KICKER,
        KICKED,
        "[petra]\nBy Petra Lindqvist\n[follow]\nFri, 5 March 2021",
    ),
    "lynx": _kicked(
        "   #alternate\n\n   The Harbour Herald\n     * News\n     * Sport",
        KICKER,
        KICKED,
        "   [petra]\n   By Petra Lindqvist\n   Fri, 5 March 2021",
        "   ",
    ),
    "html2text": _kicked(
        "[Skip to content](#main)\n\n  * [News](/news)\n  * [Sport](/sport)",
        KICKER,
        f"# {KICKED}",
        "By [Petra Lindqvist](/petra)\n\nFri, 5 March 2021",
    ),
    "inscriptis": _kicked(
        "  The Harbour Herald\n    News\n    Sport",
        KICKER,
        f"      {KICKED}",
        "      By Petra Lindqvist\n      Fri, 5 March 2021",
        "      ",
    ),
    "resiliparse": _kicked(
        "The Harbour Herald\n• News\n• Sport",
        KICKER,
        KICKED,
        "By Petra Lindqvist\nFri, 5 March 2021",
    ),
    "bs4": _kicked(
        "News | Harbour Herald\n\nNews\n\nSport",
        KICKER,
        KICKED,
        "By Petra Lindqvist\n\nFri, 5 March 2021",
    ),
}


@pytest.mark.parametrize("converter", KICKERS)
def test_a_kicker_of_a_few_words_above_the_headline_is_no_headline(converter: str) -> None:
    # (the headline under it is no standfirst: it is no sentence, and the line above it is a
    # rubric of four words; both have the byline under them)
    assert newsparse.parse(KICKERS[converter]).title == KICKED


@pytest.mark.parametrize("converter", KICKERS)
def test_a_standfirst_under_its_headline_is_still_no_headline(converter: str) -> None:
    # (a longer line that ends a sentence under a headline of four words is its standfirst)
    headline = "Storms ground island ferry"
    standfirst = "The harbour board cannot promise calm seas to the crews, nor a ferry every hour."
    page = KICKERS[converter].replace(KICKED, standfirst).replace(KICKER, headline)
    if converter == "html2text":  # (the mark of the top heading moves to the headline)
        page = page.replace(f"# {standfirst}", standfirst).replace(headline, f"# {headline}")
    assert newsparse.parse(page).title == headline


# --- (3) a caption's credit and a reading time between the headline and its date -----------------

CAPTIONED = "Ferry crews walk out over summer shifts"


def _captioned(caption: str, indent: str) -> str:
    body = "\n\n".join(indent + p for p in BODY[:2])
    return (
        f"{indent}The Harbour Herald\n\n{indent}News\n\n{indent}Sport\n\n{CAPTIONED}\n\n"
        f"{indent}[image]\n\n{indent}{caption}\n\n{indent}Petra Lindqvist\n"
        f"{indent}March 3, 2021\n\n{body}\n"
    )


@pytest.mark.parametrize("indent", ["", "   ", "      "])
@pytest.mark.parametrize(
    "caption",
    [
        "The north pier in 2019. REUTERS/Jane Doe",
        "The north pier in 2019. AP Photo/Jane Doe",
        "Crews on the pier; taken in 2019; Quelle: Harbour Archive/wikimedia",
    ],
)
def test_a_caption_ending_in_its_credit_is_no_headline(caption: str, indent: str) -> None:
    assert newsparse.parse(_captioned(caption, indent)).title == CAPTIONED


ASKED = "Can the old ferry still teach us about the islands?"
# (wrapped as w3m and lynx wrap it: three lines of text between the headline and its date)
ASKED_STANDFIRST = _wrap(
    "Can one read the harbour board of today with the logbooks of the first ferry and the "
    "letters of its crews, written in the years before the war? Yes, but otherwise than one "
    "thinks. And no, speaking of queues alone helps nobody at all.",
    95,
)


@pytest.mark.parametrize("indent", ["", "   "])
@pytest.mark.parametrize("reading_time", ["~ 10 Minuten", "6 min read"])
def test_a_reading_time_under_the_standfirst_is_no_headline(reading_time: str, indent: str) -> None:
    body = "\n\n".join(indent + p for p in BODY[:2])
    page = (
        f"{indent}The Harbour Herald\n\n{indent}• Facebook\n{indent}• Twitter\n\n{ASKED}\n\n"
        f"{ASKED_STANDFIRST}\n\n{indent}{reading_time}\n\n"
        f"{indent}First published: 3 March 2021\n\n{body}\n"
    )
    assert newsparse.parse(page).title == ASKED


# --- (4) lines a headline is told from: another article's, an advertisement, a name in lower case


@pytest.mark.parametrize("heading", ["Lesen Sie auch", "Read also", "Related"])
@pytest.mark.parametrize("indent", ["", "      "])
def test_a_bylined_teaser_under_a_read_also_heading_is_no_headline(
    heading: str, indent: str
) -> None:
    # (the page's headline has no byline nor date under it; the teaser of another article,
    # under the article, has both)
    headline = "Ferry crews walk out over summer shifts"
    body = "\n\n".join(indent + p for p in BODY)
    page = (
        f"{indent}The Harbour Herald\n\n{indent}News\n\n{indent}{headline}\n\n{body}\n\n"
        f"{indent}{heading}\n\n{indent}Harbour board names a new chair after a long search\n\n"
        f"{indent}By Tomas Berg\n\n{indent}23 hours ago\n\n{body}\n"
    )
    assert newsparse.parse(page).title == headline


@pytest.mark.parametrize(
    "label",
    ["WERBUNG für den Hafenkaffee", "Anzeige: Kaffee vom Hafen", "Sponsored by Harbour Tea"],
)
def test_an_advertisement_label_over_the_body_is_no_headline(label: str) -> None:
    # (a blog marks a paid post over its first paragraph, under the date and the tags)
    headline = "Im Test: Der neue Hafenkaffee aus der Rösterei am Pier"
    page = (
        "Harbour Blog\n\n      Start\n\n"
        f"      {headline}\n\n"
        "      Mittwoch, März 3, 2021 12 Allgemein , Kaffee , Hafen , Rösterei , Pier , Frühstück , Getränke Permalink\n\n"
        f"      {label}\n\n" + "\n\n".join("      " + p for p in BODY) + "\n"
    )
    assert newsparse.parse(page).title == headline


@pytest.mark.parametrize("indent", ["", "   ", "      "])
@pytest.mark.parametrize(
    "headline",
    ["iFerry 2 review: the harbour board's new app for the crossing", "e-Ferry tickets sell out"],
)
def test_a_headline_opening_with_a_name_in_lower_case(headline: str, indent: str) -> None:
    # (the site's name above, the date under the headline: the headline opens with a
    # product's name written in lower case)
    body = "\n\n".join(indent + p for p in BODY)
    page = (
        f"{indent}The Harbour Herald\n\n{indent}Apps and Gadgets\n\n{indent}{headline}\n\n"
        f"{indent}  • 2021/03/03\n{indent}  • \n{indent}  • \n\n{body}\n"
    )
    assert newsparse.parse(page).title == headline


# --- (5) html2text's top heading below the start of the run ---------------------------------------

MARKED = "Harbour board votes to keep the night ferry running all winter"


@pytest.mark.parametrize(
    "under",
    [
        "[Petra Lindqvist](/people/petra)Contributor",
        "Opinions expressed by our contributors are their own.",
        "[![Petra Lindqvist](/img/petra.jpg)](/people/petra)",
    ],
)
def test_html2text_top_heading_below_the_start_of_the_run(under: str) -> None:
    # (a notice, a teaser and a series' blurb above; the article's <h1> below them)
    page = (
        "[Skip to content](#main)\n\n  * [News](/news)\n  * [Sport](/sport)\n\n"
        "This is a BETA experience. You may opt out by clicking here\n\n"
        f"{TEASER}\n\n{CAPTION}\n\n{SERIES}\n\n[Edit Story](/edit)\n\n# {MARKED}\n\n{under}\n\n"
        + "\n\n".join(BODY)
        + "\n"
    )
    assert newsparse.parse(page).title == MARKED


def test_a_top_heading_below_a_bylined_headline_is_no_headline() -> None:
    # (the headline has its byline and date under it: a form's heading below the article,
    # however it is marked, is not the page's headline)
    headline = "Ferry crews walk out over summer shifts"
    page = (
        f"[Skip to content](#main)\n\n  * [News](/news)\n\n{headline}\n\n"
        "By [Petra Lindqvist](/petra)\n\nMarch 3, 2021\n\n" + "\n\n".join(BODY) + "\n\n"
        "# Leave a comment on this story\n\nYour email address will not be published, and every "
        "comment is read by an editor before it is shown on the page.\n"
    )
    assert newsparse.parse(page).title == headline
