"""Published dates in layouts of sites the rules were not written on (issue #19), each in the
renderings of the converters where its form differs. Every page here is invented."""

from __future__ import annotations

from datetime import date, datetime

import pytest

import newsparse
from newsparse._dates import find_date

BODY = (
    "The ferry company said on Monday that the winter timetable would start a week later than "
    "planned, after the harbour works ran over by several days in the autumn storms.\n\n"
    "Passengers who booked the early crossing will be moved to the next sailing at no cost, and "
    "the café on the quay will stay open until the last boat of the evening leaves.\n\n"
    "The harbour master said the new pontoon would make boarding easier for wheelchairs and "
    "prams, and that the old gangway would go to the maritime museum in the spring.\n"
)
HEADLINE = "Winter ferry timetable starts a week late"


@pytest.mark.parametrize(
    "date_line",
    [
        "LenaBrandt2021-03-09T08:15:00+01:00March 9th, 2021|Harbour|0 Comments",  # w3m, lynx
        "LenaBrandt 2021-03-09T08:15:00+01:00 March 9th, 2021 | Harbour | 0 Comments",  # bs4
        "[1] 林小雨2021-03-09 08:15:00",  # a CJK name glued to its date
    ],
)
def test_an_iso_date_glued_to_the_name_before_it_is_read(date_line: str) -> None:
    article = newsparse.parse(f"  • Home\n  • Blog\n\n{HEADLINE}\n\n{date_line}\n\n{BODY}")
    assert article.published is not None
    assert article.published.isoformat()[:10] == "2021-03-09"


def test_a_glued_iso_date_keeps_its_time() -> None:
    assert find_date("林小雨2021-03-09 08:15:00") == (datetime(2021, 3, 9, 8, 15), 3, 22)


@pytest.mark.parametrize(
    "text",
    [
        "part ABC2021-13-45 in stock",  # no month 13: a code, not a date
        "build v2021-03-09-2",  # a version with a fourth part
        "model X2021-3-9",  # a glued date is read in its full ISO form only
    ],
)
def test_codes_glued_to_words_are_no_dates(text: str) -> None:
    assert find_date(text) is None


def test_a_spaced_iso_date_still_reads_as_before() -> None:
    assert find_date("Lena Brandt 2021-03-09") == (date(2021, 3, 9), 12, 22)
