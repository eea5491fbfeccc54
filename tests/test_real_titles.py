"""Lines the real-page reader must not take for the headline, on small invented layouts.

A broadcast or publication stamp (a few words ending in a time of day), a byline without a
label (a name with a role, initials, a handle or a profile link); a Chinese or Japanese
headline, which has no spaces; and the site's name after the page's <title>.
"""

from __future__ import annotations

import pytest

import newsparse
from newsparse._title import without_site_name

from .test_real_layouts import BODY, _page

# the same article under every header as the other layout tests


def test_a_headline_ending_in_a_time_without_a_day_is_no_stamp() -> None:
    article = _page(
        "  • News\n  • Sport\n\nOld baths to reopen at 6am\n\n"
        "Councillors changed their minds after a packed meeting in the town hall\n\n"
        "By Petra Lindqvist\n\n12 March 2021"
    )
    assert article.title == "Old baths to reopen at 6am"


def test_a_schedule_slot_is_no_headline() -> None:
    article = _page(
        "  • Live TV\n      □ On now\n      □ Channel 7 Today at 6am\n\nWATCH LIVE\n\n"
        "Channel 7 Today at 6am\n\n"
        "The latest local news, weather and stories from the valley.\n\n"
        "Old swimming baths saved by residents' petition\n\n"
        "Councillors changed their minds after a packed meeting in the town hall\n\n"
        "By Petra Lindqvist\n\nPublished Mar 12, 2021 at 4:07 PM"
    )
    assert article.title == "Old swimming baths saved by residents' petition"


JAPANESE_BODY = (
    "市議会は火曜日、古い市民プールをさらに五年間存続させることを決めた。"
    "四千人を超える住民が署名した請願を受けて、方針を改めた。\n\n"
    "屋根とボイラーの修理には約二千万円かかる見込みで、"
    "市はスポーツ施設のための基金から支出するとしている。\n\n"
    "このプールは一九二七年に開業し、今も当時のタイル張りの水槽を使っている。"
    "利用者は県内で一番冷たいが一番美しいと話す。\n"
)


def test_a_japanese_headline_without_spaces_wins_over_its_publication_stamp() -> None:
    article = newsparse.parse(
        "このページの先頭です このページの本文へ\n\n  • ニュース\n  • スポーツ\n\n"
        "市民プール、住民の請願で存続へ　修理費は基金から\n\n"
        "みなと新聞 3/12(金) 18:45配信\n\n  • ツイート\n  • シェアする\n\n" + JAPANESE_BODY
    )
    assert article.title == "市民プール、住民の請願で存続へ 修理費は基金から"


@pytest.mark.parametrize(
    "name_line",
    [
        "Petra Lindqvist, news reporter",
        "Petra (P.J.) Lindqvist Berg",
        "Petra Lindqvist View More Articles",
        "Petra Lindqvist - Senior Staff Writer",
        "Petra Lindqvist Berg @plindqvist",
        "Local news reporter @plindqvist",
    ],
)
def test_a_name_with_a_role_initials_or_a_profile_link_is_no_headline(name_line: str) -> None:
    article = _page(
        "  • News\n  • Sport\n\nFriday, Mar 12, 2021 11:57 AM UTC\n\n"
        "The baths are saved: residents, councillors and the long fight for the old pool\n\n"
        "Councillors changed their minds after a packed meeting in the town hall\n"
        "and a late vote\n\n" + name_line + "\n\n  • Share\n  •  \n  •  \n"
    )
    assert article.title == (
        "The baths are saved: residents, councillors and the long fight for the old pool"
    )


def test_the_site_name_after_the_page_title_goes_when_the_page_shows_it() -> None:
    title = "Old swimming baths saved by petition — Gazette"
    # the headline part stands alone on the page
    lines = [title, "", "Sign in", "Old swimming baths saved by petition", "Text."]
    assert without_site_name(title, lines, 0) == "Old swimming baths saved by petition"
    # the name is a logo line, or in the copyright line
    assert without_site_name(title, [title, "Gazette"], 0) == "Old swimming baths saved by petition"
    title = "Old swimming baths saved by petition | Millbrook Gazette"
    lines = [title, "Text.", "© 2021 Millbrook Gazette Ltd. All rights reserved."]
    assert without_site_name(title, lines, 0) == "Old swimming baths saved by petition"


