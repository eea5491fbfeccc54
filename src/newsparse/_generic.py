"""Finding the article inside a real page dump (menus, share buttons, link lists around it).

Pages that are not in the reference layout go through this stage. It works on evidence that
every converter keeps: the body is the densest run of long, sentence-like lines; the title is
the heading-like line closest before it, preferably one with a byline or a date just below it
(html2text's ``#`` headings, lynx's flush-left headings and BeautifulSoup's ``<title>`` first
line add weight); the byline and the date sit between the two; reader comments are the blocks
under repeated *author + timestamp* header lines. Every line the article does not use is kept
in the dropped boilerplate with the reason, never lost.
"""

from __future__ import annotations

import itertools
import re
from array import array
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Final, overload

import attrs

from newsparse import _cues as cues
from newsparse._authors import BYLINE
from newsparse._boilerplate import BLOCK_DECISION, BlockChoice, BlockFacts
from newsparse._comment_zone import TimeLines
from newsparse._comments import Thread
from newsparse._dates import find_date
from newsparse._defects import UnplacedText
from newsparse._generic_comments import (
    ZoneSearch,
    comment_zone_start,
    footer_thread_start,
    read_comments,
)
from newsparse._generic_header import header
from newsparse._lines import (
    BULLETS,
    fold,
    is_button,
    is_widget,
    maybe_tail_cue,
    print_line,
    section_footer,
    section_named,
)
from newsparse._list_comments import list_thread
from newsparse._memo import LIMIT, page_memo
from newsparse._patterns import alternation as _alt
from newsparse._settings import BODY, BodySettings, active_body
from newsparse._standfirst import (
    NO_STANDFIRST,
    SIGNS,
    STANDFIRST_DECISION,
    StandfirstFacts,
    StandfirstProposal,
)
from newsparse._text import (
    BULLET_LEAD,
    CJK_COUNTS,
    SENTENCE_END,
    has_notice,
    is_credit,
    is_long,
    is_notice,
    join_lines,
    text_weight,
    word_count,
    wordless,
)
from newsparse._title import (
    broken_for_width,
    cue_below,
    cue_holds,
    dated_above,
    find_title,
    title_text,
    without_site_name,
)
from newsparse.vocab import page as V

if TYPE_CHECKING:
    from datetime import date

    from newsparse._page import Page

    Moment = date

__all__ = [
    "RunEvidence",
    "Spans",
    "block_body",
    "is_junk",
    "read_generic",
    "read_tail",
    "run_evidence",
    "text_blocks",
    "tight_copy",
    "without_site_name",
]


# --- converter artefacts ------------------------------------------------------------------------

# (neither a link's text nor its address holds a "[": a failed match stops at the next link)
_MD_IMAGE: Final = re.compile(r"!\[[^\][]{0,300}\]\([^)\s[]{0,2000}(?:\s[^)]{0,200})?\)")
_MD_LINK: Final = re.compile(r"\[([^\][]{0,800})\]\([^)\s[]{0,2000}(?:\s[^)]{0,200})?\)")
_MD_LINK_TAIL: Final = re.compile(r"\]\([^)\s[]{0,2000}(?:\s[^)]{0,200})?\)")
_MD_EMPH: Final = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
# an emphasis html2text marks with single underscores around words (``the _Island Gazette_
# said``), a word and its mark (``_Beyond._``, ``_:_``) or one word after a word (``the _Trek_
# film``), not an underscore inside a word or a name (``snake_case``, ``a_b.jpg``, a user's
# ``_jk_`` opening a line); with the space html2text sets between it and a mark after it
# (``_Fantastic Beasts_ : A Review``)
_MD_ITALIC: Final = re.compile(
    r"(?:(?<![\w\\])_(?=[^\s_])([^_\n]{0,300}?\s[^_\n]{0,300}?|[^\s_]{0,60}[.,;:!?])"
    r"|(?<=[^\W\d_] )_([^\s_]{1,60}))(?<=[^\s_])_(?!\w)(?: (?=_?[:;,.!?]))?"
)
_MD_ESCAPE: Final = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>])")
_MD_HEADING: Final = re.compile(r"#{1,6}\s+")
# (``#12 Ann Roe``: a forum post's number and its writer's name, no artefact)
_JUNK_LINE: Final = re.compile(
    r"\(BUTTON\).*|IFRAME:.*|(?:[*+o•]\s+)?\[[^\]]{0,80}\]|_{3,}.*|\[\s*\]|[\[\]\s_|]+|#(?!\d{1,7}\s+[^\W\d])\w+.*|[━─—=\-_*~·•]{3,}"
)


# a teaser's closing link (``… Read now``) at the end of a block's text
_CALL_END: Final = re.compile(rf"\b(?:{_alt(V.TEASER_CALLS)})\W{{0,3}}$", re.IGNORECASE)
#: The characters that the case-blind ``_CALL_END`` takes for a call's last letter (``ſ`` is an
#: ``s`` to it).
_CALL_LAST: Final = frozenset(
    "".join(c.lower() + c.upper() for c in {call[-1] for call in V.TEASER_CALLS}) + "ſ"
)


def _ends_in_call(text: str) -> bool:
    """Whether ``_CALL_END`` finds a teaser's closing call in the text's last 30 characters.
    Only non-word characters (three, and a line break) follow the call, so the text's last
    word character is the call's last letter, among its last five: the cheap test first."""
    for ch in reversed(text[-5:]):
        if ch.isalnum() or ch == "_":  # (what ``\w`` takes for a word character)
            if ch not in _CALL_LAST:
                return False
            return _CALL_END.search(text[-30:]) is not None
    return False


_CJK_MARKS: Final = re.compile(r"[。，、；！？]")
# curly quotes to straight ones (a converter may print a headline's quotes two ways)
_QUOTES: Final = str.maketrans("‘’“”", "''\"\"")
# the first item of a list, bulleted or numbered (``1.`` or ``1)``)
_ITEM_START: Final = re.compile(rf"(?:{cues.bullet_class('+o-')}|\d{{1,3}}[.)])\s")


# a tag with an attribute after some text (``Win a trip! <div style="..."><img src="...``)
_TAG_TAIL: Final = re.compile(r"\s<[a-zA-Z][a-zA-Z0-9]{0,15}\s+[a-zA-Z-]{1,30}\s*=")


def _emphasised(found: re.Match[str]) -> str:
    """The words of an emphasis ``_MD_ITALIC`` found, without their underscores."""
    return found.group(1) if found.group(1) is not None else found.group(2)


#: The underscore that closes an emphasis ``_MD_ITALIC`` finds: after a mark or a letter, before
#: no letter.
_EMPHASIS_CLOSE: Final = re.compile(r"(?<=[^\s_])_(?!\w)")


def _may_close_emphasis(line: str) -> bool:
    """Whether an underscore past the line's first one could close an emphasis (the one
    ``_MD_ITALIC`` closes stands there, after the underscore that opens it). Most lines with
    an underscore hold none (an address, a file's name: ``snake_case``; 433 of the corpus's
    3,399 pass), and the pattern's failed tries, from each space of the line, cost more than
    the rest: the lines' emphases took 16 ms with this look, 35 ms without."""
    return _EMPHASIS_CLOSE.search(line, line.find("_") + 1) is not None


def clean(line: str) -> str:
    """A line without Markdown and link markup (what a reader would see).

    >>> clean("## [Rain at last](https://x.test/rain) **today**")
    'Rain at last today'
    """
    if "](" in line or "**" in line or "\\" in line or line.startswith(("#", "[")):
        # (each pattern only where the marks it needs stand: most lines have none of them)
        if "![" in line:
            line = _MD_IMAGE.sub("", line)
        if "](" in line:
            line = _MD_LINK.sub(r"\1", line)
        # a link whose text html2text broke over lines: "[ Title" ... "](/address)"
        tail = _MD_LINK_TAIL.match(line) if line.startswith("]") else None
        if tail is not None:
            line = line[tail.end() :]
        elif line.startswith("[") and "]" not in line:
            line = line[1:]
        if "**" in line or "__" in line:
            line = _MD_EMPH.sub(r"\2", line)
        if "\\" in line:
            line = _MD_ESCAPE.sub(r"\1", line)
        m = _MD_HEADING.match(line)
        if m:
            line = line[m.end() :]
    if "_" in line and _may_close_emphasis(line):  # (html2text's emphasis: ``_Island Gazette_``)
        line = _MD_ITALIC.sub(_emphasised, line)
    if "<" in line:  # raw HTML after the text (a tracking pixel): cut off
        tag = _TAG_TAIL.search(line)
        if tag is not None:
            line = line[: tag.start()]
    return line.strip()


#: What a converter artefact (``_JUNK_LINE``) can open with, but for white space.
_JUNK_FIRST: Final = frozenset("(I*+o•[_]|#━─—=-~·")


def is_junk(line: str) -> bool:
    if not (line[:1] in _JUNK_FIRST or line[:1].isspace()):
        return False  # (the first character tells for most lines)
    return _JUNK_LINE.fullmatch(line) is not None


_OPEN_NAME: Final = re.compile(r"(?:[*+o•]\s+)?\[[^\]\s]{20,}")


def _wrapped_image_names(lines: Sequence[str], junk: list[bool]) -> None:
    """Mark as artefacts the image names that lynx wraps over several lines: a line that opens
    ``[`` with a long name and no space, and the space-less lines after it up to the ``]``."""
    i, n = 0, len(lines)
    while i < n:
        if "[" not in lines[i] or _OPEN_NAME.fullmatch(lines[i]) is None or "://" in lines[i]:
            i += 1
            continue
        j = i + 1
        while j < n and j - i < 12 and lines[j] and " " not in lines[j] and "](" not in lines[j]:
            j += 1
            if "]" in lines[j - 1]:
                break
        else:
            i = j
            continue  # no closing bracket: not a wrapped name
        for k in range(i, j):
            junk[k] = True
        i = j


def _link_header(lines: Sequence[str], junk: list[bool]) -> None:
    """Mark as artefacts the lines that continue the list of the page's ``<link>`` names that
    lynx prints first (``#alternate Site » Feed Site » Comments Feed …``, wrapped over lines):
    the rest of the page's first block when its first line is such a list, and the block after
    it when that one ends in the links' ``rel`` names (``Page title prev next alternate`` /
    ``alternate``: the page's title among the names, not its headline)."""
    first = next((i for i, line in enumerate(lines) if line), -1)
    if first < 0 or not junk[first] or not lines[first].startswith("#"):
        return
    k = first + 1
    while k < min(len(lines), first + _LINK_HEADER_LINES) and lines[k]:
        junk[k] = True
        k += 1
    nxt = next((j for j in range(k, min(len(lines), k + 3)) if lines[j]), -1)
    if nxt < 0:
        return
    end = nxt
    while end < min(len(lines), nxt + _LINK_HEADER_LINES) and lines[end]:
        end += 1
    if _LINK_RELS_END.search(lines[end - 1]) is not None:
        for j in range(nxt, end):
            junk[j] = True


#: The lines lynx's list of ``<link>`` names takes at most.
_LINK_HEADER_LINES: Final = 6
#: A line that ends in ``<link>`` ``rel`` names (``… Comments Feed alternate alternate``).
_LINK_RELS_END: Final = re.compile(
    rf"(?:^|\s)(?:{_alt(V.LINK_RELS)})(?:\s+(?:{_alt(V.LINK_RELS)}))*\s*$"
)


