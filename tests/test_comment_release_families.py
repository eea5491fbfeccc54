"""More comment systems the dev set does not hold, in every converter's rendering (issue #17).

The release check scores comments on systems it never shows; these invented threads cover the
variants of the families of :mod:`tests.test_comment_renderings` that differ most from them:
Q&A pages of the older date style (``answered Mar 3 '19 at 14:02``, an editor's card above the
answerer's) and of this year (``answered Mar 3 at 14:02``, ``answered 5 hours ago``); a
Disqus-like thread whose avatar, name, badge, ``→`` parent and age share a line (``• edited``
after it); four more forum engines (an SMF-like board with ``« Reply #2 on: … »``, a MyBB-like
one with a profile of five labels, an Invision-like one with ``On 1/14/2021 at 6:05 PM, X
said:``, a Russian phpBB-like one with ``Сообщение Имя » 14 января 2021``); Spanish, Russian
and French news sites with nested replies and the other ways they say a time (``hace un día``,
``вчера в 18:40``, ``il y a 2 jours``); a news-for-nerds board (``Subject (Score:5,
Insightful)`` over ``by alice on Wednesday March 03, 2021 @10:02AM (#61234567)``) and a link
aggregator whose votes stand before the name (``▲ 14 ▼ alice 9 hours ago | link | reply``).
Each is written as the page's elements and rendered by the six converters of
:mod:`tests.test_comment_renderings`; the four checks of every family run in
:mod:`tests.test_comment_families_read`. Names, words and times are the tests' own.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import attrs
import pytest

import newsparse

from .test_comment_renderings import (
    CONVERTERS,
    DAY,
    HOUR,
    IMG,
    INDENTING,
    REF,
    B,
    Family,
    L,
    Line,
    Post,
    T,
    _parents,
    qa_post,
)

MINUTE = timedelta(minutes=1)


# --- a Q&A page of the older date style, an editor's card above the answerer's ------------------

ARTICLE_QA = (
    "Woodworking Exchange",
    "",
    "  • Questions",
    "  • Tags",
    "",
    "Why does my oak tabletop cup after a week indoors?",
    "",
    "I glued up a tabletop from six oak boards, flattened it, and a week after bringing it into "
    "the heated room it has cupped by almost five millimetres across its width.",
    "",
    "Share Improve this question Follow",
    "asked Mar 2 '19 at 17:40",
    "Halvard Strand",
    "211 1 6",
)


def _se_stamp(label: str, when: datetime) -> str:
    return f"{label} {when:%b} {when.day} '{when:%y} at {when.hour}:{when:%M}"


def _old_answer(
    name: str,
    rep: str,
    when: datetime,
    votes: int,
    editor: tuple[str, str, datetime] | None,
    comments: tuple[tuple[str, str, datetime], ...],
    *paras: str,
) -> Post:
    """An answer: its votes, its text, the buttons, then the editor's card (when another member
    edited it), the answerer's card and the comments under it (``text – name Mar 3 '19 at
    10:00``, not answers of their own)."""
    card: list[Line] = []
    if editor is not None:
        who, their_rep, at = editor
        card += [(L(_se_stamp("edited", at)),), (IMG(who),), (L(who),), (B(their_rep), T("5"))]
    card += [
        (T(_se_stamp("answered", when)),),
        (IMG(name),),
        (L(name),),
        (B(rep), T("3"), T("19"), T("40")),
    ]
    for words, who, at in comments:
        card.append(
            (T(words), T("–"), L(who), L(f"{at:%b} {at.day} '{at:%y} at {at.hour}:{at:%M}"))
        )
    card.append((L("add a comment"),))
    return qa_post(name, when, votes, paras, card)


OLD_QA_POSTS = (
    _old_answer(
        "Margit Oyelaran",
        "12.3k",
        datetime(2019, 3, 3, 14, 2),
        9,
        ("Cuthbert Nye", "3,107", datetime(2019, 3, 5, 9, 0)),
        (
            (
                "The room is at 21 degrees, the shed was at 8.",
                "Halvard Strand",
                datetime(2019, 3, 3, 15, 10),
            ),
        ),
        "The boards dried unevenly: the face towards the room lost moisture first and shrank.",
        "Turn it over for a few days and finish both faces the same way.",
    ),
    _old_answer(
        "wedge_and_mallet",
        "845",
        datetime(2019, 3, 4, 8, 31),
        4,
        None,
        (),
        "Battens screwed across the underside in slotted holes will hold it flat for good.",
    ),
    _old_answer(
        "Ilse Varga",
        "2,018",
        datetime(2019, 3, 9, 19, 47),
        1,
        None,
        (
            (
                "Slotted holes, yes, or it splits in summer.",
                "wedge_and_mallet",
                datetime(2019, 3, 10, 7, 5),
            ),
        ),
        "Let the boards sit in the room for two weeks before you glue the next one up.",
    ),
)
OLD_QA = Family(
    name="older stack exchange",
    intro=ARTICLE_QA,
    heading="3 Answers",
    posts=OLD_QA_POSTS,
    reply_to=(None,) * len(OLD_QA_POSTS),
    by_nesting=False,
)


# --- a Q&A page of this year: its cards leave the year out (``answered Mar 3 at 14:02``) or say
# how long ago (``answered 5 hours ago``)


def _recent_stamp(label: str, when: datetime) -> str:
    return f"{label} {when:%b} {when.day} at {when.hour}:{when:%M}"


def _recent_answer(name: str, shown: str, when: datetime, votes: int, *paras: str) -> Post:
    card: list[Line] = [(T(shown),), (IMG(f"{name}'s user avatar"),), (L(name),)]
    return qa_post(name, when, votes, paras, [*card, (B("1,024"), T("7"))])


ARTICLE_QA_RECENT = (
    "Home Improvement Exchange",
    "",
    "  • Questions",
    "  • Tags",
    "",
    "Can I paint over a damp patch once it has dried?",
    "",
    "A pipe leaked behind the kitchen wall in February; the patch has been dry for a month now "
    "and I want to know whether it is safe to paint over it.",
    "",
    "Share Improve this question Follow",
    "asked Feb 27 at 8:15",
    "Rosamund Pike-Hale",
    "51 4",
)
RECENT_QA_POSTS = (
    _recent_answer(
        "Tobiah Wren",
        _recent_stamp("answered", datetime(2024, 3, 3, 14, 2)),
        datetime(2024, 3, 3, 14, 2),
        6,
        "Seal it with a stain-blocking primer first, or the tide mark will show through.",
    ),
    _recent_answer(
        "plasterer_pete",
        _recent_stamp("answered", datetime(2024, 4, 11, 9, 30)),
        datetime(2024, 4, 11, 9, 30),
        2,
        "Check it with a moisture meter before anything else. Dry to the touch is not dry.",
    ),
    _recent_answer(
        "Ines Albarran",
        "answered 5 hours ago",
        REF - 5 * HOUR,
        0,
        "If the plaster has gone soft, cut it out and patch it; paint will not save it.",
    ),
)
RECENT_QA = Family(
    name="stack exchange this year",
    intro=ARTICLE_QA_RECENT,
    heading="3 Answers",
    posts=RECENT_QA_POSTS,
    reply_to=(None,) * len(RECENT_QA_POSTS),
    by_nesting=False,
)


# --- a Disqus-like thread: ``Avatar Name → Parent • 3 years ago`` on one line -------------------

ARTICLE_EN = (
    "Fenland Courier",
    "",
    "  • News",
    "  • Sport",
    "",
    "Drainage board votes to keep the old pumping station running",
    "",
    "The drainage board voted on Thursday to keep the Victorian pumping station at Welney in "
    "service for another ten years, after engineers found its beam engine in better shape than "
    "feared.",
    "",
)


def _arrow_post(
    depth: int,
    name: str,
    parent: str | None,
    ago: str,
    back: timedelta,
    votes: int,
    *paras: str,
    badge: str | None = None,
    edited: bool = False,
) -> Post:
    """A comment whose header says its avatar, its name (maybe with a badge: ``Mod``), the
    name it answers after an arrow, and its age (maybe ``edited`` after it)."""
    head: Line = (IMG("Avatar"), L(name))
    if badge is not None:
        head += (T(badge),)
    if parent is not None:
        head += (T("→"), L(parent))
    tail: Line = (T("•"), T("edited")) if edited else ()
    return Post(
        depth=depth,
        author=name,
        posted=REF - back,
        header=((*head, T("•"), L(ago), *tail),),
        paragraphs=paras,
        footer=((L("▲"), T(str(votes)), L("▼"), T("•"), L("Reply"), T("•"), L("Share ›")),),
    )


ARROW_POSTS = (
    _arrow_post(
        0,
        "Gisela Thorn",
        None,
        "2 years ago",
        2 * 365 * DAY,
        12,
        "Good. That engine is part of the fens.",
    ),
    _arrow_post(
        1,
        "marshman",
        "Gisela Thorn",
        "2 years ago",
        2 * 365 * DAY,
        3,
        "Part of the fens, and it costs a fortune in coal.",
    ),
    _arrow_post(
        2,
        "Gisela Thorn",
        "marshman",
        "a year ago",
        365 * DAY,
        5,
        "It runs on electricity now, it has for years.",
    ),
    _arrow_post(
        0,
        "Dunstan Ebb",
        None,
        "8 months ago",
        240 * DAY,
        0,
        "Will it be open to visitors again?",
        edited=True,
    ),
    _arrow_post(
        1,
        "Wilf Parrish",
        "Dunstan Ebb",
        "3 days ago",
        3 * DAY,
        1,
        "On the first Sunday of the month, from April.",
        badge="Mod",
    ),
)
ARROWS = Family(
    name="disqus with parent arrows",
    intro=ARTICLE_EN,
    heading="5 Comments",
    posts=ARROW_POSTS,
    reply_to=_parents([p.depth for p in ARROW_POSTS]),
    by_nesting=True,
)


# --- forums -------------------------------------------------------------------------------------

ARTICLE_FORUM = (
    "Fen Skaters Board",
    "",
    "  • Board index",
    "  • Ice reports",
    "",
    "Is the ice on Bury Fen safe this weekend?",
    "",
)


def _smf_stamp(when: datetime) -> str:
    return f"{when:%B} {when:%d}, {when.year}, {when.hour % 12 or 12:02d}:{when:%M}:00 {'AM' if when.hour < 12 else 'PM'}"


def _smf_post(
    n: int,
    name: str,
    rank: str,
    when: datetime,
    quote: tuple[str, datetime, str] | None,
    *paras: str,
) -> Post:
    """An SMF-like post: the member card (name, rank, stars, posts), the subject, ``« Reply #n
    on: … »``, a quote box ``Quote from: X on …``, the text, ``Logged``."""
    on = f"« on: {_smf_stamp(when)} »" if n == 0 else f"« Reply #{n} on: {_smf_stamp(when)} »"
    return Post(
        depth=0,
        author=name,
        posted=when,
        header=(
            (L(name),),
            (T(rank),),
            (IMG("*"), IMG("*")),
            (T("Posts:"), T(f"{40 + 133 * n:,}")),
            (
                L(
                    "Re: Is the ice on Bury Fen safe this weekend?"
                    if n
                    else "Is the ice on Bury Fen safe this weekend?"
                ),
            ),
            (T(on),),
            (L("Quote"),),
        ),
        paragraphs=paras,
        quote=None
        if quote is None
        else ((L(f"Quote from: {quote[0]} on {_smf_stamp(quote[1])}"),), quote[2]),
        footer=((L("Logged"),),),
    )


SMF_POSTS = (
    _smf_post(
        0,
        "runnerbean",
        "Full Member",
        datetime(2021, 1, 14, 18, 5),
        None,
        "Three nights of hard frost now. Has anyone measured the ice by the sluice?",
    ),
    _smf_post(
        1,
        "Aldous Crane",
        "Hero Member",
        datetime(2021, 1, 14, 21, 40),
        None,
        "Eight centimetres this afternoon, clear ice, but thinner under the willows.",
    ),
    _smf_post(
        2,
        "runnerbean",
        "Full Member",
        datetime(2021, 1, 15, 7, 12),
        ("Aldous Crane", datetime(2021, 1, 14, 21, 40), "Eight centimetres this afternoon."),
        "Eight is not enough for a crowd. I will wait for Sunday.",
    ),
    _smf_post(
        3,
        "Perpetua Sallow",
        "Newbie",
        datetime(2021, 1, 16, 9, 55),
        None,
        "We skated the washes this morning. Keep to the marked lane.",
    ),
)
SMF = Family(
    name="smf forum",
    intro=ARTICLE_FORUM,
    heading="Pages: [1]",
    posts=SMF_POSTS,
    reply_to=(None,) * len(SMF_POSTS),
    by_nesting=False,
)


def _mybb_post(
    n: int, name: str, when: datetime, quote: tuple[str, str] | None, *paras: str
) -> Post:
    """A MyBB-like post: the card with five labels (posts, threads, joined, reputation), then the
    post's time and number on one line, a quote box ``X Wrote:``, the text, the buttons."""
    shown = (
        f"{when:%m-%d-%Y}, {when.hour % 12 or 12:02d}:{when:%M} {'AM' if when.hour < 12 else 'PM'}"
    )
    return Post(
        depth=0,
        author=name,
        posted=when,
        header=(
            (IMG(f"{name}'s avatar"),),
            (L(name),),
            (T("Member"),),
            (T("Posts:"), T(f"{12 + 97 * n:,}")),
            (T("Threads:"), T(str(n + 2))),
            (T("Joined:"), T("Nov 2014")),
            (T("Reputation:"), T(str(n))),
            (T(shown), L(f"#{n}")),
        ),
        paragraphs=paras,
        quote=None if quote is None else ((T(f"{quote[0]} Wrote:"),), quote[1]),
        footer=((L("Find"),), (L("Reply"),)),
    )


