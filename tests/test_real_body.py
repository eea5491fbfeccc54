"""Rules of the real-page body run on small invented layouts.

Each test is one general rule of where the article text starts and stops: a heading that ends
the body inside a dump that runs the whole page together, an inline "Related:" link label, the
rest of a hard-wrapped sentence that happens to read like a heading, a tall block of sponsored
teasers, image names that lynx wraps over several lines, and sub-headings of the article itself.
"""

from __future__ import annotations

import newsparse
from newsparse._generic import clean, is_junk

PARAS = (
    "The council voted on Tuesday to keep the old swimming baths open for another five years, "
    "after a petition signed by more than four thousand residents asked it to think again.",
    "Repairs to the roof and the boiler will cost about two hundred thousand pounds, which the "
    "council said it would take from a fund set aside for sports buildings in the district.",
    "The baths first opened in 1927 and still use the original tiled pool, which swimmers say "
    "is colder than any other in the county but also the most beautiful, by a long way.",
)
HEAD = "Old swimming baths saved by residents' petition"


def _body(article: newsparse.Article) -> str:
    return "\n".join(article.paragraphs)


def test_a_closing_heading_inside_a_run_together_dump_ends_the_body_there() -> None:
    # BeautifulSoup without blank lines: the whole page is one block
    article = newsparse.parse(
        f"{HEAD} | Gazette\n\nNews\nSport\nWeather\n{HEAD}\nBy Petra Lindqvist\n"
        + "\n".join(PARAS)
        + "\nRead more\nNew bus timetable for the valley\nCouncil tax to rise by two percent\n"
        "Library opening hours\nAbout us\nContact\n"
    )
    body = _body(article)
    assert PARAS[0][:40] in body
    assert PARAS[2][-40:] in body
    assert "timetable" not in body


def test_an_inline_related_label_does_not_end_the_body() -> None:
    article = newsparse.parse(
        f"{HEAD} | Gazette\n\nNews\nSport\n{HEAD}\nBy Petra Lindqvist\n"
        + PARAS[0]
        + "\nRelated:\nTen pools worth the journey\n"
        + "\n".join(PARAS[1:])
        + "\n\nAbout us\nContact\n"
    )
    assert PARAS[2][-40:] in _body(article)


def test_the_rest_of_a_wrapped_sentence_is_no_comments_heading() -> None:
    wrapped = (
        "The council leader said on Tuesday evening that she had read every one of the residents'\n"
        "comments before the vote.\n"
    )
    article = newsparse.parse(
        f"  • News\n  • Sport\n\n{HEAD}\n\nBy Petra Lindqvist\n\n"
        + PARAS[0]
        + "\n\n"
        + wrapped
        + "\n"
        + "\n\n".join(PARAS[1:])
        + "\n"
    )
    body = _body(article)
    assert "every one of the residents' comments before the vote." in body
    assert PARAS[2][-40:] in body


def test_a_tall_block_of_sponsored_teasers_is_not_the_body() -> None:
    teasers = [
        "Sponsored Links",
        "You May Like",
        "Finding Cheap Flights Is Now Easy, Say Travellers...",
        "Undo",
        "Old Farmhouse Bought For A Pound, But When They Looked Inside...",
        "Undo",
        "Doctors Stunned By This Simple Morning Habit, Try It Tonight",
        "Undo",
        "Garden Trick That Neighbours Hate, Watch The Video",
        "Undo",
        "The Sofa Everyone In The County Is Talking About, See Why",
        "Undo",
    ]
    article = newsparse.parse(
        f"  • News\n  • Sport\n\n{HEAD}\n\nBy Petra Lindqvist\n\n"
        + "\n\n".join(PARAS)
        + "\n\n"
        + "\n".join(teasers)
        + "\n\nAbout us\n"
    )
    body = _body(article)
    assert PARAS[2][-40:] in body
    assert "Farmhouse" not in body


def test_an_image_name_wrapped_by_lynx_is_an_artefact() -> None:
    name = (
        "   [thumb?size=980x653&amp;quality=80&amp;image=gazette-baths-2021-roof-repairs-photo-\n"
        "   by-the-council-press-office-ZmQ0YTZiOGI1NjFlNDkwYjk1YTAxZjM3NGQ5ZGUyNTQ3Zjg5YjQ1N2\n"
        "   Q4ZmI0Y2E1OGMxNjNmZDAyZjQ3YjY1ZTk2]\n"
    )
    article = newsparse.parse(
        f"  * News\n  * Sport\n\n{HEAD}\n\n   By Petra Lindqvist\n\n   "
        + PARAS[0]
        + "\n\n"
        + name
        + "\n   "
        + "\n\n   ".join(PARAS[1:])
        + "\n"
    )
    body = _body(article)
    assert PARAS[2][-40:] in body
    assert "ZmQ0" not in body
    assert "by-the-council" not in body


