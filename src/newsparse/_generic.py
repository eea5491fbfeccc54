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
import unicodedata
from array import array
from collections import Counter
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Final, overload

from newsparse import _generic_header as _header
from newsparse._comments import Thread
from newsparse._dates import find_date
from newsparse._generic_header import BYLINE, header, names
from newsparse._generic_header import _bare_byline as bare_byline
from newsparse._lines import _BULLETS, bullet, byline, fold, section_footer
from newsparse._memo import LIMIT, page_memo
from newsparse._patterns import alternation as _alt
from newsparse.vocab import page as V

if TYPE_CHECKING:
    from datetime import date

    from newsparse._parser import _Page

    Moment = date

__all__ = ["is_reference_layout", "read_generic", "without_site_name"]


# --- converter artefacts ------------------------------------------------------------------------

# (neither a link's text nor its address holds a "[": a failed match stops at the next link)
_MD_IMAGE: Final = re.compile(r"!\[[^\][]{0,300}\]\([^)\s[]{0,2000}(?:\s[^)]{0,200})?\)")
_MD_LINK: Final = re.compile(r"\[([^\][]{0,800})\]\([^)\s[]{0,2000}(?:\s[^)]{0,200})?\)")
_MD_LINK_TAIL: Final = re.compile(r"\]\([^)\s[]{0,2000}(?:\s[^)]{0,200})?\)")
_MD_EMPH: Final = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_ESCAPE: Final = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>])")
_MD_HEADING: Final = re.compile(r"#{1,6}\s+")
_JUNK_LINE: Final = re.compile(
    r"\(BUTTON\).*|IFRAME:.*|(?:[*+o•]\s+)?\[[^\]]{0,80}\]|_{3,}.*|\[\s*\]|[\[\]\s_|]+|#\w+.*|[━─—=\-_*~·•]{3,}"
)
# (matched on lower-cased text: a case-insensitive alternation of many phrases is several
# times slower, and every block of every page is asked)
_NOTICE_WORDS: Final = [p.lower() for p in V.NOTICE_PHRASES]
_NOTICE: Final = re.compile(rf"(?:{_alt(_NOTICE_WORDS)})")


_Node = tuple[dict[str, "_Node"], list[str]]  # (the next characters, the phrases ending here)


def _spaced_phrases(phrases: Sequence[str]) -> re.Pattern[str]:
    """A pattern that finds one of the ``phrases`` that hold a space (any that stands in the
    text), matched from that space on: the rest as a trie, then the whole phrase looked at
    behind. A search for a space skips the letters between (the engine goes from space to
    space), where a trie of the whole phrases is tried at nearly every letter."""
    root: _Node = ({}, [])
    for phrase in phrases:
        if " " in phrase:
            node = root
            for ch in phrase[phrase.index(" ") + 1 :]:
                node = node[0].setdefault(ch, ({}, []))
            node[1].append(phrase)

    def render(node: _Node) -> str:
        branches = [re.escape(ch) + render(child) for ch, child in sorted(node[0].items())]
        branches += [f"(?<={re.escape(phrase)})" for phrase in node[1]]
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return re.compile(" " + render(root) if root[0] or root[1] else "(?!)")


_NOTICE_SPACED: Final = _spaced_phrases(_NOTICE_WORDS)
_NOTICE_SINGLE: Final = tuple(p for p in _NOTICE_WORDS if p and " " not in p)


def _has_notice(low: str) -> bool:
    """Whether one of the notice phrases stands in the lower-cased text (as a search of
    ``_NOTICE`` finds one): those with a space found from their space on, the others (a word
    or two joined) one by one."""
    return _NOTICE_SPACED.search(low) is not None or any(map(low.__contains__, _NOTICE_SINGLE))


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


_LINKISH: Final = re.compile(r"https?://\S+|www\.\S+")
_SENTENCE_END: Final = frozenset('.!?"”’»)…:。！？」』')
# Chinese and Japanese write no spaces between words: one of their characters counts as a word
# and weighs like three Latin letters, and their full stops and commas are marks of their own
_CJK: Final = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# (with their punctuation and full-width forms: a line break between two of these is no space)
_CJK_WIDE: Final = re.compile(
    r"[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]"
)
_CJK_MARKS: Final = re.compile(r"[。，、；！？]")
_BULLET_LEAD: Final = re.compile(r"(?:[•*□☆◦▪‣●·○■+o-]|\d{1,3}\.)\s+")
# curly quotes to straight ones (a converter may print a headline's quotes two ways)
_QUOTES: Final = str.maketrans("‘’“”", "''\"\"")
# the first item of a list, bulleted or numbered (``1.`` or ``1)``)
_ITEM_START: Final = re.compile(r"(?:[•*□☆◦▪‣●·○■+o-]|\d{1,3}[.)])\s")


# a tag with an attribute after some text (``Win a trip! <div style="..."><img src="...``)
_TAG_TAIL: Final = re.compile(r"\s<[a-zA-Z][a-zA-Z0-9]{0,15}\s+[a-zA-Z-]{1,30}\s*=")


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
    if "<" in line:  # raw HTML after the text (a tracking pixel): cut off
        tag = _TAG_TAIL.search(line)
        if tag is not None:
            line = line[: tag.start()]
    return line.strip()


#: What a converter artefact (``_JUNK_LINE``) can open with, but for white space.
_JUNK_FIRST: Final = frozenset("(I*+o•[_]|#━─—=-~·")


def _is_junk(line: str) -> bool:
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
    the rest of the page's first block when its first line is such a list."""
    first = next((i for i, line in enumerate(lines) if line), -1)
    if first < 0 or not junk[first] or not lines[first].startswith("#"):
        return
    for k in range(first + 1, min(len(lines), first + 6)):
        if not lines[k]:
            break
        junk[k] = True


def _cjk(text: str) -> int:
    """How many Chinese or Japanese characters the text has (none in most texts: no search;
    a block's weight and words ask about its text several times: counted once a page)."""
    if text.isascii():
        return 0
    try:
        return _CJK_COUNTS[text]  # type: ignore[return-value]
    except KeyError:
        count = _CJK_COUNTS[text] = len(_CJK.findall(text))
        if len(_CJK_COUNTS) > LIMIT:
            _CJK_COUNTS.clear()
        return count


#: How many Chinese or Japanese characters the texts of the page being read have (see
#: :mod:`newsparse._memo`).
_CJK_COUNTS: Final = page_memo()


def _weight(text: str) -> int:
    """The text's length, a Chinese or Japanese character counting three."""
    return len(text) + 2 * _cjk(text)


def _words(text: str) -> int:
    """The text's words, a Chinese or Japanese character counting one."""
    return text.count(" ") + 1 + _cjk(text)


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
    return marks * 25 >= _words(text)


def _is_notice(text: str) -> bool:
    """A cookie banner, a sign-in or newsletter prompt, a legal footer."""
    if len(text) >= 2000:
        return False
    low = text.lower()
    if not _has_notice(low):
        return False  # (most texts: no count needed)
    return len(_NOTICE.findall(low)) >= (1 if len(text) < 400 else 2)


def _linkish(text: str) -> bool:
    """Whether the text holds a web address (the pattern only where ``://`` or ``www.`` is)."""
    return ("://" in text or "www." in text) and _LINKISH.search(text) is not None


def _is_long(text: str) -> bool:
    """A body-like line: long, with sentence punctuation, few links."""
    if len(text) < 20 or _weight(text) < 60 or _linkish(text):
        return False
    return _words(text) >= 9 and (
        text[-1] in _SENTENCE_END or ". " in text or ", " in text or "。" in text or "，" in text
    )


# --- the reference layout or a real page? -------------------------------------------------------


def is_reference_layout(lines: Sequence[str], title_at: int) -> bool:
    """True when the page starts with its headline and the article follows at once.

    In the reference layout the first line is the headline and the next line that is not
    blank is a cue line (``Published: …``, ``By …``), a standfirst repeated as a caption, or
    the first body paragraph. A site name, a menu, Markdown or converter artefacts there mean
    a real page dump, which :func:`read_generic` reads.
    """
    title = lines[title_at]
    if _is_notice(title) or _is_notice(
        next((line for line in lines[title_at + 1 : title_at + 4] if line), "")
    ):
        return False  # a skip link or a cookie banner opens a real page dump
    if (
        title.startswith(("#", "[", "!", "*", "•", "(", "-"))
        or "](" in title
        or len(title) > 300
        or _is_junk(title)
    ):
        return False
    following = [line for line in lines[title_at + 1 : title_at + 12] if line][:3]
    if not following:
        return True
    first = following[0]
    if "](" in first or _is_junk(first) or _BULLET_LEAD.match(first):
        return False
    if _REFERENCE_CUE.match(first) or byline(first) is not None:
        return True
    if _is_long(first) and (  # the body at once: it goes on with more body or a cue
        len(following) < 2 or _is_long(following[1]) or _REFERENCE_CUE.match(following[1])
    ):
        return True
    if (
        first[-1] in ".!?"
        and first.count(" ") >= 2
        and not any("](" in line or _is_junk(line) for line in following)
        and _goes_on(following[1:3])
    ):
        return True  # a short article: plain sentences under the headline
    # a standfirst under the headline, repeated (as an image caption) after it (not a row of
    # empty share buttons: "•" / "•", nor two short labels)
    return (
        len(following) > 1
        and following[0].count(" ") >= 2
        and fold(following[0]) == fold(following[1])
        and sum(map(str.isalpha, following[0])) >= 12
    )