_TAG: Final = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]{0,15}(?:\s[^<>]{0,1000})?/?>")
_OPEN_TAG: Final = re.compile(r"<[a-zA-Z][a-zA-Z0-9]{0,15}\s[^<>]{0,1000}")
_STARS: Final = re.compile(r"[*•\s]*")


def _markup(lines: Sequence[str], junk: list[bool]) -> None:
    """Mark as artefacts the lines of raw HTML that a page shows to readers without scripts
    (tracking pixels, ``<div ...><img ...>``): a line that starts with a tag, or has nothing but
    tags, and the lines of an unclosed tag's attributes below it, up to its ``>``."""
    inside = 0  # lines still allowed to an unclosed tag's attributes (0: not in a tag)
    for i, line in enumerate(lines):
        text = line
        if inside:
            junk[i] = True
            close = text.find(">")
            if close < 0:
                inside -= 1
                continue
            inside = 0
            text = text[close + 1 :]
        elif "<" not in text:
            continue
        start = _STARS.match(text)
        lead = text[start.end() :] if start else text
        rest = _TAG.sub("", text)
        unclosed = _OPEN_TAG.search(rest)
        if unclosed is not None:
            rest = rest[: unclosed.start()]
        if _TAG.match(lead) or _OPEN_TAG.match(lead) or (rest != text and not rest.strip()):
            junk[i] = True
            if unclosed is not None:
                inside = 8


def _punctuated(text: str) -> bool:
    """Prose has a comma or a full stop every few words; a menu run together has none (a
    paragraph of one long sentence has its full stop at the end: that one counts twice)."""
    marks = text.count(".") + text.count(",") + text.count(";") + text.count("!") + text.count("?")
    if text[-1] in ".!?":
        marks += 1
    if not text.isascii():
        marks += len(_CJK_MARKS.findall(text))
    return marks * BODY.words_a_mark >= word_count(text)


# --- blocks and the body --------------------------------------------------------------------


def _barrier_line(text: str) -> int:
    """2 for a comments heading, 1 for another heading that ends a body (or the page's
    copyright line), else 0."""
    if len(text) <= _HEADING_CHARS and text[0].isdigit() and cues.closing_count(text):
        return 2
    if len(text) <= _FOOTER_CHARS and cues.copyright_line(text):
        return 1
    if text.count(" ") < _HEADING_SPACES:
        if cues.closing_count(text):
            return 2
        if cues.ends_body(text):
            return 1
    return 0


#: A comments heading that opens with its count (``12 comments on "…"``) is this short at most ...
_HEADING_CHARS: Final = 120
#: ... a copyright line that ends a body this short (a paragraph that quotes a © is longer) ...
_FOOTER_CHARS: Final = 250
#: ... and any other closing heading has fewer spaces than this (a few words).
_HEADING_SPACES: Final = 5


def _site_footer(text: str) -> bool:
    """True for the site's legal footer line: a copyright that also reserves the rights
    (``© 2024 Gazette Media Ltd. All rights reserved.``), where a photo credit inside the
    article (``© 2024 Jane Doe``) reserves none."""
    return cues.copyright_line(text) and has_notice(text.lower())


def _inner_barrier(cleaned: Sequence[str], x: int) -> int:
    """:func:`_barrier_line` for a line inside a block, but for the rest of a hard-wrapped
    sentence (:func:`_continues`) and for an inline label that ends in a colon
    (``Related:`` / ``The ten strangest moons`` / more paragraph text)."""
    if _continues(cleaned, x):
        return 0
    found = _barrier_line(cleaned[x])
    if found == 1 and cleaned[x][-1] == ":" and x + 1 < len(cleaned) and cleaned[x + 1]:
        return 0
    return found


def _prose_after_menu(cleaned: Sequence[str], x: int) -> bool:
    """True when line ``x`` is a long line of prose right under three short lines that end no
    sentence (menu items, a name, a label): a page that BeautifulSoup runs together has its
    article start there (asked in a block of six lines or more: a byline, a date and a share
    row over the first paragraph are the article's header, kept with it)."""
    return (
        len(cleaned[x]) >= _PROSE_LINE_CHARS
        and is_long(cleaned[x])
        and all(
            cleaned[k] and len(cleaned[k]) < _TEASER_CHARS and cleaned[k][-1] not in SENTENCE_END
            for k in range(x - _MENU_LINES, x)
        )
    )


def _menu_after_prose(cleaned: Sequence[str], x: int) -> bool:
    """True when line ``x`` opens three short lines that end no sentence right under a long
    line of prose that ends one: the article's last paragraph, then a list of teasers. (Under
    a paragraph written on one line, a teaser's headline may be longer: no wrapped line of
    the paragraph follows it.)"""
    above = cleaned[x - 1]
    short = _UNWRAPPED_TEASER_CHARS if len(above) > _WRAP_WIDTH else _TEASER_CHARS
    return (
        len(above) >= _PROSE_LINE_CHARS
        and above[-1] in ".!?"
        and is_long(above)
        and x + _MENU_LINES <= len(cleaned)
        and all(
            cleaned[k] and len(cleaned[k]) < short and cleaned[k][-1] not in SENTENCE_END
            for k in range(x, x + _MENU_LINES)
        )
    )


#: A line of prose that a menu or a teaser list stands beside is this long at least ...
_PROSE_LINE_CHARS: Final = 80
#: ... the short lines that make the menu or the list are this many ...
_MENU_LINES: Final = 3
#: ... and a teaser's headline (or a menu item) is shorter than this ...
_TEASER_CHARS: Final = 40
#: ... or than this under a paragraph written on one line, longer than any converter's wrap
_UNWRAPPED_TEASER_CHARS: Final = 80
_WRAP_WIDTH: Final = 120


def _continues(cleaned: Sequence[str], x: int) -> bool:
    """True when line ``x`` goes on with the sentence of a long line above it that a converter
    wrapped (``... answered the minister's`` / ``comments.``): no heading, whatever it says."""
    above = cleaned[x - 1]
    return cleaned[x][0].islower() and len(above) >= _WRAPPED_CHARS and above[-1] not in ".!?:"


#: A line a converter wrapped is this long at least (a heading above a lower-case line is shorter).
_WRAPPED_CHARS: Final = 50


def _teasers(cleaned: Sequence[str], a: int, b: int, size: int) -> bool:
    """True for a tall block whose text is mostly in short lines (under 70 characters) of
    which hardly any ends a sentence or continues one in lower case: a list of teasers, not a
    paragraph (hard-wrapped prose has long lines, or ends and continues its sentences; the rows
    of a table or a list of dates carry figures)."""
    long = sum(len(cleaned[x]) for x in range(a, b) if len(cleaned[x]) >= 70)
    if 2 * long >= size:
        return False
    prose = sum(
        cleaned[x][-1] in SENTENCE_END
        or cleaned[x][-1] in ",;"
        or (x > a and (cleaned[x][0].islower() or cleaned[x][0] in ",.;:)"))
        for x in range(a, b)
    )
    figures = sum(any(c.isdigit() for c in cleaned[x]) for x in range(a, b))
    return prose * 4 < b - a and figures * 2 < b - a


def _doubled_lines(cleaned: Sequence[str], a: int, b: int) -> bool:
    """True for a block of two or more items (bulleted items with their wrapped lines, else
    lines) of which at least half say their text twice: a teaser list gives each headline as
    the image's text and again as the link's (``Title Title``, or the same line twice running,
    or an item's headline line twice above its summary)."""
    if b - a < 2:
        return False
    parts: list[list[str]] = []
    bulleted = BULLET_LEAD.match(cleaned[a]) is not None
    for x in range(a, b):
        m = BULLET_LEAD.match(cleaned[x])
        if m or not bulleted:
            parts.append([cleaned[x][m.end() :] if m else cleaned[x]])
        else:
            parts[-1].append(cleaned[x])
    entries = [" ".join(p) for p in parts]
    doubled = 0
    for k, text in enumerate(entries):
        half = len(text) // 2
        if (
            (k and text == entries[k - 1])
            or (
                half >= 10
                and (
                    text[:half] == text[half:]
                    or (text[half] == " " and text[:half] == text[half + 1 :])
                )
            )
            or (len(parts[k]) > 2 and len(parts[k][0]) >= 20 and parts[k][0] == parts[k][1])
        ):
            doubled += 1
    return doubled >= 2 and doubled * 2 >= len(entries)


def _repeated_line(cleaned: Sequence[str], a: int, b: int) -> bool:
    """True for a block that gives the same long line of words three times or more (an image's
    text on every teaser of a widget): prose never repeats a whole line (code may)."""
    if b - a < 3:
        return False
    long = [text for text in (cleaned[x] for x in range(a, b)) if len(text) >= 20]
    keys = [text[m.end() :] if (m := BULLET_LEAD.match(text)) else text for text in long]
    if len(set(keys)) > len(keys) - 2:
        return False  # no line three times, words or not (the common case: no letters counted)
    counts = Counter(
        key
        for text, key in zip(long, keys, strict=True)
        if 2 * sum(map(str.isalpha, text)) >= len(text)
    )
    return bool(counts) and max(counts.values()) >= 3


def _all_links(lines: Sequence[str], a: int, b: int, size: int) -> bool:
    """True for a block of Markdown whose text is nearly all link text: a row of teasers or a
    menu run together on one line (an article links a few words of its paragraphs)."""
    linked = 0
    for x in range(a, b):
        if "](" in lines[x]:
            line = _MD_IMAGE.sub("", lines[x])
            linked += sum(len(m.group(1).strip()) for m in _MD_LINK.finditer(line))
    return linked * 10 >= size * 8 and size > 0


def _headline(text: str) -> bool:
    """A headline of a teaser: four words or more, not ending a sentence."""
    return 3 <= text.count(" ") < 25 and text[-1] not in ".!:,;"


def _block_value(text: str, good: bool, listed: bool, height: int, s: BodySettings) -> float:
    """How much a block adds to a body run (its length when it is a paragraph), by the
    numbers of ``s``."""
    size = text_weight(text)
    if good:
        return float(size)
    if listed:
        return -s.listed_cost - s.listed_cost_a_line * height
    if text.count(" ") >= 3 and (text[-1] in SENTENCE_END or ". " in text):
        return s.short_prose_share * size  # a short paragraph or a sub-heading with punctuation
    return (
        -s.label_cost
        - s.label_cost_a_line * height
        - s.label_weight_share * min(size, s.label_weight_cap)
    )


def _rowed_below(texts: Sequence[str], good: Sequence[int], m: int) -> bool:
    """True when, among the twelve blocks below block ``m``, one short row of words that is
    not a paragraph comes three times, each time after a paragraph of its own (a share row
    under every teaser of a list; a headline that a teaser card gives twice comes in a row)."""
    seen: dict[str, int] = {}  # a row's text: how often it came after a paragraph
    prose = False  # a paragraph since the last row
    for k in range(m + 1, min(len(texts), m + 1 + _ROW_REACH)):
        text = texts[k]
        if good[k]:
            prose = True
        elif len(text) < _ROW_CHARS and text.count(" ") >= 1 and _barrier_line(text) == 0:
            if prose:
                seen[text] = seen.get(text, 0) + 1
                if seen[text] >= _ROW_TIMES:
                    return True
            prose = False
    return False


#: The blocks below a closing heading looked at for a repeated row ...
_ROW_REACH: Final = 12
#: ... a row (share buttons, a card's headline said twice) is shorter than this ...
_ROW_CHARS: Final = 60
#: ... and comes this many times, each after a paragraph, under a list of posts.
_ROW_TIMES: Final = 3


