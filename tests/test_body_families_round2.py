"""More families of body misses that many sites share (invented pages, no real text), each
written as the six converters print it: w3m and lynx hard-wrap (lynx indents prose three
spaces and lists five), html2text writes Markdown, inscriptis indents lists, resiliparse keeps
a block a line with ``•`` bullets, bs4 opens with the page's ``<title>`` and runs the whole
page together a line an element. Each family has its must-not cases beside it: the tempting
cut that would be wrong."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

import newsparse
from tests.ferry import PARAGRAPHS, wrap

HEADLINE = "Hourly ferries from May as two new boats join the island route"
MENU = ("Home", "News", "Islands", "Weather", "Sport")
BYLINE = "By Petra Lindqvist"
DATE = "March 4, 2021"
FOOTER = "© 2021 The Island Gazette. All rights reserved."
KINDS = ("w3m", "lynx", "html2text", "inscriptis", "resiliparse", "bs4")

#: A block of a page: ``("p", text)`` a paragraph, ``("h", text)`` a sub-heading,
#: ``("ul", items)`` a bulleted list, ``("ol", items)`` a numbered one, ``("teasers", items)``
#: a list of linked headlines each in a block of its own (a related box's cards).
Block = tuple[str, str | tuple[str, ...]]


def _paragraph(kind: str, text: str) -> str:
    if kind == "w3m":
        return wrap(text, 78)
    if kind == "lynx":
        return wrap(text, 76, "   ")
    return text


def _heading(kind: str, text: str) -> str:
    if kind == "html2text":
        return f"### {text}"
    if kind == "inscriptis":
        return text
    return text


def _list(kind: str, items: Sequence[str], *, numbered: bool) -> str:
    """A list of the article's (``<ul>`` or ``<ol>`` of ``<li>`` with text)."""
    marks = [f"{k}." for k in range(1, len(items) + 1)] if numbered else None
    if kind == "w3m":
        return "\n".join(
            wrap(t, 78, "    ").replace("    ", f" {marks[k]} " if marks else "  • ", 1)
            for k, t in enumerate(items)
        )
    if kind == "lynx":
        return "\n".join(
            wrap(t, 76, "       ").replace("       ", f"    {marks[k]} " if marks else "     * ", 1)
            for k, t in enumerate(items)
        )
    if kind in ("html2text", "inscriptis"):
        return "\n".join(f"  {marks[k] if marks else '*'} {t}" for k, t in enumerate(items))
    if kind == "resiliparse":
        return "\n".join(f"{marks[k]} {t}" if marks else f"  • {t}" for k, t in enumerate(items))
    return "\n".join(items)


def _teasers(kind: str, items: Sequence[str]) -> str:
    """A box of linked headlines, each ``<li>`` holding a block (a card): lynx sets each
    bullet alone on a line and the headline unindented under it."""
    if kind == "w3m":
        return "\n\n".join(wrap(t, 78, "    ").replace("    ", "  • ", 1) for t in items)
    if kind == "lynx":
        return "     *\n\n" + "\n     *\n\n".join(items)
    if kind == "html2text":
        return "\n".join(f"  * [{t}](/story/{k})" for k, t in enumerate(items))
    if kind == "inscriptis":
        return "\n".join(f"  * {t}" for t in items)
    if kind == "resiliparse":
        return "\n".join(f"  • {t}" for t in items)
    return "\n".join(items)


def _block(kind: str, block: Block) -> str:
    what, body = block
    if what == "p":
        assert isinstance(body, str)
        return _paragraph(kind, body)
    if what == "h":
        assert isinstance(body, str)
        return _heading(kind, body)
    assert isinstance(body, tuple)
    if what == "teasers":
        return _teasers(kind, body)
    return _list(kind, body, numbered=what == "ol")


def _page(kind: str, blocks: Sequence[Block], *, tail: Sequence[str] = ()) -> str:
    """A page: menu, headline, byline and date, the ``blocks``, the ``tail`` lines (a box
    under the article) and the site's footer; bs4 runs it all together a line a block."""
    head = f"# {HEADLINE}" if kind == "html2text" else HEADLINE
    top = [f"{HEADLINE} | The Island Gazette"] if kind == "bs4" else []
    menu = ["   ".join(MENU)] if kind in ("w3m", "lynx") else ["\n".join(MENU)]
    if kind == "html2text":
        menu = ["\n".join(f"  * [{m}](/{m.lower()})" for m in MENU)]
    parts = [*top, *menu, head, BYLINE, DATE, *(_block(kind, b) for b in blocks), *tail, FOOTER]
    return "\n\n".join(parts) + "\n"