def test_a_bullet_with_only_an_image_name_is_an_artefact() -> None:
    assert is_junk("* [49510023.jpg?t=1612345678]")
    assert is_junk("• [gazette-logo]")
    assert not is_junk("* [Ten pools worth the journey](https://gazette.test/pools)")


def test_a_sub_heading_below_two_paragraphs_is_not_the_headline() -> None:
    article = newsparse.parse(
        "Gazette\n\n  • News\n  • Sport\n  • Weather\n  • Travel\n\nLocal\n\n"
        f"{HEAD}\n\n[pl-photo] Petra Lindqvist • 8h\nShare Tweet Share\n\n"
        + PARAS[0]
        + "\n\n"
        + PARAS[1]
        + "\n\nWhy the Old Baths Still Matter to the Town\n\n"
        + PARAS[2]
        + "\n"
    )
    assert article.title == HEAD
    assert PARAS[0][:40] in _body(article)


def test_a_list_of_headlines_each_said_twice_is_not_the_body() -> None:
    doubled = [
        "Ten pools worth the journey this summer and what they cost",
        "The lido that came back from the dead after forty years",
        "Why cold water swimming is good for you, say doctors",
        "Best swimming goggles for every budget, tested by readers",
        "Council tax to rise by two percent in the new year",
    ]
    article = newsparse.parse(
        f"  • News\n  • Sport\n\n{HEAD}\n\nBy Petra Lindqvist\n\n"
        + "\n\n".join(PARAS)
        + "\n\nPopular Today\n\n"
        + "\n".join(f" {k}. {t} {t}" for k, t in enumerate(doubled, 1))
        + "\n\nMore from the Gazette\n\n"
        + "\n".join(f" {k}. {t} {t}" for k, t in enumerate(reversed(doubled), 1))
        + "\n"
    )
    body = _body(article)
    assert PARAS[0][:40] in body
    assert "lido" not in body


def test_a_paragraph_of_one_long_sentence_is_prose() -> None:
    first = (
        "A second pool in the north of the town will also stay open for at least another year "
        "after the owners agreed to hand the building over to a trust set up by the swimmers "
        "themselves last week."
    )
    article = newsparse.parse(
        f"  • News\n  • Sport\n\n{HEAD}\n\nBy Petra Lindqvist\n\n"
        + first
        + "\n\n"
        + "\n\n".join(PARAS)
        + "\n"
    )
    assert article.paragraphs[0] == first


def test_teasers_with_summaries_below_a_related_heading_are_not_the_body() -> None:
    teasers = (
        "Lido reopens after forty years\nThe open-air pool by the river welcomed its first "
        "swimmers on Saturday morning, after a restoration that took almost three years.\n\n"
        "Cold water swimming: what doctors say\nA review of recent studies finds that regular "
        "swims in cold water may help sleep and mood, though the evidence is still thin.\n"
    )
    article = newsparse.parse(
        f"  • News\n  • Sport\n\n{HEAD}\n\nBy Petra Lindqvist\n\n"
        + "\n\n".join(PARAS)
        + "\n\nRelated coverage\n\n"
        + teasers
        + "\n  • About us\n  • Contact\n"
    )
    body = _body(article)
    assert PARAS[2][-40:] in body
    assert "Lido" not in body


def test_a_chinese_article_is_read_as_prose() -> None:
    paras = [
        "市图书馆周二宣布，老馆将在明年春天重新开放，修缮工程历时两年，共花费约三千万元。",
        "馆长表示，新馆保留了原有的木制书架和阅览室，同时增加了儿童区和一间可以容纳八十人的报告厅。",
        "不少市民在开放日前就来到门口排队，他们说这座建筑陪伴了几代人的成长，希望它能再用一百年。",
    ]
    menu = "\n".join(f"  • {w}" for w in ("首页", "新闻", "体育", "娱乐", "财经", "科技", "更多"))
    article = newsparse.parse(
        menu
        + "\n\n老图书馆修缮完毕 明春重新开放\n\n2024年3月12日 09:30\n\n"
        + "\n\n".join(paras)
        + "\n"
    )
    assert article.paragraphs == tuple(paras)


