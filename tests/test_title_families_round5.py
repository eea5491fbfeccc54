"""Families of title misses on sites never seen, sixth round, on invented pages in the six
converters' renderings (every page here is invented: no text of a real page).

(1) A sticky bar names the article being read (``Now Reading`` / a short title of it) over the
headline itself, with the writer's name under the headline: the bar's title is no headline.
"""

from __future__ import annotations

import pytest

import newsparse
from newsparse import _title
from tests.test_title_families_round3 import RENDERINGS, STAMP, Header

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


# --- (2) an endless page's later article ----------------------------------------------------------

LATER = "Six bands turn down the harbour festival as the board hunts for a headliner"
FIRST_ARTICLE = (
    "The harbour board adds two boats to the crossing after a summer of long queues on both "
    "piers, and the first of them arrives from the yard in the north next week.",
    "The new boats carry two hundred passengers each, twice as many as the old one, and have "
    "room for bicycles, prams and the carts of the market traders on Saturdays.",
    "Crews have been trained on the mainland over the winter, and the board says that the "
    "timetable will be printed and posted to every house on the islands in April.",
    "The old boat will be kept as a spare for the storms of the winter, for school trips and "
    "for the crossings of the island choir to its concerts on the mainland.",
)
LATER_ARTICLE = (
    "With the harbour festival a month away, the board has hired a new booker, who will have "
    "her skills tested in the search for a band to close the last night on the pier.",
    "When the board said that the Gulls would play, the band's manager said, within the hour, "
    "that they would not, and three other bands have since said the same.",
)


def _endless(converter: str, later: str = LATER, article: tuple[str, ...] = FIRST_ARTICLE) -> str:
    header: Header = [("menu", ""), ("h1", HEADLINE), ("line", "Petra Lindqvist")]
    header = [*header, ("line", "March 3, 2021"), *(("para", p) for p in article)]
    header = [*header, ("line", "Continue reading"), ("h1", later), ("line", "Maren Holt")]
    header = [*header, ("line", "August 9, 2022"), *(("para", p) for p in LATER_ARTICLE)]
    return RENDERINGS[converter](header)


def _decided(page: str, body_from: str) -> str:
    """The headline the title reader takes with the body found at the paragraph that opens with
    ``body_from`` (the later article's, as a body reader picking the longest run finds it)."""
    lines = page.splitlines()
    cleaned = [line.strip().removeprefix("# ") for line in lines]
    run = next(i for i, line in enumerate(cleaned) if line.startswith(body_from[:40]))
    at, _ = _title.find_title(lines, cleaned, [False] * len(lines), run, -1)
    return cleaned[at]


@pytest.mark.parametrize("converter", RENDERINGS)
def test_an_endless_pages_first_headline_beats_the_later_ones(converter: str) -> None:
    page = _endless(converter)
    assert _decided(page, LATER_ARTICLE[0]) == HEADLINE


def test_a_teaser_with_a_stamp_and_a_line_over_the_headline_stays_a_teaser() -> None:
    # (a teaser card's stamp and one line of its text over the article: no article between)
    page = _endless("w3m", article=FIRST_ARTICLE[:1])
    assert _decided(page, LATER_ARTICLE[0]) == LATER


# --- (3) a video's title between the standfirst and the stamp ----------------------------------

LONG_STANDFIRST = (
    "Queues on both piers grew all summer as the old boat broke down twice, and the board "
    "promises that the new timetable will end them"
)
CLIP = "Harbour board chair on the new timetable – video"


def _video_under(converter: str, marks: tuple[str, ...] = ("MP4MP3",)) -> str:
    header: Header = [("menu", ""), ("line", "Islands"), ("h1", HEADLINE)]
    header = [*header, ("line", "This article is more than 5 years old")]
    header = [*header, ("para", LONG_STANDFIRST), *(("line", m) for m in marks)]
    header = [*header, ("line", CLIP), ("line", "Petra Lindqvist and Omar Haddad")]
    return RENDERINGS[converter]([*header, ("line", "Wed 3 Mar 2021 09.15 GMT")])


@pytest.mark.parametrize("converter", RENDERINGS)
@pytest.mark.parametrize("marks", [(), ("MP4MP3",), ("IFRAME: //video.example/embed/1", "MP4")])
def test_the_headline_over_its_standfirst_beats_a_videos_title(
    converter: str, marks: tuple[str, ...]
) -> None:
    assert newsparse.parse(_video_under(converter, marks)).title == HEADLINE


def test_a_headline_with_its_own_standfirst_under_a_tagline_stays_the_headline() -> None:
    # (the site's tagline and a prompt over the headline, and the headline's own standfirst
    # over its stamp: the tagline is no headline over a standfirst)
    header: Header = [
        ("menu", ""),
        ("line", "Your guide to the islands and the sea"),
        (
            "para",
            "Would you like us to tell you of new timetables, fares and the latest stories of the islands?",
        ),
        ("h1", HEADLINE),
        ("para", LONG_STANDFIRST),
        ("line", "Petra Lindqvist"),
        ("line", "March 3, 2021"),
    ]
    assert newsparse.parse(RENDERINGS["w3m"](header)).title == HEADLINE