def _paras(blocks: Sequence[Block]) -> tuple[str, ...]:
    """The paragraphs the article's blocks give: one a paragraph, a heading, a list item."""
    out: list[str] = []
    for what, body in blocks:
        if isinstance(body, str):
            out.append(body)
        elif what != "teasers":
            out.extend(body)
    return tuple(out)


#: more of the article's paragraphs, for the blocks set between its paragraphs
MORE = (
    "The harbour board expects the hourly boats to carry twice as many cars by the end of "
    "the summer, and it has asked both councils to widen the roads that lead down to the piers.",
    "A public meeting on the new timetable will be held in the school hall on the last "
    "Thursday of April, when the ferry company's managers will answer questions from residents.",
)
P = PARAGRAPHS


# --- a list of the article's sentences, at its end or inside it ----------------------------------

#: the article's list: each item a sentence that ends in its full stop
RULES = (
    "Cars must book a place on the boat a day ahead of the crossing.",
    "Bicycles travel free on every boat, as they do now.",
    "Dogs on a lead are welcome on the open deck but not in the cafe.",
)
ENDING_LISTS: tuple[tuple[Block, ...], ...] = (
    (("ul", RULES),),
    (("ol", RULES),),
    (("h", "What changes for passengers"), ("ul", RULES)),
)


@pytest.mark.parametrize("ending", ENDING_LISTS)
@pytest.mark.parametrize("kind", KINDS)
def test_a_list_of_sentences_that_ends_the_article_is_its_body(
    kind: str, ending: tuple[Block, ...]
) -> None:
    blocks: tuple[Block, ...] = (("p", P[0]), ("p", P[1]), ("p", P[2]), *ending)
    article = newsparse.parse(_page(kind, blocks))
    assert article.paragraphs[:3] == P
    assert " ".join(article.paragraphs[3:]) == " ".join(_paras(ending))


@pytest.mark.parametrize("kind", KINDS)
def test_a_list_of_sentences_inside_the_article_is_its_body(kind: str) -> None:
    blocks: tuple[Block, ...] = (
        ("p", P[0]),
        ("p", P[1]),
        ("ul", RULES),
        ("p", P[2]),
        ("p", MORE[0]),
    )
    article = newsparse.parse(_page(kind, blocks))
    assert " ".join(article.paragraphs) == " ".join((P[0], P[1], *RULES, P[2], MORE[0]))


#: teasers under the article: headlines that end no sentence (a cut one ends in ``…``, a loud
#: one in ``!``), and headlines over their summary
TEASER_LISTS = (
    (
        "Lighthouse keepers' cottages on the north cape to become a museum",
        "Storm damage closes the north pier for a week as the council counts the cost",
        "School trips to the seal colony resume in June after two years",
    ),
    (
        "Lighthouse keepers' cottages on the north cape will become a museum…",
        "Storm damage closes the north pier for a week, and the council counts…",
        "Seal colony trips are back!",
    ),
)


@pytest.mark.parametrize("teasers", TEASER_LISTS)
@pytest.mark.parametrize("kind", KINDS[:5])  # (bs4 prints no bullets: its lists are lines)
def test_a_list_of_teasers_under_the_article_stays_out_of_its_body(
    kind: str, teasers: tuple[str, ...]
) -> None:
    blocks: tuple[Block, ...] = (("p", P[0]), ("p", P[1]), ("p", P[2]), ("ul", teasers))
    assert newsparse.parse(_page(kind, blocks)).paragraphs == P


# --- a listicle's numbered sub-headings ------------------------------------------------------------

STEPS = ("1. More boats on the route", "2. New fares in summer", "3. A meeting for residents")
LISTICLE: tuple[Block, ...] = (
    ("p", P[0]),
    ("h", STEPS[0]),
    ("p", P[1]),
    ("p", MORE[0]),
    ("h", STEPS[1]),
    ("p", P[2]),
    ("h", STEPS[2]),
    ("p", MORE[1]),
)


