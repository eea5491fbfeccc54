"""A comment zone found from evidence: the record shape that repeats, anchored on its times.

Forum-record miners (MiBAT, CIKM 2010) find the posts of a page by the anchor that every post
repeats, its time, and cut the records between anchors. This reader does the same on a text
dump: every short line that holds a time (``3 hours ago``, ``vor 2 Tagen``, ``March 3, 2019
at 4:05 pm``, ``вчера в 21:22``) is a candidate header; a header's *shape* is what surrounds
the time (a name on the line or on a line above it, a score such as ``12 points``); the shape
that repeats most, with text under its records, is the thread. Each record runs from its header
to the next one; its action labels (``Reply``, ``Antworten``, ``Share``, ``▲``), vote counts,
nesting markers (``level 2``), member profile lines (``Join Date: Jun 2009``) and avatar names
are dropped with a reason; forum quote blocks (``X wrote:``) go to ``quoted``; the depth of a
record (its indentation, or a ``level N`` marker) gives ``reply_to``.

>>> find_relative("alice 3 hours ago [-]") is not None
True
"""

from __future__ import annotations

import itertools
import re
from array import array
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Final

import attrs

from newsparse import _cues as cues
from newsparse._comments import Stamp
from newsparse._dates import clock_time, find_date, find_yearless
from newsparse._lines import section_footer, strip_buttons
from newsparse._memo import per_page
from newsparse._patterns import CaseBlindWords
from newsparse._patterns import alternation as _alt
from newsparse._relative import Relative, find_relative, hinted, resolve
from newsparse._text import text_weight
from newsparse.vocab import comments as C
from newsparse.vocab import page as V
from newsparse.vocab import relative as R

if TYPE_CHECKING:
    from newsparse._page import Page

__all__ = [
    "Record",
    "TimeLines",
    "Zone",
    "find_zone",
    "is_quote_intro",
    "name_of_line",
    "time_lines",
    "time_note",
]


# --- settings -----------------------------------------------------------------------------------

#: A header line is short: a name, a time, a score and a few labels (HN's ``12 points by alice
#: 3 hours ago | parent | next``); a longer line is prose that mentions a time.
MAX_HEADER_CHARS: Final = 160
#: Words a header may hold beside its time and its name once labels and scores are gone
#: (``Silver``, a flair, ``Денису`` of "in reply to Denis"); more is a sentence.
MAX_SPARE_WORDS: Final = 4
#: A commenter's name is short: a nickname or a full name of up to five words.
MAX_NAME_WORDS: Final = 5
MAX_NAME_CHARS: Final = 50
#: How far above a header's time its name may stand (a forum's member card puts a few
#: profile links between them).
MAX_NAME_ABOVE: Final = 10
#: A thread has at least this many records of one shape (a lone dated line is no thread; two
#: dated teasers are a common sidebar).
MIN_RECORDS: Final = 3
#: A comments heading vouches for a thread this long or longer ("1 Comment" heads a lone form
#: or a teaser on too many pages).
MIN_DECLARED_RECORDS: Final = 2
#: Half the records of a thread hold text of at least this many characters: teasers under
#: headlines (a title and ``3 days ago``) hold a title, not text.
MIN_TEXT_CHARS: Final = 25
#: Most records of a thread name their writer (a deleted comment may not); teasers and
#: dated link lists name none.
MIN_AUTHOR_SHARE: Final = 0.7
#: No one name writes more than this share of a thread of :data:`MIN_RECORDS_FOR_SHARE` or
#: more records: a name on every record is a label of the site (``View``, a section name).
MAX_ONE_AUTHOR_SHARE: Final = 0.6
MIN_RECORDS_FOR_SHARE: Final = 5
#: Of the records with text, this share at least ends a sentence in its first paragraph
#: (``.``, ``!``, ``?``): a teaser's first paragraph is a headline, a menu's a row of links;
#: readers' one-liners (``lol``) keep a thread below half.
MIN_PROSE_SHARE: Final = 0.4
#: Records of one shape further apart than this many lines belong to different zones.
MAX_ANCHOR_GAP: Final = 250
#: The last record holds at most this many times the longest earlier record's lines (what
#: follows the thread is the page's footer).
LAST_RECORD_SLACK: Final = 2
#: A post's card (avatar, name, reputation and badges) takes at most this many lines.
MAX_CARD_LINES: Final = 4
#: Indentation differences smaller than this are wrapping noise, not nesting.
MIN_INDENT_STEP: Final = 2

_LABEL: Final = _alt(C.ACTIONS)
#: An emoji reaction with its count (``👍 2``, ``❤️ 1``): a pictograph of the symbol blocks
#: (Miscellaneous Symbols and Dingbats, U+2600-U+27BF; the pictograph planes, U+1F300-U+1FAFF),
#: maybe with its emoji-style selector (U+FE0F).
_REACTION: Final = r"[\u2600-\u27bf\U0001f300-\U0001faff]\ufe0f?\s*\d{1,6}(?!\d)"
#: A line of action labels only (``Reply``, ``Share ›``, ``• permalink``, ``Ответить``,
#: ``ReportSaveFollow`` as bs4 glues them), maybe with a counter (``▲ 12 ▼``, ``Like (3)``,
#: a rating with its sign, ``−2``, emoji reactions ``❤️ 1 👍 3``), maybe after an icon's empty
#: element, which html2text writes as an empty emphasis glued to the label (``__Reply``)
_ACTION_LINE: Final = re.compile(
    rf"(?:[•□☆*+\-−|·›»(\[\])_ ]*(?:(?:{_LABEL})|{_REACTION}|\d{{1,6}}(?!\d)|\(\d{{1,6}}\))[|·•›»)\] ]*)+",
    re.IGNORECASE,
)
_SCORE: Final = re.compile(
    rf"[-+]?\d[\d,.]*\s*[km]?\s*(?:{_alt(C.SCORE_WORDS)})(?![^\W\d])\.?|\(\s*\d+\s*(?:{_alt(C.SCORE_WORDS)})\s*\)",
    re.IGNORECASE,
)
#: A score tag ending a comment's subject line (``(Score:5, Insightful)``).
_SCORE_TAG: Final = re.compile(
    rf"\((?:{_alt(C.SCORE_TAGS)})\s*:\s*[-+−]?\d{{1,4}}(?:,\s*[^\W\d_]+)?\)$", re.IGNORECASE
)
_SCORE_LABEL: Final = re.compile(rf"(?:{_alt(C.SCORE_LABELS)})", re.IGNORECASE)
#: A count of a comment's replies in brackets (``(27 children)``, ``(3 replies)``).
_REPLY_COUNT: Final = re.compile(
    rf"\(\s*\d{{1,6}}\s+(?:{_alt(C.REPLY_COUNT_NOUNS)})\s*\)", re.IGNORECASE
)
_DEPTH: Final = re.compile(rf"(?:{_alt(C.DEPTH_WORDS)})\s+(?P<n>\d{{1,2}})", re.IGNORECASE)
_QA: Final = re.compile(rf"(?:{_alt(C.QA_LABELS)})\b\s*", re.IGNORECASE)
_REPLY_MARK_WORDS: Final = frozenset(C.REPLY_MARKS)
_REPLY_MARK: Final = re.compile(rf"\s+(?:{_alt(C.REPLY_MARKS)})\s+(?P<to>\S.*)$", re.IGNORECASE)
_QA_IN: Final = re.compile(rf"(?<!\w)(?:{_alt(C.QA_LABELS)})\s*$", re.IGNORECASE)
_BADGES: Final = frozenset(C.NAME_BADGES)
_BADGE_AFTER: Final = re.compile(rf"\s+(?:{_alt(C.NAME_BADGES)})$", re.IGNORECASE)
#: A badge alone before a header's time, the name on the line above: an achievement
#: (``Avid Voter``), or any badge with a count of more folded after it (``Mod+2``).
_BADGE_ALONE: Final = re.compile(
    rf"(?:{_alt(C.ACHIEVEMENT_BADGES)})(?:\s?\+\d{{1,2}})?|(?:{_alt(C.NAME_BADGES)})\s?\+\d{{1,2}}",
    re.IGNORECASE,
)
_QA_AFTER: Final = re.compile(rf"\s+(?:{_alt(C.QA_LABELS)})\s*$", re.IGNORECASE)
_OPENER_WORDS: Final = frozenset(C.NAME_OPENERS)
_OPENER: Final = re.compile(rf"^(?:{_alt(C.NAME_OPENERS)})\s+", re.IGNORECASE)
_CLOSER: Final = re.compile(rf"(?:\s+|^)(?:{_alt(C.NAME_CLOSERS)})\s*$", re.IGNORECASE)
_WEEKDAY_CHARS: Final = 5  # ("Mo", "Sat": too short to tell from a name's end)
#: A weekday glued to the name before it, as Blogger dumps its header (``Ana RuizMittwoch, Mai
#: 10, 2017``): capitalised after a small letter, a full weekday name only.
GLUED_WEEKDAY: Final = re.compile(
    "(?<=[a-zß-ÿ])(?:"
    + "|".join(re.escape(w.capitalize()) for w in V.WEEKDAYS if len(w) >= _WEEKDAY_CHARS)
    + r")\.?$"
)
_WEEKDAY: Final = re.compile(rf"(?:^|\s)(?:{_alt(V.WEEKDAYS)})\.?,?\s*$", re.IGNORECASE)
_AVATAR: Final = re.compile(
    rf"^(?:\d{{1,4}}\.\s*)?(?:{_alt(C.AVATAR_WORDS)})\s*:?\s*", re.IGNORECASE
)
#: An avatar's alt text that ends with its word (``Jane Doe's user avatar``).
_AVATAR_AFTER: Final = re.compile(rf"(?:['’]s)?\s+(?:{_alt(C.AVATAR_AFTER_WORDS)})$", re.IGNORECASE)
_PROFILE: Final = re.compile(
    rf"[•□*\s]*(?:{_alt(C.PROFILE_LABELS)})(?:\s*:|\s+[^\d\s]{{0,12}}\s?\d[\d,. ]*(?:\s|$))"
    # (the count before its label: ``1,207 posts``)
    rf"|[•□*\s]*\d[\d,.]*\s*[km]?\s+(?:{_alt(C.PROFILE_LABELS)})\s*$"
    # (a social plugin's line under the name: ``Works at Fenwick Hollow Transport``)
    rf"|(?:{_alt(C.PROFILE_PHRASES)})\s+\S.{{0,{MAX_NAME_CHARS}}}$",
    re.IGNORECASE,
)
#: Marks before a name: bullets (lynx nests lists under ``o``), numbers (a post's ``#12 Ann``),
#: image names, and what is left of a Markdown link whose address holds brackets (html2text
#: writes ``[[–]](javascript:void\(0\))[bob](…)``, which reaches here as
#: ``](javascript:void(0))bob``).
#: A vote widget before a name (``▲ 14 ▼ brassgear``): arrows and the count between them.
_VOTES_LEAD: Final = re.compile(r"^[▲△⇧↑▼▽⇩↓](?:\s*(?:[▲△⇧↑▼▽⇩↓]|[-+−]?\d[\d,.]*[km]?(?!\w)))*\s*")
_LEAD_MARKS: Final = re.compile(
    r"^(?:#\d{1,7}\s+|[•□☆*●○◦▪+\-–—|·>#]+\s*|o\s+|\d{1,4}\.\s+|\[[^\]]{0,80}\]\s*"
    r"|\]\((?:[^()\s]|\([^()\s]{0,20}\)){0,200}\)\s*)+"
)
_TRAIL_MARKS: Final = re.compile(r"(?:\s*[|·•,:;~\-–—]+|\s*\[[^\]]{0,12}\]|\s*\(\s*\))+$")
_SEGMENTS: Final = re.compile(r"\s+[|·•]\s+|\s+[|·•]$|^[|·•]\s+")
#: (lynx: ``[15]#2``; in brackets: ``(#61234567)``)
_POST_NUMBER: Final = re.compile(r"(?:\[\d{1,5}\])?(?:#\d{1,7}|\d{1,7}\.|\(#\d{1,9}\))")
#: A line of marks only (``•``, ``+``, lynx's empty nested bullet ``o``).
#: (a pictograph is no mark: ``❤️`` alone is a comment's whole text)
_ONLY_MARKS: Final = re.compile(r"(?:(?![\u2600-\u27bf\U0001f300-\U0001faff])[\W_])*|o")
#: A comment's number on the line over its header, as a list's item or alone, maybe with the
#: avatar's alt text or the image name w3m shows in brackets (``+ 2``, ``2. 4``, ``#12``,
#: ``□ 2 [a5d1f040b20b]``, ``2 avatar``).
_NUMBER_LINE: Final = re.compile(
    r"(?:[•□☆*+o◦▪\-]\s+|\d{1,4}\.\s+)?#?\d{1,5}\.?"
    rf"(?:\s+(?:\[[^\]\s]{{1,80}}\]|(?:{_alt(C.AVATAR_WORDS)})))?",
    re.IGNORECASE,
)
#: A quoted post's writer in its intro (``X wrote:``) has at most this many characters.
MAX_QUOTED_NAME_CHARS: Final = 41
#: A quoted post's time in its intro (``Quote from: X on March 03, 2021, 09:40:00 AM``) has at
#: most this many characters.
MAX_QUOTED_TIME_CHARS: Final = 40
_QUOTE_INTRO: Final = re.compile(
    "|".join(
        re.escape(form)
        .replace(re.escape("{name}"), rf"(?P<q{k}>\S.{{0,{MAX_QUOTED_NAME_CHARS - 1}}}?)")
        .replace(re.escape("{when}"), rf"\S.{{0,{MAX_QUOTED_TIME_CHARS - 1}}}?")
        for k, form in enumerate(C.QUOTE_INTROS)
    ),
    re.IGNORECASE,
)
#: The longest line a quote intro can be: its longest form's words, the longest name and time
#: (a cheap test before the pattern's many forms).
_QUOTE_INTRO_CHARS: Final = (
    max(len(form.replace("{name}", "").replace("{when}", "")) for form in C.QUOTE_INTROS)
    + MAX_QUOTED_NAME_CHARS
    + MAX_QUOTED_TIME_CHARS
)
#: One literal piece of each quote intro (its longest): a line that holds none is no intro. A
#: speed device: every line of every record is asked, and the pattern tries each form with
#: every length of name (its 29,891 tries took 0.37 s of a profiled parse of the shared dumps).
_QUOTE_INTRO_PIECES: Final = [
    max(re.split(r"\{name\}|\{when\}", form), key=len) for form in C.QUOTE_INTROS
]
_QUOTE_INTRO_PIECE: Final = CaseBlindWords(_QUOTE_INTRO_PIECES)
_SENTENCE_END: Final = ".!?…。！？"
#: A dash, maybe inside a Markdown quote, opens an embedded post's signature (``— Jane Doe
#: (@jd) May 2, 2024``, ``> -- Jane Doe …``): no comment header.
_SIGNATURE: Final = re.compile(r"(?:>\s*)*(?:—|–|--)")
_DIGIT: Final = re.compile(r"\d")
#: The digits of a time, without which a line holds a time only by a relative time's word (``3
#: hours ago`` has its ``ago``): a year or two numbers joined (``2019``, ``03.03``: what
#: :func:`find_date` needs), a clock (``21:22``, ``9h30``: what ``вчера в 21:22`` needs) or a
#: short year (``Jan 4 '15``).
_TIME_DIGITS: Final = re.compile(r"\d(?:\d\d\d|[./]\d|[:.hH][0-5]\d)|['’]\d\d")
#: A nickname that opens with a digit (``49bc``, ``27182818284``): one word with a letter, or a
#: long run of digits (a score or a count is short and has a word after it).
_HANDLE: Final = re.compile(r"\d\w*[^\W\d]\w*|\d{5,}")
#: A name that ends in an initial (``Odile B.``) ends in a dot, not a sentence.
_INITIAL_END: Final = re.compile(r"(?:^|\s)[^\W\d_]\.$")
_NO_AUTHOR: Final = frozenset(C.NO_AUTHOR)


