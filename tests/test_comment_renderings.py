"""Every comment layout family in every converter's rendering (issue #17; invented threads).

Each family is one invented thread written as the page's elements (a header of inline pieces:
links, bold names, avatars, separators; paragraphs; an optional forum quote; a footer of
buttons), and each converter renders those elements its own way, as the shared dumps show:

- w3m: inline pieces on one line, nesting kept as indentation, image alt text shown bare;
- lynx: the same with ``[12]`` before every link, ``*`` bullets, three spaces more per level;
- html2text: Markdown links ``[Name](url)``, ``**bold**``, ``![alt](src)``, no indentation,
  ``>`` before a quote;
- inscriptis: no images, nesting as indentation, no blank line between a header's pieces;
- resiliparse: alt text shown, no indentation, a blank line between blocks;
- bs4 (``get_text("\\n")``): every element and text node on a line of its own, no indentation.

Names, words and times are the tests' own; no page here is copied from a real site.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from itertools import count

import attrs
import pytest

import newsparse

REF = datetime(2024, 5, 2, 12, 0)
HOUR = timedelta(hours=1)
DAY = timedelta(days=1)


# --- the page's elements --------------------------------------------------------------------


@attrs.frozen
class Piece:
    """An inline element: ``kind`` is ``text``, ``link``, ``bold`` or ``img``."""

    kind: str
    text: str


def T(text: str) -> Piece:
    return Piece("text", text)


def L(text: str) -> Piece:
    return Piece("link", text)


def B(text: str) -> Piece:
    return Piece("bold", text)


def IMG(alt: str) -> Piece:
    return Piece("img", alt)


Line = tuple[Piece, ...]


@attrs.frozen
class Post:
    """One comment as the page's elements, with what the parser should read from it."""

    depth: int
    author: str
    posted: date | datetime | None
    header: tuple[Line, ...]
    paragraphs: tuple[str, ...]
    footer: tuple[Line, ...] = ()
    quote: tuple[Line, str] | None = None  # (the quote's intro line, the quoted lines)
    card_below: tuple[Line, ...] = ()  # a Q&A post's card under its text


@attrs.frozen
class Family:
    name: str
    intro: tuple[str, ...]  # the page's article (title, paragraphs)
    heading: str
    posts: tuple[Post, ...]
    reply_to: tuple[int | None, ...]  # what a reader sees (nesting or ``@name``)
    by_nesting: bool  # whether ``reply_to`` shows only as nesting
    tail: tuple[Line, ...] = ()  # what the page shows below the thread (a teaser list)


# --- converters -------------------------------------------------------------------------------

#: A converter renders one page: the article's lines, the thread's heading, the posts.
Render = Callable[[Family], str]


def _inline(
    line: Line,
    link: Callable[[str], str],
    bold: Callable[[str], str],
    img: Callable[[str], str | None],
) -> str:
    out = []
    for p in line:
        if p.kind == "link":
            out.append(link(p.text))
        elif p.kind == "bold":
            out.append(bold(p.text))
        elif p.kind == "img":
            shown = img(p.text)
            if shown is not None:
                out.append(shown)
        else:
            out.append(p.text)
    return " ".join(out)


def _render_wrapped(
    family: Family,
    *,
    pad: Callable[[int], str],
    link: Callable[[str], str],
    bold: Callable[[str], str],
    img: Callable[[str], str | None],
    quote_pad: str,
    gap: bool,
) -> str:
    """The shape w3m, lynx, html2text, inscriptis and resiliparse share: a header's pieces on one
    line, each block on its own line(s); ``pad`` indents a level, ``gap`` puts blank lines
    between the blocks."""
    out = [*family.intro, "", family.heading, ""]
    blank = [""] if gap else []
    for post in family.posts:
        p = pad(post.depth)
        for line in post.header:
            text = _inline(line, link, bold, img)
            if text:
                out.append(p + text)
        out += blank
        if post.quote is not None:
            intro, words = post.quote
            out.append(p + quote_pad + _inline(intro, link, bold, img))
            out += [p + quote_pad + words_line for words_line in words.split("\n")]
            out += blank
        for para in post.paragraphs:
            out += [p + para, *blank]
        for line in (*post.footer, *post.card_below):
            text = _inline(line, link, bold, img)
            if text:
                out.append(p + text)
        out += [""]
    for line in family.tail:
        out += [_inline(line, link, bold, img), *blank]
    return "\n".join(out) + "\n"