def test_raw_html_shown_without_scripts_is_an_artefact() -> None:
    pixel = (
        '<div style="position:absolute;"><img width=1 height=1 alt="" src="http://px.test/b?P=\n'
        "ZmQ0YTZiOGI1NjFlNDkwYjk1YTAxZjM3NGQ5ZGUyNTQ3Zjg5YjQ1N2&T=\n"
        '16mncrita%2fX%3d1489053188%2fE%3d2078709551"></div> <div style="position:absolute;\n'
        '"><img width=1 height=1 alt="" src="http://px.test/b?P=Q4ZmI0Y2E1OGMxNjNmZDAyZjQ3"></div>\n'
    )
    article = newsparse.parse(
        f"  • News\n  • Sport\n\n{HEAD}\n\nBy Petra Lindqvist\n\n"
        + PARAS[0]
        + "\n\n"
        + pixel
        + "\n"
        + "\n\n".join(PARAS[1:])
        + "\n"
    )
    body = _body(article)
    assert PARAS[2][-40:] in body
    assert "position" not in body
    assert "16mncrita" not in body


def test_a_markdown_link_with_a_very_long_address_is_cleaned() -> None:
    url = "https://ads.gazette.test/click/RV=1/RU=" + "aHR0cDovL25ld3MueWFob28uY28uanAv" * 20
    article = newsparse.parse(
        f"* [News](/news)\n* [Sport](/sport)\n\n# {HEAD}\n\nBy Petra Lindqvist\n\n"
        + PARAS[0]
        + f" [The council's minutes]({url}) are online.\n\n"
        + "\n\n".join(PARAS[1:])
        + "\n"
    )
    body = _body(article)
    assert "The council's minutes are online." in body
    assert "RV=1" not in body


def test_a_markdown_block_that_is_all_links_is_not_the_body() -> None:
    teasers = " ".join(
        f"[ ![{slug}.jpg](https://img.gazette.test/{slug}.jpg) {title} {summary} 2h ago ]"
        f"(https://gazette.test/{slug})"
        for slug, title, summary in (
            (
                "lido",
                "Lido reopens after forty years.",
                "The open-air pool by the river welcomed its first swimmers on Saturday, after "
                "a restoration that took almost three years and cost far more than planned. "
                "The council says the pool will stay open until the end of September, and that "
                "tickets for the first weekends have already sold out, so book early.",
            ),
            (
                "goggles",
                "Best swimming goggles, tested.",
                "Our readers tried twelve pairs in the sea, the lake and the old baths, and "
                "two cheap pairs came out on top, ahead of the famous brands by a long way.",
            ),
        )
    )
    article = newsparse.parse(
        f"* [News](/news)\n* [Sport](/sport)\n\n# {HEAD}\n\nBy Petra Lindqvist\n\n"
        + "\n\n".join(PARAS)
        + "\n\n© 2024 Gazette Media. All rights reserved.\n\nMore Local\n\n"
        + teasers
        + "\n"
    )
    body = _body(article)
    assert PARAS[2][-40:] in body
    assert "goggles" not in body


def test_a_notice_after_the_article_does_not_extend_the_body() -> None:
    article = newsparse.parse(
        f"  • News\n  • Sport\n\n{HEAD}\n\nBy Petra Lindqvist\n\n"
        + "\n\n".join(PARAS)
        + "\n\nSign up for our weekly newsletter and get the best of the Gazette in your inbox.\n\n"
        "  • About us\n  • Contact\n"
    )
    body = _body(article)
    assert PARAS[2][-40:] in body
    assert "newsletter" not in body


def test_the_copyright_line_ends_the_article() -> None:
    teasers = "\n\n".join(
        f"{title}\n{summary}"
        for title, summary in (
            (
                "Lido reopens after forty years",
                "The open-air pool by the river welcomed its first swimmers on Saturday morning, "
                "after a restoration that took almost three years and cost twice the estimate.",
            ),
            (
                "Cold water swimming: what doctors say",
                "A review of recent studies finds that regular swims in cold water may help sleep "
                "and mood, though the evidence is still thin and more trials are needed.",
            ),
        )
    )
    article = newsparse.parse(
        f"  • News\n  • Sport\n\n{HEAD}\n\nBy Petra Lindqvist\n\n"
        + "\n\n".join(PARAS)
        + "\n\n© 2024 Gazette Media Ltd.\n\nLocal\n\n"
        + teasers
        + "\n"
    )
    body = _body(article)
    assert PARAS[2][-40:] in body
    assert "Lido" not in body