MYBB_POSTS = (
    _mybb_post(
        1,
        "skatekey",
        datetime(2021, 1, 14, 18, 5),
        None,
        "The club says the ice is closed until the thaw warning is lifted.",
    ),
    _mybb_post(
        2,
        "Osric Fenwright",
        datetime(2021, 1, 14, 20, 30),
        ("skatekey", "closed until the thaw warning is lifted."),
        "Closed for the races only. The washes are open to everyone.",
    ),
    _mybb_post(
        3,
        "skatekey",
        datetime(2021, 1, 15, 8, 2),
        None,
        "Good to know, thanks. We will go down at first light.",
    ),
)
MYBB = Family(
    name="mybb forum",
    intro=ARTICLE_FORUM,
    heading="Thread Modes",
    posts=MYBB_POSTS,
    reply_to=(None,) * len(MYBB_POSTS),
    by_nesting=False,
)

ARTICLE_FORUM_RU = (
    "Форум рыболовов",
    "",
    "  • Список форумов",
    "  • Зимняя рыбалка",
    "",
    "Какой лёд на водохранилище?",
    "",
)
#: (the board's long date format; :data:`RU_SHORT_MONTHS` its short one, ``14 янв 2021``)
RU_MONTHS = (
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
)


RU_SHORT_MONTHS = (
    "янв",
    "фев",
    "мар",
    "апр",
    "май",
    "июн",
    "июл",
    "авг",
    "сен",
    "окт",
    "ноя",
    "дек",
)


