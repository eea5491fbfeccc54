"""The body reader's speed devices answer as the plain computations they stand for: each cheap
look is compared with the full one it spares (written out here as it was before)."""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from newsparse import _cues as cues
from newsparse import _generic as G
from newsparse import _text as X
from newsparse._lines import fold
from newsparse._page import Page
from newsparse._text import is_long, is_notice
from newsparse.vocab import authors as A

#: Pieces of lines with underscores of every kind: html2text's emphases (``_Island Gazette_``,
#: ``_Beyond._``, ``the _Trek_ film``, ``_x_ :``), names and addresses (``snake_case``,
#: ``/a_b.jpg``), a backslash before one, a line break, marks after one.
_UNDERSCORED = st.lists(
    st.sampled_from(
        [
            "_",
            "__",
            " ",
            "  ",
            "the",
            "Island",
            "Gazette",
            "snake_case",
            "a_b.jpg",
            "\\_",
            "\n",
            ".",
            ":",
            ",",
            "!",
            "é",
            "7",
            "a",
            "x",
            "x" * 70,
        ]
    ),
    max_size=12,
).map("".join)


@given(st.one_of(_UNDERSCORED, st.text(alphabet="_ aZ.:\\\n9é", max_size=40)))
@example("a _x_ b")
@example("_.x_")
def test_a_line_whose_emphasis_could_close_nowhere_has_none(line: str) -> None:
    # (the look spares the pattern only where it would find nothing: the line stays as it is)
    if G._MD_ITALIC.search(line) is not None:
        assert G._may_close_emphasis(line)


def test_the_look_lets_an_emphasis_through_and_spares_a_name() -> None:
    assert G._may_close_emphasis("the _Island Gazette_ said")
    assert G.clean("the _Island Gazette_ said") == "the Island Gazette said"
    assert not G._may_close_emphasis("see snake_case and a_b.jpg")
    assert G.clean("see snake_case and a_b.jpg") == "see snake_case and a_b.jpg"


def _about_writer(text: str) -> str | None:
    """:func:`newsparse._cues.about_writer` as it was, every text folded."""
    plain = text.strip(" #*_:")
    if plain.casefold() in frozenset(A.ABOUT_AUTHOR_HEADINGS):
        return ""
    m = cues._ABOUT_NAME.fullmatch(plain)
    if m is None or " " not in m.group("name"):
        return None
    return m.group("name")


#: Box headings and what stands near them: the headings in several cases, with marks around
#: them, names, letters that fold to more than one (``ß``, ``ŉ``) or to another (``K``).
_ABOUT_TEXTS = st.lists(
    st.sampled_from(
        [
            *A.ABOUT_AUTHOR_HEADINGS,
            *(h.upper() for h in A.ABOUT_AUTHOR_HEADINGS),
            "About",
            "ABOUT",
            "Jane Doe",
            " ",
            "#",
            "*",
            ":",
            "ß",
            "ŉ",
            "\u212a",
            "the",
        ]
    ),
    max_size=5,
).map("".join)


@given(st.one_of(_ABOUT_TEXTS, st.text(max_size=30)))
def test_an_author_box_heading_is_read_as_before(text: str) -> None:
    assert cues.about_writer(text) == _about_writer(text)


def test_the_longest_box_heading_is_still_read() -> None:
    longest = max(A.ABOUT_AUTHOR_HEADINGS, key=len)
    assert cues.about_writer(f"## {longest.upper()}:") == ""
    assert len(longest) == cues._ABOUT_HEADING_CHARS


def _page(lines: list[str]) -> Page:
    return Page(lines=lines, tz=None, reference=None, defects=[], placement=[None] * len(lines))