class Spans(Sequence[tuple[int, int]]):
    """``(first, end)`` pairs of line indices kept in one array (16 bytes a pair, where a list
    of tuples costs over 100: a page of a million blocks keeps no million tuples).

    >>> spans = Spans()
    >>> spans.append(0, 2); spans.append(4, 5)
    >>> len(spans), spans[1], list(spans), spans[-1]
    (2, (4, 5), [(0, 2), (4, 5)], (4, 5))
    """

    __slots__ = ("_at",)

    def __init__(self) -> None:
        self._at = array("q")

    def append(self, first: int, end: int) -> None:
        """Add the pair ``(first, end)``."""
        self._at.append(first)
        self._at.append(end)

    def __len__(self) -> int:
        return len(self._at) >> 1

    @overload
    def __getitem__(self, m: int) -> tuple[int, int]: ...
    @overload
    def __getitem__(self, m: slice) -> list[tuple[int, int]]: ...
    def __getitem__(self, m: int | slice) -> tuple[int, int] | list[tuple[int, int]]:
        if type(m) is int:
            # (a negative index counts pairs from the end as well: -1 reads the last two)
            at = self._at
            return at[2 * m], at[2 * m + 1]
        assert isinstance(m, slice)
        return [self[k] for k in range(*m.indices(len(self)))]

    def __iter__(self) -> Iterator[tuple[int, int]]:
        at = self._at
        return zip(itertools.islice(at, 0, None, 2), itertools.islice(at, 1, None, 2), strict=True)


def _blocks(cleaned: Sequence[str], junk: Sequence[bool]) -> Spans:
    """The blocks of non-blank, non-junk lines, as ``(first line, end)``.

    A heading that ends the body starts a block even when no blank line sets it off, as in
    BeautifulSoup dumps that run the whole page together. So no line of a block but its first
    is a barrier (:func:`_inner_barrier`), and a block's barrier is its first line's
    (:func:`_barrier_line`).
    """
    n = len(cleaned)
    blocks = Spans()
    i = 0
    while i < n:
        if not cleaned[i] or junk[i]:
            i += 1
            continue
        j = i + 1
        while (
            j < n
            and cleaned[j]
            and not junk[j]
            and not _inner_barrier(cleaned, j)
            and not _set_apart(cleaned, j)
            and not _caption_under_sentence(cleaned, j)
            # (each of these asks for a line of 80 characters first)
            and not (
                j - i >= _SPLIT_BLOCK_LINES
                and len(cleaned[j]) >= _PROSE_LINE_CHARS
                and _prose_after_menu(cleaned, j)
            )
            and not (len(cleaned[j - 1]) >= _PROSE_LINE_CHARS and _menu_after_prose(cleaned, j))
        ):
            j += 1
        blocks.append(i, j)
        i = j
    return blocks


#: A block run together (BeautifulSoup) is split where prose starts under a menu only when it
#: is this tall above that line (a byline, a date and a share row over the first paragraph
#: are the article's header, kept with it).
_SPLIT_BLOCK_LINES: Final = 6


@attrs.frozen
class RunEvidence:
    """What the body's run of blocks is chosen from, read once a page: the cleaned lines and
    their artefact flags, the blocks' features, and where the comments begin that the body
    ends above (a thread with its times under the texts; one found by its repeated record
    shape). A fit of the body's numbers (:mod:`newsparse._fit_body`) tries many settings on
    one reading."""

    cleaned: list[str]
    junk: list[bool]
    features: BlockFeatures
    footer_from: int | None
    zone: ZoneSearch

    def run(self, settings: BodySettings) -> list[int]:
        """The body's blocks under ``settings``: the best run's, less its boxes and bullets."""
        f = self.features
        return _body_blocks(
            f, _best_run(self.cleaned, f, self.footer_from, self.zone.cut, settings)
        )


def run_evidence(page: Page, title_guess: int) -> RunEvidence:
    """The evidence of a real page's body run, its artefacts dropped (``title_guess``: the
    page's first line of text, where the comments are looked for below)."""
    cleaned, junk = _clean_lines(page)
    f = _block_features(page, cleaned, junk)
    # comments with their time below the text (``Name`` / text / ``reply`` / date): the body
    # ends above the first of them once a body has been found
    footer_from = footer_thread_start(page, cleaned, junk, title_guess + 1)
    # a thread found by its repeated header shape (newsparse._comment_zone): the body ends above
    zone = comment_zone_start(page, cleaned, junk, title_guess + 1)
    return RunEvidence(cleaned, junk, f, footer_from, zone)


def read_generic(page: Page, title_guess: int) -> tuple[str, list[str], Thread]:
    """Read a real page dump: returns the title, the paragraphs and the comment thread.

    The stages: the lines cleaned (once), the blocks and their features (once), the body as the
    best run of blocks, the headline above it, the header around the headline, the paragraphs,
    the comments below. A page where that reading finds neither a body nor a thread is read
    again as a page without a run of prose (:func:`_read_stages`), block by block under its
    headline."""
    kept = len(page.defects)
    found = _read_stages(page, run_evidence(page, title_guess), title_guess)
    if not found[1] and not found[2].comments:
        page.restart(kept)
        found = _read_stages(page, run_evidence(page, title_guess), title_guess, runless=True)
    CJK_COUNTS.clear()  # (the page's texts are not kept past their reading)
    return found


def _read_stages(
    page: Page, evidence: RunEvidence, title_guess: int, *, runless: bool = False
) -> tuple[str, list[str], Thread]:
    """The title, the paragraphs and the thread of a real page read in stages: the body as the
    best run of blocks (none when ``runless``: then the body is read block by block under the
    header, :func:`block_body`), the headline above it, the header around the headline, the
    standfirst, the paragraphs, the comments below and the tail."""
    cleaned, junk, f, zone_search = (
        evidence.cleaned,
        evidence.junk,
        evidence.features,
        evidence.zone,
    )
    zone_from = None if runless else zone_search.cut
    body_blocks = [] if runless else evidence.run(active_body())
    if not body_blocks and zone_from is not None:  # a short article: all above its thread
        body_blocks = [m for m, (a, b) in enumerate(f.blocks) if title_guess < a and b <= zone_from]
    n = len(page.lines)
    body_start = f.blocks[body_blocks[0]][0] if body_blocks else n
    body_end = f.blocks[body_blocks[-1]][1] if body_blocks else n
    search_to = _title_reach(f, body_blocks, body_start)
    if zone_from is not None:  # (the headline stands above the comments)
        search_to, body_start = min(search_to, zone_from), min(body_start, zone_from)
    if runless:  # (nor is a comments heading, or a comment's head, a headline)
        search_to = body_start = _comments_start(page, cleaned, title_guess + 1, n)
    title, title_at = _read_title(
        page, cleaned, junk, search_to, title_guess, body_start, runless=runless
    )
    header_end = title_at
    if title_at >= 0:
        header_end = _read_header(page, cleaned, f, body_blocks, body_end, title_at, zone_search)
        header_end = _cue_under_standfirst(page, f, body_blocks, header_end)
    # (a headline found below the first paragraphs of the run, a repeat of the page's title
    # further down, does not cut the article above it; one with its byline right under it
    # does: what stands above it are teasers)
    head = title_at
    if title_at >= search_to and not (
        cue_below(cleaned, title_at, title_at + _BYLINED_REACH) >= _BYLINED_CUE
        and any(f.good[m] and f.blocks[m][0] > title_at for m in body_blocks)
    ):
        head = header_end = -1
    if head >= 0:
        _read_standfirst(page, cleaned, junk, head, header_end)
    # (the blocks' texts and features go once read: not kept while the body and the comments
    # are built)
    if runless:  # (the header's lines are placed: the body takes the lines they leave)
        del evidence, f
        start = _past_marks(page, max(head, title_guess - 1) + 1)
        paragraphs, body_end = block_body(page, cleaned, start)
        first_line = next((i for i in range(start, body_end) if cleaned[i]), body_end)
    else:
        paragraphs, first_line = _paragraphs(
            page, cleaned, f, body_blocks, title, head, header_end, threaded=zone_from is not None
        )
        del evidence, f
    thread = Thread(
        article_paragraphs=paragraphs,
        stamp_of=page.stamp,
        placement=page.placement,
        lines=page.lines,
    )
    if runless:
        _read_short_tail(page, (cleaned, junk), zone_search, body_end, thread)
    else:
        comments_from = body_end if zone_from is None else min(body_end, zone_from)
        read_comments(page, cleaned, junk, comments_from, thread, zone_search)
        _read_tail(page, cleaned, junk, min(first_line, body_end))
        _drop_unplaced(page, cleaned, 0, len(cleaned))
    return title, paragraphs, thread


def _read_short_tail(
    page: Page,
    cleaned_lines: tuple[list[str], list[bool]],
    zone: ZoneSearch,
    body_end: int,
    thread: Thread,
) -> None:
    """What stands around a short page's body: the lines above it no part took are dropped, the
    tail below is read as a headline-first page's (:func:`read_tail`)."""
    _drop_unplaced(page, cleaned_lines[0], 0, body_end)
    read_tail(page, body_end, thread, headline_first=True, cleaned_lines=cleaned_lines, zone=zone)


def _drop_unplaced(page: Page, cleaned: Sequence[str], start: int, stop: int) -> None:
    """Drop the lines of text in ``start:stop`` that no part took, with the reason."""
    for i in range(start, stop):
        if page.lines[i] and page.placement[i] is None:
            page.drop(i, _furniture_reason(cleaned[i]))


def _past_marks(page: Page, start: int) -> int:
    """The first line from ``start`` on with a word that no part took; the lines of marks
    without words on the way (bullets, quote marks, rules under a headline) are dropped."""
    lines = page.lines
    i = start
    while i < len(lines) and (not lines[i] or page.placement[i] is not None or wordless(lines[i])):
        if lines[i] and page.placement[i] is None:
            page.drop(i, "marks without words")
        i += 1
    return i


# --- a body read block by block --------------------------------------------------------------


def block_body(page: Page, texts: Sequence[str], start: int) -> tuple[list[str], int]:
    """The body read block by block from line ``start``: the lines of each block of text no
    part took make one paragraph (``texts``: each line's text), a lone widget's or button's
    label is dropped, down to the first line that ends a body (:func:`_ends_body`). Returns
    the paragraphs and that line (the page's length when none ends it). A page that opens
    with its headline is read so, and a real page with no run of prose."""
    lines = page.lines
    paragraphs: list[str] = []
    for first, end in text_blocks(lines, start, len(lines)):
        cut = next((k for k in range(first, end) if _ends_body(page, k)), None)
        free = [k for k in range(first, end if cut is None else cut) if page.placement[k] is None]
        if len(free) == 1 and (is_widget(texts[free[0]]) or is_button(texts[free[0]])):
            page.drop(free[0], "widget label" if is_widget(texts[free[0]]) else "button label")
        elif free:
            where = f"paragraphs[{len(paragraphs)}]"
            for k in free:
                page.place(k, where)
            paragraphs.append(fold(" ".join(texts[k] for k in free)))
        if cut is not None:
            return paragraphs, cut
    return paragraphs, len(lines)


def text_blocks(lines: Sequence[str], start: int, stop: int) -> Spans:
    """Runs of non-blank lines in ``lines[start:stop]`` as ``(first, end)`` index pairs."""
    out = Spans()
    i = start
    while i < stop:
        if not lines[i]:
            i += 1
            continue
        j = i + 1
        while j < stop and lines[j]:
            j += 1
        out.append(i, j)
        i = j
    return out


