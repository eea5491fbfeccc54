"""Dates and times as news pages write them.

One module reads every date: fast paths (compiled patterns over the vocabulary tables) for the
common news formats, relative times (``3 hours ago``, ``Yesterday at 4:45 PM``) against a
reference time the caller gives, and ``dateutil`` behind one seam (:func:`_fallback`) for the
rest. No part of a date is ever invented: a date without a time stays a :class:`date`.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from datetime import date, datetime, timedelta, timezone, tzinfo
from typing import Final

from newsparse._memo import LIMIT, page_memo
from newsparse._patterns import alternation as _alternation
from newsparse._relative import AGO, ago_seconds, day_word_line, resolve
from newsparse.vocab import page as V

__all__ = [
    "UNRESOLVED",
    "day_order",
    "find_date",
    "find_page_date",
    "find_yearless",
    "labelled_date",
    "published_after",
    "read_relative",
    "read_timestamp",
    "update_for_published",
]

#: The reason given for a relative time (``3 hours ago``) read without a reference time.
UNRESOLVED: Final = "a relative time and no reference time was given"

Moment = date | datetime


_DIGIT: Final = re.compile(r"\d")
#: What every date that ``_ANYWHERE`` finds holds: a year of four digits, or two numbers joined
#: by a dot or a slash (``11.03.17``, ``3/9/24``): the cheap test before the full pattern.
#: (written to open with one digit: the engine then skips to the digits; ``\d{4}|…`` is tried
#: at every character, several times slower)
_DATE_DIGITS: Final = re.compile(r"\d(?:\d\d\d|[./]\d)")
#: What a numeric date (``_NUMERIC_DATE``) holds: two numbers joined by a dot or a slash.
_DIGIT_SEP: Final = re.compile(r"\d[./]\d")
#: What a date with a month's name (``_ANYWHERE``'s ``mon`` and ``mon2``) holds: its year.
_YEAR_DIGITS: Final = re.compile(r"\d\d\d\d")
_MON: Final = _alternation(list(V.MONTHS))
_TZ: Final = _alternation(list(V.TIMEZONES))
_WD: Final = _alternation(V.WEEKDAYS)
#: html2text writes a dash between a date and its time as two hyphens (``December 6, 2016 --
#: 6:22 PM EST``): a joiner as the dash is.
_HTML2TEXT_DASH: Final = "--"
_JOIN: Final = _alternation((_HTML2TEXT_DASH, *V.DATE_TIME_JOINERS))

#: (``(?<![^\W_])``: a date may follow an underscore, which html2text writes for an icon:
#: ``__ Jane Doe __November 20, 2019``; ``21.dez.2018``: day, month and year joined by dots;
#: ``11/20/19``: a two-digit year after slashes, month first unless the first part cannot be one;
#: ``02-11-2023``: dashes, day first as dots)
#: Where a date glued to the name before it may start (a converter drops the space between a
#: byline's name and its date: ``Jane Doe22. Februar 2020``, ``Jane DoeNovember 20, 2019``):
#: after a small letter, at a day with its dot and a space or at a capital (a month's name, a
#: weekday's); case-sensitive, so that ``Windows10.5.2020`` or ``abc12/03/2019`` stay no dates.
_GLUED_START: Final = r"(?<=(?-i:[a-zß-öø-ÿ]))(?=(?-i:\d{1,2}\.\s|[A-ZÄÖÜÉ]))"
_DATE: Final = (
    rf"(?:(?:(?:(?<![^\W_])|{_GLUED_START})"
    rf"(?:(?:{_WD})\.?,?\s+)?"
    r"(?:"
    rf"(?P<mon>{_MON})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th|er)?(?:\.?\s+|\.)(?:of\s+|de\s+)?(?P<mon2>{_MON})"
    r"(?:\.?,?\s+|\.)(?:de\s+)?(?P<year2>\d{4})"
    r"|(?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2})"
    # 02-May-2024 (day, month's name and year joined by dashes) and 2. 5. 2024 (Czech and
    # Slovak: day and month each closed by a dot and a space)
    rf"|(?P<dd>\d{{1,2}})-(?P<dmon>{_MON})-(?P<dy>\d{{4}})(?!\d)"
    r"|(?P<zd>\d{1,2})\.\s(?P<zm>\d{1,2})\.\s(?P<zy>\d{4})(?!\d)"
    # 2024. május 2. (Hungarian: year, month's name, day, each number closed by a dot)
    rf"|(?P<hy>\d{{4}})\.\s+(?P<hmon>{_MON})\s+(?P<hd>\d{{1,2}})\.(?!\d)"
    # 2019/11/20 and 2019.11.20, but not a URL's path (/2019/11/20/slug) nor a version
    r"|(?<!/)(?P<jy>\d{4})(?P<jsep>[/.])(?P<jm>\d{1,2})(?P=jsep)(?P<jd>\d{1,2})(?!\d|[/.]\w)"
    r"|(?P<n1>\d{1,2})(?P<sep>[./-])(?P<n2>\d{1,2})(?P=sep)(?P<n3>\d{4})"
    r"|(?P<s1>\d{2})\.(?P<s2>\d{2})\.(?P<sy>\d{2})(?![\d.]\d|\d)"
    r"|(?<!/)(?P<u1>\d{1,2})/(?P<u2>\d{1,2})/(?P<uy>\d{2})(?![\d/])"
    # 2 tháng 5, 2024 and ngày 2 tháng 5 năm 2024 (Vietnamese: "month 5", "year 2024")
    r"|(?P<vd>\d{1,2})\s+tháng\s+(?P<vm>\d{1,2})(?:\s*,\s*|\s+năm\s+)(?P<vy>\d{4})"
    r"))"
    # 2019年11月20日, 2019년 11월 20일 (also after a word: CJK text has no spaces)
    r"|(?<!\d)(?P<cy>\d{4})\s?[年년]\s?(?P<cm>\d{1,2})\s?[月월]\s?(?P<cd>\d{1,2})\s?[日일]"
    # 2019-11-20 glued to the name before it (``Jane Doe2019-11-20``, ``王小明2019-11-20 14:05``):
    # a converter drops the space between a byline's name and its date; full ISO form only
    r"|(?<=[^\W\d_])(?P<gy>\d{4})-(?P<gm>\d{2})-(?P<gd>\d{2})(?![\d-]))"
)
_TIME: Final = (
    r"(?P<h>\d{1,2})(?:(?P<hsep>[:.h])(?P<m>\d{2})(?::(?P<s>\d{2})(?:\.\d+)?)?)?"
    r"\s*(?P<ampm>[ap]\.?\s?m\b\.?)?"
    rf"(?:\s*(?P<tz>(?<![\w])(?:{_TZ})\b|[+-]\d{{2}}:?\d{{2}}\b))?"
)
_MOMENT: Final = (
    rf"{_DATE}"
    rf"(?:\s*(?:(?:{_JOIN})\s*)?(?:(?:{_alternation(V.DATE_TIME_WORDS)})\s+)?(?:{_TIME}))?"
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


#: A time of day alone (``6:32 PM``, ``18.32 Uhr``, ``21:00``): a comment's clock without its day.
_CLOCK_ALONE: Final = re.compile(
    r"(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)\s*(?:(?P<ap>[ap])\.?\s?m\.?|uhr|h)?", re.IGNORECASE
)


#: What a header's line of a time may say around it: a label before (``Updated 1:39 PM``) and a
#: zone's name after (``1:39 PM ET``, ``09:12 MESZ``).
_TIME_LABEL: Final = re.compile(r"(?:updated|posted)\s+", re.IGNORECASE)
_ZONE_NAME: Final = re.compile(r"\s*[^\W\d_]{1,4}$")


def time_line(text: str) -> bool:
    """Whether a line is wholly a time of day (:func:`clock_time`), maybe with a label before
    it and a zone's name after it: a header's line of a time.

    >>> time_line("Updated 1:39 PM ET"), time_line("09:12 Uhr"), time_line("1:39 PM today")
    (True, True, False)
    """
    bare = text[m.end() :] if (m := _TIME_LABEL.match(text)) else text
    if clock_time(bare) is not None:
        return True
    zone = _ZONE_NAME.search(bare)
    return zone is not None and clock_time(bare[: zone.start()]) is not None


def clock_time(text: str) -> tuple[int, int] | None:
    """``(hour, minute)`` of a text that is wholly a time of day, else ``None``.

    >>> clock_time("6:32 PM"), clock_time("18.32 Uhr"), clock_time("13:05 pm"), clock_time("at 9:00")
    ((18, 32), (18, 32), None, None)
    """
    t = _CLOCK_ALONE.fullmatch(text)
    if t is None:
        return None
    hour = int(t.group("h"))
    ap = (t.group("ap") or "").lower()
    if ap and not 1 <= hour <= 12:
        return None
    if ap:
        hour = hour % 12 + (12 if ap == "p" else 0)
    return hour, int(t.group("m"))


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


def _build(m: re.Match[str], tz: tzinfo | None, day_first: bool | None = None) -> Moment | None:
    """The value of a match of ``_DATE``; ``day_first`` (the page's evidence) settles numeric
    dates whose two parts may both be a month (``05/11/2019``)."""
    g = m.group
    if g("mon"):
        y, mo, d = int(g("year")), V.MONTHS[g("mon").lower()], int(g("day"))
    elif g("mon2"):
        y, mo, d = int(g("year2")), V.MONTHS[g("mon2").lower()], int(g("day2"))
    elif g("iy"):
        y, mo, d = int(g("iy")), int(g("im")), int(g("id"))
    elif g("dy"):
        y, mo, d = int(g("dy")), V.MONTHS[g("dmon").lower()], int(g("dd"))
    elif g("zy"):
        y, mo, d = int(g("zy")), int(g("zm")), int(g("zd"))
    elif g("hy"):
        y, mo, d = int(g("hy")), V.MONTHS[g("hmon").lower()], int(g("hd"))
    elif g("jy"):
        y, mo, d = int(g("jy")), int(g("jm")), int(g("jd"))
    elif g("cy"):
        y, mo, d = int(g("cy")), int(g("cm")), int(g("cd"))
    elif g("gy"):
        y, mo, d = int(g("gy")), int(g("gm")), int(g("gd"))
    elif g("vy"):
        y, mo, d = int(g("vy")), int(g("vm")), int(g("vd"))
    elif g("sy") or g("uy"):
        # 11.03.17 or 11/03/17, a two-digit year: month first (US style) unless the first part
        # cannot be one
        a, b, yy = (int(g(k)) for k in (("s1", "s2", "sy") if g("sy") else ("u1", "u2", "uy")))
        y = 2000 + yy if yy < 70 else 1900 + yy
        mo, d = (b, a) if a > 12 or (day_first and b <= 12) else (a, b)
    else:
        a, b, y = int(g("n1")), int(g("n2")), int(g("n3"))
        # 29.07.2020 and 29-07-2020 are day first; 07/29/2020 month first unless the first
        # part cannot be one.
        mo, d = (b, a) if g("sep") in (".", "-") or a > 12 or (day_first and b <= 12) else (a, b)
    return _moment(y, mo, d, m, tz)


def _moment(y: int, mo: int, d: int, m: re.Match[str], tz: tzinfo | None) -> Moment | None:
    """The date, with the time of day of ``m`` when it gives one; ``None`` for an impossible day."""
    try:
        day = date(y, mo, d)
    except ValueError:
        return None
    hms = _time_of_day(m)
    if hms is None:
        return day
    return datetime(y, mo, d, *hms, tzinfo=_offset(m.group("tz")) or tz)


def find_date(
    text: str, *, tz: tzinfo | None = None, day_first: bool | None = None
) -> tuple[Moment, int, int] | None:
    """The first date (with its time, when given) anywhere in ``text``, and its span.

    >>> find_date("Published in The Daily, August 5th, 2012.")
    (datetime.date(2012, 8, 5), 24, 40)

    Other languages and short forms take the same fast path:

    >>> find_date("sexta-feira, 22 de outubro de 2010 às 20:13")[0]
    datetime.datetime(2010, 10, 22, 20, 13)
    >>> find_date("2019/11/20 14:05")[0], find_date("发布时间：2019年11月20日")[0]
    (datetime.datetime(2019, 11, 20, 14, 5), datetime.date(2019, 11, 20))
    >>> find_date("https://example.org/2019/11/20/slug") is None
    True
    >>> find_date("21.dez.2018 às 12h55")[0], find_date("11/20/19 6:38 AM")[0]
    (datetime.datetime(2018, 12, 21, 12, 55), datetime.datetime(2019, 11, 20, 6, 38))
    >>> find_date("Posted on Maret 30, 2015 by Admin")[0]
    datetime.date(2015, 3, 30)
    >>> find_date("Thứ năm, 2 tháng 5, 2024")[0], find_date("ngày 2 tháng 5 năm 2024")[0]
    (datetime.date(2024, 5, 2), datetime.date(2024, 5, 2))
    >>> find_date("Jane Doe22. Februar 2020")[0], find_date("Jane DoeNovember 20, 2019")[0]
    (datetime.date(2020, 2, 22), datetime.date(2019, 11, 20))
    >>> find_date("11.03.17 in Gadgets")[0], find_date("Opening Bell 11.18.19")[0]
    (datetime.date(2017, 11, 3), datetime.date(2019, 11, 18))
    >>> find_date("version 1.2.3") is None
    True

    A time set before the date is the date's (the span then starts at the time):

    >>> find_date("Posted 11:26 pm, Tuesday, November 19, 2019")
    (datetime.datetime(2019, 11, 19, 23, 26), 7, 43)
    """
    if _DATE_DIGITS.search(text) is None:  # (may_hold_date, without a call: asked of every line)
        return None  # every date has a year or numbers joined (most lines of text: cheap)
    key = (text, tz, day_first)
    try:
        return _FOUND[key]  # type: ignore[return-value]
    except KeyError:
        found = _FOUND[key] = _find_date(text, tz, day_first)
        if len(_FOUND) > LIMIT:
            _FOUND.clear()
        return found


def may_hold_date(text: str) -> bool:
    """Whether ``text`` has the digits every date :func:`find_date` finds has (a year of four
    digits, or two numbers joined by a dot or a slash); ``False`` says that neither ``text``
    nor any part of it holds a date, which a reader may ask before it builds the parts (the
    header's date readers ask it before they look for an update's label: that search was made
    of 9,516 lines of the dev dumps, 2,439 once they asked).

    >>> may_hold_date("Updated 2024"), may_hold_date("3/9"), may_hold_date("Page 12")
    (True, True, False)
    """
    return _DATE_DIGITS.search(text) is not None


#: What :func:`find_date` found in the texts of the page being read (see :mod:`newsparse._memo`).
_FOUND: Final = page_memo()


def _find_date(
    text: str, tz: tzinfo | None, day_first: bool | None
) -> tuple[Moment, int, int] | None:
    for m in _ANYWHERE.finditer(text):
        value = _build(m, tz, day_first)
        if value is None:
            value = _month_first_dots(m, tz)
        if value is None:
            continue
        if not isinstance(value, datetime):
            before = _TIME_BEFORE.search(text, max(0, m.start() - _TIME_BEFORE_CHARS), m.start())
            hms = _time_of_day(before) if before is not None else None
            if before is not None and hms is not None:
                zone = _offset(before.group("tz")) or tz
                moment = datetime(value.year, value.month, value.day, *hms, tzinfo=zone)
                return moment, before.start(), m.end()
        return value, m.start(), m.end()
    return None


#: A time of day before a date (``10:32 AM, May 2, 2024``) stands this close before it.
_TIME_BEFORE_CHARS: Final = 30


def find_page_date(
    text: str, *, tz: tzinfo | None = None, day_first: bool | None = None
) -> tuple[Moment, int, int] | None:
    """:func:`find_date` for a page's date line: of two dates set back to back (a blog theme's
    publication and update times, in either order: ``December 10, 2021April 9, 2019 by Jane
    Doe``), the earlier one, since an update never comes before its publication.

    >>> find_page_date("December 10, 2021April 9, 2019 by Jane Doe")
    (datetime.date(2019, 4, 9), 17, 30)
    >>> find_page_date("May 2, 2024 — 6:22 PM EST May 3, 2024 — 1:55 PM EST")[0]
    datetime.datetime(2024, 5, 2, 18, 22, tzinfo=datetime.timezone(datetime.timedelta(days=-1, seconds=68400)))
    >>> find_page_date("from 1 April 2023 to 31 March 2024")[0]  # (words between: no pair)
    datetime.date(2023, 4, 1)
    """
    first = find_date(text, tz=tz, day_first=day_first)
    if first is None:
        return None
    rest = text[first[2] : first[2] + _PAIR_GAP + _PAIR_LONGEST]
    second = find_date(rest, tz=tz, day_first=day_first)
    if second is None or second[1] > _PAIR_GAP or rest[: second[1]].strip(_PAIR_MARKS):
        return first
    if _day(second[0]) < _day(first[0]):
        return second[0], first[2] + second[1], first[2] + second[2]
    return first


#: At most this many characters between two dates of a pair (a space, a separator).
_PAIR_GAP: Final = 4
#: The longest second date of a pair that is read (``Wednesday, November 20, 2019 11:42 PM EST``).
_PAIR_LONGEST: Final = 60
#: What may stand between the two dates of a pair.
_PAIR_MARKS: Final = " ,|·•–—-/"


def _day(value: Moment) -> date:
    return value.date() if isinstance(value, datetime) else value


#: A time of day just before a date (``11:26 pm EST, Tuesday, …``, ``16:17 05.11.18``).
_TIME_BEFORE: Final = re.compile(
    rf"(?<![\d:.]){_TIME}\s*(?:[,|·•–—-]\s*)?(?:(?:on|le|am)\s+)?$", re.IGNORECASE
)


def day_order(lines: Sequence[str]) -> bool | None:
    """The page's order of numeric dates: ``True`` when day first, ``False`` when month first,
    ``None`` without evidence or without a date to settle. The evidence, strongest first:
    numeric dates that can be read one way only (``25/11/2019``, ``25.11.2019``;
    ``11/25/2019``), then dates written with a month name (``5 March 2021``; ``March 5,
    2021``), then the page's language (a page in French, Spanish, Portuguese, Italian or Dutch
    writes the day first; German writes dates with dots, so its slashes are a template's and
    tell nothing).

    >>> day_order(["Posted 25/11/2019", "Reply: 05/11/2019"]), day_order(["11/25/19"])
    (True, False)
    >>> day_order(["05/11/2019", "Updated 5 November 2019"])
    True
    >>> day_order(["05/11/2019", "Nov 5, 2019"]), day_order(["Nov 5, 2019"])  # (nothing to settle)
    (False, None)
    >>> day_order(["Publié le 05/11/2019 dans la rubrique des sports et de la culture"])
    True
    >>> day_order(["05/11/2019", "version 1.13.2"]) is None
    True
    >>> day_order(["Stand: 05/11/2019, und die Seite ist mit der Zeit auf der Liste"]) is None
    True
    """
    numeric = ambiguous = 0
    for line in _order_lines(lines):
        if ("/" in line or "." in line) and _DIGIT_SEP.search(line) is not None:
            for m in _NUMERIC_DATE.finditer(line):
                a, b = int(m.group(1)), int(m.group(3))
                if a > 12 >= b >= 1:
                    numeric += 1
                elif b > 12 >= a >= 1 and m.group(2) == "/":
                    numeric -= 1
                else:
                    ambiguous += 1
    if numeric or not ambiguous:
        return numeric > 0 if numeric else None  # (no date to settle: no need to look further)
    worded = 0
    for line in _order_lines(lines):
        if _YEAR_DIGITS.search(line) is not None:  # (a date with no year counts 0)
            for m in _ANYWHERE.finditer(line):
                worded += 1 if m.group("mon2") else -1 if m.group("mon") else 0
    if worded:
        return worded > 0
    # (the language is only counted when no worded date settles it; words are counted in C)
    english = other = 0
    for line in _order_lines(lines):
        words = _WORD.findall(line.lower())
        english += sum(map(_ENGLISH.__contains__, words))
        other += sum(map(_DAY_FIRST_ONLY.__contains__, words))
    return True if other >= _DAY_FIRST_WORDS and other > 2 * english else None


#: A page written day first is told by this many words of a day-first language at least (and
#: twice as many as English words).
_DAY_FIRST_WORDS: Final = 5


class DayOrder:
    """The page's order of numeric dates (:func:`day_order` over the whole page), looked for the
    first time a line holds three numbers joined by dots or slashes: a line without them holds
    no date that the order reads another way.

    >>> order = DayOrder(["Publié le 05/11/2019 dans la rubrique des sports et de la culture"])
    >>> order.of("5 mai 2019"), order.of("05/11/2019")
    (None, True)
    """

    __slots__ = ("_known", "_lines", "_value")

    def __init__(self, lines: Sequence[str]) -> None:
        self._lines = lines
        self._known = False
        self._value: bool | None = None

    def of(self, text: str) -> bool | None:
        """The order to read ``text``'s dates with (``None`` when no order changes them)."""
        if NUMBERS_JOINED.search(text) is None:
            return None
        if not self._known:
            self._value, self._known = day_order(self._lines), True
        return self._value

    def page_date(self, text: str, tz: tzinfo | None = None) -> tuple[Moment, int, int] | None:
        """:func:`find_page_date` of ``text`` in the page's order (``find_page_date(text, tz=tz,
        day_first=self.of(text))``), the page read for its order only when the order changes
        the answer: the order is a switch (only a true one reads a numeric date day first), so
        when the day-first reading of ``text`` is its plain one, either order gives it. (The
        page's order was read for 79 of the 505 dev dumps' headers; 70 of the 86 lines that
        asked for it read the same either way: the order was then read for 12.)

        >>> DayOrder(["05/11/2019"]).page_date("25/11/2019")[0]  # (no order read)
        datetime.date(2019, 11, 25)
        """
        if self._known or NUMBERS_JOINED.search(text) is None:
            return find_page_date(text, tz=tz, day_first=self.of(text))
        plain = find_page_date(text, tz=tz)
        if _same_reading(plain, find_page_date(text, tz=tz, day_first=True)):
            return plain
        return find_page_date(text, tz=tz, day_first=self.of(text))