def _introduced(f: G.BlockFeatures) -> list[int]:
    """:func:`newsparse._generic._introduced` as it was, each span read by its index (without
    the lists of sentences and the numbered headings)."""
    blocks, texts, good = f.blocks, f.texts, f.good
    introduced = [0] * len(blocks)
    for m in range(1, len(blocks)):
        a, b = blocks[m]
        if (
            not good[m]
            and G._ITEM_START.match(texts[m]) is not None
            and sum(map(str.isalpha, texts[m])) >= 10 * (b - a)
        ):
            before = texts[m - 1]
            introduced[m] = int(
                bool(
                    introduced[m - 1]
                    or (m >= 2 and introduced[m - 2] and " " not in before)
                    or (before[-1] == ":" and is_long(before) and not is_notice(before))
                )
            )
    return introduced


_LIST_LINES = st.lists(
    st.sampled_from(
        [
            "",
            "The council sets out its plan for the winter in a long letter, on three points:",
            "1) Two ferries daily from the north pier",
            "2) A weekly doctor",
            "* Our picks for the summer",
            "https://x.test",
            "3. New fares in summer",
            "4. Old fares in winter",
            "The harbour reopened on Tuesday after the storm, and the first boats came in early.",
        ]
    ),
    max_size=14,
)


@given(_LIST_LINES)
def test_introduced_lists_are_read_block_by_block_as_before(lines: list[str]) -> None:
    page = _page(lines)
    cleaned, junk = G._clean_lines(page)
    f = G._block_features(page, cleaned, junk)
    inner = G._introduced(f.blocks, f.texts, f.good, bytearray(len(f.blocks)))
    assert list(inner) == _introduced(f)
    heads: dict[int, list[int]] = {}
    for m in range(len(f.blocks) - 1):
        a, b = f.blocks[m]
        found = G._NUMBERED_HEADING.match(f.texts[m]) if b - a == 1 and not f.good[m] else None
        if found is not None and len(f.texts[m]) < G._HEADING_CHARS and f.good[m + 1]:
            heads.setdefault(int(found.group(1)), []).append(m)
    numbered = [
        int(any(m in at and (n - 1 in heads or n + 1 in heads) for n, at in heads.items()))
        for m in range(len(f.blocks))
    ]
    assert list(G._numbered_headings(f.blocks, f.texts, f.good)) == numbered


def test_the_emphasis_close_is_the_patterns_own() -> None:
    # (the look is the closing part of ``_MD_ITALIC``: a change to one must reach the other)
    assert G._EMPHASIS_CLOSE.pattern in G._MD_ITALIC.pattern
    assert re.compile(G._EMPHASIS_CLOSE.pattern).search("a_b") is None


def _join_lines(parts: list[str]) -> str:
    """:func:`newsparse._text.join_lines` as it was, every break asked about CJK."""
    out = ""
    for part in parts:
        if not out:
            out = part
        elif part[0] in ",.;:!?)’”%" or X._cjk_wrap(out, part):
            out += part
        else:
            out += " " + part
    return fold(out)


#: Line pieces around a break: Latin words and marks, figures, Chinese and Japanese characters
#: and their full-width marks, the first of them (U+3000) and the characters just below it.
_JOINED = st.lists(
    st.text(
        alphabet=st.sampled_from(
            [*"ab .,)7 0", "日", "本", "ス", "、", "\u3000", "\u2fff", "Ｗ", "é"]
        ),
        min_size=1,
        max_size=6,
    ),
    max_size=6,
)


@given(_JOINED)
@example(["民兵指導者が17", "日、会った"])
@example(["スマホ・タ", "ブレット"])
@example(["a\u3000", "\u3000b"])  # (the first wide character on both sides of the break)
def test_lines_are_joined_as_before(parts: list[str]) -> None:
    assert X.join_lines(parts) == _join_lines(parts)


@given(st.text(min_size=1, max_size=8), st.text(min_size=1, max_size=8))
@example("a\u3000", "\u3000b")
@example("\u30017", "\u3000")
def test_a_wrap_inside_cjk_text_has_a_wide_character_at_the_break(before: str, after: str) -> None:
    if X._cjk_wrap(before, after):
        assert after[0] >= X._CJK_WIDE_FIRST or before[-1] >= X._CJK_WIDE_FIRST