@attrs.frozen
class _Header:
    """What a line holding a time says: the name on it (if any), its time, its shape."""

    author: str | None
    when: Stamp
    time_text: str
    relative: bool
    scored: bool
    qa: bool
    #: the Q&A label before the time (``answered``, ``edited``), lower case, or ``""``
    label: str
    #: how the time is written (``9 a a`` for ``3 hours ago``, ``9.9.9, 9:9`` for
    #: ``03.03.2011, 14:27``): a thread writes all its times one way
    form: str
    #: the header says its comment's writer is gone (``Comment deleted by user · 6 yr. ago``):
    #: no name is looked for above it
    gone: bool = False


@attrs.define
class Record:
    """One comment of a zone: its header lines, text lines and the lines dropped from it."""

    head: int
    anchor: int
    author: str | None
    author_line: int | None
    when: Stamp
    time_text: str
    depth: int | None
    #: the name its header says it answers (``Kristine → Bob``)
    answers: str | None = None
    text: list[list[int]] = attrs.Factory(list)
    quoted: list[tuple[str | None, list[int]]] = attrs.Factory(list)
    dropped: list[tuple[int, str]] = attrs.Factory(list)
    #: text lines inside the thread that follow a section footer in this record's stretch: no
    #: comment's text, reported as unplaced
    strays: list[int] = attrs.Factory(list)
    #: the time stands in the comment's footer under its text (``Like · Reply · 2w``): the
    #: text is the lines between the name and the time
    below: bool = False


@attrs.define
class Zone:
    """The records of a thread found by its repeated header shape."""

    records: list[Record]
    shape: tuple[bool, bool, bool, str]
    #: the names and times stand in a card under each post's text (a Q&A page)
    cards: bool = False

    @property
    def start(self) -> int:
        return self.records[0].head


# --- one header line ----------------------------------------------------------------------------


def _time_in(
    page: Page, text: str, digits: bool, *, compact: bool = True
) -> tuple[Stamp, int, int, bool] | None:
    """The time a line holds: ``(stamp, start, end, relative)``; ``digits`` says whether the
    line holds a digit, ``compact`` whether a compact age (``2h``) counts. A full date before a
    relative time on one line is the time (``April 12 2018, 04:34:23 UTC1 week ago``): the
    relative one is the page's rounding of it."""
    found = find_relative(text, digits=digits)
    if found is not None and digits and found.start > 0:
        dated = find_date(text[: found.start], tz=page.tz)
        if dated is not None:
            return Stamp(value=dated[0], problem=None), dated[1], dated[2], False
    if found is not None:
        value = resolve(found, page.reference, page.tz)
        problem = None if value is not None else "a relative time and no reference time was given"
        return Stamp(value=value, problem=problem), found.start, found.end, True
    if not digits:
        return None
    dated = find_date(text, tz=page.tz)
    if dated is None:
        return (
            _short_year(page, text)
            or _unreadable(page, text)
            or _time_of_day(text)
            or (_compact_age(page, text) if compact else None)
        )
    return Stamp(value=dated[0], problem=None), dated[1], dated[2], False


#: A compact age (``2h``, ``5d``; see :data:`newsparse.vocab.relative.COMPACT_UNITS`), maybe a
#: lynx-numbered or Markdown link (``[16]2w``, ``[2w](https://…)``).
_COMPACT_AGE: Final = re.compile(
    rf"(?:\[\d{{1,4}}\])?\[?(?P<n>\d{{1,3}})\s?(?P<unit>{_alt(list(R.COMPACT_UNITS))})(?!\w)\.?"
    r"\]?(?:\(\S*\))?",
    re.IGNORECASE,
)
#: What a line holds wherever it holds a :data:`_COMPACT_AGE`: its count's last digit and its
#: unit (the pattern's other parts may all be empty). A speed device: this pattern opens with a
#: digit, which the regex engine looks for before it tries a match, so where a line holds no
#: compact age it answers three times faster (over the shared dumps' lines with a digit and
#: no date's digits, 25 → 8 ms).
_COMPACT_AGE_IN: Final = re.compile(rf"\d\s?(?:{_alt(list(R.COMPACT_UNITS))})(?!\w)", re.IGNORECASE)
#: The separators between a header's or a footer's pieces (``Like · Reply · 2w``).
_PIECE_MARKS: Final = "|·•"


def _compact_age(page: Page, text: str) -> tuple[Stamp, int, int, bool] | None:
    """A compact age standing as a piece of its own in ``text``, between the line's edges or
    separators (``2w``, ``Like · Reply · 2w``, ``Ysolde · 1d``), as :func:`_time_in` returns it.

    >>> from newsparse._page import Page
    >>> page = Page(lines=[], tz=None, reference=datetime(2024, 5, 2, 12), defects=[], placement=[])
    >>> _compact_age(page, "Like · Reply · 2d")[0].value, _compact_age(page, "Route 66 is 3d")
    (datetime.datetime(2024, 4, 30, 12, 0), None)
    """
    if _COMPACT_AGE_IN.search(text) is None:
        return None  # (no compact age anywhere: the common line, decided cheaply)
    for m in _COMPACT_AGE.finditer(text):
        before, after = text[: m.start()].rstrip(), text[m.end() :].lstrip()
        if (before and before[-1] not in _PIECE_MARKS) or (after and after[0] not in _PIECE_MARKS):
            continue
        seconds = int(m.group("n")) * R.COMPACT_UNITS[m.group("unit").lower()]
        value = resolve(
            Relative(start=m.start(), end=m.end(), seconds=seconds), page.reference, page.tz
        )
        problem = None if value is not None else "a relative time and no reference time was given"
        return Stamp(value=value, problem=problem), m.start(), m.end(), True
    return None


#: The stamp of a header that gives a time of day and no day: no moment, nothing to report.
DATELESS: Final = Stamp(value=None, problem=None)


def _time_of_day(text: str) -> tuple[Stamp, int, int, bool] | None:
    """A line that is wholly a time of day, as :func:`_time_in` returns it (its stamp
    :data:`DATELESS`): a header only under a comments heading (see :func:`_repeated_zone`)."""
    lead = _LEAD_MARKS.match(text)  # (lynx's link number: ``[13]21:00``)
    start = lead.end() if lead is not None else 0
    return (DATELESS, start, len(text), False) if clock_time(text[start:]) is not None else None


def _unreadable(page: Page, text: str) -> tuple[Stamp, int, int, bool] | None:
    """A line that is wholly a timestamp of no valid date (``• Jun 31, 2023 - 12:40PM``):
    a header all the same, whose stamp records the problem as a defect."""
    bare = _ITEM.sub("", text, count=1)
    found = page.stamp(bare)
    if found is None or found.value is not None:
        return None
    return found, len(text) - len(bare), len(text), False


#: A Q&A card's date with a two-digit year (``Jan 4 '15 at 9:30``): 20xx.
_SHORT_YEAR: Final = re.compile(
    rf"(?<!\w)(?P<mon>{_alt(list(V.MONTHS))})\.?\s+(?P<d>\d{{1,2}})\s+['’](?P<y>\d{{2}})"
    r"(?:\s+at\s+(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d))?(?!\w)",
    re.IGNORECASE,
)
_CENTURY: Final = 2000
#: The apostrophe and digits of a :data:`_SHORT_YEAR`, without which it cannot match: a speed
#: device (a line with an apostrophe is mostly one with a word's, ``it's``, and this search
#: opens with the apostrophe, which the regex engine looks for before it tries a match, where
#: the full pattern tries its months at every place).
_SHORT_YEAR_DIGITS: Final = re.compile(r"['’]\d\d")


#: A Q&A card's date of the current year, which it leaves out (``Mar 3 at 14:02``).
_NO_YEAR: Final = re.compile(
    rf"(?<!\w)(?P<mon>{_alt(list(V.MONTHS))})\.?\s+(?P<d>\d{{1,2}})"
    r"\s+at\s+(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?!\w)",
    re.IGNORECASE,
)


def _this_year(page: Page, text: str) -> tuple[Stamp, int, int, bool] | None:
    """A date written ``Mar 3 at 14:02`` in ``text`` (a Q&A card's of this year), as
    :func:`_time_in` returns it: of the reference time's year (the year before when that day
    is still to come), unresolved without a reference time.

    >>> from newsparse._page import Page
    >>> page = Page(lines=[], tz=None, reference=datetime(2024, 5, 2, 12), defects=[], placement=[])
    >>> _this_year(page, "answered Mar 3 at 14:02")[0].value, _this_year(page, "Dec 24 at 9:00")[0].value
    (datetime.datetime(2024, 3, 3, 14, 2), datetime.datetime(2023, 12, 24, 9, 0))
    """
    if " at " not in text:
        return None  # (the cheap test first)
    m = _NO_YEAR.search(text)
    if m is None:
        return None
    if page.reference is None:
        problem = "a relative time: a day without its year and no reference time was given"
        return Stamp(value=None, problem=problem), m.start(), m.end(), True
    month, day, year = V.MONTHS[m.group("mon").lower()], int(m.group("d")), page.reference.year
    clock = (int(m.group("h")), int(m.group("m")))
    try:
        value = datetime(year, month, day, *clock, tzinfo=page.tz)
        if value.replace(tzinfo=None) > page.reference.replace(tzinfo=None):
            value = datetime(year - 1, month, day, *clock, tzinfo=page.tz)
    except ValueError:
        return None
    return Stamp(value=value, problem=None), m.start(), m.end(), True


def _short_year(page: Page, text: str) -> tuple[Stamp, int, int, bool] | None:
    """A date written ``Jan 4 '15 at 9:30`` (or ``Mar 3 at 14:02``, this year's) in ``text``,
    as :func:`_time_in` returns it."""
    if "'" not in text and "’" not in text:
        # (no apostrophe, no short year: the common line, decided cheaply)
        return _this_year(page, text)
    if _SHORT_YEAR_DIGITS.search(text) is None:
        return None  # (an apostrophe of a word, "it's": no short year, decided cheaply)
    m = _SHORT_YEAR.search(text)
    if m is None:
        return None
    try:
        day = date(
            _CENTURY + int(m.group("y")), V.MONTHS[m.group("mon").lower()], int(m.group("d"))
        )
    except ValueError:
        return None
    value: date = day
    if m.group("h") is not None:
        value = datetime(
            day.year, day.month, day.day, int(m.group("h")), int(m.group("m")), tzinfo=page.tz
        )
    return Stamp(value=value, problem=None), m.start(), m.end(), False


@per_page
def _strip_pieces(text: str) -> tuple[str, bool, str]:
    """A header's text without its scores, labels and marks: ``(rest, scored, Q&A label)``."""
    # (a label that holds a score word goes first: "alice333 comment score below threshold"
    # is alice333's hidden score, not a score of 333 comments)
    text = _SCORE_LABEL.sub(" ", text)
    scored = _SCORE.search(text) is not None
    if scored:
        text = _SCORE.sub(" ", text)
    qa = ""
    kept: list[str] = []
    for piece in _SEGMENTS.split(text):
        piece = piece.strip()
        if not piece or _ACTION_LINE.fullmatch(piece):
            continue
        m = _QA.match(piece)
        if m is None:
            m = _QA_IN.search(piece)
        if m is not None:
            qa = qa or m.group(0).strip().lower()
            piece = piece[: m.start()] + piece[m.end() :]
        kept.append(piece)
    return " ".join(kept), scored, qa


