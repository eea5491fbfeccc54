"""Answers remembered while one page is read, forgotten when the next parse starts.

The readers of a real page ask pure questions about the same line many times (each headline
candidate looks at the lines under it). A *page memo* is a dict from the question's arguments
to its answer; :func:`forget_pages` empties every one when a parse starts and when it ends, so no
parse profits from an earlier one (a benchmark that parses one page over and over measures the
full work) and no line of a page is held once its parse has returned.
Each memo is bounded: it is emptied when it grows past :data:`LIMIT` entries.
"""

from __future__ import annotations

import threading
from typing import Final, Protocol

__all__ = ["LIMIT", "ThreadMemo", "forget_pages", "page_memo", "thread_memo"]

#: The most answers one memo keeps (then it starts again empty).
LIMIT: Final = 4096


class _Clearable(Protocol):
    def clear(self) -> None: ...

    def __len__(self) -> int: ...


_MEMOS: Final[list[_Clearable]] = []


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


class ThreadMemo(threading.local):
    """A page memo for what one page is (its text), not for answers any page would share:
    each thread that parses keeps its own ``entries``, and :func:`forget_pages` empties the
    calling thread's."""

    def __init__(self) -> None:
        self.entries: dict[str, object] = {}

    def clear(self) -> None:
        """Forget the calling thread's entries."""
        self.entries.clear()

    def __len__(self) -> int:
        return len(self.entries)


def thread_memo() -> ThreadMemo:
    """A new :class:`ThreadMemo` (at import time of the module that owns it).

    >>> memo = thread_memo(); memo.entries["text"] = "Rain"; forget_pages(); memo.entries
    {}
    """
    memo = ThreadMemo()
    _MEMOS.append(memo)
    return memo