def _ends_body(page: Page, i: int) -> bool:
    """Whether line ``i`` ends a body read block by block: a print edition's line, a widget,
    a section footer, a comments heading (``6 thoughts on “…”``), or a list below the
    article's prose (a bulleted comment head, or a bullet alone)."""
    line = page.lines[i]
    if maybe_tail_cue(line) and (
        print_line(line, tz=page.tz) is not None
        or is_widget(line)
        or section_footer(line) is not None
        or cues.closing_count(line)
    ):
        return True
    return page.bulleted_head(i, len(page.lines)) is not False


def _furniture_reason(text: str) -> str:
    """Why a line no field took is dropped: a widget's or a button's label when it is one
    (``Facebook Conversations``, ``Recommend``), else page furniture."""
    if is_widget(text):
        return "widget label"
    if is_button(text):
        return "button label"
    return _FURNITURE


_FURNITURE: Final = "page furniture (navigation, links, widgets)"


def _read_tail(page: Page, cleaned: Sequence[str], junk: Sequence[bool], start: int) -> None:
    """The lines below the body that name the article's print edition (``Published in The
    Daily, May 2nd, 2024.``: the source, and the date when the header gave none) and its
    section (``More in Politics``, not ``More from WIRED``: a real page names its publisher or
    writer so); the first of each counts, and a line the comments took is theirs."""
    for i in range(start, len(cleaned)):
        text = cleaned[i]
        if not text or junk[i] or page.placement[i] is not None:
            continue  # (a blank line, an artefact, or a line already read)
        printed = print_line(text, tz=page.tz) if page.fields.source is None else None
        if printed is not None:
            page.claim("source", printed[0], i)
            if printed[1] is not None:
                page.set_date("published", printed[1], i)
        elif page.fields.section is None and (section := section_named(text)) is not None:
            page.claim("section", section, i)


def _clean_lines(page: Page, start: int = 0) -> tuple[list[str], list[bool]]:
    """Each line without its markup, and whether it is a converter artefact (dropped here, from
    line ``start`` on: the lines above it are read already)."""
    lines = page.lines
    cleaned = [clean(line) if line else "" for line in lines]
    junk = [bool(line) and (is_junk(line) or not cleaned[i]) for i, line in enumerate(lines)]
    _wrapped_image_names(lines, junk)
    _markup(lines, junk)
    _link_header(lines, junk)
    _drop_junk(page, junk, start)
    return cleaned, junk


def _drop_junk(page: Page, junk: Sequence[bool], start: int = 0) -> None:
    """Drop the converter artefacts from line ``start`` on."""
    for i in range(start, len(junk)):
        if junk[i]:
            page.drop(i, "converter artefact (button, frame, image or form field)")


def read_tail(
    page: Page,
    start: int,
    thread: Thread,
    *,
    headline_first: bool = False,
    cleaned_lines: tuple[list[str], list[bool]] | None = None,
    zone: ZoneSearch | None = None,
) -> None:
    """The comments and the rest of a page from line ``start`` on, read by the comment readers
    every page goes through, whatever layout its comments have (the reference layout's list,
    Disqus, WordPress, a forum's posts). Every line from ``start`` on is placed or dropped with
    its reason; below the body of a page that opens with its headline (``headline_first``)
    and holds no furniture (:func:`_furnished`), a line of text no part takes is reported as an
    :class:`UnplacedText` defect instead. ``cleaned_lines`` are the page's lines cleaned and
    their artefact flags, and ``zone`` the comment zone's search, when the reader has them (the
    artefacts dropped already)."""
    cleaned, junk = _clean_lines(page, start) if cleaned_lines is None else cleaned_lines
    if zone is None:
        zone = comment_zone_start(page, cleaned, junk, start)
    furnished = not headline_first or _furnished(page, zone.lines, start)
    read_comments(page, cleaned, junk, start, thread, zone, furnished=furnished)
    _read_tail(page, cleaned, junk, start)
    for i in range(start, len(cleaned)):
        if page.lines[i] and page.placement[i] is None:
            reason = _furniture_reason(cleaned[i])
            if furnished or reason != _FURNITURE:
                page.drop(i, reason)
            else:
                page.defects.append(UnplacedText(line=i + 1, text=page.lines[i], reason=_OUTSIDE))
                page.place(i, "defect")


def _furnished(page: Page, found: TimeLines, start: int) -> bool:
    """Whether the tail from line ``start`` on of a page that opens with its headline is a real
    page's (Disqus's, a forum's: widgets and forms around the comments): it holds a line with a
    comment's time (a print line's date aside) and no bulleted comment head."""
    return not list_thread(page, start, furnished=False) and any(
        i >= start and print_line(page.lines[i], tz=None) is None for i in found.times
    )


#: Why a line of a page without furniture that no part takes is reported.
_OUTSIDE: Final = "text outside the article and its comments"


@attrs.define
class BlockFeatures:
    """What the body reader knows of each block of the page, computed once: its text and its
    flags (kept a byte each: a page of a million blocks holds several of these lists)."""

    blocks: Spans
    #: each block's lines joined (blocks of the same text share one string)
    texts: list[str]
    #: opens with a list bullet
    bulleted: bytearray
    #: a teaser or a gallery caption said twice: left out of the body even inside its run
    asides: bytearray
    #: how many of its lines are list items
    items: list[int]
    #: a link list, a menu, a teaser list or another list of short items
    listy: bytearray
    #: reads as a paragraph of prose
    good: bytearray
    #: a cookie, sign-up or legal notice
    notice: bytearray
    #: a list a paragraph introduces with a colon, or a list of sentences (the article's own)
    introduced: bytearray
    #: a long paragraph that ends a full sentence
    strong: bytearray
    #: a timestamp block with another one close below (comment headers or teasers)
    stamped: bytearray


def _block_features(page: Page, cleaned: Sequence[str], junk: Sequence[bool]) -> BlockFeatures:
    blocks = _blocks(cleaned, junk)
    texts = _block_texts(cleaned, blocks)
    bulleted = bytearray([BULLET_LEAD.match(cleaned[a]) is not None for a, _ in blocks])
    bulleted_under = _under_lone_bullets(blocks, texts)
    asides = _asides(texts)
    # a block of several short list items is a link list, however long; long items are prose
    items = [
        int(first)  # (a block of one line: its bullet is the block's)
        if b - a == 1
        else sum(BULLET_LEAD.match(cleaned[x]) is not None for x in range(a, b))
        for (a, b), first in zip(blocks, bulleted, strict=True)
    ]
    for m in bulleted_under:  # (an item whose bullet stands alone above it: one item)
        bulleted[m], items[m] = True, max(items[m], 1)
    listy = _listy(page.lines, cleaned, blocks, texts, items, asides)
    s = BODY
    good = bytearray(
        [
            not ls
            and not (b and len(t) < s.bulleted_prose_chars)
            and (is_long(t) or (text_weight(t) > s.prose_weight and word_count(t) > s.prose_words))
            and (k >= 2 or t.count("•") + t.count(" | ") < 2)  # a menu row
            and _punctuated(t)
            and not is_notice(t)
            for t, b, ls, k in zip(texts, bulleted, listy, items, strict=True)
        ]
    )
    # a cookie, sign-up or legal notice counts against the run (only a block that would count
    # for it otherwise needs the look-up: a short paragraph with punctuation)
    notice = bytearray(
        [
            not g and t.count(" ") >= 3 and (t[-1] in SENTENCE_END or ". " in t) and is_notice(t)
            for t, g in zip(texts, good, strict=True)
        ]
    )
    # the first paragraph proper: long, with a full sentence
    strong = bytearray(
        [
            bool(g) and text_weight(t) >= s.strong_weight and t[-1] in '.!?"”’»…。！？」'
            for g, t in zip(good, texts, strict=True)
        ]
    )
    return BlockFeatures(
        blocks=blocks,
        texts=texts,
        bulleted=bulleted,
        asides=asides,
        items=items,
        listy=listy,
        good=good,
        notice=notice,
        introduced=_introduced(
            blocks,
            texts,
            good,
            bytearray(
                x or y
                for x, y in zip(
                    _sentence_lists(cleaned, blocks, items, notice),
                    _numbered_headings(blocks, texts, good),
                    strict=True,
                )
            ),
        ),
        strong=strong,
        stamped=_stamped(page, cleaned, blocks, texts, good),
    )


def _caption_under_sentence(cleaned: Sequence[str], x: int) -> bool:
    """Whether line ``x`` opens an image's caption or credit by its label (``Image copyright
    …``, ``Image caption …``) right under a line that ends a sentence: lynx sets a figure's
    caption under the paragraph above with no blank line; it starts a block of its own."""
    above = cleaned[x - 1]
    return above[-1] in _SENTENCE_CLOSE and _CAPTION_LABEL.match(cleaned[x]) is not None


#: What ends a sentence's line (its stop, a closing quote or bracket after it).
_SENTENCE_CLOSE: Final = frozenset('.!?…"”’)')
#: The label that opens an image's caption or credit line (``Image copyright``).
_CAPTION_LABEL: Final = re.compile(rf"(?:{_alt(V.CAPTION_OPENERS)})\s", re.IGNORECASE)


def _set_apart(cleaned: Sequence[str], x: int) -> bool:
    """Whether line ``x`` is a list item's bullet alone on its line over a blank line (its
    item below that): it starts a block of its own, not the end of the item above it (lynx
    sets a card's bullet right under the card before)."""
    return (
        len(cleaned[x]) <= _LONE_BULLET_CHARS
        and _LONE_BULLET.fullmatch(cleaned[x]) is not None
        and x + 1 < len(cleaned)
        and not cleaned[x + 1]
        and _LONE_BULLET.fullmatch(cleaned[x - 1]) is None  # (a row of bare bullets: a pager)
    )


def _under_lone_bullets(blocks: Spans, texts: Sequence[str]) -> list[int]:
    """The blocks right under a bullet alone on its line: a list item whose bullet lynx (or
    html2text) sets apart when the item holds a block (a teaser card's headline: ``*`` / blank
    / ``Storm closes the pier``), bulleted as its bullet says. Such items come two or more,
    their bullets between them (a bullet alone over one block is some widget's)."""
    n = len(blocks)
    lone = bytearray([_LONE_BULLET.fullmatch(t) is not None for t in texts])
    under = bytearray(
        [
            m > 0
            and lone[m - 1]
            and not lone[m]
            and blocks[m][0] - blocks[m - 1][1] <= _LONE_BULLET_GAP
            and BULLET_LEAD.match(texts[m]) is None  # (a list inside the item: its own bullets)
            for m in range(n)
        ]
    )
    return [
        m
        for m in range(n)
        if under[m] and ((m + 2 < n and lone[m + 1] and under[m + 2]) or (m >= 2 and under[m - 2]))
    ]


#: A list item's bullet (or number) alone on its line ...
_LONE_BULLET: Final = re.compile(rf"{cues.bullet_class('+o-')}|\d{{1,3}}\.")
#: ... stands this many blank lines above its item at most ...
_LONE_BULLET_GAP: Final = 2
#: ... and is this short (a bullet, or a number of three figures and its point).
_LONE_BULLET_CHARS: Final = 4


def _block_texts(cleaned: Sequence[str], blocks: Spans) -> list[str]:
    """Each block's lines joined; blocks of the same text share one string (a page of a
    thousand identical comment heads keeps one joined copy, not a thousand)."""
    shared: dict[str, str] = {}
    return [
        shared.setdefault(t, t)
        for t in (fold(cleaned[a]) if b - a == 1 else join_lines(cleaned[a:b]) for a, b in blocks)
    ]