def name_beside_time(page: Page, text: str) -> str | None:
    """The name a short line gives beside its time, before it or after it (``Jane Doe · 3 hours
    ago``, ``Сегодня в 12:00 Albert Khabibrakhimov``), or ``None``.

    >>> from newsparse._page import Page
    >>> page = Page(lines=[], tz=None, reference=None, defects=[], placement=[])
    >>> name_beside_time(page, "Today at 12:00 Jane Doe"), name_beside_time(page, "Home News")
    ('Jane Doe', None)
    """
    if len(text) > MAX_HEADER_CHARS:
        return None
    # (a compact age beside a name is a story's byline as often as a comment's header: the
    # article's reader asks this of its byline lines, and only a thread's repeats tell them apart)
    found = _time_in(page, text, _DIGIT.search(text) is not None, compact=False)
    if found is None:
        return None
    _, start, end, _ = found
    before, after = text[:start].strip(_NAME_EDGES), text[end:].strip(_NAME_EDGES)
    if bool(before) == bool(after):
        return None  # (a name on both sides, or none)
    return _name_of(before or after)


#: What stands between a name and its time (``Jane Doe · 3 hours ago``).
_NAME_EDGES: Final = " ,;:|·•-–—"


def answered_name(text: str) -> str | None:
    """The name a header says its comment answers (``Kristine → Bob``, ``in reply to Bob``).

    >>> answered_name("Kristine → Bob"), answered_name("Kristine")
    ('Bob', None)
    """
    m = _REPLY_MARK.search(text)
    return m.group("to").strip(" ,:") if m is not None else None


@per_page
def _name_of(text: str) -> str | None:
    """A commenter's name in a header's text before the time (``by alice``, ``Par Marie,
    le mercredi``, ``[–]bob``, ``Avatar Kristine``, lynx's ``Post by [13]alice »``), or
    ``None``."""
    text = _LEAD_MARKS.sub("", text)
    if "[" in text:
        text = _LYNX_LINK.sub("", text)
    text = _VOTES_LEAD.sub("", text)
    text = _AVATAR.sub("", text)
    text = _REPLY_MARK.sub("", text)  # "Kristine → Bob": Kristine writes
    for _ in range(3):  # "Marie-Claire DELAIRE, le mercredi": weekday, then "le", then ","
        before = text
        text = _TRAIL_MARKS.sub("", text)
        text = GLUED_WEEKDAY.sub("", _WEEKDAY.sub("", text))
        text = _CLOSER.sub("", text)
        text = _QA_AFTER.sub("", text)
        if " " in text:
            text = _BADGE_AFTER.sub("", text)
        if text == before:
            break
    text = _once(_OPENER.sub("", text).strip(" ,;:|·•-–—"))
    return text if plausible_name(text) else None


#: A lynx link number inside a header's text (``Post by [13]alice``).
_LYNX_LINK: Final = re.compile(r"\[\d{1,5}\]")


def name_of_line(text: str) -> str | None:
    """A commenter's name on a line of its own, without an avatar's alt text or marks around it
    (``Ann's avatar Ann``, ``[Avatar] Ann``, ``• Ann``), or ``None``.

    >>> name_of_line("Fenella Quarry's avatar Fenella Quarry"), name_of_line("Thanks for this.")
    ('Fenella Quarry', None)
    """
    m = _AVATAR_BESIDE.fullmatch(text.strip())
    return _name_of(m.group("name") if m is not None else text)


#: An avatar's alt text that ends with its word, then the name again (``Ann's avatar Ann``).
_AVATAR_BESIDE: Final = re.compile(
    rf"(?P<name>.+?)(?:['’]s)?\s+(?:{_alt(C.AVATAR_AFTER_WORDS)})\s+(?P=name)", re.IGNORECASE
)


#: A full name has at least two words; a one-word name said twice is a name of its own.
_FULL_NAME_WORDS: Final = 2


def _once(name: str) -> str:
    """A full name or a nickname said twice in a row said once: an avatar's alt text beside
    the name's link (``Jane Doe Jane Doe``, ``tio_bombas tio_bombas``). A capitalised word
    twice may be a name (``Roberto Roberto``).

    >>> _once("Jane Doe Jane Doe"), _once("tio_bombas tio_bombas"), _once("Roberto Roberto")
    ('Jane Doe', 'tio_bombas', 'Roberto Roberto')
    """
    words = name.split()
    half = len(words) // 2
    if len(words) != 2 * half or not half or words[:half] != words[half:]:
        return name
    word = words[0]
    named = word.isalpha() and word[0].isupper() and (len(word) == 1 or word[1:].islower())
    return " ".join(words[:half]) if half >= _FULL_NAME_WORDS or not named else name


def plausible_name(text: str) -> bool:
    """A short line or piece that can be a commenter's name or nickname.

    >>> plausible_name("peterburkimsher"), plausible_name("Jean-Luc Petit")
    (True, True)
    >>> plausible_name("Thanks for this."), plausible_name("Reply"), plausible_name("answered")
    (False, False, False)
    """
    words = text.split()
    return (
        0 < len(text) <= MAX_NAME_CHARS
        and 0 < len(words) <= MAX_NAME_WORDS
        and (any(c.isalpha() for c in text) or _HANDLE.fullmatch(text) is not None)
        and (text[-1] not in _SENTENCE_END + ":;," or _INITIAL_END.search(text) is not None)
        and text[0] not in "#([{*•□-–—>\"“«'"
        and ": " not in text
        and not (text.isupper() and " " in text)  # "AUTO NEWS": a section label
        and text.lower() not in _NO_AUTHOR
        and _ACTION_LINE.fullmatch(text) is None
        and _SCORE_LABEL.fullmatch(text) is None
        and _QA.fullmatch(text) is None
        and _PROFILE.match(text + ":") is None
        and find_relative(text) is None
        and (not text[0].isdigit() or _HANDLE.fullmatch(text) is not None)
    )


def _header(page: Page, text: str, digits: bool | None = None) -> _Header | None:
    """A line read as a comment header (a time with at most a name and labels), or ``None``;
    ``digits`` says whether the line holds a digit when the caller has asked already."""
    if len(text) > MAX_HEADER_CHARS:
        return None
    # (the time first: few lines hold one, so the label tests below run on those few)
    found = _time_in(page, text, digits if digits is not None else _DIGIT.search(text) is not None)
    if found is None or _PROFILE.match(text) or _SIGNATURE.match(text):
        return None
    when, start, end, relative = found
    if text[:start].strip(" :").lower() in _PROFILE_WORDS:
        return None  # "Joined Apr 11, 2016": a member card's label without its colon
    before, scored_b, qa_b = _strip_pieces(text[:start])
    after, scored_a, qa_a = _strip_pieces(_without_edit_note(page, text[end:]))
    after = _LEAD_MARKS.sub("", after).strip(_AROUND_TIME)
    if after and _ACTION_LINE.fullmatch(after):
        after = ""
    # "Last post: 18.10.2010": a label, not a name
    labelled = text[:start].rstrip().endswith(":")
    badged = _BADGE_ALONE.fullmatch(_LEAD_MARKS.sub("", before).strip(_NAME_EDGES)) is not None
    author = _name_of(before) if before.strip() and not (labelled or badged) else None
    after_name = _name_after(text[end:], after) if not before.strip() else None
    author = author or after_name
    before_words = len(_words(before))
    spare = (0 if after_name else len(_words(after))) + (
        0 if author or not before.strip() else before_words
    )
    if spare > MAX_SPARE_WORDS:
        return None
    if before.strip() and author is None and before_words > MAX_SPARE_WORDS:
        return None
    return _Header(
        author=author,
        when=when,
        time_text=text[start:end],
        relative=relative,
        scored=scored_a or scored_b,
        qa=bool(qa_a or qa_b),
        label=qa_b or qa_a,
        form=_relative_form(text[start:end]) if relative else _form(text[start:end]),
        gone=author is None and _LEAD_MARKS.sub("", before).strip().lower() in _NO_AUTHOR,
    )


#: The dash or bar that sets a name off after a header's time (``March 3, 2024 — Orla``).
_NAME_AFTER_MARK: Final = re.compile(r"\s*[—–|]\s*\S")


def _name_after(rest: str, after: str) -> str | None:
    """The name a header gives after its time, set off by a dash or a bar (``March 3, 2024 at
    9:05 am — Orla Fenwick``, ``28.04.2024 | jasper_k``), as themes that put the date first
    write it; ``rest`` is the line after the time, ``after`` that text without its labels.

    >>> _name_after(" — Orla Fenwick", "Orla Fenwick"), _name_after(" Orla Fenwick", "Orla Fenwick")
    ('Orla Fenwick', None)
    """
    if not after or _NAME_AFTER_MARK.match(rest) is None:
        return None
    if " " in after and _DIGIT.search(after):
        return None  # ("March 3, 2024 | Updated 0203 GMT": a second time, no name)
    return _name_of(after)


#: What may stand around a header's time and says nothing: brackets, separators and the
#: guillemets a forum puts around its post's time (``« Reply #2 on: March 03, 2021 »``).
_AROUND_TIME: Final = " ,;:()[]«»"


def _words(text: str) -> list[str]:
    """The words of a header's piece, marks standing alone left out (``«``, ``»``, ``|``)."""
    return [w for w in text.split() if not _ONLY_MARKS.fullmatch(w)]


#: An edit's note after a header's time (``1 week agoEdited:  April 12 2018, 07:58:56 UTC``,
#: ``· bearbeitet vor 2 Stunden``): when the post was changed, not words of the header.
_EDIT_NOTE: Final = re.compile(
    rf"[\s|·•(]*(?:{_alt(C.QA_EDIT)})\s*:?\s*(?P<time>.+?)\)?\s*$", re.IGNORECASE
)


_EDIT_MARK: Final = re.compile(rf"[\s|·•(]*(?:{_alt(C.QA_EDIT)})\s*\)?\s*$", re.IGNORECASE)


def _without_edit_note(page: Page, after: str) -> str:
    """What follows a header's time without an edit's note and its time.

    >>> from newsparse._page import Page
    >>> page = Page(lines=[], tz=None, reference=None, defects=[], placement=[])
    >>> _without_edit_note(page, "1 week agoEdited: April 12 2018, 07:58 UTC")
    '1 week ago'
    >>> _without_edit_note(page, " reply"), _without_edit_note(page, " • edited")
    (' reply', '')
    """
    m = _EDIT_NOTE.search(after)
    if m is None or _time_in(page, m.group("time"), _DIGIT.search(after) is not None) is None:
        # (a bare mark of an edit, ``3 years ago • edited``: no time of its own)
        return _EDIT_MARK.sub("", after)
    return after[: m.start()]


_COUNTING: Final = re.compile(rf"\d+|(?<!\w)(?:{_alt(R.ONE)})(?!\w)", re.IGNORECASE)
_WORDY: Final = re.compile(r"[^\W\d_]+")


#: The form of a day word with its time (``вчера в 18:40``, ``yesterday at 4:45 PM``): that of
#: a relative time in full words (``12 минут назад``, ``3 hours ago``), which a thread shows
#: of its newest comments beside the day words of older ones. (A short one, ``5 hr. ago``,
#: keeps its own: a feed's teasers say ``6 days ago`` under a thread that says ``5 hr. ago``.)
_DAY_WORD_FORM: Final = "a a"


def _relative_form(time_text: str) -> str:
    """How a relative time is written, its count left out (``Час назад`` and ``3 часа назад``
    are one form); a day word with its time is written as one in full words.

    >>> _relative_form("3 часа назад") == _relative_form("вчера в 21:22"), _relative_form("2h")
    (True, 'a')
    >>> _relative_form("9 godz.") == _relative_form("12 min")
    True
    """
    if _COMPACT_AGE.fullmatch(time_text):
        # (a compact age's dot marks an abbreviation of some units only: ``9 godz.``, ``12 min``)
        return _form(_COUNTING.sub("", time_text).rstrip("."))
    if hinted(time_text):
        return _form(_COUNTING.sub("", time_text))
    return _DAY_WORD_FORM


def _form(time_text: str) -> str:
    """How a time is written, whatever its values: counts become ``9``, words ``a``.

    >>> _form("3 hours ago"), _form("an hour ago"), _form("4 yr. ago"), _form("03.03.2011, 14:27")
    ('9 a a', '9 a a', '9 a. a', '9.9.9, 9:9')
    """
    return _WORDY.sub("a", _COUNTING.sub("9", time_text.strip()))


# --- the zone -----------------------------------------------------------------------------------


def is_action_line(text: str) -> bool:
    """Whether a line holds only action labels and counters, also glued (``Reply``,
    ``AntwortenLöschen``, ``▲ 12 ▼``).

    >>> is_action_line("AntwortenLöschen"), is_action_line("Antworten, sagte sie.")
    (True, False)
    """
    return _ACTION_LINE.fullmatch(text) is not None


def is_signature(text: str) -> bool:
    """Whether a line opens with the dash of an embedded post's signature.

    >>> is_signature("— Jane Doe (@jd) May 2, 2024"), is_signature("Jane Doe May 2, 2024")
    (True, False)
    """
    return _SIGNATURE.match(text) is not None


def _prose(text: str) -> bool:
    """A line of running text, not a label or a name: many words, or a sentence."""
    return len(text) > 60 or (len(text.split()) >= 4 and text[-1] in _SENTENCE_END)


#: A tag in brackets after a commenter's name is a letter or two (``[S]``, ``[M]``, ``[OP]``).
MAX_TAG_CHARS: Final = 2


def _bracketed_tag(cleaned: Sequence[str], junk: Sequence[bool], j: int) -> bool:
    """Whether line ``j`` is a short tag that bs4 writes between a ``[`` line and a ``]`` line,
    artefacts both (``Brookefemale`` / ``[`` / ``S`` / ``]``: the submitter's mark, no name)."""
    return (
        len(cleaned[j]) <= MAX_TAG_CHARS
        and 0 < j < len(cleaned) - 1
        and junk[j - 1]
        and junk[j + 1]
    )