def _goes_on(lines: Sequence[str]) -> bool:
    """True when the lines after a short article's first sentence go on as an article: more
    sentences, a cue line, up to a comments heading or a section footer (``More in Sport``),
    not a menu label such as ``Edit Profile``."""
    for line in lines:
        text = line.strip()
        if (
            _COUNT_HEADING.fullmatch(text)
            or _END_MARKERS.fullmatch(text)
            or section_footer(text) is not None
        ):
            return True
        if not (text[-1] in '.!?"”’»)…' or _is_long(text) or _REFERENCE_CUE.match(text)):
            return False
    return True


_REFERENCE_CUE: Final = re.compile(
    rf"(?:{_alt(V.PUBLISHED_LABELS + V.UPDATED_LABELS)})\s*[:：]\s*\S|{BYLINE.pattern}",
    re.IGNORECASE,
)


# --- blocks and the body --------------------------------------------------------------------


def _join(parts: list[str]) -> str:
    """Join the lines of one block: spaces between, none before closing punctuation, and none
    between two Chinese or Japanese characters (a hard wrap inside a sentence written without
    spaces: ``…スマホ・タ`` / ``ブレット…``)."""
    out = ""
    for part in parts:
        if not out:
            out = part
        elif part[0] in ",.;:!?)’”%" or (_CJK_WIDE.match(part) and _CJK_WIDE.match(out[-1])):
            out += part
        else:
            out += " " + part
    return fold(out)


_END_MARKERS: Final = re.compile(
    rf"(?:{_alt(V.BODY_END_MARKERS)})\b.*",
    re.IGNORECASE,
)


_COUNT_HEADING: Final = re.compile(
    rf"(?:(?:there\s+are\s+)?\d+\s+(?:{_alt(V.COMMENT_COUNT_NOUNS)})|(?:{_alt(V.COMMENT_HEADINGS)})\s*\(?\d*\)?)\b.{{0,80}}",
    re.IGNORECASE,
)


def _barrier_line(text: str) -> int:
    """2 for a comments heading, 1 for another heading that ends a body (or the page's
    copyright line), else 0."""
    if len(text) <= 120 and text[0].isdigit() and _COUNT_HEADING.fullmatch(text):
        return 2
    if len(text) <= 250 and text[0] in _COPYRIGHT_FIRST and _COPYRIGHT.match(text):
        return 1
    if text.count(" ") < 5:
        first = text[0]
        if (first in _COUNT_FIRST or first.isdecimal()) and _COUNT_HEADING.fullmatch(text):
            return 2
        if first in _END_FIRST and _END_MARKERS.fullmatch(text):
            return 1
    return 0


#: The letters that a case-blind pattern takes for another one though their case pairs differ
#: (``ſ`` for ``s``, ``İ`` and ``ı`` for ``i``, the Kelvin and Ångström signs for ``k``, ``å``).
_CASE_EXTRA: Final = "ſİı\u212a\u212b"


def _opening(phrases: Sequence[str], extra: str = "") -> frozenset[str]:
    """What a case-blind pattern of the ``phrases`` (and ``extra`` openings) can open with."""
    firsts = {p[0] for p in phrases if p} | set(extra)
    return frozenset("".join(c.lower() + c.upper() for c in firsts) + _CASE_EXTRA)


# (the first characters of a comments heading, but for its figures, and of a closing heading)
_COUNT_FIRST: Final = _opening(V.COMMENT_HEADINGS, "t")
_END_FIRST: Final = _opening(V.BODY_END_MARKERS)


_TEASER_HEADING: Final = re.compile(rf"(?:{_alt(V.TEASER_HEADINGS)})\b.*", re.IGNORECASE)
_COPYRIGHT: Final = re.compile(r"(?:copyright\s*)?(?:©|\(c\))\s*\d{4}", re.IGNORECASE)
_COPYRIGHT_FIRST: Final = frozenset("cC©(")  # what a copyright line can start with


def _site_footer(text: str) -> bool:
    """True for the site's legal footer line: a copyright that also reserves the rights
    (``© 2024 Gazette Media Ltd. All rights reserved.``), where a photo credit inside the
    article (``© 2024 Jane Doe``) reserves none."""
    return _COPYRIGHT.match(text) is not None and _has_notice(text.lower())


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
        len(cleaned[x]) >= 80
        and _is_long(cleaned[x])
        and all(
            cleaned[k] and len(cleaned[k]) < 40 and cleaned[k][-1] not in _SENTENCE_END
            for k in range(x - 3, x)
        )
    )


def _menu_after_prose(cleaned: Sequence[str], x: int) -> bool:
    """True when line ``x`` opens three short lines that end no sentence right under a long
    line of prose that ends one: the article's last paragraph, then a list of teasers."""
    above = cleaned[x - 1]
    return (
        len(above) >= 80
        and above[-1] in ".!?"
        and _is_long(above)
        and x + 3 <= len(cleaned)
        and all(
            cleaned[k] and len(cleaned[k]) < 40 and cleaned[k][-1] not in _SENTENCE_END
            for k in range(x, x + 3)
        )
    )


def _continues(cleaned: Sequence[str], x: int) -> bool:
    """True when line ``x`` goes on with the sentence of a long line above it that a converter
    wrapped (``... answered the minister's`` / ``comments.``): no heading, whatever it says."""
    above = cleaned[x - 1]
    return cleaned[x][0].islower() and len(above) >= 50 and above[-1] not in ".!?:"


def _teasers(cleaned: Sequence[str], a: int, b: int, size: int) -> bool:
    """True for a tall block whose text is mostly in short lines (under 70 characters) of
    which hardly any ends a sentence or continues one in lower case: a list of teasers, not a
    paragraph (hard-wrapped prose has long lines, or ends and continues its sentences; the rows
    of a table or a list of dates carry figures)."""
    long = sum(len(cleaned[x]) for x in range(a, b) if len(cleaned[x]) >= 70)
    if 2 * long >= size:
        return False
    prose = sum(
        cleaned[x][-1] in _SENTENCE_END
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
    bulleted = _BULLET_LEAD.match(cleaned[a]) is not None
    for x in range(a, b):
        m = _BULLET_LEAD.match(cleaned[x])
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
    keys = [text[m.end() :] if (m := _BULLET_LEAD.match(text)) else text for text in long]
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


def _block_value(text: str, good: bool, listed: bool, height: int) -> float:
    """How much a block adds to a body run (its length when it is a paragraph)."""
    size = _weight(text)
    if good:
        return float(size)
    if listed:
        return -20.0 - 15.0 * height
    if text.count(" ") >= 3 and (text[-1] in _SENTENCE_END or ". " in text):
        return 0.3 * size  # a short paragraph or a sub-heading with punctuation
    return -10.0 - 12.0 * height - 0.2 * min(size, 300)


def _rowed_below(texts: Sequence[str], good: Sequence[int], m: int) -> bool:
    """True when, among the twelve blocks below block ``m``, one short row of words that is
    not a paragraph comes three times, each time after a paragraph of its own (a share row
    under every teaser of a list; a headline that a teaser card gives twice comes in a row)."""
    seen: dict[str, int] = {}  # a row's text: how often it came after a paragraph
    prose = False  # a paragraph since the last row
    for k in range(m + 1, min(len(texts), m + 13)):
        text = texts[k]
        if good[k]:
            prose = True
        elif len(text) < 60 and text.count(" ") >= 1 and _barrier_line(text) == 0:
            if prose:
                seen[text] = seen.get(text, 0) + 1
                if seen[text] >= 3:
                    return True
            prose = False
    return False


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
            # (each of these asks for a line of 80 characters first)
            and not (j - i >= 6 and len(cleaned[j]) >= 80 and _prose_after_menu(cleaned, j))
            and not (len(cleaned[j - 1]) >= 80 and _menu_after_prose(cleaned, j))
        ):
            j += 1
        blocks.append(i, j)
        i = j
    return blocks