def test_a_site_name_over_empty_share_buttons_is_a_real_page() -> None:
    article = newsparse.parse(
        "Gazette\n\n  •  \n  •  \n\n[gazette-logo]\n\n  • Home\n  • News\n  • Sport\n\n"
        f"{HEAD}\n\nBy Petra Lindqvist\n\n" + "\n\n".join(PARAS) + "\n\n  • About us\n  • Contact\n"
    )
    assert article.title == HEAD
    assert article.paragraphs == PARAS


def test_dated_headlines_in_a_related_box_do_not_end_the_article() -> None:
    related = "\n\n".join(
        f"    * {title} MARCH {day}, 2021"
        for title, day in (
            ("Council Puts the Old Swimming Baths Up for Sale", 2),
            ("Swimmers Start a Petition to Save the Town's Pool", 5),
            ("Roof Repairs at the Baths Will Cost More Than Expected", 8),
            ("Why the Old Baths Matter to the People of the Town", 10),
        )
    )
    more = (
        "The vote means the baths will open as usual on the first of May, and the swimming club "
        "has already asked for longer hours on summer evenings, which the council will consider.",
        "A survey of the building last year found that the main hall is sound, although the "
        "changing rooms will need new floors and the café kitchen must be rebuilt within a year.",
    )
    last = (
        "The petition's organisers said they would now raise money for a new diving board, the "
        "old one having been taken down in 1998 after a winter storm broke its concrete base."
    )
    article = newsparse.parse(
        f"  • News\n  • Sport\n\n{HEAD}\n\nBy Petra Lindqvist\n\nMarch 12, 2021\n\n"
        + "\n\n".join(PARAS + more)
        + "\n\n  Related Coverage\n\n"
        + related
        + "\n\n  Advertisement\n\n"
        + "\n\n".join((*PARAS, last))
        + "\n"
    )
    body = _body(article)
    assert more[0][:40] in body
    assert last in body
    assert "Petition" not in body


def test_a_hidden_copy_of_the_article_is_not_read_twice() -> None:
    copy = "Old swimming baths saved Petra Lindqvist 2021-03-12T10:15:00 " + " ".join(PARAS)
    article = newsparse.parse(
        f"  • News\n  • Sport\n\n{HEAD}\n\nBy Petra Lindqvist\n\n"
        + "\n\n".join(PARAS)
        + "\n\n  • Share\n  • Print\n\n"
        + copy
        + "\n\n  • About us\n  • Contact\n"
    )
    assert article.paragraphs == PARAS


def test_a_headline_found_below_the_article_does_not_cut_it() -> None:
    article = newsparse.parse(
        "Swimming Club News and Notes\n\n  • Home\n  • Contact\n\n"
        f"{HEAD}\n\nPetra Lindqvist 12/03/2021 Comment! Pools, Town\n\n"
        + "\n\n".join(PARAS)
        + "\n\n  • Share\n  • Print\n\nAbout the author\n\nSwimming Club News and Notes\n\n"
        "By Petra Lindqvist\n\n12 March 2021\n"
    )
    assert article.paragraphs == PARAS


def test_a_widget_that_repeats_the_headline_on_every_teaser_is_not_the_body() -> None:
    others = (
        "Lido reopens after forty years, with a new diving board and a café by the river",
        "Cold water swimming may help sleep and mood, say doctors after a review of studies",
        "Best swimming goggles for every budget, tested by readers in the sea and the lakes",
    )
    widget = "\n".join(f"  • {HEAD}, and what the town will do next\n    {o}" for o in others)
    article = newsparse.parse(
        f"  • News\n  • Sport\n\n{HEAD}\n\nBy Petra Lindqvist\n\n"
        + "\n\n".join(PARAS)
        + "\n\nLike this story? Share it with a friend!\n\nFollow us\nNews from partners\n"
        + widget
        + "\n\n  • About us\n  • Contact\n"
    )
    body = _body(article)
    assert PARAS[2][-40:] in body
    assert "goggles" not in body


