"""The standfirst, the print line and the section on real page dumps: the real-page reader
reads them as the reference layout's reader does (invented pages, with a menu above the
headline as a site's dump has one)."""

from __future__ import annotations

from datetime import date

import pytest

import newsparse

_MENU = "Home\nWorld\nBusiness\nSport\nWeather\n\n"
_TITLE = "Harbour town votes to keep its ferry"
_STANDFIRST = "The council chose the winter service over a vote of all residents."
_BODY = (
    "The council of the small harbour town voted on Tuesday to keep the ferry running "
    "through the winter, after a long evening of debate in the old school hall.\n\n"
    "Opponents said the cost, about two hundred thousand a year, would fall on every "
    "household in the town, and asked for a vote of all residents next spring.\n\n"
)


def _page(*, standfirst: str = _STANDFIRST, caption: bool = False, tail: str = "") -> str:
    head = f"{_MENU}{_TITLE}\n\nBy Mara Quill\nPublished: March 3, 2024\n{standfirst}\n\n"
    if caption:
        head += f"{standfirst}\n\n"
    return head + _BODY + tail + "Contact us\nPrivacy\n"


def test_the_sentence_under_the_byline_is_the_standfirst() -> None:
    parsed = newsparse.parse_detailed(_page())
    assert parsed.article.subtitle == _STANDFIRST
    assert parsed.article.paragraphs[0].startswith("The council of the small harbour town")
    assert len(parsed.article.paragraphs) == 2


def test_the_standfirst_repeated_as_a_caption_is_dropped_once() -> None:
    parsed = newsparse.parse_detailed(_page(caption=True))
    assert parsed.article.subtitle == _STANDFIRST
    reasons = [d.reason for d in parsed.dropped if d.text == _STANDFIRST]
    assert reasons == ["repeated standfirst (image caption)"]
    assert len(parsed.article.paragraphs) == 2


@pytest.mark.parametrize(
    "line",
    [
        "Photos: Kit Arden",  # a credit
        "Share on Facebook • Share on X • Email",  # a share row
        "Tuesday 5 March 2024, 10:41",  # a date line the header did not read
        "Ferry vote: what comes next",  # a teaser's headline, no sentence
    ],
)
def test_a_line_that_is_no_sentence_is_no_standfirst(line: str) -> None:
    assert newsparse.parse(_page(standfirst=line)).subtitle is None


def test_the_print_line_and_the_section_below_the_body() -> None:
    tail = "Published in The Harbour Gazette, March 4th, 2024.\n\nMore in Regional\n\n"
    article = newsparse.parse(_page(tail=tail))
    assert (article.source, article.section) == ("The Harbour Gazette", "Regional")
    assert article.published == date(2024, 3, 3)  # (the header's date stands)


def test_more_from_a_publisher_is_no_section() -> None:
    article = newsparse.parse(_page(tail="More from The Harbour Gazette\n\n"))
    assert article.section is None


def test_the_print_date_is_the_date_when_the_header_gives_none() -> None:
    page = _page(tail="Published in The Harbour Gazette, March 4th, 2024.\n\n")
    page = page.replace("Published: March 3, 2024\n", "")
    assert newsparse.parse(page).published == date(2024, 3, 4)