def _name_above(
    cleaned: Sequence[str], junk: Sequence[bool], at: int, floor: int
) -> tuple[str, int] | None:
    """The commenter's name on a line a little above a header's time (``lagrexx`` / ``· 4 yr.
    ago``; a forum's ``Chatfix`` / profile links / ``03.03.2011, 14:27``)."""
    for j in range(at - 1, max(floor, at - MAX_NAME_ABOVE) - 1, -1):
        text = cleaned[j]
        if text.lower() in _NO_AUTHOR:
            return None  # "[deleted]" (a converter's artefact as much): the comment has no author
        if not text or junk[j] or _ACTION_LINE.fullmatch(text) or _PROFILE.match(text):
            continue
        if _bracketed_tag(cleaned, junk, j):
            continue  # bs4's ``[`` / ``S`` / ``]``: the submitter's tag after the name
        if (
            (text.lower() in _RANKS and not _gone_by(cleaned, j))
            or text.lower() in _BADGES
            or _BADGE_ALONE.fullmatch(text) is not None
            or _profile_value(cleaned, j)
        ):
            continue  # "Regular" under the name in a member card, "Joined" / "Apr 11, 2016"
        if len(text) > MAX_HEADER_CHARS // 2 or _quote_intro(text) is not None:
            return None  # running text: the record above; a quote's intro (bs4's ``↑`` / time)
        if _TIME_DIGITS.search(text) and find_date(text) is not None:
            return None  # a date right above: the time below restates it (bs4's "1 week ago")
        if text[0] in "•□☆*":
            if j == at - 1 and (j == floor or not cleaned[j - 1] or junk[j - 1]):
                # a bulleted name alone right over the time: a list of comments, each item
                # its writer's name (``• Ann`` / ``Aug 5, 2012 - 11:21AM`` / text)
                name = _name_of(text[1:].strip())
                return (name, j) if name is not None else None
            continue  # a profile link in a member card
        name = _name_of(text)
        if name is not None and j - 2 >= floor and cleaned[j - 1].lower() in _REPLY_MARK_WORDS:
            # bs4's ``marlow`` / ``Mod`` / ``→`` / ``Ann`` / ``3 years ago``: Ann is whom marlow
            # answers
            j -= 2
            while j > floor and cleaned[j].lower() in _BADGES:
                j -= 1
            name = _name_of(cleaned[j])
            return (name, j) if name is not None else None
        if name is not None and _DEPTH.fullmatch(text) is None:
            card = card_head(cleaned, junk, j, max(floor, at - MAX_NAME_ABOVE))
            if card is not None:
                return card
            return _bare_name(cleaned, junk, name, j, max(floor, at - MAX_NAME_ABOVE))
    return None


#: A profile link's bullet in a member card (lynx bullets a nested list with ``+``).
_CARD_LINK: Final = re.compile(r"[•□☆*+]\s")
#: A list item's bullet opening a header line (``• Jun 9, 2023 - 12:40PM``).
_ITEM: Final = re.compile(r"[•□☆*▪◦]\s")


def _opens_item(cleaned: Sequence[str], at: int) -> bool:
    """Whether header line ``at`` opens a list item of its own: bulleted, after a blank line
    (a list of comments, this one without a name), not a bulleted time right under its name
    (Disqus's ``marlow_k`` / ``• 3 years ago``)."""
    return _ITEM.match(cleaned[at]) is not None and (at == 0 or not cleaned[at - 1])


_CARD_WORDS: Final = frozenset(C.CARD_LINKS)
_RANKS: Final = frozenset(C.MEMBER_RANKS)
_QUOTE_ENDS: Final = frozenset(C.QUOTE_ENDS)
#: A member card lists at least this many profile links (``• Profil``, ``• Private Nachricht``).
MIN_CARD_LINKS: Final = 2


def card_head(
    cleaned: Sequence[str], junk: Sequence[bool] | None, at: int, floor: int
) -> tuple[str, int] | None:
    """The name that heads a member card right above line ``at``, over the card's profile links
    (``sunsetkilling`` / ``• Profil`` / ``• Private Nachricht`` / a user title / the time): the
    line under the links is the member's title, not the name.

    >>> card_head(["bob", "* Profil", "* Private Nachricht", "", "Old hand", "03.03.2011"], None, 4, 0)
    ('bob', 0)
    >>> card_head(["bob", "", "Profil", "", "Private Nachricht", "", "Old hand"], None, 6, 0)
    ('bob', 0)
    """

    def blank(k: int) -> bool:
        return not cleaned[k] or (junk is not None and junk[k])

    j = at - 1
    while j >= floor and blank(j):
        j -= 1
    links = 0
    while j >= floor and not blank(j) and _CARD_LINK.match(cleaned[j]):
        if _ACTION_LINE.fullmatch(cleaned[j]):
            return None  # the buttons under the record above (``• Reply``): no card
        links += 1
        j -= 1
    if links == 0:
        # (bs4 writes the links without bullets, each a paragraph of its own)
        while j >= floor and (blank(j) or cleaned[j].lower() in _CARD_WORDS):
            links += not blank(j)
            j -= 1
    if links < MIN_CARD_LINKS or j < floor or blank(j):
        return None
    name = _name_of(cleaned[j])
    return (name, j) if name is not None and _DEPTH.fullmatch(cleaned[j]) is None else None


def _bare_name(
    cleaned: Sequence[str], junk: Sequence[bool], name: str, at: int, floor: int
) -> tuple[str, int]:
    """The name alone when a line above says it and the nearer line adds a status to it
    (``Chatfix`` above ``Chatfix ist offline Mitglied``). Running text above ends the search:
    it is the record above's, and a word alone over it (the parent it answers: ``Wren`` over
    ``Wren Hollister``'s text) is no card's name."""
    if " " not in name:
        return name, at
    for j in range(at - 1, floor - 1, -1):
        text = cleaned[j]
        if not text or junk[j]:
            continue
        if name.startswith(text + " ") and plausible_name(text):
            return text, j
        if reads_as_prose(text):
            break
    return name, at


def _depth_marker(cleaned: Sequence[str], at: int, floor: int) -> tuple[int, int] | None:
    """A ``level N`` line just above a header: ``(N, line)``."""
    for j in range(at - 1, max(floor, at - 4) - 1, -1):
        m = _DEPTH.fullmatch(cleaned[j])
        if m is not None:
            return int(m.group("n")), j
    return None


# --- what each line shows -----------------------------------------------------------------------

#: A day word alone on a line (``Gestern``, ``yesterday``): the one timestamp line with neither a
#: digit nor a relative time's word (``read_timestamp`` reads it).
_DAY_LINE: Final = re.compile(rf"\s*(?:{_alt(list(V.DAY_WORDS))})\s*", re.IGNORECASE)
#: The longest day word: a line longer than this without its spaces is no :data:`_DAY_LINE`
#: (the case-blind match takes one character for one), decided before the search.
_DAY_LINE_CHARS: Final = max(map(len, V.DAY_WORDS))


@attrs.define
class TimeLines:
    """Where a page's lines may hold a time, found in one pass over the page and shared by every
    reader of its comments: they read a line as a header only near one of these.

    A speed device: every line of a page is asked whether it opens a comment, by the zone's
    search (twice when it looks again from higher up) and by the header reader; those questions
    read dates and names, and most lines (the article, menus) hold no time at all.
    """

    #: the lines that may hold a time somewhere (a time's digits or a relative time's word), in order
    times: array[int]
    #: the lines that may be a timestamp line (a digit, a relative time's word, a day word alone,
    #: a comment number ``#3``), in order
    stamps: array[int]
    #: for each line, 1 when it is one of :attr:`stamps` (every line with a digit or a relative
    #: time's word, up to :data:`MAX_HEADER_CHARS` long), else 0
    stamped: bytearray
    #: the header readings made so far (:func:`_header`), by line text
    readings: dict[str, _Header | None] = attrs.Factory(dict)

    def stamp_near(self, i: int, reach: int) -> bool:
        """Whether line ``i`` or one at most ``reach`` lines below it may be a timestamp line."""
        k = bisect_left(self.stamps, i)
        return k < len(self.stamps) and self.stamps[k] <= i + reach

    def lines_near(self, start: int, reach: int) -> Iterator[int]:
        """The lines from ``start`` on for which :meth:`stamp_near` says yes for ``reach``, in
        order: those at most ``reach`` lines above a timestamp line (a speed device: the readers
        that ask it of every line below the body's start skip the others unread).

        >>> list(time_lines(["Ann", "", "x", "3 hours ago", "ok", "", "", "#4"]).lines_near(2, 1))
        [2, 3, 6, 7]
        """
        upto = start  # (the first line not yet given)
        for k in range(bisect_left(self.stamps, start), len(self.stamps)):
            s = self.stamps[k]
            yield from range(max(upto, s - reach), s + 1)
            upto = s + 1


def time_lines(cleaned: Sequence[str]) -> TimeLines:
    """The :class:`TimeLines` of a page's cleaned lines.

    >>> found = time_lines(["Ann", "3 hours ago", "Great read, thanks.", "Gestern", "#4", "in 2019"])
    >>> list(found.times), list(found.stamps)
    ([1, 5], [1, 3, 4, 5])
    """
    times: array[int] = array("q")
    stamps: array[int] = array("q")
    stamped = bytearray(len(cleaned))
    for i, text in enumerate(cleaned):
        # (no reader takes a longer line for a header or a timestamp)
        if not text or len(text) > MAX_HEADER_CHARS:
            continue
        digit = _DIGIT.search(text) is not None
        timed = digit and (
            _TIME_DIGITS.search(text) is not None or _COMPACT_AGE_IN.search(text) is not None
        )
        worded = not timed and hinted(text)
        if timed or worded:
            times.append(i)
        if digit or worded or text[0] == "#" or _day_line(text):
            stamps.append(i)
            stamped[i] = 1
    return TimeLines(times=times, stamps=stamps, stamped=stamped)


def _day_line(text: str) -> bool:
    """Whether a line is a day word alone (``Gestern``), the short line tested first.

    >>> _day_line(" Yesterday "), _day_line("Yesterday we met")
    (True, False)
    """
    return len(text.strip()) <= _DAY_LINE_CHARS and _DAY_LINE.fullmatch(text) is not None


def _candidates(
    page: Page, junk: Sequence[bool], start: int, found: TimeLines, cleaned: Sequence[str]
) -> tuple[array[int], list[_Header]]:
    """The lines that read as comment headers below ``start`` and what each says (one reading
    per distinct line text: a page of a thousand identical headers keeps one)."""
    lines: array[int] = array("q")
    heads: list[_Header] = []
    memo = found.readings
    times = found.times
    for k in range(bisect_left(times, start), len(times)):
        i = times[k]
        if junk[i]:
            continue
        text = cleaned[i]
        if text in memo:
            head = memo[text]
        else:
            head = memo[text] = _header(page, text)
        if head is not None and not _profile_value(cleaned, i):
            lines.append(i)
            heads.append(head)
    return lines, heads


_PROFILE_WORDS: Final = frozenset(C.PROFILE_LABELS)


def _gone_by(cleaned: Sequence[str], at: int) -> bool:
    """Whether a rank on line ``at`` ends a deleted comment's header broken over two lines
    (bs4's ``Comment removed by`` / ``moderator``)."""
    return at > 0 and f"{cleaned[at - 1]} {cleaned[at]}".lower() in _NO_AUTHOR


def _profile_value(cleaned: Sequence[str], at: int) -> bool:
    """Whether the time on line ``at`` is a member card's value under its label on the line
    above (bs4's ``Joined`` / ``Apr 11, 2016``)."""
    j = at - 1
    while j >= 0 and not cleaned[j] and at - j <= 2:
        j -= 1
    return j >= 0 and cleaned[j].rstrip(" :").lower() in _PROFILE_WORDS


def find_zone(
    page: Page,
    cleaned: Sequence[str],
    junk: Sequence[bool],
    start: int,
    found: TimeLines | None = None,
    *,
    heading: tuple[int, int | None] | None = None,
) -> Zone | None:
    """The thread below ``start``: the records of the header shape that repeats most and holds
    text, or ``None`` when no shape repeats :data:`MIN_RECORDS` times with text. ``found`` are
    the page's :class:`TimeLines` when the caller has them. ``heading`` is the line of a
    comments heading below ``start`` and the count it declares (see :func:`_heading_zone`)."""
    if found is None:
        found = time_lines(cleaned)
    lines, heads = _candidates(page, junk, start, found, cleaned)
    best = _repeated_zone(page, cleaned, junk, lines, heads, start, found.stamped)
    if best is None and heading is not None:
        every = _Run(lines, heads, array("q"))
        best = _heading_zone(page, cleaned, junk, every, heading, start, found.stamped)
    return best


def _repeated_zone(
    page: Page,
    cleaned: Sequence[str],
    junk: Sequence[bool],
    lines: array[int],
    heads: list[_Header],
    start: int,
    stamped: bytearray,
) -> Zone | None:
    """The records of the header shape that repeats most (in a run of :data:`MIN_RECORDS` or
    more) and reads as a thread."""
    if len(heads) < MIN_RECORDS:
        return None
    # a header's shape: a relative or an absolute time, the name on its line or not, a score
    # beside it, how the time is written
    shaped: dict[tuple[bool, bool, bool, str], array[int]] = {}
    for k, h in enumerate(heads):
        # (a time of day without its day is a live blog's or a schedule's as much as a
        # thread's: it heads records only under a comments heading)
        if h.when is not DATELESS:
            shaped.setdefault(_shape(h), array("q")).append(k)
    best: Zone | None = None
    for key, group in sorted(shaped.items(), key=lambda kv: -len(kv[1])):
        if len(group) < MIN_RECORDS or (best is not None and len(group) <= len(best.records)):
            break  # (the shapes come largest first: no smaller one can repeat enough to win)
        for run in _runs(lines, group):
            if len(run) < MIN_RECORDS or (best is not None and len(run) <= len(best.records)):
                continue
            zone = _zone(page, cleaned, junk, _Run(lines, heads, run), key, start, stamped)
            if zone is not None and (best is None or len(zone.records) > len(best.records)):
                best = zone
    return best


