"""Pages that open with their headline and go on with the article at once.

The reference layout of the SPEC, the pages :func:`~newsparse.render` writes, text extracts
and e-mailed articles: the first line is the headline, the cue lines (``Published: …``,
``By …``) and the standfirst stand in the blocks under it, each block below is a paragraph
down to the first line that ends a body (:func:`~newsparse._generic.block_body`, which the
real-page reader also reads a page without a run of prose with), and the tail goes through
the comment readers every page goes through (:func:`~newsparse._generic.read_tail`).
:func:`is_headline_first` tells such a page from a real page dump, whose menus, teasers and
widgets the real-page reader (:func:`~newsparse._generic.read_generic`) reads around.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Callable, Sequence
from typing import Final

import attrs

from newsparse import _cues as cues
from newsparse._authors import BYLINE
from newsparse._comments import Thread
from newsparse._dates import DayOrder
from newsparse._generic import Spans, block_body, is_junk, read_tail, text_blocks
from newsparse._lines import (
    byline,
    date_alone,
    date_line,
    dated_byline,
    fold,
    section_footer,
)
from newsparse._page import Page
from newsparse._patterns import alternation as _alt
from newsparse._text import BULLET_LEAD, is_long, is_notice, wordless
from newsparse._title import furniture_first, without_site_name
from newsparse.vocab import page as V

__all__ = ["LAYOUT_RULES", "Opening", "is_headline_first", "read_headline_first"]


#: A cue line of the reference layout: a labelled date or a byline.
_REFERENCE_CUE: Final = re.compile(
    rf"(?:{_alt(V.PUBLISHED_LABELS + V.UPDATED_LABELS)})\s*[:：]\s*\S|{BYLINE.pattern}",
    re.IGNORECASE,
)


@attrs.frozen
class Opening:
    """The top of a page as :func:`is_headline_first` reads it: its first line of text, the
    line after it, and the first three lines of text under it (within eleven lines)."""

    title: str
    next_text: str  # the first line of text in the three lines under the title ("" if none)
    following: tuple[str, ...]

    @classmethod
    def of(cls, lines: Sequence[str], title_at: int) -> Opening:
        near = next((line for line in lines[title_at + 1 : title_at + 4] if line), "")
        under = [line for line in lines[title_at + 1 : title_at + _OPENING_LINES] if line]
        return cls(lines[title_at], near, tuple(under[:3]))


#: The lines under the first one that the layout is read from.
_OPENING_LINES: Final = 12
#: A standfirst said again under the headline (an image caption) has this many letters at
#: least (not a row of empty share buttons, ``•`` / ``•``, nor two short labels).
_REPEATED_STANDFIRST_LETTERS: Final = 12


def _marked_title(o: Opening) -> bool:
    return (
        o.title.startswith(("#", "[", "!", "*", "•", "(", "-"))
        or "](" in o.title
        or len(o.title) > _TITLE_CHARS
        or is_junk(o.title)
    )


#: A first line longer than this is no headline.
_TITLE_CHARS: Final = 300


def _marked_first(o: Opening) -> bool:
    first = o.following[0]
    return "](" in first or is_junk(first) or BULLET_LEAD.match(first) is not None


def _body_at_once(o: Opening) -> bool:
    following = o.following
    return is_long(following[0]) and (
        len(following) < 2
        or is_long(following[1])
        or _REFERENCE_CUE.match(following[1]) is not None
    )


def _short_article(o: Opening) -> bool:
    first = o.following[0]
    return (
        first[-1] in ".!?"
        and first.count(" ") >= 2
        and not any("](" in line or is_junk(line) for line in o.following)
        and _goes_on(o.following[1:3])
    )


def _standfirst_twice(o: Opening) -> bool:
    following = o.following
    return (
        len(following) > 1
        and following[0].count(" ") >= 2
        and fold(following[0]) == fold(following[1])
        and sum(map(str.isalpha, following[0])) >= _REPEATED_STANDFIRST_LETTERS
    )


#: The layout decision as an ordered table: the first rule whose test holds gives the answer
#: (True: the page opens with its headline; False: a real page dump), with its reason; no rule
#: holding is a real page.
LAYOUT_RULES: Final[tuple[tuple[Callable[[Opening], bool], bool, str], ...]] = (
    (
        lambda o: is_notice(o.title) or is_notice(o.next_text),
        False,
        "a skip link, a cookie banner or a call to the reader opens a real page",
    ),
    (_marked_title, False, "Markdown, a bullet, an artefact or a run of text is no headline"),
    (lambda o: not o.following, True, "a headline alone"),
    (_marked_first, False, "Markdown, an artefact or a list under the first line: a menu"),
    (
        lambda o: (
            _REFERENCE_CUE.match(o.following[0]) is not None or byline(o.following[0]) is not None
        ),
        True,
        "a cue line under it: Published: …, By …",
    ),
    (_body_at_once, True, "the body at once: it goes on with more body or a cue"),
    (_short_article, True, "a short article: plain sentences under the headline"),
    (_standfirst_twice, True, "a standfirst under the headline, said again as a caption"),
)


def is_headline_first(lines: Sequence[str], title_at: int) -> bool:
    """True when the page starts with its headline and the article follows at once.

    In the reference layout the first line is the headline and the next line that is not
    blank is a cue line (``Published: …``, ``By …``), a standfirst repeated as a caption, or
    the first body paragraph. A site name, a menu, Markdown or converter artefacts there mean
    a real page dump, which :func:`~newsparse._generic.read_generic` reads. The rules are
    :data:`LAYOUT_RULES`, read in order (a page whose first line is a consent box's heading or
    an offer is a real page before any of them).

    >>> is_headline_first(["Rain at last", "", "By Jo Lee", "", "It rained."], 0)
    True
    >>> is_headline_first(["Gazette", "  * Home", "  * News", "", "Rain at last"], 0)
    False
    """
    if furniture_first(lines, title_at):
        return False
    opening = Opening.of(lines, title_at)
    return next((answer for test, answer, _ in LAYOUT_RULES if test(opening)), False)


def _goes_on(lines: Sequence[str]) -> bool:
    """True when the lines after a short article's first sentence go on as an article: more
    sentences, a cue line, up to a comments heading or a section footer (``More in Sport``),
    not a menu label such as ``Edit Profile``."""
    for line in lines:
        text = line.strip()
        if cues.closing_count(text) or cues.ends_body(text) or section_footer(text) is not None:
            return True
        if not (text[-1] in '.!?"”’»)…' or is_long(text) or _REFERENCE_CUE.match(text)):
            return False
    return True


def read_headline_first(page: Page, title_at: int) -> tuple[str, list[str], Thread]:
    """A page that opens with its headline: the header's cue lines and standfirst in the
    blocks under it, the body block by block down to the first line that ends it, and the
    tail through the comment readers every page goes through."""
    lines = page.lines
    n = len(lines)
    # (the site's name after a joint goes when the page shows it: a <title> first)
    title = without_site_name(fold(lines[title_at]), lines, title_at)
    page.place(title_at, "title")
    blocks = text_blocks(lines, title_at, n)
    k = _header(page, blocks, title_at)
    start = blocks[k][0] if k < len(blocks) else n
    del blocks  # one tuple per block of the page: not kept while the body is read
    paragraphs, body_end = block_body(page, lines, start)
    thread = Thread(
        article_paragraphs=paragraphs, stamp_of=page.stamp, placement=page.placement, lines=lines
    )
    read_tail(page, body_end, thread, headline_first=True)
    return title, paragraphs, thread


def _header(page: Page, blocks: Spans, title_at: int) -> int:
    """Read the header (date, byline, standfirst); return the index of the first body block."""
    lines = page.lines
    order = DayOrder(lines)  # (the page's order of numeric dates: 02/05/2024 on a Spanish page)
    subtitle: list[str] = []
    k = 0
    while k < len(blocks):
        first, end = blocks[k]
        start = title_at + 1 if k == 0 else first
        cue_lines = 0
        loose = array("q")  # (8 bytes a line: a block of a million lines holds no million ints)
        for i in range(start, end):
            line = lines[i]
            day_first = order.of(line)
            dated = date_line(line, tz=page.tz, reference=page.reference, day_first=day_first)
            if dated is not None:
                kind, value, problem = dated
                if value is not None:
                    page.set_date(kind, value, i)
                elif problem is not None:
                    page.unresolved(i, problem)
                cue_lines += 1
                continue
            names = byline(line)
            if names is not None and page.claim("authors", names, i):
                cue_lines += 1
                continue
            if _unlabelled_cue(page, i, day_first):
                cue_lines += 1
                continue
            loose.append(i)
        if k > 0 and cue_lines == 0:
            break
        # Lines beside the cue lines (or glued under the headline) are the standfirst, but
        # for lines of marks without a word (bullets, quote marks, rules).
        for i in loose:
            if wordless(lines[i]):
                page.drop(i, "marks without words")
                continue
            subtitle.append(lines[i])
            page.place(i, "subtitle")
        k += 1
    # A standfirst is often repeated next (an image caption): keep it once.
    if not subtitle and k + 1 < len(blocks):
        a, b = blocks[k], blocks[k + 1]
        if b[1] - b[0] == 1 and a[1] - a[0] == 1 and fold(lines[a[0]]) == fold(lines[b[0]]):
            subtitle.append(lines[a[0]])
            page.place(a[0], "subtitle")
            k += 1
    if subtitle:
        page.fields.subtitle = fold(" ".join(subtitle))
        while k < len(blocks):
            first, end = blocks[k]
            if fold(" ".join(lines[first:end])) != page.fields.subtitle:
                break
            for i in range(first, end):
                page.drop(i, "repeated standfirst (image caption)")
            k += 1
    return k


def _unlabelled_cue(page: Page, i: int, day_first: bool | None) -> bool:
    """Whether line ``i`` of the header is a cue without a label, read here: a byline that
    carries its date (``By Jane Doe | May 2, 2024``) or a date alone (``May 2, 2024 at 10:00``;
    a relative time that no reference time resolves is a defect that keeps the text), its
    numeric dates read in the page's order ``day_first``."""
    line = page.lines[i]
    dated = dated_byline(line, tz=page.tz, day_first=day_first)
    if dated is not None:
        if not page.claim("authors", dated[0], i):
            return False
        page.set_date("published", dated[1], i, place=False)  # (the line is the byline's)
        return True
    alone = date_alone(line, tz=page.tz, reference=page.reference, day_first=day_first)
    if alone is None:
        return False
    if alone[0] is not None:
        page.set_date("published", alone[0], i)
    else:
        page.unresolved(i, str(alone[1]))
    return True