def _asides(texts: Sequence[str]) -> bytearray:
    """The blocks left out of the body even inside its run: a teaser (a short block that ends
    in a link to read on: ``… may help. Read now``), a gallery that gives each caption twice,
    and a teaser card: a headline block said again inside the longer block above it (the
    image's text with its author, date and section, then the link's text): both blocks."""
    asides = bytearray(
        [
            (len(t) < _TEASER_CALL_CHARS and _ends_in_call(t))
            or (len(t) >= _TWICE_CHARS and _says_itself_twice(t))
            for t in texts
        ]
    )
    for m in range(1, len(texts)):
        below, above = texts[m], texts[m - 1]
        if (
            _CARD_HEADLINE_CHARS[0] <= len(below) < _CARD_HEADLINE_CHARS[1]
            and len(below) + _CARD_MORE_CHARS < len(above) < _CARD_CHARS
            and below.count(" ") >= 3
            and not is_long(below)
        ):
            # (only curly quotes change: ASCII text stays as it is)
            key = below if below.isascii() else below.translate(_QUOTES)
            if key in (above if above.isascii() else above.translate(_QUOTES)):
                asides[m] = asides[m - 1] = True
    return asides


#: A teaser that ends in a call to read on (``… Read now``) is shorter than this.
_TEASER_CALL_CHARS: Final = 500
#: A teaser card's headline said again under it is this long (at least, less than) ...
_CARD_HEADLINE_CHARS: Final = (20, 200)
#: ... the card above it longer by this many characters, and shorter than this (no paragraph).
_CARD_MORE_CHARS: Final = 10
_CARD_CHARS: Final = 400


def _listy(
    lines: Sequence[str],
    cleaned: Sequence[str],
    blocks: Spans,
    texts: Sequence[str],
    items: Sequence[int],
    asides: bytearray,
) -> bytearray:
    """The blocks that are lists, not prose: an aside; several short list items; a tall block
    of very short lines (BeautifulSoup puts each menu item on its own line: "Fox News" /
    "U.S." / "World" / …); a tall block of short lines that neither end a sentence nor go on
    with one (sponsored teasers: "Finding Cheap Flights is Now Easy" / "Undo" / ...); lines
    said twice or repeated; links only; a thread's pager. (The cheap tests first: each of these
    is a pure test, their order changes no answer.)"""
    s = BODY
    linked = any("](" in line for line in lines)  # (Markdown links: html2text's pages only)
    return bytearray(
        [
            bool(aside)
            or (k >= 2 and len(t) < s.list_item_chars * k)
            or (
                b - a >= s.tall_block
                and (len(t) < s.menu_line_chars * (b - a) or _teasers(cleaned, a, b, len(t)))
            )
            or (b - a >= 2 and _doubled_lines(cleaned, a, b))
            or (b - a >= 3 and _repeated_line(cleaned, a, b))
            or (linked and _all_links(lines, a, b, len(t)))
            or cues.page_counter(t)  # a thread's pager: "Seite 34 von 40 Erste ... Letzte"
            for k, t, (a, b), aside in zip(items, texts, blocks, asides, strict=True)
        ]
    )


def _introduced(
    blocks: Spans, texts: Sequence[str], good: bytearray, sentenced: bytearray
) -> bytearray:
    """The lists that a paragraph introduces with a colon: the article's (``Our picks:`` /
    ``1) …`` / ``2) …``), and the lists that go on with them, past a bare link or an image's
    name between two items (a shop's address); not a sign-up box's (a notice)
    nor a row of share buttons (few letters a line). A list whose items are sentences
    (``sentenced``, :func:`_sentence_lists`) is the article's too, introduced or not."""
    introduced = bytearray(len(blocks))
    # (the blocks read in turn: indexing a span costs a call, and every block is asked)
    for m, (a, b) in enumerate(blocks):
        if (
            m
            and not good[m]
            and _ITEM_START.match(texts[m]) is not None
            and sum(map(str.isalpha, texts[m])) >= 10 * (b - a)
        ):
            before = texts[m - 1]
            introduced[m] = (
                introduced[m - 1]
                or (m >= 2 and introduced[m - 2] and " " not in before)  # (a link between items)
                or (before[-1] == ":" and is_long(before) and not is_notice(before))
            )
    return bytearray(x or y for x, y in zip(introduced, sentenced, strict=True))


def _sentence_lists(
    cleaned: Sequence[str], blocks: Spans, items: Sequence[int], notice: bytearray
) -> bytearray:
    """The bulleted lists of sentences: two items or more, each a sentence or more of a few
    words that ends in its full stop, no ``...`` (``  • Cars must book a place a day ahead.``),
    its first line a wrapped sentence's, not a headline's over its summary. A teaser list's
    headlines, a menu's or a share row's labels end no sentence; a notice is no list of the
    article's."""
    return bytearray(
        [
            k >= 2 and not n and _items_are_sentences(cleaned, a, b)
            for (a, b), k, n in zip(blocks, items, notice, strict=True)
        ]
    )


def _numbered_headings(blocks: Spans, texts: Sequence[str], good: bytearray) -> bytearray:
    """The numbered sub-headings of a listicle: short one-line blocks that open with a number
    (``2. New fares in summer``), each over a paragraph, whose numbers go on one from the
    other (``1.`` … ``2.`` … ``3.``). A teaser list's or a comment thread's numbers stand over
    no paragraph, or each list starts again at ``1.``."""
    heads: dict[int, list[int]] = {}  # a heading's number: its blocks
    for m, (a, b) in enumerate(itertools.islice(blocks, max(len(blocks) - 1, 0))):  # (not the last)
        found = _NUMBERED_HEADING.match(texts[m]) if b - a == 1 and not good[m] else None
        if found is not None and len(texts[m]) < _HEADING_CHARS and good[m + 1]:
            heads.setdefault(int(found.group(1)), []).append(m)
    numbered = bytearray(len(blocks))
    for number, at in heads.items():
        if number - 1 in heads or number + 1 in heads:
            for m in at:
                numbered[m] = True
    return numbered


#: A numbered sub-heading: a number, its mark and a few words.
_NUMBERED_HEADING: Final = re.compile(r"(\d{1,3})[.)]\s+\S+(?:\s+\S+)+")


def _items_are_sentences(cleaned: Sequence[str], a: int, b: int) -> bool:
    """Whether every item of the bulleted lines ``a`` to ``b`` is a sentence
    (:func:`_sentence_lists`); read line by line, the first item that is none ends the look."""
    head = words = lines = 0  # the item's first line's length, its words and lines so far
    last = ""  # the item's last line so far
    for x in range(a, b + 1):
        m = BULLET_LEAD.match(cleaned[x]) if x < b else None
        if x == b or m is not None:
            if lines and not _is_sentence_item(head, lines, words, last):
                return False
            if m is not None:
                last = cleaned[x][m.end() :]
                head, words, lines = len(last), last.count(" ") + 1, 1
        elif lines:
            last = cleaned[x]
            words += last.count(" ") + 1
            lines += 1
    return True


def _is_sentence_item(head: int, lines: int, words: int, last: str) -> bool:
    """An item of a list of sentences: it ends in its full stop and has a few words; when it
    goes on over lines, its first line (``head`` characters long) is a wrapped sentence's,
    not a headline over a summary."""
    return (
        _ITEM_SENTENCE_END.search(last) is not None
        and words >= _ITEM_SENTENCE_WORDS
        and (lines == 1 or head >= _WRAPPED_CHARS)
    )


#: A list item that is a sentence ends in its full stop, a closing quote after it (a teaser's
#: headline may end in ``!``, ``?`` or a cut ``…``; a statement's item ends so seldom) ...
_ITEM_SENTENCE_END: Final = re.compile(r"[^.][.。][\"”’»)]?$")
#: ... and has this many words at least.
_ITEM_SENTENCE_WORDS: Final = 4


def _stamped(
    page: Page, cleaned: Sequence[str], blocks: Spans, texts: Sequence[str], good: bytearray
) -> bytearray:
    """The timestamp blocks with another one close below: comment headers or a list of teasers.
    (A block of short lines that ends in a line wholly a timestamp is a comment header even
    when, joined, it reads like a sentence: ``Name says:`` / ``31. Oktober 2023 um 15:15
    Uhr``; an embedded post's signature, "— Jane Doe (@jdoe) May 2, 2024", is the article's.)"""
    dated = bytearray(
        [
            not t.startswith(("—", "–"))
            and (
                (not g and len(t) < _DATED_BLOCK_CHARS and find_date(t) is not None)
                or (
                    b - a >= 2
                    and len(t) < _HEAD_LINE_CHARS * (b - a)
                    and page.stamp(cleaned[b - 1]) is not None
                )
            )
            for t, g, (a, b) in zip(texts, good, blocks, strict=True)
        ]
    )
    next_dated = len(blocks) + 99
    stamped = bytearray(len(blocks))
    for m in range(len(blocks) - 1, -1, -1):
        stamped[m] = bool(dated[m]) and next_dated - m <= BODY.stamps_apart
        if dated[m]:
            next_dated = m
    return stamped


#: A block that holds a date and is shorter than this is a comment's or a teaser's header ...
_DATED_BLOCK_CHARS: Final = 100
#: ... as is a block of lines this short on average that ends in a timestamp line.
_HEAD_LINE_CHARS: Final = 40


def _best_run(
    cleaned: Sequence[str],
    f: BlockFeatures,
    footer_from: int | None,
    zone_from: int | None,
    s: BodySettings = BODY,
) -> tuple[float, int, int] | None:
    """The body: the run of blocks with the largest total value (a maximum-sum segment, read in
    one pass), as (its value, its first block, its last block). Paragraphs count for their
    length, short sentences a little, menus, link lists and labels against; a related-links or
    comments heading closes any run."""
    blocks = f.blocks
    best: tuple[float, int, int] | None = None  # (score, first block, last block)
    run_score, run_first = 0.0, -1
    stamps_after = 0  # timestamp lines since the best run: three of them open the comments
    for m, (a, b) in enumerate(blocks):
        barrier = _barrier_line(cleaned[a])  # (the block's: see :func:`_blocks`)
        found = best is not None and best[0] >= s.body_found
        if (footer_from is not None and b > footer_from and found) or (
            zone_from is not None and b > zone_from
        ):
            break
        if (f.stamped[m] and not _teaser(f, m)) or barrier == 2:
            if found:
                stamps_after += f.stamped[m]
                if barrier == 2 or stamps_after >= s.stamps_open_comments:
                    break  # the comments (or teasers) begin: the article is above
            run_score, run_first = 0.0, -1
            continue
        if barrier and found and _site_footer(cleaned[a]):
            break  # the site's legal footer: nothing below it is the article's
        if barrier == 1 and found and run_first >= 0 and _rowed_below(f.texts, f.good, m):
            break  # "You may also like" over posts that each carry the same share row
        value = _run_value(cleaned, f, m, barrier, s)
        if run_first < 0:
            if value <= 0:
                continue
            run_score, run_first = 0.0, m
        run_score += value
        if run_score <= 0:
            run_score, run_first = 0.0, -1
        elif value > 0 and (best is None or run_score > best[0]):
            best = (run_score, run_first, m)
    return best


