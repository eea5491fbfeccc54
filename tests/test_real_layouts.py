"""Rules of the real-page reader on small invented layouts (see also ``rl-*`` dump fixtures).

Each test is one general layout rule: the headline against a standfirst set right under it, a
site name first line, a breadcrumb, a "previous / next" row, a photo credit; a byline above the
headline; month-first dotted dates; captions and repeated teasers inside the body run.
"""

from __future__ import annotations

import textwrap
from datetime import date, datetime

import newsparse
from newsparse._dates import find_date
from newsparse._generic import _furniture

BODY = (
    "The council voted on Tuesday to keep the old swimming baths open for another five years, "
    "after a petition signed by more than four thousand residents asked it to think again.\n\n"
    "Repairs to the roof and the boiler will cost about two hundred thousand pounds, which the "
    "council said it would take from a fund set aside for sports buildings in the district.\n\n"
    "The baths first opened in 1927 and still use the original tiled pool, which swimmers say is "
    "colder than any other in the county but also the most beautiful, by a long way.\n"
)


def _page(header: str) -> newsparse.Article:
    return newsparse.parse(header + "\n\n" + BODY)


def test_headline_wins_over_the_standfirst_under_it() -> None:
    article = _page(
        "Millbrook Gazette\n\n  • News\n  • Sport\n  • Weather\n\n"
        "Old swimming baths saved by residents' petition\n\n"
        "Councillors changed their minds after a packed meeting in the town hall\n\n"
        "  •  \n  •  \n\n"
        "By Petra Lindqvist\n\n12 March 2021"
    )
    assert article.title == "Old swimming baths saved by residents' petition"
    assert article.authors == ("Petra Lindqvist",)
    assert article.published == date(2021, 3, 12)


def test_site_name_first_line_is_not_the_headline() -> None:
    article = _page(
        "The Gazette\n\n  • Home\n  • News\n\nThe Gazette\n\n  • Sport\n\n"
        "Old swimming baths saved by residents' petition and a late vote\n\n"
        "  •  \n  •  \n  •  \n  •  \n  •  \n  •  \n  •  \n\n12 March 2021 • 2:15pm"
    )
    assert article.title == "Old swimming baths saved by residents' petition and a late vote"


def test_breadcrumb_and_previous_next_row_are_not_the_headline() -> None:
    article = _page(
        "Gazette > News > 2021 > Old swimming baths saved by petition\n\n"
        "« Previous | Next »\n\n12.03.2021 10:15\n\n"
        "Old swimming baths saved by petition"
    )
    assert article.title == "Old swimming baths saved by petition"
    assert article.published == datetime(2021, 3, 12, 10, 15)


def test_photo_credit_is_not_the_headline_nor_body() -> None:
    article = _page(
        "Photo: Ivo Brandt/Getty Images\n\n  • News\n  • Sport\n\n"
        "Old swimming baths saved by residents' petition\n\n"
        "By Petra Lindqvist\n\nPhoto: Ivo Brandt/Getty Images"
    )
    assert article.title == "Old swimming baths saved by residents' petition"
    assert not any("Getty" in p for p in article.paragraphs)


def test_byline_and_date_above_the_headline() -> None:
    article = _page(
        "  • News\n  • Sport\n\nPetra Lindqvist\nLocal news\n03.12.2021 09:00 AM\n\n"
        "Old swimming baths saved by residents' petition\n\n"
        "Councillors changed their minds after a packed meeting."
    )
    assert article.authors == ("Petra Lindqvist",)


def test_byline_with_author_photo_and_relative_age() -> None:
    article = _page(
        "  • News\n  • Sport\n\nOld swimming baths saved by residents' petition\n\n"
        "[petra-lind] Petra Lindqvist • 8h\nShare Tweet Share"
    )
    assert article.authors == ("Petra Lindqvist",)


def test_month_first_dotted_date() -> None:
    found = find_date("11.14.2019 09:00 AM")
    assert found is not None and found[0] == datetime(2019, 11, 14, 9, 0)
    found = find_date("14.11.2019")
    assert found is not None and found[0] == date(2019, 11, 14)


