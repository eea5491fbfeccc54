"""The comment readers' speed devices answer as the plain computations they stand for: each
gated or shared reading is compared with the reading it spares (written out here as it was)."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from newsparse import _comment_zone as Z
from newsparse import _relative as R
from newsparse.vocab import relative as RV

# --- the hint words' runs (_relative.hinted) ----------------------------------------------------

_HINT_WORDS = sorted(R._HINT_WORDS)
#: Letters of the words, their capitals, word characters that are no letter, and marks that
#: end a run of word characters.
_AROUND = "agovrhncesitfmjulpzAGOVRHNJ_09 .,'’-:(\t"


def _plain_hinted(text: str) -> bool:
    """What :func:`~newsparse._relative.hinted` answered before its runs' test: the case-blind
    search for the words, or the Chinese, Japanese and Korean form."""
    return R._HINT.search(text) is not None or R._CJK_AGO_IN.search(text) is not None


@given(
    st.one_of(
        st.text(alphabet=_AROUND, max_size=24),
        st.builds(
            lambda before, word, after, upper: before + (word.upper() if upper else word) + after,
            st.text(alphabet=_AROUND, max_size=8),
            st.sampled_from(_HINT_WORDS),
            st.text(alphabet=_AROUND, max_size=8),
            st.booleans(),
        ),
    )
)
@example("3 hours ago")
@example("3 hours_ago")
@example("a moment AGO.")
@example("il y a 2 jours")
@example("Il y avait")
def test_the_hint_answers_as_the_case_blind_search(text: str) -> None:
    assert R.hinted(text) == _plain_hinted(text)


def test_every_ascii_hint_word_is_found_whatever_stands_around_it() -> None:
    """Each word's longest run is among the runs the test looks for: a word left out would
    make :func:`~newsparse._relative.hinted` miss it."""
    words = [w for w in _HINT_WORDS if w.isascii()]
    assert words
    for word in words:
        for line in (word, f"Ann, 3 {word}.", f"({word.upper()})", f"x\t{word.title()}:"):
            assert R.hinted(line), line


def test_a_run_glued_to_more_word_characters_is_no_hint() -> None:
    assert not R.hinted("agony vortex"), "agony vortex"
    assert not R.hinted("ago_3"), "ago_3"


# --- compact ages (_comment_zone) ---------------------------------------------------------------

_UNITS = sorted(RV.COMPACT_UNITS)


@given(
    st.one_of(
        st.text(alphabet="0123 hdmwyHDsrk.[]()|·•xa_/", max_size=20),
        st.builds(
            lambda before, n, space, unit, after: f"{before}{n}{space}{unit}{after}",
            st.text(alphabet=" [](·|x1", max_size=5),
            st.integers(min_value=0, max_value=99999),
            st.sampled_from(["", " ", "  ", "\t"]),
            st.sampled_from(_UNITS + [u.upper() for u in _UNITS]),
            st.text(alphabet=" .]()a1·|_", max_size=5),
        ),
    )
)
@example("Like · Reply · 2w")
@example("[16]2w")
@example("[2w](https://example.org/c/1)")
@example("Route 66 is 3d")
@example("3 hrs")
def test_the_compact_age_test_finds_where_the_pattern_finds(text: str) -> None:
    assert (Z._COMPACT_AGE_IN.search(text) is None) == (Z._COMPACT_AGE.search(text) is None)


# --- short years (_comment_zone) and glued clocks (_generic_comments) -------------------------


@given(st.text(alphabet="Jan 4'’15 at9:30Mar,.x", max_size=24))
@example("Jan 4 '15 at 9:30")
@example("answered Mar 3 ’21")
@example("it's Jan 4")
def test_the_short_year_test_finds_where_the_pattern_finds(text: str) -> None:
    if Z._SHORT_YEAR.search(text) is not None:
        assert Z._SHORT_YEAR_DIGITS.search(text) is not None


@given(st.text(alphabet="Marisol 21:0 PMam.·", max_size=20))
@example("Marisol21:00")
@example("Ann10:42 PM")
def test_a_glued_clock_holds_its_colon(text: str) -> None:
    from newsparse import _generic_comments as G

    if G._GLUED_CLOCK.fullmatch(text) is not None:
        assert ":" in text


# --- quote intros (_comment_zone) ---------------------------------------------------------------

_INTRO_LETTERS = "AnwroteWROTEsaidquoteQUOTEzitatcitaby:() ↑éЦцx"


@given(
    st.one_of(
        st.text(alphabet=_INTRO_LETTERS, max_size=24),
        st.builds(
            lambda before, piece, after, upper: (
                before + (piece.upper() if upper else piece) + after
            ),
            st.text(alphabet=_INTRO_LETTERS, max_size=8),
            st.sampled_from(Z._QUOTE_INTRO_PIECES),
            st.text(alphabet=_INTRO_LETTERS, max_size=8),
            st.booleans(),
        ),
    )
)
@example("Ann WROTE:")
@example("Quote from: Ann on March 03, 2021")
@example("Ann a écrit :")
def test_the_intro_piece_test_answers_as_the_case_blind_search(text: str) -> None:
    assert Z._QUOTE_INTRO_PIECE.found_in(text) == (
        Z._QUOTE_INTRO_PIECE.pattern.search(text) is not None
    )


def test_no_letter_of_the_intro_pieces_outside_ascii_is_taken_for_an_ascii_one() -> None:
    """What lets an ASCII line be searched in its lower case: the case-blind search takes no
    ASCII character for a piece's character outside ASCII (as it takes ``k`` for the Kelvin
    sign, ``s`` for ``ſ``)."""
    import re

    outside = {c for piece in Z._QUOTE_INTRO_PIECES for c in piece if not c.isascii()}
    assert outside
    taken = [
        (c, chr(a))
        for c in sorted(outside)
        for a in range(128)
        if re.fullmatch(re.escape(c), chr(a), re.IGNORECASE)
    ]
    assert taken == []
