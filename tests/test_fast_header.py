"""The header reader's speed devices give the answers of the plain computations they stand in
for: the page's day order read only when it changes a date, the count of a byline's name that
stops once it is decided, the seam of glued words found from its capital, and the cheap tests
before a signature, an author box's heading, a bio's verb, an update's label and a late
byline label. Each is compared with its plain form over made-up strings
and, where the shared corpus is present, over the lines of its real dumps."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse import _generic_header as H
from newsparse._authors import (
    BYLINE_LATE,
    CAMEL_SEAM,
    SEAM_CAPITAL,
    cjk_name,
    cjk_persons,
    glued_piece,
    late_byline,
)
from newsparse._dates import (
    DayOrder,
    _find_date,
    _same_reading,
    find_page_date,
    may_hold_date,
)
from newsparse._normalize import decode, split_lines

#: The shared corpus's dumps, read at test time (never copied into the repository).
_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"
#: Every this many dumps of the corpus are read (the test stays short).
_DUMP_STEP = 7


def _real_pages() -> list[list[str]]:
    """The lines of a sample of the shared dumps; none where the corpus is absent."""
    if not _CORPUS.is_dir():
        return []
    paths = sorted(_CORPUS.glob("*/*.txt"))[::_DUMP_STEP]
    return [split_lines(decode(p.read_bytes())[0])[0] for p in paths]


_PAGES = _real_pages()
needs_corpus = pytest.mark.skipif(not _PAGES, reason="the shared corpus is not present")


# --- plain forms --------------------------------------------------------------------------


def _plain_page_date(lines: list[str], text: str) -> object:
    """``find_page_date`` with the page's order asked first, as the header read it before."""
    return find_page_date(text, day_first=DayOrder(lines).of(text))


def _plain_named_more(cleaned: list[str], name: str, times: int) -> bool:
    said = sum(1 for text in cleaned if name and name in text)
    return said > times


def _plain_about(text: str) -> bool:
    plain = H._plain(H._LIST_LEAD.sub("", text, count=1)).strip(H._HEADING_MARKS).casefold()
    return " ".join(plain.split()) in H._ABOUT


def _plain_bio_verb_early(text: str) -> bool:
    return any(word.strip("_") in H._BIO_VERBS for word in text.split(None, 7)[:7])


def _plain_names_update(text: str) -> bool:
    return (
        H._UPDATED_LOWER.search(text.lower()) is not None or H._UPDATED_ODD.search(text) is not None
    )


def _plain_labelled_date(text: str) -> bool:
    if H._LABELLED_DATE.match(text):
        return True
    led = H._LED_LABEL.match(text)
    if led is None:
        return False
    found = _find_date(H._OPENER_LEAD.sub("", text[led.end() :]), None, None)
    return found is not None and found[1] == 0


def _plain_cjk_over_date(texts: list[str], pos: int) -> object:
    line = texts[pos].strip()
    if pos + 1 >= len(texts) or not H._dated(texts[pos + 1]):
        return None
    joined = "".join(line.split())
    if len(joined) <= H._CJK_NAME_MOST and not cjk_name(joined):
        return None
    found = tuple(cjk_persons(line)) if joined != line else (line,)
    return (found, True) if found and all(cjk_name(name) for name in found) else None


def _plain_late_before_stamp(text: str) -> object:
    found = _find_date(text, None, None)
    if found is None or found[1] == 0:
        return None
    head = H._LABEL_BEFORE_DATE.sub("", text[: found[1]]).rstrip(" |·•,;-–—")
    m = BYLINE_LATE.search(head)
    if m is None or any(w[:1].islower() for w in head[: m.start()].split()):
        return None
    return m.span(), m.string


def _same(one: object, other: object) -> bool:
    """Equal, and of the same types and zones (a date never stands for a datetime)."""
    return repr(one) == repr(other)


# --- made-up strings ----------------------------------------------------------------------

_NUMBERS = st.integers(0, 40).map(str) | st.sampled_from(["05", "2019", "19", "1.2.3"])
#: Date-like strings: numbers joined by dots, slashes and dashes, months, times and words.
_DATE_LIKE = st.lists(
    _NUMBERS
    | st.sampled_from(
        [".", "/", "-", " ", ", ", ":", "mai", "May", "Nov", "de", "le", "am", "10:32 PM", "Uhr"]
    ),
    max_size=12,
).map("".join)
#: Pages whose order is day first, month first, or not told.
_ORDER_LINES = st.lists(
    st.sampled_from(
        [
            "Posted 25/11/2019",
            "11/25/19",
            "Updated 5 November 2019",
            "Nov 5, 2019",
            "Publié le 05/11/2019 dans la rubrique des sports et de la culture",
            "version 1.13.2",
            "",
        ]
    ),
    max_size=4,
)


