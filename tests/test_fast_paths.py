"""Fast paths give the answers of the slow ones: page memos never leak into the next parse,
plain searches find what the patterns they replace find."""

from __future__ import annotations

from datetime import date

import attrs
from hypothesis import example, given
from hypothesis import strategies as st

import newsparse
from newsparse import Article, Comment, _dates, _generic_header, _memo

from .strategies import renderable_articles

PAGE = (
    "Harbour ferry returns after storm\n\nMay 2, 2024\n\nBy Lena Marsh\n\n"
    "The ferry to the island sails again from Monday, the operator said on Thursday, after "
    "the storm tore away a pier and left the crossing closed for three weeks.\n\n"
    "Repairs cost more than planned, and the timetable stays thin until the summer, when a "
    "second boat joins the route and the evening crossings come back.\n"
)


def test_a_parse_starts_with_empty_memos() -> None:
    before = newsparse.parse(PAGE)
    # a stale answer for the page's own date line, as if an earlier parse had left it behind
    _dates._FOUND[("May 2, 2024", None, None)] = (date(1999, 1, 1), 0, 11)
    _generic_header._BARE["By Lena Marsh"] = None
    assert newsparse.parse(PAGE) == before
    assert before.published == date(2024, 5, 2)


def test_memos_are_bounded() -> None:
    memo = _memo.page_memo()
    for k in range(_memo.LIMIT + 10):
        _dates.find_date(f"{k} May 2, 2024")
    assert len(_dates._FOUND) <= _memo.LIMIT + 1
    _memo.forget_pages()
    assert memo == {} and _dates._FOUND == {}


@given(
    st.text(alphabet="ab_é -.'", min_size=4, max_size=8),
    st.text(alphabet="ab_é -.'X", max_size=30),
)
def test_a_surname_in_the_headline_is_found_as_a_whole_word(surname: str, title: str) -> None:
    """The plain search with a look at the neighbours finds what ``(?<!\\w)name(?!\\w)`` finds."""
    import re

    name = "Jo " + surname
    last = name.split()[-1].casefold()
    expected = name.casefold() in title.casefold() or (
        len(last) >= 4
        and re.search(rf"(?<!\w){re.escape(last)}(?!\w)", title.casefold()) is not None
    )
    assert _generic_header._in_title(name, title) == (expected and bool(title))


_CUE_WORDS = ["Published", "reply", "Comments", "More", "facebook", "Recommend", "12", "x"]


@given(
    st.lists(
        st.sampled_from(_CUE_WORDS) | st.text(alphabet=": \t-•aé1", max_size=6), max_size=6
    ).map(" ".join),
    st.text(alphabet=":  ", max_size=3),
)
def test_the_tail_cue_gate_lets_through_every_line_the_first_word_test_accepts(
    line: str, glue: str
) -> None:
    """The one-pattern gate answers as the first word of the first 32 characters, lower-cased
    and without trailing colons, looked up among the cue words (or starting with a digit)."""
    from newsparse import _lines

    line = glue + line
    words = line[:32].split(None, 1)
    word = words[0].lower().rstrip(":") if words else ""
    expected = word in _lines._TAIL_FIRST_WORDS or word[:1].isdigit()
    assert _lines.maybe_tail_cue(line) == expected


def _strip_buttons_by_loop(text: str) -> tuple[str, list[str]]:
    """The label loop of ``strip_buttons`` without its one-test pre-check."""
    from newsparse._lines import _GLUE_AFTER, _LABELS_LONGEST_FIRST

    removed: list[str] = []
    while True:
        low = text[-16:].lower()
        for label in _LABELS_LONGEST_FIRST:
            if low.endswith(label):
                head = text[: len(text) - len(label)].rstrip()
                stacked = head.lower().endswith(_LABELS_LONGEST_FIRST)
                if not head or head[-1] in _GLUE_AFTER or stacked:
                    removed.insert(0, text[len(head) :].strip())
                    text = head
                    break
        else:
            return text, removed


@given(
    st.lists(
        st.sampled_from(["Reply", "REPORT", "share ›", "Like", ".", "!", " ", "It rained", "x"]),
        max_size=6,
    ).map("".join)
)
def test_strip_buttons_pre_check_changes_nothing(text: str) -> None:
    from newsparse._lines import strip_buttons

    assert strip_buttons(text) == _strip_buttons_by_loop(text)


_BYLINE_PIECES = ["Jane", "Doe", "DoeOmar", "and", "AND", "und", "&", ",", ";", "y", "Y", "e"]