def test_furniture_inside_the_body() -> None:
    title = "Old swimming baths saved by residents' petition"
    assert _furniture(title, title)
    assert _furniture("Photograph: Ivo Brandt/Getty Images", title)
    assert _furniture("The pool in 1930. (Image: Millbrook Archive)", title)
    assert _furniture("• • •", title)
    assert _furniture("Shy owlShy owl", title)
    assert _furniture("Advertisement", title)
    assert not _furniture("The baths first opened in 1927.", title)
    assert not _furniture("Swimmers say the pool is cold.", title)


def test_repeated_teaser_inside_the_body_is_kept_once() -> None:
    teaser = "Why the ferry timetable changed again this winter"
    text = BODY.replace(
        "\n\nThe baths", f"\n\n{teaser}\n\nRepairs go on.\n\n{teaser}\n\nThe baths", 1
    )
    article = newsparse.parse(
        "  • News\n  • Sport\n\nOld swimming baths saved by residents' petition\n\n"
        "By Petra Lindqvist\n\n12 March 2021\n\n" + text
    )
    assert sum(p == teaser for p in article.paragraphs) <= 1


def test_skip_link_and_cookie_banner_open_a_real_page() -> None:
    article = _page(
        "Skip to main content\n\n"
        "We use cookies and other tracking technologies to improve your browsing experience, "
        "to show you personalised content and to analyse our traffic.\n\nI Accept\n\n"
        "  • News\n  • Sport\n\nOld swimming baths saved by residents' petition\n\n"
        "By Petra Lindqvist\n\n12 March 2021"
    )
    assert article.title == "Old swimming baths saved by residents' petition"
    assert article.authors == ("Petra Lindqvist",)


def test_three_word_site_name_repeated_is_not_the_headline() -> None:
    article = newsparse.parse(
        "The Millbrook Gazette\n\n  • News\n  • Sport\n\nThe Millbrook Gazette\n\n"
        "  • Weather\n\nOld swimming baths saved by residents' petition\n\n"
        "By Petra Lindqvist\n\n12 March 2021\n\n" + BODY
    )
    assert article.title == "Old swimming baths saved by residents' petition"


def test_headline_hard_wrapped_where_the_body_run_starts() -> None:
    headline = (
        "Old swimming baths saved by residents' petition, councillors change their minds at a "
        "packed meeting in the old town hall"
    )
    cut = headline.rindex(" ", 0, 95)
    wrapped = headline[:cut] + "\n" + headline[cut + 1 :]
    article = newsparse.parse(
        "  • News\n  • Sport\n\n" + wrapped + "\n\nPetra Lindqvist March 12, 2021\n\n" + BODY
    )
    assert article.title == headline


def test_credit_line_with_a_date_is_not_the_headline() -> None:
    article = _page(
        "  • News\n  • Sport\n\nLocal news\n\n"
        "Old swimming baths saved by residents' petition\n\n"
        "The council changes its mind at a packed meeting.\n\n"
        "Text: Petra Lindqvist·12 March 2021"
    )
    assert article.title == "Old swimming baths saved by residents' petition"


def test_comments_heading_naming_the_article_picks_the_headline() -> None:
    article = newsparse.parse(
        "  • Courses\n  • Books\n\nOld swimming baths saved by residents' petition\n\n"
        "12 Shares\nShare\nTweet\n\nPetra Lindqvist\n\n"
        "The council voted again.\n\nAnd here is the twist …\n\n"
        + BODY
        + "\n\n2 thoughts on “Old swimming baths saved by residents' petition”\n\n"
        "Ann Wylie says:\nMarch 12, 2021 at 9:14 am\n\nGood news at last.\n\n"
        "Tom Ray says:\nMarch 12, 2021 at 9:40 am\n\nAbout time.\n"
    )
    assert article.title == "Old swimming baths saved by residents' petition"


MENU = "\n".join(
    (
        "Gazette U.S. World Opinion Politics Sport Business Lifestyle TV Travel Food Science "
        "Health Weather Podcasts Newsletters Apps Crime Courts Education Elections Immigration "
        "Military Terror U.K. Markets Tech Autos Style Family Faith Movies Music Celebrity Books "
        "Games Puzzles Horoscopes Obituaries"
    ).split()
)


