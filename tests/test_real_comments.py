"""Comment threads of real page dumps: where they start, quoted headers, double posts, teasers.

Invented pages in the ``Name says:`` / timestamp layout that blogs and news sites print and
text converters keep; each test is one general rule of the real-page comment reader.
"""

from __future__ import annotations

from datetime import datetime

import pytest

import newsparse

HEAD = (
    "Riverside Courier\n\n  • News\n  • Sport\n  • Weather\n\n"
    "Ferry timetable cut again as crews run short\n\n"
    "By Mara Okonkwo\n\n14 February 2022\n\n"
)
BODY = (
    "The island ferry will sail four times a day instead of six from next month, the operator "
    "said on Monday, because it cannot find enough trained deckhands to staff the extra runs.\n\n"
    "Commuters who cross every morning said the early boat was already full by the time it "
    "left the harbour, and that a smaller timetable would leave many of them late for work.\n\n"
    "The operator said it had started a training scheme with the college on the mainland and "
    "hoped to restore the full timetable by the summer, when visitors fill the island again.\n\n"
)


def _says(name: str, when: str, *text: str, marker: str = "") -> str:
    return f"{marker}{name} says:\n{when}\n\n" + "\n\n".join(text) + "\n\nLog in to reply\n\n"


def test_a_comment_header_glued_under_the_share_row_ends_the_body() -> None:
    page = (
        HEAD
        + BODY
        # no blank line between the share row and the first comment's header
        + "Harbour\nFacebook Twitter Email\nCopy link\n"
        + _says("Tilda", "14. Februar 2022 um 09:12 Uhr", "Four boats a day is not a service.")
        + _says("Ben Ashe", "14. Februar 2022 um 09:30 Uhr", "The college scheme is a good idea.")
        + _says("Corrie", "14. Februar 2022 um 10:02 Uhr", "Summer is a long way off for us.")
    )
    article = newsparse.parse(page)
    assert [c.author for c in article.comments] == ["Tilda", "Ben Ashe", "Corrie"]
    assert article.comments[0].posted == datetime(2022, 2, 14, 9, 12)
    assert not any("Tilda" in p or "Four boats" in p for p in article.paragraphs)
    assert len(article.paragraphs) == 3


def test_a_quoted_comment_header_stays_inside_the_comment_that_quotes_it() -> None:
    page = (
        HEAD
        + BODY
        + "3 Comments\n\n"
        + _says("1. Olwen", "February 14, 2022 at 8:05 am", "Crews were short all winter.")
        + _says("2. Piet", "February 14, 2022 at 8:40 am", "Then they should pay them more.")
        + "3. Quill says:\nFebruary 14, 2022 at 9:15 am\n\n"
        + "Olwen says:\nFebruary 14, 2022 at 8:05 am\nCrews were short all winter.\n"
        + "==========\nAnd the summer boats were short too.\n\nLog in to reply\n\n"
    )
    article = newsparse.parse(page)
    assert [c.author for c in article.comments] == ["Olwen", "Piet", "Quill"]
    assert "And the summer boats were short too." in article.comments[2].text
    quoting = article.comments[2].text + " ".join(article.comments[2].quoted)
    assert "Olwen says:" in quoting
    assert article.comment_count == 3


def test_a_comment_posted_twice_counts_twice() -> None:
    page = (
        HEAD
        + BODY
        + _says("Olwen", "February 14, 2022 at 8:05 am", "Crews were short all winter.")
        + _says("Piet", "February 14, 2022 at 8:40 am", "Then they should pay them more.")
        + _says("Piet", "February 14, 2022 at 8:40 am", "Then they should pay them more.")
    )
    article = newsparse.parse(page)
    assert [c.author for c in article.comments] == ["Olwen", "Piet", "Piet"]


def test_a_teaser_title_ending_in_a_day_is_no_commenter() -> None:
    page = (
        HEAD
        + BODY
        + _says("Olwen", "February 14, 2022 at 8:05 am", "Crews were short all winter.")
        + _says("Piet", "February 14, 2022 at 8:40 am", "Then they should pay them more.")
        + "On the island this week\n\n"
        + "  • Lighthouse Open Day Moved to March 3rd\n"
        + "    Lighthouse Open Day Moved to March 3rd\n"
        + "  • Ferry Fares Frozen Until April 1st\n"
        + "    Ferry Fares Frozen Until April 1st\n"
    )
    article = newsparse.parse(page)
    assert [c.author for c in article.comments] == ["Olwen", "Piet"]


def test_a_commenter_name_beside_a_day_still_opens_a_comment() -> None:
    page = (
        HEAD
        + BODY
        + "2 Comments\n\n"
        + "Olwen · February 15\n\nCrews were short all winter.\n\nReply\n\n"
        + "Piet · February 16\n\nThen they should pay them more.\n\nReply\n\n"
    )
    article = newsparse.parse(page)
    assert [c.author for c in article.comments] == ["Olwen", "Piet"]


def _footed(name: str | None, text: str, day: str, clock: str, *, bullet: str = "  • ") -> str:
    """A comment whose name stands alone above the text and whose time stands below it."""
    head = f"{name}\n\n" if name else ""
    return f"{head}{text}\n\n{bullet}reply\n{bullet}{day}\n{bullet}{clock}\n\n"


FORM = "Add a comment\nYour name [Anonymous          ]\n[Post comment]\n"


