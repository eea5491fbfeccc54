"""Comment families of round 10, in every converter's rendering (invented threads, no real text).

- A social network's comment plugin in Italian, Polish, Turkish and Dutch: the name, the text,
  then the buttons and the compact age of the language on one line under it (``Mi piace ·
  Rispondi · 5 g``, ``Lubię to! · Odpowiedz · 9 godz.``, ``Beğen · Yanıtla · 2 hf``, ``Vind ik
  leuk · Beantwoorden · 9 u``). Must not: a list of related articles under an Italian article,
  each a writer and a compact age over a title (``Redazione · 5 g``), with no reply button.
- A blog theme that writes the date first and the name after a dash (``April 28, 2024 at 9:05
  AM — Orla Fenwick``) over the text and a ``Reply`` link: the name after the dash is the
  writer. (bs4 writes the date, the dash and the name on three lines: not read yet.) Must not:
  a live blog's entries, each a time, a dash and a sentence of news, stay the article's.

- A forum thread whose posts open with their number and the writer on one line (``#12
  Orla Fenwick``, lynx's ``[16]#12 [17]Orla Fenwick``) over the time, the text and ``Quote``
  / ``Reply``: the number is no artefact and no part of the name. Must not: a line of hashtags
  (``#frost #pears``) stays a converter's artefact.
- A blog thread (name over its date, the text, ``Reply``) paged in the middle: a pager link
  on the line right over the next comment's name (``Load more comments``, ``« Older
  Comments``, ``Carica altri commenti``, ``Show 12 more comments``; lynx's ``[20]Load more
  comments``), where inscriptis and bs4 leave no blank line; the comment under it is read.
  Must not: a thread that ends in such a link over the page's list of most read articles,
  each a title over its date, keeps its comments only.

Each thread is written as the page's elements and rendered by the six converters of
:mod:`tests.test_comment_renderings`. Names, words and times are the tests' own.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import attrs
import pytest

import newsparse
from newsparse._generic import is_junk

from .test_comment_renderings import (
    CONVERTERS,
    DAY,
    HOUR,
    IMG,
    REF,
    B,
    Family,
    L,
    Post,
    T,
    check_authors,
    check_posted,
    check_text,
)

MINUTE = timedelta(minutes=1)
WEEK = 7 * DAY

ARTICLE_IT = (
    "Gazzetta della Valle",
    "",
    "  • Cronaca",
    "  • Territorio",
    "",
    "La gelata tardiva brucia i fiori dei peri",
    "",
    "Una notte di gelo nell'ultima settimana di aprile ha annerito i fiori nella maggior parte "
    "dei frutteti della valle, dicono i coltivatori, che temono di raccogliere metà dell'anno scorso.",
    "",
    "La cooperativa chiederà al comune un aiuto per il costo delle stufe accese nei campi.",
    "",
)

ARTICLE_EN = (
    "Tolley Valley Courier",
    "",
    "  • Local",
    "  • Weather",
    "",
    "Pear growers count the cost of a late frost",
    "",
    "A night of frost in the last week of April blackened the blossom in most of the valley's "
    "orchards, growers said, and some expect to pick half of last year's crop.",
    "",
    "The growers' cooperative will ask the council for help with the cost of the heaters it lit.",
    "",
)


# --- the comment plugin in four more languages ---------------------------------------------------


def _plugin_post(name: str, ago: str, back: timedelta, buttons: tuple[str, str], text: str) -> Post:
    """The plugin's comment: avatar and name, the text, ``Like · Reply · age`` under it."""
    like, reply = buttons
    return Post(
        depth=0,
        author=name,
        posted=REF - back,
        header=((IMG(name), L(name)),),
        paragraphs=(text,),
        footer=((L(like), T("·"), L(reply), T("·"), L(ago)),),
    )


def _plugin(
    lang: str,
    heading: str,
    buttons: tuple[str, str],
    posts: tuple[tuple[str, str, timedelta, str], ...],
) -> Family:
    return Family(
        name=f"plugin {lang}",
        intro=ARTICLE_IT,
        heading=heading,
        posts=tuple(_plugin_post(n, ago, back, buttons, text) for n, ago, back, text in posts),
        reply_to=(None,) * len(posts),
        by_nesting=False,
    )


