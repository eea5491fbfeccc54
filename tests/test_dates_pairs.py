"""A page's date line that holds two dates back to back, its publication's and its update's
(issue #19): the earlier one dates the page, whichever comes first. Every page here is invented,
in the renderings of the converters where the form differs."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

import newsparse
from newsparse._dates import find_date, find_page_date
from tests.test_real_dates import BODY

HEADLINE = "Harbour board delays the winter ferry timetable"
EST = timezone(timedelta(hours=-5))


@pytest.mark.parametrize(
    "date_line",
    [
        "November 30, 2022March 2, 2021 by Tomas Varga",  # w3m, lynx, resiliparse, inscriptis
        "November 30, 2022March 2, 2021 by [Tomas Varga](https://example.org/author/tvarga/)",
        "March 2, 2021 November 30, 2022 by Tomas Varga",  # the other theme's order
    ],
)
def test_the_earlier_of_two_glued_dates_is_the_publication(date_line: str) -> None:
    article = newsparse.parse(f"  • Home\n  • Skis\n\n{HEADLINE}\n\n{date_line}\n\n{BODY}")
    assert article.published == date(2021, 3, 2)


@pytest.mark.parametrize(
    "date_line",
    [
        "March 2, 2021 — 6:22 PM EST March 3, 2021 — 1:55 PM EST",  # w3m, lynx, resiliparse
        "March 2, 2021 -- 6:22 PM EST March 3, 2021 -- 1:55 PM EST",  # html2text's dashes
    ],
)
def test_a_stamp_pair_keeps_the_first_time(date_line: str) -> None:
    header = "by \n\nTomas Varga \n\n[More stories by Tomas Varga](https://example.org/tv)\n\n"
    article = newsparse.parse(f"# {HEADLINE}\n\n{header}{date_line}\n\n{BODY}")
    assert article.published == datetime(2021, 3, 2, 18, 22, tzinfo=EST)


def test_html2text_double_hyphen_joins_a_date_to_its_time() -> None:
    assert find_date("March 2, 2021 -- 6:22 PM EST") == (
        datetime(2021, 3, 2, 18, 22, tzinfo=EST),
        0,
        28,
    )


@pytest.mark.parametrize(
    "text",
    [
        "from 1 April 2023 to 31 March 2024",  # a word between: a range, no pair
        "March 2, 2021",  # one date
        "March 2, 2021 | 3 Comments | March 3, 2021",  # far apart
    ],
)
def test_dates_that_are_no_pair_read_the_first(text: str) -> None:
    assert find_page_date(text) == find_date(text)


def test_a_pair_of_a_datetime_and_a_date_compares_the_days() -> None:
    found = find_page_date("March 3, 2021 9:00 AM EST March 2, 2021")
    assert found is not None
    assert found[0] == date(2021, 3, 2)
