"""Families of title misses on sites the rules were not written on, on invented pages in the
converters' forms (every page here is invented: no text of a real page).

(b) BeautifulSoup writes one element a line, often with no blank line between them: the
headline stands in a run of menu items and dates, and is worded a little otherwise than the
page's ``<title>`` (BeautifulSoup's first line), or joined to the site's name by a mark with no
spaces around it (``見出し：新聞``).
"""

from __future__ import annotations

import pytest

import newsparse

# the article under every header below, one paragraph a line as BeautifulSoup writes them
BODY = (
    "The ferry between the two islands will run every hour from the first of May, the harbour "
    "board said on Monday, after a summer of long queues on both piers and many complaints.\n"
    "Two new boats bought from a yard in the north will join the old one, which will be kept "
    "as a spare for the winter storms and for the school trips in the autumn term each year.\n"
    "Fares stay the same for residents, while visitors will pay a little more in the summer "
    "months to cover the cost of the crews, the fuel and the repairs to the landing stages.\n"
)

MENU = "Skip Navigation\nNews\nSport\nWeather\nIslands\nSign In\nMenu\nTravel\n"


# --- (b) the headline in a run of one-element lines --------------------------------------------


def test_bs4_headline_worded_otherwise_than_the_title_in_a_run_of_lines() -> None:
    # (the <title> is the desk's shorter wording; the page's <h1> stands among the menu's
    # items and the dates, no blank line around it)
    page = (
        "Island ferry to run every hour from May as queues grow | Harbour Herald\n"
        + MENU
        + "Island ferry will run every hour from May after queues grow on both piers\n"
        "Published Mon, Mar 3 2021\n10:32 AM EST\nPetra Lindqvist\n\n" + BODY
    )
    assert (
        newsparse.parse(page).title
        == "Island ferry will run every hour from May after queues grow on both piers"
    )


def test_bs4_a_row_of_tags_worded_as_the_title_is_no_headline() -> None:
    page = (
        "Island ferry to run every hour from May | Harbour Herald\n\nNews\n\n"
        "Ferry, Islands, Harbour, May\n\n"
        "Island ferry to run every hour from May\n\nMarch 3, 2021\n\n" + BODY
    )
    assert newsparse.parse(page).title == "Island ferry to run every hour from May"


def test_bs4_a_piece_of_a_split_sentence_is_no_headline() -> None:
    # (a sentence split at its link: the piece after the link opens with a comma)
    page = (
        "Island ferry to run every hour from May, harbour board says | Harbour Herald\n"
        + MENU
        + "Island ferry to run every hour from May\nBy\nPetra Lindqvist\n"
        ", harbour board reporter on the islands from May\nMarch 3, 2021\n\n" + BODY
    )
    assert newsparse.parse(page).title == "Island ferry to run every hour from May"


JA_BODY = (
    "島と島を結ぶ渡し船は五月一日から一時間ごとに運航すると、港の委員会が月曜日に発表した。"
    "夏の間、両方の桟橋に長い列ができ、多くの苦情が寄せられていた。\n"
    "北の造船所から買った新しい船二隻が加わり、古い船は冬の嵐や秋の遠足のための予備として"
    "残される。住民の運賃は変わらないが、夏の観光客は少し多く払うことになる。\n"
    "委員会によると、船員や燃料、桟橋の修理の費用をまかなうためだという。"
    "新しい時刻表は四月の半ばに港の事務所と駅で配られる予定だ。\n"
)


def test_bs4_cjk_title_joined_to_the_site_name_without_spaces() -> None:
    # (the <title> joins headline and site with a full-width colon; teaser headlines and
    # menu labels stand around the headline, which has its date right under it)
    page = (
        "渡し船、五月から毎時運航へ　港の行列解消ねらう：港新聞デジタル\n"
        "メニューをとばして本文へ\nニュース\n社会\n"
        "ニュース一覧\n"
        "山の駅に新しい待合室が完成　来月から利用開始\n"
        "記事\n"
        "渡し船、五月から毎時運航へ　港の行列解消ねらう\n"
        "2021年3月1日 13時16分\nシェア\n\n" + JA_BODY
    )
    assert newsparse.parse(page).title == "渡し船、五月から毎時運航へ 港の行列解消ねらう"


# --- (a) a call to the reader or a section's label above the headline --------------------------
# (said again further down the page, the call looked like a headline repeated in a share line,
# and the real headline under it like a standfirst under a headline)

HEADLINE = "Ferry to run every hour from the first of May"
CALL = "Discover the picks of our editors this week"
FOOTER_CALL = "\n" + CALL + "\n\nAbout us\n"


def _w3m(top: str, headline: str = HEADLINE) -> str:
    return (
        "The Harbour Herald\n\n• News • Sport • Weather\n\n"
        f"{top}\n\n{headline}\n\nPetra Lindqvist\nMarch 3, 2021\n\n" + _paras("") + FOOTER_CALL
    )


