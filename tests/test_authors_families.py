"""Byline families shared by several sites, each in every converter's rendering.

Each family is a way pages set their writer that the header reader once missed or misread,
seen on several sites of the shared corpora. Every page here is invented (no corpus text), in
the forms the six converters give it: w3m's and resiliparse's plain lines and ``•`` bullets,
lynx's three-space indent and ``*`` bullets, html2text's Markdown links and ``#`` headings,
inscriptis' nesting indent, BeautifulSoup's one element a line under the ``<title>``.
"""

from __future__ import annotations

import pytest

import newsparse
from newsparse._generic_header import bare_byline

HEADLINE = "Ferry timetable doubles as the harbour bridge closes"
PARAGRAPHS = (
    "The harbour ferry will sail twice an hour from Monday while the old swing bridge is "
    "closed for repairs, the port office said, and the first boat leaves at six.",
    "Cyclists may take their bikes on board without a ticket, and the town has set up a "
    "waiting room in the former customs house beside the slipway for the winter months.",
    "The repairs should take until spring, when the bridge's new gears arrive from the "
    "foundry, and the council hopes the extra sailings will keep the market busy until then.",
)


def _body(indent: str = "", gap: str = "\n\n") -> str:
    return gap.join(indent + p for p in PARAGRAPHS) + "\n"


def _authors(page: str) -> tuple[str, ...]:
    return newsparse.parse(page).authors


# --- a name above the headline, beside its age ----------------------------------------------

#: name / age / headline, in each converter's rendering
ABOVE_WITH_AGE = {
    "w3m": (
        "  • Home\n  • Harbour\n\nMira Castell\nvor 3 Stunden\n\n" + HEADLINE + "\n\n" + _body()
    ),
    "lynx": (
        "     * Home\n     * Harbour\n\n   Mira Castell\n   vor 3 Stunden\n\n"
        + HEADLINE
        + "\n\n"
        + _body("   ")
    ),
    "html2text": (
        "  * [Home](/)\n  * [Harbour](/harbour)\n\n[Mira Castell](/autor/mira-castell)\n\n"
        "vor 3 Stunden\n\n# " + HEADLINE + "\n\n" + _body()
    ),
    "inscriptis": (
        "  * Home\n  * Harbour\n\n      Mira Castell\n      vor 3 Stunden\n\n    "
        + HEADLINE
        + "\n\n"
        + _body("      ")
    ),
    "resiliparse": (
        "• Home\n• Harbour\n\nMira Castell\n\nvor 3 Stunden\n\n" + HEADLINE + "\n\n" + _body()
    ),
    "bs4": (
        HEADLINE
        + " | Harbour News\nHome\nHarbour\nMira Castell\nvor 3 Stunden\n"
        + HEADLINE
        + "\n"
        + _body(gap="\n")
    ),
}


@pytest.mark.parametrize("converter", sorted(ABOVE_WITH_AGE))
def test_a_name_above_the_headline_beside_its_age(converter: str) -> None:
    assert _authors(ABOVE_WITH_AGE[converter]) == ("Mira Castell",)


# --- an image's name before a labelled byline (w3m, lynx write an image as [its name]) ------

#: headline / [photo] By name, its update and a share button on the same line
PHOTO_THEN_LABEL = {
    "w3m": (
        "  • Home\n  • Harbour\n\n"
        + HEADLINE
        + "\n\n[a81f03c2e9] By Mira Castell Last updated Nov 8, 2023 Share this story:   Share\n"
        + "212\nShare\n\n"
        + _body()
    ),
    "lynx": (
        "     * Home\n     * Harbour\n\n"
        + HEADLINE
        + "\n\n   [mira-castell-150x150.jpg] By Mira Castell Last updated Nov 8, 2023\n"
        + "   212\n   Share\n\n"
        + _body("   ")
    ),
}


@pytest.mark.parametrize("converter", sorted(PHOTO_THEN_LABEL))
def test_an_image_name_before_a_labelled_byline(converter: str) -> None:
    assert _authors(PHOTO_THEN_LABEL[converter]) == ("Mira Castell",)


# --- a CJK name alone on its line over the date (BeautifulSoup's one element a line) --------

