"""Dates and times as news pages write them.

One module reads every date: fast paths (compiled patterns over the vocabulary tables) for the
common news formats, relative times (``3 hours ago``, ``Yesterday at 4:45 PM``) against a
reference time the caller gives, and ``dateutil`` behind one seam (:func:`_fallback`) for the
rest. No part of a date is ever invented: a date without a time stays a :class:`date`.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone, tzinfo
from typing import Final

from newsparse.vocab import page as V

__all__ = ["find_date", "read_timestamp"]

Moment = date | datetime


def _alternation(words: tuple[str, ...] | list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_DIGIT: Final = re.compile(r"\d")
_MON: Final = _alternation(list(V.MONTHS))
_TZ: Final = _alternation(list(V.TIMEZONES))
_WD: Final = _alternation(V.WEEKDAYS)
_JOIN: Final = _alternation(V.DATE_TIME_JOINERS)

_DATE: Final = (
    r"(?<!\w)"
    rf"(?:(?:{_WD})\.?,?\s+)?"
    r"(?:"
    rf"(?P<mon>{_MON})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th|er)?\.?\s+(?:of\s+|de\s+)?(?P<mon2>{_MON})\.?,?\s+(?P<year2>\d{{4}})"
    r"|(?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2})"
    r"|(?P<n1>\d{1,2})(?P<sep>[./])(?P<n2>\d{1,2})(?P=sep)(?P<n3>\d{4})"
    r")"
)
_TIME: Final = (
    r"(?P<h>\d{1,2})(?:(?P<hsep>[:.h])(?P<m>\d{2})(?::(?P<s>\d{2})(?:\.\d+)?)?)?"
    r"\s*(?P<ampm>[ap]\.?\s?m\b\.?)?"
    rf"(?:\s*(?P<tz>(?<![\w])(?:{_TZ})\b|[+-]\d{{2}}:?\d{{2}}\b))?"
)
_MOMENT: Final = (
    rf"{_DATE}"
    rf"(?:\s*(?:(?:{_JOIN})\s*)?(?:(?:at|um|à|a)\s+)?(?:{_TIME}))?"
    r"(?:\s*(?:uhr)\b)?"
)
_ANYWHERE: Final = re.compile(_MOMENT, re.IGNORECASE)
_WHOLE: Final = re.compile(
    rf"\s*(?:(?:{_alternation(V.DATE_OPENERS)})\s+)?{_MOMENT}\s*[.,]?\s*", re.IGNORECASE
)
_ISO_FULL: Final = re.compile(
    r"\s*(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?\s*"
)
_RELATIVE: Final = re.compile(
    rf"\s*(?:(?:about|vor|il y a|posted)\s+)?(?P<n>\d+|{_alternation(V.ONE)})\s+"
    rf"(?P<unit>{_alternation(list(V.TIME_UNITS))})\.?(?:\s+(?:ago|her))?\s*",
    re.IGNORECASE,
)
_DAYWORD: Final = re.compile(
    rf"\s*(?P<word>{_alternation(list(V.DAY_WORDS))})"
    rf"(?:\s*,?\s*(?:at|um|à)?\s*{_TIME}(?:\s*uhr)?)?\s*",
    re.IGNORECASE,
)


def _time_of_day(m: re.Match[str]) -> tuple[int, int, int] | None:
    """Hour, minute, second from a match of ``_TIME``; ``None`` when absent or out of range."""
    h = m.group("h")
    if h is None:
        return None
    if m.group("m") is None and m.group("ampm") is None:
        return None  # a bare number is not a time
    hour, minute = int(h), int(m.group("m") or 0)
    second = int(m.group("s") or 0)
    ampm = m.group("ampm")
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm[0] in "pP" else 0)
    if hour > 23 or minute > 59 or second > 59:
        return None
    return hour, minute, second


def _offset(name: str | None) -> tzinfo | None:
    if not name:
        return None
    key = name.lower()
    if key in V.TIMEZONES:
        return timezone(timedelta(minutes=V.TIMEZONES[key]))
    sign = -1 if name[0] == "-" else 1
    digits = name[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:])
    if hours > 23 or minutes > 59:
        return None
    return timezone(sign * timedelta(hours=hours, minutes=minutes))


def _build(m: re.Match[str], tz: tzinfo | None) -> Moment | None:
    g = m.group
    if g("mon"):
        y, mo, d = int(g("year")), V.MONTHS[g("mon").lower()], int(g("day"))
    elif g("mon2"):
        y, mo, d = int(g("year2")), V.MONTHS[g("mon2").lower()], int(g("day2"))
    elif g("iy"):
        y, mo, d = int(g("iy")), int(g("im")), int(g("id"))
    else:
        a, b, y = int(g("n1")), int(g("n2")), int(g("n3"))
        # 29.07.2020 is day first; 07/29/2020 month first unless the first part cannot be one.
        mo, d = (b, a) if g("sep") == "." or a > 12 else (a, b)
    try:
        day = date(y, mo, d)
    except ValueError:
        return None
    hms = _time_of_day(m)
    if hms is None:
        return day
    zone = _offset(g("tz")) or tz
    return datetime(y, mo, d, *hms, tzinfo=zone)


def find_date(text: str, *, tz: tzinfo | None = None) -> tuple[Moment, int, int] | None:
    """The first date (with its time, when given) anywhere in ``text``, and its span.

    >>> find_date("Published in The Daily, August 5th, 2012.")
    (datetime.date(2012, 8, 5), 24, 40)
    """
    for m in _ANYWHERE.finditer(text):
        value = _build(m, tz)
        if value is not None:
            return value, m.start(), m.end()
    return None


def read_timestamp(
    text: str, *, reference: datetime | None = None, tz: tzinfo | None = None
) -> tuple[Moment | None, str | None]:
    """Read a line that is wholly a date or a timestamp.

    Returns ``(value, None)`` when it is one, ``(None, reason)`` when it is a timestamp that
    cannot be resolved (a relative time without a reference time, an impossible day), and
    ``(None, None)`` when the text is not a timestamp at all.

    >>> read_timestamp("Aug 5, 2012 - 11:21AM")
    (datetime.datetime(2012, 8, 5, 11, 21), None)
    >>> read_timestamp("3 hours ago")
    (None, 'a relative time and no reference time was given')
    >>> read_timestamp("3 hours ago", reference=datetime(2020, 1, 1, 12, 0))
    (datetime.datetime(2020, 1, 1, 9, 0), None)
    >>> read_timestamp("not a date")
    (None, None)
    """
    if len(text) > 80 or _DIGIT.search(text) is None:
        return _relative_words(text, reference, tz) if len(text) <= 80 else (None, None)
    m = _WHOLE.fullmatch(text)
    if m is not None:
        value = _build(m, tz)
        return (value, None) if value is not None else (None, "not a valid calendar date")
    m = _ISO_FULL.fullmatch(text)
    if m is not None:
        return _iso(text.strip(), tz)
    m = _RELATIVE.fullmatch(text)
    if m is not None:
        if reference is None:
            return None, "a relative time and no reference time was given"
        n = m.group("n")
        count = int(n) if n.isdigit() else 1
        return _attach(
            reference - timedelta(seconds=count * V.TIME_UNITS[m.group("unit").lower()]), tz
        ), None
    return _relative_words(text, reference, tz)


def _relative_words(
    text: str, reference: datetime | None, tz: tzinfo | None
) -> tuple[Moment | None, str | None]:
    m = _DAYWORD.fullmatch(text)
    if m is None:
        return None, None
    if reference is None:
        return None, "a relative time and no reference time was given"
    day = reference.date() + timedelta(days=V.DAY_WORDS[m.group("word").lower()])
    hms = _time_of_day(m)
    if hms is None:
        return day, None
    zone = _offset(m.group("tz")) or reference.tzinfo or tz
    return datetime(day.year, day.month, day.day, *hms, tzinfo=zone), None


def _attach(value: datetime, tz: tzinfo | None) -> datetime:
    return value.replace(tzinfo=tz) if value.tzinfo is None and tz is not None else value


def _iso(text: str, tz: tzinfo | None) -> tuple[Moment | None, str | None]:
    try:
        value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None, "not a valid ISO 8601 time"
    return _attach(value, tz), None


def _fallback(text: str) -> Moment | None:
    """The one seam around ``dateutil``: a date the fast paths do not know, or ``None``.

    Parts the text does not give are never filled in: a result without a day, month or year
    is rejected, and a result without a time stays a :class:`date`. Every failure of
    ``dateutil`` (including ``OverflowError``) becomes ``None``.
    """
    from dateutil import parser

    sentinel_a = datetime(1, 1, 1, 0, 0, 0)
    sentinel_b = datetime(2, 2, 2, 1, 1, 1)
    try:
        a = parser.parse(text, default=sentinel_a, fuzzy=False)
        b = parser.parse(text, default=sentinel_b, fuzzy=False)
    except (ValueError, OverflowError, TypeError, ArithmeticError):
        return None
    if (a.year, a.month, a.day) != (b.year, b.month, b.day):
        return None  # a date part came from the default
    if (a.hour, a.minute) != (b.hour, b.minute):
        return a.date()
    return a if a.second == b.second else a.replace(second=0)


def read_labelled_date(text: str, *, tz: tzinfo | None = None) -> Moment | None:
    """The date after a label (``Published: …``): fast paths first, then ``dateutil``.

    >>> read_labelled_date("August 5, 2012")
    datetime.date(2012, 8, 5)
    >>> read_labelled_date("2012-08-05T11:21:00+05:00")
    datetime.datetime(2012, 8, 5, 11, 21, tzinfo=datetime.timezone(datetime.timedelta(seconds=18000)))
    """
    value, _ = read_timestamp(text, tz=tz)
    if value is not None:
        return value
    found = find_date(text, tz=tz)
    if found is not None:
        return found[0]
    if _DIGIT.search(text) is None or len(text) > 60:
        return None
    fallback = _fallback(text)
    if isinstance(fallback, datetime):
        return _attach(fallback, tz)
    return fallback