def test_tall_block_of_menu_items_one_a_line_is_not_the_body() -> None:
    article = newsparse.parse(
        "Old swimming baths saved by residents' petition | Gazette\n\n"
        + MENU
        + "\n\nAdvertisement\nLocal\nOld swimming baths saved by residents' petition\n\nBy\n\n"
        "Petra Lindqvist\n| Gazette\nComments\nPrint\n" + BODY
    )
    assert article.title == "Old swimming baths saved by residents' petition"
    assert article.authors == ("Petra Lindqvist",)
    assert not any("Politics" in p for p in article.paragraphs)
    assert article.paragraphs[-1].startswith("The baths first opened in 1927")


def test_title_repeat_with_a_byline_below_beats_a_sticky_bar() -> None:
    article = newsparse.parse(
        "Old swimming baths saved by residents' petition\n\nCurrently Reading\n\n"
        "Old swimming baths saved by residents' petition\n\nFacebook\nTwitter\n\n"
        + MENU
        + "\n\nLocal\nOld swimming baths saved by residents' petition\nPETRA LINDQVIST\n"
        "March 12, 2021\n\n" + BODY
    )
    assert article.title == "Old swimming baths saved by residents' petition"
    assert article.authors == ("Petra Lindqvist",)
    assert article.published == date(2021, 3, 12)


def test_name_above_a_reading_time_is_the_byline() -> None:
    article = newsparse.parse(
        "Ready to publish?\nChange the title and visibility as needed\nPetra Lindqvist\n"
        "7 min read\nFeatured Close Publish changes\n\nSign in / Sign up\n[0] Petra Lindqvist\n"
        "on Mar 12\nNext story\n\n  • Home\n  • About\n  • Archive\n  • Subscribe\n  • Contact\n"
        "  • Newsletter\n\nOld swimming baths saved by residents' petition\n\n" + BODY
    )
    assert article.title == "Old swimming baths saved by residents' petition"
    assert article.authors == ("Petra Lindqvist",)


def test_empty_form_fields_do_not_hide_the_date_from_the_headline() -> None:
    fields = "Name(required) [          ]\n" + "[          ]\n" * 30 + "Comment [          ]\n"
    article = _page(
        "  • News\n  • Sport\n\nOld swimming baths saved by residents' petition\n\n"
        "By Petra Lindqvist\n\n  • View author archive\n  • Email the author\n\n"
        "Most read today\n\n" + fields + "\nSubmit\n\nMarch 12, 2021 | 4:10pm"
    )
    assert article.authors == ("Petra Lindqvist",)
    assert article.published == datetime(2021, 3, 12, 16, 10)


def test_by_and_von_inside_running_text_are_no_bylines() -> None:
    article = newsparse.parse(
        "  • News\n  • Sport\n\nOld swimming baths saved by residents' petition\n\n"
        "12 March 2021\n\n"
        "The council said on Tuesday that it had been contacted by Mayor Ruth Ansel's office,\n"
        "which asked for the vote to be held again before the end of the month.\n\n"
        "The swimmers trailed for most of the evening before late speeches by Ivo Brandt\n"
        "and Ana Ruiz turned the meeting in their favour.\n\n"
        "Im Zug von Leipzig nach Dresden\n\n" + BODY
    )
    assert article.authors == ()


def test_an_embedded_post_signature_is_no_byline() -> None:
    article = newsparse.parse(
        "  • News\n  • Sport\n\nOld swimming baths saved by residents' petition\n\n"
        "Saved! At last.\n\n    — Ivo Brandt (@ivobrandt) March 12, 2021\n\n" + BODY
    )
    assert article.authors == ()


def test_share_buttons_row_is_not_the_headline() -> None:
    article = newsparse.parse(
        "  • News\n  • Sport\n\nShare this on WhatsApp\n\n"
        "Old swimming baths saved by residents' petition\n\nPetra Lindqvist • 8h\n"
        "Share Tweet Share\n\n" + BODY + "\nShare Tweet Share\n"
    )
    assert article.title == "Old swimming baths saved by residents' petition"


