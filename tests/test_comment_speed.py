"""The comment readers' speed device skips nothing they would read: a line is read as a header
only near a line that may hold a time (:class:`newsparse._comment_zone.TimeLines`, found once a
page), and every line left out would have been read as no header at all."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from hypothesis import example, given
from hypothesis import strategies as st

from newsparse import _comment_zone as Z
from newsparse import _generic_comments as G
from newsparse._memo import per_page
from newsparse._page import Page
from newsparse._relative import find_relative
from newsparse.vocab import comments as C

REF = datetime(2024, 5, 2, 12, 0)

#: Lines of the kinds the comment readers look at: names, times of every form they read
#: (relative in words or figures, day words, clocks, short years, numbered, year-less), labels,
#: separators, and lines with figures that are no time.
_PIECES = st.sampled_from(
    [
        "",
        "Ann",
        "Jean-Luc Petit",
        "• Ann",
        "Ann says:",
        "Ann sagt:",
        "says:",
        "·",
        "Reply",
        "3 hours ago",
        "an hour ago",
        "vor 2 Tagen",
        "vor einer Stunde",
        "Час назад",
        "вчера в 21:22",
        "Gestern",
        "yesterday",
        "HEUTE",
        "just now",
        "#3",
        "#1.1 — vor 8 Stunden",
        "Aug 5, 2012 - 11:47AM",
        "03.03.2011, 14:27",
        "Le 9 janvier à 13:06",
        "5 May",
        "Jan 4 '15 at 9:30",
        "12 points by alice 3 hours ago | parent | next",
        "alice 9h30",
        "Marisol21:00",
        "1. Unknown07:56 PM",
        "3 comments",
        "Page 2 of 5",
        "$12",
        "in 2019 the mill closed.",
        "It stood by her for an hour.",
        "Great read, thanks.",
    ]
)
_LINES = st.lists(
    st.one_of(_PIECES, st.text(alphabet="aAgo vrH:.'’#1290-·einstday", max_size=24)),
    max_size=14,
)


def _page(lines: list[str]) -> Page:
    return Page(lines=lines, tz=None, reference=REF, defects=[], placement=[None] * len(lines))


@given(_LINES)
def test_a_line_left_out_of_the_times_reads_as_no_zone_header(lines: list[str]) -> None:
    found = Z.time_lines(lines)
    page = _page(lines)
    for i, text in enumerate(lines):
        if i not in found.times and text:
            assert Z._header(page, text) is None, text


@given(_LINES, st.sampled_from([None, date(2024, 1, 10)]))
def test_a_line_with_no_timestamp_near_reads_as_no_comment_header(
    lines: list[str], after: date | None
) -> None:
    found = Z.time_lines(lines)
    for i, text in enumerate(lines):
        if text and not found.stamp_near(i, G._STAMP_REACH) and not G._ends_saying(text):
            assert G._comment_header(_page(lines), lines, i, after) is None, (i, lines)


def test_the_times_and_timestamp_lines_of_a_small_thread() -> None:
    lines = ["Rain at last", "", "Ann", "3 hours ago", "", "Lovely.", "", "Bob", "Gestern", "Yes!"]
    found = Z.time_lines(lines)
    assert list(found.times) == [3]
    assert list(found.stamps) == [3, 8]
    assert found.stamp_near(2, 1) and not found.stamp_near(4, 3)


@given(_LINES, st.sampled_from([None, date(2024, 1, 10)]))
@example(["", "Ann", "", "3 hours ago", "Nice."], None)
@example(["", "Ann", "", "", "·", "", "", "Aug 5, 2012 - 11:47AM", "Hi."], None)
@example(["Marisol21:00", "Ann 5 May"], date(2024, 1, 10))
def test_a_header_read_with_the_pages_time_lines_reads_as_without_them(
    lines: list[str], after: date | None
) -> None:
    # (with them, a line is not read for a date without a digit, nor for a name alone without
    # a timestamp line a few lines below it)
    found = Z.time_lines(lines)
    for i, text in enumerate(lines):
        if text:
            fast = G._comment_header(_page(lines), lines, i, after, found)
            assert fast == G._comment_header(_page(lines), lines, i, after), (i, lines)


@given(
    st.sampled_from(C.QUOTE_INTROS),
    st.text(alphabet="aZé Д.:-_1", min_size=1, max_size=45),
    st.sampled_from([str.lower, str.upper, str.title]),
)
def test_every_quote_intro_holds_the_piece_looked_for_first(
    form: str, name: str, case: Callable[[str], str]
) -> None:
    line = case(form).replace(case("{name}"), name)
    if Z._QUOTE_INTRO.fullmatch(line) is not None:
        assert Z._QUOTE_INTRO_PIECE.found_in(line), line


@given(_LINES)
def test_a_line_left_out_of_the_timestamp_lines_is_no_time_note_and_no_time_alone(
    lines: list[str],
) -> None:
    found = Z.time_lines(lines)
    page = _page(lines)
    for i, text in enumerate(lines):
        if text and not found.stamped[i]:
            assert Z.time_note(page, text, True) is None, text
            assert find_relative(text) is None, text


@given(_LINES, st.integers(min_value=0, max_value=15), st.integers(min_value=0, max_value=9))
def test_the_lines_near_a_timestamp_line_are_those_stamp_near_says(
    lines: list[str], start: int, reach: int
) -> None:
    found = Z.time_lines(lines)
    expected = [i for i in range(start, len(lines)) if found.stamp_near(i, reach)]
    assert list(found.lines_near(start, reach)) == expected


@given(st.text(alphabet=" \tyesterdayGHUTE'’aujourdhi\u00a0x", max_size=16))
@example(" Yesterday ")
@example("aujourd’hui\u00a0")
def test_the_day_line_test_answers_as_its_pattern(text: str) -> None:
    assert Z._day_line(text) == (Z._DAY_LINE.fullmatch(text) is not None)


def test_a_line_memo_is_forgotten_when_the_next_parse_starts() -> None:
    import newsparse

    calls: list[str] = []

    def read(text: str) -> str:
        calls.append(text)
        return text.upper()

    remembered = per_page(read)
    assert remembered("ann") == remembered("ann") == "ANN"
    assert calls == ["ann"]
    newsparse.parse("Title\n\nText of the page.")
    assert remembered("ann") == "ANN"
    assert calls == ["ann", "ann"]


@given(st.text(alphabet="3 小时前전之以후後分agO vorНазадİıſSΣ", max_size=14))
@example("发布于3小时前")
@example("3시간 전")
def test_the_hint_for_chinese_japanese_and_korean_answers_as_its_patterns(text: str) -> None:
    from newsparse import _relative as R

    expected = R._HINT.search(text) is not None or R._CJK_AGO_IN.search(text) is not None
    assert R.hinted(text) == expected


def test_a_relative_time_remembered_is_forgotten_when_the_next_parse_starts() -> None:
    import newsparse
    from newsparse import _relative

    _relative._FOUND["3 hours ago"] = None  # (a stale answer, as if left behind)
    newsparse.parse("Title\n\nText of the page.")
    assert find_relative("3 hours ago") == find_relative("3 hours ago", digits=True)
    assert find_relative("3 hours ago") is not None


@given(st.text(alphabet="Ann sAYSaidgtécrÉTΣσİı: \t", max_size=16))
@example("Ann says:")
@example("Jean A DIT :")
@example("Anna ГОВОРИТ")
def test_the_saying_test_answers_as_the_whole_line_lowered(text: str) -> None:
    expected = text.rstrip().rstrip(":").rstrip().lower().endswith(G._SAYS_ENDINGS)
    assert G._ends_saying(text) == expected


def test_a_hint_words_letter_is_taken_case_blind_for_what_lowers_to_it() -> None:
    """What lets :func:`~newsparse._relative.hinted` search a line's lower case for the words'
    lower case: over every character, one that lowers to one character keeps being a word's
    character or not, and the case-blind search takes it for a letter of the words exactly
    when it lowers to that letter (but for ``ı`` and ``ſ``, whose lines are searched
    case-blind)."""
    import re
    import sys

    from newsparse import _relative as R

    letters = sorted({c for w in R._HINT_WORDS for c in w.lower()})
    assert not {"σ", "ς"} & set(letters)  # (``Σ`` lowers by its place in a word)
    blind = re.compile("[" + re.escape("".join(letters)) + "]", re.IGNORECASE)
    word = re.compile(r"\w")
    odd = []
    for cp in range(sys.maxunicode + 1):
        ch = chr(cp)
        low = ch.lower()
        if len(low) != 1 or R._CASE_BLIND_ONLY.search(low):
            continue
        if (word.match(ch) is None) != (word.match(low) is None):
            odd.append(ch)
        elif blind.fullmatch(ch) is not None:
            taken = [c for c in letters if re.fullmatch(re.escape(c), ch, re.IGNORECASE)]
            if taken != [low]:
                odd.append(ch)
        elif low in letters:
            odd.append(ch)
    assert odd == []