def read_generic(page: _Page, title_guess: int) -> tuple[str, list[str], Thread]:
    """Read a real page dump: returns the title, the paragraphs and the comment thread."""
    lines = page.lines
    n = len(lines)
    cleaned = [clean(line) if line else "" for line in lines]
    junk = [bool(line) and (_is_junk(line) or not cleaned[i]) for i, line in enumerate(lines)]
    _wrapped_image_names(lines, junk)
    _markup(lines, junk)
    _link_header(lines, junk)
    for i in range(n):
        if junk[i]:
            page.drop(i, "converter artefact (button, frame, image or form field)")

    blocks = _blocks(cleaned, junk)
    # blocks of the same text share one string (a page of a thousand identical comment heads
    # keeps one joined copy, not a thousand)
    shared: dict[str, str] = {}
    texts = [
        shared.setdefault(t, t)
        for t in (fold(cleaned[a]) if b - a == 1 else _join(cleaned[a:b]) for a, b in blocks)
    ]
    del shared
    # (the flags a block are kept a byte each: a page of a million blocks holds several lists)
    bulleted = bytearray([_BULLET_LEAD.match(cleaned[a]) is not None for a, _ in blocks])
    # an aside, left out of the body even inside its run: a teaser (a short block that ends in a
    # link to read on: ``… may help. Read now``) or a gallery that gives each caption twice
    asides = bytearray(
        [
            (len(t) < 500 and _ends_in_call(t)) or (len(t) >= 300 and _says_itself_twice(t))
            for t in texts
        ]
    )
    # ... and so is a teaser card: a headline block said again inside the longer block above it
    # (the image's text with its author, date and section, then the link's text): both blocks
    for m in range(1, len(blocks)):
        below, above = texts[m], texts[m - 1]
        if (
            20 <= len(below) < 200
            and len(below) + 10 < len(above) < 400
            and below.count(" ") >= 3
            and not _is_long(below)
        ):
            # (only curly quotes change: ASCII text stays as it is)
            key = below if below.isascii() else below.translate(_QUOTES)
            if key in (above if above.isascii() else above.translate(_QUOTES)):
                asides[m] = asides[m - 1] = True
    # a block of several short list items is a link list, however long; long items are prose
    items = [
        int(first)  # (a block of one line: its bullet is the block's)
        if b - a == 1
        else sum(_BULLET_LEAD.match(cleaned[x]) is not None for x in range(a, b))
        for (a, b), first in zip(blocks, bulleted, strict=True)
    ]
    # ... and so is a tall block of very short lines (BeautifulSoup puts each menu item on its
    # own line: "Fox News" / "U.S." / "World" / …)
    # ... or a tall block of short lines that neither end a sentence nor go on with one
    # (sponsored teasers: "Finding Cheap Flights is Now Easy" / "Undo" / ...)
    # (the cheap tests first: each of these is a pure test, their order changes no answer)
    listy = bytearray(
        [
            bool(aside)
            or (k >= 2 and len(t) < 80 * k)
            or (b - a >= 6 and (len(t) < 16 * (b - a) or _teasers(cleaned, a, b, len(t))))
            or (b - a >= 2 and _doubled_lines(cleaned, a, b))
            or (b - a >= 3 and _repeated_line(cleaned, a, b))
            or _all_links(lines, a, b, len(t))
            for k, t, (a, b), aside in zip(items, texts, blocks, asides, strict=True)
        ]
    )
    good = bytearray(
        [
            not ls
            and not (b and len(t) < 120)
            and (_is_long(t) or (_weight(t) > 200 and _words(t) > 25))
            and (k >= 2 or t.count("•") + t.count(" | ") < 2)  # a menu row
            and _punctuated(t)
            and not _is_notice(t)
            for t, b, ls, k in zip(texts, bulleted, listy, items, strict=True)
        ]
    )
    # a cookie, sign-up or legal notice counts against the run (only a block that would count
    # for it otherwise needs the look-up: a short paragraph with punctuation)
    notice = bytearray(
        [
            not g and t.count(" ") >= 3 and (t[-1] in _SENTENCE_END or ". " in t) and _is_notice(t)
            for t, g in zip(texts, good, strict=True)
        ]
    )

    # a list that a paragraph introduces with a colon is the article's (``Our picks:`` / ``1) …``
    # / ``2) …``), and so are the lists that go on with it; not a sign-up box's (a notice) nor
    # a row of share buttons (few letters a line)
    introduced = bytearray(len(blocks))
    for m in range(1, len(blocks)):
        a, b = blocks[m]
        if (
            not good[m]
            and _ITEM_START.match(texts[m]) is not None
            and sum(map(str.isalpha, texts[m])) >= 10 * (b - a)
        ):
            before = texts[m - 1]
            introduced[m] = introduced[m - 1] or (
                before[-1] == ":" and _is_long(before) and not _is_notice(before)
            )
    # the first paragraph proper: long, with a full sentence
    strong = bytearray(
        [
            bool(g) and _weight(t) >= 100 and t[-1] in '.!?"”’»…。！？」'
            for g, t in zip(good, texts, strict=True)
        ]
    )

    # the body is the run of blocks with the largest total value (a maximum-sum segment, read in
    # one pass): paragraphs count for their length, short sentences a little, menus, link lists
    # and labels against; a related-links or comments heading closes any run
    # (a block of short lines that ends in a line wholly a timestamp is a comment header even
    # when, joined, it reads like a sentence: ``Name says:`` / ``31. Oktober 2023 um 15:15 Uhr``)
    # (an embedded post's signature, "— Jane Doe (@jdoe) May 2, 2024", is part of the article)
    dated = bytearray(
        [
            not t.startswith(("—", "–"))
            and (
                (not g and len(t) < 100 and find_date(t) is not None)
                or (b - a >= 2 and len(t) < 40 * (b - a) and page.stamp(cleaned[b - 1]) is not None)
            )
            for t, g, (a, b) in zip(texts, good, blocks, strict=True)
        ]
    )
    # a timestamp line with another one close below: comment headers or a list of teasers
    next_dated = len(blocks) + 99
    stamped = bytearray(len(blocks))
    for m in range(len(blocks) - 1, -1, -1):
        stamped[m] = bool(dated[m]) and next_dated - m <= 12
        if dated[m]:
            next_dated = m
    del dated
    # comments with their time below the text (``Name`` / text / ``reply`` / date): the body
    # ends above the first of them once a body has been found
    from newsparse._generic_comments import footer_thread_start

    footer_from = footer_thread_start(page, cleaned, junk, title_guess + 1)
    # a thread found by its repeated header shape (newsparse._comment_zone): the body ends above
    from newsparse._generic_comments import comment_zone_start

    zone_from = comment_zone_start(page, cleaned, junk, title_guess + 1)
    best: tuple[float, int, int] | None = None  # (score, first block, last block)
    run_score, run_first = 0.0, -1
    stamps_after = 0  # timestamp lines since the best run: three of them open the comments
    for m in range(len(blocks)):
        a, b = blocks[m]
        barrier = _barrier_line(cleaned[a])  # (the block's: see :func:`_blocks`)
        if footer_from is not None and b > footer_from and best is not None and best[0] >= 300:
            break
        if zone_from is not None and b > zone_from:
            break
        # (a bulleted headline that ends in a date is a teaser in a list of links: it counts
        # against the run like any list item)
        # (so is a date on a line of its own between two headlines: a comment's date follows
        # its author's name of a word or three, and its text follows the date)
        teaser = stamped[m] and (
            (
                bulleted[m]
                and b - a <= 2
                and (found := find_date(texts[m])) is not None
                and texts[m][: found[1]].count(" ") >= 6
            )
            or (
                0 < m < len(blocks) - 1
                and len(texts[m]) < 40
                and _headline(texts[m - 1])
                and _headline(texts[m + 1])
            )
        )
        if (stamped[m] and not teaser) or barrier == 2:
            if best is not None and best[0] >= 300:
                stamps_after += stamped[m]
                if barrier == 2 or stamps_after >= 3:
                    break  # the comments (or teasers) begin: the article is above
            run_score, run_first = 0.0, -1
            continue
        if barrier and best is not None and best[0] >= 300 and _site_footer(cleaned[a]):
            break  # the site's legal footer: nothing below it is the article's
        if (
            barrier == 1
            and best is not None
            and best[0] >= 300
            and run_first >= 0
            and _rowed_below(texts, good, m)
        ):
            break  # "You may also like" over posts that each carry the same share row
        if barrier:
            # "Related", "Read more": the body goes on only if much more text follows, or when
            # the heading is an inline link label: one line (the linked headline), then prose
            inline = (
                m + 2 < len(blocks)
                and _COPYRIGHT.match(cleaned[a]) is None
                and blocks[m + 1][1] - blocks[m + 1][0] == 1
                and not good[m + 1]
                and good[m + 2]
            )
            value = -150.0 if inline else -400.0
        else:
            listed = bool(bulleted[m] or listy[m] or notice[m])
            value = _block_value(texts[m], bool(good[m]), listed, b - a)
            if introduced[m]:
                value = float(_weight(texts[m]))
        if run_first < 0:
            if value <= 0:
                continue
            run_score, run_first = 0.0, m
        run_score += value
        if run_score <= 0:
            run_score, run_first = 0.0, -1
        elif value > 0 and (best is None or run_score > best[0]):
            best = (run_score, run_first, m)

    body_blocks: list[int] = []
    if best is not None:
        _, first, last = best
        body_blocks = [
            m
            for m in range(first, last + 1)
            if good[m]
            or (
                not bulleted[m]
                and not asides[m]
                and len(texts[m]) >= 3
                and not _END_MARKERS.fullmatch(texts[m])
            )
        ]
    body_start = blocks[body_blocks[0]][0] if body_blocks else n
    body_end = blocks[body_blocks[-1]][1] if body_blocks else n

    # the headline may sit inside the first blocks of the run (a long title looks like a sentence),
    # not below two full paragraphs (a sub-heading there is the article's own)
    search_to = body_start
    good_seen = strong_seen = 0
    for m in body_blocks:
        if good[m]:
            good_seen += 1
            if good_seen > 2:
                break
        search_to = blocks[m][1]
        strong_seen += strong[m]
        if strong_seen >= 2:
            break
    title_from, title_at = _find_title(lines, cleaned, junk, search_to, title_guess, body_start)
    title = title_text(cleaned, title_from, title_at) if title_at >= 0 else ""
    title = without_site_name(title, cleaned, title_from) if title_from == title_at else title
    title = _tight_copy(title, cleaned)
    header_end = title_at
    if title_at >= 0:
        # a heading hard-wrapped by w3m or lynx continues on the next line
        # (also when the heading opens the body run: then the short rest must end its block)
        nxt = title_at + 1
        if (
            title_from == title_at
            and len(lines[title_at]) >= 70
            and nxt < n
            and cleaned[nxt]
            and not junk[nxt]
            and (nxt < body_start or nxt + 1 == n or not cleaned[nxt + 1] or junk[nxt + 1])
            and len(cleaned[nxt]) < 60
            and not _is_long(cleaned[nxt])
            and cleaned[title_at][-1] not in ".!?:"
            and BYLINE.match(cleaned[nxt]) is None
            and find_date(cleaned[nxt]) is None
        ):
            title = fold(title + " " + cleaned[nxt])
            page.place(nxt, "title")
        for k in range(title_from, title_at + 1):
            if cleaned[k] and not junk[k]:
                page.place(k, "title")
        first_strong = next(
            (blocks[m][0] for m in body_blocks if strong[m] and blocks[m][0] > title_at), n
        )
        # (no date is read past the body's start + 300 lines: the comments need looking for up
        # to there only)
        comments_from = (
            _comments_start(page, cleaned, body_end, min(n, first_strong + _DATES_REACH))
            if body_blocks
            else _comments_start(page, cleaned, title_at + 1, n)
        )
        header(page, cleaned, title_at, first_strong, comments_from)
        # the body starts below the byline and the date (a standfirst above them is not body)
        header_end = max(
            (
                i
                for i in range(title_at + 1, min(n, first_strong + 1))
                if page.placement[i] in ("authors", "published", "updated")
            ),
            default=title_at,
        )

    paragraphs: list[str] = []
    kept: set[str] = set()  # the texts of the paragraphs kept so far (teasers repeat)
    seen: set[int] = set()  # their runs of words
    started = False
    # (a headline found below the first paragraphs of the run, a repeat of the page's title
    # further down, does not cut the article above it; one with its byline right under it
    # does: what stands above it are teasers)
    head = title_at
    if title_at >= search_to and not (
        _cue_below(cleaned, title_at, title_at + 4) >= 13
        and any(good[m] and blocks[m][0] > title_at for m in body_blocks)
    ):
        head = -1
    if head < 0:
        header_end = -1
    for m in body_blocks:
        a, b = blocks[m]
        if b <= head + 1:
            continue
        if not started and (not good[m] or b - 1 <= header_end):
            continue  # kicker, standfirst, byline, date, caption or share row above the body
        started = True
        free = [i for i in range(max(a, head + 1), b) if page.placement[i] is None]
        if not free:
            continue
        if items[m] >= 2:  # a list inside the article: its items without the bullets
            text = _join([_unbulleted(cleaned[i]) for i in free])
        else:
            text = texts[m] if len(free) == b - a else _join([cleaned[i] for i in free])
        key = text.lower() if len(text) >= 40 and text.count(" ") >= 3 else ""
        # the article again (a page may hold a hidden copy of it): most of its runs of six
        # words are in the paragraphs kept above
        runs = _word_runs(text)
        again = len(runs) >= 20 and 2 * sum(map(seen.__contains__, runs)) >= len(runs)
        if (
            again
            or (not good[m] and ((key and key in kept) or _furniture(text, title)))
            or (len(text) < 150 and _is_credit(text))
            or (len(text) < 500 and _is_caption(text))
        ):
            for i in free:
                page.drop(i, "caption, credit or repeated line inside the body")
            continue
        kept.add(key)
        seen.update(runs)
        where = f"paragraphs[{len(paragraphs)}]"
        for i in free:
            page.place(i, where)
        paragraphs.append(text)

    thread = Thread(article_paragraphs=paragraphs, stamp_of=page.stamp, placement=page.placement)
    from newsparse._generic_comments import read_comments

    read_comments(
        page, cleaned, junk, body_end if zone_from is None else min(body_end, zone_from), thread
    )
    for i in range(n):
        if lines[i] and page.placement[i] is None:
            page.drop(i, "page furniture (navigation, links, widgets)")
    _CJK_COUNTS.clear()  # (the page's texts are not kept past their reading)
    return title, paragraphs, thread