def test_first_line_after_blank_lines_gets_no_page_title_bonus() -> None:
    article = newsparse.parse(
        " \n\nIntroducing Gazette Author Pages\n\n"
        "Bringing you closer to your readers with a profile of your own.\n\n"
        "  • News\n  • Sport\n  • Weather\n  • Travel\n  • Food\n  • Science\n\n"
        "Old swimming baths saved by residents' petition\n\n[pl-photo] Petra Lindqvist • 8h\n"
        "Share Tweet Share\n\n" + BODY
    )
    assert article.title == "Old swimming baths saved by residents' petition"


def test_a_caption_with_its_photographer_and_agency_is_no_headline() -> None:
    article = _page(
        "  • News\n  • Sport\n\nOld swimming baths saved by residents' petition\n\n"
        "Councillors changed their minds after a packed meeting in the town hall\n\n"
        "  •  \n  • Copy link\n\n"
        "Swimmers in the old pool on the morning after the vote in the town hall of Millbrook"
        " - Ivo Brandt/Millbrook Archive\n\n"
        "12.mar.2021 às 10h15\n\n  • Listen\n  • Smaller text"
    )
    assert article.title == "Old swimming baths saved by residents' petition"
    assert article.published == datetime(2021, 3, 12, 10, 15)


def test_a_date_under_standfirst_and_caption_still_cues_the_headline() -> None:
    article = _page(
        "  • News\n  • Sport\n\nOld swimming baths saved by residents' petition\n\n"
        "Councillors changed their minds after a packed meeting in the town hall\n\n"
        "  • Share\n  • Copy link\n\n"
        "Swimmers in the old pool on the morning after the vote\n"
        "Swimmers in the old pool on the morning after the vote\nPhoto: Ivo Brandt\n\n"
        "3/12/21 10:15 AM\n\n  • Listen\n  • Smaller text"
    )
    assert article.title == "Old swimming baths saved by residents' petition"
    assert article.published == datetime(2021, 3, 12, 10, 15)


_MENU = "".join(f"  • {w}\n" for w in "News Sport Weather Travel Food Science Arts Jobs".split())


def test_a_date_in_a_caption_or_an_embedded_post_is_not_the_page_date() -> None:
    article = _page(
        "  • News\n  • Sport\n\nOld swimming baths saved by residents' petition\n\n"
        "Swimmers queue outside the old baths in Millbrook on the morning of July 4, 2019,"
        " before the pool opened for the summer. (Ivo Brandt)\n\n"
        "By Petra Lindqvist\n12 Mar 2021"
    )
    assert article.published == date(2021, 3, 12)
    article = _page(
        "Friday 12 March 2021 10:15, UK\n\n" + _MENU + "\n"
        "Old swimming baths saved by residents' petition\n\n"
        "Saved! At last.\n\n    — Ivo Brandt (@ivobrandt) March 10, 2021"
    )
    assert article.published == datetime(2021, 3, 12, 10, 15)
    # a long byline line is no running text when a separator or a label leads to its date
    article = _page(
        "  • News\n  • Sport\n\nOld swimming baths saved by residents' petition\n\n"
        "By Petra Lindqvist, Senior Local Government Correspondent, The Millbrook Gazette"
        " | Published March 12, 2021"
    )
    assert article.published == date(2021, 3, 12)
    article = _page(
        "  • News\n  • Sport\n\nOld swimming baths saved by residents' petition\n\n"
        "By Petra Lindqvist and Ivo Brandt, Local Government Reporters for the Millbrook"
        " Gazette, March 12, 2021"
    )
    assert article.published == date(2021, 3, 12)


def test_the_first_date_line_when_none_is_near_the_headline() -> None:
    # a date bar far above the headline; an update's date and a copyright line are skipped
    article = _page(
        "Last updated: March 14, 2021\n\n  • Copyright Millbrook Gazette, March 1, 2021\n\n"
        "Petra Lindqvist 27/03/2021\n\n" + _MENU + "\nMost read\n\n"
        "  • Town hall clock stops again\n  • Ferry timetable changes in spring\n"
        "  • Library opens on Sundays\n  • Market moves to the old quay\n\n"
        "Old swimming baths saved by residents' petition"
    )
    assert article.title == "Old swimming baths saved by residents' petition"
    assert article.published == date(2021, 3, 27)
    # ... but never a comment's date
    article = newsparse.parse(
        _MENU + "\nOld swimming baths saved by residents' petition\n\n" + BODY + "\n"
        "2 thoughts on “Old swimming baths saved by residents' petition”\n\n"
        "Ana Ruiz\nMarch 13, 2021 at 9:02 am\nLovely news for the town.\n\n"
        "Ivo Brandt\nMarch 13, 2021 at 11:40 am\nAbout time too.\n"
    )
    assert article.published is None


