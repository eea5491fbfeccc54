"""The comment platforms news sites embed, in every converter's rendering (issue #17).

The release check scores comments on sites the project has never seen, and most news sites do not
run their own comments: they embed a platform. These invented threads are in the shapes of four
common ones, with the details that set them apart from the families of
:mod:`tests.test_comment_unseen_systems`: a newsroom talk platform (a badge after the name, an
``In reply to`` line over a reply, a ``Respect 3`` reaction and ``Reply Share Report`` under the
text); a conversation platform (a compact age after ``·``, bare vote counts and ``Show 2
replies`` under the text); a discussion widget backed by a code host (``name commented 3 days
ago``, an ``edited`` mark, emoji reaction counts, ``Write a reply``); and a small self-hosted
widget (``name • 3 days ago``, a ``+ 2 −`` vote, ``Reply`` and ``Edit``). Each is written as
the page's elements and rendered by the six converters of :mod:`tests.test_comment_renderings`
(read its header for how each renders them). Names, words and times are the tests' own.
"""

from __future__ import annotations

from datetime import timedelta

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
)

MINUTE = timedelta(minutes=1)
WEEK = 7 * DAY

ARTICLE_NEWS = (
    "Fenwick Hollow Courier",
    "",
    "  • Region",
    "  • Transport",
    "",
    "The night bus to the coast will run again from October",
    "",
    "The night bus between Fenwick Hollow and the coast, cut four years ago to save money, will "
    "run again from October on Fridays and Saturdays, the transport board said on Monday.",
    "",
    "The board expects about ninety riders a night and will review the service after a year.",
    "",
)


# --- a newsroom talk platform: ``Name Subscriber`` / ``3 hours ago`` / ``In reply to X`` --------


def _newsroom_post(
    depth: int,
    name: str,
    badge: str,
    ago: str,
    back: timedelta,
    respect: int,
    parent: str | None,
    *paras: str,
) -> Post:
    """A comment: the name and its badge (or none), the age, ``In reply to`` its parent's name on
    a reply, the text, then the reaction with its count and the row of buttons."""
    name_line = (L(name), T(badge)) if badge else (L(name),)
    header: tuple[Line, ...] = (name_line, (T(ago),))
    if parent is not None:
        header += ((T("In reply to"), B(parent)),)
    return Post(
        depth=depth,
        author=name,
        posted=REF - back,
        header=header,
        paragraphs=paras,
        footer=((L("Respect"), T(str(respect))), (L("Reply"), L("Share"), L("Report"))),
    )


NEWSROOM_POSTS = (
    _newsroom_post(
        0,
        "Idris Fallowfield",
        "Subscriber",
        "9 hours ago",
        9 * HOUR,
        12,
        None,
        "Four years without a way home after ten at night. About time.",
    ),
    _newsroom_post(
        1,
        "corvina",
        "",
        "8 hours ago",
        8 * HOUR,
        3,
        "Idris Fallowfield",
        "Only two nights a week, though. Shift workers need it on weekdays.",
    ),
    _newsroom_post(
        1,
        "Mabyn Treloar",
        "Staff",
        "7 hours ago",
        7 * HOUR,
        5,
        "Idris Fallowfield",
        "The board says weekdays depend on how the first year goes.",
    ),
    _newsroom_post(
        0,
        "Gethin Alcott",
        "Subscriber",
        "2 hours ago",
        2 * HOUR,
        0,
        None,
        "Ninety riders a night sounds hopeful for a village route.",
        "We will see in a year.",
    ),
)
NEWSROOM = Family(
    name="newsroom talk platform",
    intro=ARTICLE_NEWS,
    heading="4 Comments",
    posts=NEWSROOM_POSTS,
    reply_to=_parents([p.depth for p in NEWSROOM_POSTS]),
    by_nesting=False,
)


# --- a conversation platform: ``Name · 3h`` / text / ``Reply Share`` / ``4`` ``1`` --------------


def _open_post(
    depth: int, name: str, ago: str, back: timedelta, up: int, down: int, *paras: str
) -> Post:
    """A comment: the avatar, the name and its compact age after ``·``, the text, then the
    buttons and the bare up and down vote counts (their icons show no words)."""
    return Post(
        depth=depth,
        author=name,
        posted=REF - back,
        header=((IMG(name),), (L(name), T("·"), T(ago))),
        paragraphs=paras,
        footer=((L("Reply"),), (L("Share"),), (L(str(up)), L(str(down)))),
    )