#: How far past the body's start the header reader looks for a labelled date line (as
#: :func:`~newsparse._generic_header.header` does).
_DATES_REACH: Final = 301


def _comments_start(page: _Page, cleaned: Sequence[str], start: int, stop: int) -> int:
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
        if lines[i][:1] in _BULLETS and _bulleted_head(page, i):
            return i
    return len(lines)


def _bulleted_head(page: _Page, i: int) -> bool:
    """Whether line ``i`` is a bulleted comment head: a bullet with a timestamp, or with a
    short name and a timestamp on the next line of text (one blank line between at most)."""
    head = bullet(page.lines[i])
    if not head:
        return False  # (a lone bullet: an empty share button as often as a comment)
    if page.stamp(head) is not None:
        return True
    if len(head) > 80:
        return False
    for j in range(i + 1, min(i + 3, len(page.lines))):
        if page.lines[j]:
            return page.stamp(page.lines[j]) is not None
    return False


_SPACE_BEFORE_MARK: Final = re.compile(r" (?=[:;,!?])")


def _tight_copy(title: str, cleaned: Sequence[str]) -> str:
    """The headline as the page also prints it without the space that a converter set before a
    colon or a comma where two inline elements meet (``Rail travel : By train to Rome``), when
    such a copy stands on the page (a French headline's spaced colon is spaced everywhere)."""
    if len(title) > 300 or _SPACE_BEFORE_MARK.search(title) is None:
        return title
    tight = _SPACE_BEFORE_MARK.sub("", title)
    return tight if any(tight in line for line in cleaned if len(line) < 400) else title


def _unbulleted(line: str) -> str:
    """A list item without its bullet (only a bullet that opens the line: ``Toronto won``
    keeps its words)."""
    m = _BULLET_LEAD.match(line)
    return line[m.end() :] if m else line


#: How much of a block its word runs are taken from: enough to tell a copy or a gallery, and
#: a block of megabytes costs no list of a million runs.
_RUN_CHARS: Final = 20_000


def _word_runs(text: str) -> list[int]:
    """The hashes of the runs of six words (word shingles) of the text's first
    ``_RUN_CHARS`` characters, in order."""
    return _runs(text[:_RUN_CHARS].lower().split())


def _runs(w: list[str]) -> list[int]:
    """The hashes of the runs of six words of ``w``, in order."""
    # (the six-word tuples are built by zip and hashed by map: no Python step per word)
    return list(map(hash, zip(w, w[1:], w[2:], w[3:], w[4:], w[5:], strict=False)))