#: What marks a labelled header's form in its shape (no time's form holds it).
_QA_SHAPE: Final = "qa:"


def _shape(h: _Header) -> tuple[bool, bool, bool, str]:
    """A header's shape: a relative or an absolute time, the name on its line or not, a score
    beside it, how the time is written (after a Q&A card's label or not: ``answered Mar 3,
    2021 at 10:02`` heads a post, the bare time of a comment under it does not)."""
    return (h.relative, h.author is not None, h.scored, f"{_QA_SHAPE}{h.form}" if h.qa else h.form)


def _heading_zone(
    page: Page,
    cleaned: Sequence[str],
    junk: Sequence[bool],
    every: _Run,
    heading: tuple[int, int | None],
    floor: int,
    stamped: bytearray,
) -> Zone | None:
    """The thread under a comments heading (``Reader Comments (3)``) when no shape repeats
    enough: every header below the heading, whatever its shape, is a record when there are
    :data:`MIN_DECLARED_RECORDS` or more and the heading declares that many or the first stands
    right under it (its name line or its time line is the heading's next line of text). A
    heading with a count says where its thread is, so a short, partly anonymous or terse one
    is read; under a bare ``Comments`` the records must read as a thread all the same."""
    at, count = heading
    below = array("q", (k for k, i in enumerate(every.lines) if i > at))
    if not below:
        return None
    run = _runs(every.lines, below)[0]
    under = _right_under(cleaned, junk, at, every.lines[run[0]])
    if len(run) < (1 if under and count is not None else MIN_DECLARED_RECORDS) or (
        count != len(run) and not under
    ):
        return None
    picked = _Run(every.lines, every.heads, run)
    # (a heading that counts is the page's word for a thread; a bare "Comments" is also a
    # menu's or a sidebar's label: its records must read as a thread)
    vouched = count is not None
    shape = _shape(every.heads[run[0]])
    return _zone(page, cleaned, junk, picked, shape, floor, stamped, vouched, headed=True)


def _right_under(cleaned: Sequence[str], junk: Sequence[bool], at: int, first: int) -> bool:
    """Whether the header on line ``first`` (or the name line above it) is the next line of
    text under line ``at``."""
    j = _next_text(cleaned, junk, at, first + 1)
    return j == first or (j < first and _next_text(cleaned, junk, j, first + 1) == first)


def _runs(lines: array[int], group: array[int]) -> list[array[int]]:
    """A shape's headers (indices into ``lines``) split where two stand more than
    :data:`MAX_ANCHOR_GAP` lines apart."""
    runs: list[array[int]] = [array("q", group[:1])]
    for prev, nxt in itertools.pairwise(group):
        if lines[nxt] - lines[prev] > MAX_ANCHOR_GAP:
            runs.append(array("q"))
        runs[-1].append(nxt)
    return runs


@attrs.frozen
class _Run:
    """Headers of one shape in a row: their lines and readings (shared by all runs) and which."""

    lines: array[int]
    heads: list[_Header]
    picked: array[int]

    def __iter__(self) -> Iterator[tuple[int, _Header]]:
        return ((self.lines[k], self.heads[k]) for k in self.picked)

    def __len__(self) -> int:
        return len(self.picked)


def _zone(
    page: Page,
    cleaned: Sequence[str],
    junk: Sequence[bool],
    run: _Run,
    shape: tuple[bool, bool, bool, str],
    floor: int,
    stamped: bytearray,
    vouched: bool = False,
    *,
    headed: bool = False,
) -> Zone | None:
    """The run's records with their text, or ``None`` when they do not read as a thread (too
    little text, too few names, not prose); a run ``vouched`` for by the comments heading's
    count is read whatever its names and lengths, and one right under its heading (``headed``)
    whatever its lengths."""
    if 2 * sum(bool(h.label) and h.author is None for _, h in run) >= len(run):
        # labelled cards (``answered …``): the name stands below the time, the text above
        return _card_zone(cleaned, junk, run, shape, floor)
    names_above, lines_above, names = _names_above(cleaned, junk, run, floor)
    if not vouched and not _names_fit(names, len(run)):
        return None  # (as :func:`_named` asks of the records, of every header of the run)
    records = _records(cleaned, junk, run, floor, names_above, lines_above)
    del names_above, lines_above
    records = records[: _page_end(cleaned, junk, records)]
    _fill_records(page, cleaned, junk, records, stamped)
    if records and _story_head(cleaned, records[0]):
        # the story's own header (``107 points`` / ``by`` / ``tch`` / ``11 hours ago`` / ``45
        # comments``) has the thread's shape; its text is the comment count only
        for j in (records[0].head, records[0].anchor, *(j for b in records[0].text for j in b)):
            records[0].dropped.append((j, "the story's header"))
        records = records[1:]
    # (a Chinese or Japanese character weighs three letters: ``祖父が灯台守でした。`` is a text)
    if _signed_below(cleaned, junk, records):
        _texts_above(cleaned, junk, records)
    texts = [sum(text_weight(cleaned[j]) for b in rec.text for j in b) for rec in records]
    if not records or not (
        vouched or (_named(records) if headed else _texts_and_names(records, texts))
    ):
        return None  # (under its heading, a terse thread is one all the same)
    if not _opens_with_prose(cleaned, records):
        return None
    if _compact_aged(records) and not _answerable(cleaned, records):
        return None  # ("Jane Doe • 8h" over a story and over each teaser below it)
    _depths(page, records)
    return Zone(records=records, shape=shape)


def _block_above(cleaned: Sequence[str], junk: Sequence[bool], at: int) -> tuple[list[int], int]:
    """The block of text lines right above line ``at`` (blank lines between), in order, and the
    line of text above that block (-1: none); a comments heading ends the block (bs4 leaves no
    blank line under it)."""
    j = at - 1
    while j >= 0 and (not cleaned[j] or junk[j]):
        j -= 1
    block: list[int] = []
    while j >= 0 and cleaned[j] and not junk[j] and cues.comment_heading(cleaned[j]) is None:
        block.append(j)
        j -= 1
    while j >= 0 and (not cleaned[j] or junk[j]):
        j -= 1
    return block[::-1], j


def _signed_below(cleaned: Sequence[str], junk: Sequence[bool], records: Sequence[Record]) -> bool:
    """Whether a thread's headers stand under their comments' texts, as signatures (``Nice to
    see it.`` / ``Posted by Ann on March 3, 2024 at 2:05 pm``): the last header has no text
    under it, every other has, and prose stands right above the first, under the comments
    heading (``4 Comments``)."""
    if len(records) < 2 or records[-1].text or not all(r.text for r in records[:-1]):
        return False
    block, above = _block_above(cleaned, junk, records[0].head)
    if not block or above < 0 or not reads_as_prose(" ".join(cleaned[j] for j in block)):
        return False
    heading = cues.comment_heading(cleaned[above])
    return heading is not None and not heading.tail.strip(" :")


def _texts_above(cleaned: Sequence[str], junk: Sequence[bool], records: Sequence[Record]) -> None:
    """Each record takes the text above its header (see :func:`_signed_below`): the first the
    block under the comments heading (where it now starts), every other the text read under
    the header before it."""
    taken = [(r.text, r.quoted) for r in records[:-1]]
    block = _block_above(cleaned, junk, records[0].head)[0]
    # (the thread starts at the first comment's text: the article's body ends above it)
    records[0].text, records[0].quoted, records[0].head = [block], [], block[0]
    for rec, (text, quoted) in zip(records[1:], taken, strict=True):
        rec.text, rec.quoted = text, quoted


def _compact_aged(records: Sequence[Record]) -> bool:
    """Whether most of a zone's records are dated by a compact age (``2h``, ``5d``)."""
    aged = sum(_COMPACT_AGE.fullmatch(r.time_text) is not None for r in records)
    return 2 * aged > len(records)


#: A reply button's word inside a line (``Like · Reply · 2w``).
_REPLY_WORD: Final = re.compile(rf"(?<!\w)(?:{_alt(C.REPLY_ACTIONS)})(?!\w)", re.IGNORECASE)


def footer_replies(cleaned: Sequence[str], rec: Record) -> bool:
    """Whether a record whose time stands under its text shows a reply button beside that time
    (``Like · Reply · 2w``, ``2 часа назад · Ответить``)."""
    return rec.below and _REPLY_WORD.search(cleaned[rec.anchor]) is not None


def _answerable(cleaned: Sequence[str], records: Sequence[Record]) -> bool:
    """Whether most of a zone's records show a reply button, beside their time or among the
    buttons dropped from their text: a compact age beside a name is also a story's byline and
    its teasers' (``Jane Doe • 8h``), a thread's comment is one a reader can answer."""
    answered = sum(
        any(
            _REPLY_WORD.search(cleaned[j]) is not None
            for j in (r.anchor, *(j for j, why in r.dropped if why == _ACTION_REASON))
        )
        for r in records
    )
    return 2 * answered > len(records)


def _names_above(
    cleaned: Sequence[str], junk: Sequence[bool], run: _Run, floor: int
) -> tuple[list[str | None], array[int], Counter[str]]:
    """The name above each header of the run that has none on its line (``None``: no name
    above, or the header opens a list item of its own) with its line (-1: none), and how often
    each writer's name (case-folded) heads the run.

    (The name above each header is read once, for the test of the run's names and for its
    record: a speed device. Over the shared dumps, 19,551 readings before, 10,540 after. A run
    of a thousand headers of one name builds no record: its names are kept as one string each
    and a line number until the test.)"""
    names_above: list[str | None] = []
    lines_above: array[int] = array("q")
    one: dict[str, str] = {}
    names: Counter[str] = Counter()
    for line, h in run:
        above = (
            _name_above(cleaned, junk, line, floor)
            if h.author is None and not _opens_item(cleaned, line)
            else None
        )
        name = one.setdefault(above[0], above[0]) if above is not None else None
        names_above.append(name)
        lines_above.append(above[1] if above is not None else -1)
        author = h.author if h.author is not None else name
        if author:
            names[author.casefold()] += 1
    return names_above, lines_above, names


def _records(
    cleaned: Sequence[str],
    junk: Sequence[bool],
    run: _Run,
    floor: int,
    names_above: Sequence[str | None],
    lines_above: array[int],
) -> list[Record]:
    """One record a header of the run (an edit's note on a line of its own is none): its
    author, from its line or from above it, and its nesting depth."""
    records: list[Record] = []
    for k, (line, h) in enumerate(run):
        if h.author is None and h.label in _EDIT:
            continue  # ``Edited: April 12 2018, 07:58 UTC`` on a line of its own: the post above's
        if h.author is None and _edit_split(cleaned, junk, line, floor):
            continue  # (bs4's ``edited 4`` / ``hr. ago``: the same, its time cut in two)
        author, author_line = h.author, line if h.author else None
        if author is None and not h.gone and names_above[k] is not None:
            author, author_line = names_above[k], lines_above[k]
        head = author_line if author_line is not None else line
        if author_line is not None and author is not None:
            head = _avatar_above(cleaned, author_line, floor, author)
        if author_line is not None and author is not None:
            # (a member card over the line that names the writer: ``Ann`` / ``Member`` /
            # ``Posts: 317`` / ``Re: subject`` / ``Post by Ann » 14 Jan 2021, 10:02``)
            top = records[-1].anchor + 1 if records else floor
            card = _card_over(cleaned, junk, author_line, top, author)
            head = min(head, card) if card is not None else head
        if head > floor and cleaned[head - 1].lower() in _OPENER_WORDS:
            head -= 1  # (bs4's ``by`` / ``rivet_counter`` / ``on Wednesday March 03, 2021``)
        head = _number_above(cleaned, junk, head, floor)
        if head > floor and _subject_line(cleaned[head - 1]):
            head -= 1  # (``Re: The cottage`` / ``by Ann » Sun Mar 3, 2024 14:05``)
        below = author_line is not None and _time_below_text(cleaned, line, h, author_line)
        depth: int | None = None
        marker = _depth_marker(cleaned, head, floor)
        if marker is not None:
            depth, head = marker[0], min(head, marker[1])
        records.append(
            Record(
                head=head,
                anchor=line,
                author=author,
                author_line=author_line,
                when=h.when,
                time_text=h.time_text,
                depth=depth,
                answers=answered_name(cleaned[author_line if author_line is not None else line]),
                below=below,
            )
        )
    return records


def _subject_line(text: str) -> bool:
    """Whether a line is a post's subject as a reply's (``Re: The cottage``): a short line."""
    return (
        len(text) <= MAX_CARD_LINE_CHARS and _SUBJECT.match(_LEAD_MARKS.sub("", text)) is not None
    )


def _number_above(cleaned: Sequence[str], junk: Sequence[bool], head: int, floor: int) -> int:
    """Where a record starts when its number stands over its head, on the line right above or
    one blank line up (``2. 4`` / ``Luna on 11/08/2020 at 9:58``; html2text's ``2. 4
    ![](avatar)`` / blank / the header): that line, else ``head``."""
    for j in (head - 1, head - 2):
        if j <= floor:
            break
        if cleaned[j] and not junk[j]:
            return j if _NUMBER_LINE.fullmatch(cleaned[j]) else head
    return head


#: An edit's note opening a line, its count maybe cut from the rest of its time (bs4's
#: ``edited 4`` / ``yr. ago``).
_EDIT_LEAD: Final = re.compile(rf"(?:{_alt(C.QA_EDIT)})(?:\s+\d{{1,4}})?\s*", re.IGNORECASE)


