"""Families of title misses on sites never seen, eighth round, on invented pages in the six
converters' renderings (every page here is invented: no text of a real page).

(1) A headline in title case over a short standfirst in sentence case, the byline under the
standfirst (``Islanders Cheer The New Hourly Ferry`` / ``One skipper said: "At last?"`` / ``By
Jane Doe``): the standfirst, nearer the byline, is no headline.

(2) A Japanese headline that glues Latin names to a few Japanese words (``tide-cli - RustでCSV
を速く扱う``: fewer than eight Japanese characters) is a Japanese headline too, and beats the
site's tagline over it; a label that sets Latin words apart from Japanese ones (``Harbor
PREMIUM 会員限定記事``) stays a label.
"""

from __future__ import annotations

import pytest

import newsparse
from newsparse import _title
from tests.test_title_families_round3 import HEADLINE as ROUND3_HEADLINE
from tests.test_title_families_round3 import RENDERINGS, SITE, Header

HEADLINE = "Ferry to run every hour from the first of May"


def _page(converter: str, header: Header, title: str) -> str:
    """The page in ``converter``'s rendering, BeautifulSoup's ``<title>`` naming ``title``."""
    page = RENDERINGS[converter](header)
    return page.replace(f"{ROUND3_HEADLINE} | {SITE}", f"{title} | {SITE}", 1)


# --- (1) a headline in title case over a standfirst in sentence case -----------------------------

TITLED = "Islanders Cheer As The Hourly Ferry Finally Comes To The Harbour After Ten Years"
QUOTED = 'One skipper said: "Why did it take ten years?"'


def _titled(headline: str, standfirst: str) -> Header:
    return [
        ("menu", ""),
        ("line", "Islands"),
        ("line", "Posted on 3 Mar 2021"),
        ("h1", headline),
        ("line", standfirst),
        ("line", "By Petra Lindqvist"),
        ("line", "Harbour Herald Staff Writer"),
    ]


@pytest.mark.parametrize("converter", RENDERINGS)
@pytest.mark.parametrize(
    "standfirst", [QUOTED, "The board adds two boats after a summer of queues"]
)
def test_a_titled_headline_beats_its_standfirst_nearer_the_byline(
    converter: str, standfirst: str
) -> None:
    page = _page(converter, _titled(TITLED, standfirst), TITLED)
    assert newsparse.parse(page).title == TITLED


@pytest.mark.parametrize("converter", RENDERINGS)
def test_a_kicker_in_title_case_over_the_headline_is_no_headline(converter: str) -> None:
    # (the kicker of four words in title case over the headline in sentence case, the byline
    # right under the headline: the headline still)
    header: Header = [
        ("menu", ""),
        ("line", "Island Life And Travel"),
        ("h1", HEADLINE),
        ("line", "By Petra Lindqvist"),
    ]
    assert newsparse.parse(_page(converter, header, HEADLINE)).title == HEADLINE


@pytest.mark.parametrize("converter", RENDERINGS)
def test_a_row_of_services_in_title_case_is_no_titled_headline(converter: str) -> None:
    # (a share row over the headline in sentence case, the byline under both)
    header: Header = [
        ("menu", ""),
        ("line", "Facebook Twitter Reddit Email WhatsApp"),
        ("h1", HEADLINE),
        ("line", "By Petra Lindqvist"),
    ]
    assert newsparse.parse(_page(converter, header, HEADLINE)).title == HEADLINE


def test_only_a_line_in_sentence_case_under_it_is_a_standfirst() -> None:
    def under(text: str) -> bool:
        lines = [TITLED, "", text]
        c = _title.Candidate(
            0, TITLED, TITLED, TITLED, TITLED.lower(), len(TITLED.split()), 1.0, "", 0, -1
        )
        return _title._titled_over_standfirst(lines, c)

    assert under(QUOTED)
    assert not under("Petra Lindqvist And Omar Haddad Report")  # (in title case too)
    assert not under("Posted on 3 Mar 2021 by the desk")  # (a stamp)
    assert not under("at sea")  # (a fragment)


