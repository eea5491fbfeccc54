"""The real-page reader on pages in the reference layout's shapes behind a menu: a short
thread under its heading, a header line of only a time, an unreadable timestamp, a
commenter's own line breaks, a standfirst said twice, no byline taken from the comments."""

from __future__ import annotations

import re

import newsparse

MENU = "Home | News | Sport | Weather\n\n"

THREAD = """Ferry timetable changes from Monday

Published: May 2, 2024
By Elin Tresize

The island ferry will leave at seven and not at half past six, the operator said.

Crews asked for the later start after a winter of early fog at the harbour mouth.

Reader Comments (3)

  • Hedra
    May 2, 2024 - 8:10AM

    About time too.

  • May 2, 2024 - 9:45AM

    Will the last boat change?

  • Piran Lowe
    May 3, 2024 - 7:02AM

    Same as before, it says.
    Reply
"""


def test_a_short_thread_under_its_heading_is_read_whatever_its_shapes() -> None:
    result = newsparse.parse_detailed(MENU + THREAD)
    a = result.article
    assert a.comment_count == 3
    assert [c.author for c in a.comments] == ["Hedra", None, "Piran Lowe"]
    assert [c.text for c in a.comments] == [
        "About time too.",
        "Will the last boat change?",
        "Same as before, it says.",
    ]
    assert result.defects == ()


def test_a_heading_that_counts_otherwise_still_heads_the_thread_right_under_it() -> None:
    result = newsparse.parse_detailed(MENU + THREAD.replace("Comments (3)", "Comments (12)"))
    assert len(result.article.comments) == 3
    assert [d.kind for d in result.defects] == ["comment-count-mismatch"]


def test_an_unreadable_timestamp_still_heads_its_comment() -> None:
    text = MENU + THREAD.replace("May 2, 2024 - 9:45AM", "May 32, 2024 - 9:45AM")
    result = newsparse.parse_detailed(text)
    second = result.article.comments[1]
    assert (second.author, second.posted, second.text) == (None, None, "Will the last boat change?")
    assert [d.kind for d in result.defects] == ["unparsed-timestamp"]


def test_no_byline_is_taken_from_the_commenters() -> None:
    text = MENU + THREAD.replace("By Elin Tresize\n", "")
    a = newsparse.parse(text)
    assert a.authors == ()
    assert len(a.comments) == 3


def test_a_commenters_line_breaks_are_kept_on_a_page_not_wrapped() -> None:
    text = MENU + THREAD.replace(
        "    Same as before, it says.\n",
        "    Same as before, it says.\n    First boat at seven\n    Last boat at ten\n",
    )
    last = newsparse.parse(text).comments[2]
    assert last.text == "Same as before, it says.\nFirst boat at seven\nLast boat at ten"


def _wrap_page(text: str, width: int) -> str:
    """A page as a converter that wraps lines at ``width`` writes it: each line broken where
    the next word does not fit, its indent kept."""
    out: list[str] = []
    for line in text.split("\n"):
        indent = line[: len(line) - len(line.lstrip())]
        row = ""
        for word in line.split():
            if row and len(indent) + len(row) + 1 + len(word) > width:
                out.append(indent + row)
                row = word
            else:
                row = f"{row} {word}" if row else word
        out.append(indent + row if row else "")
    return "\n".join(out)


LONG = (
    "The later start suits the school run and the fish market both, and the fog kept the "
    "early boat in harbour on more mornings than it sailed this winter, as anyone at Porth "
    "Quay who waited for it on a cold morning with a van of fish will tell you."
)
BODY = (
    "The operator said the change follows a winter in which the early crossing was called "
    "off on more than forty mornings, most of them for fog at the harbour mouth, and that "
    "the crews had asked for the later start since the autumn."
)


def test_a_wrapped_comment_is_joined_into_its_sentences() -> None:
    page = THREAD.replace("About time too.", LONG).replace(
        "Crews asked for the later start", f"{BODY}\n\n{BODY}\n\nCrews asked for the later start"
    )
    for width in (60, 64, 72):
        text = _wrap_page(MENU + page, width)
        first = newsparse.parse(text).comments[0]
        assert first.text == LONG, width


def test_a_standfirst_said_twice_under_a_headline_without_cue_lines() -> None:
    text = (
        MENU
        + "Harbour wall repairs finished early\n\n"
        + "The wall was rebuilt with stone from the old quay.\n\n"
        + "The wall was rebuilt with  stone from the old quay.\n\n\n"
        + "Masons finished the harbour wall three weeks ahead of the plan, the council said.\n\n"
        + "The work cost less than the estimate because the old quay gave the stone.\n"
    )
    a = newsparse.parse(text)
    assert a.subtitle == "The wall was rebuilt with stone from the old quay."
    assert a.paragraphs[0].startswith("Masons finished")


SHORT = """Home | News | Sport

Breakwater plans stall

The board met on Tuesday.

Reader Comments

  • Maren
    Mar 9, 2024 - 2:05PM

    The quarry trucks stand idle behind the ferry terminal again, as they did all winter.

  • Tobias
    Mar 9, 2024 - 2:06PM

    I saw them moving today, so perhaps the work will start after all.
"""


