"""The trie alternation matches exactly what a longest-first alternation of the words matches."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from newsparse._patterns import alternation

_WORDS = st.lists(st.text(alphabet="abAB .-é", min_size=1, max_size=5), min_size=1, max_size=8)
_TEXTS = st.text(alphabet="abAB .-éx", max_size=30)


def _plain(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@given(_WORDS, _TEXTS, st.sampled_from([0, re.IGNORECASE]), st.sampled_from(["", r"\.", "b?a"]))
def test_trie_matches_what_the_sorted_alternation_matches(
    words: list[str], text: str, flags: int, after: str
) -> None:
    trie = re.compile(f"(?:{alternation(words, ignore_case=bool(flags))}){after}", flags)
    plain = re.compile(f"(?:{_plain(words)}){after}", flags)
    assert trie.findall(text) == plain.findall(text)
    assert bool(trie.fullmatch(text)) == bool(plain.fullmatch(text))
    for start in range(len(text) + 1):
        a, b = trie.match(text, start), plain.match(text, start)
        assert (a and a.span()) == (b and b.span())


def test_no_words_match_nothing() -> None:
    assert re.search(alternation([]), "anything") is None
    assert re.search(alternation(["", ""]), "anything") is None