def w3m(family: Family) -> str:
    return _render_wrapped(
        family,
        pad=lambda d: "    " * d,
        link=lambda t: t,
        bold=lambda t: t,
        img=lambda t: t,
        quote_pad="    ",
        gap=True,
    )


def lynx(family: Family) -> str:
    numbers = count(12)
    return _render_wrapped(
        family,
        pad=lambda d: "   " + "   " * d,
        link=lambda t: f"[{next(numbers)}]{t}",
        bold=lambda t: t,
        img=lambda t: f"[{t}]",
        quote_pad="  ",
        gap=True,
    )


def _slug(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalnum()) or "x"


def html2text(family: Family) -> str:
    return _render_wrapped(
        family,
        pad=lambda d: "",
        link=lambda t: f"[{t}](https://talk.example/u/{_slug(t)})",
        bold=lambda t: f"**{t}**",
        img=lambda t: f"![{t}](https://talk.example/img/{_slug(t)}.png)",
        quote_pad="> ",
        gap=True,
    )


def inscriptis(family: Family) -> str:
    return _render_wrapped(
        family,
        pad=lambda d: "  " + "    " * d,
        link=lambda t: t,
        bold=lambda t: t,
        img=lambda t: None,
        quote_pad="      ",
        gap=False,
    )


def resiliparse(family: Family) -> str:
    return _render_wrapped(
        family,
        pad=lambda d: "",
        link=lambda t: t,
        bold=lambda t: t,
        img=lambda t: t,
        quote_pad="",
        gap=True,
    )


def bs4(family: Family) -> str:
    """``get_text("\\n")``: one element or text node a line, images gone, no indentation."""
    out = [*family.intro, family.heading]
    for post in family.posts:
        for line in post.header:
            out += [p.text for p in line if p.kind != "img"]
        if post.quote is not None:
            intro, words = post.quote
            out += [p.text for p in intro if p.kind != "img"]
            out += words.split("\n")
        out += list(post.paragraphs)
        for line in (*post.footer, *post.card_below):
            out += [p.text for p in line if p.kind != "img"]
        out.append("")
    for line in family.tail:
        out += [p.text for p in line if p.kind != "img"]
    return "\n".join(out) + "\n"


CONVERTERS: dict[str, Render] = {
    "w3m": w3m,
    "lynx": lynx,
    "html2text": html2text,
    "inscriptis": inscriptis,
    "resiliparse": resiliparse,
    "bs4": bs4,
}
#: The converters that keep the page's nesting as indentation.
INDENTING = ("w3m", "lynx", "inscriptis")


# --- families ----------------------------------------------------------------------------------


def _parents(depths: Sequence[int]) -> tuple[int | None, ...]:
    """The comment each one answers by nesting: the latest earlier one a level up."""
    out: list[int | None] = []
    for i, d in enumerate(depths):
        out.append(
            next((j for j in range(i - 1, -1, -1) if depths[j] == d - 1), None) if d else None
        )
    return tuple(out)


ARTICLE_EN = (
    "Lantern Quay Gazette",
    "",
    "  • Town",
    "  • Rivers",
    "",
    "The old swing bridge will close for a whole summer",
    "",
    "The swing bridge over the Tolley canal will close from June until September while its "
    "rusted gears are replaced, the county said on Tuesday, sending walkers on a long detour.",
    "",
    "Boat owners said the closure would also stop the bridge from opening for them, and that "
    "several moorings upstream would be cut off for most of the season.",
)