def _same_reading(
    one: tuple[Moment, int, int] | None, other: tuple[Moment, int, int] | None
) -> bool:
    """Whether two readings of a text are the same: the same span, and the same moment of the
    same type and zone (a date is never equal to a datetime, nor a zone to another)."""
    if one is None or other is None:
        return one is other
    return (
        one[1:] == other[1:]
        and type(one[0]) is type(other[0])
        and one[0] == other[0]
        and getattr(one[0], "tzinfo", None) == getattr(other[0], "tzinfo", None)
    )


#: Three numbers joined by dots or slashes: every date whose reading the day order settles has
#: them (``05/11/2019``, ``05.11.19``, ``5/11/19``; a price or a version of two has not).
NUMBERS_JOINED: Final = re.compile(r"\d[./]\d\d?[./]\d")


#: The day order is read from the page's first lines, this many ...
_ORDER_LINES: Final = 5000
#: ... none longer than this (a line of a megabyte tells no order).
_ORDER_LINE_CHARS: Final = 2000


def _order_lines(lines: Sequence[str]) -> Iterator[str]:
    """The lines :func:`day_order` reads: the first ``_ORDER_LINES``, none over
    ``_ORDER_LINE_CHARS`` characters (read in place: a copy of a long page's lines would cost more than the page)."""
    return (
        line for line in itertools.islice(lines, _ORDER_LINES) if len(line) <= _ORDER_LINE_CHARS
    )