@pytest.mark.parametrize("kind", KINDS)
def test_the_numbered_sub_headings_of_a_listicle_are_its_body(kind: str) -> None:
    article = newsparse.parse(_page(kind, LISTICLE))
    assert article.paragraphs == _paras(LISTICLE)


@pytest.mark.parametrize("kind", KINDS)
def test_numbered_headlines_of_a_most_read_list_are_no_sub_headings(kind: str) -> None:
    # numbered one under the other, no paragraph under each: a most-read list under the article
    most_read = ("1. Storm closes the north pier", "2. Seal trips are back", "3. A new museum")
    blocks: tuple[Block, ...] = (("p", P[0]), ("p", P[1]), ("p", P[2]))
    page = _page(kind, blocks, tail=("Most read", "\n".join(most_read)))
    assert newsparse.parse(page).paragraphs == P


# --- a box of teaser cards inside the article (lynx sets each card's bullet apart) ----------------

CARDS = (
    "Lighthouse cottages to become a museum",
    "Storm damage closes the north pier",
    "School trips to the seal colony resume",
)


@pytest.mark.parametrize("kind", KINDS)
def test_teaser_cards_under_a_heading_inside_the_article_are_not_its_body(kind: str) -> None:
    blocks: tuple[Block, ...] = (
        ("p", P[0]),
        ("p", P[1]),
        ("h", "More from the Islands"),
        ("teasers", CARDS),
        ("p", P[2]),
        ("p", MORE[0]),
        ("p", MORE[1]),
    )
    assert newsparse.parse(_page(kind, blocks)).paragraphs == (*P, *MORE)


@pytest.mark.parametrize("kind", KINDS[:5])  # (bs4 prints no bullets: its cards are lines)
def test_teaser_cards_inside_the_article_are_not_its_body(kind: str) -> None:
    blocks: tuple[Block, ...] = (
        ("p", P[0]),
        ("p", P[1]),
        ("teasers", CARDS),
        ("p", P[2]),
        ("p", MORE[0]),
        ("p", MORE[1]),
    )
    assert newsparse.parse(_page(kind, blocks)).paragraphs == (*P, *MORE)


@pytest.mark.parametrize("kind", ["lynx", "html2text"])
def test_a_bullet_set_apart_over_one_paragraph_keeps_it(kind: str) -> None:
    # one item holding a paragraph (a bullet alone above it, once): the article's prose
    item = "     *\n\n" + P[1] if kind == "lynx" else "  * \n\n" + P[1]
    page = _page(kind, (("p", P[0]),), tail=(item, _paragraph(kind, P[2])))
    assert newsparse.parse(page).paragraphs == P


# --- a figure inside Chinese or Japanese text that w3m or lynx wrapped -----------------------------

#: a Japanese paragraph (invented) whose figures fall at a hard wrap, and its wrapped lines
JA_PARAGRAPH = (
    "港湾局は月曜日、北の島と南の島を結ぶフェリーを5月から毎時運航すると発表した。新しい船は"
    "17日に到着し、乗組員は7人から10人に増える。"
)
JA_WRAPS = (
    (
        "港湾局は月曜日、北の島と南の島を結ぶフェリーを5月から毎時運航すると発表した。新しい船は17",
        "日に到着し、乗組員は7人から10人に増える。",
    ),
    (
        "港湾局は月曜日、北の島と南の島を結ぶフェリーを5月から毎時運航すると発表した。新しい船は",
        "17日に到着し、乗組員は7人から10人に増える。",
    ),
)


@pytest.mark.parametrize("lines", JA_WRAPS)
@pytest.mark.parametrize("indent", ["", "   "])
def test_a_wrap_beside_a_figure_in_japanese_text_adds_no_space(
    lines: tuple[str, str], indent: str
) -> None:
    page = (
        "島の新しいフェリー、5月から毎時運航\n\n"
        + "".join(f"{indent}{line}\n" for line in lines)
        + f"\n{indent}{PARAGRAPHS_JA[1]}\n\n{indent}{PARAGRAPHS_JA[2]}\n"
    )
    assert JA_PARAGRAPH in newsparse.parse(page).paragraphs