OPEN_POSTS = (
    _open_post(
        0, "Pell Haverford", "3d", 3 * DAY, 14, 2, "Will it stop at the hospital on the way?"
    ),
    _open_post(1, "sandpiper_9", "2d", 2 * DAY, 6, 0, "It does, the timetable is on page two."),
    _open_post(0, "Orla Quennell", "20h", 20 * HOUR, 1, 4, "A taxi is still cheaper for three."),
    _open_post(
        0,
        "Tamsin Vey",
        "35m",
        35 * MINUTE,
        0,
        0,
        "My son can finally come back from his late shifts without me driving out at midnight.",
    ),
)
OPEN = Family(
    name="conversation platform",
    intro=ARTICLE_NEWS,
    heading="4 Comments",
    posts=OPEN_POSTS,
    reply_to=_parents([p.depth for p in OPEN_POSTS]),
    by_nesting=True,
)


# --- a discussion widget backed by a code host: ``name commented 3 days ago`` / reactions -------

ARTICLE_BLOG = (
    "a notebook on small boats",
    "",
    "  • Posts",
    "  • Tags",
    "",
    "Re-caulking a clinker dinghy in one weekend",
    "",
    "The old dinghy leaked at every plank seam; two days of raking out and re-caulking the seams "
    "with cotton and a soft putty made her tight again, at least for this season.",
    "",
)


def _hosted_post(
    depth: int, name: str, ago: str, back: timedelta, edited: bool, reactions: str, *paras: str
) -> Post:
    """A comment: the avatar, ``name commented`` its age (``edited`` after it when it was), the
    text, then its emoji reaction counts (or none) and, under a top-level one, ``Write a
    reply``."""
    stamp = (L(name), T("commented"), L(ago), *((T("• edited"),) if edited else ()))
    footer: tuple[Line, ...] = ((T(reactions),),) if reactions else ()
    if depth == 0:
        footer += ((L("Write a reply"),),)
    return Post(
        depth=depth,
        author=name,
        posted=REF - back,
        header=((IMG(f"@{name}"),), stamp),
        paragraphs=paras,
        footer=footer,
    )


HOSTED_POSTS = (
    _hosted_post(
        0,
        "keelson",
        "3 weeks ago",
        3 * WEEK,
        False,
        "👍 2",
        "Did you prime the seams before the putty went in?",
    ),
    _hosted_post(
        1,
        "harriet-oakum",
        "2 weeks ago",
        2 * WEEK,
        True,
        "",
        "Yes, thinned linseed oil the evening before.",
    ),
    _hosted_post(
        0,
        "dorymaker",
        "4 days ago",
        4 * DAY,
        False,
        "❤️ 1 👍 3",
        "Cotton beats the modern foam rope for this, I agree.",
    ),
)
HOSTED = Family(
    name="code host discussion widget",
    intro=ARTICLE_BLOG,
    heading="2 comments · 1 reply",
    posts=HOSTED_POSTS,
    reply_to=_parents([p.depth for p in HOSTED_POSTS]),
    by_nesting=True,
)


# --- a small self-hosted widget: ``name • 3 days ago`` / text / ``+ 2 −`` ``Reply`` ``Edit`` ----


def _small_post(depth: int, name: str, ago: str, back: timedelta, votes: int, *paras: str) -> Post:
    """A comment: the name and its age after ``•``, the text, then the vote (``+ 2 −``) and the
    buttons a reader sees on every comment."""
    return Post(
        depth=depth,
        author=name,
        posted=REF - back,
        header=((B(name), T("•"), L(ago)),),
        paragraphs=paras,
        footer=((L("+"), T(str(votes)), L("−")), (L("Reply"), L("Edit"))),
    )


SMALL_POSTS = (
    _small_post(0, "Juno Blackwood", "2 months ago", 60 * DAY, 2, "Which putty did you use?"),
    _small_post(
        1, "Anonymous", "2 months ago", 60 * DAY, 0, "A linseed one from the chandlery, I think."
    ),
    _small_post(0, "Ferrin", "5 days ago", 5 * DAY, 1, "She looks lovely in the last photo."),
)
SMALL = Family(
    name="small self-hosted widget",
    intro=ARTICLE_BLOG,
    heading="3 Comments",
    posts=SMALL_POSTS,
    reply_to=_parents([p.depth for p in SMALL_POSTS]),
    by_nesting=True,
)