_WORD: Final = re.compile(r"[^\W\d_]+")
_ENGLISH: Final = frozenset(V.ENGLISH_WORDS)
_DAY_FIRST_ONLY: Final = frozenset(V.DAY_FIRST_WORDS) - _ENGLISH  # (a word of both is English)


#: A numeric date (a two-digit year after slashes only: ``1.13.20`` may be a version).
_NUMERIC_DATE: Final = re.compile(
    r"(?<![\d/.])(\d{1,2})([/.])(\d{1,2})\2(?:\d{4}|(?<=/)\d{2})(?![\d/]|\.\d)"
)


def _month_first_dots(m: re.Match[str], tz: tzinfo | None) -> Moment | None:
    """``11.14.2019``: dotted but month first (the second part cannot be a month).

    >>> find_date("11.14.2019 09:00 AM")[0]
    datetime.datetime(2019, 11, 14, 9, 0)
    """
    if m.group("sep") not in (".", "-") or int(m.group("n2")) <= 12:
        return None
    return _moment(int(m.group("n3")), int(m.group("n1")), int(m.group("n2")), m, tz)


_YEARLESS: Final = re.compile(
    r"\s*(?:(?:" + _alternation(V.DATE_OPENERS) + r")\s+)?(?<!\w)"
    rf"(?:(?:{_WD})\.?,?\s+)?"
    rf"(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th|er)?\.?\s+(?P<mon>{_MON})"
    # (a day is one or two figures, not the start of a year: ``Februar 2020`` is no 20 February)
    rf"|(?P<mon2>{_MON})\.?\s+(?P<day2>\d{{1,2}})(?!\d)(?:st|nd|rd|th)?)\.?"
    rf"(?:\s*,?\s*(?:(?:{_JOIN})\s*)?(?:(?:at|um|à|a)\s+)?(?:{_TIME}))?"
    r"(?:\s*uhr\b)?\s*",
    re.IGNORECASE,
)


