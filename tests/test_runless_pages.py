"""Real pages with no run of prose: a short article under a menu, read block by block.

A notice, a short news item or a post of a few short sentences has no block long and
prose-like enough to be a body run. Such a page is read again by the same stages with no run
(``newsparse._generic.read_generic``): the headline is taken with its byline or date under it,
else the page's first line; the body block by block under the header. Before, such a page was
handed to the headline-first reader from its first line, and its menu, headline and byline came
out as paragraphs.

Every page here is invented, in the rendering of each converter.
"""

from __future__ import annotations

import pytest

from newsparse import parse_detailed

#: A short item under a site's menu, as each converter renders it.
SHORT_ITEM = {
    "bs4": """Harbour wall repairs begin | Gazette Online

Gazette Online
Home
News
Sport
Weather
Harbour wall repairs begin
By Tom Reyes
May 2, 2024
Work starts today.
Crews close the north path.
The ferry runs as usual.
More in News
""",
    "w3m": """Gazette Online

  • Home
  • News
  • Sport

Harbour wall repairs begin

By Tom Reyes
May 2, 2024

Work starts today.

Crews close the north path.

The ferry runs as usual.

More in News
""",
    "lynx": """   Gazette Online
     * Home
     * News
     * Sport

Harbour wall repairs begin

   By Tom Reyes
   May 2, 2024

   Work starts today.

   Crews close the north path.

   The ferry runs as usual.

   More in News
""",
    "html2text": """[Gazette Online](https://gazette.test/)

  * [Home](https://gazette.test/)
  * [News](https://gazette.test/news)
  * [Sport](https://gazette.test/sport)

# Harbour wall repairs begin

By Tom Reyes

May 2, 2024

Work starts today.

Crews close the north path.

The ferry runs as usual.

More in News
""",
    "inscriptis": """Gazette Online
  * Home
  * News
  * Sport

Harbour wall repairs begin

By Tom Reyes
May 2, 2024

Work starts today.

Crews close the north path.

The ferry runs as usual.

More in News
""",
    "resiliparse": """Gazette Online
• Home
• News
• Sport

Harbour wall repairs begin

By Tom Reyes

May 2, 2024

Work starts today.

Crews close the north path.

The ferry runs as usual.

More in News
""",
}

PARAGRAPHS = ("Work starts today.", "Crews close the north path.", "The ferry runs as usual.")


@pytest.mark.parametrize("converter", sorted(SHORT_ITEM))
def test_a_short_item_under_a_menu_is_read_without_its_menu(converter: str) -> None:
    parsed = parse_detailed(SHORT_ITEM[converter])
    article = parsed.article
    assert article.title == "Harbour wall repairs begin"
    assert article.authors == ("Tom Reyes",)
    assert str(article.published) == "2024-05-02"
    # one paragraph a sentence where the converter keeps blank lines between them, one
    # paragraph where it runs them together (BeautifulSoup): never the menu or the byline
    assert " ".join(article.paragraphs) == " ".join(PARAGRAPHS)
    assert article.section == "News"
    # every line of text is placed or dropped with its reason
    lines = SHORT_ITEM[converter].splitlines()
    placed = zip(lines, parsed.placement, strict=False)
    assert all(place is not None for line, place in placed if line.strip())


def test_a_page_without_a_headline_cue_keeps_its_first_line_as_the_title() -> None:
    """With no byline or date to vouch for a heading further down, the page's first line
    (BeautifulSoup's ``<title>``, a text extract's headline) is the title."""
    page = "\n".join(
        [
            "Ferry timetable change",
            "",
            "Share",
            "",
            "Winter sailings",
            "",
            "The north path closes on Monday.",
            "",
            "Crews start at nine.",
        ]
    )
    article = parse_detailed(page).article
    assert article.title == "Ferry timetable change"
    assert article.paragraphs[-2:] == ("The north path closes on Monday.", "Crews start at nine.")