def _ru_forum_post(
    name: str,
    rank: str,
    when: datetime,
    quote: tuple[str, str] | None,
    text: str,
    months: tuple[str, ...] = RU_MONTHS,
) -> Post:
    """A Russian phpBB-like post: the card (name, rank, posts, registration day), the subject,
    ``Сообщение Имя » 14 января 2021, 10:02`` (or ``14 янв 2021``), a quote box ``Имя
    писал(а):``, the text."""
    shown = f"{when.day:02d} {months[when.month - 1]} {when.year}, {when:%H:%M}"
    return Post(
        depth=0,
        author=name,
        posted=when,
        header=(
            (IMG(name),),
            (B(name),),
            (T(rank),),
            (T("Сообщения:"), T("317")),
            (T("Зарегистрирован:"), T(f"12 {months[10]} 2015, 19:20")),
            (L("Re: Какой лёд на водохранилище?"),),
            (T("Сообщение"), L(name), T("»"), T(shown)),
        ),
        paragraphs=(text,),
        quote=None if quote is None else ((T(f"{quote[0]} писал(а):"),), quote[1]),
        footer=((L("Вернуться к началу"),),),
    )


#: (name, rank, time, quote, text) of each post of the Russian boards
RU_FORUM_ARGS: tuple[tuple[str, str, datetime, tuple[str, str] | None, str], ...] = (
    (
        "Лещатник",
        "Участник",
        datetime(2021, 1, 14, 10, 2),
        None,
        "Кто был вчера у плотины, какой там лёд?",
    ),
    (
        "Евстигней",
        "Старожил",
        datetime(2021, 1, 14, 12, 40),
        ("Лещатник", "Кто был вчера у плотины?"),
        "Был, сантиметров десять, но у берега промоины.",
    ),
    (
        "Лещатник",
        "Участник",
        datetime(2021, 1, 15, 8, 15),
        None,
        "Спасибо, поеду в субботу к дальнему заливу.",
    ),
)
RU_FORUM_POSTS = tuple(_ru_forum_post(*a) for a in RU_FORUM_ARGS)
RU_FORUM = Family(
    name="russian forum",
    intro=ARTICLE_FORUM_RU,
    heading="Ответить",
    posts=RU_FORUM_POSTS,
    reply_to=(None,) * len(RU_FORUM_POSTS),
    by_nesting=False,
)
RU_FORUM_SHORT = attrs.evolve(
    RU_FORUM,
    name="russian forum, short months",
    posts=tuple(_ru_forum_post(*a, months=RU_SHORT_MONTHS) for a in RU_FORUM_ARGS),
)


