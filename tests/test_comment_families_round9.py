"""Comment families of round 9, in every converter's rendering (invented threads, no real text).

- A talk widget that names a reply's parent by the first word of their name after the reply's
  time (``Час назад Глебу``, the parent's name declined; ``2 hours ago Wren``) over a
  ``Report`` button; bs4 writes the name on a line of its own under the time, where it is no
  text of the reply. Must not: a reply whose text opens with a word alone that names no one
  above it (``Согласен``), and a comment whose whole text is an earlier commenter's name.

Each thread is written as the page's elements and rendered by the six converters of
:mod:`tests.test_comment_renderings` (read its header for how each renders them). Names, words
and times are the tests' own.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

import newsparse

from .test_comment_renderings import (
    CONVERTERS,
    HOUR,
    IMG,
    REF,
    Family,
    L,
    Post,
    T,
    check_authors,
    check_posted,
    check_text,
)

MINUTE = timedelta(minutes=1)

ARTICLE_RU = (
    "Вестник Озёрска",
    "",
    "  • Город",
    "  • Транспорт",
    "",
    "Паром через Лесное озеро будет ходить до полуночи",
    "",
    "С июня паром между Озёрском и Заречьем будет ходить до полуночи, сообщила в понедельник "
    "городская администрация: жители просили об этом третий год.",
    "",
    "Билет подорожает на десять рублей, а ночные рейсы будут идти раз в час.",
    "",
)

ARTICLE_EN = (
    "Millbrook Ledger",
    "",
    "  • Town",
    "  • Parks",
    "",
    "The skating pond will get lights for evening hours",
    "",
    "The skating pond on Ferrow Common will get lamps on poles this winter, so skaters can stay "
    "until nine, the parks board said on Thursday after a long debate.",
    "",
    "The lamps cost less than a new bench, the board added, and will be switched off at nine.",
    "",
)


def _talk_post(
    name: str, ago: str, back: timedelta, parent: str | None, report: str, reply: str, *paras: str
) -> Post:
    """A talk widget's comment: the avatar and name, the age with the parent's first name after
    it (a link), a report button, the text, a reply button and the votes."""
    when = (T(ago), L(parent)) if parent is not None else (T(ago),)
    return Post(
        depth=0,
        author=name,
        posted=REF - back,
        header=((IMG("avatar"), L(name)), when, (L(report),)),
        paragraphs=paras,
        footer=((L(reply),), (T("4"),)),
    )


def _ru(name: str, ago: str, back: timedelta, parent: str | None, *paras: str) -> Post:
    return _talk_post(name, ago, back, parent, "Пожаловаться", "Ответить", *paras)


def _en(name: str, ago: str, back: timedelta, parent: str | None, *paras: str) -> Post:
    return _talk_post(name, ago, back, parent, "Report", "Reply", *paras)


TALK_RU = Family(
    name="talk, parent named (ru)",
    intro=ARTICLE_RU,
    heading="5 комментариев",
    posts=(
        _ru(
            "Глеб Сорокин",
            "5 часов назад",
            5 * HOUR,
            None,
            "Наконец-то можно будет вернуться из театра без такси.",
        ),
        _ru(
            "Ирина Лаптева",
            "3 часа назад",
            3 * HOUR,
            "Глебу",
            "Театр заканчивается в десять, так что это и правда удобно.",
        ),
        _ru(
            "Глеб Сорокин",
            "2 часа назад",
            2 * HOUR,
            "Ирине",
            "Согласен",
            "Только бы не отменили рейсы в сентябре, как в прошлый раз.",
        ),
        _ru(
            "Фома Кукин",
            "40 минут назад",
            40 * MINUTE,
            None,
            "А зимой паром вообще ходит? Лёд ведь встаёт к декабрю.",
        ),
        _ru(
            "Ирина Лаптева",
            "15 минут назад",
            15 * MINUTE,
            "Фоме",
            "Зимой ходит автобус по дамбе, паром стоит у причала.",
        ),
    ),
    reply_to=(None, 0, 1, None, 3),
    by_nesting=False,
)

TALK_EN = Family(
    name="talk, parent named (en)",
    intro=ARTICLE_EN,
    heading="5 Comments",
    posts=(
        _en(
            "Wren Hollister",
            "6 hours ago",
            6 * HOUR,
            None,
            "Finally a reason to skate after work, the pond is dark by five.",
        ),
        _en(
            "Oswin Pike",
            "4 hours ago",
            4 * HOUR,
            "Wren",
            "Agreed",
            "Though nine is still early for a Saturday, I would say ten.",
        ),
        _en(
            "Wren Hollister",
            "3 hours ago",
            3 * HOUR,
            "Oswin",
            "Ten would wake the houses on the north side, I think nine is fair.",
        ),
        _en(
            "Dagny Ruel",
            "2 hours ago",
            2 * HOUR,
            None,
            "Oswin",
        ),
        _en(
            "Tamsin Vale",
            "50 minutes ago",
            50 * MINUTE,
            "Dagny",
            "Who pays for the power? The board did not say a word about it.",
        ),
    ),
    reply_to=(None, 0, 1, None, 3),
    by_nesting=False,
)

FAMILIES = {f.name: f for f in (TALK_RU, TALK_EN)}
CASES = [(f, c) for f in FAMILIES for c in CONVERTERS]


def _parse(family: str, converter: str) -> newsparse.Article:
    return newsparse.parse(CONVERTERS[converter](FAMILIES[family]), reference_time=REF)


@pytest.mark.parametrize(("family", "converter"), CASES)
def test_count_and_authors(family: str, converter: str) -> None:
    check_authors(FAMILIES[family], _parse(family, converter))


@pytest.mark.parametrize(("family", "converter"), CASES)
def test_posted_days(family: str, converter: str) -> None:
    check_posted(FAMILIES[family], _parse(family, converter))


@pytest.mark.parametrize(("family", "converter"), CASES)
def test_text_without_the_parents_name(family: str, converter: str) -> None:
    check_text(FAMILIES[family], _parse(family, converter))


@pytest.mark.parametrize(("family", "converter"), CASES)
def test_reply_to_the_named_parent(family: str, converter: str) -> None:
    article = _parse(family, converter)
    assert tuple(c.reply_to for c in article.comments) == FAMILIES[family].reply_to
