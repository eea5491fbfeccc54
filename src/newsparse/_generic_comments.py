"""Reader comments in a real page dump: author + timestamp header lines, then the text.

Split from :mod:`newsparse._generic`, which finds the body first; the comments are read after it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from datetime import date, datetime, time
from typing import TYPE_CHECKING, Final

import attrs

from newsparse import _cues as cues
from newsparse._authors import BYLINE
from newsparse._comment_start import CUT_DECISION, CUT_RULES, CutFacts, CutProposal
from newsparse._comment_zone import (
    GLUED_WEEKDAY,
    MAX_NAME_ABOVE,
    MIN_PROSE_SHARE,
    MIN_RECORDS,
    TimeLines,
    Zone,
    card_head,
    ends_edit_note,
    find_zone,
    footer_replies,
    indent_depths,
    is_action_line,
    is_quote_intro,
    is_reply_mark,
    is_signature,
    name_of_line,
    opens_edit_note,
    reads_as_prose,
    replies_by_depth,
    reply_line_name,
    reply_targets,
    steps_left,
    time_lines,
    time_note,
)
from newsparse._comments import POSTED, QUOTED, Stamp, Thread, code_of
from newsparse._dates import Moment, clock_time, day_order, find_date, find_yearless
from newsparse._defects import UnplacedText
from newsparse._generic_header import is_cue
from newsparse._lines import fold
from newsparse._list_comments import list_records, read_list_comments
from newsparse._memo import per_page
from newsparse._patterns import alternation as _alt
from newsparse._text import LIST_HEADING
from newsparse.vocab import comments as C
from newsparse.vocab import page as V

if TYPE_CHECKING:
    from newsparse._page import Page

__all__ = ["read_comments"]


# --- comments -----------------------------------------------------------------------------------

#: ``Name says:``; the word glued to the name only before its colon (``Annsagt:``), so that a
#: button's word that ends in one (``Edit``: ``E`` + ``dit``) is no header.
_SAYS: Final = re.compile(
    r"(?:(?:[•□☆*o+-]|\d{1,3}\.)\s+)?(?:\[[^\]]{0,40}\]\s*)?(?P<author>\S.{0,60}?)"
    rf"(?:\s+(?:{_alt(V.COMMENT_SAYS)})\s*:?|\s*(?:{_alt(V.COMMENT_SAYS)})\s*:)",
    re.IGNORECASE,
)
_SAYS_ALONE: Final = re.compile(rf"(?:{_alt(V.COMMENT_SAYS)})\s*:", re.IGNORECASE)
_LEAD: Final = re.compile(r"(?:(?:[•□☆*o+-]|\d{1,3}\.)\s+)?(?:\[[^\]]{0,40}\]\s*)?")
_SEPARATORS: Final = " ·|/-–—,~"
_OPENER_TAIL: Final = re.compile(rf"\s+(?:{_alt(V.DATE_OPENERS)})\s*$", re.IGNORECASE)
#: A remark in brackets after a name (``Jane (Leipzig)``, ``Sam (rhymes with ham)``).
_PAREN: Final = re.compile(r"\([^()]{0,40}\)")
_INITIAL_END: Final = re.compile(r"(?:^|\s)[^\W\d_]\.$")  # "Odile B."
_BODY_BULLET: Final = re.compile(r"[•□☆*▪◦]\s+")
_NUMBERED: Final = re.compile(r"#\d{1,5}(?:\.\d{1,5})*\s*[—–\-|·:]?\s*(?P<rest>\S.*)")
_REPLY_LINE: Final = re.compile(
    rf"(?:[•☆*]\s*)?(?:{_alt(V.REPLY_BUTTONS)})(?:\s+(?:{_alt(V.BUTTON_LABELS + V.COMMENT_BUTTONS)}))*",
    re.IGNORECASE,
)
#: What a reply button's line can open with (the case-blind pattern takes ``ſ`` for ``s``, ``İ``
#: and ``ı`` for ``i``, the Kelvin sign for ``k``): the cheap test before the pattern.
_REPLY_FIRST: Final = frozenset(
    "•☆*" + "".join(c.lower() + c.upper() for c in {b[0] for b in V.REPLY_BUTTONS}) + "ſİı\u212a"
)
_BUTTON_LINE: Final = re.compile(
    rf"(?:[•☆*]\s*)?(?:{_alt(V.BUTTON_LABELS + V.COMMENT_BUTTONS)})(?:\s+(?:{_alt(V.BUTTON_LABELS + V.COMMENT_BUTTONS)}))*|\d{{1,4}}",
    re.IGNORECASE,
)


#: A thread's pager link on a line of its own (``Load more comments``, ``« Older Comments``,
#: ``Show 12 more comments``; lynx's ``[20]Load more comments``).
_PAGER_LINE: Final = re.compile(
    r"[«‹←<\s]*(?:\[\d{1,5}\])?[«‹←<\s]*(?:"
    + "|".join(
        re.escape(w).replace(re.escape("{n}"), r"\d{1,5}")
        for w in sorted(C.THREAD_PAGERS, key=len, reverse=True)
    )
    + r")[\s.…»›→>]*",
    re.IGNORECASE,
)


def _comment_header(
    page: Page,
    cleaned: Sequence[str],
    i: int,
    after: date | None,
    lines: TimeLines | None = None,
) -> tuple[str | None, int, Stamp | None] | None:
    """``(author, timestamp line, stamp)`` when line ``i`` opens a comment, else ``None``:
    a name that says (``Name says:``), a name with its date on one line, a name glued to a
    time of day, or a name alone over its timestamp line.

    ``after`` is the latest date the page gave before (an earlier comment's, else the
    article's): a timestamp without a year is completed from it, and read only when it is known.
    ``lines`` are the page's :class:`TimeLines`, when the caller has them: a speed device.
    The readers of a date on line ``i`` itself need a digit, and the name alone needs a
    timestamp line a few lines below it; lines without either are not read for them (over
    the shared dumps, dates looked for 126,338 → 45,602 times, year-less ones 79,723 →
    24,428, names alone 43,927 → 35,520).
    """
    text = cleaned[i]
    # (a line that may be a timestamp line: every line with a digit is one)
    dated = lines is None or lines.stamped[i] == 1
    if len(text) > _HEADER_CHARS or (text[:1] in "—–->" and is_signature(text)):
        return None
    if dated and is_quote_intro(text):
        return None  # ("Ann hat geschrieben: ↑ Mi 3. Mär 2021, 09:00": a quote's, no header)
    said = _saying_header(page, cleaned, i, after)
    if said is not None:
        return said
    # "Name · March 10, 2017 at 12:20 AM", "1. Name 29.07.2020 // 12:56", "Name | Di, 21. April …"
    found = find_date(text, tz=page.tz) if dated else None
    loose = False  # a day without year or time, run on from the text before it
    if found is None and after is not None and dated:
        found = find_yearless(text, after=after, tz=page.tz)
        loose = found is not None and not isinstance(found[0], datetime)
    if found is not None:
        return _dated_header(text, i, found, loose)
    # "Marisol21:00": a name with its comment's time of day and no day, glued (Blogger links both)
    glued = (
        _GLUED_CLOCK.fullmatch(text[m.end() :] if (m := _LEAD.match(text)) else text)
        if dated and ":" in text  # (no clock without its colon: the cheap test first)
        else None
    )
    if glued is not None and _plausible_commenter(glued.group("name")):
        return fold(glued.group("name")), i, None
    return _name_alone_header(page, cleaned, i, after, lines)


#: A comment's header line (a name, its time, a label or two) is this long at most.
_HEADER_CHARS: Final = 140


def _saying_header(
    page: Page, cleaned: Sequence[str], i: int, after: date | None
) -> tuple[str | None, int, Stamp | None] | None:
    """A header that says its writer speaks: ``Name says:`` on line ``i`` (its timestamp line
    below, if any), or bs4's ``Name`` / ``says:`` / time on lines of their own."""
    text = cleaned[i]
    m = _SAYS.fullmatch(text) if _ends_saying(text) else None
    if m is not None:
        author = fold(_without_avatar(m.group("author")))
        found_stamp = _stamp_below(page, cleaned, i, after)
        if found_stamp is not None:
            return author, found_stamp[0], found_stamp[1]
        return author, i, None
    j = _next_text(cleaned, i)
    if (
        j is not None
        and cleaned[j][-1] == ":"  # (the label's colon ends the line: the cheap test first)
        and _SAYS_ALONE.fullmatch(cleaned[j])
        and _named_by_says(text)
    ):
        found_stamp = _stamp_below(page, cleaned, j, after)
        if found_stamp is not None:
            page.drop(j, "comment label")
            return fold(text), found_stamp[0], found_stamp[1]
    return None


#: An avatar's alt text before a name (``avatar Hollis Vane says:``).
_AVATAR_LEAD: Final = re.compile(rf"(?:{_alt(C.AVATAR_WORDS)})\s*:?\s+", re.IGNORECASE)


def _without_avatar(name: str) -> str:
    """A name without the avatar's alt text a converter wrote before it.

    >>> _without_avatar("avatar Hollis Vane"), _without_avatar("Avatar")
    ('Hollis Vane', 'Avatar')
    """
    m = _AVATAR_LEAD.match(name)
    return name[m.end() :] if m is not None and m.end() < len(name) else name


def _dated_header(
    text: str, i: int, found: tuple[Moment, int, int], loose: bool
) -> tuple[str | None, int, Stamp | None] | None:
    """The header of a name and its date on line ``i`` (``found``: the date and where it
    stands), or ``None`` when the words before the date are no name or words follow it. A
    ``loose`` date (a day without year or time) must be set off from the words before it."""
    _, start, end = found
    lead = _LEAD.match(text)
    before = _OPENER_TAIL.sub("", text[lead.end() if lead else 0 : start])
    head = GLUED_WEEKDAY.sub("", before.strip(_SEPARATORS)).strip(_SEPARATORS)
    tail = text[end:].strip(" .,")
    if loose and before.rstrip(" ") == before.rstrip(_SEPARATORS):
        # "… Scheduled for Release April 4th": a teaser's title, not "Name · April 4"
        return None
    if (
        head
        and not tail
        and len(head) <= _NAME_ALONE_CHARS
        and any(c.isalpha() for c in head)
        and _plausible_author(head)
    ):
        # ("Beitrag von Ann »": the zone reader's name, without its opener and closer)
        return name_of_line(head) or head, i, Stamp(value=found[0], problem=None)
    return None


def _name_alone_header(
    page: Page,
    cleaned: Sequence[str],
    i: int,
    after: date | None,
    lines: TimeLines | None,
) -> tuple[str | None, int, Stamp | None] | None:
    """``Name`` alone after a blank line, a button, a thread's pager link (``Load more
    comments``) or the comments heading (bs4 leaves no blank line under it), then (after a separator line) a line that is wholly a timestamp, then
    text that is not a byline (a teaser list: date, ``By …``)."""
    text = cleaned[i]
    if not (
        len(text) <= _NAME_ALONE_CHARS
        # (the cheap test first: most lines have no timestamp line right below them)
        and (lines is None or lines.stamp_near(i + 1, _STAMP_BELOW - 1))
        and (
            i == 0
            or not cleaned[i - 1]
            or _BUTTON_LINE.fullmatch(cleaned[i - 1])
            or _PAGER_LINE.fullmatch(cleaned[i - 1])
            or page.fields.comment_heading == i - 1
        )
        and len((_PAREN.sub("", text) if "(" in text else text).split()) <= _NAME_ALONE_WORDS
        and _plausible_commenter(text)
        and not is_quote_intro(text)
    ):
        return None
    found_stamp = _stamp_below(page, cleaned, i, after)
    if found_stamp is None:
        return None
    below = _next_text(cleaned, found_stamp[0])
    if below is not None and BYLINE.match(cleaned[below]):
        return None
    # (a member's title under the profile links of a forum's card: the name heads it)
    card = card_head(cleaned, None, i, max(0, i - MAX_NAME_ABOVE))
    # (``avatar 山本葵``: the avatar's alt text before the name is no part of it)
    return fold(card[0] if card else _without_avatar(text)), found_stamp[0], found_stamp[1]


#: A commenter's name on a line of its own (or before its time on one line) is this long at
#: most, and of this many words outside brackets at most.
_NAME_ALONE_CHARS: Final = 50
_NAME_ALONE_WORDS: Final = 4


_SAYS_ENDINGS: Final = tuple(word.lower() for word in V.COMMENT_SAYS)


#: The last letters of the words of :data:`_SAYS_ENDINGS`: a line that ends in none of them (in
#: either case) ends in no such word, decided before the whole line is lowered.
_SAYS_LAST: Final = frozenset(word[-1] for word in _SAYS_ENDINGS)


def _ends_saying(text: str) -> bool:
    """Whether a line ends in ``says``/``sagt``… (a colon may follow): the cheap test before the
    full ``Name says:`` pattern."""
    bare = text.rstrip().rstrip(":").rstrip()
    return bare[-1:].lower()[-1:] in _SAYS_LAST and bare.lower().endswith(_SAYS_ENDINGS)


def _saying(zone: Zone, cleaned: Sequence[str]) -> bool:
    """Whether most of a zone's names stand on a line that says they speak (``Ann sagt:``,
    ``Bob says:``, or ``says:`` alone under the name as bs4 dumps it): comments, not teasers
    with bylines, so the article's body ends above them."""
    said = 0
    for r in zone.records:
        if r.author_line is None:
            continue
        label = _next_text(cleaned, r.author_line)
        said += _ends_saying(cleaned[r.author_line]) or (
            label is not None
            and label < r.anchor
            and _SAYS_ALONE.fullmatch(cleaned[label]) is not None
        )
    return 2 * said > len(zone.records)


#: A zone record's line of buttons with a reply button among them, maybe with counters
#: (``Reply``, ``• Reply •``, ``Responder 3 Me gusta``, ``Ответить``, ``−2 Ответить``).
_BUTTON_OR_COUNT: Final = rf"(?:{_alt(C.ACTIONS)}|[-+−]?\d{{1,6}})"
_REPLIED: Final = re.compile(
    rf"(?:{_BUTTON_OR_COUNT}\s+)*(?:{_alt(C.REPLY_ACTIONS)})(?:\s+{_BUTTON_OR_COUNT})*",
    re.IGNORECASE,
)


def _replied(zone: Zone, cleaned: Sequence[str]) -> bool:
    """Whether most of a zone's records end in a reply button (``Reply``, ``Antworten``,
    ``Ответить``), maybe beside a time under the text (``2 часа назад · Ответить``): comments,
    not teasers with bylines, so the article's body ends above them."""
    replied = sum(
        footer_replies(cleaned, r)
        or any(
            why == "button label or counter"
            and (
                _REPLY_LINE.fullmatch(cleaned[j]) is not None
                or _REPLIED.fullmatch(_LINK_NUMBER.sub("", cleaned[j])) is not None
            )
            for j, why in r.dropped
        )
        for r in zone.records
    )
    return 2 * replied > len(zone.records)


#: A comment's time of day with no day, glued to its writer's name (``Marisol21:00``, ``Ann10:42
#: PM``): Blogger's comment header, whose name and time are two links side by side.
_GLUED_CLOCK: Final = re.compile(
    r"(?P<name>.{0,50}?[^\W\d_])(?:[01]?\d|2[0-3]):[0-5]\d(?:\s?[ap]\.?m\.?)?", re.IGNORECASE
)


#: The number lynx writes before a link (``[12]June 4, 2023 at 9:12 am``).
_LINK_NUMBER: Final = re.compile(r"\[\d{1,5}\]")


def _stamp_of(page: Page, text: str, after: date | None) -> Stamp | None:
    """What a line says as a timestamp, also behind a comment number (``#1.1 — vor 8 Stunden``)
    or without a year (completed from ``after``)."""
    if text[:1] == "[" and (marker := _LINK_NUMBER.match(text)) is not None:
        text = text[marker.end() :]  # lynx's number of the link the time is
    found = page.stamp(text)
    if found is None and text[:1] == "#":
        m = _NUMBERED.fullmatch(text)
        if m is not None:
            text = m.group("rest")
            found = page.stamp(text)
    if found is None and after is not None:
        yearless = find_yearless(text, after=after, tz=page.tz)
        if yearless is not None and yearless[1] == 0:
            found = Stamp(value=yearless[0], problem=None)
    return found


def _stamp_below(
    page: Page, cleaned: Sequence[str], i: int, after: date | None
) -> tuple[int, Stamp] | None:
    """The timestamp line right below line ``i`` (a separator line such as ``·`` may sit
    between), as ``(line, stamp)``."""
    j = _next_text(cleaned, i)
    if j is not None and cleaned[j].strip(_SEPARATORS + "•") == "":
        j = _next_text(cleaned, j)
    if j is None:
        return None
    found = _stamp_of(page, cleaned[j], after)
    return (j, found) if found is not None else None


@per_page
def _plausible_commenter(text: str) -> bool:
    """A short line that can be a commenter's name or nickname (``dwoz``, ``Jane (Leipzig)``)."""
    return (
        0 < len(text) <= _NAME_CHARS
        and len(text.split()) <= _NAME_WORDS
        and any(map(str.isalnum, text))
        and text[-1] not in ".!?:;,"
        and text[0] not in "#([{*•-"
        and _BUTTON_LINE.fullmatch(text) is None
        and not opens_edit_note(text)
        and _plausible_author(text)
    )


#: A commenter's name or nickname (``Jane (Leipzig)``) is this long at most, of this many
#: words at most.
_NAME_CHARS: Final = 60
_NAME_WORDS: Final = 6


def _named_by_says(text: str) -> bool:
    """A line that a ``says:`` label below names as a commenter: any short line with a letter
    or digit, also a nickname that ends in punctuation (``G.M.``, ``geht's no?!``)."""
    return (
        0 < len(text) <= _NAME_CHARS
        and len(text.split()) <= _NAME_WORDS
        and any(map(str.isalnum, text))
        and _BUTTON_LINE.fullmatch(text) is None
        and text.lower() not in _DATE_LABELS
    )


def _plausible_author(text: str) -> bool:
    words = text.split()
    return (
        1 <= len(words) <= _NAME_WORDS
        and text.lower() not in _QA_WORDS  # "answered May 1, 2024": a Q&A card's label
        and (not text.endswith((".", "!", "?", ":")) or _INITIAL_END.search(text) is not None)
        and not is_cue(text)
        and text.lower() not in _DATE_LABELS
        and text.lower() not in _OPENERS  # "On" of "On May 20, 2019": no name
        and text.lower() not in _PROFILE_WORDS  # "Joined Apr 11, 2016": a member card's label
    )


_OPENERS: Final = frozenset(V.DATE_OPENERS)
_DATE_LABELS: Final = frozenset(V.PUBLISHED_LABELS + V.UPDATED_LABELS)
_QA_WORDS: Final = frozenset(C.QA_LABELS)
_PROFILE_WORDS: Final = frozenset(C.PROFILE_LABELS)


#: How far below a line the next line of text may stand (two blank lines between at most).
_NEXT_TEXT_LINES: Final = 3
#: How far below a line the timestamp under it may stand (:func:`_stamp_below`): the next text
#: line, or the one after a separator line (``·``).
_STAMP_BELOW: Final = 2 * _NEXT_TEXT_LINES
#: How far below a header's first line its timestamp may stand: as far as under a line, and
#: as much again below a ``says:`` label (see :func:`_comment_header`).
_STAMP_REACH: Final = _STAMP_BELOW + _NEXT_TEXT_LINES


def _next_text(cleaned: Sequence[str], i: int) -> int | None:
    for j in range(i + 1, min(i + 1 + _NEXT_TEXT_LINES, len(cleaned))):
        if cleaned[j]:
            return j
    return None


#: A header: (its first line, the author, the timestamp's line, the time read).
_Head = tuple[int, str | None, int, Stamp | None]


def read_comments(
    page: Page,
    cleaned: Sequence[str],
    junk: Sequence[bool],
    start: int,
    thread: Thread,
    known: ZoneSearch | None = None,
    *,
    furnished: bool = True,
) -> None:
    """The comments after the body (see :func:`_read_comments`); a date the header read from a
    line a comment has taken since is no longer the article's, unless another line still says
    it (a comment's time is never the article's)."""
    _read_comments(page, cleaned, junk, start, thread, known, furnished=furnished)
    for kind in thread.took_dates:
        if kind not in page.placement:
            setattr(page.fields, kind, None)


def _read_comments(
    page: Page,
    cleaned: Sequence[str],
    junk: Sequence[bool],
    start: int,
    thread: Thread,
    known: ZoneSearch | None,
    *,
    furnished: bool,
) -> None:
    """Comments after the body: a list under a comments heading (on a page without furniture,
    ``furnished`` false, any list of bulleted heads: :mod:`newsparse._list_comments`), or
    header lines with an author and a time, then the text; or,
    when there are none, a thread with its time below the text, or the thread of a repeated
    header shape (:mod:`newsparse._comment_zone`), which also wins over the headers when it
    holds as many comments and its shape is one the header reader does not read (see
    :func:`_strong`), or twice as many (the headers then are a sidebar's)."""
    found = known.lines if known is not None else time_lines(cleaned)
    heads = _above_page_counter(
        _unrepeated(_heads(page, cleaned, junk, start, found), cleaned, junk), cleaned, junk
    )
    # (a list thread right under a comments heading wins over fewer headers than its comments,
    # and over headers too few to read)
    listed = list_records(page, start, furnished=furnished)
    if len(listed) // 2 > (len(heads) if _enough_heads(page, heads) else 0):
        read_list_comments(page, listed, thread)
        return
    if _teasers(heads, cleaned) or (heads and _listed_under(cleaned, junk, start, heads[0][0])):
        heads = []
    # (a page without an article's body, a forum thread, is all thread: the zone is looked
    # for from the top, where the body reader's run may have stopped inside it)
    zone_from = start if thread.article_paragraphs else 0
    if heads:
        zone = _zone_below(page, cleaned, junk, zone_from, known, found)
        if zone is not None and _zone_wins(page, zone, heads):
            _zone_comments(page, cleaned, zone, thread)
            return
    if not _enough_heads(page, heads):
        if not heads:
            footed = _footer_thread(page, cleaned, junk, start)  # (found once, read below)
            zone = (
                None
                if _first_line(footed) is not None
                else (_zone_below(page, cleaned, junk, zone_from, known, found))
            )
            if zone is not None and _teaser_zone(zone, cleaned, junk, start):
                return
            if zone is not None:
                _zone_comments(page, cleaned, zone, thread)
            elif footed[0]:
                _footer_comments(page, cleaned, footed, thread)
            else:
                _timeless_comments(page, cleaned, junk, start, thread)
        return
    _header_comments(page, cleaned, junk, heads, thread)


def _enough_heads(page: Page, heads: Sequence[_Head]) -> bool:
    """Whether the header reader reads the comments under ``heads``: two or more, or one under
    a claimed comments heading (a lone dated line elsewhere heads a teaser as often)."""
    return len(heads) >= 2 or (bool(heads) and page.fields.comment_heading is not None)


def _zone_wins(page: Page, zone: Zone, heads: Sequence[_Head]) -> bool:
    """Whether the thread of a repeated header shape wins over the comment headers the header
    reader found: it holds as many comments and its shape is one the header reader does not
    read (:func:`_strong`), or twice as many (the headers then are a sidebar's), or just as
    many as the comments heading declares while the headers, none of them among its records,
    do not (the headers then are teasers below the thread: ``Actu`` / ``12 Octobre``)."""
    if len(zone.records) >= len(heads) * (1 if _strong(zone) else 2):
        return True
    declared = page.fields.comment_count
    first, last = zone.start, zone.records[-1].anchor
    return (
        declared is not None
        and len(zone.records) == declared != len(heads)
        and not any(first <= h[0] <= last for h in heads)
    )


def _above_page_counter(
    heads: list[_Head], cleaned: Sequence[str], junk: Sequence[bool]
) -> list[_Head]:
    """The comment headers above the thread's page counter (``Seite 34 von 40``): those below
    it head the forum's other lists (similar threads, latest posts)."""
    for k in range(1, len(heads)):
        for j in range(heads[k - 1][2] + 1, heads[k][0]):
            if cleaned[j] and not junk[j] and cues.page_counter(cleaned[j]):
                return heads[:k]
    return heads


def _heads(
    page: Page, cleaned: Sequence[str], junk: Sequence[bool], start: int, found: TimeLines
) -> list[_Head]:
    """The comment headers below ``start`` (an author and a time), in order; the comments
    heading, when one stands there, is claimed on the way (the headers above it go: they head
    teasers). A line is read as a header only when it can be one: it or a line a little below
    it (:data:`_STAMP_REACH`) may be a timestamp line (its date has a digit), or it ends in
    ``says``."""
    heads: list[_Head] = []
    published = page.fields.published
    latest = published.date() if isinstance(published, datetime) else published
    i, n = start, len(cleaned)
    while i < n:
        if cleaned[i] and not junk[i]:
            if _claims_heading(page, cleaned[i], i):
                heads.clear()
                i += 1
                continue
            head = (
                _comment_header(page, cleaned, i, latest, found)
                if found.stamp_near(i, _STAMP_REACH) or _ends_saying(cleaned[i])
                else None
            )
            if head is not None:
                heads.append((i, head[0], head[1], head[2]))
                posted = head[2].value if head[2] is not None else None
                if posted is not None:
                    day = posted.date() if isinstance(posted, datetime) else posted
                    latest = day if latest is None else max(latest, day)
                i = head[1] + 1
                continue
        i += 1
    return heads


def _claims_heading(page: Page, text: str, i: int) -> bool:
    """Whether line ``i`` is the comments heading with its count (``24 Comments``, ``Reader
    Comments (3)``), claimed now (a second heading is not)."""
    if len(text) >= cues.HEADING_CHARS:
        return False  # (a heading is a short line: the cheap test first)
    count = cues.comment_heading(text)
    return (
        count is not None
        and (count.counted or (count.count is not None and not count.tail.strip(" :")))
        and page.claim_heading(i, count.count)
    )


#: Four blank-line gaps inside a comment's text end it (what follows is the page's).
_MAX_BLOCKS: Final = 4


def _header_comments(
    page: Page, cleaned: Sequence[str], junk: Sequence[bool], heads: list[_Head], thread: Thread
) -> None:
    """One comment a header: its time, and its text down to the next header, a button line,
    a closing heading or a long gap (a pingback's excerpt is dropped)."""
    n = len(cleaned)
    kept: list[tuple[int, str | None, int, Moment | None, list[int]]] = []
    answers: list[str | None] = []
    for k, (at, author, stamp_at, when) in enumerate(heads):
        posted = _in_page_order(page, when.value, cleaned[stamp_at]) if when is not None else None
        if when is not None and (defect := when.defect(stamp_at, page.lines[stamp_at])):
            page.defects.append(defect)
        stop = heads[k + 1][0] if k + 1 < len(heads) else n
        body = _header_body(page, cleaned, junk, stamp_at + 1, stop, page.indent(at))
        if not body and _folded(cleaned, junk, stamp_at + 1, stop):
            for j in {at, stamp_at}:
                page.drop(j, "a collapsed comment's header")
            continue
        if _pingback([cleaned[j] for j in body]):
            for j in (at, stamp_at, *body):
                page.drop(j, "pingback")
            continue
        answers.append(_reply_line(page, cleaned, body))
        kept.append((at, author, stamp_at, posted, body))
    # (who answers whom, where the converter kept a nested list's indentation)
    targets = replies_by_depth(indent_depths([page.indent(head[0]) for head in kept]))
    first = len(thread.comments)
    for (at, author, stamp_at, posted, body), target, parent in zip(
        kept, targets, answers, strict=True
    ):
        named = thread.by_author.get(parent.lower()) if parent else None
        thread.add(
            author=author,
            posted=posted,
            head=(at, stamp_at),
            blocks=_texts(_groups(body, cleaned), cleaned),
            reply_to=named if target is None else first + target,
        )


def _reply_line(page: Page, cleaned: Sequence[str], body: list[int]) -> str | None:
    """The parent named on the first line of a comment's text when the line says whom it
    answers (``Replying to Ann``, ``In risposta a Ann``; bs4's ``Replying to`` / ``Ann``) and
    text follows: the line(s) are dropped from the text, the name returned."""
    name = reply_line_name(cleaned[body[0]]) if len(body) > 1 else None
    lines = 1
    if name is None and len(body) > 2 and is_reply_mark(cleaned[body[0]]):
        name, lines = name_of_line(cleaned[body[1]].lstrip("@")), 2
    if name is not None:
        for _ in range(lines):
            page.drop(body.pop(0), "the name it answers")
    return name


def _folded(cleaned: Sequence[str], junk: Sequence[bool], first: int, stop: int) -> bool:
    """Whether a header without text stands over buttons: a reply the page folds away
    (``limachko`` / ``1 week ago`` / ``Collapse`` / ``Expand``), not a comment. A separator
    (``·``) is no button: Reddit's header goes on past it."""
    for j in range(first, stop):
        if cleaned[j] and not junk[j]:
            return is_action_line(cleaned[j]) and any(c.isalpha() for c in cleaned[j])
    return False


def _header_body(
    page: Page, cleaned: Sequence[str], junk: Sequence[bool], first: int, stop: int, margin: int
) -> list[int]:
    """The lines of a comment's text from ``first`` on, before ``stop``: up to its action
    labels, a closing heading, or a line set left of both its header (indented ``margin``
    columns) and its first line (what stands left of a list's item is outside it)."""
    body: list[int] = []
    blocks = 0
    edit_at = -1  # (an edit's note before the text: ``edited 4`` / ``yr. ago``)
    for j in range(first, stop):
        text = cleaned[j]
        if not text:
            if body and (not cleaned[j - 1] or junk[j - 1]):
                continue
            if body:
                blocks += 1
            continue
        if junk[j]:
            continue
        if not body and (opens_edit_note(text) or _edit_tail(cleaned, edit_at, text)):
            page.drop(j, "edit note")
            edit_at = j
            continue
        if _BUTTON_LINE.fullmatch(text) or is_action_line(text):
            page.drop(j, "button label")
            if body:
                break
            continue
        note = time_note(page, text, j == first)
        if note is not None:
            page.drop(j, note)
            continue
        if (
            blocks >= _MAX_BLOCKS
            or cues.ends_body(text)
            or (body and steps_left(page, cleaned, j, margin))
        ):
            break
        if not body:
            margin = min(margin, page.indent(j))
        body.append(j)
    return body


def _edit_tail(cleaned: Sequence[str], edit_at: int, text: str) -> bool:
    """Whether ``text`` ends the time of the edit's note on line ``edit_at`` (bs4 cuts
    ``edited 4 yr. ago`` in two: ``edited 4`` / ``yr. ago``)."""
    return edit_at >= 0 and ends_edit_note(cleaned[edit_at], text)


def _pingback(text: Sequence[str]) -> bool:
    """Whether a comment's text is a pingback's excerpt, elided at both ends (``[…] the Rahid
    quests […]``): another page linking here.

    >>> _pingback(["[…] see the quest list […]"]), _pingback(["I agree […] mostly."])
    (True, False)
    """
    return bool(text) and text[0].startswith(_EXCERPT) and text[-1].endswith(_EXCERPT)


_EXCERPT: Final = tuple(C.EXCERPT_MARKS)


#: A slashed date whose first two numbers could each be the month (``11/08/2020``).
_SLASHED: Final = re.compile(r"(?<![\d/.])(\d{1,2})/(\d{1,2})/(?:\d{4}|\d{2})(?![\d/])")


def _in_page_order(page: Page, value: date | None, text: str) -> date | None:
    """A comment time read month first from a slashed date (``Julia on 11/08/2020``), read
    day first when the page writes its numeric dates that way (``13/08/2020`` elsewhere, a
    German page): a thread writes all its dates one way.

    >>> from newsparse._page import Page
    >>> page = Page(lines=["Kathi on 13/08/2020"], tz=None, reference=None, defects=[], placement=[])
    >>> _in_page_order(page, date(2020, 11, 8), "Julia on 11/08/2020 at 9:52")
    datetime.date(2020, 8, 11)
    """
    if value is None or "/" not in text:
        return value
    m = _SLASHED.search(text)
    if m is None:
        return value
    first, second = int(m.group(1)), int(m.group(2))
    if not (value.month == first and value.day == second and second <= 12 and first != second):
        return value
    if page.day_first is None:  # (read once a page, and only when a date needs it)
        page.day_first = day_order(page.lines) is True
    if not page.day_first:
        return value
    return value.replace(month=second, day=first)


def _teasers(
    heads: list[tuple[int, str | None, int, Stamp | None]], cleaned: Sequence[str]
) -> bool:
    """Whether headers with a name and a time head a list of teasers, not a thread: there are
    several, and between too few of them and the next stands a sentence (``Staff Writer`` /
    ``3 hours ago`` / a headline)."""
    if len(heads) < MIN_RECORDS:
        return False
    prose = 0
    for k, (_, _, at, _) in enumerate(heads):
        stop = heads[k + 1][0] if k + 1 < len(heads) else len(cleaned)
        prose += any(reads_as_prose(cleaned[j]) for j in range(at + 1, stop) if cleaned[j])
    return prose < MIN_PROSE_SHARE * len(heads)


#: A heading is a short line: this many spaces at most.
_HEADING_SPACES: Final = 5


def _listed_under(cleaned: Sequence[str], junk: Sequence[bool], start: int, at: int) -> bool:
    """Whether the headers that begin at line ``at`` stand in a list of other articles: the
    first heading above them, below ``start``, is a teaser box's or a most-read list's
    (``Most read``, ``Related``, ``More from …``), not a comments heading (``20 thoughts on
    “…”``) or another closing one (``Vos réactions``, ``Post navigation``)."""
    for j in range(at - 1, start - 1, -1):
        text = cleaned[j]
        if not text or junk[j]:
            continue
        if cues.closing_count(text) or cues.comment_heading(text) is not None:
            return False
        if text.count(" ") <= _HEADING_SPACES and (
            cues.names_comments(text) or cues.ends_body(text)
        ):
            return LIST_HEADING.fullmatch(text) is not None and not cues.names_comments(text)
    return False


def _teaser_zone(zone: Zone, cleaned: Sequence[str], junk: Sequence[bool], start: int) -> bool:
    """Whether a zone is a list of other articles: it stands under such a list's heading
    (:func:`_listed_under`) and shows nothing only a thread shows (member cards, post numbers,
    reply buttons, profile lines, quoted posts, names that say they speak: a forum's
    ``Recommended Posts`` heads its posts)."""
    return _listed_under(cleaned, junk, start, zone.records[0].anchor) and not (
        zone.cards
        or _numbered(zone, cleaned)
        or _replied(zone, cleaned)
        or _profiled(zone)
        or _quoting(zone)
        or _saying(zone, cleaned)
    )


def _zone_below(
    page: Page,
    cleaned: Sequence[str],
    junk: Sequence[bool],
    start: int,
    known: ZoneSearch | None,
    found: TimeLines,
) -> Zone | None:
    """The comment zone below ``start`` (the ``known`` one, found for the body's end, when it
    lies below)."""
    heading = _heading_below(page, start)
    if known is not None and known.start <= start:
        if known.zone is None and heading is None:
            return None  # (none from higher up: none from here)
        if known.zone is not None and known.zone.start >= start:
            return known.zone
    return find_zone(page, cleaned, junk, start, found, heading=heading)


def _heading_below(page: Page, start: int) -> tuple[int, int | None] | None:
    """The comments heading claimed below ``start`` and the count it declares: a thread
    stands under it (see :func:`~newsparse._comment_zone.find_zone`)."""
    at = page.fields.comment_heading
    return (at, page.fields.comment_count) if at is not None and at >= start else None


#: A comment zone this long ends the article's body above it, wherever the body reader's run
#: stands (a Hacker News page is all thread); a shorter one is read only below the body.
_ZONE_CUTS_BODY: Final = 6


@attrs.frozen
class ZoneSearch:
    """A comment-zone search made below ``start`` for the body's end, kept for the comments'
    reading (which asks again): the zone found, and where it ends the article's body (``None``:
    it does not)."""

    start: int
    zone: Zone | None
    cut: int | None
    #: where the page's lines may hold a time (found once for every reader of the comments)
    lines: TimeLines


def comment_zone_start(
    page: Page, cleaned: Sequence[str], junk: Sequence[bool], start: int
) -> ZoneSearch:
    """The search for a comment thread found by its repeated header shape below ``start``, and
    where it ends the article's body: the best of the proposals of the cut rules of
    :data:`~newsparse._comment_start.CUT_RULES`, by the comment-start weights in force. The
    thread ends the body above it when it is long enough (:data:`_ZONE_CUTS_BODY`) and reads as
    comments: a shape the header reader does not read (:func:`_strong`), names that say they
    speak, or records that end in a reply button; or, however short, when a comments heading or
    a call to comment stands right above it. A thread without times ends the body at its
    heading (:func:`_timeless_cut`)."""
    found = time_lines(cleaned)
    zone = find_zone(page, cleaned, junk, start, found)
    proposers = _cut_proposers(page, cleaned, junk, start, found, zone)
    chosen = CUT_DECISION.elect(
        ((rule, proposers[rule]) for rule in CUT_RULES),
        lambda rule, p: _cut_facts(page, cleaned, junk, rule, p),
    )
    if chosen is None:
        return ZoneSearch(start, zone, None, found)
    cut = chosen[1]
    return ZoneSearch(start, cut.zone if cut.zone is not None else zone, cut.at, found)


def _cut_proposers(
    page: Page,
    cleaned: Sequence[str],
    junk: Sequence[bool],
    start: int,
    found: TimeLines,
    zone: Zone | None,
) -> dict[str, Callable[[], CutProposal | None]]:
    """What each cut rule proposes below ``start``, given the thread ``zone`` the shape search
    found there (asked when the ballot needs it)."""

    def under_heading() -> CutProposal | None:
        if zone is not None:
            return None  # (a thread found by its shape: its heading is weighed above it)
        headed, at = _zone_under_heading(page, cleaned, junk, start, found)
        return None if at is None else CutProposal(at, headed)

    def over(
        find: Callable[[Sequence[str], Sequence[bool], int], int | None],
    ) -> CutProposal | None:
        at = find(cleaned, junk, zone.start) if zone is not None else None
        return None if at is None else CutProposal(at, zone)

    def timeless() -> CutProposal | None:
        at = _timeless_cut(cleaned, junk, start)
        return None if at is None else CutProposal(at, None)

    return {
        "zone": lambda: (
            CutProposal(zone.start, zone)
            if zone is not None and _cuts_body(zone, cleaned)
            else None
        ),
        "under_heading": under_heading,
        "heading_over": lambda: over(_heading_over),
        "call_over": lambda: over(_call_over),
        "timeless_heading": timeless,
    }


def _cut_facts(
    page: Page, cleaned: Sequence[str], junk: Sequence[bool], rule: str, p: CutProposal
) -> CutFacts:
    """What the features of a cut rule's proposal read (see :class:`CutFacts`)."""
    records = len(p.zone.records) if p.zone is not None else 0
    declared = page.fields.comment_count
    return CutFacts(
        rule=rule,
        at=p.at,
        lines=len(cleaned),
        records=records,
        headed=cues.closing_heading(cleaned[p.at], bare=True) is not None
        or _heading_over(cleaned, junk, p.at) is not None,
        strong=p.zone is not None and _strong(p.zone),
        counted=declared is not None and records == declared,
    )


#: Kinds of evidence that make a short zone a thread all the same (see :func:`_cuts_body`): one
#: kind is also what a list of teasers or a dated menu may show; two are a thread's.
_SHORT_ZONE_EVIDENCE: Final = 2


def _cuts_body(zone: Zone, cleaned: Sequence[str]) -> bool:
    """Whether a zone reads as comments, so the article's body ends above it: a long one that
    shows one kind of evidence (a shape the header reader does not read, names that say they
    speak, or records that end in a reply button), or a short one that shows two (relative
    times, scores, names that say they speak, reply buttons, member cards with profile lines,
    quoted earlier posts), a Q&A page's answer cards or a forum's numbered posts."""
    said, replied = _saying(zone, cleaned), _replied(zone, cleaned)
    if zone.cards or _numbered(zone, cleaned):
        return True
    if len(zone.records) >= _ZONE_CUTS_BODY:
        return _strong(zone) or said or replied or _profiled(zone)
    # (a name beside its time is also the article's byline: no evidence in a short zone)
    # (a Q&A page's answer cards, ``answered …`` over a name, are evidence enough)
    relative, _, scored, _ = zone.shape
    kinds = (relative, scored, said, replied, _profiled(zone), _quoting(zone))
    return sum(kinds) >= _SHORT_ZONE_EVIDENCE


#: Why a zone's reader drops a member card's lines.
_CARD_REASONS: Final = frozenset({"member profile", "member card beside a comment's header"})


#: A forum post's number beside its time or on a line of its own (``#3``, lynx's ``[15]#3``),
#: or before it (``« Reply #3 on: March 03, 2021 »``), maybe in brackets (``(#61234567)``).
_POST_NO: Final = re.compile(r"(?:^|\s|\]|\()#(\d{1,9})\)?(?:$|\s)")


#: How far below a post's time its number may stand (bs4 puts it on the next line).
_NUMBER_BELOW: Final = 2


def _numbered(zone: Zone, cleaned: Sequence[str]) -> bool:
    """Whether every record of a zone (but one) carries a post number beside or under its time
    and the numbers rise (``#1``, ``#2``, ``#4``): a forum's posts, not teasers or a byline."""
    numbers: list[int] = []
    for r in zone.records:
        lines = range(r.anchor, min(r.anchor + _NUMBER_BELOW + 1, len(cleaned)))
        found = [m for j in lines if (m := _POST_NO.search(cleaned[j])) is not None]
        if found:
            numbers.append(int(found[0].group(1)))
    return len(numbers) >= max(MIN_RECORDS, len(zone.records) - 1) and all(
        a < b for a, b in itertools.pairwise(numbers)
    )


def _profiled(zone: Zone) -> bool:
    """Whether most of a zone's records stand under a member card (``Joined: Jun 2009``)."""
    carded = sum(any(why in _CARD_REASONS for _, why in r.dropped) for r in zone.records)
    return 2 * carded > len(zone.records)


def _quoting(zone: Zone) -> bool:
    """Whether a zone's records quote earlier ones (``alice wrote:``) in a forum's quote box."""
    return any(r.quoted for r in zone.records)


def _heading_over(cleaned: Sequence[str], junk: Sequence[bool], at: int) -> int | None:
    """The line of a comments heading right above line ``at`` (only blank lines or artefacts
    between), or ``None``: a thread under its heading ends the article's body, however short.
    Right over the thread, a count of any of the comments' nouns is its heading (``4
    комментария``, ``3 reacties``: elsewhere a site's header may show one over the headline)."""
    j = at - 1
    while j >= 0 and (not cleaned[j] or junk[j]):
        j -= 1
    if j < 0:
        return None
    if cues.closing_heading(cleaned[j], bare=True) is not None:
        return j
    counted = cues.comment_heading(cleaned[j])
    return (
        j
        if counted is not None
        and counted.counted
        and not counted.tail.strip(" :")
        and len(cleaned[j]) < cues.HEADING_CHARS
        else None
    )


#: A call to comment on a line of its own, maybe as lynx's button (``(BUTTON) Add a comment``).
_COMMENT_CALL: Final = re.compile(
    rf"(?:\(BUTTON\)\s*)?(?:{_alt(C.COMMENT_CALLS)})[.:!]?", re.IGNORECASE
)


def _call_over(cleaned: Sequence[str], junk: Sequence[bool], at: int) -> int | None:
    """The line of a call to comment (``Add a comment``) right above line ``at`` (only blank
    lines or artefacts between), or ``None``: the short thread under it is the page's, so the
    article's body ends there and no comment's time becomes the article's. (A button is a
    converter's artefact: it is looked at all the same.)"""
    for j in range(at - 1, -1, -1):
        if cleaned[j] and _COMMENT_CALL.fullmatch(cleaned[j]) is not None:
            return j
        if cleaned[j] and not junk[j]:
            return None
    return None


#: A comments heading over a thread without times is short (``4 Comments``, ``Kommentare``).
_TIMELESS_HEADING_CHARS: Final = 40


def _timeless_cut(cleaned: Sequence[str], junk: Sequence[bool], start: int) -> int | None:
    """The comments heading below ``start`` over a thread without times (see
    :func:`_timeless_records`), where the article's body ends: converters that put no blank
    line before the thread (inscriptis, BeautifulSoup) leave its heading inside the body's run."""
    for i in range(start, len(cleaned)):
        text = cleaned[i]
        if not text or junk[i] or len(text) >= _TIMELESS_HEADING_CHARS:
            continue
        if not (text[0] in cues.COUNT_FIRST or text[0].isdecimal()):
            continue  # (what a heading opens with: the cheap test first, as in _barrier_line)
        heading = cues.closing_heading(text, bare=True)
        if heading is not None and _timeless_under(cleaned, junk, i, heading.count):
            return i
    return None


def _zone_under_heading(
    page: Page, cleaned: Sequence[str], junk: Sequence[bool], start: int, found: TimeLines
) -> tuple[Zone | None, int | None]:
    """The thread under the first comments heading below ``start`` (``Reader Comments``,
    ``Kommentare (4)``) that has one (see :func:`~newsparse._comment_zone.find_zone`), and the
    heading's line, where the article's body ends; ``(None, None)`` when none has."""
    for i in found.lines_near(start, _STAMP_REACH):  # (a heading a thread follows)
        text = cleaned[i]
        if not text or junk[i] or len(text) >= cues.HEADING_CHARS:
            continue  # (a bare heading is a short line)
        heading = cues.closing_heading(text, bare=True)
        if heading is None:
            continue
        zone = find_zone(page, cleaned, junk, i + 1, found, heading=(i, heading.count))
        if zone is not None:
            return zone, i
    return None, None


def _strong(zone: Zone) -> bool:
    """A zone whose headers hold a relative time, a score or the name beside the time: the
    shapes the header reader does not read, so a longer thread of them wins over its reading
    (a run of dates under names is also how teasers with staff bylines look)."""
    relative, named, scored, _ = zone.shape
    return relative or named or scored or zone.cards


#: Why text inside a thread that no comment holds is reported.
_STRAY: Final = "text outside the article and its comments"


def _zone_comments(page: Page, cleaned: Sequence[str], zone: Zone, thread: Thread) -> None:
    """Add the records of a comment zone to the thread, placing or dropping each of its lines."""
    records = []
    for rec in zone.records:
        if _pingback([cleaned[j] for block in rec.text for j in block]):
            for j in (rec.head, rec.anchor, *(j for block in rec.text for j in block)):
                page.drop(j, "pingback")
        else:
            records.append(rec)
    targets = reply_targets(records)
    for k, rec in enumerate(records):
        for j, reason in rec.dropped:
            page.drop(j, reason)
        for j in rec.strays:
            page.defects.append(UnplacedText(line=j + 1, text=page.lines[j], reason=_STRAY))
            page.place(j, "defect")
        if (defect := rec.when.defect(rec.anchor, page.lines[rec.anchor])) is not None:
            page.defects.append(defect)
        at = rec.author_line if rec.author_line is not None else rec.anchor
        target = targets[k]
        if target is None and rec.answers:  # "Kristine → Bob": Bob's latest comment
            target = thread.by_author.get(rec.answers.lower())
        thread.add(
            author=rec.author,
            posted=_in_page_order(page, rec.when.value, rec.time_text),
            head=(at, rec.anchor),
            blocks=_texts(rec.text, cleaned),
            quoted=tuple(fold(" ".join(cleaned[j] for j in lines)) for _, lines in rec.quoted),
            reply_to=target,
        )
        for _, lines in rec.quoted:
            for j in lines:
                page.placement[j] = code_of(len(thread.comments) - 1, QUOTED)


def _unrepeated(
    heads: list[tuple[int, str | None, int, Stamp | None]],
    cleaned: Sequence[str],
    junk: Sequence[bool],
) -> list[tuple[int, str | None, int, Stamp | None]]:
    """The comment headers without those that quote an earlier comment: a reader who quotes
    one pastes its header too (``Name says:`` / ``November 19, 2019 at 12:28 pm``), first
    thing in their own comment. Such a header repeats an earlier one's author and time to the
    minute and follows a header with no text of its own; a comment posted twice (same author,
    same minute, after a text) stays two comments."""
    seen: set[tuple[str, datetime]] = set()
    out: list[tuple[int, str | None, int, Stamp | None]] = []
    for head in heads:
        author, when = head[1], head[3]
        if author and when is not None and isinstance(when.value, datetime):
            key = (author.casefold(), when.value)
            if (
                key in seen
                and out
                and not any(cleaned[j] and not junk[j] for j in range(out[-1][2] + 1, head[0]))
            ):
                continue
            seen.add(key)
        out.append(head)
    return out


def _texts(
    blocks: Sequence[Sequence[int]], cleaned: Sequence[str]
) -> list[tuple[Sequence[int], list[str]]]:
    """A comment's blocks of lines with their texts (without a converter's list bullets)."""
    return [(block, [_unbullet(cleaned[j]) for j in block]) for block in blocks]


def _unbullet(text: str) -> str:
    """A comment line without the list bullet a converter put before it."""
    m = _BODY_BULLET.match(text)
    return text[m.end() :] if m else text


def _groups(body: list[int], cleaned: Sequence[str]) -> list[list[int]]:
    """Split body line numbers into paragraphs at blank lines."""
    out: list[list[int]] = []
    prev = -2
    for j in body:
        if out and j == prev + 1:
            out[-1].append(j)
        elif out and all(not cleaned[x] for x in range(prev + 1, j)) and j - prev > 1:
            out.append([j])
        elif out:
            out[-1].append(j)
        else:
            out.append([j])
        prev = j
    return out


# --- comments whose time stands below their text ---------------------------------------------


def _footer_part(page: Page, text: str) -> tuple[str, object] | None:
    """What a line can be in a comment's footer: ``("button", None)``, ``("date", value)`` or
    ``("time", (hour, minute))``; ``None`` for any other line."""
    if len(text) > _FOOTER_PART_CHARS:
        return None
    if _BUTTON_LINE.fullmatch(text) and not text.strip("•☆* ").isdigit():
        return "button", None
    bare = text[m.end() :] if (m := _LEAD.match(text)) else text
    clock = clock_time(bare)  # (the second half of a footer's timestamp)
    if clock is not None:
        return "time", clock
    found = page.stamp(bare)
    if found is not None and found.value is not None:
        return "date", found.value
    return None


#: A part of a comment's footer (a button, its date or time) is this long at most.
_FOOTER_PART_CHARS: Final = 60


#: A comment footer: (its timestamp lines, its button lines, the time, whether it has a reply
#: button).
_Footer = tuple[list[int], list[int], date | None, bool]
#: A thread with footers: its footers and, for each, the lines of its comment.
_Footed = tuple[list[_Footer], list[list[int]]]


def _footers(page: Page, cleaned: Sequence[str], junk: Sequence[bool], start: int) -> list[_Footer]:
    """Comment footers after ``start``: runs of button, date and time lines (blank lines may
    sit between), each holding a date. One footer per comment: a button after its date, or a
    second date, opens the next. Returns ``(stamp lines, button lines, posted, has a button)``."""
    out: list[_Footer] = []
    n = len(cleaned)
    stamps: list[int] = []
    buttons: list[int] = []
    day: date | None = None
    clock: tuple[int, int] | None = None
    replies = 0
    gap = 0

    def close() -> None:
        nonlocal stamps, buttons, day, clock, replies
        if day is not None:
            posted: date = day
            if clock is not None and not isinstance(day, datetime):
                posted = datetime.combine(day, time(*clock), tzinfo=page.tz)
            out.append((stamps, buttons, posted, replies > 0))
        stamps, buttons, day, clock, replies = [], [], None, None, 0

    for i in range(start, n):
        text = cleaned[i]
        if not text or junk[i]:
            gap += 1
            if gap > 2 and (stamps or buttons):
                close()
            continue
        gap = 0
        part = _footer_part(page, text)
        if part is None:
            close()
            continue
        kind, value = part
        if kind == "button":
            if day is not None:
                close()
            buttons.append(i)
            replies += _REPLY_LINE.fullmatch(text) is not None
        elif kind == "date":
            if day is not None:
                close()
            assert isinstance(value, date)
            day = value
            stamps.append(i)
        elif day is not None and clock is None:
            assert isinstance(value, tuple)
            clock = value
            stamps.append(i)
        else:
            close()
    close()
    return out


def _footer_thread(page: Page, cleaned: Sequence[str], junk: Sequence[bool], start: int) -> _Footed:
    """The footers of a thread of comments whose header is the author's name alone and whose
    footer, below the text, holds the reply button and the time (``Name`` / text / ``reply`` /
    ``April 6, 2018`` / ``12:13 PM``), with the lines of each comment; nothing unless at least
    two footers stand after ``start`` and most have a reply button (dated teasers have none).
    The thread ends before a footer whose text holds a heading that ends an article
    (``Related stories``)."""
    replies = 0
    for j in range(start, len(cleaned)):
        text = cleaned[j]
        if len(text) < _REPLY_CHARS and text[:1] in _REPLY_FIRST and _REPLY_LINE.fullmatch(text):
            replies += 1
            if replies == 2:
                break
    else:
        return [], []  # fewer than two reply buttons: no such thread (the common case, cheap)
    footers = _footers(page, cleaned, junk, start)
    # dated lines before and after the thread (the article's date, related stories) are no
    # comment footers: the thread runs from the first footer with a reply button to the last
    replied = [k for k, f in enumerate(footers) if f[3]]
    if not replied:
        return [], []
    footers = footers[replied[0] : replied[-1] + 1]
    if len(footers) < 2 or 2 * len(replied) < len(footers):
        return [], []
    first = footers[0]
    regions: list[list[int]] = [_lead_region(cleaned, junk, start, min(first[0] + first[1]))]
    for prev, nxt in itertools.pairwise(footers):
        a = max(prev[0] + prev[1]) + 1
        b = min(nxt[0] + nxt[1])
        region = [j for j in range(a, b) if cleaned[j] and not junk[j]]
        if any(cues.ends_body(cleaned[j]) for j in region):
            break
        regions.append(region)
    footers = footers[: len(regions)]
    if len(footers) < 2:
        return [], []
    return footers, regions


#: A reply button's line (``Reply``, ``Antworten · 3``) is shorter than this.
_REPLY_CHARS: Final = 40


def footer_thread_start(
    page: Page, cleaned: Sequence[str], junk: Sequence[bool], start: int
) -> int | None:
    """The first line of a thread of comments with their time below the text (see
    :func:`_footer_thread`), or ``None``: the body of the article ends above it."""
    return _first_line(_footer_thread(page, cleaned, junk, start))


def _first_line(footed: _Footed) -> int | None:
    """The first line of a thread with footers, or ``None``."""
    _, regions = footed
    return regions[0][0] if regions and regions[0] else None


def _footer_comments(page: Page, cleaned: Sequence[str], footed: _Footed, thread: Thread) -> None:
    """Read the comments of a thread with footers (see :func:`_footer_thread`)."""
    footers, regions = footed
    for (stamp_lines, button_lines, posted, _), region in zip(footers, regions, strict=True):
        for j in button_lines:
            page.drop(j, "button label")
        text_lines = [j for j in region if not _BUTTON_LINE.fullmatch(cleaned[j])]
        if not text_lines:
            for j in stamp_lines:
                page.drop(j, "timestamp of an empty comment")
            continue
        author: str | None = None
        groups = _groups(text_lines, cleaned)
        if len(groups) > 1 and len(groups[0]) == 1 and _plausible_commenter(cleaned[groups[0][0]]):
            author = fold(cleaned[groups[0][0]])
            groups = groups[1:]
        at = text_lines[0]
        index = len(thread.comments)
        thread.add(
            author=author,
            posted=posted,
            head=(at, stamp_lines[0]),
            blocks=_texts(groups, cleaned),
        )
        for j in stamp_lines:
            thread.placement[j] = code_of(index, POSTED)


def _timeless_records(
    page: Page, cleaned: Sequence[str], junk: Sequence[bool], start: int
) -> list[tuple[int, list[int]]]:
    """The comments of a thread that shows no time, under the page's comments heading: each a
    name alone on its line, its text, and a reply button (``Fenella`` / text / ``Reply``), as
    ``(name line, text lines)``; none unless every stretch between the heading's next line and
    the last reply button reads so, there are :data:`_MIN_TIMELESS` or more and as many as the
    heading declares (when it counts)."""
    found = _timeless_heading(page, cleaned, junk, start)
    return [] if found is None else _timeless_under(cleaned, junk, *found)


def _timeless_under(
    cleaned: Sequence[str], junk: Sequence[bool], at: int, declared: int | None
) -> list[tuple[int, list[int]]]:
    """The comments of a thread without times under the heading on line ``at`` (see
    :func:`_timeless_records`)."""
    buttons = [j for j in range(at + 1, len(cleaned)) if _reply_button(cleaned, junk, j)]
    if len(buttons) < _MIN_TIMELESS:
        return []
    records: list[tuple[int, list[int]]] = []
    for a, b in itertools.pairwise([at, *buttons]):
        lines = [j for j in range(a + 1, b) if cleaned[j] and not junk[j]]
        if len(lines) < 2 or any(cues.ends_body(cleaned[j]) for j in lines):
            return []
        name, text = lines[0], lines[1:]
        if name_of_line(cleaned[name]) is None or not reads_as_prose(cleaned[text[0]]):
            return []
        records.append((name, text))
    return records if declared is None or declared == len(records) else []


def _timeless_heading(
    page: Page, cleaned: Sequence[str], junk: Sequence[bool], start: int
) -> tuple[int, int | None] | None:
    """The comments heading over a thread without times and the count it declares: the one the
    page claimed, else the first line of text from ``start`` when it is one."""
    if page.fields.comment_heading is not None:
        return page.fields.comment_heading, page.fields.comment_count
    j = start
    while j < len(cleaned) and (not cleaned[j] or junk[j]):
        j += 1
    heading = cues.closing_heading(cleaned[j], bare=True) if j < len(cleaned) else None
    return (j, heading.count) if heading is not None else None


#: A thread without times is read when it holds this many comments or more.
_MIN_TIMELESS: Final = 2


def _reply_button(cleaned: Sequence[str], junk: Sequence[bool], j: int) -> bool:
    """Whether line ``j`` is a reply button alone (``Reply``, ``Antworten``, lynx's
    ``[12]Reply``)."""
    text = _LINK_NUMBER.sub("", cleaned[j], count=1) if cleaned[j][:1] == "[" else cleaned[j]
    return (
        bool(text)
        and not junk[j]
        and len(text) < _REPLY_BUTTON_CHARS
        and text[:1] in _REPLY_FIRST
        and _REPLY_LINE.fullmatch(text) is not None
    )


#: A reply button's line is short (``Reply``, ``• Antworten``).
_REPLY_BUTTON_CHARS: Final = 40


def _timeless_comments(
    page: Page, cleaned: Sequence[str], junk: Sequence[bool], start: int, thread: Thread
) -> None:
    """Read the comments of a thread that shows no time (see :func:`_timeless_records`):
    ``reply_to`` from the names' indentation where the converter keeps it."""
    records = _timeless_records(page, cleaned, junk, start)
    parents = replies_by_depth(indent_depths([page.indent(name) for name, _ in records]))
    for (name, text), parent in zip(records, parents, strict=True):
        thread.add(
            author=name_of_line(cleaned[name]),
            posted=None,
            head=(name, name),
            blocks=_texts(_groups(text, cleaned), cleaned),
            reply_to=parent,
        )
        for j in range(name + 1, text[-1] + 2):
            if j < len(cleaned) and _reply_button(cleaned, junk, j):
                page.drop(j, "button label")


def _lead_region(cleaned: Sequence[str], junk: Sequence[bool], start: int, stop: int) -> list[int]:
    """The lines of the first footer comment, above ``stop``: text blocks upwards until a
    line that can be the commenter's name stands above one (that line is included), else the
    block right above the footer."""
    picked: list[int] = []
    nearest: list[int] = []
    j = stop - 1
    for _ in range(_LEAD_BLOCKS):
        while j >= start and (not cleaned[j] or junk[j]):
            j -= 1
        if j < start:
            break
        text = cleaned[j]
        if picked and _plausible_commenter(text):
            return [j, *picked]
        if _BUTTON_LINE.fullmatch(text) or cues.ends_body(text):
            break
        k = j
        while k > start and cleaned[k - 1] and not junk[k - 1]:
            k -= 1
        picked = [*range(k, j + 1), *picked]
        if not nearest:
            nearest = picked
        j = k - 1
    return nearest


#: The first footer comment's text is looked for in this many blocks above its footer at most.
_LEAD_BLOCKS: Final = 12