def _disqus_post(depth: int, name: str, ago: str, back: timedelta, votes: int, *paras: str) -> Post:
    return Post(
        depth=depth,
        author=name,
        posted=REF - back,
        header=((IMG("Avatar"),), (L(name), T("•"), L(ago))),
        paragraphs=paras,
        footer=((L("▲"), T(str(votes)), L("▼")), (T("•"), L("Reply"), T("•")), (L("Share ›"),)),
    )


DISQUS_POSTS = (
    _disqus_post(
        0,
        "brassmonkey",
        "3 years ago",
        3 * 365 * DAY,
        4,
        "They closed it for a month in my school days too.",
    ),
    _disqus_post(
        1,
        "Wendeline Fosk",
        "3 years ago",
        3 * 365 * DAY,
        2,
        "A month was bad enough. Three is far too long.",
    ),
    _disqus_post(
        2,
        "brassmonkey",
        "2 years ago",
        2 * 365 * DAY,
        0,
        "Fair point, though the gears really are worn out.",
    ),
    _disqus_post(
        0,
        "quillon",
        "2 years ago",
        2 * 365 * DAY,
        7,
        "Why not build a ferry for the summer instead?",
        "A small one would do.",
    ),
    _disqus_post(
        1,
        "Teodor Pask",
        "a year ago",
        365 * DAY,
        1,
        "Who would pay the ferryman, the county or us?",
    ),
    _disqus_post(
        0,
        "nightjar_77",
        "11 months ago",
        330 * DAY,
        0,
        "I walk the detour every day. It adds forty minutes.",
    ),
)
DISQUS = Family(
    name="disqus",
    intro=ARTICLE_EN,
    heading="6 Comments",
    posts=DISQUS_POSTS,
    reply_to=_parents([p.depth for p in DISQUS_POSTS]),
    by_nesting=True,
)


def _wp_post(depth: int, name: str, when: datetime, *paras: str) -> Post:
    shown = f"{when:%B} {when.day}, {when.year} at {when.hour % 12 or 12}:{when:%M} {'am' if when.hour < 12 else 'pm'}"
    return Post(
        depth=depth,
        author=name,
        posted=when,
        header=((IMG("avatar"), B(name), T("says:")), (L(shown),)),
        paragraphs=paras,
        footer=((L("Reply"),),),
    )


WP_POSTS = (
    _wp_post(
        0,
        "Hollis Vane",
        datetime(2023, 6, 4, 9, 12),
        "The detour signs are already up on the towpath.",
    ),
    _wp_post(
        1,
        "Marigold",
        datetime(2023, 6, 4, 10, 40),
        "They are, but they point the wrong way at the lock.",
    ),
    _wp_post(
        2,
        "Hollis Vane",
        datetime(2023, 6, 4, 13, 5),
        "So they do. I have told the county about it.",
    ),
    _wp_post(
        1,
        "ferrous",
        datetime(2023, 6, 5, 18, 22),
        "The lock keeper fixed one of them this morning.",
    ),
    _wp_post(
        0,
        "Ludo Ambrose",
        datetime(2023, 6, 6, 7, 55),
        "Good news for the boats at least, they get new gears.",
    ),
    _wp_post(
        0,
        "pennywhistle",
        datetime(2023, 6, 7, 21, 30),
        "I hope they paint it green again, like it was.",
    ),
)
WORDPRESS = Family(
    name="wordpress",
    intro=ARTICLE_EN,
    heading="6 thoughts on “The old swing bridge will close for a whole summer”",
    posts=WP_POSTS,
    reply_to=_parents([p.depth for p in WP_POSTS]),
    by_nesting=True,
)


ARTICLE_QA = (
    "Spreadsheets Exchange",
    "",
    "  • Questions",
    "  • Tags",
    "",
    "How do I count the weekdays between two dates in a sheet?",
    "",
    "I keep a sheet of canal closures and want the number of working days each one lasts, "
    "leaving out weekends and the bank holidays listed on a second tab.",
    "",
    "Share Improve this question Follow",
    "asked Mar 2, 2021 at 17:40",
    "Orrin Blake",
    "311 2 7",
)