def test_list_items_lose_only_their_opening_bullet() -> None:
    items = (
        (
            "The weather log: wind, sea state and visibility written by hand at nine,",
            "noon and three, as Ivo Brandt and the old keepers wrote them until 1984.",
        ),
        (
            "The brass: every fitting in the lantern room polished on Saturday mornings,",
            "before the first visitors come up the stairs from the keepers' cottage.",
        ),
    )
    article = newsparse.parse(
        f"  • News\n  • Sport\n\n{HEAD}\n\nBy Petra Lindqvist\n\n"
        + "\n\n".join(PARAS[:2])
        + "\n\n"
        + "\n".join(f"  • {first}\n    {rest}" for first, rest in items)
        + "\n\n"
        + PARAS[2]
        + "\n"
    )
    assert " ".join(f"{first} {rest}" for first, rest in items) in article.paragraphs


def test_photo_captions_with_a_closing_credit_are_not_paragraphs() -> None:
    captions = (
        "Swimmers queue at the door of the old baths on Tuesday morning, hours before the "
        "council met to vote on the future of the building. (Photo by Ivo Brandt/Gazette)",
        "2of4The tiled pool, built in 1927, is said to be the coldest in the county by the "
        "swimmers who use it every morning of the year. (Ana Ruiz/Gazette)",
        "Councillors leave the town hall after the vote on Tuesday evening, when the motion "
        "to keep the baths open passed by nine votes to four Credit: Ana Ruiz/Gazette",
    )
    article = newsparse.parse(
        f"  • News\n  • Sport\n\n{HEAD}\n\nBy Petra Lindqvist\n\n"
        + "\n\n".join(p for pair in zip(PARAS, captions, strict=True) for p in pair)
        + "\n"
    )
    assert article.paragraphs == PARAS


def test_embedded_post_signatures_do_not_split_the_article() -> None:
    last = "The swimming club will hold a party at the baths on the first Saturday in May."
    posts = "\n\n".join(
        f"{quote}\n\n    — Ivo Brandt (@ivobrandt) March {day}, 2021"
        for quote, day in (("The baths stay open! Thank you all.", 9), ("See you in May.", 10))
    )
    teasers = "\n\n".join(
        f"  • {t}"
        for t in (
            "Ferry pier to stay open for another year, the council says",
            "Storm damage closes the coast path at Kilbride for a month",
            "New bus timetable for the harbour villages starts in April",
        )
    )
    article = newsparse.parse(
        f"  • News\n  • Sport\n\n{HEAD}\n\nBy Petra Lindqvist\n\n"
        + "\n\n".join(PARAS[:2])
        + "\n\nPictures of the reopening\n\n"
        + teasers
        + "\n\n"
        + posts
        + "\n\n"
        + PARAS[2]
        + "\n\n"
        + last
        + "\n"
    )
    assert article.paragraphs[0] == PARAS[0]
    assert article.paragraphs[-1] == last


def test_a_click_here_promotion_after_the_article_is_not_the_body() -> None:
    article = newsparse.parse(
        f"  • News\n  • Sport\n\n{HEAD}\n\nBy Petra Lindqvist\n\n"
        + "\n\n".join(PARAS)
        + "\n\nGet the Gazette delivered to your door every week, 52 issues for £30. "
        "Click here for more information.\n\n  • About us\n  • Contact\n"
    )
    assert article.paragraphs == PARAS


def test_a_short_article_above_a_section_footer_keeps_its_section() -> None:
    article = newsparse.parse(
        "Tide mill news\n\n\n\nVolunteers spent two winters on the old wheel. It turns again "
        "today.\n\nMore in Harbour\n"
    )
    assert article.section == "Harbour"


def test_dates_between_related_headlines_do_not_end_the_article() -> None:
    related = "\n\n".join(
        f"{title}\n\nMARCH {day}, 2021"
        for title, day in (
            ("Council Puts the Old Swimming Baths Up for Sale", 2),
            ("Swimmers Start a Petition to Save the Town's Pool", 5),
            ("Roof Repairs at the Baths Will Cost More Than Expected", 8),
            ("Why the Old Baths Matter to the People of the Town", 10),
        )
    )
    more = (
        "A survey of the building last year found that the main hall is sound, although the "
        "changing rooms will need new floors and the café kitchen must be rebuilt within a year.",
        "The petition's organisers said they would now raise money for a new diving board, the "
        "old one having been taken down in 1998 after a winter storm broke its concrete base.",
    )
    after = (
        "Opening hours will stay as they are for now, with early swims from half past six on "
        "weekdays and family sessions on Sunday afternoons, the manager of the baths said.",
        "Lifeguards had feared for their jobs since the spring, when the first plans to sell the "
        "building were published, and several of them spoke at the meeting on Tuesday night.",
        "The county's sports board welcomed the decision and said it would help pay for new "
        "lockers and a ramp at the main entrance, so that every swimmer can reach the pool.",
        "Local schools, which bring about six hundred children to the baths each week for their "
        "lessons, had written to every councillor before the vote to ask them to keep it open.",
    )
    last = "The swimming club will hold a party at the baths on the first Saturday in May."
    article = newsparse.parse(
        f"News\nSport\n\n{HEAD}\n\nBy Petra Lindqvist\n\n"
        + "\n\n".join(PARAS + more)
        + "\n\nRelated Coverage\n\n"
        + related
        + "\n\nAdvertisement\n\n"
        + "\n\n".join((*after, last))
        + "\n"
    )
    assert article.paragraphs[0] == PARAS[0]
    assert article.paragraphs[-1] == last