CJK_HEADLINE = "港口渡轮加开班次，旧吊桥冬季停用维修"
CJK_BODY = (
    "港务处周一表示，旧吊桥维修期间，渡轮每小时开两班，首班船早上六点从南码头出发，末班船晚上十点返航。\n"
    "骑车的市民可以免费带自行车上船，镇政府还把码头旁的旧海关大楼改成了候船室，整个冬天都会开放。\n"
    "维修工程预计要到明年春天才能完成，届时新的齿轮将从铸造厂运到，议会希望加开的班次能让集市保持热闹。\n"
)


def _cjk_bs4(name_line: str) -> str:
    return (
        CJK_HEADLINE
        + " | 港口日报\n首页\n港口\n"
        + CJK_HEADLINE
        + "\n"
        + name_line
        + "\n2023-11-08 14:27:02\n"
        + CJK_BODY
    )


def test_a_cjk_name_alone_over_the_date() -> None:
    assert _authors(_cjk_bs4("林晓岚")) == ("林晓岚",)


@pytest.mark.parametrize("label", ["发布时间", "기사수정", "最終更新"])
def test_a_cjk_date_label_over_the_date_is_no_name(label: str) -> None:
    assert _authors(_cjk_bs4(label)) == ()


# --- a byline under the standfirst, which the body reader takes for the first paragraph -----

STANDFIRST = (
    "With the swing bridge shut all winter, the harbour's two old ferries will carry the whole "
    "town, and the port office hopes the weather holds."
)
#: a photo's caption, dated, above the headline: the page's date is read there, so the
#: byline under the standfirst is not found beside the date line
CAPTION = "Ferries wait at the south quay after the bridge closed in the old\nPorthaven, on Oct. 21, 2023.\nSupport us"
UNDER_STANDFIRST = {
    "w3m": (
        "  • Home\n  • Harbour\n\n"
        + CAPTION
        + "\n\n"
        + HEADLINE
        + "\n\n"
        + STANDFIRST
        + "\nMira Castell, Ivo Brandt\n"
        "November 8 2023, 3:18 p.m.\n\nIn partnership with\nDonate\n" + _body()
    ),
    "lynx": (
        "     * Home\n     * Harbour\n\n   "
        + CAPTION
        + "\n\n"
        + HEADLINE
        + "\n\n   "
        + STANDFIRST
        + "\n   Mira Castell, Ivo Brandt\n   November 8 2023, 3:18 p.m.\n\n   In partnership with\n"
        "   Donate\n" + _body("   ")
    ),
    "inscriptis": (
        "  * Home\n  * Harbour\n\n      "
        + CAPTION
        + "\n\n    "
        + HEADLINE
        + "\n\n      "
        + STANDFIRST
        + "\n      Mira Castell, Ivo Brandt\n      November 8 2023, 3:18 p.m.\n\n"
        "      In partnership with\n      Donate\n" + _body("      ")
    ),
    "resiliparse": (
        "• Home\n• Harbour\n\n"
        + CAPTION
        + "\n\n"
        + HEADLINE
        + "\n\n"
        + STANDFIRST
        + "\n\nMira Castell, Ivo Brandt\n"
        "November 8 2023, 3:18 p.m.\n\nIn partnership with\n\nDonate\n\n" + _body()
    ),
}


@pytest.mark.parametrize("converter", sorted(UNDER_STANDFIRST))
def test_a_byline_and_its_date_under_the_standfirst(converter: str) -> None:
    assert _authors(UNDER_STANDFIRST[converter]) == ("Mira Castell", "Ivo Brandt")


def test_a_sentence_after_a_glued_brand_is_no_byline() -> None:
    # "Instead of CloudFlare you may use another service": a capital inside a brand is no seam
    # between a name and a profile link, and the line under the headline is no byline
    line = "Anstatt CloudPort können Sie einen anderen Dienst nutzen, alle stehen im Hafenamt."
    assert bare_byline(line, HEADLINE) is None
    assert _authors("  • Home\n  • Harbour\n\n" + HEADLINE + "\n\n" + line + "\n\n" + _body()) == ()


# --- html2text: what is left of a link nested in a link, in the byline ---------------------