#: Comments under some answers: (text, writer, time).
QA_COMMENTS = {
    "Pim Okafor": (
        (
            "Thanks, the third argument was what I missed.",
            "Orrin Blake",
            datetime(2021, 3, 3, 10, 20),
        ),
        ("Works with a named range too.", "selkie", datetime(2021, 3, 3, 10, 31)),
    ),
    "Dagny Holm": (("Longer, but easy to follow.", "vortigern", datetime(2021, 3, 4, 9, 5)),),
}


def _answer(
    name: str, rep: str, when: datetime, votes: int, edited: datetime | None, *paras: str
) -> Post:
    card: list[Line] = []
    if edited is not None:
        card.append((T(f"edited {edited:%b} {edited.day}, {edited.year} at {edited:%H:%M}"),))
    card += [
        (T(f"answered {when:%b} {when.day}, {when.year} at {when:%H:%M}"),),
        (IMG(f"{name}'s user avatar"),),
        (L(name),),
        (B(rep), T("2"), T("11")),
    ]
    # the comments under the post (``text – Name Mar 3, 2021 at 10:20``) and the link after them:
    # not answers, and no words of the answer below
    for words, who, at in QA_COMMENTS.get(name, ()):
        card.append((T(words), T("–"), L(who), T(f"{at:%b} {at.day}, {at.year} at {at:%H:%M}")))
    card.append((L("Add a comment"),))
    return qa_post(name, when, votes, paras, card)


def qa_post(
    name: str, when: datetime, votes: int, paras: Sequence[str], card: Sequence[Line]
) -> Post:
    """A Q&A page's answer: its votes over its text, the row of buttons under it, then the
    ``card`` (who answered and edited it, the comments under it)."""
    return Post(
        depth=0,
        author=name,
        posted=when,
        header=((T(str(votes)),),),
        paragraphs=tuple(paras),
        footer=((L("Share"), L("Improve this answer"), L("Follow")),),
        card_below=tuple(card),
    )


QA_POSTS = (
    _answer(
        "Pim Okafor",
        "4,215",
        datetime(2021, 3, 3, 10, 2),
        12,
        datetime(2021, 3, 3, 11, 40),
        "Use NETWORKDAYS with the holiday range as its third argument.",
        "It leaves out weekends on its own.",
    ),
    _answer(
        "selkie",
        "88",
        datetime(2021, 3, 3, 12, 17),
        3,
        None,
        "If your weekend is not Saturday and Sunday, NETWORKDAYS.INTL takes a weekend code.",
    ),
    _answer(
        "Dagny Holm",
        "1,907",
        datetime(2021, 3, 4, 8, 45),
        1,
        datetime(2021, 3, 5, 9, 0),
        "A plain formula works too: count the days, then subtract the weekends by hand.",
    ),
    _answer(
        "vortigern",
        "12",
        datetime(2021, 3, 6, 19, 30),
        0,
        None,
        "Make sure both cells hold real dates and not text, or every formula here fails.",
    ),
)
QA = Family(
    name="stack exchange",
    intro=ARTICLE_QA,
    heading="4 Answers",
    posts=QA_POSTS,
    reply_to=(None, None, None, None),
    by_nesting=False,
)


ARTICLE_FORUM = (
    "Canal Boaters Forum",
    "",
    "  • Board index",
    "  • Moorings",
    "",
    "Swing bridge closed all summer?",
    "",
)


def _phpbb_post(
    n: int, name: str, rank: str, when: datetime, quote: tuple[str, str] | None, *paras: str
) -> Post:
    shown = f"{when:%a} {when:%b} {when.day:02d}, {when.year} {when.hour % 12 or 12}:{when:%M} {'am' if when.hour < 12 else 'pm'}"
    return Post(
        depth=0,
        author=name,
        posted=when,
        header=(
            (L(f"#{n}"),),
            (B(name),),
            (T(rank),),
            (T("Posts:"), T(str(100 + 37 * n))),
            (T("Joined: Sun Jun 07, 2009 8:11 pm"),),
            (T(f"Posted: {shown}"),),
            (L("Quote"),),
        ),
        paragraphs=paras,
        quote=None if quote is None else ((T(f"{quote[0]} wrote:"),), quote[1]),
        footer=((L("Top"),),),
    )


