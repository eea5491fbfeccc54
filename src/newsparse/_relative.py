"""Relative times in many languages, found inside a line and resolved against a reference time.

``3 hours ago``, ``vor 2 Tagen``, ``il y a 3 jours``, ``3 часа назад``, ``hace 2 días``,
``2 ore fa``, ``há 2 dias``, ``2 uur geleden``, ``4 yr. ago``, ``an hour ago``, ``Час назад``,
``yesterday at 4:45 PM``, ``вчера в 21:22``, ``3小时前``, ``3시간 전``. The words are the tables of
:mod:`newsparse.vocab.relative`.

>>> found = find_relative("alice 3 hours ago [-]")
>>> found.start, found.end, found.seconds
(6, 17, 10800)
>>> resolve(found, datetime(2024, 5, 2, 12, 0))
datetime.datetime(2024, 5, 2, 9, 0)
>>> resolve(find_relative("вчера в 21:22"), datetime(2024, 5, 2, 12, 0))
datetime.datetime(2024, 5, 1, 21, 22)
>>> resolve(find_relative("hace 2 días"), None) is None
True
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Final

import attrs

from newsparse._memo import LIMIT, page_memo
from newsparse._patterns import alternation as _alt
from newsparse.vocab import relative as R

__all__ = ["AGO", "Relative", "ago_seconds", "day_word_line", "find_relative", "hinted", "resolve"]

_COUNT: Final = rf"(?:(?P<n>\d{{1,4}})|(?P<one>{_alt(R.ONE)}))"
_UNIT: Final = rf"(?P<unit>{_alt(list(R.UNIT_SECONDS))})\.?"
_HEDGE: Final = rf"(?:(?:{_alt(R.HEDGES)})\s+)?"
#: ``vor 2 Tagen``, ``il y a une heure``, ``hace un año``: a word before the count
_BEFORE_FORM: Final = rf"{_HEDGE}(?:{_alt(R.BEFORE)})\s+(?:{_COUNT}\s*)?{_UNIT}"
#: ``3 hours ago``, ``3h ago``, ``4 yr. ago``, ``Час назад``: a word after the unit
_AFTER_FORM: Final = (
    rf"{_HEDGE}(?:{_COUNT.replace('?P<n>', '?P<n2>').replace('?P<one>', '?P<one2>')}\s*)?"
    rf"{_UNIT.replace('?P<unit>', '?P<unit2>')}\s+(?:{_alt(R.AFTER)})"
)
#: ``3小时前``, ``3時間前``, ``3시간 전``: a count, a unit and "before" in Chinese, Japanese or
#: Korean, glued or spaced; not a date's day before "around" (``5月2日前後``: about May 2).
_CJK_FORM: Final = (
    rf"(?<![\d月])(?P<n3>\d{{1,4}})\s*(?P<unit3>{_alt(list(R.CJK_UNITS))})\s*"
    rf"(?:{_alt(R.CJK_AGO)})(?![後后])"
)
#: A line that is wholly a relative time (groups ``n``/``one``/``unit`` or their ``2`` and ``3``
#: forms).
AGO: Final = re.compile(
    rf"\s*(?:{_BEFORE_FORM}|{_AFTER_FORM}|{_CJK_FORM})\s*[.,]?\s*", re.IGNORECASE
)
_AGO_IN: Final = re.compile(rf"(?<![\w.])(?:{_BEFORE_FORM}|{_AFTER_FORM})(?!\w)", re.IGNORECASE)
#: The Chinese, Japanese and Korean form inside a line, where a word may stand glued before it
#: (``发布于3小时前``: "published 3 hours ago").
_CJK_AGO_IN: Final = re.compile(_CJK_FORM)
_JUST_NOW: Final = re.compile(rf"(?<!\w)(?:{_alt(R.JUST_NOW)})(?!\w)", re.IGNORECASE)
_DAY_WORD: Final = re.compile(
    rf"(?<!\w)(?P<word>{_alt(list(R.DAY_WORDS))})"
    rf",?\s*(?:(?:{_alt(R.AT)})\s+)?(?P<h>[01]?\d|2[0-3])[:.h](?P<m>[0-5]\d)"
    r"(?:\s*(?P<ap>[ap])\.?\s?m\.?)?(?!\w)",
    re.IGNORECASE,
)


#: A word without which a line holds no relative time but a day word with a time (``вчера в
#: 21:22``, which has a digit): ``ago``, ``vor``, ``назад``, ``just now``….
_HINT_WORDS: Final = R.BEFORE + R.AFTER + R.JUST_NOW
_HINT: Final = re.compile(rf"(?<!\w)(?:{_alt(_HINT_WORDS)})(?!\w)", re.IGNORECASE)
#: The same words in a line's lower case. (A speed device: every line of a page below its title
#: is asked, and this search costs a third to a half of the case-blind one. It answers the same
#: on a line whose lower case is as long, one character for one, and holds none of
#: :data:`_CASE_BLIND_ONLY`: each character the case-blind search takes for a letter of the
#: words lowers to that letter, and lowering keeps a word's character one; a test checks both
#: over every character.)
_HINT_LOWER: Final = re.compile(rf"(?<!\w)(?:{_alt([w.lower() for w in _HINT_WORDS])})(?!\w)")
#: The lower-case characters the case-blind search takes for another letter (``ı`` for ``i``,
#: ``ſ`` for ``s``, ``ẛ`` for ``ṡ``, ``ι`` for ``ι``, the old Cyrillic ``ᲁ`` for ``д``, ``ᲂ`` for
#: ``о``, ``ᲄ`` for ``т``…): a line that holds one is searched case-blind.
_CASE_BLIND_ONLY: Final = re.compile("[ıſẛιᲀ-ᲈ]")
_DIGIT: Final = re.compile(r"\d")
#: The longest run of word characters of each ASCII word of :data:`_HINT_WORDS`, lower case, in
#: bytes. (A speed device: every run of a word the search finds stands in the line as a whole run
#: of word characters, so an ASCII line none of whose runs is one of these holds none of the
#: words; over the shared dumps one ASCII line in seventy holds one, and this test, a third of
#: the search's cost, spares the search on the others: the comment zone's
#: ``time_lines`` asks it of every short line, 63 → 32 ms.)
_HINT_RUNS: Final = frozenset(
    max(re.findall(r"\w+", word.lower()), key=len).encode()
    for word in _HINT_WORDS
    if word.isascii()
)
#: ASCII lowered and every ASCII character that is no word character (``\w``) made a space: the
#: runs of word characters of an ASCII line are then its bytes split on spaces.
_ASCII_RUNS: Final = bytes(
    ord(chr(c).lower()) if chr(c).isalnum() or chr(c) == "_" else ord(" ") for c in range(128)
) + bytes(range(128, 256))
#: The last character of each "before" word of the Chinese, Japanese and Korean form, one of
#: which a line must hold for :data:`_CJK_AGO_IN` to match: a cheap test before it.
_CJK_AGO_END: Final = re.compile(f"[{re.escape(''.join({word[-1] for word in R.CJK_AGO}))}]")
#: The clock of a day word's time (``21:22``, ``4.45``, ``9h30``), without which
#: :data:`_DAY_WORD` cannot match: a cheap test before its long alternation.
_CLOCK: Final = re.compile(r"\d[:.h][0-5]\d", re.IGNORECASE)


@attrs.frozen
class Relative:
    """A relative time found in a line: ``seconds`` back from the reference time, or a day
    ``days`` from the reference day at a time of day (``yesterday at 4:45 PM``; a day word
    alone, ``hier``, is also a common word); its span in the line."""

    start: int
    end: int
    seconds: int | None = None
    days: int | None = None
    clock: tuple[int, int] | None = None


def ago_seconds(m: re.Match[str]) -> int:
    """How many seconds back a match of :data:`AGO` (or of the older whole-line pattern of
    :mod:`newsparse._dates`, whose groups are ``n`` and ``unit``) says.

    >>> ago_seconds(AGO.fullmatch("vor 2 Tagen")), ago_seconds(AGO.fullmatch("an hour ago"))
    (172800, 3600)
    """
    groups = m.groupdict()
    n = groups.get("n") or groups.get("n2") or groups.get("n3")
    unit = groups.get("unit") or groups.get("unit2") or ""
    count = int(n) if n and n.isdigit() else R.UNIT_ALONE_COUNTS
    if groups.get("unit3"):
        return count * R.CJK_UNITS[groups["unit3"]]
    return count * R.UNIT_SECONDS.get(unit.lower(), 0)


def hinted(text: str) -> bool:
    """Whether ``text`` holds one of the words without which a relative time needs a digit
    (``ago``, ``vor``, ``назад``, ``just now``).

    >>> hinted("an hour AGO"), hinted("Vor einer Stunde"), hinted("Agora"), hinted("Ihre Meinung")
    (True, True, False, False)
    >>> hinted("3小时前"), hinted("3시간 전"), hinted("前回")
    (True, True, False)
    """
    if text.isascii():
        if _HINT_RUNS.isdisjoint(text.encode().translate(_ASCII_RUNS).split()):
            return False  # (no run of the words stands in the line: the common line, cheaply)
        return _HINT_LOWER.search(text.lower()) is not None
    low = text.lower()
    if len(low) == len(text) and _CASE_BLIND_ONLY.search(low) is None:
        found = _HINT_LOWER.search(low) is not None
    else:
        found = _HINT.search(text) is not None
    return found or (_CJK_AGO_END.search(text) is not None and _CJK_AGO_IN.search(text) is not None)


def find_relative(text: str, *, digits: bool | None = None) -> Relative | None:
    """The first relative time in ``text``, or ``None`` (see the module's examples).

    ``digits`` says whether ``text`` holds a digit when the caller has asked already. The
    answer is remembered for the page being read (see :mod:`newsparse._memo`): the header
    readers, the zone's records and the article's header ask it of the same lines again.
    """
    found = _FOUND.get(text, _UNREAD)
    if found is _UNREAD:
        found = _FOUND[text] = _find_relative(text, digits)
        if len(_FOUND) > LIMIT:
            _FOUND.clear()
    return found  # type: ignore[return-value]


#: What :func:`find_relative` found in the lines of the page being read.
_FOUND: Final = page_memo()
#: What :data:`_FOUND` holds for a line not read yet.
_UNREAD: Final = object()


def _find_relative(text: str, digits: bool | None) -> Relative | None:
    hint = hinted(text)
    if hint:
        m = _AGO_IN.search(text) or (None if text.isascii() else _CJK_AGO_IN.search(text))
        if m is not None:
            return Relative(start=m.start(), end=m.end(), seconds=ago_seconds(m))
    elif not (digits if digits is not None else _DIGIT.search(text) is not None):
        return None  # (no "ago" word, no digit: the common line, decided cheaply)
    d = _DAY_WORD.search(text) if _CLOCK.search(text) is not None else None
    if d is not None:
        hour = int(d.group("h"))
        ap = (d.group("ap") or "").lower()
        if ap:
            hour = hour % 12 + (12 if ap == "p" else 0)
        return Relative(
            start=d.start(),
            end=d.end(),
            days=R.DAY_WORDS[d.group("word").lower()],
            clock=(hour, int(d.group("m"))),
        )
    j = _JUST_NOW.search(text) if hint else None
    if j is not None:
        return Relative(start=j.start(), end=j.end(), seconds=0)
    return None


def day_word_line(text: str) -> Relative | None:
    """The day word and time of day of a line that is wholly one (``Ayer a las 16:45``, ``昨天
    16:45``, ``i går kl. 16.45``), in the languages of :data:`~newsparse.vocab.relative.DAY_WORDS`.

    >>> day_word_line("Ayer a las 16:45").days, day_word_line("Ayer vino Ana a las 16:45")
    (-1, None)
    """
    core = text.strip(" \t,.|·•")
    m = _DAY_WORD.fullmatch(core) if _CLOCK.search(core) is not None else None
    if m is None:
        return None
    hour = int(m.group("h"))
    ap = (m.group("ap") or "").lower()
    if ap:
        hour = hour % 12 + (12 if ap == "p" else 0)
    return Relative(
        start=0,
        end=len(text),
        days=R.DAY_WORDS[m.group("word").lower()],
        clock=(hour, int(m.group("m"))),
    )


def resolve(
    found: Relative, reference: datetime | None, tz: tzinfo | None = None
) -> datetime | date | None:
    """The moment a relative time names, counted back from ``reference``; ``None`` without one."""
    if reference is None:
        return None
    if found.seconds is not None:
        value = reference - timedelta(seconds=found.seconds)
    else:
        day = reference.date() + timedelta(days=found.days or 0)
        if found.clock is None:
            return day
        value = datetime.combine(day, time(*found.clock), tzinfo=reference.tzinfo)
    return value.replace(tzinfo=tz) if value.tzinfo is None and tz is not None else value