#: A month's name anywhere: every year-less date has one (a cheap test before the tries).
_MONTH_NAME: Final = re.compile(f"(?:{_MON})", re.IGNORECASE)
#: The same on lower-cased text (several times faster than the case-blind search).
_MONTH_LOWER: Final = re.compile(f"(?:{_alternation([m.lower() for m in V.MONTHS])})")
#: The letters that the case-blind search takes for a month's letter though their lower case
#: is another (``İ``, ``ı`` and ``ſ`` for ``i`` and ``s``, the old Cyrillic forms of ``в``, ``д``,
#: ``о``, ``с``, ``т``; the micro sign and the Greek letters' other forms, for ``μ``, ``ι``,
#: ``σ``, ``β``, ``φ``, ``π``, ``κ``, ``ρ``, ``ε``): where one stands, only the case-blind search tells.
_CASE_ODD: Final = re.compile(
    "[\u0130\u0131\u017f\u1c80-\u1c88\u00b5\u0345\u03c2\u03d0\u03d5\u03d6\u03f0\u03f1\u03f5\u1fbe\u1fd3]"
)


def _names_month(text: str) -> bool:
    """Whether ``text`` names a month anywhere (as ``_MONTH_NAME.search`` finds one, or more)."""
    if _MONTH_LOWER.search(text.lower()) is not None:
        return True
    return _CASE_ODD.search(text) is not None and _MONTH_NAME.search(text) is not None