PHPBB_POSTS = (
    _phpbb_post(
        1,
        "tillerpin",
        "Regular",
        datetime(2021, 3, 3, 10, 2),
        None,
        "Does anyone know if boats can still pass the swing bridge in July?",
    ),
    _phpbb_post(
        2,
        "Agnes Marle",
        "Member",
        datetime(2021, 3, 3, 10, 47),
        ("tillerpin", "Does anyone know if boats can still pass?"),
        "Only on Sundays, and only before noon, the notice says.",
    ),
    _phpbb_post(
        3,
        "tillerpin",
        "Regular",
        datetime(2021, 3, 3, 14, 5),
        None,
        "Thanks. Sundays will have to do then.",
    ),
    _phpbb_post(
        4,
        "oxbow",
        "Site Admin",
        datetime(2021, 3, 4, 9, 30),
        None,
        "I have pinned the county's notice at the top of this board.",
    ),
)
PHPBB = Family(
    name="phpbb",
    intro=ARTICLE_FORUM,
    heading="Post Reply",
    posts=PHPBB_POSTS,
    reply_to=(None, None, None, None),
    by_nesting=False,
)


def _xf_post(n: int, name: str, when: datetime, quote: tuple[str, str] | None, *paras: str) -> Post:
    return Post(
        depth=0,
        author=name,
        posted=when,
        header=(
            (IMG(name),),
            (L(name),),
            (T("Well-known member"),),
            (T("Joined"), T("Apr 11, 2016")),
            (T("Messages"), T(str(200 + 51 * n))),
            (L(f"{when:%b} {when.day}, {when.year}"), L(f"#{n}")),
        ),
        paragraphs=paras,
        quote=None
        if quote is None
        else ((L(f"{quote[0]} said:"),), quote[1] + "\nClick to expand..."),
        footer=((L("Like"), L("Reply"), L("Report")),),
    )


XF_POSTS = (
    _xf_post(
        1,
        "keelhaul",
        datetime(2022, 8, 14),
        None,
        "The moorings above the bridge are empty already, I counted six free berths.",
    ),
    _xf_post(
        2,
        "Rosalind Tarr",
        datetime(2022, 8, 14),
        ("keelhaul", "I counted six free berths."),
        "Six! Last summer there was a waiting list for those.",
    ),
    _xf_post(
        3,
        "bilgewater",
        datetime(2022, 8, 15),
        None,
        "People are mooring below the lock instead, it is crowded there.",
    ),
    _xf_post(
        4,
        "keelhaul",
        datetime(2022, 8, 16),
        None,
        "I moved down there too. No room left for a dinghy now.",
    ),
)
XENFORO = Family(
    name="xenforo",
    intro=ARTICLE_FORUM,
    heading="Reply",
    posts=XF_POSTS,
    reply_to=(None, None, None, None),
    by_nesting=False,
)


def _discourse_post(
    n: int, name: str, full: str | None, when: datetime, likes: int, *paras: str
) -> Post:
    shown = f"{when:%B} {when.day}, {when.year}, {when.hour % 12 or 12}:{when:%M}{'am' if when.hour < 12 else 'pm'}"
    who: Line = (L(name), T(f"({full})")) if full else (L(name),)
    return Post(
        depth=0,
        author=name,
        posted=when,
        header=(who, (T(shown), T(f"#{n}"))),
        paragraphs=paras,
        footer=((T(f"{likes} Like" if likes == 1 else f"{likes} Likes"),),) if likes else (),
    )


