"""The dates of less trust on a page whose date stands far from its headline (invented pages,
six converters' renderings).

Many sites print the day the page was saved in a bar at the top (``Friday, 7 November 2023``)
and the article's own date in a block further down, above the section's name, an
advertisement's label and the share buttons over the headline: too far for the rules that read
the lines around the headline. Of the date lines the late ballot reads, the one nearest the
headline is the article's; the page's first is the bar's.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

import newsparse
from newsparse._published import LATE_DATE_RULES, DateBallot, watching_dates

CONVERTERS = ("w3m", "lynx", "html2text", "inscriptis", "resiliparse", "bs4")
HEADLINE = "Crows return to the river meadows"
BODY = (
    "The birds came back in their hundreds this autumn, and the farmers along the river say the "
    "young wheat has suffered for it in the fields nearest the water.",
    "Hunters in the valley have asked for a longer season, while the council wants a count of "
    "the birds first, before any change is made to the rules.",
    "The next count is planned for the spring, when the volunteers walk the meadows at dawn "
    "with their notebooks and binoculars.",
)
#: The lines between the article's date and its headline: the section, an advertisement's
#: label and the share buttons.
BETWEEN = ("Hunting", "Decoys", "ADVERTISEMENT", "Facebook", "Twitter", "WhatsApp")


def _page(converter: str, today: str, day: str) -> str:
    """The page as ``converter`` dumps it: the date bar, the menu, the article's date, the
    lines between, the headline and the body."""
    menu = ("Home", "News", "Hunting")
    if converter == "w3m":
        return "\n".join(
            [today, "", *(f"  • {m}" for m in menu), "", day, "", *BETWEEN, "", HEADLINE, "", ""]
        ) + "\n\n".join(BODY)
    if converter == "lynx":
        return "\n".join(
            [
                f"   {today}",
                "",
                *(f"     * [{k}]{m}" for k, m in enumerate(menu, 1)),
                "",
                f"   {day}",
                "",
                *(f"   {b}" for b in BETWEEN),
                "",
                HEADLINE,
                "",
                "",
            ]
        ) + "\n\n".join(f"   {p}" for p in BODY)
    if converter == "html2text":
        links = [f"  * [{m}](/{m.lower()})" for m in menu]
        shares = [f"[{b}](/share/{b.lower()})" for b in BETWEEN[3:]]
        return "\n\n".join(
            [today, "\n".join(links), day, *BETWEEN[:3], *shares, f"# {HEADLINE}", *BODY]
        )
    if converter == "inscriptis":
        return (
            "\n".join(
                [
                    f"  {today}",
                    *(f"    {m}" for m in menu),
                    f"  {day}",
                    *(f"    {b}" for b in BETWEEN),
                ]
            )
            + "\n\n"
            + "\n\n".join([f"  {HEADLINE}", *(f"  {p}" for p in BODY)])
        )
    if converter == "resiliparse":
        return "\n\n".join(
            [today, "\n".join(f"• {m}" for m in menu), day, *BETWEEN, HEADLINE, *BODY]
        )
    assert converter == "bs4"
    return "\n".join([f"{HEADLINE} | Valley Hunter", today, *menu, day, *BETWEEN, HEADLINE, *BODY])


def _day(value: object) -> date | None:
    return value.date() if isinstance(value, datetime) else value  # type: ignore[return-value]


@pytest.mark.parametrize("converter", CONVERTERS)
def test_the_date_line_nearest_the_headline_is_the_articles(converter: str) -> None:
    page = _page(converter, "Friday, 7 November 2023", "10 October 2023")
    seen: list[DateBallot] = []
    with watching_dates(seen.append):
        article = newsparse.parse(page)
    assert article.title == HEADLINE
    assert _day(article.published) == date(2023, 10, 10)
    assert seen[-1].rules == ("nearest_date_line", "first_date_line")
    assert set(seen[-1].rules) <= set(LATE_DATE_RULES)


@pytest.mark.parametrize("converter", CONVERTERS)
def test_must_not_take_a_date_bar_as_the_articles_when_it_is_the_only_date(
    converter: str,
) -> None:
    page = _page(converter, "Friday, 7 November 2023", "Updates")
    assert _day(newsparse.parse(page).published) == date(2023, 11, 7)


@pytest.mark.parametrize("converter", CONVERTERS)
def test_must_not_pass_over_a_date_under_the_headline(converter: str) -> None:
    page = _page(converter, "Friday, 7 November 2023", "Updates").replace(
        BODY[0], f"10 October 2023\n\n{BODY[0]}", 1
    )
    assert _day(newsparse.parse(page).published) == date(2023, 10, 10)
