"""The title and header readers' fast paths give the answers of the slow ones: a cue looked
for within fewer lines, or without unlabelled bylines, is the full search's answer where that
answer qualifies; the page memos of cue lines and name lines never outlive a parse."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

import newsparse
from newsparse import _authors, _generic_header, _title

#: Lines a header is made of: bylines labelled or not, dates, stamps, names, blanks, a share
#: button, an embedded post's signature, headlines and prose.
_LINES = st.sampled_from(
    [
        "",
        "",
        "•",
        "By Lena Marsh",
        "By",
        "Lena Marsh",
        "Lena Marsh, @lmarsh",
        "Lena Marsh • 8h",
        "Lena Marsh and Tobin Reyes",
        "May 2, 2024",
        "Tobin Reyes - Apr 16, 2015",
        "— Lena Marsh (@lmarsh) May 2, 2024",
        "Harbour ferry returns after storm",
        "Lena Marsh wins the harbour race",
        "Staff Writer Lena Marsh",
        "Politics · Lena Marsh",
        "The ferry to the island sails again from Monday, the operator said on Thursday.",
    ]
)


@given(st.lists(_LINES, min_size=1, max_size=16), st.integers(0, 15), st.integers(0, 9))
def test_a_nearer_search_finds_the_full_searchs_near_cue(
    cleaned: list[str], at: int, most: int
) -> None:
    at = min(at, len(cleaned) - 1)
    stop = len(cleaned) - 1
    full = _title.cue_found(cleaned, at, stop)
    near = _title.cue_found(cleaned, at, stop, most=most)
    assert near == (full if full[0] and full[1] <= most else ("", 0, -1))


@given(st.lists(_LINES, min_size=1, max_size=16), st.integers(0, 15))
def test_a_search_without_unlabelled_bylines_finds_the_same_labelled_one_first(
    cleaned: list[str], at: int
) -> None:
    at = min(at, len(cleaned) - 1)
    stop = len(cleaned) - 1
    full = _title.cue_found(cleaned, at, stop)
    labelled = _title.cue_found(cleaned, at, stop, unlabelled=False)
    if full[0] != "bare byline":
        assert labelled == full
    else:
        assert labelled[0] != "bare byline" and (not labelled[0] or labelled[2] > full[2])


@given(st.text(alphabet="ab AS.:,ſenior", max_size=30))
def test_a_role_before_a_name_opens_with_a_role_word(text: str) -> None:
    words = text.split()
    for k in range(1, len(words) + 1):
        if _authors.role(" ".join(words[:k])):
            assert _authors.role_word(words[0])


def test_the_cue_and_name_memos_are_forgotten_at_each_parse() -> None:
    page = (
        "Harbour ferry returns after storm\n\nLena Marsh\n\nMay 2, 2024\n\n"
        "The ferry to the island sails again from Monday, the operator said on Thursday, "
        "after the storm tore away a pier and left the crossing closed for three weeks.\n"
    )
    before = newsparse.parse(page)
    # stale answers for the page's own lines, as if an earlier parse had left them behind
    _generic_header._IS_CUE["Harbour ferry returns after storm"] = True
    _authors._NAMES[("Harbour ferry returns after storm", False)] = ("Harbour Ferry",)
    assert newsparse.parse(page) == before
    assert _generic_header._IS_CUE == {} and _authors._NAMES == {}


@given(st.text(alphabet="ab 4~:.]Lesezitmnu[прочтеиа", max_size=30))
def test_a_reading_time_has_a_digit(text: str) -> None:
    """The digit looked for before the patterns: neither finds a reading time without one."""
    found = _generic_header.is_reading_time(text) or (
        _generic_header._READ_TIME_END.search(text) is not None
    )
    if _generic_header._DIGIT.search(text) is None:
        assert not found
    assert _generic_header.ends_in_reading_time(text) == (
        _generic_header.is_reading_time(text)
        or (
            (m := _generic_header._READ_TIME_END.search(text)) is not None
            and len(text[: m.start()].split()) <= _generic_header._READ_TIME_ROW_WORDS
        )
    )


@given(st.text(alphabet="ab yesterdaYвчера :.h9ago", max_size=30))
def test_a_day_stamp_has_a_digit(text: str) -> None:
    """The digit looked for before the relative time: a day word's time of day has one."""
    from newsparse._relative import find_relative

    found = find_relative(text)
    if _generic_header._DIGIT.search(text) is None:
        assert found is None or found.clock is None
        assert not _generic_header._day_stamp(text)