def _ipb_stamp(when: datetime) -> str:
    return f"{when:%B} {when.day}, {when.year}"


def _ipb_post(
    name: str, posts: int, when: datetime, quote: tuple[str, datetime, str] | None, *paras: str
) -> Post:
    """An Invision-like post: the card (name, group, post count), ``Posted March 3, 2021``
    with a share link, a quote box ``On 3/3/2021 at 10:02 AM, X said:``, the text, buttons."""
    intro: Line | None = None
    if quote is not None:
        who, at, _ = quote
        clock = f"{at.hour % 12 or 12}:{at:%M} {'AM' if at.hour < 12 else 'PM'}"
        intro = (T(f"On {at.month}/{at.day}/{at.year} at {clock}, {who} said:"),)
    return Post(
        depth=0,
        author=name,
        posted=when,
        header=(
            (L(name),),
            (IMG(name),),
            (T("Members"),),
            (T(f"{posts} posts"),),
            (T(f"Posted {_ipb_stamp(when)}"), L("Share")),
        ),
        paragraphs=paras,
        quote=None if quote is None or intro is None else (intro, quote[2]),
        footer=((L("Quote"),), (L("Report post"),)),
    )


IPB_POSTS = (
    _ipb_post(
        "fenlander",
        412,
        datetime(2021, 1, 14),
        None,
        "Is anyone skating the washes this weekend, or is it too soft already?",
    ),
    _ipb_post(
        "Hesketh Vyne",
        38,
        datetime(2021, 1, 15),
        ("fenlander", datetime(2021, 1, 14, 18, 5), "or is it too soft already?"),
        "Soft at the edges, hard in the middle. Bring a rope.",
    ),
    _ipb_post(
        "Mabyn Torr",
        1207,
        datetime(2021, 1, 17),
        None,
        "We went on Saturday. Lovely ice, but the wind was bitter.",
    ),
)
IPB = Family(
    name="invision forum",
    intro=ARTICLE_FORUM,
    heading="Recommended Posts",
    posts=IPB_POSTS,
    reply_to=(None,) * len(IPB_POSTS),
    by_nesting=False,
)


