"""The boxes many sites set under an article, named by a heading of their own words (invented
pages, no real text): a teaser list under ``More From The Harbour Times``, ``Next Up In
Science`` or ``Lesen Sie auch``, a newsletter sign-up under ``Sign up for our newsletter``; and
the same headings over a short box of links *inside* the article, after which its prose goes
on. Each page is written as the six converters print it: w3m and lynx hard-wrap and indent,
html2text writes Markdown links, inscriptis and resiliparse keep one line a block, bs4 opens
with the page's ``<title>`` and runs a box's heading and links together."""

from __future__ import annotations

import pytest

import newsparse
from tests.ferry import PARAGRAPHS, wrap

HEADLINE = "Hourly ferries from May as two new boats join the island route"
MENU = ("Home", "News", "Islands", "Weather", "Sport")
TEASERS = (
    "Lighthouse keepers' cottages to become a museum",
    "Storm damage closes the north pier for a week",
    "School trips to the seal colony resume in June",
)
SIGN_UP = "Get the week's island news in your inbox every Friday, free of charge and ads."
#: the headings of a box under the article, in English, German and Italian
CLOSERS = ("More From The Island Gazette", "Next Up In Islands", "Lesen Sie auch", "Leggi anche")
BOX_LINKS = ("Why the old ferry line closed", "Timetables for the winter season")
#: the article's paragraphs after a box inside it
MORE = (
    "The harbour board expects the hourly boats to carry twice as many cars by the end of "
    "the summer, and it has asked both councils to widen the roads that lead down to the piers.",
    "A public meeting on the new timetable will be held in the school hall on the last "
    "Thursday of April, when the ferry company's managers will answer questions from residents.",
)


def _menu(kind: str) -> list[str]:
    if kind in ("w3m", "lynx"):
        return ["   ".join(MENU)]
    if kind == "html2text":
        return ["  * " + "\n  * ".join(f"[{m}](/{m.lower()})" for m in MENU)]
    return list(MENU)


def _paragraph(kind: str, text: str) -> str:
    if kind == "w3m":
        return wrap(text, 78)
    if kind == "lynx":
        return wrap(text, 76, "   ")
    return text


def _items(kind: str, items: tuple[str, ...]) -> str:
    if kind == "w3m":
        return "\n\n".join(f"  • {t}" for t in items)
    if kind == "lynx":
        return "\n\n".join(f"     * {t}" for t in items)
    if kind == "html2text":
        return "\n".join(f"  * [{t}](/t/{k})" for k, t in enumerate(items))
    return "\n".join(items)


def _page(kind: str, middle: list[str], closer: str | None) -> str:
    """A page: menu, headline, the ferry paragraphs (``middle`` after the first two), then
    the closing box under ``closer`` and a sign-up box."""
    head = f"# {HEADLINE}" if kind == "html2text" else HEADLINE
    top = [f"{HEADLINE} | The Island Gazette"] if kind == "bs4" else []
    blocks = [*top, *_menu(kind), head, *(_paragraph(kind, p) for p in PARAGRAPHS[:2])]
    blocks += [*middle, *(_paragraph(kind, p) for p in (*MORE, PARAGRAPHS[2]) if middle)]
    blocks += [] if middle else [_paragraph(kind, PARAGRAPHS[2])]
    if closer is not None:
        blocks += [_box(kind, closer, TEASERS)]
    blocks += ["Sign up for our newsletter", _paragraph(kind, SIGN_UP)]
    return "\n\n".join(blocks) + "\n"


def _box(kind: str, heading: str, links: tuple[str, ...]) -> str:
    """A box: its heading over its links (run together by bs4)."""
    if kind == "html2text":
        heading = f"## {heading}"
    return heading + ("\n" if kind == "bs4" else "\n\n") + _items(kind, links)


KINDS = ("w3m", "lynx", "html2text", "inscriptis", "resiliparse", "bs4")


@pytest.mark.parametrize("closer", CLOSERS)
@pytest.mark.parametrize("kind", KINDS)
def test_a_teaser_box_under_the_article_is_not_its_body(kind: str, closer: str) -> None:
    article = newsparse.parse(_page(kind, [], closer))
    assert article.title == HEADLINE
    assert article.paragraphs == PARAGRAPHS


@pytest.mark.parametrize("kind", KINDS)
def test_a_sign_up_box_under_the_article_is_not_its_body(kind: str) -> None:
    article = newsparse.parse(_page(kind, [], None))
    assert article.paragraphs == PARAGRAPHS
    assert all(SIGN_UP[:20] not in p for p in article.paragraphs)


@pytest.mark.parametrize("kind", KINDS)
def test_a_box_of_links_inside_the_article_does_not_cut_it(kind: str) -> None:
    box = _box(kind, "Further reading", BOX_LINKS)
    article = newsparse.parse(_page(kind, [box], "Next Up In Islands"))
    assert article.paragraphs == (*PARAGRAPHS[:2], *MORE, PARAGRAPHS[2])


#: teasers' headlines longer than a menu's items, each with its agency and time
LONG_TEASERS = (
    "Lighthouse keepers' cottages on the north cape to become a museum",
    "Storm damage closes the north pier for a week, harbour board says",
    "School trips to the seal colony resume in June after a long pause",
)


@pytest.mark.parametrize("kind", ["inscriptis", "resiliparse", "bs4"])
def test_teasers_run_into_a_paragraph_written_on_one_line_are_not_the_body(kind: str) -> None:
    """Converters that write a paragraph on one line may run a teaser list right under the
    article's last paragraph, with no blank line: the teasers' headlines, however long, are
    not the article's."""
    indent = "          " if kind == "inscriptis" else ""
    teasers = "".join(
        f"{indent}{t}\n{indent}  * By HARBOUR WIRE\n{indent}  * 03/0{k}/2021 10:1{k} AM\n"
        for k, t in enumerate(LONG_TEASERS, 1)
    )
    page = (
        f"Home\nNews\nIslands\n\n{HEADLINE}\n\n{indent}By Petra Lindqvist\n{indent}March 4, 2021\n\n"
        + "\n".join(f"{indent}{p}\n" for p in PARAGRAPHS)
        + teasers
        + "\n© 2021 The Island Gazette\n"
    )
    assert newsparse.parse(page).paragraphs == PARAGRAPHS