@pytest.mark.parametrize(
    ("line", "found"),
    [
        (
            "by [[Mira Castell](mailto: mira.castell@example.org)](/author/mira-castell/index.html)"
            " [@miracastell](https://twitter.com/miracastell) November 8, 2023: 3:42 PM ET",
            ("Mira Castell",),
        ),
        (
            "[![](http://img.example.org/face/mc.jpg?crop/80x80) ](javascript:void\\(0\\)) "
            "林晓岚2023-11-08 14:27:02",
            ("林晓岚",),
        ),
    ],
)
def test_html2text_a_byline_inside_nested_links(line: str, found: tuple[str, ...]) -> None:
    page = "  * [Home](/)\n  * [Harbour](/harbour)\n\n# " + HEADLINE + "\n\n" + line + "\n\n"
    assert _authors(page + _body()) == found


# --- a piece of a wrapped caption or standfirst is no byline (w3m and lynx wrap lines) ------

WRAPPED = {
    "caption's last line, with a photo credit, beside the date (lynx)": (
        "     * Home\n     * Harbour\n\n   " + HEADLINE + "\n\n"
        "   Ferries wait at the south quay while the swing bridge is mended beside the old Saint\n"
        "   Olaves Wharf, Porthaven Photo: LENA OST\n\n   9:39AM GMT 08 Nov 2023\n\n" + _body("   ")
    ),
    "caption wrapped over a dated line, right above the body (w3m)": (
        "  • Home\n  • Harbour\n\n"
        + HEADLINE
        + "\n\n"
        + "\n".join(f"  • Teaser {n}" for n in range(30))
        + "\n\nFerries wait at the south quay while the swing bridge is mended at the Valley\n"
        "Mill Works, in Porthaven, Cornwall, Monday, November 6, 2023. LENA OST / HARBOUR PRESS\n\n"
        + _body()
    ),
    "standfirst's long line going on in lower case below (lynx)": (
        "     * Home\n     * Harbour\n\n   " + HEADLINE + "\n\n"
        "   Sailings doubled from Monday while the bridge is shut for the winter months.\n"
        "   Affected Porthaven, Saint Olaves, Mill Quay and the two islands beyond the 1400\n"
        "   metres of the old causeway. Fares stay the same.\n"
        "   Published on 8 November 2023 Last changed 8 November 2023 12:02\n\n" + _body("   ")
    ),
}


@pytest.mark.parametrize("case", sorted(WRAPPED))
def test_a_piece_of_a_wrapped_caption_or_standfirst_is_no_byline(case: str) -> None:
    assert _authors(WRAPPED[case]) == ()


# --- a name beside a link to the writer's own account (an author's box) --------------------

#: headline / name / its account link, in each converter's rendering
WITH_ACCOUNT = {
    "w3m": "  • Home\n  • Harbour\n\n" + HEADLINE + "\n\nMira Castell\n\nTwitter\n\n" + _body(),
    "lynx": (
        "     * Home\n     * Harbour\n\n   "
        + HEADLINE
        + "\n\n   Mira Castell\n\n   Twitter\n\n"
        + _body("   ")
    ),
    "html2text": (
        "  * [Home](/)\n  * [Harbour](/harbour)\n\n# " + HEADLINE + "\n\n"
        '[Mira Castell](/author/mira-castell/ "Posts by Mira Castell")'
        "[ _Twitter_](https://twitter.com/miracastell) Harbour & Culture Writer\n\n" + _body()
    ),
    "inscriptis": (
        "  * Home\n  * Harbour\n\n    "
        + HEADLINE
        + "\n\n      Mira Castell Twitter Harbour & Culture Writer\n\n"
        + _body("      ")
    ),
    "resiliparse": "• Home\n• Harbour\n\n" + HEADLINE + "\n\nMira Castell\n\nTwitter\n\n" + _body(),
    "bs4": (
        HEADLINE
        + " | Harbour News\nHome\nHarbour\n"
        + HEADLINE
        + "\nMira Castell\nTwitter\n"
        + _body(gap="\n")
    ),
}


@pytest.mark.parametrize("converter", sorted(WITH_ACCOUNT))
def test_a_name_beside_a_link_to_the_writers_account(converter: str) -> None:
    assert _authors(WITH_ACCOUNT[converter]) == ("Mira Castell",)


def test_a_name_over_a_share_row_is_no_byline() -> None:
    page = "  • Home\n  • Harbour\n\n" + HEADLINE + "\n\nMira Castell\nTwitter\nFacebook\nEmail\n\n"
    assert _authors(page + _body()) == ()
