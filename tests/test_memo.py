"""Page memos: answers remembered while one page is read never leak into the next parse."""

from __future__ import annotations

from datetime import date

import newsparse
from newsparse import _dates, _generic_header, _memo

PAGE = (
    "Harbour ferry returns after storm\n\nMay 2, 2024\n\nBy Lena Marsh\n\n"
    "The ferry to the island sails again from Monday, the operator said on Thursday, after "
    "the storm tore away a pier and left the crossing closed for three weeks.\n\n"
    "Repairs cost more than planned, and the timetable stays thin until the summer, when a "
    "second boat joins the route and the evening crossings come back.\n"
)


def test_a_parse_starts_with_empty_memos() -> None:
    before = newsparse.parse(PAGE)
    # a stale answer for the page's own date line, as if an earlier parse had left it behind
    _dates._FOUND[("May 2, 2024", None, None)] = (date(1999, 1, 1), 0, 11)
    _generic_header._BARE["By Lena Marsh"] = None
    assert newsparse.parse(PAGE) == before
    assert before.published == date(2024, 5, 2)


def test_memos_are_bounded() -> None:
    memo = _memo.page_memo()
    for k in range(_memo.LIMIT + 10):
        _dates.find_date(f"{k} May 2, 2024")
    assert len(_dates._FOUND) <= _memo.LIMIT + 1
    _memo.forget_pages()
    assert memo == {} and _dates._FOUND == {}