def opens_edit_note(text: str) -> bool:
    """Whether a line is an edit's note cut before its time's unit (``edited 4``, ``edited``):
    no commenter's name.

    >>> opens_edit_note("edited 4"), opens_edit_note("Edith Laurent")
    (True, False)
    """
    return _EDIT_LEAD.fullmatch(text) is not None


def ends_edit_note(note: str, text: str) -> bool:
    """Whether line ``text`` ends the time of the edit's note ``note`` on the line above it,
    which holds the time's count (``edited 4`` / ``yr. ago``): the two make one note and its
    time. (A bare ``edited`` over a whole time, ``6 yr. ago``, is read as the page reads it.)"""
    if not (opens_edit_note(note) and _DIGIT.search(note)):
        return False
    joined = f"{note} {text}"
    found = find_relative(joined)
    return found is not None and found.end >= len(joined.rstrip())


def _edit_split(cleaned: Sequence[str], junk: Sequence[bool], line: int, floor: int) -> bool:
    """Whether a header's time on line ``line`` ends an edit's note cut on the line above it
    (``edited 4`` / ``hr. ago``): the note of the record above, no record of its own."""
    j = line - 1
    while j > floor and (not cleaned[j] or junk[j]):
        j -= 1
    return j > floor and ends_edit_note(cleaned[j], cleaned[line])


def _time_below_text(cleaned: Sequence[str], line: int, h: _Header, author_line: int) -> bool:
    """Whether a header's time on line ``line`` stands in its comment's footer, under the text
    that follows the name on line ``author_line``: buttons beside the time, on its line
    (``Like · Reply · 2w``, ``2 часа назад · Ответить``) or on the lines right above or below it
    (bs4's ``Like`` / ``·`` / ``Reply`` / ``·`` / ``2w``), and running text above them."""
    if author_line >= line:
        return False
    text = cleaned[line]
    at = max(text.find(h.time_text), 0)
    beside = [p for p in (text[:at].strip(), text[at + len(h.time_text) :].strip()) if p]
    if any(_ACTION_LINE.fullmatch(p) is None for p in beside):
        return False
    j = line - 1
    while j > author_line and cleaned[j] and _ACTION_LINE.fullmatch(cleaned[j]):
        j -= 1
    under = line + 1 < len(cleaned) and _ACTION_LINE.fullmatch(cleaned[line + 1]) is not None
    buttons = bool(beside) or j < line - 1 or under
    return buttons and any(_prose(cleaned[k]) for k in range(author_line + 1, j + 1))


#: A member card's line is short: a name, a rank, a profile's label and value, a subject.
MAX_CARD_LINE_CHARS: Final = 80
#: A reply's subject over a forum post opens with these (``Re: Is the ice safe?``).
_SUBJECT: Final = re.compile(rf"(?:{_alt(C.REPLY_SUBJECTS)})\s*:", re.IGNORECASE)


def _card_over(
    cleaned: Sequence[str], junk: Sequence[bool], at: int, floor: int, author: str
) -> int | None:
    """The top line of a member card over header line ``at`` that names its writer: the
    highest line at most :data:`MAX_NAME_ABOVE` lines up that says the name again (alone, or as
    an avatar's alt text), with only card lines (short, no sentence, or a reply's subject)
    between; ``None`` when no line above says it."""
    top: int | None = None
    for j in range(at - 1, max(floor, at - MAX_NAME_ABOVE) - 1, -1):
        text = cleaned[j]
        if not text or junk[j]:
            continue
        if _says_author(text, author):
            top = j
            continue
        if len(text) > MAX_CARD_LINE_CHARS or (
            reads_as_prose(text) and _SUBJECT.match(_LEAD_MARKS.sub("", text)) is None
        ):
            break
    return top


def _says_author(text: str, author: str) -> bool:
    """Whether a line says a writer's name alone (maybe as an avatar's alt text, ``[Ann]``,
    ``Ann's avatar``)."""
    bare = _unmarked(text)
    return bare[0] == author or bare[1] == author


@per_page
def _unmarked(text: str) -> tuple[str, str]:
    """A line without its marks and an avatar's alt text before it, and that without the
    avatar's words after it too (``[Ann]``, ``Ann's avatar`` -> ``Ann``): what
    :func:`_says_author` compares with a writer's name."""
    bare = _AVATAR.sub("", _LEAD_MARKS.sub("", text)).strip()
    return bare, _AVATAR_AFTER.sub("", bare)


def _avatar_above(cleaned: Sequence[str], at: int, floor: int, author: str) -> int:
    """Where a record whose name (``author``) stands on line ``at`` starts: on the line above
    when it says the name again (the avatar's alt text over the name's link, maybe as a handle:
    ``@quenby`` over ``quenby commented on Apr 17, 2021``), else at ``at``."""
    j = at - 1
    while j > floor and not cleaned[j] and at - j <= 2:
        j -= 1
    if j < floor or j >= at:
        return at
    return j if _says_name(cleaned[j], cleaned[at], author) else at


def _says_name(text: str, name_line: str, author: str) -> bool:
    """Whether a line over a record's name line is its avatar's alt text: the name line again,
    or the name alone, maybe as a handle (``@name``)."""
    return text == name_line or text.removeprefix("@") == author or _says_author(text, author)


def _avatar_line(cleaned: Sequence[str], rec: Record, j: int) -> bool:
    """Whether line ``j`` above a record's name line is its avatar's alt text."""
    return (
        rec.author_line is not None
        and rec.author is not None
        and _says_name(cleaned[j], cleaned[rec.author_line], rec.author)
    )


_COMMENT_FORM: Final = frozenset(C.COMMENT_FORM_LABELS)


def _page_end(cleaned: Sequence[str], junk: Sequence[bool], records: Sequence[Record]) -> int:
    """How many records stand above the thread's page counter (``Seite 34 von 40``) or the
    form for a new comment (``Leave a comment``): the headers below it are the page's other
    lists (similar threads, latest posts, a comment of the day)."""
    for k in range(1, len(records)):
        for j in range(records[k - 1].anchor + 1, records[k].head):
            text = cleaned[j]
            if text and not junk[j] and (text.lower() in _COMMENT_FORM or cues.page_counter(text)):
                return k
    return len(records)


def _fill_records(
    page: Page,
    cleaned: Sequence[str],
    junk: Sequence[bool],
    records: Sequence[Record],
    stamped: bytearray,
) -> None:
    """Each record's text down to the next record's head; the last one's no longer than
    :data:`LAST_RECORD_SLACK` times the longest before it (the page's footer follows)."""
    n = len(cleaned)
    sizes: list[int] = []
    earlier = _Commenters()
    for k, rec in enumerate(records):
        stop = records[k + 1].head if k + 1 < len(records) else n
        last = k + 1 == len(records)
        limit = LAST_RECORD_SLACK * max(sizes) + 2 if last and sizes else None
        if rec.answers is None and not rec.below:
            rec.answers = _parent_after_time(cleaned[rec.anchor], rec.time_text, earlier)
        _fill(page, cleaned, junk, rec, stop, (last, limit), stamped, earlier)
        earlier.add(rec.author)
        if rec.quoted and not rec.text:
            _quote_of_earlier(cleaned, records[:k], rec)
        sizes.append(sum(len(b) for b in rec.text) + sum(len(q[1]) for q in rec.quoted))


def _parent_after_time(text: str, time_text: str, earlier: _Commenters) -> str | None:
    """The earlier commenter a header names by one word after its time (``3 часа назад
    Глебу``, ``2 hours ago [14]Wren``: the parent a reply answers), or ``None``."""
    at = text.find(time_text) if time_text else -1
    if at < 0:
        return None
    after = _LEAD_MARKS.sub("", _LYNX_LINK.sub("", text[at + len(time_text) :]))
    after = after.strip(_AROUND_TIME)
    return earlier.named_by(after) if after and " " not in after else None


def _quote_of_earlier(cleaned: Sequence[str], earlier: Sequence[Record], rec: Record) -> None:
    """Split the reply from a record's quote when nothing set them apart (bs4 and inscriptis
    leave no blank line under a quote box): the quote is the lines that repeat an earlier
    record's text, or its first line when none does; the lines below are the reply."""
    said = " ".join(" ".join(cleaned[j] for b in r.text for j in b) for r in earlier)
    name, lines = rec.quoted[-1]
    if len(lines) < 2:
        return
    cut = 0
    while cut < len(lines) - 1 and cleaned[lines[cut]] in said:
        cut += 1
    rec.quoted[-1] = (name, lines[: max(cut, 1)])
    rec.text.append(lines[max(cut, 1) :])


def _texts_and_names(records: Sequence[Record], texts: Sequence[int]) -> bool:
    """Whether at least half the records hold :data:`MIN_TEXT_CHARS` of text (``texts``: their
    weights, :func:`newsparse._text.text_weight`) and enough of them are named
    (:func:`_named`): a thread, not a list of dated links."""
    return 2 * sum(t >= MIN_TEXT_CHARS for t in texts) >= len(records) and _named(records)


#: A link under a story's header has a word or two (``past``, ``favorite``, ``45 comments``).
MAX_STORY_LINK_WORDS: Final = 2


def _story_head(cleaned: Sequence[str], rec: Record) -> bool:
    """Whether a record's text opens with the links of a story's header ending in its comments
    link (``hide`` / ``past`` / ``favorite`` / ``45 comments``, or a bare ``comments``): the
    header of the story the thread is about, not a comment (the story's own text may follow:
    an Ask HN question)."""
    for j in (j for b in rec.text for j in b):
        text = cleaned[j]
        if len(text.split()) > MAX_STORY_LINK_WORDS or reads_as_prose(text):
            return False
        heading = cues.comment_heading(text)
        if heading is not None and not heading.tail.strip():
            return True
    return False


#: (a CJK full stop, exclamation or question mark needs no space after it: ``公開されるのですね。``)
_SENTENCE_MARK: Final = re.compile(r"[.!?…](?:\s|$)|[.!?…][\"”»)]|[。！？]")


def _opens_with_prose(cleaned: Sequence[str], records: Sequence[Record]) -> bool:
    """Whether :data:`MIN_PROSE_SHARE` of the records with text open it with prose: their
    first paragraph, as a teaser's headline comes first whatever follows it."""
    prose = [reads_as_prose(" ".join(cleaned[j] for j in r.text[0])) for r in records if r.text]
    return sum(prose) >= MIN_PROSE_SHARE * len(prose)


@per_page
def reads_as_prose(text: str) -> bool:
    """A comment's text as people write it: it ends a sentence somewhere (a button label glued
    to its end does not count: ``Best day of the year.Recommend``).

    >>> reads_as_prose("Best day of the year.Recommend"), reads_as_prose("Reply")
    (True, False)
    """
    return _SENTENCE_MARK.search(strip_buttons(text)[0]) is not None


def _name_below(cleaned: Sequence[str], junk: Sequence[bool], at: int) -> tuple[str, int] | None:
    """The name in a post's card, on a line just below its time (an avatar may sit between)."""
    for j in range(at + 1, min(len(cleaned), at + 1 + MAX_CARD_LINES)):
        text = cleaned[j]
        if not text or junk[j] or (_AVATAR.match(text) and _AVATAR.sub("", text) == ""):
            continue
        if _AVATAR_AFTER.search(text) and len(text) <= MAX_NAME_CHARS + 16:
            continue  # ("Jane Doe's user avatar" above "Jane Doe")
        name = _name_of(text)
        return (name, j) if name is not None else None
    return None


_QUESTION: Final = frozenset(C.QA_QUESTION)
_EDIT: Final = frozenset(C.QA_EDIT)


def _card_end(cleaned: Sequence[str], junk: Sequence[bool], name_at: int) -> int:
    """The last line of a card under its name: short lines with figures (``12.3k 4 45``,
    reputation and badges)."""
    end = name_at
    for j in range(name_at + 1, min(len(cleaned), name_at + MAX_CARD_LINES)):
        text = cleaned[j]
        if not text or junk[j]:
            continue
        if len(text) < MAX_NAME_CHARS + 30 and _DIGIT.search(text) and not reads_as_prose(text):
            end = j
            continue
        break
    return end


_COUNT_LINE: Final = re.compile(r"\d[\d,.]*\s+[^\W\d_]+(?:\s+[^\W\d_]+)?")
#: The first post of a Q&A page without a question card above it reaches back at most this far.
MAX_FIRST_POST_LINES: Final = 60


def _first_post_start(cleaned: Sequence[str], floor: int, stop: int) -> int:
    """Where the first post's text begins: below the answer count (``3 Answers``) above it."""
    for j in range(stop - 1, max(floor, stop - MAX_FIRST_POST_LINES) - 1, -1):
        if _COUNT_LINE.fullmatch(cleaned[j]):
            return j + 1
    return max(floor, stop - MAX_FIRST_POST_LINES)


_QA_COMMENTS_END: Final = re.compile(
    r"(?:\[\d{1,5}\])?(?:"
    + "|".join(re.escape(w).replace(re.escape("{n}"), r"\d{1,5}") for w in C.QA_COMMENTS_ENDS)
    + ")",
    re.IGNORECASE,
)  # (lynx numbers the link: ``[23]Add a comment``)


def _past_comments(
    cleaned: Sequence[str], start: int, stop: int, dropped: list[tuple[int, str]]
) -> int:
    """Where a Q&A post's text starts: past the comments on the post above and the link that
    closes them (``Thanks! – Ann Mar 3 at 10:05`` / ``Add a comment``), which are dropped."""
    end = next(
        (j for j in range(stop - 1, start - 1, -1) if _QA_COMMENTS_END.fullmatch(cleaned[j])), None
    )
    if end is None:
        return start
    dropped += [(j, "comments on the post above") for j in range(start, end + 1) if cleaned[j]]
    return end + 1


