"""Families of header misses seen across many sites, on invented pages in the converters' forms.

Each family is a way a real page's header misleads the title or the byline reading on sites the
rules were not written on; every page here is invented (no text of a real page), set in the
form one converter gives it (lynx's indent and apostrophe letter, html2text's ``#`` headings,
BeautifulSoup's ``<title>`` first line, ...).
"""

from __future__ import annotations

import newsparse
from newsparse._title import above_heading, title_text, without_site_name
from tests.ferry import BODY

# --- lynx writes a right single quote as the modifier letter apostrophe -----------------------


def test_lynx_apostrophe_letter_in_a_headline_is_the_quote() -> None:
    page = (
        "   #alternate\n\n   NewsSportWeather\n   (BUTTON) Menu\n\n"
        "Islandʼs ferry to run every hour from May\n\n"
        "The harbour board answers a summer of complaints\n\n"
        "   By Petra Lindqvist Mar 3, 2021 9:00 AM\n\n"
        + "\n".join("   " + line if line else "" for line in BODY.splitlines())
    )
    assert newsparse.parse(page).title == "Island’s ferry to run every hour from May"


def test_the_apostrophe_letter_between_cyrillic_letters_stays() -> None:
    assert title_text(["Мʼята в саду"], 0, 0) == "Мʼята в саду"


def test_html2text_two_hyphens_between_words_in_a_headline_are_a_dash() -> None:
    page = (
        "[Skip to content](#main)\n\n  * [News](/news)\n  * [Sport](/sport)\n\n"
        "# Ferry to run every hour--but only from May\n\n"
        "By [Petra Lindqvist](/authors/petra)\n\nMarch 3, 2021\n\n" + BODY
    )
    assert newsparse.parse(page).title == "Ferry to run every hour—but only from May"


# --- a name of three words said again on the page is no headline --------------------------------


def test_a_site_name_of_three_words_in_header_and_footer_is_no_headline() -> None:
    # (w3m) the site's name in the logo, again in a sticky bar and in the footer: its copies
    # are no sign of a headline, which stands alone nearer the body
    page = (
        "The Harbour Herald\n\n • News • Sport • Weather\n\nThe Harbour Herald\n\n"
        "Ferry to run every hour from May\n\n" + BODY + "\nThe Harbour Herald\n\nAbout us\n"
    )
    assert newsparse.parse(page).title == "Ferry to run every hour from May"


def test_a_breadcrumb_set_as_a_numbered_list_still_names_a_short_headline() -> None:
    # (w3m) the breadcrumb's last item repeats a headline of three words
    page = (
        "Island Greens\n\nYou are here:\n\n 1. Home\n 2. Topics\n 3. Ferries for all\n\n"
        "Transport\n\nFerries for all\n\nMarch 3, 2021\n\n" + BODY
    )
    assert newsparse.parse(page).title == "Ferries for all"


# --- the page's <title> (BeautifulSoup's first line) holds the headline among names -------------

_SHOWN = [
    "",
    "Skip to content",
    "",
    "The Harbour Herald",
    "",
    "Ferry to run every hour from May",
    "",
    "March 3, 2021",
    "",
    "The ferry between the two islands will run every hour.",
]


def test_the_headline_part_of_the_page_title_that_the_page_shows() -> None:
    title = "Island news: Ferry to run every hour from May | The Harbour Herald"
    assert without_site_name(title, [title, *_SHOWN], 0) == "Ferry to run every hour from May"
    title = "Ferry to run every hour from May : islands"
    assert without_site_name(title, [title, *_SHOWN], 0) == "Ferry to run every hour from May"


def test_of_two_parts_shown_the_one_over_a_date_is_the_headline() -> None:
    title = "Open regatta - Valley Rowing Club"
    lines = [title, "", "Valley Rowing Club", "", "Menu", "", "Open regatta", "", "May 6, 2018"]
    assert without_site_name(title, lines, 0) == "Open regatta"


def test_a_part_said_three_times_is_the_site_name() -> None:
    title = "Open day at the boathouse | Valley Notes"
    lines = [title, "Valley Notes", "", "Open day", "", "Valley Notes", "Valley Notes", "x"]
    assert without_site_name(title, lines, 0) == "Open day at the boathouse"


def test_a_chinese_or_japanese_headline_part_has_no_spaces() -> None:
    head = "渡し船が五月から毎時運航へ"
    title = f"{head} | 港新聞"
    assert without_site_name(title, [title, "", head, "", "2021年3月3日"], 0) == head


def test_a_headline_below_the_first_line_keeps_its_colon() -> None:
    # only the page's <title> joins names to the headline: a kicker's colon stays
    title = "Harbour: Ferry to run every hour from May"
    lines = ["Menu", "", title, "", "Ferry to run every hour from May"]
    assert without_site_name(title, lines, 2) == title


# --- a standfirst sits under a headline, not under a byline row, a kicker or a short copy -------


def test_a_line_under_a_byline_row_or_a_kicker_is_no_standfirst() -> None:
    headline = "Ferry to run every hour from May"
    junk = [False] * 3
    for above in ("Petra Lindqvist/March 3, 2021", "ISLANDS TRANSPORT HARBOUR NEWS"):
        assert not above_heading([above, "", headline], junk, 2)
    # the line above is a shortened copy: this one is the headline in full
    assert not above_heading(["Ferry to run every hour", "", "Why the " + headline], junk, 2)
    # a headline above: a standfirst
    assert above_heading([headline, "", "The harbour board answers complaints"], junk, 2)


# --- an author's box in any language: a name, then a bio that opens with it ----------------------


def test_an_author_box_whose_bio_opens_with_the_name_names_the_writer() -> None:
    # (lynx) no byline by the headline; the box under it: "* Name" / "Name <verb> …"
    page = (
        "   Island Notes\n\nFerry to run every hour from May\n\n"
        "     * Petra Lindqvist\n"
        "       Petra Lindqvist lehrt Verkehrsgeschichte an der Universität am Hafen und\n"
        "       schreibt über Fähren, Brücken und Häfen.\n\n" + BODY
    )
    assert newsparse.parse(page).authors == ("Petra Lindqvist",)


def test_a_teaser_about_a_person_is_no_author_box() -> None:
    # the line under the name goes on in capitals: a headline about that person
    page = (
        "   Island Notes\n\nFerry to run every hour from May\n\n" + BODY + "\nRelated\n\n"
        "Petra Lindqvist\n\nPetra Lindqvist Wins The Island Prize For Her Long Ferry Chronicle\n"
    )
    assert newsparse.parse(page).authors == ()
