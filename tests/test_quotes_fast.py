"""The quotation finder's faster readings give what the plain ones give.

Each short cut of :mod:`newsparse._quotes` (the sentence stops of a paragraph found once, a
cheap test before a costly pattern) is compared here with the reading it replaces, written out
as it was before, on texts built from the words and marks the finder reacts to.
"""

from __future__ import annotations

from itertools import repeat

from hypothesis import given
from hypothesis import strategies as st

from newsparse import _quotes as Q
from newsparse.vocab import quotes as V

_WORDS = sorted(
    set(V.ABBREVIATIONS)
    | set(V.NAME_STOP_WORDS)
    | set(V.VERB_PARTICLES)
    | set(V.CLAUSE_OPENERS)
    | set(V.SMALL_TITLE_WORDS)
    | {"Ann", "Lind", "U.S", "E", "Roe", "yelled", "shot", "said", "quietly", "a", "boy", "The"}
)
_TOKENS = (
    st.sampled_from(_WORDS)
    | st.sampled_from(["“", "”", '"', "«", "'"])
    | st.sampled_from(
        [" ", "  ", ", ", ". ", ": ", "? ", "! ", "… ", ".", ",", ":", ";", "\u00a0", "\n", "-"]
    )
)
#: A text of vocabulary words, marks and punctuation, glued without spaces or with them.
texts = st.lists(_TOKENS, max_size=40).map("".join)


def _sentence_start_plain(para: str, lo: int, pos: int) -> int:
    """The sentence start as it was found before: the stops searched backwards from ``pos``."""
    i = max(map(para.rfind, Q._SENTENCE_ENDS, repeat(lo), repeat(pos)))  # -1: no stop
    while i >= 0 and Q._no_stop(para, i):
        i = max(map(para.rfind, Q._SENTENCE_ENDS, repeat(lo), repeat(i)))
    return i + 2 if i >= 0 else lo


@given(texts, st.integers(-5, 50), st.integers(-5, 50))
def test_sentence_start_from_the_stops_is_the_backwards_search(
    para: str, lo: int, pos: int
) -> None:
    Q._STOPS.clear()
    assert Q._sentence_start(para, lo, pos) == _sentence_start_plain(para, lo, pos)
    # asked again, from the remembered stops
    assert Q._sentence_start(para, lo, pos) == _sentence_start_plain(para, lo, pos)
    Q._STOPS.clear()


def test_the_stops_are_forgotten_when_find_quotes_returns() -> None:
    Q.find_quotes(["Ann Lind spoke. “It is a start,” Lind said."])
    assert not Q._STOPS


#: Clauses of the shape the verb pattern reads (``…, when a boy yelled back: ``), and near misses.
clauses = st.lists(
    st.sampled_from(
        [
            *(", ", "; ", "when ", "a ", "boy ", "Mr. ", "Roe ", "yelled", "shot", " back"),
            *("quietly ", ":", ",", " ", "\n", "\u00a0", "“", "said"),
        ]
    ),
    max_size=14,
).map("".join)


@given(clauses | texts, st.integers(0, 60), st.integers(0, 60))
def test_the_verb_pattern_matches_only_where_a_comma_or_colon_ends(
    para: str, start: int, end: int
) -> None:
    for lo, hi in ((start, end), (0, len(para)), (start, len(para))):
        if Q._VERB_BEFORE_RE.search(para, lo, hi) is not None:
            assert Q._comma_or_colon_ends(para, lo, hi)


def test_the_verb_pattern_is_tried_at_a_comma_or_a_colon_even_before_a_newline() -> None:
    for para in ("Roe, a boy yelled: ", "Roe, a boy yelled,\u00a0", "Roe, a boy yelled,\n"):
        assert Q._VERB_BEFORE_RE.search(para, 0, len(para)) is not None
        assert Q._comma_or_colon_ends(para, 0, len(para))
    assert not Q._comma_or_colon_ends("Roe, a boy yelled ", 0, 18)
    assert not Q._comma_or_colon_ends(", ", 2, 2)


def _title_case_plain(text: str) -> bool:
    words = text.split()
    if not words or not words[0][:1].isupper():
        return False
    return all(
        not w[:1].isalpha() or w[:1].isupper() or w.lower() in Q._SMALL_TITLE_WORDS for w in words
    )


@given(texts)
def test_title_case_with_its_first_letter_checked_first_is_the_plain_reading(text: str) -> None:
    assert Q._title_case(text) == _title_case_plain(text)
