"""Tests of a line's or a block's text that the body and the title decisions share: how long
and how prose-like it is, whether it is a notice, a photo credit, a list item, a heading that
opens a box of teasers.

They read the text alone (no page, no neighbours), each from the vocabulary tables.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from newsparse import _cues as cues
from newsparse._lines import fold
from newsparse._memo import LIMIT, page_memo
from newsparse._patterns import alternation as _alt
from newsparse._patterns import spaced_phrases
from newsparse.vocab import page as V

# (matched on lower-cased text: a case-insensitive alternation of many phrases is several
# times slower, and every block of every page is asked)
_NOTICE_WORDS: Final = [p.lower() for p in V.NOTICE_PHRASES]


_NOTICE: Final = re.compile(rf"(?:{_alt(_NOTICE_WORDS)})")


_NOTICE_SPACED: Final = spaced_phrases(_NOTICE_WORDS)


_NOTICE_SINGLE: Final = tuple(p for p in _NOTICE_WORDS if p and " " not in p)


def has_notice(low: str) -> bool:
    """Whether one of the notice phrases stands in the lower-cased text (as a search of
    ``_NOTICE`` finds one): those with a space found from their space on, the others (a word
    or two joined) one by one."""
    return _NOTICE_SPACED.search(low) is not None or any(map(low.__contains__, _NOTICE_SINGLE))


_LINKISH: Final = re.compile(r"https?://\S+|www\.\S+")


SENTENCE_END: Final = frozenset('.!?"”’»)…:。！？」』')


# Chinese and Japanese write no spaces between words: one of their characters counts as a word
# and weighs like three Latin letters, and their full stops and commas are marks of their own
CJK: Final = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


BULLET_LEAD: Final = re.compile(rf"(?:{cues.bullet_class('+o-')}|\d{{1,3}}\.)\s+")


def cjk_count(text: str) -> int:
    """How many Chinese or Japanese characters the text has (none in most texts: no search;
    a block's weight and words ask about its text several times: counted once a page)."""
    if text.isascii():
        return 0
    try:
        return CJK_COUNTS[text]  # type: ignore[return-value]
    except KeyError:
        count = CJK_COUNTS[text] = len(CJK.findall(text))
        if len(CJK_COUNTS) > LIMIT:
            CJK_COUNTS.clear()
        return count


#: How many Chinese or Japanese characters the texts of the page being read have (see
#: :mod:`newsparse._memo`).
CJK_COUNTS: Final = page_memo()


def text_weight(text: str) -> int:
    """The text's length, a Chinese or Japanese character counting three."""
    return len(text) + 2 * cjk_count(text)


def word_count(text: str) -> int:
    """The text's words, a Chinese or Japanese character counting one."""
    return text.count(" ") + 1 + cjk_count(text)


def is_notice(text: str) -> bool:
    """A cookie banner, a sign-in or newsletter prompt, a legal footer."""
    if len(text) >= 2000:
        return False
    low = text.lower()
    if not has_notice(low):
        return False  # (most texts: no count needed)
    return len(_NOTICE.findall(low)) >= (1 if len(text) < 400 else 2)


def linkish(text: str) -> bool:
    """Whether the text holds a web address (the pattern only where ``://`` or ``www.`` is)."""
    return ("://" in text or "www." in text) and _LINKISH.search(text) is not None


def wordless(line: str) -> bool:
    """A line of marks without a letter or a figure (``•``, ``“ ”``, ``* * *``).

    >>> wordless("* * *"), wordless("• 3")
    (True, False)
    """
    return not any(map(str.isalnum, line))


def is_long(text: str) -> bool:
    """A body-like line: long, with sentence punctuation, few links."""
    if len(text) < 20 or text_weight(text) < 60 or linkish(text):
        return False
    return word_count(text) >= 9 and (
        text[-1] in SENTENCE_END or ". " in text or ", " in text or "。" in text or "，" in text
    )


TEASER_HEADING: Final = re.compile(rf"(?:{_alt(V.TEASER_HEADINGS)})\b.*", re.IGNORECASE)
#: The heading of any list of other articles: a teaser box's or a most-read list's.
LIST_HEADING: Final = re.compile(
    rf"(?:{_alt(V.TEASER_HEADINGS + V.MOST_READ_HEADINGS)})\b.*", re.IGNORECASE
)


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


# (the branches of ``_CREDIT`` and ``_CAPTION`` that need no bracket, slash nor "credit")
_CREDIT_HEAD: Final = re.compile(_CREDIT_LABEL, re.IGNORECASE)


_CREDIT_END: Final = re.compile(_CREDIT_SOURCE, re.IGNORECASE)


#: How far before a line's end a closing picture agency can start (with ``).``).
_SOURCE_REACH: Final = max(map(len, V.CREDIT_SOURCES)) + 2


def is_credit(text: str) -> bool:
    """Whether ``_CREDIT`` matches ``text``. Most of its branches read the whole line for a
    bracket or a slash; without one (nor a line break), only a label at the start or an agency
    at the end is looked for, where it can stand."""
    if "(" in text or "/" in text or "\n" in text:
        return _CREDIT.match(text) is not None
    return (
        _CREDIT_HEAD.match(text) is not None
        or _CREDIT_END.search(text, max(0, len(text) - _SOURCE_REACH)) is not None
    )


# (with their punctuation and full-width forms: a line break between two of these is no space)
_CJK_WIDE: Final = re.compile(
    r"[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]"
)
#: The first of those characters: a wrap between two lines neither of which has one at the
#: break (a Latin page's lines) is no wrap inside Chinese or Japanese text, unasked (joining
#: the corpus's blocks took 31 ms with this look, 43 ms without).
_CJK_WIDE_FIRST: Final = "\u3000"


def join_lines(parts: Sequence[str]) -> str:
    """Join the lines of one block: spaces between, none before closing punctuation, and none
    between two Chinese or Japanese characters (a hard wrap inside a sentence written without
    spaces: ``…スマホ・タ`` / ``ブレット…``)."""
    out = ""
    for part in parts:
        if not out:
            out = part
        elif part[0] in ",.;:!?)’”%" or (
            (part[0] >= _CJK_WIDE_FIRST or out[-1] >= _CJK_WIDE_FIRST) and _cjk_wrap(out, part)
        ):
            out += part
        else:
            out += " " + part
    return fold(out)


def _cjk_wrap(before: str, after: str) -> bool:
    """Whether a hard wrap between ``before`` and ``after`` falls inside Chinese or Japanese
    text: two of its characters, or a figure written in it (``…民兵指導者が17`` / ``日、…``,
    ``…7`` / ``歳から…``): its own characters on both sides of the figure."""
    if _CJK_WIDE.match(after):
        if _CJK_WIDE.match(before[-1]):
            return True
        digits = before.rstrip("0123456789")
        return (
            len(digits) < len(before) and bool(digits) and _CJK_WIDE.match(digits[-1]) is not None
        )
    if _CJK_WIDE.match(before[-1]) and after[0] in "0123456789":
        rest = after.lstrip("0123456789")
        return bool(rest) and _CJK_WIDE.match(rest) is not None
    return False


#: A converter that wraps lines wraps them at most this wide (w3m 80 or 100, lynx 79 or 94,
#: html2text 78): a page whose lines run longer was not wrapped ...
MAX_WRAP_COLUMNS: Final = 100
#: ... but for a few lines that could not be broken (a long link with its words): this share.
MAX_OVERLONG_SHARE: Final = 0.02
#: A wrapped page has many lines ending near its width: this many at least ...
MIN_WRAPPED_LINES: Final = 8
#: ... within this many columns of it (a line ends where its next word would not fit).
WRAP_BAND: Final = 15


#: Lines opening with a comma or a stop (``, you join …``): this many on a page say the
#: converter set inline pieces (a link, a bold word) on lines of their own.
MIN_CUT_LINES: Final = 2
_CUT_OPENERS: Final = ",.;:)!?"


def wrap_width(lines: Sequence[str]) -> int | None:
    """The width a converter wrapped the page's lines at, or ``None`` when it did not wrap
    them: the longest line with a space no wider than :data:`MAX_WRAP_COLUMNS`, when few lines
    run longer (:data:`MAX_OVERLONG_SHARE`) and :data:`MIN_WRAPPED_LINES` end close to it.
    ``0`` when the converter cut sentences at inline pieces (:data:`MIN_CUT_LINES`): no line
    break on the page is the writer's.

    >>> wrap_width(["word " * 15] * 10 + ["a short line"])
    74
    >>> wrap_width(["a short line", "and another"]) is None
    True
    >>> wrap_width(["Congrats", "/u/somebody", ", you won", "Gold", ". Well done"])
    0
    """
    if sum(line.lstrip()[:1] in _CUT_OPENERS for line in lines if line.strip()) >= MIN_CUT_LINES:
        return 0
    widths = [len(line.rstrip()) for line in lines if " " in line.strip()]
    fitting = [w for w in widths if w <= MAX_WRAP_COLUMNS]
    if not fitting or len(widths) - len(fitting) > MAX_OVERLONG_SHARE * len(widths):
        return None
    width = max(fitting)
    near = sum(w > width - WRAP_BAND for w in fitting)
    return width if near >= MIN_WRAPPED_LINES else None


def join_wrapped(parts: Sequence[str], widths: Sequence[int], wrap: int | None) -> str:
    """The lines of one paragraph (``parts``, each ``widths`` columns wide on the page) joined
    where the converter wrapped them or set an inline piece on a line of its own, and a line
    break kept where the writer broke the line: before a line that opens as a line does (a
    capital, a digit, ``@``, a bullet) after a line that ends short of ``wrap`` although the
    next word would have fit (on a page that was not wrapped, ``wrap`` is ``None``).

    >>> join_wrapped(["Shorter line", "Next line"], [12, 9], 80)
    'Shorter line\\nNext line'
    >>> join_wrapped(["A line that runs", "On and", "on"], [16, 6, 2], 18)
    'A line that runs On and on'
    """
    groups: list[list[str]] = [[parts[0]]] if parts else []
    for k in range(1, len(parts)):
        if _writers_break(parts[k], widths[k - 1], wrap):
            groups.append([parts[k]])
        else:
            groups[-1].append(parts[k])
    return "\n".join(join_lines(group) for group in groups)


def _writers_break(part: str, before: int, wrap: int | None) -> bool:
    """Whether the line break before ``part`` is the writer's: it opens as a line does and
    its first word would have fit on the line before (``before`` columns wide)."""
    return _opens_line(part) and (wrap is None or before + 1 + len(part.split(" ", 1)[0]) <= wrap)


#: What a line the writer began may start with besides a capital or a digit: an answer's
#: ``@``, a list's bullet or dash.
_LINE_OPENERS: Final = "@•*-–—"


def _opens_line(part: str) -> bool:
    """Whether a line may begin a line of its writer's (a capital, a digit, ``@``, a bullet),
    not go on with a sentence cut by the converter (``, you join …``, ``who've``, ``/u/x``: an
    inline link set on a line of its own)."""
    return part[0].isupper() or part[0].isdigit() or part[0] in _LINE_OPENERS