@given(_ORDER_LINES, _DATE_LIKE)
def test_the_day_order_read_when_it_counts_gives_the_plain_date(
    lines: list[str], text: str
) -> None:
    assert _same(DayOrder(lines).page_date(text), _plain_page_date(lines, text))


def test_the_day_order_is_read_where_the_reading_turns_on_it() -> None:
    lines = ["Publié le 05/11/2019 dans la rubrique des sports et de la culture"]
    assert DayOrder(lines).page_date("02/05/2024") == (date(2024, 5, 2), 0, 10)
    assert DayOrder(["11/25/19"]).page_date("02/05/2024") == (date(2024, 2, 5), 0, 10)


def test_readings_differing_in_type_or_zone_are_not_the_same() -> None:
    read = _same_reading
    day = date(2024, 5, 2)
    utc = datetime(2024, 5, 2, tzinfo=UTC)
    east = datetime(2024, 5, 2, 2, tzinfo=timezone(timedelta(hours=2)))
    assert read((day, 0, 5), (day, 0, 5)) and read(None, None)
    assert not read((day, 0, 5), (datetime(2024, 5, 2), 0, 5))
    assert not read((utc, 0, 5), (east, 0, 5))  # (one instant, two zones)
    assert not read((day, 0, 5), None) and not read((day, 0, 5), (day, 1, 5))


_NAMES = st.sampled_from(["", "Lena Marsh", "Lena", "a"])
_NAME_LINES = st.lists(
    st.sampled_from(["", "By Lena Marsh", "Lena Marsh", "Marsh", "text", "a lena"]), max_size=8
)


@given(_NAME_LINES, _NAMES, st.integers(0, 3))
def test_the_count_that_stops_decides_as_the_full_count(
    cleaned: list[str], name: str, times: int
) -> None:
    assert H._named_more(cleaned, name, times) == _plain_named_more(cleaned, name, times)


#: Pieces of lines that read as, or nearly as, signatures, headings, bios and update labels.
_PIECES = st.sampled_from(
    [
        "— ",
        "-- ",
        "– ",
        "―",
        "-",
        "Lena Marsh",
        ", Porthaven",
        "About the Author",
        "ABOUT THE AUTHOR",
        "Über die Autorin",
        "über den autor",
        "À propos de l’auteur",
        "L'AUTORE",
        "ſull'autore",
        "ﬅ",
        "ß",
        "İ",
        "ı",
        "## ",
        "* ",
        "1. ",
        "_",
        "[",
        "](/a)",
        ")",
        ":",
        " is ",
        "_is_",
        "ist",
        "est",
        "This",
        "updated",
        "UPDATED",
        "Last Updated:",
        "Aktualisiert",
        "mis à jour",
        " ",
        "\t",
        "\u00a0",
    ]
)
_LINE = st.lists(_PIECES | st.text(max_size=4), max_size=8).map("".join) | st.text(max_size=60)


@given(_LINE)
def test_no_signature_without_a_dash(text: str) -> None:
    if H._SIGNING_DASH.search(text) is None:
        assert H._signature(H._plain(text)) is None


@given(_LINE)
def test_the_heading_letters_test_keeps_every_heading(text: str) -> None:
    assert H._about(text) == _plain_about(text)


@given(_LINE)
def test_the_bio_verb_looked_up_at_once_is_found_as_word_by_word(text: str) -> None:
    assert H._bio_verb_early(text) == _plain_bio_verb_early(text)


@given(_LINE)
def test_an_update_label_is_found_without_searching_ascii_for_odd_letters(text: str) -> None:
    assert H._names_update(text) == _plain_names_update(text)


def test_the_tests_before_the_plain_forms_can_tell_them_apart() -> None:
    """(The plain forms answer yes where the devices could wrongly say no.)"""
    assert _plain_about("## _About the Author_:") and H._about("## _About the Author_:")
    assert _plain_bio_verb_early("Lena Marsh _is_ a writer") and H._bio_verb_early(
        "Lena Marsh _is_ a writer"
    )
    assert _plain_names_update("Güncelleme: İ") and H._names_update("Kİ")
    assert H._signature("— Lena Marsh, Porthaven") == "Lena Marsh"


# --- real dumps ---------------------------------------------------------------------------