def find_yearless(
    text: str, *, after: date, tz: tzinfo | None = None
) -> tuple[Moment, int, int] | None:
    """A day and month without a year at the end of ``text`` (``Le 9 janvier à 13:06``), completed
    from ``after``: an earlier date on the same page (comments run in order, so the year is that
    of ``after``, or the next one when the day falls well before it). Returns the value and the span.

    >>> find_yearless("carlos Le 9 janvier à 13:06", after=date(2019, 12, 10))
    (datetime.datetime(2020, 1, 9, 13, 6), 7, 27)
    >>> find_yearless("Le 5 décembre", after=date(2019, 12, 10))
    (datetime.date(2019, 12, 5), 0, 13)
    >>> find_yearless("no date here", after=date(2019, 12, 10)) is None
    True
    >>> find_yearless("Februar 2020", after=date(2019, 12, 10)) is None  # (a month and its year)
    True
    """
    if len(text) > _YEARLESS_CHARS or _DIGIT.search(text) is None or not _names_month(text):
        return None  # a header line is short (the tries below stay bounded) and names a month
    for start in _yearless_starts(text):
        m = _YEARLESS.fullmatch(text, start)
        if m is None:
            continue
        mon = m.group("mon") or m.group("mon2")
        day = int(m.group("day") or m.group("day2"))
        month = V.MONTHS[mon.lower()]
        try:
            value = date(after.year, month, day)
            if value < after - timedelta(days=_YEARLESS_PAST_DAYS):
                value = date(after.year + 1, month, day)
        except ValueError:
            return None
        hms = _time_of_day(m)
        if hms is None:
            return value, start, m.end()
        zone = _offset(m.group("tz")) or tz
        return datetime(value.year, value.month, value.day, *hms, tzinfo=zone), start, m.end()
    return None