@given(
    st.lists(_LINES, min_size=1, max_size=16),
    st.lists(st.floats(-20, 20, allow_nan=False), min_size=len(_title.FEATURES)).map(
        lambda ws: ws[: len(_title.FEATURES)]
    ),
)
def test_a_ballot_no_one_watches_scores_as_the_watched_one(
    cleaned: list[str], values: list[float]
) -> None:
    """A decision no one watches reads only the weighed features: its scores are those the
    whole vectors give, under any weights (a weight of 0 among them too)."""
    values = [0.0 if abs(v) < 1 else v for v in values]  # (many zero weights)
    weights = _title.TitleWeights(tuple(values), "test")
    lines = [*cleaned, "", "The ferry to the island sails again, the operator said on Monday."]
    head = _title._read_head(lines, lines, [False] * len(lines), len(lines) - 1, None, 0, {}, True)
    seen: list[_title.Ballot] = []
    unwatched = _title._ballot(head, weights)
    with _title.watching(seen.append):
        watched = _title._ballot(head, weights)
    assert unwatched.vectors == () and len(watched.vectors) == len(watched.candidates)
    assert unwatched.candidates == watched.candidates
    assert unwatched.scores == watched.scores


#: Words a line of names or a headline is made of: given names and surnames, particles, joiners
#: in either case, words in lower case, words in capitals, glued names, figures and marks.
_NAME_WORDS = st.sampled_from(
    [
        "Lena", "Marsh", "Tobin", "Reyes", "Anna", "Berg", "von", "de", "al-Hakim",
        "d'Ormesson", "and", "And", "&", "E", "y", "said", "rain", "the", "harbour",
        "LENA", "MARSH", "MarshTobin", "2024", "(Lena", "Marsh)", "Jr", "Staff", "Writer",
        "Lena,", "Marsh/Tobin", "Reyes;", "Dr.", "@lmarsh", "Berg-Lund", "O'Neil",
        "Jördis", "Müller", "und", "über", "d’Ormesson", "王小明", "x.com", "Pt:", "a", "także",
    ]
)  # fmt: skip


@example("Anna von Berg")
@example("Lena d’Ormesson")
@example("王小明 李华 said")
@example("김철수·이영희 said")
@example("Lena Marsh lena@x.com Tobin Reyes")
@example("Lena Marsh (x.com)Tobin Reyes said")
@example("Jördis Müller und Ömer Çelik")
@example("Lena Tobin Marsh Reyes Berg")
@example("Lena Tobin Marsh Reyes Berg Lund")
@example("Tobin al-Hakim and Lena d'Ormesson")
@example("Lena Marsh/Tobin Reyes")
@example("Lena MarshTobin Reyes")
@example("Lena Marsh; Tobin Reyes")
@given(st.lists(_NAME_WORDS, min_size=1, max_size=7).map(" ".join))
def test_a_line_with_more_words_than_names_is_no_line_of_names(text: str) -> None:
    """The quick count never says no where the names read would say yes."""
    found = _authors.names(text)
    words = [w for w in text.replace(",", " ").split() if w.lower() not in _title._JOINERS]
    plain = bool(found) and sum(len(n.split()) for n in found) == len(words)
    if _authors.more_words_than_names(text):
        assert not plain
    assert _title._names_only(text) == (plain and len(text) <= _title._CUE_LINE_CHARS)


def test_a_name_has_no_more_words_than_the_quick_count_allows() -> None:
    """The quick count's longest name is the name reader's."""
    most = _authors._MOST_NAME_WORDS
    assert _authors._looks_like_name(" ".join(["Lena"] * most))
    assert not _authors._looks_like_name(" ".join(["Lena"] * (most + 1)))