def test_a_teaser_over_a_section_label_is_no_headline_over_a_standfirst() -> None:
    # (a list of teasers over the headline, each under its section's label)
    other = "Island choir to sing on the pier on the first night of the festival in May"
    header: Header = [
        ("menu", ""),
        ("line", other),
        ("line", "Islands Music"),
        ("line", "Ferries: queues on both piers grew all summer long as the old boat broke down"),
        ("line", "Islands"),
        ("h1", HEADLINE),
        ("line", "By Petra Lindqvist, March 3, 2021"),
    ]
    assert newsparse.parse(RENDERINGS["w3m"](header)).title == HEADLINE


# --- (4) a subscribers' badge glued after the headline -------------------------------------------

EPISODE = "Harbour Talk weekly: the last show before the summer!"


def _badged(converter: str, badge: str, headline: str = HEADLINE) -> str:
    header: Header = [("menu", ""), ("line", "Harbour Talk –"), ("line", "Video 14'12")]
    header = [*header, ("line", EPISODE), ("line", f"{headline} {badge}".strip())]
    return RENDERINGS[converter]([*header, ("line", "1"), ("line", "March 3, 2021")])


@pytest.mark.parametrize("converter", RENDERINGS)
@pytest.mark.parametrize("badge", ["Abonnés", "Premium", "Subscribers only"])
def test_a_badged_headline_under_a_series_episode_is_the_headline(
    converter: str, badge: str
) -> None:
    assert newsparse.parse(_badged(converter, badge)).title == HEADLINE


def test_a_headline_ending_in_a_badges_word_in_its_own_words_stays_whole() -> None:
    # (a small letter: the headline's own word, no badge)
    headline = "Harbour board says the island ferry goes premium"
    page = RENDERINGS["w3m"]([("menu", ""), ("h1", headline), ("line", "March 3, 2021")])
    assert newsparse.parse(page).title == headline


# --- (5) a readers' poll between the headline and the date -------------------------------------


def _polled(converter: str, heading: str, question: str) -> str:
    header: Header = [("menu", ""), ("h1", HEADLINE), ("line", "Photo:"), ("line", heading)]
    header = [*header, ("line", question), ("line", "Poll ( ) Yes Poll ( ) No Poll Buttons")]
    header = [*header, ("line", "[Vote]"), ("line", "Show results"), ("line", "Source:")]
    return RENDERINGS[converter]([*header, ("line", "March 3, 2021")])


@pytest.mark.parametrize("converter", RENDERINGS)
@pytest.mark.parametrize(
    ("heading", "question"),
    [
        ("Poll", "Should the ferry run all night in the summer months?"),
        ("Umfrage:", "Soll die Fähre im Sommer die ganze Nacht fahren?"),
        ("Опрос", "Должен ли паром ходить всю ночь летом?"),
    ],
)
def test_a_polls_question_and_options_are_no_headline(
    converter: str, heading: str, question: str
) -> None:
    assert newsparse.parse(_polled(converter, heading, question)).title == HEADLINE


def test_a_headline_that_names_a_poll_stays_the_headline() -> None:
    # (a headline of its own words under a section's label, no poll's heading over it)
    headline = "Poll finds the islands want the ferry to run all night"
    page = RENDERINGS["w3m"]([("menu", ""), ("line", "Islands"), ("h1", headline), ("line", STAMP)])
    assert newsparse.parse(page).title == headline


# --- (6) a row of tags over the writer's credit below the article ------------------------------

TAGS = ("Ferries", "Islands", "Summer timetable")


def _tagged(converter: str, joint: str) -> str:
    row = f" {joint} ".join(f"[{t}](/{t.lower()})" if converter == "html2text" else t for t in TAGS)
    # (a name without a label under the headline; the body, then the tags and the credit)
    header: Header = [("menu", ""), ("h1", HEADLINE), ("line", "Petra Lindqvist")]
    pad = {"lynx": "   ", "inscriptis": "          "}.get(converter, "")
    page = RENDERINGS[converter](header)
    return page + f"\n{pad}{row}\n\n{pad}written by Petra Lindqvist\n\n{pad}{BODY_MORE}\n"


BODY_MORE = (
    "Photographed by Omar Haddad on the north pier, with thanks to the harbour board, the crews "
    "of both boats and the island school for their help on the day."
)


@pytest.mark.parametrize("converter", RENDERINGS)
@pytest.mark.parametrize("joint", ["•", "·", "|"])
def test_a_row_of_tags_over_a_credit_is_no_headline(converter: str, joint: str) -> None:
    assert newsparse.parse(_tagged(converter, joint)).title == HEADLINE