DISCOURSE_POSTS = (
    _discourse_post(
        1,
        "lockgate",
        None,
        datetime(2021, 3, 3, 10, 2),
        2,
        "Has the county said which weekends the bridge will open for boats?",
    ),
    _discourse_post(
        2,
        "tow_rope",
        None,
        datetime(2021, 3, 3, 11, 40),
        1,
        "Not yet. The notice only says the works start in June.",
    ),
    _discourse_post(
        3,
        "lockgate",
        None,
        datetime(2021, 3, 4, 9, 15),
        0,
        "I wrote to them and will post the answer here when it comes.",
    ),
    _discourse_post(
        4,
        "Fennick",
        None,
        datetime(2021, 3, 9, 16, 30),
        3,
        "They answered me: every second Sunday, from eight until noon.",
    ),
)
DISCOURSE = Family(
    name="discourse",
    intro=ARTICLE_FORUM,
    heading="",
    posts=DISCOURSE_POSTS,
    reply_to=(None, None, None, None),
    by_nesting=False,
)


ARTICLE_ES = (
    "Diario del Canal",
    "",
    "  • Portada",
    "  • Ciudad",
    "",
    "El puente giratorio cerrará todo el verano",
    "",
    "El puente giratorio sobre el canal cerrará de junio a septiembre para cambiar sus "
    "engranajes oxidados, informó el martes la diputación, y los peatones darán un gran rodeo.",
    "",
)


def _es_post(name: str, ago: str, back: timedelta, *paras: str) -> Post:
    return Post(
        depth=0,
        author=name,
        posted=REF - back,
        header=((L(name),), (T(ago),)),
        paragraphs=paras,
        footer=((L("Responder"), T("3"), L("Me gusta")),),
    )


ES_POSTS = (
    _es_post(
        "Rocío Alcaraz", "hace 2 días", 2 * DAY, "Otra vez obras en verano, cuando más gente pasea."
    ),
    _es_post(
        "paco_del_muelle",
        "hace 2 días",
        2 * DAY,
        "@Rocío Alcaraz en invierno llueve y las obras se retrasan más.",
    ),
    _es_post(
        "Iñigo Berrueta", "hace 1 día", DAY, "Lo importante es que lo arreglen bien esta vez."
    ),
    _es_post(
        "Rocío Alcaraz",
        "hace 20 horas",
        20 * HOUR,
        "@paco_del_muelle puede ser, pero tres meses es mucho.",
    ),
    _es_post(
        "Maite",
        "hace 5 horas",
        5 * HOUR,
        "Yo cruzo en bici por el puente de abajo y tardo lo mismo.",
    ),
)
SPANISH = Family(
    name="spanish",
    intro=ARTICLE_ES,
    heading="5 comentarios",
    posts=ES_POSTS,
    reply_to=(None, 0, None, 1, None),
    by_nesting=False,
)


ARTICLE_RU = (
    "Городские вести",
    "",
    "  • Новости",
    "  • Общество",
    "",
    "Разводной мост закроют на всё лето",
    "",
    "Разводной мост через канал закроют с июня по сентябрь, чтобы заменить ржавые шестерни, "
    "сообщили во вторник в администрации; пешеходам придётся идти в обход.",
    "",
)


def _ru_post(depth: int, name: str, ago: str, back: timedelta, *paras: str) -> Post:
    return Post(
        depth=depth,
        author=name,
        posted=REF - back,
        header=((B(name),), (T(ago),)),
        paragraphs=paras,
        footer=((L("Ответить"),),),
    )


RU_POSTS = (
    _ru_post(
        0,
        "Савелий Орлов",
        "3 часа назад",
        3 * HOUR,
        "Опять всё лето в обход, как и в прошлом году.",
    ),
    _ru_post(1, "лодочник", "2 часа назад", 2 * HOUR, "В прошлом году мост чинили только месяц."),
    _ru_post(0, "Агния", "5 часов назад", 5 * HOUR, "Хорошо хоть предупредили заранее."),
    _ru_post(
        1, "Савелий Орлов", "4 часа назад", 4 * HOUR, "Предупредили, но объезд так и не показали."
    ),
    _ru_post(
        0,
        "mostovik",
        "40 минут назад",
        40 * 60 * timedelta(seconds=1),
        "Шестерни там и правда старые, я их видел.",
    ),
)
RUSSIAN = Family(
    name="russian",
    intro=ARTICLE_RU,
    heading="5 комментариев",
    posts=RU_POSTS,
    reply_to=_parents([p.depth for p in RU_POSTS]),
    by_nesting=True,
)

