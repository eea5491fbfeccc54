"""Lists of teasers under an article are not a comment thread, however much each item looks
like a comment's header (issue #17: "related-article teasers with staff bylines"). Invented
pages, four families seen on many sites, each in the six converters' renderings:

- a numbered most-read list whose items carry a writer and a day (``1.`` / ``Jane Roe`` /
  ``March 3, 2021`` / headline / section);
- a writer and a day on one line over a headline and its section (``Jane Roe • March 3, 2021``);
- a headline over an agency byline and a time (``• By HARBOUR WIRE`` / ``Mar 3, 2021 14:02``);
- a numbered list of topics, each with a time and a headline (``4. Ferries`` / ``23:26``);
- a numbered list of teasers with a summary each, the writer in a nested list and the day below
  (``2. Weather`` / headline / summary / ``1. Jane Roe`` / ``March 3, 2021``): a writer and a
  day over the next teaser's text, read as a comment before.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Final

import pytest

import newsparse
from tests.ferry import PARAGRAPHS, wrap

HEADLINE = "Hourly ferries from May as two new boats join the island route"
WRITER = "Petra Lindqvist"
PUBLISHED = date(2021, 3, 4)

#: (writer, day, headline, section) of each invented teaser
TEASERS = (
    ("Jane Roe", "March 3, 2021", "Lighthouse cottages to become a museum", "Culture"),
    ("Omar Farouk", "March 2, 2021", "Storm damage closes the north pier", "Weather"),
    ("Ines Varga", "February 27, 2021", "Seal colony trips resume in June", "Nature"),
    ("Tom Keller", "February 25, 2021", "Island school gets a new roof at last", "Education"),
)
#: (topic, time) of each item of a numbered list of topics
TOPICS = (("Ferries", "23:26"), ("Harbour", "23:14"), ("Weather", "21:58"), ("Schools", "20:31"))

# An item is a list of its lines; a converter writes the list's items.
Item = list[str]


def _numbered(k: int, lines: Item) -> Item:
    return [f"{k}. {lines[0]}", *lines[1:]]


def _most_read() -> list[Item]:
    return [_numbered(k, [w, d, h, s]) for k, (w, d, h, s) in enumerate(TEASERS, 1)]


def _writer_and_day() -> list[Item]:
    return [[f"{w} • {d}", h, s] for w, d, h, s in TEASERS]


def _agency() -> list[Item]:
    return [[h, "• By HARBOUR WIRE", f"{d} 14:02"] for _, d, h, _ in TEASERS]


def _topics() -> list[Item]:
    heads = [h for _, _, h, _ in TEASERS]
    pairs = zip(TOPICS, heads, strict=True)
    return [_numbered(k, [t, tm, h]) for k, ((t, tm), h) in enumerate(pairs, 1)]


#: a summary sentence for each teaser
SUMMARIES = (
    "The keepers left in the sixties and the cottages have stood empty since, the trust says.",
    "Engineers will check the pier's piles before the boats can land there again next week.",
    "Boats leave the harbour twice a day and the trip takes about an hour each way in calm seas.",
    "Parents had asked for the repairs for years after rain came through the roof in winter.",
)


def _summarised() -> list[Item]:
    rows = zip(TEASERS, SUMMARIES, strict=True)
    return [
        _numbered(k, [s, h, summary, f" 1. {w}", d])
        for k, ((w, d, h, s), summary) in enumerate(rows, 1)
    ]


FAMILIES: dict[str, Callable[[], list[Item]]] = {
    "summarised": _summarised,
    "most read": _most_read,
    "writer and day": _writer_and_day,
    "agency": _agency,
    "topics": _topics,
}


def _render(kind: str, items: list[Item]) -> str:
    """The page in converter ``kind``'s rendering: menu, headline, byline and date, the ferry
    paragraphs, a ``Most read`` heading and its items."""
    menu = {
        "w3m": "Home   News   Islands   Weather",
        "lynx": "   Home News Islands Weather",
        "html2text": "  * [Home](/)\n  * [News](/news)\n  * [Islands](/islands)",
        "inscriptis": "  Home\n  News\n  Islands",
        "resiliparse": "• Home\n• News\n• Islands",
        "bs4": "Home\nNews\nIslands",
    }[kind]
    head = f"# {HEADLINE}" if kind == "html2text" else HEADLINE
    byline = f"By {WRITER}\n\nMarch 4, 2021"
    if kind == "w3m":
        paras = [wrap(p, 78) for p in PARAGRAPHS]
    elif kind == "lynx":
        paras = [wrap(p, 76, "   ") for p in PARAGRAPHS]
    else:
        paras = list(PARAGRAPHS)
    out = [menu, head, byline, *paras, "## Most read" if kind == "html2text" else "Most read"]
    out.append(_items(kind, items))
    out.append("© 2021 The Island Gazette")
    return "\n\n".join(out) + "\n"


def _items(kind: str, items: list[Item]) -> str:
    if kind == "w3m":
        return "\n\n".join(
            "\n".join(["  • " + it[0], *("    " + x for x in it[1:])]) for it in items
        )
    if kind == "lynx":
        return "\n\n".join(
            "\n".join(["     * " + it[0], *("       " + x for x in it[1:])]) for it in items
        )
    if kind == "html2text":
        return "\n\n".join(
            "\n".join(["  * " + it[0], *(f"[{x}](/t)" for x in it[1:])]) for it in items
        )
    if kind == "inscriptis":
        return "\n".join("\n".join(["  * " + it[0], *("    " + x for x in it[1:])]) for it in items)
    if kind == "resiliparse":
        return "\n\n".join("\n".join(it) for it in items)
    return "\n".join("\n".join(it) for it in items)  # bs4: a line an element, no blank lines


KINDS = ("w3m", "lynx", "html2text", "inscriptis", "resiliparse", "bs4")


@pytest.mark.parametrize("family", sorted(FAMILIES))
@pytest.mark.parametrize("kind", KINDS)
def test_a_teaser_list_is_no_thread(kind: str, family: str) -> None:
    article = newsparse.parse(_render(kind, FAMILIES[family]()))
    assert article.comments == ()
    assert article.title == HEADLINE
    assert article.authors == (WRITER,)
    assert article.published == PUBLISHED


#: inscriptis runs a summarised teaser list together into blocks of prose the body's run takes
#: on across the ``Most read`` heading; that heading cannot end a body, as real pages set such
#: lists inside their articles (ending the run there halved the body on four shared sites)
_RUN_ON: Final = {("inscriptis", "summarised")}


_BODY_CASES = [
    pytest.param(
        kind,
        family,
        marks=pytest.mark.xfail(strict=True, reason="run together under 'Most read'")
        if (kind, family) in _RUN_ON
        else (),
    )
    for family in sorted(FAMILIES)
    for kind in KINDS
]


@pytest.mark.parametrize(("kind", "family"), _BODY_CASES)
def test_a_teaser_list_is_not_the_body(kind: str, family: str) -> None:
    assert newsparse.parse(_render(kind, FAMILIES[family]())).paragraphs == PARAGRAPHS