@pytest.mark.parametrize(
    ("before", "after", "joined"),
    [
        ("The crossing takes 17", "minutes now.", "The crossing takes 17 minutes now."),
        ("The ferry Island 2", "leaves at nine.", "The ferry Island 2 leaves at nine."),
        ("フェリーは最新のBoat 2", "号です。", "フェリーは最新のBoat 2 号です。"),
    ],
)
def test_a_wrap_beside_a_figure_in_latin_text_keeps_its_space(
    before: str, after: str, joined: str
) -> None:
    from newsparse._text import join_lines

    assert join_lines([before, after]) == joined


#: two more Japanese paragraphs (invented) that make the page an article
PARAGRAPHS_JA = (
    JA_PARAGRAPH,
    "住民の運賃は変わらないが、夏の観光客は少し多く払うことになる。港湾局は燃料と桟橋の修理の費用を"
    "まかなうためだと説明した。",
    "新しい時刻表についての説明会は、4月の最後の木曜日に学校のホールで開かれる予定だ。会社の担当者が"
    "住民の質問に答える。",
)


# --- an article's own list of dated sentences ------------------------------------------------------

#: an article's own timeline: a paragraph introduces it, each item a dated sentence
TIMELINE = (
    "3 March 2021: the harbour board votes for the hourly timetable.",
    "20 March 2021: the two new boats leave the yard in the north.",
    "1 May 2021: the first hourly boat leaves the north pier at six.",
)


@pytest.mark.parametrize("kind", KINDS)
def test_an_articles_timeline_of_dated_sentences_stays_in_its_body(kind: str) -> None:
    intro = "The board set out the dates for the new service in a letter to residents:"
    blocks: tuple[Block, ...] = (("p", P[0]), ("p", P[1]), ("p", intro), ("ul", TIMELINE))
    article = newsparse.parse(_page(kind, (*blocks, ("p", P[2]))))
    assert " ".join(article.paragraphs) == " ".join((P[0], P[1], intro, *TIMELINE, P[2]))


# --- a German related-posts heading under the article ----------------------------------------------


@pytest.mark.parametrize("heading", ["Ähnliche Beiträge", "Verwandte Artikel", "Mehr vom Autor"])
@pytest.mark.parametrize("kind", KINDS)
def test_a_german_related_posts_heading_ends_the_body(kind: str, heading: str) -> None:
    teasers = (
        "Die Fähre zur Nordinsel fährt ab Mai stündlich, sagt der Hafenmeister.",
        "Sturmschäden am Nordpier: Die Reparaturen dauern länger als erwartet.",
    )
    blocks: tuple[Block, ...] = (("p", P[0]), ("p", P[1]), ("p", P[2]))
    page = _page(kind, blocks, tail=(_heading(kind, heading), *teasers))
    assert newsparse.parse(page).paragraphs == P


@pytest.mark.parametrize("kind", KINDS)
def test_a_sentence_that_opens_with_related_words_stays_in_the_body(kind: str) -> None:
    # a paragraph of the article that opens with the heading's words (no heading: a sentence)
    more = (
        "Weitere Beiträge zur Fähre will der Hafenrat im Sommer in der Inselzeitung drucken lassen."
    )
    blocks: tuple[Block, ...] = (("p", P[0]), ("p", P[1]), ("p", more), ("p", P[2]))
    assert newsparse.parse(_page(kind, blocks)).paragraphs == (P[0], P[1], more, P[2])


# --- a list a paragraph introduces, a link under each item ----------------------------------------

PICKS = (
    "1) Wool blanket for the open deck, grey",
    "2) Flask with a cup in the lid",
    "3) Waterproof bag for bicycles",
    "4) Folding stool for the pier queue",
)
PICKS_INTRO = "For those who will wait on the piers this summer, here are our picks for the queue:"


def _picks_page(kind: str, tail: Sequence[str] = ()) -> str:
    """The article, then a paragraph that introduces its picks with a colon, each pick a block
    with its shop's bare link in a block of its own below it (a blank line between)."""
    shop = [f"https://shop.invalid/p/{k}" for k in range(1, len(PICKS) + 1)]
    if kind == "html2text":
        shop = [f"[{link}]({link})" for link in shop]
    picks = [part for pick, link in zip(PICKS, shop, strict=True) for part in (pick, link)]
    blocks: tuple[Block, ...] = (*(("p", p) for p in P), ("p", PICKS_INTRO))
    return _page(kind, (*blocks, *(("p", x) for x in picks)), tail=tail)