def test_a_year_less_date_by_the_headline_takes_the_copyright_year() -> None:
    header = (
        "  • News\n  • Sport\n\nOld swimming baths saved by residents' petition\n\n"
        "By Petra Lindqvist\n\nMar 12\n\n195 Shares"
    )
    article = newsparse.parse(header + "\n\n" + BODY + "\n\n© 2008-2021 Millbrook Gazette\n")
    assert article.published == date(2021, 3, 12)
    # no year anywhere on the page: none is made up
    assert _page(header).published is None


def test_a_date_under_an_update_label_alone_is_the_update_and_dates_the_page() -> None:
    article = _page(
        "  • News\n  • Sport\n\nOld swimming baths saved by residents' petition\n\n"
        "By\nPetra Lindqvist\nLast updated:\nMar 14, 2021, 2:15pm"
    )
    assert article.updated == datetime(2021, 3, 14, 14, 15)
    assert article.published == article.updated  # the page's only date (tests/test_dates_update.py)
    # ... but an update remarked in brackets, one element a line ("(updated" / "5/25/18" /
    # ") and"), is a link's note: no date of the page's
    article = _page(
        "  • News\n  • Sport\n\nOld swimming baths saved by residents' petition\n\n"
        "Terms of Use\n\n(updated\n5/25/18\n) and\n\nPrivacy Policy"
    )
    assert article.published is None


def test_a_date_in_a_list_of_teasers_is_not_the_page_date() -> None:
    teasers = "".join(
        f"{head}\n\n{day}\n\n"
        for head, day in [
            ("Town hall clock stops again", "May 15, 2019"),
            ("Ferry timetable changes in spring", "January 22, 2020"),
            ("Library opens on Sundays at last", "October 18, 2020"),
            ("Market moves to the old quay", "June 18, 2018"),
        ]
    )
    article = _page(
        "Petra Lindqvist March 12, 2021 10:15\n\n"
        + _MENU
        + "\nMORE STORIES LIKE THIS ONE\n\n"
        + teasers
    )
    assert article.published == datetime(2021, 3, 12, 10, 15)
    # teasers with titles of any length before their dates, above the headline
    article = _page(
        "  • News\n\nMost read\n  • Ferry timetable changes · March 1, 2021\n"
        "  • Library opens on Sundays · February 27, 2021\n  • Market moves · February 20, 2021"
        "\n\nOld swimming baths saved by residents' petition\n\nBy Petra Lindqvist"
    )
    assert article.published is None


def test_the_page_settles_the_order_of_a_numeric_date() -> None:
    header = (
        "  • News\n  • Sport\n\nOld swimming baths saved by residents' petition\n\n"
        "By Petra Lindqvist\n05/11/2019 10:15"
    )
    # another date on the page that can be read one way only: 25/11/2019 is day first
    article = _page(header + "\n\n  • Ferry timetable changes (25/11/2019)")
    assert article.published == datetime(2019, 11, 5, 10, 15)
    # ... 11/25/2019 month first, as is the default without evidence
    article = _page(header + "\n\n  • Ferry timetable changes (11/25/2019)")
    assert article.published == datetime(2019, 5, 11, 10, 15)
    assert _page(header).published == datetime(2019, 5, 11, 10, 15)


def test_a_name_led_date_line_is_kept_when_no_body_is_found() -> None:
    # the real-page reader finds no body here (the page is read in the reference layout),
    # but the date it found on a name-led line stays, whatever follows the date
    article = newsparse.parse(
        "Millbrook Parents\n\nMenu\n\nOld swimming baths saved by residents' petition\n\n"
        "Petra Lindqvist 27/03/2021 Comment! Swimming, Town and Council, Sport\n\n"
        "The council voted to keep the old swimming baths open.\n"
    )
    assert article.published == date(2021, 3, 27)