def test_a_link_that_html2text_broke_over_lines_is_cleaned() -> None:
    assert clean('](/news/lido-reopens "Lido reopens")') == ""
    assert clean("[ Lido reopens after forty years") == "Lido reopens after forty years"
    assert clean("[Lido](/news/lido) reopens") == "Lido reopens"


def test_a_you_may_also_like_heading_in_portuguese_closes_the_body() -> None:
    paras = (
        "A câmara municipal decidiu na terça-feira manter a velha piscina aberta por mais cinco "
        "anos, depois de um abaixo-assinado com mais de quatro mil nomes.",
        "As obras no telhado e na caldeira vão custar cerca de duzentos mil euros, que a câmara "
        "vai tirar de um fundo reservado para os edifícios desportivos do concelho.",
    )
    teaser = (
        "Piscina do rio reabre depois de quarenta anos\nA piscina ao ar livre junto ao rio "
        "recebeu os primeiros nadadores no sábado, depois de três anos de obras."
    )
    article = newsparse.parse(
        "  • Notícias\n  • Desporto\n\nVelha piscina salva por abaixo-assinado\n\n"
        "Por Marta Lindqvist\n\n"
        + "\n\n".join(paras)
        + "\n\nVocê pode gostar...\n\n"
        + teaser
        + "\n"
    )
    assert article.paragraphs == paras


OTHER = (
    "A new cycle path along the river will open in the spring, the county said on Monday, "
    "after two years of work on the bridges and the old towpath between the two villages.",
    "Riders will be able to go from the station to the harbour without crossing a road, and "
    "the county expects about a thousand trips a day once the summer season has begun.",
    "The path cost a little under three million pounds, most of it from a national fund for "
    "walking and cycling routes that the county won in a contest against six other areas.",
)


def test_the_sites_legal_footer_ends_the_body() -> None:
    # a copyright line that reserves the rights is the site's footer: the long text the page
    # carries below it (another story's teaser) is not the article's, however long it is
    article = newsparse.parse(
        f"  • News\n  • Sport\n\n{HEAD}\n\nBy Petra Lindqvist\n\n"
        + "\n\n".join(PARAS)
        + "\n\n© 2021 Millbrook Gazette Ltd. All rights reserved.\n\n"
        + "\n\n".join(OTHER)
        + "\n\n  • About us\n  • Contact\n"
    )
    body = _body(article)
    assert PARAS[2][-40:] in body
    assert "cycle path" not in body


def test_a_photo_credit_inside_the_article_does_not_end_it() -> None:
    article = newsparse.parse(
        f"  • News\n  • Sport\n\n{HEAD}\n\nBy Petra Lindqvist\n\n"
        + "\n\n".join(PARAS[:2])
        + "\n\n© 2021 Jane Moreau\n\n"
        + "\n\n".join((PARAS[2], *OTHER))
        + "\n\n  • About us\n  • Contact\n"
    )
    assert OTHER[2][-40:] in _body(article)


def test_raw_markup_after_a_line_is_cut_off() -> None:
    # a page's script-less fallback (a tracking pixel) printed after an advert's text
    assert (
        clean('Win a weekend in the hills! <div style="position:absolute;"><img width=1 src="')
        == "Win a weekend in the hills!"
    )
    assert clean("Allowed tags: <em> <strong>") == "Allowed tags: <em> <strong>"
    assert clean("if a <b then c") == "if a <b then c"