def _says_itself_twice(text: str) -> bool:
    """True for a long block that says most of its text twice (a photo gallery gives each
    caption as the image's text and again under its counter): prose does not repeat itself."""
    if len(text) < 300:
        return False
    w = text[:_RUN_CHARS].lower().split()
    # (a run said again starts with a word said again: too few of those, no run is; the set
    # of the words costs no tuple)
    if 3 * (len(w) - len(set(w))) < len(w) - 5:
        return False
    runs = _runs(w)
    return 3 * (len(runs) - len(set(runs))) >= len(runs)


#: A credit's label opening the line (``Photo:``, ``Image by``) and a picture agency closing it.
_CREDIT_LABEL: Final = rf"(?:{_alt(V.CREDIT_LABELS)})\s*(?::|by\b)"
_CREDIT_SOURCE: Final = rf"\b(?:{_alt(V.CREDIT_SOURCES)})\)?\.?$"
_CREDIT: Final = re.compile(
    rf"(?:{_CREDIT_LABEL}|.*{_CREDIT_SOURCE}"
    rf"|.*\((?:{_alt(V.CREDIT_LABELS)})\s*:[^()]{{1,80}}\)\.?$"
    # a caption ending in its photographer and agency: "… - Jane Doe/City Archive"
    r"|.*\s[-–—]\s(?-i:[A-ZÀ-Þ][\w'’.-]+(?:\s[A-ZÀ-Þ][\w'’.-]+){1,3})/(?-i:[A-ZÀ-Þ])[\w .-]{1,40}$"
    # ... or, with no dash before, ending in a news agency: "… Paris Jane Doe/Reuters"
    rf"|.*\s(?-i:[A-ZÀ-Þ][\w'’.-]+)\s(?-i:[A-ZÀ-Þ][\w'’.-]+)/(?:{_alt(V.AGENCIES + V.PHOTO_AGENCIES)})$)",
    re.IGNORECASE,
)
# a photo caption: a gallery's counter glued to it ("2of4A shopper looks at ..."), or a
# closing credit ("... (Photo by Name/Agency)", "... Credit: Agency")
_CAPTION: Final = re.compile(
    rf"\d{{1,2}}of\d{{1,2}}[A-Z]|.*\((?:{_alt(V.CREDIT_LABELS)})s?\s*(?::|by\b)[^()]{{1,80}}\)\.?$"
    r"|.*\bcredit\s*:\s*[^.:]{1,60}$"
    rf"|(?:{_alt(V.CAPTION_OPENERS)})\s",
    re.IGNORECASE,
)
_BARE_MARKS: Final = re.compile(r"[•*·|\s]+")
# (the branches of ``_CREDIT`` and ``_CAPTION`` that need no bracket, slash nor "credit")
_CREDIT_HEAD: Final = re.compile(_CREDIT_LABEL, re.IGNORECASE)
_CREDIT_END: Final = re.compile(_CREDIT_SOURCE, re.IGNORECASE)
#: How far before a line's end a closing picture agency can start (with ``).``).
_SOURCE_REACH: Final = max(map(len, V.CREDIT_SOURCES)) + 2
_CAPTION_HEAD: Final = re.compile(
    rf"\d{{1,2}}of\d{{1,2}}[A-Z]|(?:{_alt(V.CAPTION_OPENERS)})\s", re.IGNORECASE
)


def _is_credit(text: str) -> bool:
    """Whether ``_CREDIT`` matches ``text``. Most of its branches read the whole line for a
    bracket or a slash; without one (nor a line break), only a label at the start or an agency
    at the end is looked for, where it can stand."""
    if "(" in text or "/" in text or "\n" in text:
        return _CREDIT.match(text) is not None
    return (
        _CREDIT_HEAD.match(text) is not None
        or _CREDIT_END.search(text, max(0, len(text) - _SOURCE_REACH)) is not None
    )


def _is_caption(text: str) -> bool:
    """Whether ``_CAPTION`` matches ``text`` (the branches that read the whole line need a
    bracket or "credit", whose letters no other letter stands for in a case-blind match)."""
    if "(" in text or "\n" in text or "cred" in text.lower():
        return _CAPTION.match(text) is not None
    return _CAPTION_HEAD.match(text) is not None


def _furniture(text: str, title: str) -> bool:
    """A short block inside the body run that is no paragraph: the headline again, a photo
    credit or caption label, an advertising label, a row of bullets, an image name doubled."""
    if len(text) > 200:
        return False
    low = text.lower()
    if title and (low == title.lower() or (len(low) > 20 and low.startswith(title.lower()))):
        return True
    if low in _WIDGETS or _BARE_MARKS.fullmatch(text) or _is_credit(text):
        return True
    half = len(text) // 2
    return len(text) > 5 and (
        text[:half] == text[half:] or (text[half] == " " and text[:half] == text[half + 1 :])
    )


_WIDGETS: Final = frozenset(V.WIDGET_LABELS + V.VIEWER_LABELS)


# --- title ------------------------------------------------------------------------------------

_SITE_SUFFIX: Final = re.compile(r"(?<=\S)\s+(?:[-|–—:·»]|::)\s+(?=\S)[^-|–—]{1,60}$")


def _lettered(text: str) -> bool:
    """Words rather than figures: letters make up almost half of the line or more (a stock
    ticker, ``ATX3078.02-0.24%ANDRITZ43.14…``, is no headline)."""
    return sum(map(str.isalpha, text)) * 20 >= (len(text) - text.count(" ")) * 9


def _heading_like(text: str) -> bool:
    words = text.count(" ") + 1
    return 2 <= words <= 30 and len(text) <= 250 and not text.endswith((",", ";"))


_KEY_MARKS: Final = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "`": "'",
        "\u00b4": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u2010": "-",
        "\u2011": "-",
    }
)
#: where a page's <title> joins the headline to the site's name and sections
_TITLE_JOINT: Final = re.compile(r"\s+(?:[-|–—·»/]|::)\s+")


def _title_key(text: str) -> str:
    """A headline folded for comparison: case, quote and dash styles and spaces do not count."""
    if text.isascii():  # (normalising changes no ASCII text, and its case folds as it lowers)
        return "".join(text.translate(_KEY_MARKS).lower().split())
    return "".join(unicodedata.normalize("NFKC", text).translate(_KEY_MARKS).casefold().split())


def _page_title_heads(cleaned: Sequence[str], first_at: int) -> dict[str, int]:
    """The forms the page's <title> (the first line) may take as the headline, with their word
    counts: the whole line without the site's name, and every part before a joint
    (``Headline | Section | Site``, ``Headline - Site-Name``). A <title> that BeautifulSoup
    broke over two or three lines is joined first."""
    if first_at < 0:
        return {}
    end = first_at + 1
    while end < len(cleaned) and cleaned[end] and end - first_at < 3:
        end += 1
    first = fold(" ".join(cleaned[first_at:end]))
    if len(first) > 300 or (end < len(cleaned) and cleaned[end]) or _BULLET_LEAD.match(first):
        first = cleaned[first_at]  # a menu or a list opens the page, not a <title>
    if len(first) > 300 or _BULLET_LEAD.match(first) or _share_row(first.lower()):
        return {}
    forms = [_SITE_SUFFIX.sub("", first)]
    forms += [first[: m.start()] for m in _TITLE_JOINT.finditer(first)]
    heads: dict[str, int] = {}
    for form in forms:
        words = form.count(" ") + 1
        if (
            len(form) > 12
            and 3 <= words <= 30
            and _lettered(form)
            and not _is_notice(form)
            and not _is_credit(form)
        ):
            heads[_title_key(form)] = words
    return heads


_LAST_JOINT: Final = re.compile(r".*\S(\s+(?:[-|–—·»/]|::)\s+)(?=\S)")


def without_site_name(title: str, lines: Sequence[str], at: int) -> str:
    """The headline without the site's name that the page's <title> adds after a separator
    (``Headline — Site``, ``Headline | Site Name``), when the page shows that the rest is a
    name: the headline part stands alone on another line, or the name does (a logo line) or
    in the copyright line. A headline that merely has a dash in it stays whole, and so does
    one whose last part is in lower case (``… - explained``; a domain may be: ``www.site.com``)."""
    m = _LAST_JOINT.match(title) if len(title) < 300 else None
    if m is None:
        return title
    head, tail = title[: m.start(1)], title[m.end(1) :]
    if head.count(" ") < 2 or len(head) <= 12 or tail.count(" ") > 4 or len(tail) > 40:
        return title
    if tail[0].islower() and "." not in tail:
        return title  # "Headline - explained": a name is capitalised, or a domain
    head_key, tail_key = _title_key(head), _title_key(tail)
    name = tail.casefold()
    for i, line in enumerate(lines):
        if i == at or not line or len(line) > 300:
            continue
        key = _title_key(line)
        if key in (head_key, tail_key) or (
            _COPYRIGHT.search(line) is not None and name in line.casefold()
        ):
            return head
    return title