def test_comments_with_the_time_below_the_text_are_read_one_by_one() -> None:
    page = (
        HEAD
        + BODY
        + FORM
        + _footed(
            "Anonymous", "Four boats a day is not a service at all.", "February 14, 2022", "6:32 PM"
        )
        + _footed("Tilda", "The college scheme is a good idea.", "February 15, 2022", "12:05 AM")
        + _footed("Ben Ashe", "Summer is a long way off for us.", "February 15, 2022", "9:41 AM")
        + "Related Stories\n\nBus fares rise in March\n\nFebruary 10, 2022\n\n"
        + "New pier opens at last\n\nFebruary 2, 2022\n"
    )
    article = newsparse.parse(page)
    assert [c.author for c in article.comments] == ["Anonymous", "Tilda", "Ben Ashe"]
    assert [c.posted for c in article.comments] == [
        datetime(2022, 2, 14, 18, 32),
        datetime(2022, 2, 15, 0, 5),
        datetime(2022, 2, 15, 9, 41),
    ]
    assert article.comments[1].text == "The college scheme is a good idea."
    # the first comment is not read into the body, the related stories are no comments
    assert len(article.paragraphs) == 3
    assert not any("Bus fares" in c.text for c in article.comments)


def test_footer_comments_on_their_own_lines_as_beautifulsoup_prints_them() -> None:
    def bs4(name: str, text: str, day: str, clock: str) -> str:
        return f"{name}\n\n{text}\n\nreply\n\n{day}\n\n{clock}\n\n"

    page = (
        HEAD
        + BODY
        + bs4("Olwen", "Crews were short all winter.", "February 14, 2022", "8:05 AM")
        + bs4("Piet", "Then they should pay them more.", "February 14, 2022", "8:40 AM")
    )
    article = newsparse.parse(page)
    assert [(c.author, c.text) for c in article.comments] == [
        ("Olwen", "Crews were short all winter."),
        ("Piet", "Then they should pay them more."),
    ]
    result = newsparse.parse_detailed(page)
    lines = page.splitlines()
    assert result.placement[lines.index("8:40 AM")] == "comments[1].posted"
    assert result.placement[lines.index("reply")] == "dropped"


def test_a_list_of_dated_teasers_without_reply_buttons_is_no_thread() -> None:
    teasers = "".join(
        f"{title}\n\n  • Share\n  • {day}\n\n"
        for title, day in [
            ("Bus fares rise in March", "February 10, 2022"),
            ("New pier opens at last", "February 2, 2022"),
            ("Harbour wall repaired", "January 28, 2022"),
        ]
    )
    article = newsparse.parse(HEAD + BODY + teasers)
    assert article.comments == ()
    assert len(article.paragraphs) == 3


@pytest.mark.parametrize(
    "thread",
    [
        _footed("Tilda", "The college scheme is a good idea.", "February 15, 2022", "12:05 AM")
        + _footed("Ben Ashe", "Summer is a long way off for us.", "February 15, 2022", "9:41 AM"),
        _says("Corrie", "February 15, 2022 at 10:02 am", "Four boats is not enough.")
        + _says("Dev", "February 15, 2022 at 10:40 am", "Six would be better."),
    ],
)
def test_a_comment_line_is_never_also_dropped_as_page_furniture(thread: str) -> None:
    page = HEAD + BODY + thread
    result = newsparse.parse_detailed(page)
    lines = page.splitlines()
    assert len(result.article.comments) == 2
    for dropped in result.dropped:
        if dropped.text == lines[dropped.line - 1].strip():
            assert result.placement[dropped.line - 1] == "dropped", dropped
    comment_lines = {
        i for i, where in enumerate(result.placement) if (where or "").startswith("comments")
    }
    assert len(comment_lines) >= 6
    assert not {d.line - 1 for d in result.dropped} & comment_lines


def test_a_remark_in_brackets_after_a_name_and_a_separator_dot_keep_the_name() -> None:
    def head(name: str, when: str, text: str) -> str:
        return f"{name}\n\n·\n\n{when}\n\n{text}\n\nReply\n\n"

    page = (
        HEAD
        + BODY
        + "There are\n3\ncomments\n\n"
        + head("Ruth Ellery (rhymes with celery)", "February 14, 2022 at 8:05 AM", "Crews first.")
        + head("Piet", "February 14, 2022 at 8:40 AM", "Then pay them more.")
        + head("Olwen", "February 14, 2022 at 9:15 AM", "Agreed.")
    )
    article = newsparse.parse(page)
    assert [c.author for c in article.comments] == [
        "Ruth Ellery (rhymes with celery)",
        "Piet",
        "Olwen",
    ]


def test_a_nickname_ending_in_punctuation_is_a_commenter_under_a_says_label() -> None:
    def says(name: str, when: str, text: str) -> str:
        return f"{name}\n\nsagt:\n\n{when}\n\n{text}\n\nAntworten\n\n"

    page = (
        HEAD
        + BODY
        + says("Tilda", "14. Februar 2022 um 09:12 Uhr", "Vier Fähren sind zu wenig.")
        + says("K.W.", "14. Februar 2022 um 09:30 Uhr", "Die Schule ist eine gute Idee.")
        + says("echt jetzt?!", "14. Februar 2022 um 10:02 Uhr", "Der Sommer ist weit weg.")
    )
    article = newsparse.parse(page)
    assert [c.author for c in article.comments] == ["Tilda", "K.W.", "echt jetzt?!"]
    assert article.comments[2].text == "Der Sommer ist weit weg."
