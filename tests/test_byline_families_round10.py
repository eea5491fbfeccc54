"""Byline families of sites never seen, tenth round, in the six converters' renderings (every
page and name invented):

- the headline set again over the article, under the date, with the writer's name under that
  copy; w3m and lynx wrap a long headline, and its title-cased rest (``Choice At All'``) read
  like a name: the rest is no byline, the name under it is, the copy between the date and the
  name not counting; must not: a short headline's copy (nothing wrapped), the same page with
  no copy.
"""

from __future__ import annotations

import textwrap

import pytest

import newsparse

WRITER = "Wendell Okafor"
HEADLINE = (
    "Harrowfield Council Votes To Close The Old Ferry Crossing For Winter? Mayor's Answer Is"
    " 'We Had No Choice At All'"
)
SHORT_HEADLINE = "Harrowfield Council Votes To Close The Old Ferry Crossing"
DAY = "March 4, 2021"
PARAGRAPHS = (
    "The council of Harrowfield voted on Monday to close the old ferry crossing for the winter"
    " months, citing rising costs and falling numbers of passengers on the route this year.",
    "Ferry captain Ilse Brandvold said the crew had expected the vote for weeks, and that most of"
    " them would work on the river barges until the crossing opens again in the spring.",
    "Traders on the east bank fear a quiet season, and several said they would ask the council to"
    " run a shuttle bus over the northern bridge while the ferry stays tied up at the quay.",
)


def _wrapped(text: str, indent: str = "") -> str:
    """The text as w3m (no indent) or lynx (three spaces) wraps it at 100 columns."""
    return textwrap.fill(text, 100, initial_indent=indent, subsequent_indent=indent)


def render(converter: str, headline: str, *, copy: bool = True) -> str:
    """The page in ``converter``'s rendering: a menu, the headline, a section and share counts,
    the date, the headline again (``copy``), the writer's name, the article."""
    if converter in ("w3m", "lynx"):
        ind = "   " if converter == "lynx" else ""
        bullet = f"{ind}* " if converter == "lynx" else "  • "
        head = _wrapped(headline, ind)
        body = "\n\n".join(_wrapped(p, ind) for p in PARAGRAPHS)
        again = f"{head}\n\n" if copy else ""
        return (
            f"{ind}Menu\n\n{head}\n\n{ind}Local\n\n{bullet}3\n{bullet}0\n\n{ind}{DAY}\n\n"
            f"{again}{ind}{WRITER}\n\n{body}\n"
        )
    if converter == "html2text":
        again = f"# {headline}\n\n" if copy else ""
        body = "\n\n".join(PARAGRAPHS)
        return (
            f"[Menu](/menu)\n\n## {headline}\n\n[Local](/local)\n\n  * 3\n  * 0\n\n{DAY}\n\n"
            f"{again}[{WRITER}](/author/wendell-okafor/)\n\n{body}\n"
        )
    if converter == "inscriptis":
        again = f"  {headline}\n\n" if copy else ""
        body = "\n\n".join(f"  {p}" for p in PARAGRAPHS)
        return (
            f"Menu\n\n  {headline}\n\n  Local\n\n    * 3\n    * 0\n\n  {DAY}\n\n"
            f"{again}  {WRITER}\n\n{body}\n"
        )
    if converter == "resiliparse":
        again = f"{headline}\n\n" if copy else ""
        body = "\n\n".join(PARAGRAPHS)
        return f"Menu\n\n{headline}\n\nLocal\n\n• 3\n• 0\n\n{DAY}\n\n{again}{WRITER}\n\n{body}\n"
    again = f"{headline}\n" if copy else ""
    body = "\n".join(PARAGRAPHS)
    return (
        f"{headline} | Harrowfield Courier\n\n\nMenu\n\n{headline}\n\nLocal\n3\n0\n{DAY}\n\n"
        f"{again}{WRITER}\n\n{body}\n"
    )


CONVERTERS = ("w3m", "lynx", "html2text", "inscriptis", "resiliparse", "bs4")


@pytest.mark.parametrize("converter", CONVERTERS)
def test_the_name_under_a_wrapped_copy_of_the_headline_is_the_byline(converter: str) -> None:
    article = newsparse.parse(render(converter, HEADLINE))
    assert article.authors == (WRITER,)


@pytest.mark.parametrize("converter", CONVERTERS)
def test_must_not_a_short_headline_copy_keeps_its_byline(converter: str) -> None:
    article = newsparse.parse(render(converter, SHORT_HEADLINE))
    assert article.authors == (WRITER,)


@pytest.mark.parametrize("converter", CONVERTERS)
def test_must_not_the_page_without_a_copy_keeps_its_byline(converter: str) -> None:
    article = newsparse.parse(render(converter, HEADLINE, copy=False))
    assert article.authors == (WRITER,)