#: A header line with a date of no year is this long at most ...
_YEARLESS_CHARS: Final = 160
#: ... and that date lies in the next year when it falls this many days or more before the
#: date it comes after (``Dec 30`` then ``Jan 2``).
_YEARLESS_PAST_DAYS: Final = 45


def _yearless_starts(text: str) -> list[int]:
    """Where a year-less date may start: the start of the text and after each space."""
    return [0] + [i + 1 for i, c in enumerate(text) if c == " "]


#: The commonest comment timestamp shapes (``Aug 5, 2012 - 11:21AM``, ``March 10, 2017 at 1:26
#: AM``, ``Nov 18, 2019, 11:47am``, ``May 2, 2024``): one small pattern instead of the
#: multilingual one. Every text it accepts, ``_WHOLE`` reads the same way; anything unusual
#: (another language, a weekday, a zone, an impossible value) goes on to the full patterns.
_FAST: Final = re.compile(
    r"(?P<mon>[A-Za-z]{3,9})\.? (?P<day>\d{1,2}),? (?P<year>\d{4})"
    r"(?:(?: [-–]|,| at|) ?(?P<h>\d{1,2}):(?P<m>\d{2}) ?(?P<ampm>[AaPp][Mm])?)?"
)


def _fast(text: str, tz: tzinfo | None) -> Moment | None:
    m = _FAST.fullmatch(text)
    if m is None:
        return None
    mon, day, year, h, minute, ampm = m.groups()
    month = V.MONTHS.get(mon.lower())
    if month is None:
        return None
    y, d = int(year), int(day)
    if not 1 <= d <= 28 and not _valid(y, month, d):
        return None
    if h is None:
        return date(y, month, d)
    hour = int(h)
    if ampm is not None:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm[0] in "pP" else 0)
    mm = int(minute)
    if hour > 23 or mm > 59:
        return None
    return datetime(y, month, d, hour, mm, tzinfo=tz)


def _valid(y: int, month: int, d: int) -> bool:
    try:
        date(y, month, d)
    except ValueError:
        return False
    return True