def test_a_headline_with_a_dash_stays_whole() -> None:
    # no sign on the page that the part after the dash is a name
    title = "Old swimming baths saved by petition — and by a late vote"
    assert without_site_name(title, [title, "Gazette", "© 2021 Gazette"], 0) == title
    title = "Old swimming baths saved by petition - Millbrook"
    assert without_site_name(title, [title, "Text about Millbrook."], 0) == title
    # a name is capitalised (a section label "explained" may stand alone on the page too)
    title = "Old swimming baths saved by petition - explained"
    assert without_site_name(title, [title, "explained"], 0) == title
    assert without_site_name(title + ".com", [title, "explained.com"], 0) != title + ".com"
    # a short part before the dash is no headline
    title = "Pools - Millbrook Gazette"
    assert without_site_name(title, [title, "Millbrook Gazette"], 0) == title


def test_the_site_name_first_repeated_below_the_article_is_no_headline() -> None:
    # the first line is the blog's name (a logo), not the page's <title>: its copy in the
    # sidebar under the article, with no byline or date under it, is no headline
    article = newsparse.parse(
        "Parents Of The Valley\n\n  • Home\n  • About\n\n  • Start\n  • Schools\n"
        "  • Old swimming baths saved by residents' petition\n\n"
        "Old swimming baths saved by residents' petition\n\n"
        "Petra Lindqvist 12/03/2021 Comment! Schools, Sport, Town\n\n" + BODY + "\n"
        "Leave a reply\n\nParents Of The Valley\n\nAbout the blog\n\n"
        "Parents Of The Valley gathers tips on schools, clubs and days out for families in the "
        "valley, written by parents who live there.\n"
    )
    assert article.title == "Old swimming baths saved by residents' petition"


def test_the_rest_of_lynx_link_names_is_no_page_title() -> None:
    # lynx prints the page's <link> names first and wraps them: the lines that go on are no
    # <title> (the blog's name in them is no headline)
    article = _page(
        "#Feed for Parents Of The Valley » Comments feed for Parents Of The Valley »\n"
        "Comments feed for Parents Of The Valley » Old swimming baths saved by\n"
        "residents' petition alternate alternate\n\n"
        "Parents Of The Valley\n\n  • Home\n  • About\n\n"
        "Old swimming baths saved by residents' petition\n\n"
        "Old swimming baths saved by residents' petition\n\nReading time: 1 minute\n\n"
    )
    assert article.title == "Old swimming baths saved by residents' petition"


@pytest.mark.parametrize(
    "headline",
    [
        "After the vote, will the old swimming baths in Millbrook be saved?",
        "Swimmers of Millbrook: «Our old baths are the most beautiful»",
        'Swimmers of Millbrook: "Our old baths are the most beautiful"',
    ],
)
def test_a_standfirst_under_a_headline_ending_in_a_mark_or_a_quote(headline: str) -> None:
    article = _page(
        "  • News\n  • Sport\n\nTown news\n\n" + headline + "\n\n"
        "Councillors will vote on Tuesday after a petition.\n\n"
        "Text: Petra Lindqvist·12 March 2021"
    )
    assert article.title == headline


def test_a_standfirst_repeated_as_the_first_paragraph_is_no_headline() -> None:
    standfirst = "The pool had been shut since a storm damaged its roof in December 2019."
    article = _page(
        "  • News\n  • Sport\n\nOld swimming baths saved by residents' petition in Millbrook\n\n"
        f"{standfirst}\n\n  • Share\n  • Tweet\n  • Email\n  • Print\n\n"
        f"Friday 12 March 2021 11:42, UK\n\n{standfirst}"
    )
    assert article.title == "Old swimming baths saved by residents' petition in Millbrook"