def _card_zone(
    cleaned: Sequence[str],
    junk: Sequence[bool],
    run: _Run,
    shape: tuple[bool, bool, bool, str],
    floor: int,
) -> Zone | None:
    """The posts of a Q&A page: each post's text stands above a card with its label and time
    (``answered 3 hours ago``) and the writer's name below them. An ``asked`` card closes the
    question (the page's article), an ``edited`` card belongs to the post whose card follows."""
    records: list[Record] = []
    start = floor
    text_end: int | None = None
    dropped: list[tuple[int, str]] = []
    for line, h in run:
        below = _name_below(cleaned, junk, line)
        end = _card_end(cleaned, junk, below[1]) if below is not None else line
        card = [(j, "post card") for j in range(line + 1, end + 1) if cleaned[j] and not junk[j]]
        if h.label in _EDIT:
            text_end = line if text_end is None else text_end
            dropped += [(line, "edit card"), *card]
            continue
        if h.label in _QUESTION:
            start, text_end, dropped = end + 1, None, []
            continue
        stop = text_end if text_end is not None else line
        if start == floor:
            start = _first_post_start(cleaned, floor, stop)
        start = _past_comments(cleaned, start, stop, dropped)
        rec = Record(
            head=start,
            anchor=line,
            author=below[0] if below is not None else None,
            author_line=below[1] if below is not None else None,
            when=h.when,
            time_text=h.time_text,
            depth=None,
            dropped=dropped + [c for c in card if c[0] != (below[1] if below else -1)],
        )
        block: list[int] = []
        for j in range(start, stop):
            text = cleaned[j]
            if not text or junk[j]:
                if block:
                    rec.text.append(block)
                    block = []
                continue
            reason = _furniture(text, None)
            if reason is not None:
                rec.dropped.append((j, reason))
            else:
                block.append(j)
        if block:
            rec.text.append(block)
        if rec.text:
            rec.head = rec.text[0][0]
        records.append(rec)
        start, text_end, dropped = end + 1, None, []
    if len(records) < MIN_RECORDS or not _named(records) or not _opens_with_prose(cleaned, records):
        return None
    return Zone(records=records, shape=shape, cards=True)


def _named(records: Sequence[Record]) -> bool:
    """Whether a run of records names its writers as a thread does (see :func:`_names_fit`)."""
    return _names_fit(Counter(r.author.casefold() for r in records if r.author), len(records))


def _names_fit(names: Counter[str], total: int) -> bool:
    """Most records have a name, and no one name stands on nearly all of them."""
    if names.total() < MIN_AUTHOR_SHARE * total:
        return False
    if total >= MIN_RECORDS_FOR_SHARE:
        return max(names.values()) <= MAX_ONE_AUTHOR_SHARE * total
    return len(names) >= 2


def _fill(
    page: Page,
    cleaned: Sequence[str],
    junk: Sequence[bool],
    rec: Record,
    stop: int,
    last: tuple[bool, int | None],
    stamped: bytearray,
    earlier: _Commenters | None = None,
) -> None:
    """Place the lines between a record's header and ``stop`` as its text, its quotes or
    dropped lines. A section's footer ends the text (what follows it in the record's stretch is
    reported as strays); ``last`` is ``(True, limit)`` for the thread's last record, which also
    ends at a closing heading, after its action labels, where a block steps left of it, or past
    ``limit`` lines. ``stamped`` is :attr:`TimeLines.stamped`: a line that is none of the
    page's timestamp lines is no time's note nor a time alone under a collapsed comment's name
    (a speed device, the lines' evidence found once a page: over the shared dumps, lines read
    for a note 45,337 → 6,816 times, for a time alone 50,624 → 9,698). ``earlier`` are the
    names of the thread's records above this one (a parent named under the header is one)."""
    _drop_header_lines(cleaned, junk, rec)
    answer = _answer_lines(cleaned, junk, rec, stop, earlier)
    text_of = _Filling(rec)
    shed = False  # (the text ends above another list's item: its labels go)
    margin = page.indent(rec.head)
    stubs: set[int] = set()
    for j in _text_lines(rec, stop):
        if j == rec.anchor:
            rec.dropped.append((j, _FOOTER_TIME_REASON))
            continue
        text = cleaned[j]
        if j in answer:
            rec.dropped.append((j, "the name it answers"))
        elif _in_stub(cleaned, junk, j, stop, stamped, stubs):
            rec.dropped.append((j, "a collapsed comment's header"))
        elif not text or junk[j]:
            text_of.close()
        elif section_footer(text) is not None or (last[0] and _ends_thread(text)):
            if not last[0]:  # (text below a footer inside the thread is no comment's)
                rec.strays.extend(_strays(cleaned, junk, j + 1, stop))
            break
        elif (
            last[0]
            and (
                end := _last_ends(
                    page,
                    cleaned,
                    rec,
                    j,
                    (last[1], text_of.taken, text_of.answered, margin),
                    stamped,
                )
            )
            is not None
        ):
            shed = end
            break
        elif (reason := _line_reason(page, text, rec, j, stamped)) is not None or (
            rec.dropped and ends_edit_note(cleaned[rec.dropped[-1][0]], text)
        ):
            text_of.drop(cleaned, j, text, reason or _EDIT_REASON)
        elif not text_of.quotes(j, text):
            if not text_of.taken:
                margin = min(margin, page.indent(j))
            text_of.take(j)
    text_of.close()
    if shed:
        _shed_labels(cleaned, rec)


#: A reply's parent named by the first word of their name under its header may be declined
#: (Russian ``Денису`` for ``Денис``, ``Ольге`` for ``Ольга``, ``Анатолию`` for ``Анатолий``):
#: the name's word loses this many letters at most and the line's word adds
#: :data:`MAX_ADDED_ENDING` at most to the stem they share, of :data:`MIN_NAME_STEM` letters.
MAX_LOST_ENDING: Final = 1
MAX_ADDED_ENDING: Final = 2
MIN_NAME_STEM: Final = 3


class _Commenters:
    """The first words of the names of a thread's records so far (case-folded) and their stems
    (a letter off), each with the latest full name it opens: the parent a reply names by its
    first name alone (``Tyler`` for ``Tyler Durden``; ``Денису``, the dative of ``Денис``, for
    ``Денис Демидов``). Each lookup is a few dictionary reads, however long the thread."""

    def __init__(self) -> None:
        self._stems: dict[str, str] = {}

    def add(self, author: str | None) -> None:
        """A record's writer is one of the thread's commenters from now on."""
        words = (author or "").split()
        if not words or author is None:
            return
        first = words[0].casefold()
        self._stems[first] = author
        for lost in range(1, MAX_LOST_ENDING + 1):
            if len(first) - lost >= MIN_NAME_STEM:
                self._stems[first[:-lost]] = author

    def named_by(self, text: str) -> str | None:
        """The commenter a line of one word names (letters, maybe hyphenated), as it stands or
        declined, or ``None``."""
        word = _unlinked(text).strip().casefold()
        if not word.replace("-", "").isalpha() or len(word) > MAX_NAME_CHARS:
            return None
        if word in self._stems:
            return self._stems[word]
        for added in range(1, MAX_ADDED_ENDING + 1):
            if len(word) - added >= MIN_NAME_STEM and word[:-added] in self._stems:
                return self._stems[word[:-added]]
        return None


#: A line that opens with a reply mark and names the comment's parent (``In reply to Ann``).
_REPLY_MARK_OPENS: Final = re.compile(rf"(?:{_alt(C.REPLY_MARKS)})\s+(?P<to>\S.*)$", re.IGNORECASE)


def reply_line_name(text: str) -> str | None:
    """The parent a line that opens with a reply mark names (``In reply to Ann``, ``Replying
    to @ann``, ``Antwort auf Ann``), or ``None``: the line is no such line.

    >>> reply_line_name("Replying to @Orla Fenwick"), reply_line_name("Reply to this, Ann.")
    ('Orla Fenwick', None)
    """
    m = (
        _REPLY_MARK_OPENS.match(_LEAD_MARKS.sub("", text))
        if len(text) <= MAX_HEADER_CHARS
        else None
    )
    return _name_of(m.group("to").lstrip("@")) if m is not None else None


def is_reply_mark(text: str) -> bool:
    """Whether a line is a reply mark alone (bs4's ``Replying to`` over the parent's name)."""
    return text.rstrip(" :").lower() in _REPLY_MARK_WORDS


def _answer_lines(
    cleaned: Sequence[str],
    junk: Sequence[bool],
    rec: Record,
    stop: int,
    earlier: _Commenters | None = None,
) -> tuple[int, ...]:
    """The line(s) under a record's header that say whom it answers (``In reply to Ann``;
    bs4's ``In reply to`` / ``Ann``; a word alone that names one of the ``earlier``
    commenters, over the text: ``Tyler``, ``Денису``), read into :attr:`Record.answers`: the
    first lines of its stretch, before any text. ``()`` when there are none."""
    found = [j for j in range(rec.anchor + 1, stop) if cleaned[j] and not junk[j]][:2]
    if rec.below or not found:
        return ()
    first = cleaned[found[0]]
    m = _REPLY_MARK_OPENS.match(first)
    if m is not None and len(first) <= MAX_HEADER_CHARS:
        name, lines = _name_of(m.group("to").lstrip("@")), found[:1]
    elif first.lower() in _REPLY_MARK_WORDS and len(found) == 2:
        name, lines = _name_of(cleaned[found[1]].lstrip("@")), found
    elif earlier is not None and len(found) == 2:
        name, lines = earlier.named_by(first), found[:1]
    else:
        return ()
    if name is None:
        return ()
    rec.answers = rec.answers or name
    return tuple(lines)


def _line_reason(page: Page, text: str, rec: Record, j: int, stamped: bytearray) -> str | None:
    """Why line ``j`` of a record is left out of its text (a label, a counter, a member card's
    line, a note on its time), or ``None``: it is text."""
    return _furniture(text, rec.author) or (
        time_note(page, text, j == rec.anchor + 1 and not rec.text) if stamped[j] else None
    )


@attrs.define
class _Filling:
    """A record's text as :func:`_fill` reads it down its lines: the paragraph and the forum
    quote open, how many lines it took, and whether action labels follow what it took."""

    rec: Record
    block: list[int] = attrs.Factory(list)
    quote: tuple[str | None, list[int]] | None = None
    taken: int = 0
    #: the text so far is followed by its action labels (Reply, Share)
    answered: bool = False

    def close(self) -> None:
        """A blank line: the paragraph, and the quote when it has lines, are the record's."""
        if self.block:
            self.rec.text.append(self.block)
            self.block = []
        if self.quote is not None and self.quote[1]:
            self.rec.quoted.append(self.quote)
            self.quote = None

    def take(self, j: int) -> None:
        """Line ``j`` is the record's: its quote's, when one is open, else its text's."""
        self.taken += 1
        (self.quote[1] if self.quote is not None else self.block).append(j)

    def drop(self, cleaned: Sequence[str], j: int, text: str, reason: str) -> None:
        """Line ``j`` goes for ``reason``; so does the line taken last when it is the subject
        this score tags or the card name over this label."""
        last_taken = self.block if self.block or self.quote is None else self.quote[1]
        if _subject_above(cleaned, text, last_taken, j, reason) or _card_name_above(
            cleaned, self.rec.author, last_taken, j, reason
        ):
            self.rec.dropped.append((last_taken.pop(), reason))
            self.taken -= 1
        self.rec.dropped.append((j, reason))
        self.answered = self.answered or (reason == _ACTION_REASON and self.taken > 0)

    def quotes(self, j: int, text: str) -> bool:
        """Whether line ``j`` opens a forum quote (``Ann wrote:``) or ends the open one (read
        here: the label goes)."""
        if self.quote is not None and text.lower() in _QUOTE_ENDS:
            self.rec.dropped.append((j, "quote end"))
            if self.quote[1]:
                self.rec.quoted.append(self.quote)
            self.quote = None
            return True
        intro = _quote_intro(text)
        if intro is None:
            return False
        if self.block:
            self.rec.text.append(self.block)
            self.block = []
        self.quote = (intro[0], [])
        self.rec.dropped.append((j, "quote label"))
        return True


def _subject_above(
    cleaned: Sequence[str], text: str, block: Sequence[int], j: int, reason: str
) -> bool:
    """Whether the text line right above a score tag alone on line ``j`` is the subject it
    tags (bs4's ``Old iron lasts`` / ``(Score:5, Insightful)``)."""
    return (
        reason == _SUBJECT_REASON
        and text[0] == "("
        and bool(block)
        and block[-1] == j - 1
        and is_label(cleaned[j - 1])
    )


def _card_name_above(
    cleaned: Sequence[str], author: str | None, block: Sequence[int], j: int, reason: str
) -> bool:
    """Whether the text line right above a member's rank on line ``j`` is the writer's name
    heading a member card under the post (``Eisvogel`` / ``Mitglied`` / ``Beiträge: 212``); a
    name alone with no card under it is the comment's signature, and stays."""
    return (
        reason == _RANK_REASON
        and bool(block)
        and block[-1] == j - 1
        and _unlinked(cleaned[j - 1]) == author
    )


def _unlinked(text: str) -> str:
    """A line without lynx's link number before it (``[13]Eisvogel``)."""
    return _LYNX_LINK.sub("", text, count=1) if text[:1] == "[" else text


def _in_stub(
    cleaned: Sequence[str],
    junk: Sequence[bool],
    j: int,
    stop: int,
    stamped: bytearray,
    stubs: set[int],
) -> bool:
    """Whether line ``j`` is a line of a collapsed comment's header (:func:`_collapsed`);
    ``stubs`` keeps the lines of the ones found so far."""
    if j in stubs:
        return True
    stub = _collapsed(cleaned, junk, j, stop, stamped)
    if stub is None:
        return False
    stubs.update(stub)
    return True


