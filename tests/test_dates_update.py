"""A page that shows only an update's date under its headline is dated by it (issue #19): on
the shared corpora such pages give that day as their publication's in their metadata. Every page
here is invented, in the renderings of the converters where the form differs."""

from __future__ import annotations

from datetime import date

import pytest

import newsparse
from newsparse._dates import update_for_published
from tests.test_real_dates import BODY

HEADLINE = "Harbour board delays the winter ferry timetable"
MENU = "  • Home\n  • Harbour\n  • Weather\n\n"


def _page(header: str, body: str = BODY) -> newsparse.Article:
    return newsparse.parse(f"{MENU}{HEADLINE}\n\n{header}\n\n{body}")


@pytest.mark.parametrize(
    "header",
    [
        # w3m, lynx, resiliparse: the byline then the update on its own line
        "By Tomas Varga, Harbour News\nUpdated 10:41 AM EST, Wed March 3, 2021",
        # html2text: the byline a link, blank lines between
        "By [Tomas Varga](https://example.org/people/tomas-varga), Harbour News \n\n"
        "Updated 10:41 AM EST, Wed March 3, 2021 ",
        # BeautifulSoup: the label alone on its line
        "By\nTomas Varga\n, Harbour News\n\nUpdated\n10:41 AM EST, Wed March 3, 2021",
        # a label with a colon, the time after the date
        "Tomas Varga, Harbour News\nUpdated: Mar 3, 2021 10:41 AM UTC",
        # the update after the byline on one line
        "By Tomas Varga Last updated Mar 3, 2021 Share this article",
        # a desk, an editor and the update glued together (a converter drops the spaces)
        "Harbour DeskEdited by Tomas Varga (with inputs from agencies)Updated: March 03, 2021 "
        "10:41 am IST",
    ],
)
def test_an_update_alone_under_the_headline_dates_the_page(header: str) -> None:
    article = _page(header)
    assert article.updated is not None
    assert article.published == article.updated
    assert article.published.isoformat()[:10] == "2021-03-03"


@pytest.mark.parametrize(
    "header",
    [
        "Lena Brandt Stand: 03. März 2021",  # w3m, lynx, resiliparse, inscriptis
        "Lena Brandt  Stand: 03\\. März 2021 ",  # html2text escapes the dot after a number
        "Lena Brandt\n\nStand:\n03. März 2021",  # BeautifulSoup
    ],
)
def test_a_german_stand_date_alone_dates_the_page(header: str) -> None:
    article = _page(header)
    assert article.published == date(2021, 3, 3)


def test_a_published_date_beside_the_update_stays_the_published_date() -> None:
    article = _page("By Tomas Varga\nPublished March 1, 2021 | Updated March 3, 2021")
    assert article.published == date(2021, 3, 1)
    assert article.updated == date(2021, 3, 3)


def test_the_update_by_the_headline_wins_over_a_captions_date_in_the_body() -> None:
    caption = (
        "The old lighthouse lamp is lifted onto a barge by the harbour crane in\n"
        "Millbrook Harbour on October 12, 2019.\n\n"
    )
    first, rest = BODY.split("\n\n", 1)
    body = f"{first}\n\n{caption}{rest}"  # (a photo's caption between the paragraphs)
    article = _page("By Tomas Varga\nUpdated 10:41 AM EST, Wed March 3, 2021", body)
    assert article.published is not None
    assert article.published.isoformat()[:10] == "2021-03-03"


def test_an_update_remarked_in_brackets_is_no_date_of_the_page() -> None:
    lines = ["User Agreement", "(updated 5/25/18) and", "Privacy Policy"]
    assert update_for_published(date(2018, 5, 25), lines, [None, "updated", None]) is None
    lines = ["User Agreement", "(updated", "5/25/18", ") and"]
    assert update_for_published(date(2018, 5, 25), lines, [None, None, "updated", None]) is None
    # a plain label, or no line known, leaves the update standing
    lines = ["Updated:", "5/25/18"]
    assert update_for_published(date(2018, 5, 25), lines, [None, "updated"]) == date(2018, 5, 25)
    assert update_for_published(date(2018, 5, 25), [], []) == date(2018, 5, 25)
    assert update_for_published(None, [], []) is None