def test_page_title_split_at_inline_elements_is_the_headline() -> None:
    # BeautifulSoup: the <title> first (a section and the site after it), menus, then the
    # headline broken at its inline elements (an <em>, a kicker and a dash on lines of their own)
    article = newsparse.parse(
        "Pool row - Old 'Lido' baths saved by residents' petition | Local | "
        "Millbrook Gazette\n\n"
        + MENU
        + "\n\nPool row\n\n-\n\nOld\n\u2018Lido\u2019\nbaths saved by residents\u2019 petition\n\n"
        "Teasers\n\nA ferry timetable changed again\n\nNew lights for the harbour wall\n\n" + BODY
    )
    assert (
        article.title == "Pool row - Old \u2018Lido\u2019 baths saved by residents\u2019 petition"
    )


def test_page_title_with_a_hyphenated_site_name() -> None:
    article = newsparse.parse(
        "Old swimming baths saved by residents' petition - Mill-Town Gazette\n\n"
        + MENU
        + "\n\nSend us your photos\n\nOld swimming baths saved by\u00a0residents' petition\n\n"
        "Councillors changed their minds after a packed meeting in the town hall\n\n" + BODY
    )
    assert article.title == "Old swimming baths saved by residents' petition"


def test_bullet_first_line_is_no_page_title() -> None:
    article = newsparse.parse(
        "[          ]\n  • Follow Gazette Sports Followed\n  • \n\n  • News\n  • Sport\n\n"
        "Ad\n\n[          ]\n  • Follow Gazette Sports Followed\n  • \n\n"
        "Old swimming baths saved by residents' petition\n\n" + BODY
    )
    assert article.title == "Old swimming baths saved by residents' petition"


def test_empty_bullets_under_a_site_name_are_no_repeated_standfirst() -> None:
    article = newsparse.parse(
        "Gazette\n\n  •  \n  •  \n\n  • News\n  • Sport\n\n"
        "Old swimming baths saved by residents' petition\n\nBy Petra Lindqvist\n\n" + BODY
    )
    assert article.title == "Old swimming baths saved by residents' petition"
    assert article.authors == ("Petra Lindqvist",)


def test_emphasis_marks_leave_a_markdown_headline() -> None:
    article = newsparse.parse(
        "  * [News](https://gazette.test/news)\n  * [Sport](https://gazette.test/sport)\n\n"
        "# Old _Lido_ baths saved by residents' petition\n\nBy Petra Lindqvist\n\n" + BODY
    )
    assert article.title == "Old Lido baths saved by residents' petition"


def test_previous_next_row_is_never_the_headline() -> None:
    # the row repeats under the article and has the date right below it
    article = newsparse.parse(
        "  • News\n  • Sport\n\nGazette > News > 2021 > Old swimming baths saved by petition\n\n"
        "« Previous | Next »\n\n12.03.2021 10:15\n\n"
        "Old swimming baths saved by petition\n\n[pool.jpeg]\n\nSwimmers at the old pool.\n\n"
        + BODY
        + "\n« Previous | Next »\n"
    )
    assert article.title == "Old swimming baths saved by petition"


def test_guillemets_quoting_in_a_headline_are_no_arrows() -> None:
    article = _page(
        "  • News\n  • Sport\n\nLocal news\n\n"
        "Mayor of Millbrook: «The baths stay open for five more years»\n\n"
        "Councillors changed their minds after a packed meeting in the town hall.\n\n"
        "By Petra Lindqvist"
    )
    assert article.title == "Mayor of Millbrook: «The baths stay open for five more years»"


def test_share_button_naming_the_article_confirms_the_headline() -> None:
    article = _page(
        "  • News\n  • Sport\n\nOld swimming baths saved by residents' petition\n\n"
        "New, 12 comments\n\nThe vote was the closest in the council's history\n\n"
        "By Petra Lindqvist Mar 12, 2021, 7:53pm GMT\n\n  • Share this on Facebook\n\n"
        "Share All sharing options for: Old swimming baths saved by residents' petition"
    )
    assert article.title == "Old swimming baths saved by residents' petition"