@given(
    st.lists(
        st.sampled_from(_BYLINE_PIECES) | st.text(alphabet="aZ ,;&é", max_size=4), max_size=7
    ).map(" ".join),
    st.sampled_from(["", " ", ","]),
)
@example("Jane DoeOmar Jane Doe", " ")
@example("Jane Doe & Ana Doe", " ")
def test_a_byline_is_split_into_persons_only_where_the_split_gate_lets_it(
    text: str, glue: str
) -> None:
    """:func:`~newsparse._authors.may_name_several` is true wherever the split finds two persons
    (the bare-byline reader splits only there)."""
    from newsparse._authors import may_name_several, split_persons

    text = glue.join(text.split(" "))
    assert len(split_persons(text)) < 2 or may_name_several(text)


@given(renderable_articles())
def test_comments_built_by_the_parser_are_the_records_comment_builds(article: Article) -> None:
    """The parser builds comments without running the validators again: the records must be
    the ones the checked constructor builds (equal, same hash and repr, same types)."""
    parsed = newsparse.parse(newsparse.render(article))
    for comment in parsed.comments:
        checked = Comment(**attrs.asdict(comment, recurse=False))
        assert checked == comment and hash(checked) == hash(comment)
        assert repr(checked) == repr(comment) and type(comment.quoted) is tuple


def test_an_author_bio_after_a_no_break_space_is_read() -> None:
    """The cheap test before the bio pattern looks for ``est`` without the space after it: the
    pattern takes any white space there, a no-break space too."""
    from newsparse import _generic_header as H

    assert H._bio_names(["Jean Dupont est\u00a0rédacteur en chef du journal."], 0, 1) == (
        "Jean Dupont",
    )


def test_no_line_of_a_page_is_held_once_its_parse_returns() -> None:
    from newsparse import _memo

    newsparse.parse(PAGE)
    newsparse.parse(
        PAGE.replace("Harbour ferry", "Harbour ferry\n\n• Home\n• News") + "\n© 2024 Gazette"
    )
    assert _dates._FOUND == {} and _generic_header._BARE == {}
    assert all(memo == {} for memo in _memo._MEMOS)


_PASSAGE_TEXT = st.text(alphabet="ab AB_1é,.’— \n-", max_size=40)


@given(_PASSAGE_TEXT, _PASSAGE_TEXT, st.integers(0, 6), st.integers(1, 6))
def test_words_are_found_in_a_text_as_the_normalised_comparison_finds_them(
    text: str, other: str, skip: int, take: int
) -> None:
    """A passage's words found in place in a lower-case text, as comparing both texts with
    their words joined by single spaces finds them (a slice of the text's own words, or the
    words of another text)."""
    import re

    from newsparse._comments import _holds_words

    def norm(value: str) -> str:
        return " " + " ".join(re.findall(r"\w+", value.lower())) + " "

    low = text.lower()
    own = re.findall(r"\w+", low)
    for words in (own[skip : skip + take], re.findall(r"\w+", other.lower())):
        if words:
            assert _holds_words(low, words) == (f" {' '.join(words)} " in norm(text))


@given(st.lists(_PASSAGE_TEXT, min_size=1, max_size=4), st.lists(_PASSAGE_TEXT, max_size=12))
def test_the_article_answers_alike_in_place_and_once_its_words_are_joined(
    paragraphs: list[str], passages: list[str]
) -> None:
    """The first questions are answered in place, later ones from the joined words: both give
    the same answers (asked twice over, so both ways are taken)."""
    import re

    from newsparse._comments import Thread, _holds_words

    thread = Thread(article_paragraphs=paragraphs, stamp_of=lambda _: None, placement=[])
    for passage in passages * 2 + passages:
        words = re.findall(r"\w+", passage.lower())
        if words:
            assert thread._in_article(words) == _holds_words(thread.article_low, words)


def test_pages_parsed_in_threads_at_once_read_as_one_by_one() -> None:
    """Page memos are shared by the module: parses in several threads at once empty them for
    each other, which costs speed, never an answer (every memo holds answers that depend only
    on the question)."""
    import sys
    from concurrent.futures import ThreadPoolExecutor
    from pathlib import Path

    pages = [p.read_bytes() for p in sorted(Path(__file__).parent.glob("data/*/*.txt"))] * 3
    alone = [newsparse.parse(page) for page in pages]
    switch = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # (threads take turns every few steps: the memos are emptied often)
    try:
        with ThreadPoolExecutor(max_workers=4) as pool:
            together = list(pool.map(newsparse.parse, pages))
    finally:
        sys.setswitchinterval(switch)
    assert together == alone