JA_PARAS = (
    "市の図書館は来月から開館時間を延長し、平日は午後九時まで利用できるようにすると発表した。"
    "仕事帰りの利用者から要望が多く寄せられていたという。",
    "延長に合わせて、自習室の席を二十席増やし、夜間の案内係を新たに三人配置する。"
    "費用は年間およそ四百万円の見込みで、市の一般会計から支出する。",
    "図書館の館長は記者会見で「より多くの市民に本に親しんでもらいたい」と述べ、"
    "夏休み期間には子ども向けの読み聞かせ会も増やす考えを示した。",
)


def test_a_hard_wrap_inside_japanese_text_adds_no_space() -> None:
    wrapped = "\n\n".join(p[:30] + "\n" + p[30:] for p in JA_PARAS)
    article = newsparse.parse(
        "  • ニュース\n  • スポーツ\n\n図書館、平日の開館時間を午後九時まで延長へ\n\n"
        + wrapped
        + "\n\n  • 会社概要\n  • お問い合わせ\n"
    )
    assert JA_PARAS[0] in article.paragraphs
    assert JA_PARAS[1] in article.paragraphs


def test_a_list_that_a_paragraph_introduces_is_the_articles() -> None:
    # numbered picks under "…:", each with its shop link and image (w3m), the image names
    # splitting the list into blocks
    picks = [
        "Wool blanket, queen size, grey",
        "Hot water bottle with knitted cover",
        "Draught excluder for doors (2 pack)",
        "Thermal curtains, 140 x 230 cm",
        "Slippers with felt soles",
        "Oil-filled radiator, 7 fins",
    ]
    items = "".join(
        f"{k}) {pick}\nhttps://shop.invalid/p/{k}abc\n[{k}-300x300]\n"
        + ("\n" if k % 3 == 0 else "")
        for k, pick in enumerate(picks, 1)
    )
    article = newsparse.parse(
        f"  • News\n  • Sport\n\n{HEAD}\n\nBy Petra Lindqvist\n\n"
        + "\n\n".join(PARAS)
        + "\n\nAnd since the pool is still cold, here are our picks to keep warm after a swim "
        "this winter:\n\n" + items + "\n  • About us\n  • Contact\n"
    )
    body = _body(article)
    assert "Wool blanket" in body
    assert "Oil-filled radiator" in body
    assert "About us" not in body


def test_a_teaser_that_ends_in_read_now_is_not_the_articles() -> None:
    teaser = (
        "Why cold water makes swimmers happier\nWhy cold water makes swimmers happier\n"
        "A small study of open-water swimmers finds their mood lifts for hours.\nRead now"
    )
    article = newsparse.parse(
        f"  • News\n  • Sport\n\n{HEAD}\n\nBy Petra Lindqvist\n\n"
        + "\n\n".join(PARAS[:2])
        + f"\n\n{teaser}\n\n"
        + PARAS[2]
        + "\n\n  • About us\n  • Contact\n"
    )
    body = _body(article)
    assert PARAS[2][-40:] in body
    assert "mood lifts" not in body


def test_a_list_of_teasers_that_give_each_headline_twice_is_not_the_articles() -> None:
    teasers = [
        ("New cycle path opens along the river", OTHER[0]),
        ("County wins national fund for walking routes", OTHER[2]),
        ("Harbour trips expected to double by summer", OTHER[1]),
    ]
    listing = "".join(
        f"  • {head}\n    {head}\n    {summary[:90]}\n    {summary[90:]}\n"
        for head, summary in teasers
    )
    article = newsparse.parse(
        f"  • News\n  • Sport\n\n{HEAD}\n\nBy Petra Lindqvist\n\n"
        + "\n\n".join(PARAS)
        + f"\n\nLatest news\n\n{listing}\n  • About us\n  • Contact\n"
    )
    body = _body(article)
    assert PARAS[2][-40:] in body
    assert "cycle path" not in body


MENU = "Gazette\nNews\nSport\nWeather\nCulture\nTravel\nPodcasts\nVideo\nMenu\n"


def test_prose_under_a_menu_in_a_run_together_dump_starts_a_block() -> None:
    # BeautifulSoup: a tall menu, the headline and the article in one block
    towns = "".join(f"Ward {k}\n" for k in range(1, 80))
    article = newsparse.parse(
        f"{HEAD} | Gazette\n{MENU}{towns}{HEAD}\nPetra Lindqvist\n@plindqvist\nKey points\n"
        + "\n".join(PARAS)
        + "\nRelated Tags\nSwimming\nCouncil\n"
    )
    body = _body(article)
    assert PARAS[0][:40] in body
    assert PARAS[2][-40:] in body
    assert "Podcasts" not in body