# --- a social network's plugin, nested: ``Name`` / ``Top fan`` / text / ``Like · Reply · 3w`` -----


def _social_post(
    depth: int, name: str, card: str, ago: str, back: timedelta, more: int, *paras: str
) -> Post:
    """A comment: the avatar and the name, a badge or the writer's workplace under it (or
    none), the text, the buttons and the age on one line, then, under some, the link that
    unfolds the replies not shown."""
    footer: tuple[Line, ...] = ((L("Like"), T("·"), L("Reply"), T("·"), L(ago)),)
    if more:
        footer += ((L(f"View {more} more {'reply' if more == 1 else 'replies'}"),),)
    return Post(
        depth=depth,
        author=name,
        posted=REF - back,
        header=((IMG(name), L(name)), *(((T(card),),) if card else ())),
        paragraphs=paras,
        footer=footer,
    )


SOCIAL_POSTS = (
    _social_post(
        0,
        "Rowena Castellan",
        "Top fan",
        "3w",
        3 * WEEK,
        0,
        "I used to take that bus in the nineties. Glad it is back.",
    ),
    _social_post(
        1,
        "Dunstan Mercer",
        "Works at Fenwick Hollow Transport",
        "2w",
        2 * WEEK,
        2,
        "Timetables will be at every stop by the end of September.",
    ),
    _social_post(
        0, "Aelwen Brock", "", "4d", 4 * DAY, 0, "Is there a late train as well, or only the bus?"
    ),
)
SOCIAL = Family(
    name="nested social plugin",
    intro=ARTICLE_NEWS,
    heading="5 comments",
    posts=SOCIAL_POSTS,
    reply_to=_parents([p.depth for p in SOCIAL_POSTS]),
    by_nesting=True,
)


# --- a Russian social network's widget: ``Имя`` / text / ``3 дня назад`` / ``Мне нравится 4`` --

ARTICLE_RU = (
    "Вечерний Заречинск",
    "",
    "  • Город",
    "  • Транспорт",
    "",
    "Ночной автобус к морю снова пойдёт с октября",
    "",
    "Ночной автобус от Заречинска до побережья, отменённый четыре года назад, снова пойдёт с "
    "октября по пятницам и субботам, сообщили в транспортном управлении.",
    "",
)


def _vk_post(name: str, ago: str, back: timedelta, likes: int, *paras: str) -> Post:
    """A comment: the avatar and the name, the text, then the age beside ``Ответить`` and the
    like button with its count."""
    return Post(
        depth=0,
        author=name,
        posted=REF - back,
        header=((IMG(name),), (L(name),)),
        paragraphs=paras,
        footer=((T(ago), L("Ответить")), (L("Мне нравится"), T(str(likes)))),
    )


VK_POSTS = (
    _vk_post("Светозар Ильин", "3 дня назад", 3 * DAY, 4, "Наконец-то, а то такси ночью не найти."),
    _vk_post(
        "Олеся Барсукова",
        "вчера в 21:40",
        DAY,
        0,
        "Жаль, что только по выходным, я работаю в ночь.",
    ),
    _vk_post("Пётр Вяземцев", "2 часа назад", 2 * HOUR, 1, "Сколько будет стоить билет?"),
)
VK = Family(
    name="russian social widget with likes",
    intro=ARTICLE_RU,
    heading="3 комментария",
    posts=VK_POSTS,
    reply_to=(None,) * len(VK_POSTS),
    by_nesting=False,
)


FAMILIES = {f.name: f for f in (NEWSROOM, OPEN, HOSTED, SMALL, SOCIAL, VK)}


def _parse(family: str, converter: str) -> newsparse.Article:
    return newsparse.parse(CONVERTERS[converter](FAMILIES[family]), reference_time=REF)


# --- tests (the four checks every family passes are in tests/test_comment_families_read.py) ---


@pytest.mark.parametrize(
    ("family", "converter"),
    [(f, c) for f, fam in FAMILIES.items() for c in INDENTING if fam.by_nesting],
)
def test_reply_to_by_nesting(family: str, converter: str) -> None:
    article = _parse(family, converter)
    assert tuple(c.reply_to for c in article.comments) == FAMILIES[family].reply_to


@pytest.mark.parametrize("converter", sorted(CONVERTERS))
def test_in_reply_to_names_the_parent(converter: str) -> None:
    article = _parse("newsroom talk platform", converter)
    assert tuple(c.reply_to for c in article.comments) == NEWSROOM.reply_to