ARTICLE_FORUM_DE = (
    "Eisläufer-Forum",
    "",
    "  • Foren-Übersicht",
    "  • Natureis",
    "",
    "Trägt das Eis am Altrhein schon?",
    "",
)
DE_DAYS = ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")
DE_MONTHS = ("Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez")


def _de_stamp(when: datetime) -> str:
    return f"{DE_DAYS[when.weekday()]} {when.day}. {DE_MONTHS[when.month - 1]} {when.year}, {when:%H:%M}"


#: (Read in five renderings: bs4 splits the quote's intro from its ``↑`` and time, whose lines
#: the header reader then takes for a comment's; so the family is not in :data:`FAMILIES`.)
def _phpbb_de_post(
    name: str, when: datetime, quote: tuple[str, datetime, str] | None, *paras: str
) -> Post:
    """A German phpBB-like post (prosilver): the subject, ``Beitrag von Name » Mi 3. Mär 2021,
    10:02``, a quote box ``Name hat geschrieben: ↑ Mi 3. Mär 2021, 09:00``, the text, then the
    member card beside it (name, rank, posts, registration day)."""
    boxed: tuple[Line, str] | None = None
    if quote is not None:
        intro: Line = (T(f"{quote[0]} hat geschrieben:"), L("↑"), T(_de_stamp(quote[1])))
        boxed = (intro, quote[2])
    return Post(
        depth=0,
        author=name,
        posted=when,
        header=(
            (L("Re: Trägt das Eis am Altrhein schon?"),),
            (T("Beitrag von"), B(name), T("»"), T(_de_stamp(when))),
        ),
        paragraphs=paras,
        quote=boxed,
        card_below=(
            (L(name),),
            (T("Mitglied"),),
            (T("Beiträge:"), T("212")),
            (T("Registriert:"), T("Sa 12. Dez 2015, 19:20")),
        ),
    )


PHPBB_DE_POSTS = (
    _phpbb_de_post(
        "Eisvogel",
        datetime(2021, 1, 14, 10, 2),
        None,
        "War heute jemand am Altrhein? Die Stege sehen schon weiß aus.",
    ),
    _phpbb_de_post(
        "Hannelore Stieglitz",
        datetime(2021, 1, 14, 12, 40),
        ("Eisvogel", datetime(2021, 1, 14, 10, 2), "War heute jemand am Altrhein?"),
        "Ja, aber in der Mitte ist noch offenes Wasser. Bitte nicht betreten.",
    ),
    _phpbb_de_post(
        "Eisvogel",
        datetime(2021, 1, 15, 8, 15),
        None,
        "Danke, dann warte ich bis zum Wochenende.",
    ),
)
PHPBB_DE = Family(
    name="german phpbb forum",
    intro=ARTICLE_FORUM_DE,
    heading="Antworten",
    posts=PHPBB_DE_POSTS,
    reply_to=(None,) * len(PHPBB_DE_POSTS),
    by_nesting=False,
)


# --- Spanish and Russian news sites with nested replies -----------------------------------------

ARTICLE_ES = (
    "El Eco de la Ribera",
    "",
    "  • Portada",
    "  • Comarca",
    "",
    "La junta de riegos mantiene abierta la vieja estación de bombeo",
    "",
    "La junta de riegos votó el jueves mantener en servicio diez años más la estación de bombeo "
    "del siglo XIX, después de que los ingenieros encontraran su máquina en mejor estado del "
    "esperado.",
    "",
)


def _es_nested_post(depth: int, name: str, ago: str, back: timedelta, *paras: str) -> Post:
    return Post(
        depth=depth,
        author=name,
        posted=REF - back,
        header=((IMG(name), B(name)), (T(ago),)),
        paragraphs=paras,
        footer=((L("Responder"), T("·"), L("Denunciar")),),
    )


ES_NESTED_POSTS = (
    _es_nested_post(
        0, "Remedios Galán", "Hace 3 días", 3 * DAY, "Por fin una decisión sensata de la junta."
    ),
    _es_nested_post(
        1, "tio_bombas", "hace un día", DAY, "Sensata y cara, el carbón no lo regalan."
    ),
    _es_nested_post(
        2,
        "Remedios Galán",
        "hace 20 horas",
        20 * HOUR,
        "Funciona con electricidad desde hace años.",
    ),
    _es_nested_post(
        0, "Ezequiel Cano", "hace una hora", HOUR, "¿Se podrá visitar otra vez los domingos?"
    ),
)
ES_NESTED = Family(
    name="spanish nested",
    intro=ARTICLE_ES,
    heading="4 comentarios",
    posts=ES_NESTED_POSTS,
    reply_to=_parents([p.depth for p in ES_NESTED_POSTS]),
    by_nesting=True,
)

ARTICLE_RU = (
    "Вести Приречья",
    "",
    "  • Новости",
    "  • Район",
    "",
    "Старую насосную станцию оставят в работе",
    "",
    "Мелиоративный совет в четверг решил оставить старую насосную станцию в работе ещё на десять "
    "лет: инженеры нашли её машину в лучшем состоянии, чем ожидали.",
    "",
)