def _lynx(top: str, headline: str = HEADLINE) -> str:
    return (
        "   #alternate\n\n   The Harbour Herald\n     * News\n     * Sport\n\n"
        f"   {top}\n\n{headline}\n\n   Petra Lindqvist\n   March 3, 2021\n\n"
        + _paras("   ")
        + FOOTER_CALL
    )


def _html2text(top: str, headline: str = HEADLINE) -> str:
    return (
        "[Skip to content](#main)\n\n  * [News](/news)\n  * [Sport](/sport)\n\n"
        f"{top}\n\n# {headline}\n\nPetra Lindqvist\n\nMarch 3, 2021\n\n" + _paras("") + FOOTER_CALL
    )


def _inscriptis(top: str, headline: str = HEADLINE) -> str:
    return (
        "  The Harbour Herald\n    News\n    Sport\n\n"
        f"      {top}\n\n          {headline}\n\n      Petra Lindqvist\n      March 3, 2021\n\n"
        + _paras("      ")
        + FOOTER_CALL
    )


def _resiliparse(top: str, headline: str = HEADLINE) -> str:
    return (
        "The Harbour Herald\n• News\n• Sport\n\n"
        f"{top}\n\n{headline}\n\nPetra Lindqvist\nMarch 3, 2021\n\n" + _paras("") + FOOTER_CALL
    )


def _bs4(top: str, headline: str = HEADLINE) -> str:
    return (
        f"{headline[:24]} | Harbour Herald\n\nNews\n\nSport\n\n"
        f"{top}\n\n{headline}\n\nPetra Lindqvist\n\nMarch 3, 2021\n\n" + BODY + FOOTER_CALL
    )


def _paras(indent: str) -> str:
    return "\n".join(indent + line + "\n" for line in BODY.splitlines())


RENDERINGS = {
    "w3m": _w3m,
    "lynx": _lynx,
    "html2text": _html2text,
    "inscriptis": _inscriptis,
    "resiliparse": _resiliparse,
    "bs4": _bs4,
}


@pytest.mark.parametrize("converter", RENDERINGS)
def test_a_call_to_the_reader_above_the_headline_is_no_headline(converter: str) -> None:
    page = RENDERINGS[converter](CALL)
    assert newsparse.parse(page).title == HEADLINE


@pytest.mark.parametrize("converter", RENDERINGS)
def test_a_banner_about_the_page_above_the_headline_is_no_headline(converter: str) -> None:
    banner = "This article is more than 4 years old"
    page = RENDERINGS[converter](banner).replace(CALL, banner)
    assert newsparse.parse(page).title == HEADLINE


# --- a headline that opens with a byline's word, or holds a tag in brackets ----------------------


@pytest.mark.parametrize("converter", RENDERINGS)
def test_a_german_headline_opening_with_von_is_no_byline(converter: str) -> None:
    # (``Von`` is "by" and "from": a line that opens with it and names no one is a headline)
    headline = "Von Fähren lernen: Ein Sommer am Hafen der Inseln"
    page = RENDERINGS[converter]("Hafen", headline)
    assert newsparse.parse(page).title == headline


@pytest.mark.parametrize("converter", RENDERINGS)
def test_a_headline_with_a_tag_in_brackets(converter: str) -> None:
    for headline in ("Ferry to run every hour from May [Review]", "[Update] Ferry to run hourly"):
        page = RENDERINGS[converter]("Harbour", headline)
        assert newsparse.parse(page).title == headline


@pytest.mark.parametrize("converter", RENDERINGS)
def test_an_image_in_brackets_is_still_no_headline(converter: str) -> None:
    page = RENDERINGS[converter]("Harbour").replace(HEADLINE, "[image] Ferry at the pier")
    assert newsparse.parse(page).title != "[image] Ferry at the pier"


# --- a writer's name with the date under it, above the headline ----------------------------------


@pytest.mark.parametrize("converter", RENDERINGS)
def test_a_line_of_names_above_the_headline_is_no_headline(converter: str) -> None:
    # (the byline and the date stand above the headline: the names' line has the date under
    # it, the headline has none)
    page = RENDERINGS[converter]("Tomas Berg\n\n2 March 2021", "Ferry to run every hour from May")
    page = page.replace("Petra Lindqvist", "").replace("March 3, 2021", "")
    assert newsparse.parse(page).title == "Ferry to run every hour from May"


# --- a row of share buttons of the services of an earlier web ------------------------------------


@pytest.mark.parametrize("converter", RENDERINGS)
def test_a_row_of_old_share_services_is_no_headline(converter: str) -> None:
    row = "Digg Facebook StumbleUpon Delicious MySpace Twitter"
    page = RENDERINGS[converter](row).replace(CALL, row)
    assert newsparse.parse(page).title == HEADLINE
