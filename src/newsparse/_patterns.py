"""Regular-expression building blocks shared by the readers (vocabulary in, pattern text out)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Final

__all__ = ["CaseBlindWords", "alternation", "spaced_phrases"]

_Trie = dict[str, "_Trie"]


def alternation(words: Iterable[str], *, ignore_case: bool = True) -> str:
    """A regex matching any of ``words`` (put it in a group), written as a trie.

    ``a|b|c`` of many phrases makes the regex engine try every phrase at every position of the
    text; a trie tries one branch per character, so a search fails fast. Where several words
    match at one place the longest wins, as in an alternation sorted longest first, and when
    what follows fails the shorter ones are tried: the pattern matches what that alternation
    matches. Empty words are left out.

    With ``ignore_case`` (the default: the pattern is compiled with ``re.IGNORECASE`` or sits in
    ``(?i:…)``, or the words and the text are lower case) the words are merged case-blind, so
    ``By`` and ``by the`` share a branch and the longer still wins; pass ``ignore_case=False``
    for a case-sensitive pattern.

    >>> alternation(["say", "said", "Says"])
    'sa(?:id|ys?)'
    >>> re.findall(f"(?:{alternation(['cookie', 'cookies', 'our cookies'])})", "our cookies, cookie")
    ['our cookies', 'cookie']
    """
    root: _Trie = {}
    for word in words:
        if word:
            node = root
            for ch in word:
                if ignore_case:
                    low = ch.lower()
                    ch = low if len(low) == 1 else ch
                node = node.setdefault(ch, {})
            node[""] = {}
    return _render(root)[0] if root else "(?!)"


def _render(node: _Trie) -> tuple[str, bool]:
    """The pattern of the non-empty continuations below ``node``, and whether it has several
    branches (then it needs a group to be followed by anything)."""
    branches = []
    for ch in sorted(k for k in node if k):
        child = node[ch]
        piece = re.escape(ch)
        if any(child):
            rest, several = _render(child)
            if "" in child:  # the word may end here: the rest is optional
                single = len(rest) == 1 or (len(rest) == 2 and rest[0] == "\\")
                piece += (rest if single else f"(?:{rest})") + "?"
            else:
                piece += f"(?:{rest})" if several else rest
        branches.append(piece)
    return "|".join(branches), len(branches) > 1


_Node = tuple[dict[str, "_Node"], list[str]]  # (the next characters, the phrases ending here)


def spaced_phrases(phrases: Sequence[str]) -> re.Pattern[str]:
    """A pattern that finds one of the ``phrases`` that hold a space (any that stands in the
    text), matched from that space on: the rest as a trie, then the whole phrase looked at
    behind. A search for a space skips the letters between (the engine goes from space to
    space), where a trie of the whole phrases is tried at nearly every letter."""
    root: _Node = ({}, [])
    for phrase in phrases:
        if " " in phrase:
            node = root
            for ch in phrase[phrase.index(" ") + 1 :]:
                node = node[0].setdefault(ch, ({}, []))
            node[1].append(phrase)

    def render(node: _Node) -> str:
        branches = [re.escape(ch) + render(child) for ch, child in sorted(node[0].items())]
        branches += [f"(?<={re.escape(phrase)})" for phrase in node[1]]
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return re.compile(" " + render(root) if root[0] or root[1] else "(?!)")


#: Every ASCII character, for :func:`_folds_into_ascii`.
_ASCII: Final = "".join(map(chr, range(128)))


class CaseBlindWords:
    """A case-blind search for any of ``words`` (their :func:`alternation`) that reads an ASCII
    text in its lower case, with the words written in ASCII: the same answer for a quarter of
    the time or less (the case-blind search is the slow one, and most lines are ASCII). Where a
    word outside ASCII has a letter that the case-blind search takes for an ASCII one (``ſ`` for
    ``s``, the Kelvin sign for ``k``), every text is searched case-blind.

    >>> calls = CaseBlindWords(["sponsored", "Anzeige", "réclame"])
    >>> calls.found_in("SPONSORED CONTENT"), calls.found_in("Eine ANZEIGE"), calls.found_in("Rain")
    (True, True, False)
    >>> calls.found_in("Une RÉCLAME"), calls.pattern.search("Une RÉCLAME") is not None
    (True, True)
    """

    def __init__(self, words: Iterable[str]) -> None:
        kept = [word for word in words if word]
        #: the case-blind search of all the words
        self.pattern: re.Pattern[str] = re.compile(alternation(kept), re.IGNORECASE)
        lower = [word.lower() for word in kept if word.isascii()]
        self._lower: re.Pattern[str] | None = (
            None if _folds_into_ascii(kept) else re.compile(alternation(lower))
        )

    def found_in(self, text: str) -> bool:
        """Whether ``text`` holds one of the words, whatever their case."""
        if self._lower is not None and text.isascii():
            return self._lower.search(text.lower()) is not None
        return self.pattern.search(text) is not None


def _folds_into_ascii(words: Sequence[str]) -> bool:
    """Whether a letter outside ASCII of ``words`` matches an ASCII character case-blind."""
    outside = {ch for word in words for ch in word if not ch.isascii()}
    if not outside:
        return False
    letters = re.compile("[" + re.escape("".join(sorted(outside))) + "]", re.IGNORECASE)
    return letters.search(_ASCII) is not None