def _ru_news_post(
    depth: int, name: str, shown: str, when: datetime, rating: str, *paras: str
) -> Post:
    return Post(
        depth=depth,
        author=name,
        posted=when,
        header=((L(name), T(shown)),),
        paragraphs=paras,
        footer=((T(rating), L("Ответить"), L("Пожаловаться")),),
    )


RU_NEWS_POSTS = (
    _ru_news_post(
        0,
        "Прокоп Жилин",
        "вчера в 18:40",
        datetime(2024, 5, 1, 18, 40),
        "+7",
        "Правильно, машина ещё сто лет прослужит.",
    ),
    _ru_news_post(
        1,
        "ольха_у_реки",
        "вчера в 21:05",
        datetime(2024, 5, 1, 21, 5),
        "−2",
        "Прослужит, если менять подшипники вовремя.",
    ),
    _ru_news_post(
        0,
        "Мелентий",
        "сегодня в 09:15",
        datetime(2024, 5, 2, 9, 15),
        "+1",
        "А экскурсии туда снова будут водить?",
    ),
    _ru_news_post(
        1,
        "Прокоп Жилин",
        "12 минут назад",
        REF - 12 * MINUTE,
        "0",
        "По первым воскресеньям, с апреля.",
    ),
)
RU_NEWS = Family(
    name="russian news",
    intro=ARTICLE_RU,
    heading="4 комментария",
    posts=RU_NEWS_POSTS,
    reply_to=_parents([p.depth for p in RU_NEWS_POSTS]),
    by_nesting=True,
)


ARTICLE_FR = (
    "Le Courrier des Marais",
    "",
    "  • Actualité",
    "  • Région",
    "",
    "Le syndicat des marais garde sa vieille station de pompage",
    "",
    "Le syndicat des marais a voté jeudi le maintien pour dix ans de la station de pompage du "
    "XIXe siècle, les ingénieurs ayant trouvé sa machine en meilleur état que prévu.",
    "",
)


def _fr_nested_post(
    depth: int, name: str, ago: str, back: timedelta, likes: int, *paras: str
) -> Post:
    """A French news site's comment: the name and ``il y a 3 heures`` on one line, the text,
    then ``Répondre`` ``Signaler`` and ``J'aime 4``."""
    return Post(
        depth=depth,
        author=name,
        posted=REF - back,
        header=((B(name), T(ago)),),
        paragraphs=paras,
        footer=((L("Répondre"), L("Signaler"), L("J'aime"), T(str(likes))),),
    )


FR_NESTED_POSTS = (
    _fr_nested_post(
        0,
        "Ghislaine Roux",
        "il y a 2 jours",
        2 * DAY,
        4,
        "Enfin une décision de bon sens, cette machine fait partie du paysage.",
    ),
    _fr_nested_post(
        1,
        "pompier_du_marais",
        "il y a 1 jour",
        DAY,
        1,
        "Du paysage, et de la facture d'électricité aussi !",
    ),
    _fr_nested_post(
        0,
        "Anatole Brissac",
        "il y a 5 heures",
        5 * HOUR,
        0,
        "Les visites du dimanche vont-elles reprendre cet été ?",
    ),
)
FR_NESTED = Family(
    name="french nested",
    intro=ARTICLE_FR,
    heading="3 commentaires",
    posts=FR_NESTED_POSTS,
    reply_to=_parents([p.depth for p in FR_NESTED_POSTS]),
    by_nesting=True,
)


# --- a news-for-nerds board: ``Subject (Score:5, Insightful)`` / ``by alice on Wednesday
# March 03, 2021 @10:02AM (#61234567)`` / text / ``Reply to This | Parent | Share``; and a link aggregator whose
# header is ``▲ 12 ▼ alice 3 hours ago | link | flag | reply``

ARTICLE_TECH = (
    "Gearhead Digest",
    "",
    "  • Stories",
    "  • Polls",
    "",
    "Victorian beam engine outlives three pump replacements",
    "",
    "A drainage board has kept its 1850s beam engine in service after three modern pumps bought "
    "to replace it failed within a decade, engineers reported this week.",
    "",
)


def _board_post(
    depth: int, subject: str, score: str, name: str, when: datetime, cid: int, *paras: str
) -> Post:
    shown = (
        f"{when:%A} {when:%B} {when:%d}, {when.year} @{when.hour % 12 or 12:02d}:{when:%M}"
        f"{'AM' if when.hour < 12 else 'PM'}"
    )
    return Post(
        depth=depth,
        author=name,
        posted=when,
        header=(
            (L(subject), T(f"(Score:{score})")),
            (T("by"), L(name), T(f"on {shown}"), T(f"(#{cid})")),
        ),
        paragraphs=paras,
        footer=((L("Reply to This"), T("|"), L("Parent"), T("|"), L("Share")),),
    )