ARTICLE_FR = (
    "La Dépêche du Causse",
    "",
    "  • Accueil",
    "  • Politique",
    "",
    "Le vélo électrique conquiert les villages du plateau",
    "",
    "Les ventes de vélos à assistance électrique ont doublé en deux ans dans les communes du "
    "plateau, selon une étude publiée mardi par l'association des maires ruraux.",
    "",
    "Le phénomène touche aussi les retraités, qui y voient un moyen de rester mobiles sans voiture.",
    "",
)


def _fr_post(name: str, when: datetime, weekday: str, subject: str, *paras: str) -> Post:
    """A post whose header says ``Par Name,`` then ``le mercredi 3 mars 2021 à 11h15`` (two
    spans: one line in most renderings, two in BeautifulSoup's); the first line is its subject."""
    months = ("janvier", "février", "mars", "avril", "mai", "juin")
    stamp = f"le {weekday} {when.day} {months[when.month - 1]} {when.year} à {when:%H}h{when:%M}"
    return Post(
        depth=0,
        author=name,
        posted=when,
        header=((T(f"Par {name},"), T(stamp)),),
        paragraphs=(subject, *paras),
    )


FR_POSTS = (
    _fr_post(
        "Jean Martin",
        datetime(2021, 3, 3, 11, 15),
        "mercredi",
        "Enfin une bonne nouvelle.",
        "Dans mon village, la moitié des voisins en ont acheté un cet hiver.",
    ),
    _fr_post(
        "Sophie Leroux",
        datetime(2021, 3, 3, 12, 40),
        "mercredi",
        "Et les routes ?",
        "Encore faudrait-il des pistes cyclables dignes de ce nom entre les villages.",
    ),
    _fr_post(
        "Paul Girard 12",
        datetime(2021, 3, 4, 8, 5),
        "jeudi",
        "Le prix reste un frein",
        "Deux mille euros pour un vélo, ce n'est pas à la portée de tout le monde.",
    ),
)
#: Below the thread, the site's video teasers: a label and a day with its time, in two spans.
FR_TEASERS = (
    (T("Vidéos"),),
    (T("Actu"),),
    (T("12 Octobre"), T("à 17h45")),
    (L("Une autre histoire sans rapport avec le vélo"),),
    (T("Actu"),),
    (T("12 Octobre"), T("à 17h24")),
    (L("Encore un titre de la rubrique vidéo"),),
)
FRENCH = Family(
    name="french",
    intro=ARTICLE_FR,
    heading="3 commentaires",
    posts=FR_POSTS,
    reply_to=(None, None, None),
    by_nesting=False,
    tail=FR_TEASERS,
)

ARTICLE_BLOG = (
    "Zwischen den Zeilen",
    "",
    "  • Start",
    "  • Rezensionen",
    "",
    "Interview mit einer Selbstverlegerin",
    "",
    "Sie hat drei Romane geschrieben und keinen Verlag gefunden, also gibt sie sie selbst heraus: "
    "ein Gespräch über Druckkosten, Lesungen in Buchhandlungen und lange Nächte am Cover.",
    "",
)


def _blog_post(name: str, time: str, *paras: str) -> Post:
    """A blog's comment: the name, then a time of day alone (the day left unsaid), the text and
    the buttons."""
    return Post(
        depth=0,
        author=name,
        posted=None,
        header=((L(name),), (L(time),)),
        paragraphs=paras,
        footer=((L("Antworten"),), (L("Löschen"),)),
    )