@pytest.mark.parametrize("kind", KINDS)
def test_picks_that_a_paragraph_introduces_stay_the_articles_past_their_links(kind: str) -> None:
    body = " ".join(newsparse.parse(_picks_page(kind)).paragraphs)
    assert all(pick in body for pick in PICKS)


@pytest.mark.parametrize("kind", KINDS)
def test_a_numbered_list_under_a_heading_below_the_picks_is_not_the_articles(kind: str) -> None:
    most_read = ("1) Storm closes the north pier", "2) Seal trips are back", "3) A new museum")
    tail = ("Most read", *(_paragraph(kind, t) for t in most_read))
    body = " ".join(newsparse.parse(_picks_page(kind, tail)).paragraphs)
    assert PICKS[-1] in body
    assert "Seal trips" not in body


# --- dated teasers, each under a section label, between the article's first lines and its rest ---

#: a related box's teasers: a headline, its day and its section's label, a block each
DATED_TEASERS = (
    ("Harbour board buys a second ferry from the north yard", "May 15, 2019", "ISLAND NEWS"),
    ("The old ferry's last winter on the island route", "January 22, 2020", "FEATURES"),
    ("Seal colony trips resume after two quiet years", "January 12, 2018", "TRAVEL"),
    ("What the new timetable means for school trips", "October 18, 2019", "EDUCATION"),
)
#: the article's longer part, below the box
REST = (
    "The harbour board expects the hourly boats to carry twice as many cars by the end of the "
    "summer, and it has asked both councils to widen the roads that lead down to both piers, "
    "where queues of cars now reach back past the church on most weekend mornings in July.",
    "A public meeting on the new timetable will be held in the school hall on the last Thursday "
    "of April, when the ferry company's managers will answer questions from residents about "
    "fares, the winter service and the repairs that the landing stages still need this year.",
    "The company says the two new boats are quieter and use less fuel than the old one, which "
    "has crossed the sound four times a day for thirty years and will now be kept as a spare "
    "for the winter storms, for the school trips and for the busiest weekends of the summer.",
)


@pytest.mark.parametrize("kind", KINDS)
def test_dated_teasers_under_section_labels_do_not_end_the_article(kind: str) -> None:
    box: list[Block] = [("h", "More stories like this one")]
    for headline, day, label in DATED_TEASERS:
        box += [("h", headline), ("h", day), ("h", label)]
    blocks: tuple[Block, ...] = (("p", P[0]), ("p", P[1]), *box, *(("p", r) for r in REST))
    body = " ".join(newsparse.parse(_page(kind, blocks)).paragraphs)
    assert all(r in body for r in REST)
    assert not any(headline in body for headline, _, _ in DATED_TEASERS)


@pytest.mark.parametrize("kind", KINDS)
def test_dated_posts_each_with_a_summary_still_end_the_article(kind: str) -> None:
    # posts each with a summary under the label: a list of posts, not the article's rest
    box: list[Block] = []
    for headline, day, label in DATED_TEASERS:
        summary = f"{headline} was the most read story of the week on the island, again."
        box += [("h", headline), ("h", day), ("h", label), ("p", summary)]
    blocks: tuple[Block, ...] = (*(("p", p) for p in (*P, *REST)), *box)
    assert newsparse.parse(_page(kind, blocks)).paragraphs == (*P, *REST)


# --- an image's caption glued under a paragraph (lynx) --------------------------------------------

CAPTION_LINES = (
    "Image copyright Ingrid Sand/Harbour Press",
    "Image caption The old ferry leaves the north pier on a winter morning",
)


def _glued_caption_page(kind: str, caption: Sequence[str]) -> str:
    """The article with an image's caption lines under its first paragraph: glued to it (no
    blank line) by w3m and lynx, a block of their own elsewhere."""
    first = _paragraph(kind, P[0])
    indent = "   " if kind == "lynx" else ""
    glue = "\n" if kind in ("w3m", "lynx") else "\n\n"
    figure = first + glue + "\n".join(indent + line for line in caption)
    blocks: tuple[Block, ...] = (("p", P[1]), ("p", P[2]))
    page = _page(kind, blocks)
    return page.replace(_paragraph(kind, P[1]), figure + "\n\n" + _paragraph(kind, P[1]), 1)