def test_short_lines_under_the_last_paragraph_start_a_block() -> None:
    # the article's last paragraph, then teasers with their dates, without a blank line
    teasers = "".join(
        f"{head}\n  • By Gazette staff\n  • 11/20/2021 0{k}:14 PM\n"
        for k, head in enumerate(
            [
                "Bus fares frozen",
                "New library hours",
                "Harbour wall repaired",
                "Fun run on Sunday",
                "Market moves indoors",
            ]
        )
    )
    article = newsparse.parse(
        f"{MENU}\n{HEAD}\n\nBy Petra Lindqvist\nMarch 12, 2021 10:43\n"
        + "\n".join(PARAS)
        + "\n"
        + teasers
        + "\nAbout us\nContact\n"
    )
    body = _body(article)
    assert PARAS[0][:40] in body
    assert "Bus fares" not in body


def test_an_image_caption_opened_by_its_label_is_not_the_articles() -> None:
    caption = (
        "Image copyright Jane Moreau Image caption Swimmers in the old pool, whose tiles have "
        "not been changed since it opened in 1927"
    )
    article = newsparse.parse(
        f"  • News\n  • Sport\n\n{HEAD}\n\nBy Petra Lindqvist\n\n"
        + "\n\n".join((PARAS[0], caption, *PARAS[1:]))
        + "\n\n  • About us\n  • Contact\n"
    )
    body = _body(article)
    assert PARAS[2][-40:] in body
    assert "Jane Moreau" not in body


def test_a_gallery_that_gives_each_caption_twice_is_not_the_articles() -> None:
    captions = [
        "Swimmers queue at the gate of the old baths before the doors open on a cold morning in "
        "March, as the council meets to decide. (Jane Moreau/Gazette)",
        "The tiled pool, unchanged since 1927, seen from the gallery where parents watch their "
        "children learn to swim every Saturday. (Jane Moreau/Gazette)",
        "A lifeguard checks the water temperature, which rarely climbs above twenty degrees even "
        "in the height of summer. (Jane Moreau/Gazette)",
    ]
    gallery = "3\n" + "".join(f"{c}\n{k}of3{c}\n" for k, c in enumerate(captions, 1))
    article = newsparse.parse(
        f"  • News\n  • Sport\n\n{HEAD}\n\nBy Petra Lindqvist\n\n"
        + "\n\n".join((PARAS[0], gallery, *PARAS[1:]))
        + "\n\n  • About us\n  • Contact\n"
    )
    body = _body(article)
    assert PARAS[2][-40:] in body
    assert "lifeguard" not in body


STRAIGHT, CURLY = "'", "’"


def test_a_teaser_card_that_repeats_its_headline_below_is_not_the_articles() -> None:
    # each card: the image's text (author, date, headline, section), then the headline again
    cards = [
        ("Ada Brook", "Will the new ferry timetable work for commuters?", "Travel"),
        ("Tom Reyes", "Is the castle museum ready for its reopening?", "Culture"),
        ("Lena Fox", "Could the town's oldest bakery close this spring?", "Business"),
        ("Max Ortega", "What did the new bridge really cost the county?", "News"),
    ]
    feed = "".join(
        f"{name} • February 1{k}, 2021 {head} {section}\n\n{head.replace(STRAIGHT, CURLY)}\n\n"
        for k, (name, head, section) in enumerate(cards)
    )
    article = newsparse.parse(
        f"  • News\n  • Sport\n\n{HEAD}\n\nBy Petra Lindqvist\n\n"
        + "\n\n".join(PARAS)
        + f"\n\nFan Feed\n\n{feed}  • About us\n  • Contact\n"
    )
    body = _body(article)
    assert PARAS[2][-40:] in body
    assert "bakery" not in body


def test_posts_under_a_you_may_also_like_heading_each_with_a_share_row_end_the_body() -> None:
    # each post under the heading carries the same share row: a list, however long its texts
    posts = "".join(f"Share   Tweet   Save\n\n{text}\n\n" for text in (*OTHER, *PARAS[::-1]))
    article = newsparse.parse(
        f"  • News\n  • Sport\n\n{HEAD}\n\nBy Petra Lindqvist\n\n"
        + "\n\n".join(PARAS)
        + f"\n\nYou may also like\n\n{posts}  • About us\n  • Contact\n"
    )
    body = _body(article)
    assert PARAS[2][-40:] in body
    assert "cycle path" not in body