PLUGINS = (
    _plugin(
        "it",
        "3 commenti",
        ("Mi piace", "Rispondi"),
        (
            ("Gualtiero Bressan", "2 sett", 2 * WEEK, "Anche mio nonno perse il raccolto così."),
            ("Ornella Pizzul", "5 g", 5 * DAY, "Le stufe funzionano solo se accese presto."),
            ("Taddeo Vianello", "9 h", 9 * HOUR, "Le pere al mercato costeranno di più?"),
        ),
    ),
    _plugin(
        "pl",
        "3 komentarze",
        ("Lubię to!", "Odpowiedz"),
        (
            ("Wiesław Krupka", "2 tyg.", 2 * WEEK, "U nas w sadzie było tak samo w maju."),
            ("Bożena Czarnik", "9 godz.", 9 * HOUR, "Świece w sadzie kosztują fortunę."),
            ("Zdzisław Morawa", "12 min", 12 * MINUTE, "W tym roku będzie mniej gruszek."),
        ),
    ),
    _plugin(
        "tr",
        "3 yorum",
        ("Beğen", "Yanıtla"),
        (
            ("Nevzat Karaoğlan", "2 hf", 2 * WEEK, "Dedem de mahsulünü aynı şekilde kaybetti."),
            ("Sevgül Aktepe", "5 g", 5 * DAY, "Sobalar ancak erken yakılırsa işe yarıyor."),
            ("Oktay Yazıcıoğlu", "9 sa", 9 * HOUR, "Armut fiyatları şimdi artacak mı?"),
        ),
    ),
    _plugin(
        "nl",
        "3 reacties",
        ("Vind ik leuk", "Beantwoorden"),
        (
            ("Gerolf van Daalen", "2 w", 2 * WEEK, "Bij ons in het dorp is alles bevroren."),
            (
                "Hiltje Wassenaar",
                "5 d",
                5 * DAY,
                "Kachels helpen alleen als je ze vroeg aansteekt.",
            ),
            ("Ruurd Kingma", "9 u", 9 * HOUR, "Worden de peren in de winkel nu duurder?"),
        ),
    ),
)


def _teaser_list_it() -> str:
    """An Italian article with a list of related articles under it, each a writer and a
    compact age over a title, no reply button: no thread."""
    teasers = (
        ("Redazione", "5 g", "Il comune rinvia i lavori sul ponte vecchio fino a settembre"),
        ("Marta Zanier", "9 h", "Gli apicoltori contano le arnie perse nella notte di gelo"),
        ("Redazione", "2 sett", "Nuovo orario per la corriera della valle da lunedì prossimo"),
    )
    lines = [*ARTICLE_IT, "Articoli correlati", ""]
    for name, ago, title in teasers:
        lines += [f"{name} · {ago}", "", title, ""]
    return "\n".join(lines) + "\n"


# --- a theme that writes the date first and the name after a dash --------------------------------

DASH_NAMES = ("Orla Fenwick", "jasper_k", "Minna Lark", "Teodor Vass")
DASH_TEXTS = (
    "The frost hit our street too, the roses are gone.",
    "Heaters cost more than the pears are worth.",
    "My uncle says the valley had this in the seventies.",
    "Fans would have saved most of the blossom.",
)
DASH_TIMES = tuple(datetime(2024, 4, 28, 9, 5) + k * 97 * MINUTE for k in range(4))


def _dash_post(name: str, when: datetime, text: str) -> Post:
    shown = f"{when:%B} {when.day}, {when.year} at {when.hour % 12 or 12}:{when:%M} {when:%p}"
    return Post(
        depth=0,
        author=name,
        posted=when,
        header=((T(shown), T("—"), B(name)),),
        paragraphs=(text,),
        footer=((L("Reply"),),),
    )


DASH = Family(
    name="date dash name",
    intro=ARTICLE_EN,
    heading="4 Comments",
    posts=tuple(_dash_post(*p) for p in zip(DASH_NAMES, DASH_TIMES, DASH_TEXTS, strict=True)),
    reply_to=(None,) * len(DASH_NAMES),
    by_nesting=False,
)


def _live_blog() -> str:
    """A live blog: entries of a time, a dash and a sentence of news, no comments."""
    entries = (
        "9:05 AM — The county opens a help desk for growers in the town hall.",
        "10:42 AM — Frost is forecast again for Thursday night in the upper valley.",
        "12:19 PM — The cooperative says a third of its members lost most of their blossom.",
    )
    lines = [*ARTICLE_EN, "Live updates", ""]
    for entry in entries:
        lines += [entry, ""]
    return "\n".join(lines) + "\n"


# --- a forum whose posts open with ``#12 Name`` ------------------------------------------------


def _numbered_post(number: int, name: str, when: datetime, text: str) -> Post:
    return Post(
        depth=0,
        author=name,
        posted=when,
        header=((L(f"#{number}"), L(name)), (T(f"{when:%d.%m.%Y, %H:%M}"),)),
        paragraphs=(text,),
        footer=((L("Quote"), L("Reply")),),
    )