@pytest.mark.parametrize("kind", KINDS)
def test_an_image_caption_glued_under_a_paragraph_is_not_the_body(kind: str) -> None:
    assert newsparse.parse(_glued_caption_page(kind, CAPTION_LINES)).paragraphs == P


@pytest.mark.parametrize("kind", ["w3m", "lynx"])
def test_a_wrapped_line_that_opens_with_image_words_stays_in_its_paragraph(kind: str) -> None:
    # a sentence's wrapped rest that happens to open with "Image" (no full stop above it)
    text = (
        "The harbour board has asked the island's photographers for pictures of the old ferry for "
        "an exhibition, and the board says that any image caption must name the photographer."
    )
    page = _page(kind, (("p", P[0]), ("p", text), ("p", P[2])))
    assert newsparse.parse(page).paragraphs == (P[0], text, P[2])


# --- html2text's emphasis in underscores ------------------------------------------------------------

#: the article's paragraphs with words in italics, as html2text marks them (``_…_``)
EMPHASISED = (
    "The ferry, which the _Island Gazette_ first called _the slow boat_ in 1990, will run every "
    "hour from May, the harbour board said.",
    "Its captain read from _Seal Song_ , the islands' old ballad, at the launch; the crew then "
    "sang the _Harbour Hymn_.",
    "Fares stay the same for residents, said the board's chair, who called the new timetable "
    "_overdue_ and the old one _a scandal._",
)


@pytest.mark.parametrize("kind", KINDS)
def test_words_in_underscores_are_read_without_them(kind: str) -> None:
    plain = tuple(t.replace("_", "").replace(" ,", ",") for t in EMPHASISED)
    marked = EMPHASISED if kind == "html2text" else plain
    blocks: tuple[Block, ...] = tuple(("p", t) for t in marked)
    assert newsparse.parse(_page(kind, blocks)).paragraphs == plain


@pytest.mark.parametrize(
    "line",
    ["a file_name_here.jpg", "the snake_case name", "_jk_", "12. _ImbaGer_ says:", "Name ________"],
)
def test_underscores_of_names_and_fields_stay(line: str) -> None:
    from newsparse._generic import clean

    assert clean(line) == line


# --- a box of teasers inside the article, each a headline over its writer and day -------------------

#: the box's teasers: a headline, then its writer in a one-item list, the day under it
BOX_TEASERS = (
    ("Lighthouse keepers' cottages to become a museum", "Ivo Brandt", "Jul 17, 2019"),
    ("Storm damage closes the north pier for a week", "Marta Olsen", "Mar 9, 2020"),
    ("School trips to the seal colony resume in June", "Tomas Berg", "Aug 23, 2018"),
)


#: the article's paragraphs below the box
REST_AFTER_BOX = (
    "Islanders who work on the mainland say the hourly boats will let them come home for lunch "
    "on the days they start late, something the old timetable never allowed them to do.",
    "The board will look again at the timetable in the autumn, after counting how many cars and "
    "foot passengers each boat carried over the summer months and on the busiest weekends.",
    "Shops near the north pier expect more visitors too, and two of them have already said they "
    "will open on Sundays from May, when the first of the hourly boats comes into the harbour.",
)


@pytest.mark.parametrize("kind", KINDS[:5])  # (bs4 prints no bullets: a writer's line is a line)
def test_teasers_with_their_writer_and_day_inside_the_article_do_not_split_it(kind: str) -> None:
    teasers = [
        _heading(kind, headline) + "\n\n" + _list(kind, (writer,), numbered=True) + "\n" + day
        for headline, writer, day in BOX_TEASERS
    ]
    first: tuple[Block, ...] = tuple(("p", p) for p in (*P, *MORE))
    rest = tuple(_paragraph(kind, r) for r in REST_AFTER_BOX)
    page = _page(kind, (*first, ("h", "Recommended")), tail=(*teasers, *rest))
    body = " ".join(newsparse.parse(page).paragraphs)
    assert all(p in body for p in (*P, *MORE, *REST_AFTER_BOX))
    assert not any(headline in body for headline, _, _ in BOX_TEASERS)
