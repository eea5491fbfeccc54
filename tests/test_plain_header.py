"""A page that opens with its headline and writes its byline and date without labels: a byline
that carries its date on its line, or a date alone on a line. Such a page is what a user types to
try the parser, and what a text extract of a plain blog post looks like. Whichever reader takes
the page (the headline first, or a menu above it), the byline and the date are read alike."""

from __future__ import annotations

from datetime import date, datetime

import pytest

import newsparse

BODY = """The first rain in four months fell on the valley on Tuesday, filling the reservoirs that
farmers had watched dry up through the long summer.

"We had almost given up," said one grower, who lost half of his orchard to the drought.

Forecasters expect more rain through the weekend.
"""

MENU = "Home | Valley | Farming | Weather\n\n"

CASES = [
    ("By Claire Dumont, March 3, 2021 at 10:00", ("Claire Dumont",), datetime(2021, 3, 3, 10, 0)),
    ("By Claire Dumont | March 3, 2021", ("Claire Dumont",), date(2021, 3, 3)),
    (
        "By Claire Dumont and Yusuf Okafor - 3 March 2021",
        ("Claire Dumont", "Yusuf Okafor"),
        date(2021, 3, 3),
    ),
    ("By Claire Dumont on March 3, 2021.", ("Claire Dumont",), date(2021, 3, 3)),
    ("Par Claire Dumont, le 3 mars 2021 à 10h00", ("Claire Dumont",), datetime(2021, 3, 3, 10, 0)),
    ("Von Claire Dumont, 3. März 2021", ("Claire Dumont",), date(2021, 3, 3)),
    ("Por Claire Dumont | 3 de marzo de 2021", ("Claire Dumont",), date(2021, 3, 3)),
    ("By Claire Dumont\n\nMarch 3, 2021 at 10:00", ("Claire Dumont",), datetime(2021, 3, 3, 10, 0)),
    ("March 3, 2021\nBy Claire Dumont", ("Claire Dumont",), date(2021, 3, 3)),
    (
        "Par Claire Dumont\nle mercredi 3 mars 2021 à 10h00",
        ("Claire Dumont",),
        datetime(2021, 3, 3, 10, 0),
    ),
]


@pytest.mark.parametrize("menu", ["", MENU], ids=["headline first", "menu above"])
@pytest.mark.parametrize(("cues", "authors", "published"), CASES, ids=[c[0][:24] for c in CASES])
def test_an_unlabelled_byline_and_date_are_read(
    menu: str, cues: str, authors: tuple[str, ...], published: date
) -> None:
    text = f"{menu}Rain returns to the valley\n\n{cues}\n\n{BODY}"
    result = newsparse.parse_detailed(text)
    a = result.article
    assert a.title == "Rain returns to the valley"
    assert a.authors == authors
    assert a.published == published
    assert a.subtitle is None
    assert a.paragraphs[0].startswith("The first rain")
    assert result.defects == ()


def test_a_relative_time_alone_resolves_against_the_reference_time() -> None:
    text = f"Rain returns to the valley\n\nBy Claire Dumont\n3 hours ago\n\n{BODY}"
    a = newsparse.parse(text, reference_time=datetime(2021, 3, 3, 12, 0))
    assert a.published == datetime(2021, 3, 3, 9, 0)


def test_a_relative_time_alone_without_a_reference_time_is_a_defect_that_keeps_it() -> None:
    text = f"Rain returns to the valley\n\nBy Claire Dumont\n3 hours ago\n\n{BODY}"
    result = newsparse.parse_detailed(text)
    assert result.article.published is None
    assert result.article.authors == ("Claire Dumont",)
    assert [(d.kind, d.text) for d in result.defects] == [
        ("unresolved-relative-time", "3 hours ago")
    ]


@pytest.mark.parametrize(
    "line",
    [
        "By Claire Dumont, March 3, 2021, in the valley",  # more after the date
        "March 3, 2021 was the wettest day in years, the forecasters said.",  # a sentence
    ],
)
def test_a_line_that_is_more_than_a_byline_and_a_date_is_no_cue(line: str) -> None:
    text = f"Rain returns to the valley\n\n{line}\n\n{BODY}"
    a = newsparse.parse(text)
    assert a.authors == ()
    assert a.published is None
