"""The pieces that keep a big page's peak memory low read as the plain ways do (issue 15):
lines split a piece at a time, text lower-cased a piece at a time, comments kept in arrays
until built. (The peak itself: ``tests/test_hostile.py`` and ``bench_hostile.py --memory``.)"""

from __future__ import annotations

import tracemalloc

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse import _lines, _normalize
from newsparse._normalize import physical_lines, split_lines


@given(
    st.lists(
        st.sampled_from(
            ["", "a", "Σ", "ΑΣ", " ", "\n", "\r", "\r\n", "σ", "'", "\u0345", "İ", "x y"]
        ),
        max_size=80,
    )
)
def test_lowered_in_pieces_is_lower(parts: list[str]) -> None:
    text = "".join(parts)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(_lines, "_LOWER_PIECE", 3)
        assert _lines.lowered(text) == text.lower()


@given(
    st.lists(
        st.sampled_from(["Rain", "  • Ann  ", "", "\u00c3\u00a9", "x\u0007", "\u2028", "Reply"]),
        max_size=60,
    ),
    st.sampled_from(["\n", "\r\n", "\r"]),
)
def test_lines_split_in_pieces_are_the_lines_of_the_whole(parts: list[str], newline: str) -> None:
    text = newline.join(parts)
    whole = split_lines(text)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(_normalize, "_PIECE", 4)
        assert split_lines(text) == whole
    assert len(whole[0]) == len(physical_lines(text))


def _peak(text: str) -> float:
    newsparse.parse(text[:2000])
    tracemalloc.start()
    try:
        newsparse.parse(text)
        return tracemalloc.get_traced_memory()[1] / len(text.encode())
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize(
    ("text", "budget"),
    [
        ("Title\n\nIt rained.\n\n" + "• Ann\nAug 5, 2012 - 11:47AM\n\nHi.\n\n" * 3_000, 12),
        ("Title\n\n" + "• item\n" * 15_000, 13.5),
    ],
    ids=["comment heads", "bullets"],
)
def test_a_page_of_many_small_parts_peaks_well_under_twenty_times(text: str, budget: float) -> None:
    """No object a comment, a block or a header line until the records are built: these pages
    peaked at 17x and 15x their size here before (about 9x and 12x now; issue 15 asks for
    20x at 50 MB)."""
    with pytest.MonkeyPatch.context() as mp:  # (the pieces of a big page, on a small one)
        mp.setattr(_normalize, "_PIECE", 1 << 12)
        mp.setattr(_lines, "_LOWER_PIECE", 1 << 10)
        assert _peak(text) <= budget