def _teaser(f: BlockFeatures, m: int) -> bool:
    """Whether a stamped block is a teaser in a list of links, counted against the run like
    any list item: a bulleted headline that ends in a date, a bulleted writer and date under a
    teaser's headline (``Storm closes the north pier`` / ``1. Jane Doe May 2, 2024``), or a
    date on a line of its own
    between two headlines, or between a headline and a section label (a comment's date follows
    its author's name of a word or three, and its text follows the date)."""
    a, b = f.blocks[m]
    return bool(
        (
            f.bulleted[m]
            and b - a <= _TEASER_LINES
            and (found := find_date(f.texts[m])) is not None
            and (
                f.texts[m][: found[1]].count(" ") >= _TEASER_HEADLINE_SPACES
                or (m > 0 and not f.good[m - 1] and _headline(f.texts[m - 1]))
            )
        )
        or (
            0 < m < len(f.blocks) - 1
            and len(f.texts[m]) < _TEASER_CHARS
            and _headline(f.texts[m - 1])
            and (_headline(f.texts[m + 1]) or _labelled(f, m + 1))
        )
    )


def _labelled(f: BlockFeatures, m: int) -> bool:
    """Whether block ``m`` is a teaser's section label with no summary under it, the next
    teaser's headline below (a list of posts each with its summary is a run of its own)."""
    return _label(f, m) and (m + 1 >= len(f.blocks) or not f.good[m + 1])


def _label(f: BlockFeatures, m: int) -> bool:
    """Whether block ``m`` is a teaser's section label (``CAR REVIEWS``, ``Auto news``): a
    line of a word or two of letters, no sentence (a comment's text under its date is one, a
    timestamp has figures)."""
    a, b = f.blocks[m]
    text = f.texts[m]
    return (
        b - a == 1
        and text.count(" ") < _LABEL_SPACES
        and text[-1] not in SENTENCE_END
        and all(c.isalpha() or c in " -&" for c in text)  # (no figure: no date, no time)
    )


#: A teaser's section label has fewer spaces than this.
_LABEL_SPACES: Final = 2
#: A bulleted teaser (its headline, its writer, its date) takes this many lines at most ...
_TEASER_LINES: Final = 3
#: ... and its headline before its date has this many spaces at least (a commenter's
#: name before a time has a few words).
_TEASER_HEADLINE_SPACES: Final = 6


def _run_value(
    cleaned: Sequence[str], f: BlockFeatures, m: int, barrier: int, s: BodySettings
) -> float:
    """What block ``m`` adds to the run it stands in, by the numbers of ``s``."""
    blocks = f.blocks
    a, b = blocks[m]
    if barrier:
        # the body goes on only if much more text follows, or when the heading is an inline
        # link label or box
        inline = not cues.copyright_line(cleaned[a]) and _inline_box(f, m)
        return s.inline_label_value if inline else s.barrier_value
    if f.introduced[m]:
        return float(text_weight(f.texts[m]))
    if not f.good[m] and 0 < m < len(blocks) - 1 and f.introduced[m - 1] and f.introduced[m + 1]:
        return 0.0  # (a bare link or an image's name between two items of the article's list)
    listed = bool(f.bulleted[m] or f.listy[m] or f.notice[m])
    return _block_value(f.texts[m], bool(f.good[m]), listed, b - a, s)


def _inline_box(f: BlockFeatures, m: int) -> bool:
    """Whether the closing heading of block ``m`` heads a box inside the article, with prose
    again below it: a linked headline on a line of its own, then any prose; or, right under a
    paragraph, a few links, one a line (under it, or in blocks of their own: ``Further
    reading`` / ``□ Banks favour the rules``), then a long paragraph."""
    blocks = f.blocks
    if (
        m + 2 < len(blocks)
        and blocks[m + 1][1] - blocks[m + 1][0] == 1
        and not f.good[m + 1]
        and f.good[m + 2]
    ):
        return True
    end = _box_end(f, m) if m > 0 and f.good[m - 1] else -1  # (prose above it too)
    return end >= 0


def _box_end(f: BlockFeatures, m: int) -> int:
    """The first block of prose below the closing heading of block ``m`` when only a box of
    :data:`~newsparse._settings.BodySettings.inline_box_links` links at most stands between
    (-1 when none does, or none stands between)."""
    blocks = f.blocks
    links = blocks[m][1] - blocks[m][0] - 1  # (bs4 runs a heading and its links together)
    k = m + 1
    while k < len(blocks) and not f.good[k]:
        # (a line a link, a block or a line apart; a bullet set apart from its link is none,
        # nor is a teaser's writer and day under its headline)
        if _LONE_BULLET.fullmatch(f.texts[k]) is None and not _teaser(f, k):
            links += blocks[k][1] - blocks[k][0]
        k += 1
    if not 0 < links <= BODY.inline_box_links or k == len(blocks):
        return -1
    return k


def _body_blocks(f: BlockFeatures, best: tuple[float, int, int] | None) -> list[int]:
    """The blocks of the best run that are the article's, each kept or dropped by the
    boilerplate weights in force (see :mod:`newsparse._boilerplate`: with the shipped ones,
    prose, a bulleted list a paragraph introduces, and other blocks but for bulleted ones,
    asides, marks and closing headings)."""
    if best is None:
        return []
    _, first, last = best
    boxed = _boxed(f, first, last)
    return [m for m in range(first, last + 1) if _kept(f, m, m in boxed)]


def _kept(f: BlockFeatures, m: int, boxed: bool) -> bool:
    """Whether block ``m`` of the body's run is kept (``boxed``: inside a box of links)."""
    text = f.texts[m]
    keep = BlockFacts(
        "keep",
        good=bool(f.good[m]),
        introduced_list=bool(f.introduced[m] and f.bulleted[m]),
        bulleted=bool(f.bulleted[m]),
        aside=bool(f.asides[m]),
        boxed=boxed,
        short=len(text) < _SHORTEST_BLOCK,
        closing=cues.ends_body(text),
        listy=bool(f.listy[m]),
        notice=bool(f.notice[m]),
        strong=bool(f.strong[m]),
        stamped=bool(f.stamped[m]),
        words=word_count(text),
    )
    at = f.blocks[m][0]
    offers = (
        ("keep", lambda: BlockChoice(at, True, text)),
        ("drop", lambda: BlockChoice(at, False, text)),
    )
    chosen = BLOCK_DECISION.elect(offers, lambda rule, _: keep if rule == "keep" else _DROP)
    return chosen is not None and chosen[1].keep


#: A block shorter than this many characters is no paragraph (a mark, a stray bracket).
_SHORTEST_BLOCK: Final = 3
#: What a "drop" choice's features read: nothing.
_DROP: Final = BlockFacts("drop")


def _boxed(f: BlockFeatures, first: int, last: int) -> set[int]:
    """The blocks of the run from ``first`` to ``last`` that are a box's links inside the
    article (see :func:`_box_end`)."""
    boxed: set[int] = set()
    for m in range(first, last + 1):
        if not f.good[m] and cues.ends_body(f.texts[m]):
            end = _box_end(f, m)
            boxed.update(range(m + 1, end if end >= 0 else m + 1))
    return boxed


def _title_reach(f: BlockFeatures, body_blocks: Sequence[int], body_start: int) -> int:
    """Where the headline is looked for up to: it may sit inside the first blocks of the run (a
    long title looks like a sentence), not below two full paragraphs (a sub-heading there is
    the article's own)."""
    search_to = body_start
    good_seen = strong_seen = 0
    for m in body_blocks:
        if f.good[m]:
            good_seen += 1
            if good_seen > 2:
                break
        search_to = f.blocks[m][1]
        strong_seen += f.strong[m]
        if strong_seen >= 2:
            break
    return search_to


def _read_title(
    page: Page,
    cleaned: Sequence[str],
    junk: Sequence[bool],
    search_to: int,
    title_guess: int,
    body_start: int,
    *,
    runless: bool = False,
) -> tuple[str, int]:
    """The headline and its last line (-1 when none), its lines placed. On a page with no
    run of prose (``runless``) a headline is taken only with its byline or a date right under
    it, or a date right over it on a page that opens with no ``<title>`` (nothing else says
    which heading-like line is the article's): else the page's first
    line is (BeautifulSoup's ``<title>``, a text extract's headline)."""
    lines = page.lines
    title_from, title_at = find_title(
        lines, cleaned, junk, search_to, title_guess, body_start, indents=page.indents
    )
    if (
        runless
        and 0 <= title_guess != title_at
        and not cue_holds(cleaned, title_at, min(body_start, title_at + _RUNLESS_CUE_REACH))
        and not dated_above(cleaned, title_at, title_guess)
    ):
        title_from = title_at = title_guess
    if title_at < 0:
        return "", title_at
    title = title_text(cleaned, title_from, title_at)
    title = without_site_name(title, cleaned, title_from) if title_from == title_at else title
    title = tight_copy(title, cleaned)
    # a heading hard-wrapped by w3m or lynx continues on the next line
    # (also when the heading opens the body run: then the short rest must end its block)
    nxt = title_at + 1
    if title_from == title_at and _wraps_onto(lines, cleaned, junk, title_at, body_start):
        title = fold(title + " " + cleaned[nxt])
        page.place(nxt, "title")
    for k in range(title_from, title_at + 1):
        if cleaned[k] and not junk[k]:
            page.place(k, "title")
    return title, title_at


#: A headline below the body's first paragraphs cuts the article above it when a byline as
#: strong as this (a labelled one) stands within these lines under it.
_BYLINED_CUE: Final = 13.0
_BYLINED_REACH: Final = 4
#: On a page with no run of prose, the headline's byline or date stands this many lines
#: under it at most.
_RUNLESS_CUE_REACH: Final = 6


def _wraps_onto(
    lines: Sequence[str], cleaned: Sequence[str], junk: Sequence[bool], at: int, body_start: int
) -> bool:
    """Whether a long headline line goes on on the next line (a short one, neither a sentence
    nor a byline nor a date, nor a notice: ``Skip to navigation`` under a <title>)."""
    nxt = at + 1
    n = len(lines)
    return (
        len(lines[at]) >= _WRAPPED_HEADLINE_CHARS
        and nxt < n
        and bool(cleaned[nxt])
        and not junk[nxt]
        and (nxt < body_start or nxt + 1 == n or not cleaned[nxt + 1] or junk[nxt + 1])
        and len(cleaned[nxt]) < _HEADLINE_REST_CHARS
        and not is_long(cleaned[nxt])
        and cleaned[at][-1] not in ".!?:"
        and cleaned[nxt][-1] != "."
        and BYLINE.match(cleaned[nxt]) is None
        and find_date(cleaned[nxt]) is None
        and not is_notice(cleaned[nxt])
        and broken_for_width(lines, at)
    )


#: A headline w3m or lynx wrapped is this long on its first line at least ...
_WRAPPED_HEADLINE_CHARS: Final = 70
#: ... and its rest on the next line shorter than this.
_HEADLINE_REST_CHARS: Final = 60


