"""Published dates in layouts of sites the rules were not written on (issue #19), each in the
renderings of the converters where its form differs. Every page here is invented."""

from __future__ import annotations

from datetime import date, datetime

import pytest

import newsparse
from newsparse._dates import find_date
from newsparse._generic_header import _in_passing, _wrapped_on

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


#: A teaser's caption wrapped by the converter above the article's own date line.
_CAPTION_WRAPPED = (
    "Harbour crane lifts the old lighthouse lamp onto a barge as workers from the port\n"
    "authority look on from the quay on Oct. 12, 2021.\n\n"
)
#: The same caption with a photo credit after its date (the form BeautifulSoup keeps whole).
_CAPTION_CREDIT = (
    "Harbour crane lifts the old lighthouse lamp onto a barge at the port, on\n"
    "Oct. 12, 2021. Photo: Mara Quist/Harbour Agency\n\n"
)


_STANDFIRST = "With the pontoon late, the harbour keeps the old gangway for one more winter."


@pytest.mark.parametrize("caption", [_CAPTION_WRAPPED, _CAPTION_CREDIT])
@pytest.mark.parametrize(
    "date_line",
    [
        "November 9, 20215:01 AM ET",  # w3m: the year glued to the time
        "November 9, 2021 5:01 AM ET",  # lynx, inscriptis
        "November 9, 2021\n5:01 AM ET",  # bs4: one element a line
    ],
)
def test_a_captions_date_above_the_headline_is_not_the_page_date(
    caption: str, date_line: str
) -> None:
    article = newsparse.parse(
        f"  • News\n  • World\n\n{caption}{HEADLINE}\n\n{date_line}\n\n{BODY}"
    )
    assert article.published is not None
    assert article.published.isoformat()[:10] == "2021-11-09"


def test_a_line_going_on_with_a_wrapped_caption_is_running_text() -> None:
    lines = _CAPTION_WRAPPED.splitlines()
    assert _wrapped_on(lines, 1)
    assert not _wrapped_on(["Winter ferry timetable", "on Oct. 12, 2021."], 1)  # a short line
    assert not _wrapped_on([lines[0] + ".", lines[1]], 1)  # the sentence above has ended
    assert not _wrapped_on([lines[0], "by Lena Brandt, Oct. 12, 2021"], 1)  # a byline
    assert not _wrapped_on([lines[0], "updated Oct. 12, 2021"], 1)  # an update label


def test_a_date_before_a_photo_credit_is_a_captions() -> None:
    text = "Oct. 12, 2021. Photo: Mara Quist/Harbour Agency"
    assert _in_passing(text, 0, 13)
    assert not _in_passing("Oct. 12, 2021 | Harbour", 0, 13)


@pytest.mark.parametrize(
    "meta",
    [
        "März 9, 2021 von Lena Brandt Kategorien: Hafen | Hinterlasse einen Kommentar",
        "March 9, 2021 by Lena Brandt Categories: Harbour | Leave a comment",
        "March 9, 2021 | by Lena Brandt | Categories: Harbour, Ferries | Leave a comment",
    ],
)
def test_a_post_line_under_the_body_a_date_then_its_byline_dates_the_page(meta: str) -> None:
    article = newsparse.parse(
        f"  • Home\n  • Blog\n\n{HEADLINE}\n\n{BODY}\nShare this:\n\n  • Email\n  • \n\nLike this:\n\nLike Loading …\n"
        f"{meta}\n\nPost navigation\n\n← Older post\n"
    )
    assert article.published == date(2021, 3, 9)


def test_a_date_then_a_long_sentence_is_no_post_line() -> None:
    line = "March 9, 2021 was the day the harbour board voted to close the old quay for good."
    article = newsparse.parse(f"  • Home\n  • Blog\n\n{HEADLINE}\n\n{BODY}\n{line}\n")
    assert article.published is None


_CLOSING_LINE_PAGE = """Home | Work | Insights | About

Three ways to keep a harbour office calm

Great harbour masters set the temperature when the storms come.

One of the best pieces of advice a harbour master ever gave me was to set the mood of a room, not to take it from the people in it, and the advice has held through every storm.

When the office is tense the harbour master speaks slowly and plans the next tide out loud, so the crews do the same.

{closing}

  • Leadership
"""


@pytest.mark.parametrize(
    ("closing", "day"),
    [
        ("Story published on Oct 5, 2022.", date(2022, 10, 5)),
        ("This article was first published on 5 October 2022.", date(2022, 10, 5)),
    ],
)
def test_a_closing_line_that_says_when_the_story_was_published(
    closing: str, day: date | None
) -> None:
    article = newsparse.parse(_CLOSING_LINE_PAGE.format(closing=closing))
    assert article.published == day
