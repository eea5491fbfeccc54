"""Title families of sites never seen, tenth round, in the six converters' renderings (every
page and name invented):

- BeautifulSoup's dump of a page whose ``<title>`` words the story otherwise than its
  headline (a search engine's title), with no blank line between the header and the article:
  the body's run opens with the headline, its date right under it. The headline is the line
  the run opens with, not the ``<title>``; must not: a caption that w3m or lynx wrapped at the
  top of the run, with the byline under it (the headline above it stays).
"""

from __future__ import annotations

import textwrap

import pytest

import newsparse

PAGE_TITLE = "Coastline Ferries orders electric boats, plans island routes | Harbour Times"
HEADLINE = (
    "Coastline Ferries orders four electric boats worth $40 million, will open two island"
    " routes by 2027"
)
KICKER = "Harbour Business"
STAMP = ("Published Mon, Mar 3 2025", "9:15 AM EST", "Updated an hour ago")
WRITER = "Mirela Vantongeren"
MENU = ("Markets", "Business", "Investing", "Tech", "Politics", "Video", "Menu")
PARAGRAPHS = (
    "Coastline Ferries has signed an order for four electric boats worth $40 million, the"
    " operator said on Monday, and will open two new routes to the outer islands by 2027.",
    "The boats will be built at the Varnholm yard and carry up to three hundred passengers each,"
    " the company said, replacing the diesel ferries that have served the islands since 1998.",
    "Chief executive Tomas Eriksdottir told reporters at the harbour that the new routes would"
    " cut the crossing time to the northern islands by almost half once the boats are in service.",
    "Island councils welcomed the order but asked the operator to keep the winter timetable,"
    " which the company has cut twice in the past five years because of falling passenger numbers.",
)


def _bs4(first: str = HEADLINE) -> str:
    """BeautifulSoup's dump: the ``<title>``, the menu, then header and article one element a
    line with no blank line between them."""
    rows = [*MENU, KICKER, first, *STAMP, WRITER, *PARAGRAPHS]
    return f"{PAGE_TITLE}\n\n" + "\n".join(rows) + "\n"


def _wrapped(text: str, indent: str) -> str:
    return textwrap.fill(text, 100, initial_indent=indent, subsequent_indent=indent)


def render(converter: str) -> str:
    """The page in ``converter``'s rendering."""
    if converter == "bs4":
        return _bs4()
    if converter in ("w3m", "lynx"):
        ind = "   " if converter == "lynx" else ""
        bullet = f"{ind}* " if converter == "lynx" else "  • "
        menu = "\n".join(f"{bullet}{m}" for m in MENU)
        body = "\n\n".join(_wrapped(p, ind) for p in PARAGRAPHS)
        stamp = "\n".join(f"{ind}{s}" for s in STAMP)
        return (
            f"{menu}\n\n{ind}{KICKER}\n\n{_wrapped(HEADLINE, ind)}\n\n{stamp}\n{ind}{WRITER}\n\n"
            f"{body}\n"
        )
    if converter == "html2text":
        menu = "\n".join(f"  * [{m}](/{m.lower()})" for m in MENU)
        body = "\n\n".join(PARAGRAPHS)
        return (
            f"{menu}\n\n[{KICKER}](/business)\n\n# {HEADLINE}\n\n"
            + "\n\n".join(STAMP)
            + f"\n\n[{WRITER}](/people/mirela-vantongeren)\n\n{body}\n"
        )
    ind = "  " if converter == "inscriptis" else ""
    bullet = "  * " if converter == "inscriptis" else "• "
    menu = "\n".join(f"{bullet}{m}" for m in MENU)
    body = "\n\n".join(f"{ind}{p}" for p in PARAGRAPHS)
    stamp = "\n".join(f"{ind}{s}" for s in STAMP)
    return f"{menu}\n\n{ind}{KICKER}\n\n{ind}{HEADLINE}\n\n{stamp}\n{ind}{WRITER}\n\n{body}\n"


CONVERTERS = ("w3m", "lynx", "html2text", "inscriptis", "resiliparse", "bs4")


@pytest.mark.parametrize("converter", CONVERTERS)
def test_the_headline_the_run_opens_with_is_the_title(converter: str) -> None:
    assert newsparse.parse(render(converter)).title == HEADLINE


CAPTION = (
    "Captain Ilse Brandvold waves from the bridge of the old diesel ferry as it leaves the quay"
    " at Varnholm on March 2 before its last crossing of the season. (Jonas Arvidsen/Harbour Times)"
)


@pytest.mark.parametrize("converter", ["w3m", "lynx"])
def test_must_not_a_wrapped_caption_at_the_run_start_is_no_headline(converter: str) -> None:
    ind = "   " if converter == "lynx" else ""
    body = "\n\n".join(_wrapped(p, ind) for p in PARAGRAPHS)
    page = (
        f"{ind}Menu\n\n{ind}Ferries\n\n{ind}Last diesel ferry leaves Varnholm after 27 years\n\n"
        f"{ind}Print Article\n{ind}Comments\n\n{_wrapped(CAPTION, ind)}\n"
        f"{ind}By {WRITER} March 3 at 9:15 AM\n\n{body}\n"
    )
    assert newsparse.parse(page).title == "Last diesel ferry leaves Varnholm after 27 years"
