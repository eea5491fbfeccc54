"""Date families of sites never seen (issue 19), in the six converters' renderings of
:mod:`tests.test_header_families_round3` (every page invented).

Each family is a way many sites in some language write the date under a byline that the parser
did not read: a relative time or a day word in a language it did not know, glued to its unit
in Chinese, Japanese and Korean. Each has "must not" cases beside it (a sentence or a date that
holds the family's words), so a fix cannot over-reach.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

import newsparse
from newsparse._dates import read_relative, read_timestamp
from newsparse._relative import find_relative
from tests.test_header_families_round3 import BODY, CONVERTERS, render

HEADLINE = "Ferry to run every hour from May"
#: The time the pages were fetched: every relative time counts back from it.
FETCHED = datetime(2024, 5, 2, 18, 0, tzinfo=UTC)


def _published(converter: str, line: str) -> date | None:
    page = render(converter, HEADLINE, [("By", "Jane Doe"), line], BODY)
    value = newsparse.parse(page, reference_time=FETCHED).published
    return value.date() if isinstance(value, datetime) else value


# --- a relative time in more languages, and glued in Chinese, Japanese and Korean ------------

RELATIVE = {
    "zh-hours": ("3小时前", date(2024, 5, 2)),
    "zh-days": ("2天前", date(2024, 4, 30)),
    "zh-tw-hours": ("3小時前", date(2024, 5, 2)),
    "ja-hours": ("3時間前", date(2024, 5, 2)),
    "ja-days": ("2日前", date(2024, 4, 30)),
    "ko-hours": ("3시간 전", date(2024, 5, 2)),
    "ko-days-glued": ("2일전", date(2024, 4, 30)),
    "vi-hours": ("3 giờ trước", date(2024, 5, 2)),
    "vi-days": ("2 ngày trước", date(2024, 4, 30)),
    "da-days": ("2 dage siden", date(2024, 4, 30)),
    "no-days": ("2 dager siden", date(2024, 4, 30)),
    "sv-days": ("för 2 dagar sedan", date(2024, 4, 30)),
    "cs-days": ("před 2 dny", date(2024, 4, 30)),
    "fi-days": ("2 päivää sitten", date(2024, 4, 30)),
    "id-hours": ("2 jam yang lalu", date(2024, 5, 2)),
    "id-days": ("2 hari yang lalu", date(2024, 4, 30)),
    "ar-hours": ("منذ 3 ساعات", date(2024, 5, 2)),
}


@pytest.mark.parametrize("converter", CONVERTERS)
@pytest.mark.parametrize("case", sorted(RELATIVE))
def test_a_relative_time_in_more_languages(case: str, converter: str) -> None:
    line, day = RELATIVE[case]
    assert _published(converter, line) == day


DAY_WORDS = {
    "es-yesterday": ("Ayer a las 16:45", date(2024, 5, 1)),
    "es-today": ("Hoy 10:05", date(2024, 5, 2)),
    "it-yesterday": ("Ieri alle 16:45", date(2024, 5, 1)),
    "ru-yesterday": ("Вчера в 16:45", date(2024, 5, 1)),
    "ru-today": ("Сегодня, 10:05", date(2024, 5, 2)),
    "cs-yesterday": ("Včera v 16:45", date(2024, 5, 1)),
    "da-yesterday": ("I går kl. 16.45", date(2024, 5, 1)),
    "fi-yesterday": ("Eilen klo 16.45", date(2024, 5, 1)),
    "vi-yesterday": ("Hôm qua lúc 16:45", date(2024, 5, 1)),
    "id-yesterday": ("Kemarin pukul 16.45", date(2024, 5, 1)),
    "zh-yesterday": ("昨天 16:45", date(2024, 5, 1)),
    "zh-today": ("今天 10:05", date(2024, 5, 2)),
    "ja-yesterday": ("昨日 16:45", date(2024, 5, 1)),
    "ko-yesterday": ("어제 16:45", date(2024, 5, 1)),
}


@pytest.mark.parametrize("converter", CONVERTERS)
@pytest.mark.parametrize("case", sorted(DAY_WORDS))
def test_a_day_word_and_its_time_in_more_languages(case: str, converter: str) -> None:
    line, day = DAY_WORDS[case]
    assert _published(converter, line) == day


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("3小时前", 3 * 3600),
        ("发布于3小时前", 3 * 3600),
        ("3시간 전", 3 * 3600),
        ("1年前", 365 * 86400),
    ],
)
def test_a_glued_relative_time_inside_a_line(text: str, seconds: int) -> None:
    found = find_relative(text)
    assert found is not None and found.seconds == seconds


@pytest.mark.parametrize(
    "text",
    [
        "5月2日前後に会う",  # "around May 2": a date's day before "around", no relative time
        "前回の記事",  # "the previous article"
        "set a timer here and wait",  # English words, no Danish hours
        "Ayer vino Ana a las 16:45",  # a day word in a sentence
    ],
)
def test_must_not_read_a_relative_time_in_such_words(text: str) -> None:
    assert find_relative(text) is None
    assert read_relative(text, reference=FETCHED) == (None, None)


def test_a_day_word_without_a_reference_time_is_unresolved() -> None:
    assert read_relative("Ayer a las 16:45")[1] is not None
    assert read_relative("3小时前")[1] is not None


def test_a_comment_readers_timestamp_keeps_its_narrower_day_words() -> None:
    # read_timestamp (the comment readers' time lines) reads the English, German and French day
    # words alone; the header's relative reader reads the others
    assert read_timestamp("Ayer a las 16:45", reference=FETCHED) == (None, None)
    assert read_timestamp("Yesterday at 4:45 PM", reference=FETCHED)[0] is not None