def _read_header(
    page: Page,
    cleaned: Sequence[str],
    f: BlockFeatures,
    body_blocks: Sequence[int],
    body_end: int,
    title_at: int,
    zone: ZoneSearch | None = None,
) -> int:
    """Read the byline and the dates around the headline; the last line of the header (the
    body starts below the byline and the date: a standfirst above them is not body). Nothing
    is read from where the comments begin: a comments heading, a bulleted comment head, or
    the thread found by its repeated shape; no byline either from a run of records below the
    headline too unsure to end the body (their names are commenters' or teasers' writers;
    their first time may be the article's own date)."""
    n = len(page.lines)
    first_strong = next(
        (f.blocks[m][0] for m in body_blocks if f.strong[m] and f.blocks[m][0] > title_at), n
    )
    # (no date is read past the body's start + 300 lines: the comments need looking for up
    # to there only)
    comments_from = (
        _comments_start(page, cleaned, body_end, min(n, first_strong + _DATES_REACH))
        if body_blocks
        else _comments_start(page, cleaned, title_at + 1, n)
    )
    if zone is not None and zone.cut is not None and zone.cut > title_at:
        comments_from = min(comments_from, zone.cut)
    names_from = comments_from
    if zone is not None and zone.zone is not None and zone.zone.start > title_at:
        names_from = min(names_from, zone.zone.start)
    # (nothing from where the comments begin is the header's: a commenter is no byline)
    header(page, cleaned, title_at, min(first_strong, comments_from), comments_from, names_from)
    return max(
        (
            i
            for i in range(title_at + 1, min(n, first_strong + 1))
            if page.placement[i] in ("authors", "published", "updated")
        ),
        default=title_at,
    )


def _cue_under_standfirst(
    page: Page, f: BlockFeatures, body_blocks: Sequence[int], header_end: int
) -> int:
    """The header's last line when the byline or the date the header read stands right under
    the run's first block below it, a block of sentences as short as a standfirst (the
    headline, its standfirst, then ``By Jane Doe``): that line; else ``header_end``. What
    stands above the byline is the header's, not the body's."""
    first = next((m for m in body_blocks if f.blocks[m][0] > header_end), None)
    if first is None:
        return header_end
    text = f.texts[first]
    if len(text) > _STANDFIRST_CHARS or _FULL_STOP.search(text) is None:
        return header_end
    end = f.blocks[first][1]
    return next(
        (
            i
            for i in range(end, min(len(page.lines), end + _CUE_UNDER_LINES))
            if page.placement[i] in ("authors", "published", "updated")
        ),
        header_end,
    )


#: A byline or a date under a standfirst stands this many lines below it at most (an image's
#: name or a blank line between).
_CUE_UNDER_LINES: Final = 4


def _paragraphs(
    page: Page,
    cleaned: Sequence[str],
    f: BlockFeatures,
    body_blocks: Sequence[int],
    title: str,
    head: int,
    header_end: int,
    threaded: bool = False,
) -> tuple[list[str], int]:
    """The article's paragraphs: the body blocks below the headline ``head`` and the header
    (kicker, standfirst, byline, date, caption or share row above the body are not), less
    captions, credits and repeats, their lines placed; and the first paragraph's first line
    (the page's length when there is none). On a page whose comment thread ends the body
    (``threaded``), a short article of sentences too short to be good paragraphs is read from
    its first sentence right under the header."""
    paragraphs: list[str] = []
    first_line = len(cleaned)
    kept: set[str] = set()  # the texts of the paragraphs kept so far (teasers repeat)
    seen: set[int] = set()  # their runs of words
    started = False
    short = threaded and not any(f.good[m] for m in body_blocks if f.blocks[m][1] > head + 1)
    box = _writers_box(f, body_blocks)
    for m in body_blocks[box:]:
        for i in range(*f.blocks[m]):
            if page.placement[i] is None:
                page.drop(i, "author's box under the article")
    for m in body_blocks[:box]:
        a, b = f.blocks[m]
        if b <= head + 1:
            continue
        opens = f.good[m] or (
            short
            and a - max(head, header_end) <= _SHORT_ARTICLE_REACH
            and _FULL_STOP.search(f.texts[m]) is not None
        )
        if not started and (not opens or b - 1 <= header_end):
            continue  # kicker, standfirst, byline, date, caption or share row above the body
        started = True
        free = [i for i in range(max(a, head + 1), b) if page.placement[i] is None]
        if not free:
            continue
        if len(free) == 1 and print_line(cleaned[free[0]], tz=page.tz) is not None:
            continue  # (the print edition's line, read with the tail)
        if f.items[m] >= 2:  # a list inside the article: its items without the bullets
            text = join_lines([_unbulleted(cleaned[i]) for i in free])
        else:
            text = f.texts[m] if len(free) == b - a else join_lines([cleaned[i] for i in free])
        key = text.lower() if len(text) >= _REPEAT_CHARS and text.count(" ") >= 3 else ""
        # the article again (a page may hold a hidden copy of it): most of its runs of six
        # words are in the paragraphs kept above
        runs = _word_runs(text)
        again = len(runs) >= _COPY_RUNS and 2 * sum(map(seen.__contains__, runs)) >= len(runs)
        if (
            again
            or (not f.good[m] and ((key and key in kept) or _furniture(text, title)))
            or (not f.good[m] and len(text) < _CALL_CHARS and is_notice(text))
            or cues.tag_line(text)
            or (len(text) < _CREDIT_CHARS and is_credit(text))
            or (len(text) < _CAPTION_CHARS and (_is_caption(text) or _credited(text)))
        ):
            for i in free:
                page.drop(i, "caption, credit or repeated line inside the body")
            continue
        kept.add(key)
        seen.update(runs)
        where = f"paragraphs[{len(paragraphs)}]"
        for i in free:
            page.place(i, where)
        first_line = min(first_line, free[0])
        paragraphs.append(text)
    return paragraphs, first_line


def _writers_box(f: BlockFeatures, body_blocks: Sequence[int]) -> int:
    """Where an author's box under the article begins among the body's blocks (their number
    when none does): a bio (``Jane Doe is a staff writer at …``) or a box heading (``About
    Jane Doe``, ``About the author``) over a bio or a paragraph that names the writer, with
    the name's line above it, and no paragraph of prose below but other writers' bios (a
    sentence of the article about a writer has the article's prose below it)."""
    for k, m in enumerate(body_blocks):
        name = cues.writer_bio(f.texts[m])
        about = cues.about_writer(f.texts[m]) if name is None else None
        if name is None and about is None:
            continue
        end = k + 1
        if about is not None:
            below = body_blocks[k + 1 : k + 1 + _BOX_BLOCKS]
            bio = next((j for j, n in enumerate(below) if _tells_of(f, n, about)), None)
            if bio is None:
                continue
            end += bio + 1
        if any(f.strong[n] and cues.writer_bio(f.texts[n]) is None for n in body_blocks[end:]):
            continue  # (the article's prose goes on below)
        if name and k and len(f.texts[body_blocks[k - 1]]) <= _NAME_LINE_CHARS:
            above = f.texts[body_blocks[k - 1]]
            k -= above.endswith(name) or name in above.split(" ", 1)[-1]
        return k
    return len(body_blocks)


def _tells_of(f: BlockFeatures, m: int, name: str) -> bool:
    """Whether block ``m`` is an author's bio, or a paragraph that names the writer ``name``
    of a box heading above it (``""``, a heading without a name: a short paragraph)."""
    if cues.writer_bio(f.texts[m]) is not None:
        return True
    text = f.texts[m]
    return bool(f.good[m]) and (
        name.rsplit(" ", 1)[-1] in text if name else len(text) <= cues.BIO_CHARS
    )


#: A box heading's bio stands this many blocks below it at most (the name's line between).
_BOX_BLOCKS: Final = 2
#: The line over a bio that gives the writer's name alone is this short at most.
_NAME_LINE_CHARS: Final = 60


#: A paragraph this long said again below is a repeat (a short line may recur in an article) ...
_REPEAT_CHARS: Final = 40
#: ... and one of this many six-word runs, most of them said above, is the article again.
_COPY_RUNS: Final = 20
#: A photo credit is shorter than this ...
_CREDIT_CHARS: Final = 150
#: ... and a caption shorter than this (a longer paragraph that names a picture is prose).
_CAPTION_CHARS: Final = 500
#: A call to the reader inside the run (``Like this story? Share it with a friend!``) is a
#: notice shorter than this: a longer block that names a sign-up or its terms is the article's.
_CALL_CHARS: Final = 120


#: A short article's first sentence stands this close under its headline or header (a lone
#: sentence far down a page is a widget's).
_SHORT_ARTICLE_REACH: Final = 8
#: A standfirst is a sentence or more: at least this many words.
_STANDFIRST_WORDS: Final = 5
#: ... and at most this many characters (a longer text under the headline is body or teaser).
_STANDFIRST_CHARS: Final = 400
#: A standfirst ends as a sentence does (a kicker or a teaser's headline does not).
_FULL_STOP: Final = re.compile(r"[.!?…。！？][\"”’»)]?$")
#: A line this short that holds a date is a date line the header did not read, not a standfirst.
_DATE_LINE_CHARS: Final = 80


def _read_standfirst(
    page: Page, cleaned: Sequence[str], junk: Sequence[bool], head: int, header_end: int
) -> None:
    """The standfirst: the best of the blocks the headline ``head`` and the header's cue lines
    (byline, dates) leave between them, or glued under the last of them (``header_end``), of
    the first block under a header without cue lines that the next block says again, and of
    none, by the standfirst weights in force (see :mod:`newsparse._standfirst`: with the
    shipped ones, the first block of plain sentences, see :func:`_standfirst_signs`); a block
    below that says it again (an image caption) goes. A block the header does not reach is
    body: the article's first paragraph may be a sentence as short."""
    if page.fields.subtitle is not None:
        return
    n = len(cleaned)
    stop = header_end + 1
    while stop < n and cleaned[stop]:
        stop += 1  # (the lines glued under the last cue line)
    blocks = [
        (
            "glued" if i == header_end + 1 and header_end > head else "under_headline",
            StandfirstProposal(i, end, join_lines(list(cleaned[i:end]))),
        )
        for i, end in _loose_blocks(page, cleaned, junk, head + 1, stop)
    ]
    rank = {p.at: k for k, (_, p) in enumerate(blocks)}
    offers: list[tuple[str, Callable[[], StandfirstProposal | None]]] = [
        (rule, _offered(p)) for rule, p in blocks
    ]
    if header_end == head:
        offers.append(("said_twice", lambda: _said_twice(page, cleaned, junk, stop)))
    offers.append(("none", _offered(NO_STANDFIRST)))
    chosen = STANDFIRST_DECISION.elect(
        offers, lambda rule, p: _standfirst_facts(cleaned, head, rule, p, rank.get(p.at, 0))
    )
    if chosen is None or chosen[0] == "none":
        return
    rule, taken = chosen
    text = fold(taken.text)
    if page.claim("subtitle", text, taken.at):
        for k in range(taken.at + 1, taken.end):
            page.place(k, "subtitle")
        _drop_repeat(page, cleaned, taken.end if rule == "said_twice" else stop, text)


def _offered(proposal: StandfirstProposal) -> Callable[[], StandfirstProposal]:
    """The offer of a proposal made already."""
    return lambda: proposal


def _standfirst_facts(
    cleaned: Sequence[str], head: int, rule: str, p: StandfirstProposal, order: int
) -> StandfirstFacts:
    """What the features of a standfirst proposal read (see
    :class:`~newsparse._standfirst.StandfirstFacts`)."""
    if rule == "none":
        return StandfirstFacts(rule, 0, 0, 0, (False,) * len(SIGNS), False)
    again = _block_at(cleaned, p.end)
    repeated = again is not None and fold(join_lines(list(cleaned[again[0] : again[1]]))) == fold(
        p.text
    )
    return StandfirstFacts(
        rule=rule,
        order=order,
        below_headline=p.at - head,
        words=word_count(p.text),
        signs=_standfirst_signs(p.text, short=rule == "glued"),
        repeated=repeated,
    )