def read_timestamp(
    text: str,
    *,
    reference: datetime | None = None,
    tz: tzinfo | None = None,
    day_first: bool | None = None,
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

    Comment timestamps in the forms real pages use:

    >>> read_timestamp("Le 11 septembre 2018 à 12:57")
    (datetime.datetime(2018, 9, 11, 12, 57), None)
    >>> read_timestamp("3. November 2023 um 20:14 Uhr")
    (datetime.datetime(2023, 11, 3, 20, 14), None)
    >>> read_timestamp("29.07.2020 // 12:56")
    (datetime.datetime(2020, 7, 29, 12, 56), None)
    >>> read_timestamp("March 10, 2017 at 1:26 AM")
    (datetime.datetime(2017, 3, 10, 1, 26), None)
    >>> read_timestamp("Nov 18, 2019, 11:47am EST")[0].utcoffset()
    datetime.timedelta(days=-1, seconds=68400)
    >>> read_timestamp("vor 8 Stunden")
    (None, 'a relative time and no reference time was given')

    ``day_first`` (the page's order, :func:`day_order`) reads a numeric date either way:

    >>> read_timestamp("02/05/2024")[0], read_timestamp("02/05/2024", day_first=True)[0]
    (datetime.date(2024, 2, 5), datetime.date(2024, 5, 2))
    """
    if len(text) > _STAMP_CHARS or _DIGIT.search(text) is None:
        return _relative_words(text, reference, tz) if len(text) <= _STAMP_CHARS else (None, None)
    fast = _fast(text, tz)
    if fast is not None:
        return fast, None
    return _full(text, reference, tz, day_first)


#: A timestamp line is this long at most (a longer line is text that mentions a time).
_STAMP_CHARS: Final = 80


def _full(
    text: str, reference: datetime | None, tz: tzinfo | None, day_first: bool | None = None
) -> tuple[Moment | None, str | None]:
    """:func:`read_timestamp` without the fast path (a line of at most 80 characters with a digit)."""
    m = _WHOLE.fullmatch(text)
    if m is not None:
        value = _build(m, tz, day_first)
        return (value, None) if value is not None else (None, "not a valid calendar date")
    m = _ISO_FULL.fullmatch(text)
    if m is not None:
        return _iso(text.strip(), tz)
    return _read_relative(text, reference, tz)


def read_relative(
    text: str, *, reference: datetime | None = None, tz: tzinfo | None = None
) -> tuple[Moment | None, str | None]:
    """Read a text that is wholly a relative time (``3 hours ago``, ``Yesterday at 4:45 PM``),
    as :func:`read_timestamp` does: ``(value, None)``, ``(None, UNRESOLVED)`` without a
    reference time, ``(None, None)`` when the text is no relative time (an absolute date is
    none either).

    >>> read_relative("2 days ago", reference=datetime(2024, 5, 3, 12, 0))
    (datetime.datetime(2024, 5, 1, 12, 0), None)
    >>> read_relative("vor 2 Tagen", reference=datetime(2024, 5, 3, 12, 0))
    (datetime.datetime(2024, 5, 1, 12, 0), None)
    >>> read_relative("2 days ago"), read_relative("May 1, 2024")
    ((None, 'a relative time and no reference time was given'), (None, None))

    A day word with its time is read in the languages of :mod:`newsparse.vocab.relative` too
    (``Ayer a las 16:45``, ``昨天 16:45``), where :func:`read_timestamp` reads the English,
    German and French ones alone (a comment reader's time lines keep their narrower reading):

    >>> read_relative("Ayer a las 16:45", reference=datetime(2024, 5, 3, 12, 0))
    (datetime.datetime(2024, 5, 2, 16, 45), None)
    """
    value, problem = _read_relative(text, reference, tz)
    if value is not None or problem is not None:
        return value, problem
    day_word = day_word_line(text) if len(text) <= _STAMP_CHARS else None
    if day_word is None:
        return None, None
    return resolve(day_word, reference, tz), None if reference is not None else UNRESOLVED


def _read_relative(
    text: str, reference: datetime | None, tz: tzinfo | None
) -> tuple[Moment | None, str | None]:
    """:func:`read_relative` without the day words of more languages."""
    if len(text) > _STAMP_CHARS:
        return None, None
    # (a count in words, ``a day``, is read only after a figure's: ``vor einer Stunde`` has one)
    m = _RELATIVE.fullmatch(text) if _DIGIT.search(text) is not None else None
    m = m or AGO.fullmatch(text)  # (unit and "ago" words of eight languages: vocab.relative)
    if m is not None:
        if reference is None:
            return None, UNRESOLVED
        return _attach(reference - timedelta(seconds=ago_seconds(m)), tz), None
    return _relative_words(text, reference, tz)


def _relative_words(
    text: str, reference: datetime | None, tz: tzinfo | None
) -> tuple[Moment | None, str | None]:
    m = _DAYWORD.fullmatch(text)
    if m is None:
        if AGO.fullmatch(text) is not None:  # "an hour ago", "Час назад": no digit
            return _full(text, reference, tz)
        return None, None
    if reference is None:
        return None, UNRESOLVED
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


def read_labelled_date(
    text: str, *, tz: tzinfo | None = None, reference: datetime | None = None
) -> Moment | None:
    """The date after a label (``Published: …``): fast paths first, then ``dateutil``.

    >>> read_labelled_date("August 5, 2012")
    datetime.date(2012, 8, 5)
    >>> read_labelled_date("2012-08-05T11:21:00+05:00")
    datetime.datetime(2012, 8, 5, 11, 21, tzinfo=datetime.timezone(datetime.timedelta(seconds=18000)))
    """
    return labelled_date(text, tz=tz, reference=reference)[0]


def labelled_date(
    text: str,
    *,
    tz: tzinfo | None = None,
    reference: datetime | None = None,
    day_first: bool | None = None,
) -> tuple[Moment | None, str | None]:
    """:func:`read_labelled_date` with the reason when the text is a relative time that no
    reference time resolves: ``(value, None)``, ``(None, UNRESOLVED)`` or ``(None, None)``.
    A relative time resolves as it does in a comment's timestamp.

    >>> labelled_date("3 hours ago", reference=datetime(2024, 5, 2, 12, 0))
    (datetime.datetime(2024, 5, 2, 9, 0), None)
    >>> labelled_date("3 hours ago")
    (None, 'a relative time and no reference time was given')
    """
    value, problem = read_timestamp(text, reference=reference, tz=tz, day_first=day_first)
    if value is not None:
        return value, None
    found = find_date(text, tz=tz, day_first=day_first)
    if found is not None:
        return found[0], None
    if problem == UNRESOLVED:
        return None, problem
    if _DIGIT.search(text) is None or len(text) > _LABELLED_CHARS:
        return None, None
    fallback = _fallback(text)
    if isinstance(fallback, datetime):
        return _attach(fallback, tz), None
    return fallback, None


#: A labelled date's text read by the fallback parser is this long at most.
_LABELLED_CHARS: Final = 60


def update_for_published(
    updated: Moment | None, lines: Sequence[str], placement: Sequence[object]
) -> Moment | None:
    """The date a page shows only as its update's (``Updated 9:22 PM EST, Mon November 6, 2023``
    under the headline, no other date near it), which dates the page's publication too: the
    pages that show one date under an update label give it as their publication's day in their
    metadata (8 pages of 6 sites on the shared corpora; 2 others, updated years later, do not).
    An update remarked in brackets (``User Agreement (updated 5/25/18) and …``) is a link's
    note, not the page's date. ``placement`` tells which line the update was read from.

    >>> update_for_published(date(2021, 3, 14), ["Updated March 14, 2021"], ["updated"])
    datetime.date(2021, 3, 14)
    >>> lines = ["Terms of Use", "(updated", "5/25/18", ") and"]
    >>> update_for_published(date(2018, 5, 25), lines, [None, None, "updated", None]) is None
    True
    """
    if updated is None:
        return None
    if "updated" in placement:
        at = placement.index("updated")
        above = next((t for t in reversed(lines[max(0, at - 2) : at]) if t.strip()), "")
        if _REMARKED_UPDATE.search(lines[at]) or _REMARKED_UPDATE.match(above.strip()):
            return None
        # ("Updated May 3, 2024 Published May 2, 2024"; "Actualizado 03/05/2024 · Publicado
        # 02/05/2024" in the page's order of numeric dates)
        order = day_order(lines) if NUMBERS_JOINED.search(lines[at]) is not None else None
        published = published_after(lines[at], day_first=order)
        if published is not None:
            return published
    return updated


def published_after(
    text: str, *, tz: tzinfo | None = None, day_first: bool | None = None
) -> Moment | None:
    """The date after a publication label that follows the first date of ``text``: the
    publication's date of a line that gives its update's first (``Updated May 3, 2024
    Published May 2, 2024``, ``Aktualisiert am 03.05.2024, erstellt am 02.05.2024``); else
    ``None``.

    >>> published_after("Updated: May 3, 2024 | Published: May 2, 2024")
    datetime.date(2024, 5, 2)
    >>> published_after("Mis à jour le 3 mai 2024, publié le 2 mai 2024")
    datetime.date(2024, 5, 2)
    >>> published_after("Updated May 3, 2024 in Travel") is None
    True
    """
    first = find_date(text, tz=tz, day_first=day_first)
    if first is None:
        return None
    m = _PUBLISHED_NEXT.match(text, first[2])
    if m is None:
        return None
    found = find_date(m.group("rest"), tz=tz, day_first=day_first)
    return found[0] if found is not None and found[1] <= _OPENER_LONGEST else None


#: A publication label after a separator (``| Published:``, ``, publié le``).
_PUBLISHED_NEXT: Final = re.compile(
    rf"[\s,;|·•–—-]*(?:{_alternation(V.PUBLISHED_LABELS)})\s*[:：]?\s*(?P<rest>\S.*)",
    re.IGNORECASE,
)
#: What may stand between a publication label and its date: an opener (``el``, ``on``).
_OPENER_LONGEST: Final = 4


#: An update label opening a remark in brackets: ``(updated 5/25/18)``.
_REMARKED_UPDATE: Final = re.compile(rf"\(\s*(?:{_alternation(V.UPDATED_LABELS)})\b", re.IGNORECASE)