@needs_corpus
def test_real_lines_read_as_the_plain_forms_read_them() -> None:
    for lines in _PAGES:
        order = DayOrder(lines)
        for text in lines:
            assert _same(order.page_date(text), _plain_page_date(lines, text)), text
            assert H._about(text) == _plain_about(text), text
            assert H._bio_verb_early(text) == _plain_bio_verb_early(text), text
            assert H._names_update(text) == _plain_names_update(text), text
            if H._SIGNING_DASH.search(text) is None:
                assert H._signature(H._plain(text)) is None, text


@needs_corpus
@given(st.data())
def test_real_lines_and_their_pieces_read_as_the_plain_forms(data: st.DataObject) -> None:
    lines = data.draw(st.sampled_from(_PAGES))
    text = data.draw(st.sampled_from([t for t in lines if t] or [""]))
    start = data.draw(st.integers(0, len(text)))
    piece = text[start : start + data.draw(st.integers(0, 80))]
    assert _same(DayOrder(lines).page_date(piece), _plain_page_date(lines, piece))
    assert H._about(piece) == _plain_about(piece)
    assert H._bio_verb_early(piece) == _plain_bio_verb_early(piece)


def test_the_heading_letters_are_every_headings() -> None:
    assert all(set(H._ABOUT_LETTERS) <= set(h) for h in H._ABOUT)
    assert re.fullmatch("[a-z]+", "".join(H._ABOUT_LETTERS))


#: Pieces of glued words and late labels: small and capital letters of several scripts, the
#: late labels in both cases, spaces and digits.
_GLUE = st.lists(
    st.sampled_from(
        [*"aéłzAÉŁЯяΩωſİı1 \t\n", "by", "By", "von", "par", "Jane Doe", "News", "Edited"]
    ),
    max_size=14,
).map("".join) | st.text(max_size=40)


@given(_GLUE)
def test_the_seam_found_from_its_capital_is_the_seams(text: str) -> None:
    seams = [m.start() for m in CAMEL_SEAM.finditer(text)]
    assert [m.start() for m in SEAM_CAPITAL.finditer(text)] == seams
    pieces = CAMEL_SEAM.split(text)
    assert glued_piece(text) == (pieces[1] if len(pieces) > 1 else None)


@given(_GLUE)
def test_a_late_byline_is_looked_for_where_its_label_stands(text: str) -> None:
    found, plain = late_byline(text), BYLINE_LATE.search(text)
    assert (found and (found.span(), found.groupdict())) == (
        plain and (plain.span(), plain.groupdict())
    )


def test_the_glued_piece_ends_at_the_second_seam() -> None:
    assert glued_piece("World NewsEdited by Jane DoeUpdated") == "Edited by Jane Doe"
    assert glued_piece("NewsEdited") == "Edited" and glued_piece("Jane Doe") is None
    for text in ("Text and photos by Jane Doe", "Photos\u00a0by\tJane Doe"):
        found = late_byline(text)
        assert found is not None and found.group("rest") == "Jane Doe"


@needs_corpus
def test_real_lines_find_the_seams_and_late_labels_the_plain_patterns_find() -> None:
    for lines in _PAGES:
        for text in lines:
            pieces = CAMEL_SEAM.split(text)
            assert glued_piece(text) == (pieces[1] if len(pieces) > 1 else None), text
            plain = BYLINE_LATE.search(text)
            found = late_byline(text)
            assert (found and found.span()) == (plain and plain.span()), text


@given(_DATE_LIKE | _LINE, st.integers(0, 30), st.integers(0, 30))
def test_a_text_without_a_dates_digits_has_no_date_in_any_part(
    text: str, start: int, size: int
) -> None:
    if not may_hold_date(text):
        part = text[start : start + size]
        assert not may_hold_date(part) and _find_date(part, None, None) is None


def test_the_digits_test_lets_every_date_through() -> None:
    for text in ("May 2, 2024", "3/9/24", "11.03.17", "2019年11月20日", "Jane Doe2019-11-20"):
        assert may_hold_date(text) and _find_date(text, None, None) is not None
    assert not may_hold_date("Page 12, 3 hours ago")


@needs_corpus
def test_real_lines_without_a_dates_digits_read_no_date() -> None:
    for lines in _PAGES:
        for text in lines:
            if not may_hold_date(text):
                assert _find_date(text, None, None) is None, text


#: Lines of a header's date: labels led by words or not, dates, openers, names in Chinese,
#: Japanese or Korean characters.
_DATE_LINE = st.lists(
    st.sampled_from(
        [
            *("Story ", "first ", "published ", "Published: ", "on ", "le ", "Posted "),
            *("publié ", "May 2, 2024", "02/05/2024", "2 mai 2024", "12", "Jane Doe "),
            *("王小明", "山田 太郎", "谢若含", "김철수", " ", "\u3000", "Veröffentlicht am "),
            "2019年11月20日",
        ]
    ),
    max_size=6,
).map("".join)