BLOG_POSTS = (
    _blog_post("Ruth", "21:00", "Was für ein schönes Gespräch, danke dafür!", "Viele Grüße"),
    _blog_post("Anonym", "07:56", "Ich drücke ihr die Daumen für das nächste Buch."),
)
BLOGGER = Family(
    name="blogger",
    intro=ARTICLE_BLOG,
    heading="Kommentare:",
    posts=BLOG_POSTS,
    reply_to=(None, None),
    by_nesting=False,
)

FAMILIES = {
    f.name: f
    for f in (DISQUS, WORDPRESS, QA, PHPBB, XENFORO, DISCOURSE, SPANISH, RUSSIAN, FRENCH, BLOGGER)
}
CASES = [(f, c) for f in FAMILIES for c in CONVERTERS]


def _parse(family: str, converter: str) -> newsparse.Article:
    return newsparse.parse(CONVERTERS[converter](FAMILIES[family]), reference_time=REF)


def _day(value: object) -> object:
    return value.date() if isinstance(value, datetime) else value


# --- tests -------------------------------------------------------------------------------------


def check_authors(family: Family, article: newsparse.Article) -> None:
    """One comment a post, each with its writer (or none), in order."""
    assert [c.author for c in article.comments] == [p.author for p in family.posts]


def check_posted(family: Family, article: newsparse.Article) -> None:
    """Each comment's day."""
    assert [_day(c.posted) for c in article.comments] == [_day(p.posted) for p in family.posts]


def check_text(family: Family, article: newsparse.Article) -> None:
    """Each comment's text, without its buttons, card or header (blanks aside)."""
    expected = [" ".join(" ".join(p.paragraphs).split()) for p in family.posts]
    assert [" ".join(c.text.split()) for c in article.comments] == expected


def check_header_untouched(family: Family, article: newsparse.Article) -> None:
    """No commenter is the article's writer, no comment's day its date."""
    names = {p.author for p in family.posts}
    days = {_day(p.posted) for p in family.posts}
    assert not names & set(article.authors)
    assert article.published is None or _day(article.published) not in days


@pytest.mark.parametrize(
    ("family", "converter"),
    [
        (f, c)
        for f, fam in FAMILIES.items()
        for c in CONVERTERS
        if any(r is not None for r in fam.reply_to) and (c in INDENTING or not fam.by_nesting)
    ],
)
def test_reply_to(family: str, converter: str) -> None:
    article = _parse(family, converter)
    assert tuple(c.reply_to for c in article.comments) == FAMILIES[family].reply_to


@pytest.mark.parametrize(
    ("family", "converter"), [(f, c) for f in ("phpbb", "xenforo") for c in CONVERTERS]
)
def test_forum_quotes_go_to_quoted(family: str, converter: str) -> None:
    article = _parse(family, converter)
    posts = FAMILIES[family].posts
    assert [bool(c.quoted) for c in article.comments] == [p.quote is not None for p in posts]


@pytest.mark.parametrize(
    ("family", "converter"), [(f, c) for f in ("disqus", "spanish", "russian") for c in CONVERTERS]
)
def test_relative_times_without_a_reference_time_are_reported(family: str, converter: str) -> None:
    parsed = newsparse.parse_detailed(CONVERTERS[converter](FAMILIES[family]))
    posts = FAMILIES[family].posts
    assert [c.author for c in parsed.article.comments] == [p.author for p in posts]
    assert [c.posted for c in parsed.article.comments] == [None] * len(posts)
    unresolved = [d for d in parsed.defects if type(d).__name__ == "UnresolvedRelativeTime"]
    assert len(unresolved) == len(posts)


@pytest.mark.parametrize("converter", sorted(CONVERTERS))
def test_comments_under_a_qa_post_are_no_answers_words(converter: str) -> None:
    article = _parse("stack exchange", converter)
    words = [w for rows in QA_COMMENTS.values() for w, _, _ in rows]
    assert not [w for w in words for c in article.comments if w in c.text]
    # (the question's ``asked`` time or none: never an answer's or a comment's)
    assert article.published in (None, datetime(2021, 3, 2, 17, 40))