def test_a_name_with_a_role_under_the_headline_cues_it() -> None:
    # (an icon's name, with the date right under it, is no headline)
    article = _page(
        "  • News\n  • Sport\n\nOld swimming baths saved by residents' petition in Millbrook\n\n"
        "Councillors changed their minds after a packed meeting in the town hall\n\n"
        "Petra Lindqvist, news reporter\n\nPetra Lindqvist\n\nNews reporter @plindqvist\n\n"
        "Icon 2 Created with Sketch.\n\nFriday 12 March 2021 11:42, UK"
    )
    assert article.title == "Old swimming baths saved by residents' petition in Millbrook"


def test_a_caption_ending_in_its_photographer_and_a_news_agency_is_no_headline() -> None:
    article = _page(
        "Skip to content\n\n  • News\n  • Sport\n\n"
        "The old pool on a winter morning Jane Doe-Smith/Reuters\n\n"
        "Why the Old Baths Are the Pride of Millbrook\n\n  1. Petra Lindqvist\n\n1:39 PM ET\n\n"
        "Built in 1927, the pool was a marvel when it opened, though it has since seen better days."
    )
    assert article.title == "Why the Old Baths Are the Pride of Millbrook"


def test_an_item_of_a_numbered_list_of_teasers_is_no_headline() -> None:
    # (each item's number on a line of its own above its headline, as w3m and html2text set
    # them; the author's name under the list is no byline of the last teaser)
    article = _page(
        "  • News\n  • Sport\n\n 1. 1.\n\n    Harbour ferry to run again from May\n\n"
        "    on Coast Weekly\n 2. 2.\n\n    Mayor opens the new library on the hill\n\n"
        "    on Coast Weekly\n\nWritten by Petra Lindqvist\n\n"
        "Follow Followed\n\nOld swimming baths saved by residents' petition in Millbrook\n\n"
        "36\n\nPetra Lindqvist\n\n3/12/21 8:00am"
    )
    assert article.title == "Old swimming baths saved by residents' petition in Millbrook"


def test_teaser_cards_under_a_related_heading_are_no_headline() -> None:
    # a box of dated teaser cards set between the headline and the body it heads
    cards = "".join(
        f"{t}\nTOWN NEWS\n\n{t}\n\n{d}\n\n"
        for t, d in (
            ("Harbour ferry to run again from May", "May 15, 2017"),
            ("Mayor opens the new library on the hill", "January 22, 2018"),
            ("Night buses return to the valley at last", "January 12, 2016"),
            ("New cycle lane splits the high street", "October 18, 2019"),
        )
    )
    article = _page(
        "  • News\n  • Sport\n\nTown News\n━━━━━━━━━━━━━━━━━━━━\n\n"
        "Old swimming baths saved by residents' petition in Millbrook\n\n[petra]\n\n"
        "Petra LindqvistView More Articles\n\n"
        "Councillors changed their minds after a packed meeting\n\n"
        "Petra Lindqvist March 12, 2021 12:32\nFIND YOUR NEXT HOME\n"
        "MORE STORIES LIKE THIS ONE\n" + cards
    )
    assert article.title == "Old swimming baths saved by residents' petition in Millbrook"


def test_an_author_box_naming_the_writer_is_no_headline() -> None:
    # ("Petra Lindqvist, news reporter" cues the headline, but not a line with her name in it)
    article = _page(
        "  • News\n  • Sport\n\nOld swimming baths saved by residents' petition in Millbrook\n\n"
        "About Petra Lindqvist Berg\n\nPetra Lindqvist Berg, news reporter\n\n"
        "Councillors changed their minds after a packed meeting"
    )
    assert article.title == "Old swimming baths saved by residents' petition in Millbrook"