def test_a_headline_naming_its_day_is_no_date_line() -> None:
    article = _page(
        "  • Home\n  • Harbour Notes\n\nHarbour Notes 11.18.20\n\nHarbour Notes 11.18.20\n\n"
        "The ferry is late again ... what a week for the harbour ...\n\n"
        "Author:\nPetra Lindqvist\nPublish date:\nNov 18, 2020"
    )
    assert article.title == "Harbour Notes 11.18.20"


def test_an_embedded_post_signature_is_no_cue_for_the_headline() -> None:
    first, rest = BODY.split("\n\n", 1)
    wrapped = "\n".join(textwrap.wrap(first, 50))  # the first paragraph, hard-wrapped
    article = newsparse.parse(
        "  • News\n  • Sport\n\nOld swimming baths saved by residents' petition\n\n"
        + wrapped
        + "\n\nSaved at last. Thank you all.\n\n"
        "    — Millbrook Swimmers (@millswim) March 12, 2021\n\n" + rest
    )
    assert article.title == "Old swimming baths saved by residents' petition"


def test_doubled_teaser_cards_are_not_the_headline() -> None:
    teasers = "".join(
        f"{t}\n\n{t}\n\n"
        for t in (
            "Ferry timetable changes again for the winter months",
            "New lights for the harbour wall are switched on",
            "Bakery on Mill Lane wins a national bread prize",
        )
    )
    article = _page(
        "  • News\n  • Sport\n\n" + teasers + "Old swimming baths saved by residents' petition\n\n"
        "But the repairs will take two years.\n\n[pool]\nPetra Lindqvist, @petral"
    )
    assert article.title == "Old swimming baths saved by residents' petition"


def test_a_page_in_french_writes_the_day_first() -> None:
    article = newsparse.parse(
        "  • Actualités\n  • Sport\n\nLes vieux bains sauvés par une pétition des habitants\n\n"
        "Par Petra Lindqvist\nPublié le 05/03/2021 à 10h15\n\n"
        "Le conseil a voté mardi pour garder les vieux bains ouverts pendant cinq ans, après une "
        "pétition signée par plus de quatre mille habitants de la ville et des villages voisins.\n\n"
        "Les travaux sur le toit et la chaudière coûteront environ deux cent mille euros, que le "
        "conseil prendra dans un fonds pour les équipements sportifs de la commune.\n"
    )
    assert article.published == datetime(2021, 3, 5, 10, 15)


def test_a_headline_with_its_byline_below_a_run_of_teasers() -> None:
    teasers = (
        "At the old bakery on Mill Lane, a family keeps baking the bread of their grandparents, "
        "one loaf at a time, every morning before dawn.\n\n"
        "Our favourite new places to swim\n\n"
        "The lido on the river is one of our favourite places added this year, and the water is "
        "warmer than you would think in early June.\n\n"
        "The walk that locals take on the longest night\n\n"
        "A night walk in the forest is one of many old winter customs that readers sent us, "
        "from lantern parades to the baking of small spiced cakes.\n\n"
        "Winter customs: our favourite reads\n\n"
    )
    article = newsparse.parse(
        "  • Places\n  • Food\n\n" + teasers + "Sign in • Join\n\n"
        "Old swimming baths saved by residents' petition\n\n"
        "by Petra Lindqvist March 12, 2021\n\n" + BODY
    )
    assert article.title == "Old swimming baths saved by residents' petition"
    assert article.authors == ("Petra Lindqvist",)
    assert not any("bakery" in p for p in article.paragraphs)


def test_a_headline_printed_whole_then_in_parts() -> None:
    article = _page(
        "  • News\n  • Sport\n\nMayor Ansel's $2M Pool Rescue -- APPROVED!!!\n\n"
        "Mayor Ansel\n\n$2M Pool Rescue ... APPROVED!!!!\n\n3/12/2021 7:11 AM GMT BY GAZETTE STAFF"
    )
    assert article.title == "Mayor Ansel's $2M Pool Rescue -- APPROVED!!!"