def _last_ends(
    page: Page,
    cleaned: Sequence[str],
    rec: Record,
    j: int,
    so_far: tuple[int | None, int, bool, int],
    stamped: bytearray,
) -> bool | None:
    """Whether the thread's last record ends above line ``j``: ``None`` when its text goes on,
    ``False`` when it ends (past its ``limit`` of lines, after its action labels, or where a
    block steps left of its ``margin``: outside the thread's list), ``True`` when it ends above
    another list's item, whose labels then go too (``Actu`` / ``12 Octobre à 17h45``).
    ``so_far`` is ``(limit, lines taken, whether its action labels followed them, margin)``."""
    limit, taken, answered, margin = so_far
    if (
        (limit is not None and taken >= limit)
        or (answered and _ACTION_LINE.fullmatch(cleaned[j]) is None)  # (its buttons' lines go)
        or (taken and steps_left(page, cleaned, j, margin))
    ):
        return False
    if taken and stamped[j] and _time_alone(page, cleaned[j], rec.when.value):
        return True
    return None


def _time_alone(page: Page, text: str, near: date | datetime | None) -> bool:
    """Whether a line is wholly a date or a time, with a year or not (``12 Octobre à 17h45``,
    its year from ``near``): no comment's text, but the header of another list's item."""
    if page.stamp(text) is not None:
        return True
    if near is None:
        return False
    found = find_yearless(text, after=day_of(near) or date.min, tz=page.tz)
    return found is not None and found[1] == 0 and found[2] >= len(text.rstrip())


def _shed_labels(cleaned: Sequence[str], rec: Record) -> None:
    """Take off the end of a record's text the labels over the list that follows it (``Vidéos``
    / ``Actu`` over ``12 Octobre``): short lines that end no sentence (one line stays)."""
    while rec.text and sum(map(len, rec.text)) > 1 and is_label(cleaned[rec.text[-1][-1]]):
        rec.text[-1].pop()
        if not rec.text[-1]:
            rec.text.pop()


#: A label over a list is a word or two (``Vidéos``, ``Most read``).
LABEL_WORDS: Final = 3


def is_label(text: str) -> bool:
    """A short line that ends no sentence: a section's or a list's label.

    >>> is_label("Vidéos"), is_label("Most read"), is_label("Thanks, agreed.")
    (True, True, False)
    """
    return len(text.split()) <= LABEL_WORDS and text.rstrip()[-1:] not in _SENTENCE_END + ")"


def steps_left(page: Page, cleaned: Sequence[str], j: int, margin: int) -> bool:
    """Whether line ``j`` opens a block left of ``margin`` columns: outside a list whose items
    stand there (a line cut at an inline element goes on flush left with no blank line)."""
    return page.indent(j) < margin and j > 0 and not cleaned[j - 1]


def _strays(cleaned: Sequence[str], junk: Sequence[bool], start: int, stop: int) -> list[int]:
    """The text lines from ``start`` to ``stop`` but section footers (the tail reader's)."""
    return [
        k
        for k in range(start, stop)
        if cleaned[k] and not junk[k] and section_footer(cleaned[k]) is None
    ]


_CARD_REASON: Final = "member card beside a comment's header"


def _drop_header_lines(cleaned: Sequence[str], junk: Sequence[bool], rec: Record) -> None:
    """Drop a record's lines around its name that are no text: a member card's between the
    name and the time, nesting markers and an avatar's name above the name."""
    if rec.author_line is not None and not rec.below:
        for j in range(rec.author_line + 1, rec.anchor):
            if cleaned[j] and not junk[j]:
                rec.dropped.append((j, _CARD_REASON))
    # (over a header that names its writer, what stands between the name said again and the
    # header is a member card: :func:`_card_over`)
    carded = rec.author is not None and _says_author(cleaned[rec.head], rec.author)
    above = _CARD_REASON if carded else "nesting marker"
    for j in range(
        rec.head, min(rec.author_line if rec.author_line is not None else rec.anchor, rec.anchor)
    ):
        if cleaned[j] and not junk[j] and j != rec.author_line:
            avatar = _avatar_line(cleaned, rec, j)
            rec.dropped.append((j, "avatar name" if avatar else above))


#: What opens a quote's intro before its words: html2text's quote marks, lynx's link number
#: (``> Quote from: …``, ``[16]Quote from: …``).
_INTRO_LEAD: Final = re.compile(r"^(?:>\s*)*(?:\[\d{1,5}\])?")


def is_quote_intro(text: str) -> bool:
    """Whether a line opens a forum's quote of an earlier post (``Ann wrote:``, ``Ann hat
    geschrieben: ↑ Mi 3. Mär 2021, 09:00``): no comment's header, though it may hold a time.

    >>> is_quote_intro("Ann hat geschrieben: ↑ Mi 3. Mär 2021, 09:00"), is_quote_intro("Ann")
    (True, False)
    """
    return _quote_intro(text) is not None


@per_page
def _quote_intro(text: str) -> tuple[str | None] | None:
    """A forum quote's label (``Originally posted by Ann``, ``Ann wrote:``, ``Quote:``) as the
    quoted writer's name (``(None,)`` when it names none), or ``None`` when the line is none."""
    line = _INTRO_LEAD.sub("", text.rstrip(), count=1)
    if "[" in line:
        line = _LYNX_LINK.sub("", line)  # (``Ann hat geschrieben: [13]↑ …``)
    if len(line) > _QUOTE_INTRO_CHARS or not _QUOTE_INTRO_PIECE.found_in(line):
        return None
    intro = _QUOTE_INTRO.fullmatch(line)
    if intro is None:
        return None
    return (next((v for v in intro.groupdict().values() if v), None),)


def _ends_thread(text: str) -> bool:
    """Whether a line ends a comment's text: a closing heading or a section's footer."""
    return cues.ends_body(text) or section_footer(text) is not None


def _next_text(cleaned: Sequence[str], junk: Sequence[bool], j: int, stop: int) -> int:
    """The next line with text after line ``j`` (``stop`` when none)."""
    j += 1
    while j < stop and (not cleaned[j] or junk[j]):
        j += 1
    return j


def _collapsed(
    cleaned: Sequence[str], junk: Sequence[bool], j: int, stop: int, stamped: bytearray
) -> tuple[int, ...] | None:
    """The lines of a collapsed comment's header starting at line ``j``: a name, then a time
    alone, then only buttons (``limachko`` / ``1 week ago`` / ``Collapse`` / ``Expand``): a
    reply the page folds away shows no text, so its header is none of the record's text.
    The header's lines after ``j``, or ``None``."""
    text = cleaned[j]
    if not text or junk[j] or len(text) > MAX_NAME_CHARS + 20:
        return None
    # (the time alone below first, the name last: a speed device. Every line of every record
    # is asked; over the shared dumps the name was read 65,810 times before, 377 after, and
    # this test's share of a profiled parse went from 3.1 % to 0.8 %)
    at = _next_text(cleaned, junk, j, stop)
    if at >= stop or at > j + 2 or (not stamped[at] and len(cleaned[at]) <= MAX_HEADER_CHARS):
        return None
    found = find_relative(cleaned[at])
    if found is None or cleaned[at][: found.start].strip() or cleaned[at][found.end :].strip():
        return None
    if _name_of(text) is None:
        return None
    after = _next_text(cleaned, junk, at, stop)
    if after < stop and not (
        _ACTION_LINE.fullmatch(cleaned[after]) and any(c.isalpha() for c in cleaned[after])
    ):
        return None  # (a separator, ``·``, is no button: a header goes on past it)
    return (at,)


def time_note(page: Page, text: str, first: bool) -> str | None:
    """Why a line under a comment's header that only tells a time is not its text: the header's
    time again as a relative one when it is the ``first`` line under it (bs4's ``1 week ago``
    under ``April 12 2018, 04:34:23 UTC``), or an edit's note (``Edited: April 12 2018, 07:58
    UTC``); ``None`` for any other line.

    >>> from newsparse._page import Page
    >>> page = Page(lines=[], tz=None, reference=None, defects=[], placement=[])
    >>> time_note(page, "2 weeks ago", True), time_note(page, "2 weeks ago", False)
    ("the header's time, relative", None)
    >>> time_note(page, "Edited: March 3 2021, 18:44 UTC", False), time_note(page, "Edited it.", False)
    ('edit note', None)
    """
    if len(text) > MAX_HEADER_CHARS or not (_DIGIT.search(text) or hinted(text)):
        return None
    if _EDIT_NOTE.match(text) and _without_edit_note(page, text) == "":
        return "edit note"
    if first:
        found = find_relative(text)
        if (
            found is not None
            and not text[: found.start].strip(" ·•|(")
            and not text[found.end :].strip(" ·•|)")
        ):
            return "the header's time, relative"
    return None


_ACTION_REASON: Final = "button label or counter"
_EDIT_REASON: Final = "edit note"
_SUBJECT_REASON: Final = "subject and score"
_RANK_REASON: Final = "member card under the post"


_FOOTER_TIME_REASON: Final = "the comment's time in its footer"


def _text_lines(rec: Record, stop: int) -> Iterator[int]:
    """The lines that may be a record's text: from its header down to ``stop``; from its name
    down when its time stands under the text (the time's line is yielded to be dropped)."""
    if rec.below and rec.author_line is not None:
        yield from range(rec.author_line + 1, rec.anchor + 1)
    yield from range(rec.anchor + 1, stop)


def _furniture(text: str, author: str | None) -> str | None:
    """Why a line inside a record is not its text, or ``None`` when it is."""
    reason = _line_furniture(text)
    if (
        reason is None
        and author
        and len(text) < 80
        and text.startswith(author + " ")
        and not _prose(text[len(author) :])
    ):
        return "member status"
    return reason


@per_page
def _line_furniture(text: str) -> str | None:
    """Why a line inside a record is not its text, whoever wrote the record (see
    :func:`_furniture`), or ``None``."""
    if _ACTION_LINE.fullmatch(text):
        return _ACTION_REASON
    if _ONLY_MARKS.fullmatch(text):
        return "separator"
    if _PROFILE.match(text):
        return "member profile"
    if _DEPTH.fullmatch(text):
        return "nesting marker"
    if text[0] == "(" and _REPLY_COUNT.fullmatch(text):
        return "count of replies"  # (bs4's ``(27 children)`` on a line of its own)
    if text.strip(" •·|()").lower() in _EDIT or opens_edit_note(text):
        return _EDIT_REASON  # (bs4's ``edited`` under ``8 months ago``; ``edited 4`` / ``hr. ago``)
    if _POST_NUMBER.fullmatch(text):
        return "post number"
    if text[-1:] == ")" and _SCORE_TAG.search(text) and len(text) <= MAX_HEADER_CHARS:
        return _SUBJECT_REASON
    if _AVATAR.match(text) and len(text) <= MAX_NAME_CHARS + 12:
        return "avatar name"
    bare = _unlinked(text)
    if bare.lower() in _BADGES or _BADGE_ALONE.fullmatch(bare):
        return "badge"  # (a social plugin's ``Top fan`` under the name)
    if bare.lower() in _RANKS:
        return _RANK_REASON  # (a member card under the post: ``Eisvogel`` / ``Mitglied``)
    if len(bare) <= MAX_CARD_LINE_CHARS and _SUBJECT.match(bare):
        return "subject"  # (the next post's ``Re: Trägt das Eis?`` over its header)
    return None


def _depths(page: Page, records: list[Record]) -> None:
    """Each record's depth: its ``level N`` marker, else its header's indentation when the
    records' indentations differ (w3m, lynx and inscriptis keep the page's nesting)."""
    if all(r.depth is not None for r in records):
        return
    bullets = [_bullet_line(page, r) for r in records]
    if all(b is not None for b in bullets):  # (a list of comments: each item's bullet places it)
        columns = [page.indent(b) for b in bullets if b is not None]
    else:
        columns = [page.indent(r.anchor) for r in records]
    for r, d in zip(records, indent_depths(columns), strict=True):
        r.depth = d


def _bullet_line(page: Page, rec: Record) -> int | None:
    """The line of a record's header that opens with a list bullet (``  • Jane Doe`` over
    ``    Aug 14, 2021``, or ``  • Aug 14, 2021`` under no name), or ``None``. In a list of
    comments each item's bullet stands at its depth's column, wherever its time line stands."""
    for i in (rec.author_line, rec.anchor):
        if i is not None and _ITEM.match(page.lines[i]):
            return i
    return None


def indent_depths(indents: Sequence[int]) -> list[int | None]:
    """Headers' indentations as their depths, or ``None`` each when they do not differ by
    :data:`MIN_INDENT_STEP` (a flat rendering says nothing of who answers whom).

    >>> indent_depths([2, 6, 2]), indent_depths([0, 1, 0])
    ([2, 6, 2], [None, None, None])
    """
    if not indents or max(indents) - min(indents) < MIN_INDENT_STEP:
        return [None] * len(indents)
    return list(indents)


def reply_targets(records: Sequence[Record]) -> list[int | None]:
    """For each record, the nearest earlier record one level up, or ``None`` at the top."""
    return replies_by_depth([r.depth for r in records])


def replies_by_depth(depths: Sequence[int | None]) -> list[int | None]:
    """For each comment at its depth, the nearest earlier one less deep, or ``None`` at the
    top level (all ``None`` when a depth is unknown).

    >>> replies_by_depth([0, 4, 8, 0, 4])
    [None, 0, 1, None, 3]
    """
    if not depths or any(d is None for d in depths):
        return [None] * len(depths)
    known = [d or 0 for d in depths]
    top = min(known)
    out: list[int | None] = []
    for k, depth in enumerate(known):
        above = (j for j in range(k - 1, -1, -1) if known[j] < depth)
        out.append(next(above, None) if depth > top else None)
    return out


def day_of(value: date | datetime | None) -> date | None:
    """The day of a comment's time."""
    if isinstance(value, datetime):
        return value.date()
    return value