def _head_at(
    cleaned: Sequence[str], junk: Sequence[bool], i: int, heads: dict[str, int]
) -> tuple[int, int]:
    """Where a form of the page's <title> that starts at line ``i`` ends (a headline split at
    its inline elements goes on over the next lines, single blank lines between), and its word
    count; ``(-1, 0)`` when none starts there."""
    key = _title_key(cleaned[i])
    if not key or not any(h.startswith(key) for h in heads):
        return -1, 0
    end = i
    while key not in heads:
        j = end + 1
        if j < len(cleaned) and not cleaned[j]:
            j += 1  # one blank line between the parts
        if j >= len(cleaned) or j - i > 16 or not cleaned[j] or junk[j]:
            return -1, 0
        part = _title_key(cleaned[j])
        key += part
        if not part or not any(h.startswith(key) for h in heads):
            return -1, 0
        end = j
    return end, heads[key]


def _key_firsts(heads: dict[str, int]) -> frozenset[str]:
    """The first characters of the forms of the page's <title> (for :func:`_may_open`)."""
    return frozenset(h[:1] for h in heads)


def _may_open(text: str, firsts: frozenset[str]) -> bool:
    """False when a line cannot open a form of the page's <title> (:func:`_head_at`): the cheap
    test before its key. When the line opens with two ASCII characters, the first no space, its
    key opens with the first in lower case (normalising changes no ASCII character nor joins
    two, and of the marks only the backtick is ASCII); another line is always tried."""
    if not text[:2].isascii() or text[:1].isspace():
        return True
    return text[0].translate(_KEY_MARKS).lower() in firsts


def _title_words(cleaned: Sequence[str], start: int, end: int) -> str:
    return _join([cleaned[k] for k in range(start, end + 1) if cleaned[k]])


_MD_ITALIC: Final = re.compile(r"(?<!\w)([*_])(?=\S)([^*_]{1,200}?)(?<=\S)\1(?!\w)")


def title_text(cleaned: Sequence[str], start: int, end: int) -> str:
    """The headline's text from its lines (Markdown emphasis marks removed)."""
    return fold(_MD_ITALIC.sub(r"\2", _title_words(cleaned, start, end)))


def _find_title(
    lines: Sequence[str],
    cleaned: Sequence[str],
    junk: Sequence[bool],
    body_start: int,
    guess: int,
    run_start: int | None = None,
) -> tuple[int, int]:
    """The heading-like line before the body that best looks like the headline: its first and
    its last line (a headline that BeautifulSoup split at its inline elements spans several)."""
    n = len(lines)
    first_at = next((i for i in range(n) if cleaned[i] and not junk[i]), -1)
    first_line = cleaned[first_at] if first_at >= 0 else ""
    page_title = _SITE_SUFFIX.sub("", first_line).lower()
    markdown = any(line.startswith("# ") for line in lines[: body_start + 1])
    heads = _page_title_heads(cleaned, first_at)
    if heads:
        # the page's <title> (BeautifulSoup puts it first) repeated as a heading settles it;
        # of several repeats (a sticky "Currently reading" bar, the headline) the first with a
        # byline or a date below wins, else the first above the body
        first_repeat = (-1, -1)
        firsts = _key_firsts(heads)
        for i in range(first_at + 1, min(n, body_start + 200)):
            if not cleaned[i] or junk[i] or not _may_open(cleaned[i], firsts):
                continue
            end, words = _head_at(cleaned, junk, i, heads)
            if end < 0 or not _heading_like(_title_words(cleaned, i, end)):
                continue
            cue = _cue_below(cleaned, end, max(body_start, end + 8))
            if cue >= 8 and words >= 4:
                return i, end
            if first_repeat[0] < 0 and (words >= 4 or cue >= 12) and (i < body_start or cue > 0):
                # (three words or fewer may be the site's name; so may a repeat below the
                # article with nothing under it: a logo's name again in a sidebar or footer)
                first_repeat = (i, end)
        if first_repeat[0] >= 0:
            return first_repeat
    # a headline is often repeated on the page (share text, breadcrumb, sticky header)
    repeated = _copies(cleaned)
    # ... or as the last part of a breadcrumb or a share line ("News > 2015 > Headline")
    tails = Counter(
        m.group(1).lower()
        for c in cleaned[: body_start + 1]
        if 20 < len(c) < 300 and (m := _CRUMB_TAIL.search(c) or _shared(c)) is not None
    )
    # ... or quoted in the comments heading ("6 thoughts on “Headline”")
    named = {
        m.group("title").lower()
        for c in cleaned[body_start:]
        if 20 < len(c) < 300 and c[:1].isdigit() and (m := _THOUGHTS_ON.fullmatch(c)) is not None
    }
    run_start = body_start if run_start is None else run_start
    best, best_score = -1, float("-inf")
    scored: dict[int, tuple[float, str]] = {}  # the candidates, for a fuller headline above
    seen = 0
    distance = 0.0
    cue_lines: dict[int, int] = {}  # the candidates with a byline or a date under them: its line
    box_top = -1  # a "Related" heading between the head and the body
    for i in range(min(body_start, n) - 1, -1, -1):
        text = cleaned[i]
        if not text or junk[i]:
            continue
        seen += 1
        if seen > 150:
            break
        raw = lines[i]
        if i >= 2 and not lines[i - 1] and lines[i - 2] in ("#", "##"):
            raw = lines[i - 2] + " " + raw  # html2text set the heading's text under its mark
        # distance to the body: share rows and one-word labels in between count little
        distance += 0.3 if text.count(" ") < 2 and not _BULLET_LEAD.match(raw) else 1.0
        if box_top < 0 and text.count(" ") < 5 and _TEASER_HEADING.fullmatch(text):
            box_top = i  # "Related", "More stories": the dated headlines under it are teasers
        if not _alone(cleaned, i) or text[0].islower():
            continue
        whole = _wrapped(cleaned, i)
        if (
            not (_heading_like(whole) or _cjk_heading(whole))
            or _BULLET_LEAD.match(raw)
            or (_is_cue(text) and not _dated_headline(text))
            or "[" in text
            or "]" in text
            or text.count("|") > 1
            or _nav_row(whole)
            or not _lettered(whole)
        ):
            continue
        score = -0.15 * distance
        if raw.startswith("# "):
            score += 12
        elif raw.startswith("#"):
            score += 5
        elif markdown:
            score -= 3
        cue, cue_line = _cue_at(cleaned, i, body_start)
        score += cue
        if cue > 0:
            cue_lines[i] = cue_line
        low = whole.lower()
        if i > first_at and (
            heads.get(_title_key(whole), 0) >= 4  # three words or fewer may be the site's name
            or (page_title.count(" ") >= 3 and len(low) > 20 and low in first_line.lower())
        ):
            score += 8
        if low in named:
            score += 8
        words = whole.count(" ") + 1
        credit = _is_credit(whole)
        if credit or whole.count(" > ") >= 2:
            score -= 6  # a photo credit or a breadcrumb (which repeat on a page too)
        elif words <= 2:
            pass  # a site name or a section label repeats too
        elif _in_teasers(cleaned, i):
            score -= 3  # one of a list of teaser cards
        elif _under_marker(cleaned, i):
            score -= 6  # an item of a numbered or bulleted list of teasers
        elif whole[-1] in ".…" and above_heading(cleaned, junk, i):
            score -= 3  # a standfirst that the article repeats as its first paragraph
        elif repeated[low] > 1 or (whole != text and repeated[text.lower()] > 1) or tails[low]:
            score += 5
        elif above_heading(cleaned, junk, i):
            score -= 3  # a standfirst set right under the headline
        if "|" in whole:
            score -= 3  # "Sign in | Join"
        if whole.endswith("."):
            score -= 4
        if whole.endswith(")"):
            score -= 3  # a photo credit
        if i > 0 and junk[i - 1] and lines[i - 1].startswith("["):
            score -= 6  # a caption right under an image
        if _is_notice(whole):
            score -= 12  # "Skip to main content", "Thank you for supporting …"
        if words >= 4:
            score += 3
        elif words <= 2 and not raw.startswith("#"):
            score -= 3  # a section label, a kicker, a widget title
        if len(whole) > 110:
            score -= 3  # a standfirst rather than a headline
        if i >= run_start and _is_long(whole):
            score -= 4  # the first sentences of the body
        if whole.isupper():
            score -= 2
        if words < 4 and _cjk_heading(whole):  # many words, but no spaces between them
            score += 6 if words <= 2 and not raw.startswith("#") else 3
        if _bylined(whole) or _stamp_line(whole) or _person_line(whole):
            score -= 8  # "Text: Name · 11 October 2018", "Posted by Name on May 2, 2024"
        if _share_row(low):
            score -= 8  # "Share Tweet Share", "Share this on WhatsApp"
        scored[i] = (score, whole)
        if score > best_score:
            best, best_score = i, score
    teasers = [k for k in cue_lines if k > box_top] if box_top >= 0 else []
    if len({cue_lines[k] for k in teasers}) >= 3:
        # a box of teaser cards, each with a date of its own, between the head and the body
        for k in teasers:
            scored[k] = (scored[k][0] - 12, scored[k][1])
        best, best_score = max(((k, v[0]) for k, v in scored.items()), key=lambda kv: kv[::-1])
    best = _fuller_above(scored, best, best_score)
    if best < 0 or _cue_below(cleaned, best, body_start) < 8:
        # no byline or date under the best line: a headline with a byline right under it
        # further down wins (the run found may start with teasers above the article)
        later = _bylined_heading(cleaned, junk, body_start, n)
        if later >= 0:
            return later, later
    if best < 0:
        return guess, guess
    return best, best