BOARD_POSTS = (
    _board_post(
        0,
        "Old iron lasts",
        "5, Insightful",
        "rivet_counter",
        datetime(2021, 3, 3, 10, 2),
        61234567,
        "Built when nobody knew how strong it had to be, so they made it three times stronger.",
    ),
    _board_post(
        1,
        "Re:Old iron lasts",
        "3, Funny",
        "Quillon Marsh",
        datetime(2021, 3, 3, 10, 40),
        61234601,
        "And three times heavier. The floor under it is a metre of granite.",
    ),
    _board_post(
        0,
        "Survivorship bias",
        "4, Interesting",
        "fen_tiger",
        datetime(2021, 3, 3, 12, 15),
        61234722,
        "We only see the engines that lasted. Hundreds were scrapped long ago.",
    ),
)
BOARD = Family(
    name="news for nerds board",
    intro=ARTICLE_TECH,
    heading="3 comments",
    posts=BOARD_POSTS,
    reply_to=_parents([p.depth for p in BOARD_POSTS]),
    by_nesting=True,
)


def _lobby_post(depth: int, votes: int, name: str, ago: str, back: timedelta, *paras: str) -> Post:
    return Post(
        depth=depth,
        author=name,
        posted=REF - back,
        header=(
            (
                L("▲"),
                T(str(votes)),
                L("▼"),
                L(name),
                T(ago),
                T("|"),
                L("link"),
                T("|"),
                L("flag"),
                T("|"),
                L("reply"),
            ),
        ),
        paragraphs=paras,
    )


LOBBY_POSTS = (
    _lobby_post(
        0, 14, "brassgear", "9 hours ago", 9 * HOUR, "Simple machines, thick castings, slow speed."
    ),
    _lobby_post(
        1, 6, "tessellate", "8 hours ago", 8 * HOUR, "Slow speed is the real secret, I think."
    ),
    _lobby_post(
        0,
        3,
        "Orla Fitch",
        "2 hours ago",
        2 * HOUR,
        "The replacement pumps were never sized for the silt.",
    ),
)
LOBBY = Family(
    name="link aggregator with arrows",
    intro=ARTICLE_TECH,
    heading="3 comments",
    posts=LOBBY_POSTS,
    reply_to=_parents([p.depth for p in LOBBY_POSTS]),
    by_nesting=True,
)


# --- Polish and Turkish news sites: ``3 godziny temu`` / ``Odpowiedz``, ``3 saat önce`` /
# ``Yanıtla``


def _short_news_post(
    name: str, ago: str, back: timedelta, buttons: tuple[str, str], *paras: str
) -> Post:
    return Post(
        depth=0,
        author=name,
        posted=REF - back,
        header=((B(name),), (T(ago),)),
        paragraphs=paras,
        footer=((L(buttons[0]), T("·"), L(buttons[1])),),
    )


ARTICLE_PL = (
    "Kurier Żuławski",
    "",
    "  • Wiadomości",
    "  • Region",
    "",
    "Stara przepompownia zostaje w służbie na kolejne dziesięć lat",
    "",
    "Związek wałowy zdecydował w czwartek, że dziewiętnastowieczna przepompownia będzie "
    "pracować jeszcze dziesięć lat, bo inżynierowie znaleźli jej maszynę w lepszym stanie.",
    "",
)
PL_BUTTONS = ("Odpowiedz", "Zgłoś")
PL_POSTS = (
    _short_news_post(
        "Bożena Kwiatek", "2 dni temu", 2 * DAY, PL_BUTTONS, "Dobrze, że jej nie rozebrali."
    ),
    _short_news_post(
        "zuławiak", "5 godzin temu", 5 * HOUR, PL_BUTTONS, "Ciekawe, ile kosztuje prąd dla niej."
    ),
    _short_news_post(
        "Tadeusz Mróz", "godzinę temu", HOUR, PL_BUTTONS, "Czy będzie można ją znowu zwiedzać?"
    ),
)
POLISH = Family(
    name="polish",
    intro=ARTICLE_PL,
    heading="3 komentarze",
    posts=PL_POSTS,
    reply_to=(None,) * len(PL_POSTS),
    by_nesting=False,
)

ARTICLE_TR = (
    "Delta Postası",
    "",
    "  • Gündem",
    "  • Bölge",
    "",
    "Eski pompa istasyonu on yıl daha çalışacak",
    "",
    "Sulama birliği perşembe günü yüz elli yıllık pompa istasyonunun on yıl daha hizmette "
    "kalmasına karar verdi; mühendisler makineyi beklenenden iyi durumda buldu.",
    "",
)
TR_BUTTONS = ("Yanıtla", "Şikayet et")
TR_POSTS = (
    _short_news_post(
        "Nurhan Ekinci", "3 gün önce", 3 * DAY, TR_BUTTONS, "Çok iyi bir karar, makine sağlam."
    ),
    _short_news_post(
        "deltali_61", "4 saat önce", 4 * HOUR, TR_BUTTONS, "Elektrik faturası kime kalacak peki?"
    ),
    _short_news_post(
        "Kemal Arslan", "20 dakika önce", 20 * MINUTE, TR_BUTTONS, "Müze olarak da açılmalı bence."
    ),
)
TURKISH = Family(
    name="turkish",
    intro=ARTICLE_TR,
    heading="3 yorum",
    posts=TR_POSTS,
    reply_to=(None,) * len(TR_POSTS),
    by_nesting=False,
)


