"""Fast paths give the answers of the slow ones: page memos never leak into the next parse,
plain searches find what the patterns they replace find."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

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


@given(
    st.text(alphabet="ab_é -.'", min_size=4, max_size=8),
    st.text(alphabet="ab_é -.'X", max_size=30),
)
def test_a_surname_in_the_headline_is_found_as_a_whole_word(surname: str, title: str) -> None:
    """The plain search with a look at the neighbours finds what ``(?<!\\w)name(?!\\w)`` finds."""
    import re

    name = "Jo " + surname
    last = name.split()[-1].casefold()
    expected = name.casefold() in title.casefold() or (
        len(last) >= 4
        and re.search(rf"(?<!\w){re.escape(last)}(?!\w)", title.casefold()) is not None
    )
    assert _generic_header._in_title(name, title) == (expected and bool(title))
