"""A headline that w3m or lynx wrapped is joined with its rest on the next line; a <title> that
BeautifulSoup sets over a notice (``Skip to navigation``) or a headline over a one-sentence
standfirst is not (BeautifulSoup never wraps a line). Invented pages."""

from __future__ import annotations

import newsparse

_BODY = (
    "Crews began work on Monday morning, closing the north path to walkers and cyclists for "
    "the whole of the spring while the ferry keeps to its usual timetable, the council said."
)
_MORE = (
    "The repairs will cost the town more than it had planned, the council's treasurer told a "
    "meeting on Friday, and the work may run on into the summer if the weather turns again."
)


def test_a_wrapped_headline_is_joined_with_its_rest() -> None:
    page = "\n".join(
        [
            "Harbour Herald",
            "",
            "  • Home",
            "  • News",
            "",
            "Council agrees to rebuild the harbour wall after the winter storms broke it in",
            "two places",
            "",
            "By Jo Lee",
            "May 2, 2024",
            "",
            _BODY,
            "",
            _MORE,
        ]
    )
    title = (
        "Council agrees to rebuild the harbour wall after the winter storms broke it in two places"
    )
    assert newsparse.parse(page).title == title


def test_a_title_over_a_notice_keeps_the_notice_out() -> None:
    headline = "Council agrees to rebuild the harbour wall after the winter storms broke it twice"
    head = (headline, "Skip to navigation", "", "Harbour Herald", "Home", "News", "By Jo Lee")
    page = "\n".join([*head, "May 2, 2024", "", _BODY, _MORE])
    article = newsparse.parse(page)
    assert article.title == headline
    assert article.authors == ("Jo Lee",)


def test_a_standfirst_sentence_is_not_the_headline_s_rest() -> None:
    headline = "Council agrees to rebuild the harbour wall after the storms of this winter broke it"
    page = "\n".join(
        [
            *("Harbour Herald", "", "  • Home", "  • News", "", headline),
            *("The ferry keeps to its timetable.", "", "By Jo Lee", "May 2, 2024"),
            *("", _BODY, "", _MORE),
        ]
    )
    assert newsparse.parse(page).title == headline