def test_a_thread_under_its_heading_ends_a_short_article() -> None:
    a = newsparse.parse(SHORT)
    assert a.title == "Breakwater plans stall"
    assert a.paragraphs == ("The board met on Tuesday.",)
    assert [c.author for c in a.comments] == ["Maren", "Tobias"]


TERSE = """Home | News | Sport

Breakwater plans stall

The board met on Tuesday and put the work off until the spring, the harbour master said.

Facebook Conversations

Reader Comments

  • Maren
    Mar 9, 2024 - 2:05PM

    Not again.

  • Tobias
    Mar 9, 2024 - 2:06PM

    Typical.

  • Ines
    Mar 9, 2024 - 2:09PM

    Spring it is.
"""


def test_a_terse_thread_right_under_its_heading_is_read() -> None:
    result = newsparse.parse_detailed(TERSE)
    assert [(c.author, c.text) for c in result.article.comments] == [
        ("Maren", "Not again."),
        ("Tobias", "Typical."),
        ("Ines", "Spring it is."),
    ]
    assert ("Facebook Conversations", "widget label") in [
        (d.text, d.reason) for d in result.dropped
    ]


LONE = """Night tram returns to the harbour line

Published: March 9, 2024

The 4T will run every half hour between one and five at weekends.


The night tram between the old town and the harbour will run again next month, the city said.

“Late crews have waited two winters for this,” driver Osk Amberly said.

Published in The Harbour Post, March 9th, 2024.

Reader Comments (5)

  • Quayside Kit
    Mar 9, 2024 - 10:40PM

    Good news for everyone on late shifts.


More in Transport
"""


def test_a_lone_comment_right_under_a_heading_that_counts_more_is_read() -> None:
    result = newsparse.parse_detailed(MENU + LONE)
    a = result.article
    assert [(c.author, c.text) for c in a.comments] == [
        ("Quayside Kit", "Good news for everyone on late shifts.")
    ]
    assert (a.comment_count, a.section) == (5, "Transport")
    assert "comment-count-mismatch" in [d.kind for d in result.defects]


def test_a_lone_commenter_name_glued_to_a_weekday_is_the_name() -> None:
    text = MENU + LONE.replace(
        "  • Quayside Kit\n    Mar 9, 2024 - 10:40PM\n",
        "  1.\n    Ana RuizSamstag, März 9, 2024 10:40:00 PM\n",
    )
    comment = newsparse.parse(text).comments[0]
    assert comment.author == "Ana Ruiz"
    assert comment.posted is not None and comment.posted.day == 9


def test_the_last_comment_ends_after_its_action_labels() -> None:
    text = MENU + THREAD + "\nPopular posts\nHarbour wall repairs start in May\n"
    last = newsparse.parse(text).comments[-1]
    assert last.text == "Same as before, it says."


def test_text_below_a_section_footer_inside_the_thread_is_reported() -> None:
    stray = "A line that belongs to no comment"
    text = MENU + THREAD.replace(
        "    About time too.\n", f"    About time too.\n\nMore in Transport\n\n{stray}\n"
    )
    result = newsparse.parse_detailed(text)
    a = result.article
    assert a.comments[0].text == "About time too."
    assert (len(a.comments), a.section) == (3, "Transport")
    at = text.splitlines().index(stray) + 1
    assert [(d.kind, d.line) for d in result.defects] == [("unplaced-text", at)]


def test_a_short_article_above_its_thread_is_its_body() -> None:
    page = "Rain at last in the valley\n\nIt rained.\n\nComments (1)\n\n  • Ann\n    May 2, 2024\n\n    Wet."
    a = newsparse.parse(MENU + page)
    assert (a.title, a.paragraphs) == ("Rain at last in the valley", ("It rained.",))
    assert [c.text for c in a.comments] == ["Wet."]


def test_a_header_that_gives_its_date_twice_places_both_lines() -> None:
    text = MENU + THREAD.replace("Published: May 2, 2024\n", "Published: May 2, 2024\n" * 2)
    result = newsparse.parse_detailed(text)
    at = text.splitlines().index("Published: May 2, 2024")
    assert result.placement[at : at + 2] == ("published", "published")
    assert at + 1 not in [d.line for d in result.dropped] and result.defects == ()


def test_a_lone_comment_with_a_button_label_glued_to_its_end_is_read() -> None:
    text = MENU + LONE.replace("late shifts.\n", "late shifts.Recommend\n")
    (comment,) = newsparse.parse(text).comments
    assert comment.text == "Good news for everyone on late shifts."


def test_a_bulleted_time_with_no_name_stands_level_with_the_named_comments() -> None:
    # (``  • May 2, 2024`` under no name has its bullet where ``  • Hedra`` over ``    May 2,
    # 2024`` has: no comment answers the anonymous one)
    comments = newsparse.parse(MENU + THREAD).comments
    assert [c.reply_to for c in comments] == [None, None, None]


def test_a_list_of_comments_keeps_its_depths_when_tabs_stand_for_the_indent() -> None:
    # a converter that writes a tab for two spaces and for four alike: the bullets still stand
    # in one column
    text = re.sub(r"(?m)^ {2,4}", "\t", MENU + THREAD)
    assert [c.reply_to for c in newsparse.parse(text).comments] == [None, None, None]
