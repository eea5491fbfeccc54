"""Parse results a user would call wrong (issue 15, section 9), on invented pages.

A comment's time is never the article's date; a relative date resolves the same in the header
as in the comments; a field no article has is a defect (so ``--strict`` refuses it); a count
that cannot be a count never reaches an exporter.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from newsparse import DefectError, ImplausibleField, Policy, parse, parse_detailed
from newsparse._models import MAX_COUNT
from newsparse._parser import MAX_TITLE_CHARS

_BODY = (
    "The council met on Tuesday evening and agreed, after a long debate, to repair the old "
    "bridge before winter comes."
)
_COMMENT = "  • Tom\n    Mar 3, 2024 - 9:15AM\n\n    hi\n"
#: Two comments as a blog writes them under the article, with no heading over them: a name over
#: its time, the text, a reply button (read by the header reader, which looks for the article's
#: date on the same lines)
_THREAD = "".join(
    f"{name}\n{when}\n\n{text}\n\nReply\n\n"
    for name, when, text in [
        ("Ann Lowe", "March 5, 2024 at 9:12 am", "Good news for the island at last."),
        ("Piet", "March 6, 2024 at 10:40 am", "Who pays for it in the end?"),
    ]
)


# --- a comment's time is never the article's date ------------------------------------------------


@pytest.mark.parametrize(
    "page",
    [
        # the page of the report: a one-word body, then the comments (read in the reference layout
        # once the real-page reader finds no body)
        f"Title\n\nBody.\n\nReader Comments (1)\n\n{_COMMENT}",
        # no comments heading: the bulleted head alone opens the comments
        f"Title\n\nBody.\n\n{_COMMENT}",
        # a real page (a menu over the headline): the real-page reader finds the body
        f"Home | News | Sport\n\nBridge to be repaired\n\n{_BODY}\n\n{_COMMENT}",
        f"Bridge to be repaired\n\n{_BODY}\n\n{_COMMENT}",
        f"Home | News | Sport\n\nBridge to be repaired\n\nBy Mara Quill\n\n{_BODY}\n\n{_THREAD}",
    ],
    ids=["report", "no heading", "real page", "real page, no menu", "blog thread, no heading"],
)
def test_a_comment_time_is_not_the_published_date(page: str) -> None:
    assert parse(page).published is None


def test_a_blog_thread_keeps_its_times_and_leaves_the_article_undated() -> None:
    page = f"Home | News | Sport\n\nBridge to be repaired\n\nBy Mara Quill\n\n{_BODY}\n\n{_THREAD}"
    article = parse(page)
    assert [(c.author, c.posted) for c in article.comments] == [
        ("Ann Lowe", datetime(2024, 3, 5, 9, 12)),
        ("Piet", datetime(2024, 3, 6, 10, 40)),
    ]
    assert (article.published, article.updated) == (None, None)


def test_the_header_date_still_wins_over_comment_times() -> None:
    page = f"Home | News | Sport\n\nBridge to be repaired\n\nMay 2, 2024\n\n{_BODY}\n\n{_COMMENT}"
    assert str(parse(page).published) == "2024-05-02"


# --- relative dates resolve the same everywhere ---------------------------------------------------

_NOON = datetime(2024, 5, 2, 12, 0)


@pytest.mark.parametrize(
    "page",
    [
        # the reference layout
        "Title\n\nPublished: 3 hours ago\n\nBody text here.\n\nReader Comments (1)\n\n"
        "  • Tom\n    2 days ago\n\n    hi\n",
        # a real page
        f"Home | News | Sport\n\nBridge to be repaired\n\nPublished: 3 hours ago\n\n{_BODY}\n\n"
        f"{_BODY}\n",
        f"Home | News | Sport\n\nBridge to be repaired\n\nBy Jane Doe\n\n3 hours ago\n\n{_BODY}\n",
    ],
    ids=["reference layout", "real page, labelled", "real page, alone"],
)
def test_a_relative_published_date_resolves_with_a_reference_time(page: str) -> None:
    result = parse_detailed(page, reference_time=_NOON)
    assert result.article.published == datetime(2024, 5, 2, 9, 0)
    assert not [d for d in result.defects if d.kind == "unresolved-relative-time"]
    comments = result.article.comments
    assert all(c.posted == datetime(2024, 4, 30, 12, 0) for c in comments)

    alone = parse_detailed(page)
    assert alone.article.published is None
    unresolved = [d for d in alone.defects if d.kind == "unresolved-relative-time"]
    assert unresolved[0].text.endswith("3 hours ago")
    assert alone.placement[unresolved[0].line - 1] == "defect"


# --- implausible fields ---------------------------------------------------------------------------


@pytest.mark.parametrize("mark", ["•", "“", '"', "* * *"])
def test_a_line_of_marks_is_no_standfirst(mark: str) -> None:
    result = parse_detailed(f"Title\n{(mark + chr(10)) * 500}\nIt rained.\n")
    assert result.article.subtitle is None
    assert result.article.paragraphs == ("It rained.",)
    assert len(result.dropped) == 500
    assert {d.reason for d in result.dropped} == {"marks without words"}


def test_a_page_of_bullets_alone_keeps_no_field_of_bullets() -> None:
    result = parse_detailed("•\n" * 20_000)
    assert result.article.subtitle is None
    assert len(result.dropped) == 19_999  # the first line is the title


def test_a_standfirst_longer_than_the_body_is_a_defect() -> None:
    standfirst = "The standfirst goes on and on about the weather. " * 10
    page = f"Title\n{standfirst}\n\nIt rained.\n"
    result = parse_detailed(page)
    assert result.article.subtitle == standfirst.strip()  # kept as read
    found = [d for d in result.defects if isinstance(d, ImplausibleField)]
    assert [d.line for d in found] == [2]
    assert "longer than the body" in found[0].reason
    with pytest.raises(DefectError) as raised:
        parse(page, policy=Policy(strict=True))
    assert raised.value.defect.kind == "implausible-field"


def test_a_short_standfirst_over_a_short_body_is_fine() -> None:
    result = parse_detailed("Title\nA sentence that sets the scene for readers.\n\nIt rained.\n")
    assert result.article.subtitle is not None
    assert not result.defects


def test_a_title_of_thousands_of_characters_is_a_defect() -> None:
    title = "Storm " * 900
    result = parse_detailed(f"{title}\n\nIt rained.\n")
    assert len(result.article.title) > MAX_TITLE_CHARS
    found = [d for d in result.defects if d.kind == "implausible-field"]
    assert [d.line for d in found] == [1]
    with pytest.raises(DefectError):
        parse(f"{title}\n\nIt rained.\n", policy=Policy(strict=True))


# --- a count that cannot be a count ---------------------------------------------------------------


@pytest.mark.parametrize("declared", ["99999999999999999999", str(MAX_COUNT + 1)])
def test_a_comment_count_past_any_count_is_a_defect(declared: str) -> None:
    page = f"Title\n\nBody.\n\nReader Comments ({declared})\n\n{_COMMENT}"
    result = parse_detailed(page)
    assert result.article.comment_count is None
    assert len(result.article.comments) == 1
    assert [(d.kind, d.line, d.text) for d in result.defects] == [
        ("implausible-field", 5, f"Reader Comments ({declared})")
    ]


def test_a_count_of_a_billion_is_still_a_count() -> None:
    page = f"Title\n\nBody.\n\nReader Comments ({MAX_COUNT})\n\n{_COMMENT}"
    result = parse_detailed(page)
    assert result.article.comment_count == MAX_COUNT
    assert [d.kind for d in result.defects] == ["comment-count-mismatch"]


# --- the number of blank lines does not decide what a comment quotes ------------------------------


def _ferry_page(gap: str, lead: str) -> str:
    """An invented page in the reference layout: the second comment opens with three words of
    the first (then answers them), set off by ``lead`` after its timestamp; ``gap`` is the blank
    lines between every other block."""
    blocks = [
        "Ferry service to resume",
        "Published: June 3, 2024",
        "The island ferry will run again from Monday after repairs to its engine.",
        "Reader Comments (2)",
        "  • Rosa\n    Jun 3, 2024 - 8:02AM",
        "    About time, the harbour has been empty for weeks, bring it back.",
        "  • Ivo\n    Jun 3, 2024 - 9:40AM",
    ]
    page = gap.join(blocks)
    return (
        page + lead + "    bring it back." + gap + "    Patience, the engine was older than me.\n"
    )


@pytest.mark.parametrize(
    ("gap", "lead"),
    [("\n\n", "\n\n\n"), ("\n\n", "\n\n"), ("\n\n\n", "\n\n\n"), ("\n\n\n", "\n\n\n\n")],
    ids=["quote set off", "single blank lines", "double blank lines", "quote set off, doubled"],
)
def test_a_reply_quotes_the_words_it_answers_whatever_the_spacing(gap: str, lead: str) -> None:
    article = parse(_ferry_page(gap, lead))
    assert [c.author for c in article.comments] == ["Rosa", "Ivo"]
    reply = article.comments[1]
    assert reply.quoted == ("bring it back.",)
    assert reply.reply_to == 0
    assert reply.text == "Patience, the engine was older than me."


def test_a_short_phrase_said_again_inside_a_comment_is_its_own() -> None:
    page = _ferry_page("\n\n", "\n\n").replace(
        "    Patience, the engine", "    bring it back.\n\n    Patience, the engine"
    )
    reply = parse(page).comments[1]
    # the opening block is the passage; the same words further down are the commenter's own
    assert reply.quoted == ("bring it back.",)
    assert "bring it back." in reply.text
