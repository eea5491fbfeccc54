"""A date BeautifulSoup broke at an inline element (invented pages).

Sites mark a date's parts up apart (``<span class="month">Sep</span> 30, 2016``); BeautifulSoup
puts each element on a line of its own, so the month stands alone over the day and the year
(``Sep`` / ``30, 2016 7:00 AM``), or the day over the month and the year (``30`` / ``Sep
2016``). The other converters keep the date on one line; every rendering reads the same day. A
month alone over a line that is no day and year (an archive's menu, a count) stays no date.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

import newsparse

HEADLINE = "Comet probe ends its mission with a slow fall"
BODY = (
    "The probe spent two years beside the comet, and its last pictures came from a few metres "
    "above the surface before the signal stopped.",
    "Engineers in the control room clapped when the signal ended, as they had planned for it "
    "to end, and then went home to sleep.",
    "The team will spend the next years reading the data the probe sent back from its long "
    "trip around the sun.",
)
#: A date broken in two, as bs4 writes it, and the same date on one line.
BROKEN = {
    "month-first": (("Sep", "30, 2016 7:00 AM"), "Sep 30, 2016 7:00 AM", date(2016, 9, 30)),
    "month-first-dotted": (("Sept.", "30, 2016"), "Sept. 30, 2016", date(2016, 9, 30)),
    "day-first": (("30", "Sep 2016"), "30 Sep 2016", date(2016, 9, 30)),
    "german": (("30.", "September 2016"), "30. September 2016", date(2016, 9, 30)),
}


def _bs4(header: tuple[str, ...], writer: str = "Emma Grey") -> str:
    return "\n".join(
        [f"{HEADLINE} | Orbit Weekly", "Orbit Weekly", "Science", HEADLINE, writer, *header, *BODY]
    )


def _one_line(converter: str, line: str) -> str:
    lead = {"w3m": "", "lynx": "   ", "html2text": "", "inscriptis": "  ", "resiliparse": ""}
    pad = lead[converter]
    title = f"# {HEADLINE}" if converter == "html2text" else f"{pad}{HEADLINE}"
    return "\n\n".join(
        [
            f"{pad}Orbit Weekly",
            f"{pad}Science",
            title,
            f"{pad}Emma Grey",
            f"{pad}{line}",
            *(f"{pad}{p}" for p in BODY),
        ]
    )


def _day(value: object) -> date | None:
    return value.date() if isinstance(value, datetime) else value  # type: ignore[return-value]


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_bs4s_broken_date_is_read_whole(case: str) -> None:
    pieces, _, day = BROKEN[case]
    article = newsparse.parse(_bs4(pieces))
    assert _day(article.published) == day
    assert article.title == HEADLINE


@pytest.mark.parametrize("converter", ["w3m", "lynx", "html2text", "inscriptis", "resiliparse"])
@pytest.mark.parametrize("case", sorted(BROKEN))
def test_the_other_renderings_read_the_same_day(case: str, converter: str) -> None:
    _, line, day = BROKEN[case]
    assert _day(newsparse.parse(_one_line(converter, line)).published) == day


@pytest.mark.parametrize(
    "pieces",
    [
        ("Sep", "2016"),  # (an archive's menu: a month over a year)
        ("Sep", "30 runners finished the course in 2016"),
        ("On the night of Sep", "30, 2016 the probe fell"),  # (a sentence, not a piece)
    ],
)
def test_must_not_join_a_month_alone_to_a_line_that_is_no_rest_of_a_date(
    pieces: tuple[str, ...],
) -> None:
    assert newsparse.parse(_bs4(pieces)).published is None