# --- (2) Japanese headlines that glue Latin names to their words ---------------------------------

JA_SITE = "みなと新聞デジタル"
JA_MENU = ("ニュース", "地域", "交通", "天気", "くらし")
JA_BODY = (
    "港湾局は一日、大型連休の間、島と本土を結ぶ渡し船を一時間ごとに運航すると発表した。"
    "去年の夏は両方の桟橋に長い列ができ、多くの苦情が寄せられていた。",
    "北の造船所から買った新しい船二隻が加わり、古い船は冬の嵐や秋の遠足のための予備として"
    "残される。住民の運賃は変わらないが、観光客は少し多く払うことになる。",
    "港湾局によると、船員や燃料、桟橋の修理の費用をまかなうためだという。"
    "新しい時刻表は四月の半ばに港の事務所と駅で配られる予定だ。",
)
#: How each converter sets a menu's item, a list's item and a line of text: (bullet, indent).
JA_ITEM = {
    "w3m": ("  • ", ""),
    "lynx": ("     * ", "   "),
    "html2text": ("  * ", ""),
    "inscriptis": ("            * ", "          "),
    "resiliparse": ("• ", ""),
    "bs4": ("", ""),
}
#: w3m and lynx wrap a Japanese paragraph at this many characters (100 columns, two a character).
JA_WRAP = 48


def _ja_line(converter: str, kind: str, text: str) -> str:
    bullet, indent = JA_ITEM[converter]
    if kind == "menu":
        return "\n".join(bullet + m for m in JA_MENU)
    if kind == "item":
        return bullet + text
    if kind == "h1":
        return (
            "# " + text
            if converter == "html2text"
            else ("" if converter == "lynx" else indent) + text
        )
    return indent + text


def _ja_paragraph(converter: str, text: str) -> str:
    indent = JA_ITEM[converter][1]
    if converter not in ("w3m", "lynx"):
        return indent + text
    return "\n".join(indent + text[k : k + JA_WRAP] for k in range(0, len(text), JA_WRAP))


def _ja_page(converter: str, header: Header, title: str) -> str:
    """A Japanese page in ``converter``'s rendering; kinds as in :data:`Header`, and ``item`` (a
    list's item)."""
    first = [f"{title}｜{JA_SITE}"] if converter == "bs4" else []
    lines = [_ja_line(converter, kind, text) for kind, text in header]
    body = [_ja_paragraph(converter, p) for p in JA_BODY]
    return "\n\n".join(first + lines + body) + "\n"


JA_STAMP = "2021年3月1日（月） 08時15分"


GLUED = "tide-cli - RustでCSVを速く扱う"
TAGLINE = "プログラマ向けに毎日ツールを紹介"


@pytest.mark.parametrize("converter", JA_ITEM)
def test_a_headline_gluing_latin_names_beats_the_sites_tagline(converter: str) -> None:
    header: Header = [
        ("menu", ""),
        ("line", TAGLINE),
        ("line", TAGLINE + " - HARBORTOOLS"),
        ("h1", GLUED),
        ("item", "2021/03/01"),
    ]
    assert newsparse.parse(_ja_page(converter, header, GLUED)).title == GLUED


@pytest.mark.parametrize("converter", JA_ITEM)
def test_a_label_setting_latin_words_apart_stays_a_label(converter: str) -> None:
    # (``Harbor PREMIUM 会員限定記事`` under the stamp, a dated teaser under it)
    headline = "港の渡し船、大型連休中は毎時運航へ（港湾局）"
    header: Header = [
        ("menu", ""),
        ("h1", headline),
        ("line", JA_STAMP),
        ("line", "Harbor PREMIUM 会員限定記事"),
        ("item", "桟橋の改修工事が始まる 2021.2.28 Sun 8:15"),
    ]
    assert newsparse.parse(_ja_page(converter, header, headline)).title == headline