def test_the_headline_with_its_byline_is_kept_when_no_body_is_found() -> None:
    # the whole page in a few blocks (no blank lines between the article and a list of
    # teasers): no body run is found, but the headline with its byline and date under it is
    # still the title, not the page's first line
    article = newsparse.parse(
        "Town Talk Live\nDigital Archive\nLog In\nLog Out\nThe Millbrook Gazette - Town News\n"
        "The Millbrook Gazette - Town News Sport Weather Schools Opinion Letters WORLD NEWS\n"
        "Log In\nLog Out\nElections Roads Schools Health & Science Business Green Town\n"
        "BREAKING NEWS\n\nOld swimming baths saved by residents' petition in Millbrook\n\n"
        "By GAZETTE STAFF\nMARCH 12, 2021 10:43\nEmail Twitter Facebook\n"
        "The council voted on Tuesday to keep the old swimming baths open for five more years.\n"
        "Mayor opens the new library on the hill\n  • By GAZETTE STAFF\n  • 03/12/2021 01:14 PM\n"
        "Harbour ferry to run again from May\n  • By GAZETTE STAFF\n  • 03/12/2021 10:08 AM\n"
    )
    assert article.title == "Old swimming baths saved by residents' petition in Millbrook"


def test_a_headline_underlined_by_a_rule_is_still_a_headline() -> None:
    # (lynx draws a heading's border with underscores on the next line)
    article = _page(
        "     * News\n     * Sport\n\n   Millbrook Gazette\n\n   12 March 2021\n\n   Town\n\n"
        "Old swimming baths saved by residents' petition in Millbrook\n"
        "     ______________________________________________________________\n\n"
        "   by Millbrook Gazette 12 March 2021\n   6\n"
    )
    assert article.title == "Old swimming baths saved by residents' petition in Millbrook"


def test_a_space_a_converter_set_before_a_colon_goes_when_the_page_prints_it_tight() -> None:
    header = (
        "  • News\n  • Sport\n\n      Swimming baths : Saved by residents' petition in Millbrook\n\n"
        "      By Petra Lindqvist\n\n      12 March 2021"
    )
    more = "\n\nMost read\n\n  * Swimming baths{} Saved by residents' petition in Millbrook\n"
    article = newsparse.parse(header + "\n\n" + BODY + more.format(":"))
    assert article.title == "Swimming baths: Saved by residents' petition in Millbrook"
    # (a French headline's spaced colon is spaced on the whole page)
    article = newsparse.parse(header + "\n\n" + BODY + more.format(" :"))
    assert article.title == "Swimming baths : Saved by residents' petition in Millbrook"


def test_a_standfirst_under_a_daily_column_headline_naming_its_day() -> None:
    deck = "Swimmers beat the council ... what a week ..."
    article = _page(
        "  • Home\n  • Town Notes\n\nTown Notes 03.12.21\n\nTown Notes 03.12.21\n\n"
        f"{deck}\n\nAuthor:\n    The Millbrook Gazette\nPublish date:\n    Mar 12, 2021\n\n"
        f"{deck}\n\n  • \n  • \n"
    )
    assert article.title == "Town Notes 03.12.21"


def test_a_read_next_link_in_the_menu_opens_no_box_of_teasers() -> None:
    # (the lines under it share one date, the headline's: no cards, each with its own date)
    article = _page(
        "Millbrook Gazette Weekly Edition\n\nMenu\n\nClose the menu\n\nRead Next\n\n"
        "Mayor opens the new library on the hill\n\nSend Us a Tip\n\nSubscribe Now\n\n"
        "Sign up for our newsletter\n\nTown News\n\n"
        "Old swimming baths saved by residents' petition in Millbrook\n\n"
        "March 12, 2021 10:04AM ET"
    )
    assert article.title == "Old swimming baths saved by residents' petition in Millbrook"


def test_a_long_teaser_set_twice_on_two_lines_is_no_wrapped_headline() -> None:
    # (an image's name over its link, one line each: a teaser card, not a headline wrapped)
    long = "Five reasons why restored swimming baths are the perfect first step to healthier living"
    article = _page(
        "Millbrook Gazette\nSEARCH Millbrook Gazette\n\n"
        "Old swimming baths saved by residents' petition in Millbrook\n\n"
        "Petra LindqvistView More Articles\n\nThe pool will stay open for five more years\n\n"
        "Harbour ferry to run again from May\nHarbour ferry to run again from May\n\n"
        "May 15, 2017\n\nNight buses return to the valley\nNight buses return to the valley\n\n"
        f"January 12, 2016\n\n{long}\n{long}\n\nOctober 18, 2019"
    )
    assert article.title == "Old swimming baths saved by residents' petition in Millbrook"
