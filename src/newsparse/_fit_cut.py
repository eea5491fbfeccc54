"""The truth of where a page's comments begin, for a fit of the comment-start decision
(:mod:`newsparse._comment_start`).

A page's ``truth.json`` does not say on which line its comments begin (each converter breaks
the page into other lines), but it gives the body's paragraphs and the comments' texts. A cut
proposed at a line is right when no paragraph of the body opens below it and the first comment
opens at or below it (the first time it opens below the body); it is half right when it leaves
the body above but the first comment too. The opening words of each are looked for in the
dump's words (case-blind, marks and link numbers aside). A paragraph or a comment whose opening the dump does not show as
it is (a converter broke a word, a link number stands inside it) says nothing.

>>> truth = cut_truth({"paragraphs": ["It rained all day in the town."],
...                    "comments": [{"text": "So wet here too, said everyone."}]})
>>> lines = ["Rain", "", "It rained all day in the town.", "", "3 Comments", "Ann",
...          "So wet here too, said everyone."]
>>> [cut_score(p, truth, lines) for p in (_At(4), _At(1), _At(6), _At(7))]
[1.0, 0.0, 1.0, 0.5]
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any, Final, NamedTuple, Protocol

__all__ = [
    "LATE_CUT",
    "BodyTruth",
    "CutTruth",
    "block_score",
    "body_truth",
    "cut_score",
    "cut_truth",
    "opening",
]

#: A paragraph or a comment is found by this many opening words (fewer when it has fewer).
OPENING_WORDS: Final = 6
#: A paragraph or a comment shorter than this many words is not looked for (its words are
#: everybody's: ``Thanks!``).
MIN_OPENING_WORDS: Final = 3

#: The score of a cut below the first comment's opening but below the body too: better than a
#: cut inside the body (it loses no paragraph), worse than one right above the thread.
LATE_CUT: Final = 0.5

#: A word, as openings are compared (letters and digits of any script).
_WORD: Final = re.compile(r"[^\W_]+")
#: A converter's link number (lynx's ``[12]``), which no text holds.
_LINK_NUMBER: Final = re.compile(r"\[\d+\]")


class CutTruth(NamedTuple):
    """The openings of a page's body paragraphs and of its first comment (``()``: none known)."""

    paragraphs: tuple[tuple[str, ...], ...]
    first_comment: tuple[str, ...]


class _Placed(Protocol):
    @property
    def at(self) -> int: ...


class _At(NamedTuple):
    at: int


def opening(text: str) -> tuple[str, ...]:
    """The first words of ``text``, case-blind, as a page's and a truth's texts are compared
    (``()`` when it has too few to tell).

    >>> opening("The River, at last: rose 3 metres overnight!")
    ('the', 'river', 'at', 'last', 'rose', '3')
    """
    words = _WORD.findall(text.casefold())
    return tuple(words[:OPENING_WORDS]) if len(words) >= MIN_OPENING_WORDS else ()


def _texts(value: object) -> list[str]:
    """The strings of a list (the truth's paragraphs)."""
    return [t for t in value if isinstance(t, str)] if isinstance(value, list) else []


def cut_truth(document: Mapping[str, Any]) -> CutTruth | None:
    """What a truth document says of where the comments begin: its body paragraphs
    (``paragraphs``, else ``body`` split at blank lines) and its first comment (``comments``, a
    list of objects with a ``text``); ``None`` when it gives neither."""
    paragraphs = _texts(document.get("paragraphs"))
    body = document.get("body")
    if not paragraphs and isinstance(body, str):
        paragraphs = [p for p in re.split(r"\n\s*\n", body) if p.strip()]
    comments = document.get("comments")
    texts = (
        [c["text"] for c in comments if isinstance(c, dict) and isinstance(c.get("text"), str)]
        if isinstance(comments, list)
        else []
    )
    openings = tuple(o for p in paragraphs if (o := opening(p)))
    first = opening(texts[0]) if texts else ()
    return CutTruth(openings, first) if openings or first else None