_LONE_BULLETS: Final = frozenset("•*□☆◦▪‣●·○■+-")


def _copies(cleaned: Sequence[str]) -> Counter[str]:
    """How often each headline-sized line occurs (bullets aside). An item inside a menu list
    (a bullet, or text set under an empty bullet) with more items under it is no copy of the
    headline; the last item of a breadcrumb is."""
    counts: Counter[str] = Counter()
    for k, c in enumerate(cleaned):
        if not 12 < len(c) < 250:
            continue
        m = _BULLET_LEAD.match(c)
        listed = m is not None or (k > 0 and cleaned[k - 1] in _LONE_BULLETS)
        if listed and k + 1 < len(cleaned) and _BULLET_LEAD.match(cleaned[k + 1]):
            continue
        key = (c[m.end() :] if m else c).lower()
        counts[key] = counts.get(key, 0) + 1  # (no call of a missing key's default)
    return counts


def _fuller_above(scored: dict[int, tuple[float, str]], best: int, best_score: float) -> int:
    """A headline printed whole, then in parts (the subject's name, then the rest), or shortened
    in a video player or a teaser further down: the whole one, above the best line (within 60
    lines) and scored close to it, holds every word of it."""
    if best < 0:
        return best
    words = set(_WORD.findall(scored[best][1].lower()))
    for k in range(best - 60, best):
        if k not in scored:
            continue
        score, text = scored[k]
        if (
            score > best_score - 4
            and len(text) > len(scored[best][1])
            and not any(mark in text for mark in "|>»/")
            and words <= set(_WORD.findall(text.lower()))
        ):
            return k
    return best


def _bylined_heading(cleaned: Sequence[str], junk: Sequence[bool], start: int, n: int) -> int:
    """The first headline-like line from ``start`` on (within 150 lines of text) with a
    labelled byline as the next line of text under it (``By Jane Doe``), else -1."""
    seen = 0
    for i in range(start, n):
        text = cleaned[i]
        if not text or junk[i]:
            continue
        seen += 1
        if seen > 150:
            break
        if (
            _alone(cleaned, i)
            and text.count(" ") >= 3
            and _heading_like(text)
            and text[-1] not in ".,;:"
            and text.count(",") < 2  # a list of tags above an author box
            and not _is_cue(text)
            and not _BULLET_LEAD.match(text)
            and _cue_below(cleaned, i, i + 4) >= 13  # the byline right under it
            and _prose_follows(cleaned, i)  # and the article under that, not a reader's note
        ):
            return i
    return -1


def _prose_follows(cleaned: Sequence[str], at: int) -> bool:
    """Whether a body-like line (long, with sentences) stands within eight lines of text
    below line ``at``: an article under its headline and byline, not a comment or a teaser."""
    seen = 0
    for i in range(at + 1, len(cleaned)):
        if not cleaned[i]:
            continue
        if _is_long(cleaned[i]):
            return True
        seen += 1
        if seen >= 8:
            break
    return False


_SHARE_WORDS: Final = frozenset(V.SHARE_WORDS)


def _share_row(low: str) -> bool:
    """A row of share or follow buttons: at least half of its words are button words."""
    words = [w.strip("•·|,.:!") for w in low.split()]
    return sum(w in _SHARE_WORDS for w in words) * 2 >= max(len(words), 2)


def _bylined(text: str) -> bool:
    """A byline or a dateline rather than a headline: a credit label with a short name after
    it, or text that ends in a full date (``Posted by Name on May 2, 2024``)."""
    m = BYLINE.match(text)
    if m is not None and 0 < len(m.group("rest").split()) <= 4:
        return True
    found = find_date(text)
    return (
        found is not None
        and found[2] >= len(text.rstrip(" ."))
        and found[1] <= 40
        and not _dated_headline(text)
    )


_ROLE_WORDS: Final = frozenset(V.AUTHOR_ROLES)
_PROFILE_TAIL: Final = re.compile(rf"\s*(?:{_alt(V.AUTHOR_BOX_LINKS)})$", re.IGNORECASE)
#: Initials or a nickname inside a name (``Jane (J.D.) Doe``, ``Jane "JD" Doe``).
_NICKNAME: Final = re.compile(r"\s(?:\((?:[A-Z]\.){1,3}\)|[\"“][A-Z][\w.]{1,14}[\"”])(?=\s)")
#: A handle ending a byline (``Jane Doe @jdoe``, ``News reporter (@jdoe)``).
_HANDLE_TAIL: Final = re.compile(r"\s\(?@\w{1,30}\)?$")
#: Between a name and its role (``Jane Doe, news reporter``, ``Jane Doe | Staff Writer``).
_ROLE_JOINT: Final = re.compile(r",\s|\s[|–—·-]\s")


def _person_line(text: str) -> bool:
    """A byline without a label rather than a headline: a person's name with a role after a
    comma or a separator (``Jane Doe, news reporter``), with initials or a nickname inside it
    (``Jane (J.D.) Doe``), with the link of an author's box after it (``Jane Doe View More
    Articles``), or a name or a role with a handle (``Jane Doe @jdoe``, ``Reporter @jdoe``)."""
    if len(text) > 80:
        return False
    handle = _HANDLE_TAIL.search(text) if "@" in text else None
    core = text[: handle.start()] if handle is not None else text
    # (a link's last letter ends the line: the cheap test first)
    tail = (
        _PROFILE_TAIL.search(core)
        if core[-1:] in _header._LINK_LAST or core.endswith("\n")
        else None
    )
    if tail is not None and tail.start() > 0:
        return _header._person(core[: tail.start()]) is not None
    parts = _ROLE_JOINT.split(core, maxsplit=1)
    if len(parts) == 2:
        return _role(parts[1]) and _header._person(parts[0]) is not None
    if handle is not None:
        return _header._person(core) is not None or _role(core)
    bare = _NICKNAME.sub("", core)
    return bare != core and _header._person(bare) is not None


def _role(text: str) -> bool:
    """What a writer is (``news reporter``, ``Senior Staff Writer``): four words at most, one
    of them a role of :data:`~newsparse.vocab.page.AUTHOR_ROLES`."""
    words = text.lower().split()
    return len(words) <= 4 and not _ROLE_WORDS.isdisjoint(words)


_CJK_STOPS: Final = "。，、；：！？,;:"


def _cjk_heading(text: str) -> bool:
    """A Chinese or Japanese headline, which has no spaces between its words: eight of their
    characters or more, not too long, no full stop or comma at its end."""
    return len(text) <= 120 and text[-1] not in _CJK_STOPS and _cjk(text) >= 8


#: A time of day ending a line, with its time zone or a publication word after it
#: (``… Today at 6am``, ``… 18:45配信``, ``… 10:05 AM EST``).
_CLOCK_TAIL: Final = re.compile(
    r"(?<![\d:.,])(?:[01]?\d|2[0-3])(?::[0-5]\d|\s?[ap]\.?m\b\.?)"
    rf"(?:\s?(?:{_alt(list(V.TIMEZONES))})\b\.?)?"
    rf"(?:\s?(?:{_alt(V.STAMP_CLOSERS + V.TIME_CLOSERS)}))?\s*$",
    re.IGNORECASE,
)


#: A day before a stamp's time: a numeric date (``3/9``, ``12.03.``, ``10月14日``) or a day word.
_SLOT_DAYS: Final = [*V.DAY_WORDS, *V.SLOT_DAY_WORDS, *(w for w in V.WEEKDAYS if len(w) > 3)]
_SLOT_DAY: Final = re.compile(
    rf"\d{{1,4}}[/.-]\d{{1,2}}|\d\s?[月日]|(?<!\w)(?:{_alt(_SLOT_DAYS)})(?!\w)", re.IGNORECASE
)