@given(_DATE_LINE | _LINE)
def test_a_labelled_date_line_is_read_as_plainly(text: str) -> None:
    assert H._labelled_date(text) == _plain_labelled_date(text)


@given(st.lists(_DATE_LINE | _LINE, min_size=1, max_size=3), st.integers(0, 2))
def test_a_name_over_a_date_is_read_as_plainly(texts: list[str], pos: int) -> None:
    pos = min(pos, len(texts) - 1)
    assert H._cjk_over_date(texts, pos) == _plain_cjk_over_date(texts, pos)


def test_the_labelled_and_cjk_readers_still_read() -> None:
    assert H._labelled_date("Story published on Oct 5, 2022.")
    assert H._cjk_over_date(["王小明", "2019年11月20日"], 0) == (("王小明",), True)
    assert H._cjk_over_date(["山田 太郎", "May 2, 2024"], 0) == (("山田太郎",), True)


@needs_corpus
def test_real_lines_are_labelled_dates_and_names_over_dates_as_plainly() -> None:
    for lines in _PAGES:
        texts = [t for t in lines if t]
        for pos, text in enumerate(texts):
            assert H._labelled_date(text) == _plain_labelled_date(text), text
            assert H._cjk_over_date(texts, pos) == _plain_cjk_over_date(texts, pos), text


#: Lines read as bare bylines: sections before a mark, accounts after a name, glued words.
_BARE_LINE = st.lists(
    st.sampled_from(
        [
            *("Politik", " · ", " | ", " • ", " * ", "·", "|", "Opinion", "Jane Doe", " "),
            *("Twitter", "twitter", " Instagram", "\tFacebook", "Staff Writer", "DoeView"),
            *("Tom MacDonald", "\u00a0", "ł", "Ł", "More", ", ", "@jdoe"),
        ]
    ),
    max_size=8,
).map("".join)


@given(_BARE_LINE | _GLUE | _LINE)
def test_a_bare_bylines_cheap_tests_keep_its_plain_readings(text: str) -> None:
    if H._SECTION_MARK.search(text) is None:
        assert H._SECTION_LEAD.match(text) is None
    found, plain = H._account(text), H._ACCOUNT.search(text)
    assert (found and found.span()) == (plain and plain.span())
    seam = SEAM_CAPITAL.search(text)
    glued = [text] if seam is None else [text[: seam.start()], text[seam.start() :]]
    assert glued == CAMEL_SEAM.split(text, maxsplit=1)


def test_a_bare_bylines_section_and_account_are_still_read() -> None:
    assert H._section_row("Politik · Jane Doe, Omar Farouk") is not None
    found = H._account("Jane Doe\tTwitter Staff Writer")
    assert found is not None and found.start() == len("Jane Doe")


@needs_corpus
def test_real_lines_read_as_bare_bylines_as_plainly() -> None:
    for lines in _PAGES:
        for text in lines:
            if H._SECTION_MARK.search(text) is None:
                assert H._SECTION_LEAD.match(text) is None, text
            found, plain = H._account(text), H._ACCOUNT.search(text)
            assert (found and found.span()) == (plain and plain.span()), text


#: Rows of a header that a stamp ends, with late labels or not.
_STAMPED_ROW = st.lists(
    st.sampled_from(
        [
            *("All India ", "Edited ", "by ", "By ", "von ", "par ", "Jane Doe ", "Updated: "),
            *("May 2, 2024 ", "09:15 IST", "caused ", "Hurricane Otis, ", "\t", "Publié le "),
        ]
    ),
    max_size=8,
).map("".join)


def _late(text: str) -> object:
    m = H._late_before_stamp(text)
    return m and (m.span(), m.string)


@given(_STAMPED_ROW | _LINE)
def test_a_late_byline_before_a_stamp_is_read_as_plainly(text: str) -> None:
    assert _late(text) == _plain_late_before_stamp(text)


def test_a_late_byline_before_a_stamp_is_still_read() -> None:
    row = "All India Edited by Jane Doe Updated: May 2, 2024 09:15 IST"
    found = H._late_before_stamp(row)
    assert found is not None and found.group("rest") == "Jane Doe"


@needs_corpus
def test_real_rows_read_late_bylines_before_stamps_as_plainly() -> None:
    for lines in _PAGES:
        for text in lines:
            assert _late(text) == _plain_late_before_stamp(text), text