FORUM_NAMES = (*DASH_NAMES, "quillon")
FORUM_TEXTS = (*DASH_TEXTS, "Buy local pears this autumn, whatever they cost.")
FORUM = Family(
    name="numbered forum",
    intro=ARTICLE_EN,
    heading="5 replies",
    posts=tuple(
        _numbered_post(12 + k, FORUM_NAMES[k], DASH_TIMES[0] + k * 97 * MINUTE, FORUM_TEXTS[k])
        for k in range(len(FORUM_NAMES))
    ),
    reply_to=(None,) * len(FORUM_NAMES),
    by_nesting=False,
)


# --- a thread paged in the middle: a pager link right over the next comment's name -------------


def _blog_post(name: str, when: datetime, text: str, pager: str | None = None) -> Post:
    shown = f"{when:%B} {when.day}, {when.year} at {when.hour % 12 or 12}:{when:%M} {when:%p}"
    return Post(
        depth=0,
        author=name,
        posted=when,
        header=(*(((L(pager),),) if pager else ()), (B(name),), (L(shown),)),
        paragraphs=(text,),
        footer=((L("Reply"),),),
    )


def _paged(pager: str) -> Family:
    return Family(
        name=f"paged {pager}",
        intro=ARTICLE_EN,
        heading="5 Comments",
        posts=tuple(
            _blog_post(
                FORUM_NAMES[k],
                DASH_TIMES[0] + k * 97 * MINUTE,
                FORUM_TEXTS[k],
                pager if k == 2 else None,
            )
            for k in range(len(FORUM_NAMES))
        ),
        reply_to=(None,) * len(FORUM_NAMES),
        by_nesting=False,
    )


PAGED = tuple(
    _paged(p)
    for p in (
        "Load more comments",
        "« Older Comments",
        "Carica altri commenti",
        "Show 12 more comments",
    )
)


def _pager_over_most_read(converter: str) -> str:
    """A thread that ends in a pager link over the page's most read list: titles over dates."""
    family = _paged("Load more comments")
    thread = CONVERTERS[converter](
        attrs.evolve(
            family, posts=tuple(attrs.evolve(p, header=p.header[-2:]) for p in family.posts)
        )
    )
    most_read = (
        "Load more comments",
        "Most read",
        "Ferry timetable changes for the summer season",
        "April 29, 2024",
        "Council votes to rebuild the old weir at Tolley Mill",
        "April 30, 2024",
    )
    return thread + "\n".join(most_read) + "\n"


FAMILIES = {f.name: f for f in (*PLUGINS, DASH, FORUM, *PAGED)}
#: bs4 writes the dash header's date, dash and name on three lines: not read yet.
DASH_BS4 = pytest.mark.xfail(reason="bs4's dash header on three lines", strict=True)
CASES = [
    pytest.param(f, c, marks=DASH_BS4) if (f, c) == (DASH.name, "bs4") else (f, c)
    for f in FAMILIES
    for c in CONVERTERS
]


def _parse(family: str, converter: str) -> newsparse.Article:
    return newsparse.parse(CONVERTERS[converter](FAMILIES[family]), reference_time=REF)


@pytest.mark.parametrize(("family", "converter"), CASES)
def test_count_and_authors(family: str, converter: str) -> None:
    check_authors(FAMILIES[family], _parse(family, converter))


@pytest.mark.parametrize(("family", "converter"), CASES)
def test_posted_days(family: str, converter: str) -> None:
    check_posted(FAMILIES[family], _parse(family, converter))


@pytest.mark.parametrize(("family", "converter"), CASES)
def test_text_without_names_or_buttons(family: str, converter: str) -> None:
    check_text(FAMILIES[family], _parse(family, converter))


def test_related_articles_with_compact_ages_are_no_thread() -> None:
    article = newsparse.parse(_teaser_list_it(), reference_time=REF)
    assert not article.comments


def test_live_blog_entries_are_no_thread() -> None:
    article = newsparse.parse(_live_blog(), reference_time=REF)
    assert not article.comments
    assert "help desk for growers" in article.body


def test_hashtags_stay_an_artefact_and_a_post_number_does_not() -> None:
    assert is_junk("#frost #pears")
    assert is_junk("#main-content")
    assert not is_junk("#12 Orla Fenwick")


@pytest.mark.parametrize("converter", sorted(CONVERTERS))
def test_a_pager_over_the_most_read_list_adds_no_comment(converter: str) -> None:
    article = newsparse.parse(_pager_over_most_read(converter), reference_time=REF)
    assert [c.author for c in article.comments] == list(FORUM_NAMES)
