"""Stage 2: recognisers for single lines (cue lines, bullets, labels), driven by the vocabulary.

Each function looks at one stripped line and says what it is; none of them knows where on the
page the line sits (that is the zoning stage's job).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime, tzinfo
from typing import Final, Literal

from newsparse import _authors
from newsparse import _cues as cues
from newsparse._dates import UNRESOLVED, find_date, labelled_date, published_after, read_timestamp
from newsparse._patterns import alternation as _alt
from newsparse.vocab import page as V

Moment = date | datetime
#: Which of an article's two dates a labelled date line gives.
DateKind = Literal["published", "updated"]


_DATE_LINE: Final = re.compile(
    rf"(?P<label>{_alt(V.PUBLISHED_LABELS + V.UPDATED_LABELS)})\s*[:：\-–—]?\s*(?P<rest>\S.*)",
    re.IGNORECASE,
)
_UPDATED: Final = frozenset(V.UPDATED_LABELS)
_PRINT_LINE: Final = re.compile(
    rf"(?:{_alt(V.PRINT_LINE_PREFIXES)})\s+(?P<rest>.+?)\.?", re.IGNORECASE
)


def _footer(prefixes: Sequence[str]) -> re.Pattern[str]:
    """A section footer's pattern: one of ``prefixes``, then the section's name."""
    return re.compile(rf"(?:{_alt(prefixes)})\s+(?P<section>\S.{{0,80}})", re.IGNORECASE)


_FOOTER: Final = _footer(V.SECTION_FOOTER_PREFIXES)
_SECTION_IN: Final = _footer(V.SECTION_IN_PREFIXES)
#: The marks of a bullet in the reference layout's lists (and its comments): the converters'
#: marks and dashes.
BULLETS: Final = cues.BULLET_MARKS + "–-"
_BULLET: Final = re.compile(rf"{cues.bullet_class('–-')}(?:\s+(?P<rest>.*)|$)")
_WIDGETS: Final = frozenset(V.WIDGET_LABELS)
_TAIL_FIRST_WORDS: Final = frozenset(
    phrase.split()[0]
    for phrase in (
        V.PRINT_LINE_PREFIXES
        + V.WIDGET_LABELS
        + V.COMMENT_HEADINGS
        + V.SECTION_FOOTER_PREFIXES
        + V.BUTTON_LABELS
    )
)
_BUTTONS: Final = frozenset(V.BUTTON_LABELS)
_NAME_WORD: Final = re.compile(r"[^\W\d_][\w.'’-]*", re.UNICODE)


def fold(text: str) -> str:
    """Runs of white space to one space, trimmed.

    Text that is already folded is returned as it is, without splitting it into words (a
    paragraph of a million words would otherwise cost a list of a million strings).

    >>> fold("  a\u00a0 b\tc ")
    'a b c'
    """
    # Every white-space character but the plain space is unprintable, so printable text
    # without a double space and not padded is already folded.
    if "  " in text or text[:1] == " " or text[-1:] == " " or not text.isprintable():
        return " ".join(text.split())
    return text


#: Text longer than this is lower-cased a piece at a time (see :func:`lowered`).
_LOWER_PIECE: Final = 1 << 16


def lowered(text: str) -> str:
    """``text.lower()``, a piece at a time for long text: ``str.lower`` sets aside twelve bytes a
    character of text beyond Latin-1 (room for a letter that lowers to three), so a page of
    megabytes would briefly cost ten times its size. The one letter whose lower case depends on
    its neighbours is the capital sigma (final ``ς`` or ``σ``, looked up across letters, never
    across a space): in text that has one, pieces end after a white-space character.

    >>> lowered("ΟΔΟΣ ΑΘΗΝΑΣ") == "ΟΔΟΣ ΑΘΗΝΑΣ".lower() == "οδος αθηνας"
    True
    """
    if len(text) <= _LOWER_PIECE or text.isascii():
        return text.lower()
    sigma = "\u03a3" in text
    pieces: list[str] = []
    start = 0
    while start < len(text):
        end = min(len(text), start + _LOWER_PIECE)
        if sigma and end < len(text):
            space = _SPACE.search(text, end)
            end = space.end() if space is not None else len(text)
        pieces.append(text[start:end].lower())
        start = end
    return "".join(pieces)


_SPACE: Final = re.compile(r"\s")


def date_line(
    line: str,
    *,
    tz: tzinfo | None,
    reference: datetime | None = None,
    day_first: bool | None = None,
) -> tuple[DateKind, Moment | None, str | None] | None:
    """``('published' | 'updated', value, None)`` for a labelled date line; ``(kind, None,
    reason)`` for a relative time (``Published: 3 hours ago``) that no ``reference`` time
    resolves; else ``None``.

    >>> date_line("Published: August 5, 2012", tz=None)
    ('published', datetime.date(2012, 8, 5), None)
    >>> date_line("Published: 3 hours ago", tz=None, reference=datetime(2024, 5, 2, 12, 0))
    ('published', datetime.datetime(2024, 5, 2, 9, 0), None)
    >>> date_line("Published: 3 hours ago", tz=None)[2]
    'a relative time and no reference time was given'

    An update's date set before the publication's on one line gives the publication's:

    >>> date_line("Updated May 3, 2024 Published May 2, 2024", tz=None)
    ('published', datetime.date(2024, 5, 2), None)

    ``day_first`` is the page's order of numeric dates (:class:`~newsparse._dates.DayOrder`):

    >>> date_line("Publicado: 02/05/2024", tz=None, day_first=True)
    ('published', datetime.date(2024, 5, 2), None)
    """
    m = _DATE_LINE.fullmatch(line)
    if m is None:
        return None
    value, problem = labelled_date(m.group("rest"), tz=tz, reference=reference, day_first=day_first)
    if value is None and problem is None:
        return None
    kind: DateKind = "updated" if m.group("label").lower() in _UPDATED else "published"
    if kind == "updated" and value is not None:
        published = published_after(m.group("rest"), tz=tz, day_first=day_first)
        if published is not None:
            return "published", published, None
    return kind, value, problem


def byline(line: str) -> tuple[str, ...] | None:
    """The names of a byline (``By Jane Doe and Omar Farouk``), else ``None``.

    >>> byline("By Jane Doe and Omar Farouk")
    ('Jane Doe', 'Omar Farouk')
    """
    return _authors.byline(line)


def dated_byline(
    line: str, *, tz: tzinfo | None, day_first: bool | None = None
) -> tuple[tuple[str, ...], Moment] | None:
    """The names and the date of a byline that carries its date after the names (``By Jane
    Doe, May 2, 2024``, ``By Jane Doe | May 2, 2024 at 10:00``, ``Par Jane Doe, le 2 mai 2024 à
    10h00``), else ``None``: the names are what :func:`byline` reads once the date and what
    joins it (a separator, an opener such as ``on`` or ``le``) are taken off. ``day_first``
    is the page's order of numeric dates.

    >>> dated_byline("By Jane Doe | May 2, 2024", tz=None)
    (('Jane Doe',), datetime.date(2024, 5, 2))
    >>> dated_byline("By Jane Doe, on May 2, 2024, in Leeds", tz=None) is None  # more than a date
    True
    """
    m = _authors.BYLINE.match(line)
    if m is None or len(line) > _BYLINE_MOST:
        return None
    rest = m.group("rest")
    found = find_date(rest, tz=tz, day_first=day_first)
    if found is None or rest[found[2] :].strip(_AFTER_DATE):
        return None
    names_part = _OPENER_TAIL.sub("", rest[: found[1]]).strip(_JOINING)
    names = byline(line[: m.start("rest")] + names_part) if names_part else None
    return (names, found[0]) if names else None


def date_alone(
    line: str,
    *,
    tz: tzinfo | None,
    reference: datetime | None = None,
    day_first: bool | None = None,
) -> tuple[Moment | None, str | None] | None:
    """A line that is wholly a date or a time, with no label (``March 3, 2021 at 10:00``, ``le
    mercredi 3 mars 2021``): ``(value, None)``; ``(None, reason)`` for a relative time that no
    ``reference`` time resolves (``3 hours ago``); else ``None``. ``day_first`` is the page's
    order of numeric dates.

    >>> date_alone("March 3, 2021 at 10:00", tz=None)
    (datetime.datetime(2021, 3, 3, 10, 0), None)
    >>> date_alone("3 hours ago", tz=None)[1]
    'a relative time and no reference time was given'
    >>> date_alone("Three hours in the rain", tz=None) is None
    True
    """
    value, problem = read_timestamp(line, reference=reference, tz=tz, day_first=day_first)
    if value is not None:
        return value, None
    return (None, problem) if problem == UNRESOLVED else None


#: A byline line is short; a longer line is running text.
_BYLINE_MOST: Final = 120
#: What may end a line after its date: a full stop, blanks.
_AFTER_DATE: Final = " ."
#: What joins a byline's names to its date: a separator and blanks.
_JOINING: Final = " ,;|-–—•·/"
#: An opener at the end of the names, before the date (``By Jane Doe on``, ``Par Jane Doe, le``).
_OPENER_TAIL: Final = re.compile(rf"\s(?:{_alt(V.DATE_OPENERS)})\s*$", re.IGNORECASE)


def looks_like_name(text: str) -> bool:
    """One to five words, the first capitalised, no digits (``Jane Doe``, ``j. von Hettlingen``)."""
    words = text.split()
    if not 1 <= len(words) <= 5 or not words[0][:1].isupper() or any(map(str.isdigit, text)):
        return False
    return all(_NAME_WORD.fullmatch(w) for w in words)


def print_line(line: str, *, tz: tzinfo | None) -> tuple[str, Moment | None] | None:
    """``(source, date)`` for a print line (``Published in The Daily, May 2nd, 2024.``).

    >>> print_line("Published in The Daily Star, May 2nd, 2024.", tz=None)
    ('The Daily Star', datetime.date(2024, 5, 2))
    """
    m = _PRINT_LINE.fullmatch(line)
    if m is None or len(line) > 160:
        return None
    rest = m.group("rest")
    found = find_date(rest, tz=tz)
    if found is None:
        return (rest, None) if len(rest) < 60 else None
    value, start, _ = found
    source = rest[:start].rstrip(" ,;-–—")
    return (source, value) if source else None


def comment_heading(line: str) -> int | bool | None:
    """The declared count of a bare comments heading (``Reader Comments (24)`` -> 24; a colon
    at most after it: :func:`~newsparse._cues.closing_heading` with ``bare``).

    ``None`` when the heading declares no count, ``False`` when the line is not a heading.

    >>> comment_heading("Reader Comments (24)"), comment_heading("Comments"), comment_heading("Nice")
    (24, None, False)
    """
    found = cues.closing_heading(line, bare=True)
    return False if found is None else found.count


def section_footer(line: str) -> str | None:
    """The section named by a footer (``More in Pakistan`` -> ``Pakistan``)."""
    m = _FOOTER.fullmatch(line)
    return fold(m.group("section")) if m else None


def section_named(line: str) -> str | None:
    """The section named by a footer that says it is one (``More in Politics`` -> ``Politics``;
    ``More from The Daily``, which names a publisher or a writer as often, is not).

    >>> section_named("More in Politics"), section_named("More from The Daily")
    ('Politics', None)
    """
    m = _SECTION_IN.fullmatch(line)
    return fold(m.group("section")) if m else None


#: Lynx marks the items of a list inside a list ``+``, and of a list inside that ``o`` (its
#: outer list's items ``*``): replies under a comment. Only with text after the mark: a lone
#: ``+`` is an expander or a sum.
_NESTED_ITEM: Final = re.compile(r"[+o]\s+(?P<rest>\S.*)")


def bullet(line: str) -> str | None:
    """The text after a list bullet (``• Jane`` -> ``Jane``; a lone bullet -> ``''``; lynx's
    marks of a nested list's items too: ``+ Jane``, ``o Jane`` -> ``Jane``).

    >>> bullet("• Jane"), bullet("•"), bullet("+ Jane"), bullet("o Jane"), bullet("+"), bullet("Jo")
    ('Jane', '', 'Jane', 'Jane', None, None)
    """
    if line[:1] in "+o":
        nested = _NESTED_ITEM.fullmatch(line)
        return nested.group("rest") if nested is not None else None
    if line[:1] not in BULLETS or not line:
        return None
    m = _BULLET.fullmatch(line)
    if m is None:
        return None
    return m.group("rest") or ""


def maybe_tail_cue(line: str) -> bool:
    """Whether a line could be a print line, widget or button label, comment heading or section
    footer: a cheap gate on the first word (of the first 32 characters, without trailing colons)
    before the patterns are tried.

    >>> maybe_tail_cue("Reader Comments (24)"), maybe_tail_cue("It rained all day.")
    (True, False)
    >>> maybe_tail_cue("Published: May 2"), maybe_tail_cue("24 comments"), maybe_tail_cue("Publishing")
    (True, True, False)
    """
    return _TAIL_CUE.match(line, 0, 32) is not None or line.lstrip()[:1].isdigit()


#: The first word of a tail cue line, with any colons after it (one pattern: a trie).
_TAIL_CUE: Final = re.compile(rf"\s*(?:{_alt(_TAIL_FIRST_WORDS)}):*(?:\s|\Z)", re.IGNORECASE)


def is_widget(line: str) -> bool:
    """A widget label (``Facebook Conversations``)."""
    return line.lower() in _WIDGETS


def is_button(line: str) -> bool:
    """A button label standing alone (``Reply``, ``Recommend``)."""
    return line.lower() in _BUTTONS


_LABELS_LONGEST_FIRST: Final = tuple(sorted(V.BUTTON_LABELS, key=len, reverse=True))
#: What may stand right before a glued label: sentence punctuation, closing marks, emoticons.
_GLUE_AFTER: Final = frozenset('.!?…)]"”’:;,~^')


def strip_buttons(text: str) -> tuple[str, list[str]]:
    """Remove button labels glued to the end of a comment (``…fulfilled…Recommend``).

    A label counts only when it is the whole text or follows sentence punctuation, so a
    comment that ends with the word *reply* in a sentence keeps it.

    >>> strip_buttons("man up. Recommend")
    ('man up.', ['Recommend'])
    >>> strip_buttons("I would like a reply")
    ('I would like a reply', [])
    """
    if not text[-16:].lower().endswith(_LABELS_LONGEST_FIRST):
        return text, []  # (the common case: no label at the end, one test in C)
    removed: list[str] = []
    while True:
        low = text[-16:].lower()
        for label in _LABELS_LONGEST_FIRST:
            if low.endswith(label):
                head = text[: len(text) - len(label)].rstrip()
                stacked = head.lower().endswith(_LABELS_LONGEST_FIRST)  # "Reply Report"
                if not head or head[-1] in _GLUE_AFTER or stacked:
                    removed.insert(0, text[len(head) :].strip())
                    text = head
                    break
        else:
            return text, removed