def _said_twice(
    page: Page, cleaned: Sequence[str], junk: Sequence[bool], start: int
) -> StandfirstProposal | None:
    """The first block below ``start`` when the next block says it again (the same words as
    the image's caption): a standfirst under a header without cue lines."""
    first = _block_at(cleaned, start)
    if first is None or any(junk[k] or page.placement[k] is not None for k in range(*first)):
        return None
    text = fold(join_lines(list(cleaned[first[0] : first[1]])))
    again = _block_at(cleaned, first[1])
    if again is None or fold(join_lines(list(cleaned[again[0] : again[1]]))) != text:
        return None
    return StandfirstProposal(first[0], first[1], text)


def _block_at(cleaned: Sequence[str], start: int) -> tuple[int, int] | None:
    """The first block of lines at or below ``start`` as ``(first, end)``, or ``None``."""
    i = start
    while i < len(cleaned) and not cleaned[i]:
        i += 1
    end = i
    while end < len(cleaned) and cleaned[end]:
        end += 1
    return (i, end) if i < end else None


def _loose_blocks(
    page: Page, cleaned: Sequence[str], junk: Sequence[bool], start: int, stop: int
) -> Iterator[tuple[int, int]]:
    """The runs of lines in ``[start, stop)`` that no field has claimed and that are no
    artefact, as ``(first, end)``."""
    i = start
    while i < stop:
        if not cleaned[i] or junk[i] or page.placement[i] is not None:
            i += 1
            continue
        end = i + 1
        while end < stop and cleaned[end] and not junk[end] and page.placement[end] is None:
            end += 1
        yield i, end
        i = end


def _standfirst_signs(text: str, *, short: bool = False) -> tuple[bool, ...]:
    """The signs of a standfirst ``text`` shows, in the order of
    :data:`~newsparse._standfirst.SIGNS`: a sentence or two (at most
    :data:`_STANDFIRST_CHARS`), ending as a sentence ends, no row of bulleted links, no date
    line, enough words (a ``short`` one, glued under the byline or the date where nothing else
    stands, may have fewer than :data:`_STANDFIRST_WORDS`), and no notice, credit or
    caption."""
    return (
        len(text) <= _STANDFIRST_CHARS,
        _FULL_STOP.search(text) is not None,
        not BULLET_LEAD.match(text) and not any(mark in text for mark in cues.BULLET_MARKS),
        len(text) > _DATE_LINE_CHARS or find_date(text) is None,
        short or word_count(text) >= _STANDFIRST_WORDS,
        not is_notice(text) and not is_credit(text) and not _is_caption(text),
    )


def _drop_repeat(page: Page, cleaned: Sequence[str], start: int, standfirst: str) -> None:
    """Drop the next block below ``start`` when it says the standfirst again (a caption)."""
    block = _block_at(cleaned, start)
    if block is not None and fold(join_lines(list(cleaned[block[0] : block[1]]))) == standfirst:
        for k in range(*block):
            page.drop(k, "repeated standfirst (image caption)")


#: How far past the body's start the header reader looks for a labelled date line (as
#: :func:`~newsparse._generic_header.header` does).
_DATES_REACH: Final = 301


def _comments_start(page: Page, cleaned: Sequence[str], start: int, stop: int) -> int:
    """The first line in ``start:stop`` where reader comments begin (the number of lines when
    none does): a comments heading (``Reader Comments (3)``, ``12 comments``) or a bulleted
    comment head (``• Ann`` over a timestamp line, or a bullet before a timestamp). The dates
    from there on are the comments' times, never the article's."""
    lines = page.lines
    for i in range(max(start, 0), stop):
        text = cleaned[i]
        if not text:
            continue
        if _barrier_line(text) == 2:
            return i
        if lines[i][:1] in BULLETS and page.bulleted_head(i, len(lines)) is True:
            return i
    return len(lines)


_SPACE_BEFORE_MARK: Final = re.compile(r" (?=[:;,!?])")


def tight_copy(title: str, cleaned: Sequence[str]) -> str:
    """The headline as the page also prints it without the space that a converter set before a
    colon or a comma where two inline elements meet (``Rail travel : By train to Rome``), when
    such a copy stands on the page (a French headline's spaced colon is spaced everywhere)."""
    if len(title) > _TIGHT_TITLE_CHARS or _SPACE_BEFORE_MARK.search(title) is None:
        return title
    tight = _SPACE_BEFORE_MARK.sub("", title)
    return (
        tight if any(tight in line for line in cleaned if len(line) < _TIGHT_LINE_CHARS) else title
    )


#: A title longer than this is no headline to find a tight copy of ...
_TIGHT_TITLE_CHARS: Final = 300
#: ... and its copy stands in a line shorter than this (a share text, a <title>; not a paragraph).
_TIGHT_LINE_CHARS: Final = 400


def _unbulleted(line: str) -> str:
    """A list item without its bullet (only a bullet that opens the line: ``Toronto won``
    keeps its words)."""
    m = BULLET_LEAD.match(line)
    return line[m.end() :] if m else line


#: How much of a block its word runs are taken from: enough to tell a copy or a gallery, and
#: a block of megabytes costs no list of a million runs.
_RUN_CHARS: Final = 20_000


def _word_runs(text: str) -> list[int]:
    """The hashes of the runs of six words (word shingles) of the text's first
    ``_RUN_CHARS`` characters, in order (read once a page for a paragraph's text: a long block
    is asked whether it says itself twice, and again as a paragraph whether it copies the ones
    above)."""
    try:
        return _WORD_RUNS[text]  # type: ignore[return-value]
    except KeyError:
        runs = _runs(text[:_RUN_CHARS].lower().split())
        if len(text) <= _REMEMBERED_RUNS_CHARS:
            _WORD_RUNS[text] = runs
            if len(_WORD_RUNS) > LIMIT:
                _WORD_RUNS.clear()
        return runs


#: The word runs of the texts of the page being read (see :mod:`newsparse._memo`) ...
_WORD_RUNS: Final = page_memo()
#: ... of a text this long at most (a paragraph's: a block of thousands of list items would
#: keep five times its size in runs until the parse ends).
_REMEMBERED_RUNS_CHARS: Final = 5000


def _runs(w: list[str]) -> list[int]:
    """The hashes of the runs of six words of ``w``, in order."""
    # (the six-word tuples are built by zip and hashed by map: no Python step per word)
    return list(map(hash, zip(w, w[1:], w[2:], w[3:], w[4:], w[5:], strict=False)))


def _says_itself_twice(text: str) -> bool:
    """True for a long block that says most of its text twice (a photo gallery gives each
    caption as the image's text and again under its counter): prose does not repeat itself."""
    if len(text) < _TWICE_CHARS:
        return False
    runs = _word_runs(text)
    return 3 * (len(runs) - len(set(runs))) >= len(runs)


#: A block that says its text twice (a gallery) is this long at least: a short one may repeat.
_TWICE_CHARS: Final = 300


# a photo caption: a gallery's counter glued to it ("2of4A shopper looks at ..."), or a
# closing credit ("... (Photo by Name/Agency)", "... Credit: Agency")
_CAPTION: Final = re.compile(
    rf"\d{{1,2}}of\d{{1,2}}[A-Z]|.*\((?:{_alt(V.CREDIT_LABELS)})s?\s*(?::|by\b)[^()]{{1,80}}\)\.?$"
    r"|.*\bcredit\s*:\s*[^.:]{1,60}$"
    rf"|(?:{_alt(V.CAPTION_OPENERS)})\s",
    re.IGNORECASE,
)
_BARE_MARKS: Final = re.compile(r"[•*·|\s]+")
_CAPTION_HEAD: Final = re.compile(
    rf"\d{{1,2}}of\d{{1,2}}[A-Z]|(?:{_alt(V.CAPTION_OPENERS)})\s", re.IGNORECASE
)


def _is_caption(text: str) -> bool:
    """Whether ``_CAPTION`` matches ``text`` (the branches that read the whole line need a
    bracket or "credit", whose letters no other letter stands for in a case-blind match)."""
    if "(" in text or "\n" in text or "cred" in text.lower():
        return _CAPTION.match(text) is not None
    return _CAPTION_HEAD.match(text) is not None


#: What follows a caption's last sentence: its credit, glued to the full stop or not.
_AFTER_SENTENCE: Final = re.compile(r"[.!?…”\"]\s*([^.!?…]{2,80})$")
#: The stops that end the sentence before a credit, which holds none of them.
_STOPS: Final = ".!?…"
#: A photographer's credit of capitalised names between slashes or pipes (``Jane Doe/City
#: Press/Getty Images``, ``Jane Doe | Getty Images``, ``Jane Doe / AFP - Getty Images``).
_NAMED_CREDIT: Final = re.compile(
    r"[A-ZÀ-Þ][\w'’.-]*(?:\s[A-ZÀ-Þ][\w'’.-]*){0,3}"
    r"(?:\s?[/|]\s?[A-ZÀ-Þ][\w'’.&-]*(?:\s[-–]?\s?[A-ZÀ-Þ][\w'’.&-]*){0,3})+"
)
#: An agency's name alone after a caption's sentence (``… in New York. Reuters``).
_AGENCY_NAMES: Final = frozenset(a.casefold() for a in (*V.AGENCIES, *V.PHOTO_AGENCIES, "getty"))
#: A gallery's counter alone (``1 of 12``, ``Image 3 of 8``).
_GALLERY_COUNTER: Final = re.compile(
    rf"(?:(?i:{_alt(V.CREDIT_LABELS)})\s)?\d{{1,3}}\s?(?:{_alt(V.GALLERY_OF)}|/)\s?\d{{1,3}}"
)


def _credited(text: str) -> bool:
    """Whether a block is a photo's caption that ends in its credit after its sentence (a
    paragraph ends in its own full stop), a credit alone, or a gallery's counter alone."""
    if _GALLERY_COUNTER.fullmatch(text) or _NAMED_CREDIT.fullmatch(text):
        return True
    # (no credit holds a stop: the search starts at the text's last one)
    m = _AFTER_SENTENCE.search(text, max(0, *map(text.rfind, _STOPS)))
    if m is None:
        return False
    credit = m.group(1).strip()
    return (
        credit.casefold() in _AGENCY_NAMES
        or is_credit(credit)
        or _NAMED_CREDIT.fullmatch(credit) is not None
    )


def _furniture(text: str, title: str) -> bool:
    """A short block inside the body run that is no paragraph: the headline again, a photo
    credit or caption label, an advertising label, a row of bullets, an image name doubled."""
    if len(text) > _FURNITURE_CHARS:
        return False
    low = text.lower()
    if title and (
        low == title.lower() or (len(low) > _TITLE_AGAIN_CHARS and low.startswith(title.lower()))
    ):
        return True
    if low in _WIDGETS or _BARE_MARKS.fullmatch(text) or is_credit(text):
        return True
    half = len(text) // 2
    return len(text) > 5 and (
        text[:half] == text[half:] or (text[half] == " " and text[:half] == text[half + 1 :])
    )


#: A block of page furniture inside the body run is this short at most ...
_FURNITURE_CHARS: Final = 200
#: ... and one that opens with the headline and is longer than this is the headline again.
_TITLE_AGAIN_CHARS: Final = 20


_WIDGETS: Final = frozenset(V.WIDGET_LABELS + V.VIEWER_LABELS)


# --- title (the decision is :mod:`newsparse._title`; the tests it shares with the reader) -------