# --- a thread that shows no time at all: the name, the text, ``Reply`` (its shape alone). Read
# in every rendering: where inscriptis and bs4 leave no blank line between the article and the
# thread, the heading over the thread still ends the article's body. (Its checks are its own:
# it has no times for the family checks' ``posted``.)


def _timeless_post(depth: int, name: str, *paras: str) -> Post:
    return Post(
        depth=depth,
        author=name,
        posted=None,
        header=((IMG(f"{name}'s avatar"), B(name)),),
        paragraphs=paras,
        footer=((L("Reply"),),),
    )


TIMELESS_POSTS = (
    _timeless_post(0, "Fenella Quarry", "I grew up beside that engine house. Good news at last."),
    _timeless_post(1, "dyke_reeve", "Same here. We used to hear it thump all night in floods."),
    _timeless_post(0, "Cormac Ashby", "Ten years is not long. What happens after that?"),
    _timeless_post(0, "Isolde Penhale", "Keep it running forever, it is cheaper than a new pump."),
)
TIMELESS = Family(
    name="thread without times",
    intro=ARTICLE_EN,
    heading="4 Comments",
    posts=TIMELESS_POSTS,
    reply_to=_parents([p.depth for p in TIMELESS_POSTS]),
    by_nesting=True,
)


FAMILIES = {
    f.name: f
    for f in (
        OLD_QA,
        RECENT_QA,
        ARROWS,
        SMF,
        MYBB,
        RU_FORUM,
        RU_FORUM_SHORT,
        IPB,
        ES_NESTED,
        RU_NEWS,
        FR_NESTED,
        BOARD,
        LOBBY,
        POLISH,
        TURKISH,
    )
}


def _parse(family: str, converter: str) -> newsparse.Article:
    return newsparse.parse(CONVERTERS[converter](FAMILIES[family]), reference_time=REF)


@pytest.mark.parametrize(
    ("family", "converter"),
    [(f, c) for f, fam in FAMILIES.items() for c in INDENTING if fam.by_nesting],
)
def test_reply_to_by_nesting(family: str, converter: str) -> None:
    article = _parse(family, converter)
    assert tuple(c.reply_to for c in article.comments) == FAMILIES[family].reply_to


@pytest.mark.parametrize(
    ("family", "converter"),
    [
        (f, c)
        for f in (
            "smf forum",
            "mybb forum",
            "russian forum",
            "russian forum, short months",
            "invision forum",
        )
        for c in CONVERTERS
    ],
)
def test_forum_quotes_go_to_quoted(family: str, converter: str) -> None:
    article = _parse(family, converter)
    posts = FAMILIES[family].posts
    assert [bool(c.quoted) for c in article.comments] == [p.quote is not None for p in posts]


@pytest.mark.parametrize("converter", sorted(CONVERTERS))
def test_an_editors_card_and_the_comments_under_an_answer_are_no_answer(converter: str) -> None:
    article = _parse("older stack exchange", converter)
    assert "Cuthbert Nye" not in [c.author for c in article.comments]
    assert not [c for c in article.comments if "Slotted holes" in c.text]


@pytest.mark.parametrize("converter", sorted(CONVERTERS))
def test_a_thread_without_times_is_read_by_its_shape(converter: str) -> None:
    article = newsparse.parse(CONVERTERS[converter](TIMELESS))
    assert article.body == ARTICLE_EN[-2]  # (the thread is not the article's)
    assert [c.author for c in article.comments] == [p.author for p in TIMELESS.posts]
    assert [c.text for c in article.comments] == [p.paragraphs[0] for p in TIMELESS.posts]
    assert [c.posted for c in article.comments] == [None] * len(TIMELESS.posts)
    if converter in INDENTING:
        assert tuple(c.reply_to for c in article.comments) == TIMELESS.reply_to


@pytest.mark.parametrize("converter", sorted(CONVERTERS))
def test_a_thread_without_times_needs_its_declared_count(converter: str) -> None:
    wrong = attrs.evolve(TIMELESS, heading="5 Comments")
    assert newsparse.parse(CONVERTERS[converter](wrong)).comments == ()


#: The renderings in which the German phpBB-like thread is read (see :data:`PHPBB_DE`).
NOT_BS4 = ("w3m", "lynx", "html2text", "inscriptis", "resiliparse")


@pytest.mark.parametrize("converter", NOT_BS4)
def test_a_member_card_under_the_post_and_a_quote_with_its_time(converter: str) -> None:
    article = newsparse.parse(CONVERTERS[converter](PHPBB_DE))
    assert [c.author for c in article.comments] == [p.author for p in PHPBB_DE.posts]
    assert [c.posted for c in article.comments] == [p.posted for p in PHPBB_DE.posts]
    assert [c.text for c in article.comments] == [p.paragraphs[0] for p in PHPBB_DE.posts]
    assert [bool(c.quoted) for c in article.comments] == [False, True, False]
