"""The two ways a thread finds earlier comments holding a probe word give the same answers.

Short threads search the comments' joined text for the word as a whole word; long ones look it
up in postings of each comment's words. Which one runs is a matter of speed only.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse import _comments

_DEMO = Path(newsparse.__file__).parent / "data" / "demo.txt"
#: word characters of several kinds (``_``, Unicode digits and letters) and characters that are
#: not (punctuation, combining marks, spaces), so whole-word boundaries are exercised
_ALPHABET = "abcdé_0²٣ßİ \n.-’\u0301·"


@given(st.text(alphabet=_ALPHABET, max_size=40), st.text(alphabet="abcé_0²٣ß", min_size=4))
def test_a_whole_word_search_agrees_with_the_word_pattern(text: str, word: str) -> None:
    assert _comments._has_word(text, word) == (word in _comments._PROBE.findall(text))


@pytest.mark.parametrize("times", [1, 3])
def test_searching_and_indexing_read_a_page_alike(
    monkeypatch: pytest.MonkeyPatch, times: int
) -> None:
    page = "\n".join([_DEMO.read_text(encoding="utf-8")] * times)
    searched = newsparse.parse_detailed(page)
    monkeypatch.setattr(_comments, "_SEARCH_UP_TO", 0)
    indexed = newsparse.parse_detailed(page)
    assert indexed == searched
    assert indexed.article.comments
