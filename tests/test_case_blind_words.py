"""A case-blind word search that reads ASCII text in lower case answers as the case-blind
search, whatever the words: those whose letters outside ASCII fold into ASCII ones too."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse._patterns import CaseBlindWords

_LETTERS = "abkKsSıİſKéÉ "
_WORDS = st.lists(st.text(alphabet=_LETTERS, min_size=1, max_size=4), min_size=1, max_size=4)


@given(_WORDS, st.text(alphabet=_LETTERS + "xyz", max_size=20))
def test_the_search_answers_as_the_case_blind_one(words: list[str], text: str) -> None:
    search = CaseBlindWords(words)
    assert search.found_in(text) == (search.pattern.search(text) is not None)


def test_a_word_whose_letter_folds_into_ascii_keeps_the_case_blind_search() -> None:
    """``ſ`` is ``s`` to a case-blind search: an ASCII text with ``s`` holds the word."""
    search = CaseBlindWords(["ſun"])
    assert search.found_in("SUN") and search.found_in("sun")
    assert not CaseBlindWords(["élan"]).found_in("elan")