def _words_by_line(lines: Sequence[str]) -> tuple[list[str], list[int]]:
    """The dump's words in order, and the line of each."""
    words: list[str] = []
    line_of: list[int] = []
    for i, line in enumerate(lines):
        found = _WORD.findall(_LINK_NUMBER.sub(" ", line).casefold())
        words.extend(found)
        line_of.extend([i] * len(found))
    return words, line_of


def _lines_of(opening: tuple[str, ...], words: list[str], line_of: list[int]) -> list[int]:
    """The lines where ``opening`` begins among the dump's words."""
    n = len(opening)
    first = opening[0]
    return [
        line_of[k]
        for k, word in enumerate(words)
        if word == first and tuple(words[k : k + n]) == opening
    ]


def cut_score(proposal: _Placed, truth: CutTruth, lines: Sequence[str]) -> float:
    """1 when the cut at ``proposal.at`` leaves every body paragraph found in ``lines`` above
    it (where each is first found) and the first comment, when found below them, at or below
    it (where it is first found there: a list of the latest comments may repeat it further
    down); :data:`LATE_CUT` when it leaves the body above but the first comment too (a thread
    whose header stands under its text is cut at the header); 0 when a paragraph of the body
    opens below it."""
    words, line_of = _words_by_line(lines)
    body_end = -1
    for opening in truth.paragraphs:
        found = _lines_of(opening, words, line_of)
        if found:
            body_end = max(body_end, found[0])
    if body_end >= proposal.at:
        return 0.0
    if truth.first_comment:
        below = [i for i in _lines_of(truth.first_comment, words, line_of) if i > body_end]
        if below and below[0] < proposal.at:
            return LATE_CUT
    return 1.0


#: A block's text is the article's when this share of its word 4-grams (shingles) is in the
#: truth's body, as the scorer compares bodies.
KEPT_SHARE: Final = 0.5
#: Shingles are this many words.
_SHINGLE: Final = 4


class BodyTruth(NamedTuple):
    """A page's body as blocks are compared with it: its word 4-grams, and its words joined
    (for a block shorter than one 4-gram)."""

    shingles: frozenset[tuple[str, ...]]
    joined: str


def _words(text: str) -> list[str]:
    return _WORD.findall(_LINK_NUMBER.sub(" ", text).casefold())


def body_truth(document: Mapping[str, Any]) -> BodyTruth | None:
    """The truth's body (``paragraphs``, else ``body``) as blocks are compared with it, or
    ``None`` when it gives none."""
    paragraphs = _texts(document.get("paragraphs"))
    body = document.get("body")
    text = "\n\n".join(paragraphs) if paragraphs else body if isinstance(body, str) else ""
    words = _words(text)
    if not words:
        return None
    shingles = frozenset(zip(*(words[k:] for k in range(_SHINGLE)), strict=False))
    return BodyTruth(shingles, f" {' '.join(words)} ")


def block_score(choice: Any, truth: BodyTruth, _: object) -> float:
    """1 when a block's choice is right: kept when :data:`KEPT_SHARE` of its shingles (a short
    block: its words in a row) are in the truth's body, dropped otherwise; else 0.

    >>> truth = body_truth({"body": "It rained all day in the town and the river rose."})
    >>> [block_score(_Choice(keep, t), truth, None) for keep, t in
    ...  [(True, "It rained all day in the town."), (False, "Share this story"), (True, "Share")]]
    [1.0, 1.0, 0.0]
    """
    words = _words(choice.text)
    if len(words) < _SHINGLE:
        inside = bool(words) and f" {' '.join(words)} " in truth.joined
    else:
        shingles = list(zip(*(words[k:] for k in range(_SHINGLE)), strict=False))
        inside = sum(g in truth.shingles for g in shingles) >= KEPT_SHARE * len(shingles)
    return float(choice.keep == inside)


class _Choice(NamedTuple):
    keep: bool
    text: str