def _stamp_line(text: str) -> bool:
    """A broadcast or publication stamp rather than a headline: a few words that end in a day
    and a time of day (a schedule slot ``Channel 4 Today at 6am``, ``Daily Wire 3/9(Thu)
    18:45配信``; not ``Mayor to speak at 6pm``)."""
    m = _CLOCK_TAIL.search(text) if any(c.isdigit() for c in text[-12:]) else None
    if m is None or text[: m.start()].count(" ") > 6:
        return False
    return _SLOT_DAY.search(text, 0, m.start()) is not None


_DATE_LABEL_WORDS: Final = frozenset(
    word
    for label in V.PUBLISHED_LABELS + V.UPDATED_LABELS + V.DATE_OPENERS + V.BYLINE_PREFIXES
    for word in label.split()
) | frozenset(V.WEEKDAYS)
_WORD: Final = re.compile(r"\w+")


def _dated_headline(text: str) -> bool:
    """A headline that names a day (``Opening Bell 11.18.19``) rather than a date line: two
    words or more before the date, none of them a date label, no separator or handle."""
    found = find_date(text)
    if found is None:
        return False
    before = text[: found[1]]
    if any(mark in before for mark in "·•|:@,") or not before[:1].isupper():
        return False
    words = [w for w in _WORD.findall(before) if w.lower() not in _DATE_LABEL_WORDS]
    return len(words) >= 2 and len(words) == len(before.split())


_THOUGHTS_ON: Final = re.compile(
    rf"\d+\s+(?:{_alt(V.COMMENT_COUNT_NOUNS)})\s+(?:{_alt(V.COMMENT_ON)})\s+"
    r"[“\"«„‘']\s*(?P<title>[^“”\"«»„]{10,250}?)\s*[”\"»“’']\s*:?",
    re.IGNORECASE,
)
_SHARE_TAIL: Final = re.compile(r"[^:]{1,60}:\s+(\S.{10,250})$")


def _shared(text: str) -> re.Match[str] | None:
    """A share button that names the article (``Share All sharing options for: Headline``)."""
    if text[: text.find(" ")].lower() not in _SHARE_WORDS:
        return None
    return _SHARE_TAIL.match(text)


_CRUMB_TAIL: Final = re.compile(r"\s(?:>|»|›|/|\|)\s+([^>»›/|]{12,250})$")
_NAV_MARKS: Final = re.compile(r"[«»‹›]|^[<>]|[<>]$")


def _nav_row(text: str) -> bool:
    """A previous / next row (``« Previous | Next »``, ``Next »``): arrows around a few words
    (guillemets quoting a phrase in a longer headline are no arrows)."""
    return _NAV_MARKS.search(text) is not None and ("|" in text or text.count(" ") < 3)


def above_heading(cleaned: Sequence[str], junk: Sequence[bool], i: int) -> bool:
    """True when the block right above line ``i`` (one blank line between) is a headline-like
    line of four words or more (ending in a word, a question or exclamation mark or a closing
    quote): line ``i`` is then a standfirst under it."""
    k = i - 2
    if k < 0 or cleaned[i - 1] or not cleaned[k] or junk[k]:
        return False
    if k > 0 and cleaned[k - 1]:  # a wrapped headline: its first line sits above
        k -= 1
        if k > 0 and cleaned[k - 1]:
            return False
    text = _wrapped(cleaned, k) if k < i - 2 else cleaned[k]
    dated = _dated_headline(text)  # "Opening Bell 11.18.19": a daily column's headline
    return (
        (sum(w.isalpha() for w in text.split()) >= 4 or dated)
        and (text[-1].isalnum() or text[-1] in '?!"”’»')
        and "|" not in text
        and _heading_like(text)
        and text[-1] not in ".:"
        and (dated or not _is_cue(text))
        and not _is_notice(text)
        and not _BULLET_LEAD.match(text)
        and len(text) < len(cleaned[i]) + 20
    )


def _doubled(cleaned: Sequence[str], i: int) -> int:
    """The line where line ``i`` is doubled one blank line away (above or below), else -1."""
    if not cleaned[i]:
        return -1
    if i >= 2 and not cleaned[i - 1] and cleaned[i - 2] == cleaned[i]:
        return i - 2
    if i + 2 < len(cleaned) and not cleaned[i + 1] and cleaned[i + 2] == cleaned[i]:
        return i + 2
    return -1


def _in_teasers(cleaned: Sequence[str], i: int) -> bool:
    """True when line ``i`` is one of a list of teaser cards: each links its headline twice
    (an image, then text), so the line is doubled and another doubled line sits next to it."""
    other = _doubled(cleaned, i)
    if other < 0:
        return False
    top, bottom = min(i, other), max(i, other)
    for k in (*range(top - 4, top), *range(bottom + 1, bottom + 5)):
        if 0 <= k < len(cleaned) and cleaned[k] != cleaned[i] and _doubled(cleaned, k) >= 0:
            return True
    return False


#: A numbered list item's marker with no text of its own (``3.``, ``3. 3.``; an empty bullet
#: may end a row of share buttons above the headline).
_LONE_MARKER: Final = re.compile(r"\d{1,3}\.(?:\s\d{1,3}\.)?")


def _under_marker(cleaned: Sequence[str], i: int) -> bool:
    """True when line ``i`` is set under a list item's number that stands alone on the line
    above (one blank line between at most): the text of an item in a list of teasers."""
    k = i - 1 if i > 0 and cleaned[i - 1] else i - 2
    return k >= 0 and _LONE_MARKER.fullmatch(cleaned[k]) is not None


def _wrapped(cleaned: Sequence[str], i: int) -> str:
    """A line with its continuation when a converter hard-wrapped it."""
    if len(cleaned[i]) >= 75 and i + 1 < len(cleaned) and cleaned[i + 1]:
        return fold(cleaned[i] + " " + cleaned[i + 1])
    return cleaned[i]


#: A rule under a heading (lynx draws a heading's border with underscores).
_RULE: Final = re.compile(r"[_━─=-]{8,}")


def _alone(cleaned: Sequence[str], i: int) -> bool:
    """A headline stands in a block of its own (two lines when a long one was wrapped; a rule
    may underline it)."""
    above = i > 0 and bool(cleaned[i - 1])
    below = i + 1 < len(cleaned) and bool(cleaned[i + 1]) and not _RULE.fullmatch(cleaned[i + 1])
    if not above and not below:
        return True
    if above:
        return False
    # a long line continued by the next one: a wrapped headline
    # (not one set twice, an image's name over its link: a teaser card)
    return (
        len(cleaned[i]) >= 75
        and cleaned[i + 1] != cleaned[i]
        and not (i + 2 < len(cleaned) and cleaned[i + 2])
    )


def _is_cue(text: str) -> bool:
    return BYLINE.match(text) is not None or (len(text) < 60 and find_date(text) is not None)


def _cue_at(cleaned: Sequence[str], at: int, stop: int) -> tuple[float, int]:
    """Weight of a byline (most; an unlabelled one too when a handle, an age or a role marks it)
    within six lines or a date (less) within eight lines below a title candidate (a standfirst
    and a photo caption may sit between the headline and its date), and the line it stands on
    (-1 when none)."""
    seen = 0
    for i in range(at + 1, min(stop + 1, len(cleaned))):
        if not cleaned[i] or (len(cleaned[i]) < 3 and not cleaned[i].isalnum()):
            continue  # a blank line or an empty share button ("•")
        seen += 1
        if seen > 8:
            return 0.0, -1
        if cleaned[i][:1] in "—–":
            continue  # an embedded post's signature: "— Jane Doe (@jdoe) May 2, 2024"
        byline_match = BYLINE.match(cleaned[i]) if seen <= 6 else None
        if byline_match:
            rest = byline_match.group("rest")
            if not rest and i + 1 < len(cleaned):
                rest = cleaned[i + 1]  # "By" / "Jane Doe" on lines of their own
            if names(rest or "x"):
                return 14.0 - seen, i
        if len(cleaned[i]) < 80 and find_date(cleaned[i]) is not None:
            return 10.0 - seen, i
        if len(cleaned[i]) < 80:
            bare = bare_byline(cleaned[i], cleaned[at])
            if bare is not None and (bare[1] or _person_line(cleaned[i])):
                return 12.0 - seen, i  # "Jane Doe, @jdoe", "Jane Doe • 8h", "Jane Doe, reporter"
    return 0.0, -1


def _cue_below(cleaned: Sequence[str], at: int, stop: int) -> float:
    """The weight of :func:`_cue_at`: a byline's or a date's under a title candidate."""
    return _cue_at(cleaned, at, stop)[0]
