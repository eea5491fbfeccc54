"""Line numbers in defects, dropped lines and placement are the ones ``grep -n`` and editors
show: lines break at ``\\n``, ``\\r\\n`` and a lone ``\\r`` only (issue 15). A form feed, a
vertical tab, ``\\x1c``-``\\x1e``, U+0085, U+2028 and U+2029 are spaces inside a line."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse import parse_detailed
from newsparse._normalize import physical_lines

#: What ``str.splitlines`` breaks at besides ``\n`` and ``\r``.
ODD_BREAKS = ["\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"]


def _words(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("odd", ODD_BREAKS)
def test_an_odd_break_is_a_space_inside_a_line(odd: str) -> None:
    page = f"Title\n\nBody one.{odd}Body two.\n\nFacebook Conversations\n\nstray text here\n"
    result = parse_detailed(page)
    assert result.article.paragraphs == ("Body one. Body two.",)
    assert [(d.line, d.text) for d in result.dropped] == [(5, "Facebook Conversations")]
    assert len(result.placement) == 7
    assert not [d for d in result.defects if d.kind == "invalid-characters"]


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_each_line_break_counts_once(newline: str) -> None:
    page = newline.join(["Title", "", "Body.", "", "Facebook Conversations", ""])
    result = parse_detailed(page)
    assert [(d.line, d.text) for d in result.dropped] == [(5, "Facebook Conversations")]


_PIECES = [
    "Rain at last",
    "It rained all day, and the river rose over the old bridge.",
    "Reply",
    "Facebook Conversations",
    "Reader Comments (2)",
    "• Ann",
    "Aug 5, 2012 - 11:21AM",
    "Aug 35, 2012 - 11:21AM",
    "3 hours ago",
    "stray words",
    "More in Sport",
    "",
]


@given(
    st.lists(
        st.tuples(
            st.sampled_from(_PIECES),
            st.sampled_from(["", *ODD_BREAKS]),
            st.sampled_from(_PIECES),
            st.sampled_from(["\n", "\r\n", "\r"]),
        ),
        max_size=30,
    )
)
def test_every_record_names_the_line_grep_shows(parts: list[tuple[str, str, str, str]]) -> None:
    text = "".join(a + (odd + b if odd else "") + newline for a, odd, b, newline in parts)
    result = parse_detailed(text)
    lines = physical_lines(text)
    assert len(result.placement) == len(lines)
    for d in result.dropped:
        assert _words(d.text) in _words(lines[d.line - 1])
    for defect in result.defects:
        if defect.line == 0 or defect.kind == "invalid-characters":
            continue  # (the whole page; a line shown with its characters escaped)
        line = _words(lines[defect.line - 1])
        if defect.kind == "implausible-field":  # a field of several lines, from its first
            assert _words(defect.text).startswith(line), defect
        else:
            assert _words(defect.text) in line, defect