def test_markdown_heading_mark_on_a_line_of_its_own() -> None:
    article = newsparse.parse(
        "  * [News](https://gazette.test/news)\n  * [Sport](https://gazette.test/sport)\n\n"
        "## Most read\n\n#\n\nOld swimming baths saved by residents' petition\n\n"
        "## Councillors changed their minds after a packed meeting in the town hall.\n\n"
        "Petra Lindqvist\n\n" + BODY
    )
    assert article.title == "Old swimming baths saved by residents' petition"


def test_a_name_with_an_age_under_the_headline_is_a_byline_cue() -> None:
    first, rest = BODY.split("\n\n", 1)
    article = newsparse.parse(
        "  • News\n  • Sport\n\n  • Local\n\nOld swimming baths saved by residents' petition\n\n"
        "Petra Lindqvist • 8h\nShare Tweet Share\n\n  • Pools\n  • Council\n  • Millbrook\n\n"
        + first
        + "\n\nWhy the Vote Was Close\n\n"
        + rest
    )
    assert article.title == "Old swimming baths saved by residents' petition"


def test_a_stock_ticker_is_no_headline() -> None:
    ticker = (
        "MLB3078.02-0.24%HARBOUR43.14-0.6%FERRY & CO22.84-3.55%MILL GROUP42.48+1.29%TIDE IMMO31.9"
    )
    article = newsparse.parse(
        ticker + "\n\n" + ticker + "\n\n  • News\n  • Sport\n\n"
        "Old swimming baths saved by residents' petition\n\n" + BODY
    )
    assert article.title == "Old swimming baths saved by residents' petition"


def test_a_thank_you_for_supporting_banner_is_no_headline() -> None:
    first, rest = BODY.split("\n\n", 1)
    article = newsparse.parse(
        "  • News\n  • Sport\n\nThank you for supporting the Millbrook Gazette\n\n"
        "How did the residents save the old swimming baths?\n\n"
        "Published Friday 12 March 2021\n\n"
        + first
        + "\nThank you for supporting the Millbrook Gazette\n\n"
        + rest
    )
    assert article.title == "How did the residents save the old swimming baths?"


def test_a_menu_item_repeated_is_no_copy_of_the_headline() -> None:
    article = _page(
        "  • Live TV\n    + Live TV\n    + On now\n    + Gazette Today at 6am\n    + On demand\n"
        "    + Full schedule\n\nWATCH LIVE\n\nGazette Today at 6am\n\n"
        "The latest local news, weather and stories from your town.\n\n"
        "Old swimming baths saved by residents' petition in Millbrook\n\n"
        "The council changed its mind after a packed meeting\n\nBy Petra Lindqvist\n\n"
        "Published Mar 12, 2021 at 4:07 PM"
    )
    assert article.title == "Old swimming baths saved by residents' petition in Millbrook"


def test_a_headline_shortened_in_a_video_player_below() -> None:
    short = "Old Swimming Baths Saved by Petition"
    article = _page(
        "  • News\n  • Sport\n\nOld swimming baths saved by residents' petition in Millbrook\n\n"
        "By Petra Lindqvist\n\nPublished Mar 12, 2021 at 4:07 PM\n\n"
        "Receive the latest local updates in your inbox\n\nUP NEXT\n\n"
        f"{short}\n\n  • Link\n  • Embed\n\nMore videos (1 of 9)\n\n{short}\n\n"
        "Swimmers cheered the vote in the town hall. (Published Friday, March 12, 2021)"
    )
    assert article.title == "Old swimming baths saved by residents' petition in Millbrook"


def test_a_menu_item_under_an_empty_bullet_is_no_copy_of_the_headline() -> None:
    article = _page(
        "  • Live TV\n      □ Live TV\n      □ On now\n      □  \n        Gazette Today at 6am\n"
        "      □ On demand\n      □ Full schedule\n\nWATCH LIVE\n\nGazette Today at 6am\n\n"
        "The latest local news, weather and stories from your town.\n\n"
        "Old swimming baths saved by residents' petition in Millbrook\n\n"
        "The council changed its mind after a packed meeting\n\nBy Petra Lindqvist\n\n"
        "Published Mar 12, 2021 at 4:07 PM"
    )
    assert article.title == "Old swimming baths saved by residents' petition in Millbrook"
