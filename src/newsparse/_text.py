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


def is_long(text: str) -> bool:
    """A body-like line: long, with sentence punctuation, few links."""
    if len(text) < 20 or text_weight(text) < 60 or linkish(text):
        return False
    return word_count(text) >= 9 and (
        text[-1] in SENTENCE_END or ". " in text or ", " in text or "。" in text or "，" in text
    )


TEASER_HEADING: Final = re.compile(rf"(?:{_alt(V.TEASER_HEADINGS)})\b.*", re.IGNORECASE)


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


def join_lines(parts: Sequence[str]) -> str:
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
