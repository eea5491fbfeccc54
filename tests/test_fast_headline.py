"""The headline reader's fast paths give the answers of the plain computation: a line inside a
run of one-element lines has its cue looked for only as far down as it may stand."""

from __future__ import annotations

import re

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from newsparse import _title
from newsparse.vocab import page as V

#: Lines of a page's head as BeautifulSoup writes them (one element a line, few blank lines):
#: kickers, headlines, bylines labelled or not, dates, names, share buttons and prose.
_LINES = st.sampled_from(
    [
        "",
        "•",
        "Politics",
        "By Lena Marsh",
        "By",
        "Lena Marsh",
        "Lena Marsh, @lmarsh",
        "Lena Marsh • 8h",
        "May 2, 2024",
        "Tobin Reyes - Apr 16, 2015",
        "Harbour ferry returns to the island after the storm",
        "Old mill by the river reopens as a bakery",
        "Lena Marsh wins the harbour race",
        "Read the latest news on the ferry",
        "The ferry to the island sails again from Monday, the operator said on Thursday.",
    ]
)
#: The body's first paragraph, under the head.
_BODY = "The mill on the river opened again this week, its new owners said on Friday morning."


def _plain_cued(
    head: _title._Head, c: _title.Candidate, most: int = _title._CUE_LINES
) -> _title.Candidate:
    """:func:`_title._cued` looking for the cue as far down as any candidate's may stand."""
    cue, depth, cue_line = _title.cue_found(head.cleaned, c.at, head.body_start)
    return attrs.evolve(c, cue=cue, cue_depth=depth, cue_line=cue_line) if cue else c


@given(st.lists(_LINES, min_size=1, max_size=24))
def test_a_run_line_cued_nearby_is_the_candidate_cued_in_full(cleaned: list[str]) -> None:
    """The candidates of a head are the same whether a line inside a run has its cue looked
    for within :data:`_title._RUN_CUE_DEPTH` lines of text or as far as any line's."""
    lines = [*cleaned, _BODY, _BODY]
    body_start = len(cleaned)
    head = _title._read_head(lines, lines, [False] * len(lines), body_start, None, 0, {}, True)
    fast = _title._candidates(head)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_title, "_cued", _plain_cued)
        plain = _title._candidates(head)
    assert fast == plain


#: Lines under a heading below the body: stamps in either order, bylines labelled or not,
#: a byline set over two lines, an embedded post's signature, share buttons and prose.
_BELOW = st.sampled_from(
    [
        "",
        "•",
        "By Lena Marsh",
        "By",
        "Lena Marsh",
        "Lena Marsh, Reuters",
        "Lena Marsh • 8h",
        "May 2, 2024",
        "Updated 3 hours ago",
        "— Lena Marsh (@lmarsh) May 2, 2024",
        "Old mill by the river reopens as a bakery",
        _BODY,
    ]
)


_HEADING = "Old mill by the river reopens as a bakery"


@given(st.lists(_BELOW, min_size=1, max_size=14), st.integers(0, 13))
@example([_HEADING, _HEADING, "By Lena Marsh", _HEADING, "May 2, 2024", _BODY], 0)
@example([_HEADING, _HEADING, "Lena Marsh, Reuters", "", "•", _HEADING, "May 2, 2024", _BODY], 0)
@example([_HEADING, "May 2, 2024", "By", "Lena Marsh", _BODY], 0)
def test_a_heading_unsigned_by_the_quick_look_is_unsigned(cleaned: list[str], at: int) -> None:
    """:func:`_title._may_be_signed` is false only where :func:`_title._signed_below` is: no
    byline on the next line of text, no date near enough for a stamp."""
    at = min(at, len(cleaned) - 1)
    quick = _title._signed_below(cleaned, at)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_title, "_may_be_signed", lambda cleaned, at: True)
        assert quick == _title._signed_below(cleaned, at)


@given(st.text(alphabet="cookiePRIVACYpolicy KſİıДкуиäÄé", max_size=40))
@example("Our COOKIE notice")
@example("Privacy Policy")
@example("privacy  policy")
def test_a_consent_word_is_found_as_the_case_blind_search_finds_it(text: str) -> None:
    """The consent words' search answers as the case-blind search of all the words."""
    assert _title._CONSENT.found_in(text) == (_title._CONSENT.pattern.search(text) is not None)


@given(st.text(alphabet="sponred ctTHISARLfuj$£€vwbKſİı", max_size=40))
@example("SPONSORED CONTENT")
@example("Offer: for just $5 a month")
@example("This Article Is More Than 5 years old")
def test_a_banner_is_found_as_the_case_blind_search_finds_it(text: str) -> None:
    """The banner phrases' search answers as their case-blind search."""
    found = _title._BANNER.found_in(text)
    assert found == (_title._BANNER.pattern.search(text) is not None)


def test_no_consent_word_outside_ascii_matches_an_ascii_text() -> None:
    """The ASCII search leaves out the words not written in ASCII: each has a letter that no
    ASCII character matches case-blind (as ``ſ`` would match ``s``)."""
    ascii_chars = [chr(code) for code in range(128)]
    for word in (*V.TITLE_CONSENT_WORDS, *V.TITLE_BANNER_PHRASES):
        if not word.isascii():
            assert any(
                not any(re.fullmatch(re.escape(ch), a, re.IGNORECASE) for a in ascii_chars)
                for ch in word
            ), word
