"""Dates and timestamps: the fast path reads exactly what the full patterns read."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse import _dates
from newsparse._dates import find_date
from newsparse.vocab import page as V

_ASCII_MONTHS = sorted(m for m in V.MONTHS if m.isascii() and m.isalpha())
_ZONE = timezone(timedelta(hours=5))


@st.composite
def timestamps(draw: st.DrawFn) -> str:
    """Texts in (and just beside) the shapes the fast path takes: ``Aug 5, 2012 - 11:21AM``."""
    month = draw(st.sampled_from([*_ASCII_MONTHS, "foo", "Mon"]))
    month = draw(st.sampled_from([month, month.title(), month.upper()]))
    text = f"{month}{draw(st.sampled_from(['', '.']))} {draw(st.integers(0, 40))}"
    text += f"{draw(st.sampled_from(['', ',']))} {draw(st.integers(1, 2999)):04d}"
    if draw(st.booleans()):
        joiner = draw(st.sampled_from(["", " ", " - ", " – ", ", ", ",", " at ", ", - "]))
        text += f"{joiner}{draw(st.integers(0, 25))}:{draw(st.integers(0, 70)):02d}"
        text += draw(st.sampled_from(["", "AM", " pm", "Pm", " a.m."]))
    return text


@given(timestamps(), st.sampled_from([None, _ZONE]))
def test_fast_path_agrees_with_the_full_patterns(text: str, tz: timezone | None) -> None:
    fast = _dates._fast(text, tz)
    if fast is not None:
        assert (fast, None) == _dates._full(text, None, tz)
    assert _dates.read_timestamp(text, tz=tz) == _dates._full(text, None, tz)


def test_common_shapes_take_the_fast_path() -> None:
    assert _dates._fast("Aug 5, 2012 - 11:21AM", None) == datetime(2012, 8, 5, 11, 21)
    assert _dates._fast("March 10, 2017 at 1:26 AM", None) == datetime(2017, 3, 10, 1, 26)
    assert _dates._fast("Nov 18, 2019, 12:47am", _ZONE) == datetime(
        2019, 11, 18, 0, 47, tzinfo=_ZONE
    )
    assert _dates._fast("May 2, 2024", None) == date(2024, 5, 2)
    # impossible or unusual values go on to the full patterns, which give the reason
    assert _dates._fast("Feb 30, 2024", None) is None
    assert _dates.read_timestamp("Feb 30, 2024") == (None, "not a valid calendar date")
    assert _dates._fast("Mon 5, 2012", None) is None


def test_dotted_month_slashed_short_year_and_icon_glued_dates() -> None:
    # 21.dez.2018: day, month abbreviation and year joined by dots (with "às" before the time)
    found = _dates.find_date("14.dez.2020 às 09h40")
    assert found is not None and found[0] == datetime(2020, 12, 14, 9, 40)
    # 11/20/19: a two-digit year after slashes, month first unless the first part cannot be one
    found = _dates.find_date("4/28/21 6:05 PM")
    assert found is not None and found[0] == datetime(2021, 4, 28, 18, 5)
    found = _dates.find_date("28/04/21")
    assert found is not None and found[0] == date(2021, 4, 28)
    assert _dates.find_date("1/2/345") is None
    assert _dates.find_date("(https://gazette.example/news/4/28/21/pool)") is None
    # html2text writes an icon as "__" glued to the date
    found = _dates.find_date("__ Ana Ruiz __April 28, 2021 18:05")
    assert found is not None and found[0] == datetime(2021, 4, 28, 18, 5)
    assert _dates.find_date("Ana2 April 2021") is None


def test_russian_month_names() -> None:
    found = _dates.find_date("Текст: Анна Петрова · 11 октября 2018")
    assert found is not None and found[0] == date(2018, 10, 11)


def test_year_first_dates_with_slashes_dots_or_cjk_marks() -> None:
    assert _dates.read_timestamp("2021/04/28 18:05") == (datetime(2021, 4, 28, 18, 5), None)
    found = _dates.find_date("Posted 2021.04.28 | Ana Ruiz")
    assert found is not None and found[0] == date(2021, 4, 28)
    found = _dates.find_date("公開日：2021年4月28日")
    assert found is not None and found[0] == date(2021, 4, 28)
    found = _dates.find_date("2021년 4월 28일 18:05")
    assert found is not None and found[0] == datetime(2021, 4, 28, 18, 5)
    # a URL's path or a version number is no date
    assert _dates.find_date("[Pool saved](https://gazette.example/2021/04/28/pool)") is None
    assert _dates.find_date("release v2021.04.28.1") is None


def test_a_time_before_the_date_is_kept() -> None:
    found = _dates.find_date("Ana Ruiz 6:05 PM EST, Wednesday, April 28, 2021")
    est = timezone(timedelta(hours=-5))
    assert found is not None and found[0] == datetime(2021, 4, 28, 18, 5, tzinfo=est)
    assert found[1] == len("Ana Ruiz ")  # the span starts at the time
    found = _dates.find_date("18:05 28.04.21")
    assert found is not None and found[0] == datetime(2021, 4, 28, 18, 5)
    # a bare number before a date is no time
    found = _dates.find_date("Chapter 3 April 28, 2021")
    assert found is not None and found[0] == date(2021, 4, 28)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Dzisiaj, 02-11-2023 13:29", date(2023, 11, 2)),  # dashes: day first, as dots
        ("11-25-2023", date(2023, 11, 25)),  # (but for a second part no month can be)
        ("6 listopada 2023", date(2023, 11, 6)),
        ("3. června 2020", date(2020, 6, 3)),
        ("12 Kasım 2021", date(2021, 11, 12)),
        ("التاريخ: 03 يونيو 2020", date(2020, 6, 3)),
    ],
)
def test_dashed_dates_and_more_month_names(text: str, day: date) -> None:
    found = find_date(text)
    assert found is not None
    value = found[0]
    assert (value.date() if isinstance(value, datetime) else value) == day


def test_a_month_name_is_no_date_without_its_day_and_year() -> None:
    assert find_date("Maja Nowak") is None and find_date("maja 2023") is None
