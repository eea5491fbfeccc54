"""Answers remembered while one page is read, forgotten when the next parse starts.

The readers of a real page ask pure questions about the same line many times (each headline
candidate looks at the lines under it). A *page memo* is a dict from the question's arguments
to its answer; :func:`forget_pages` empties every one when a parse starts and when it ends, so no
parse profits from an earlier one (a benchmark that parses one page over and over measures the
full work) and no line of a page is held once its parse has returned.
Each memo is bounded: it is emptied when it grows past :data:`LIMIT` entries.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Final, TypeVar, cast

__all__ = ["LIMIT", "forget_pages", "page_memo", "per_page"]

#: The most answers one memo keeps (then it starts again empty).
LIMIT: Final = 4096

_MEMOS: Final[list[dict[object, object]]] = []


def page_memo() -> dict[object, object]:
    """A new page memo (at import time of the module that owns it).

    >>> memo = page_memo(); memo["Jane Doe"] = ("Jane Doe",); forget_pages(); memo
    {}
    """
    memo: dict[object, object] = {}
    _MEMOS.append(memo)
    return memo


def forget_pages() -> None:
    """Empty every page memo (called as each parse starts and ends)."""
    for memo in _MEMOS:
        memo.clear()


_Answer = TypeVar("_Answer")
#: What a page memo holds for a line not read yet.
_UNREAD: Final = object()


def per_page(read: Callable[[str], _Answer]) -> Callable[[str], _Answer]:
    """``read``, its answers remembered for the page being read (a page memo): the device for
    a pure question about one line that several readers ask again (the comment zone's search,
    the header reader and the records' readers: over the comment-heavy dumps, half the lines
    read for a quote's label, three in four for prose, were read before on that page).

    >>> shout = per_page(str.upper); shout("ann"), shout("ann")
    ('ANN', 'ANN')
    """
    memo = page_memo()

    @functools.wraps(read)
    def remembered(text: str) -> _Answer:
        found = memo.get(text, _UNREAD)
        if found is _UNREAD:
            found = memo[text] = read(text)
            if len(memo) > LIMIT:
                memo.clear()
        return cast(_Answer, found)

    return remembered
