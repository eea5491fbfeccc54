"""Each stage of the real-page reader on its own, beside the end-to-end fixtures: the lines
cleaned, the blocks and their features, the body run, the headline, the header, the paragraphs;
and the page state's claims and the shared recognisers they read.

The page is invented, in the shape of an html2text dump: a skip link and a menu, a Markdown
headline, a byline and a date, three paragraphs, a related-links box, a copyright line.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse import _cues as cues
from newsparse import _generic as G
from newsparse._page import Page

PAGE = """[Skip to content](#main)
Home
World
Sport
Weather

# Harbour town votes to keep its ferry

By Mara Quill
March 3, 2024

The council of the small harbour town voted on Tuesday to keep the ferry running through the \
winter, after a long evening of debate in the old school hall.

"We cannot leave the island cut off for four months," said the mayor, who had argued for the \
service since the autumn.

Opponents said the cost, about two hundred thousand a year, would fall on every household in \
the town, and asked for a vote of all residents next spring.

Related
Ferry fares rise again
Island school to close

© 2024 The Harbour Gazette
""".split("\n")

HEADLINE, BYLINE, DATE, FIRST, LAST = 6, 8, 9, 11, 15


def _page(lines: list[str] = PAGE) -> Page:
    return Page(lines=lines, tz=None, reference=None, defects=[], placement=[None] * len(lines))


def _features(page: Page) -> tuple[list[str], list[bool], G.BlockFeatures]:
    cleaned, junk = G._clean_lines(page)
    return cleaned, junk, G._block_features(page, cleaned, junk)


def test_lines_lose_their_markup_and_artefacts_are_dropped() -> None:
    lines = ["![](/img/logo.png)", "**Harbour** news", "[Skip to content](#main)"]
    page = _page(lines)
    cleaned, junk = G._clean_lines(page)
    assert cleaned[1:] == ["Harbour news", "Skip to content"]
    assert junk == [True, False, False]
    assert page.placement[0] == "dropped" and page.placement[1] is None


def test_blocks_carry_their_features() -> None:
    page = _page()
    _, _, f = _features(page)
    spans = list(f.blocks)
    assert spans[0] == (0, 5)  # the menu
    paragraphs = [m for m, (a, _) in enumerate(spans) if a in (FIRST, 13, LAST)]
    assert len(paragraphs) == 3
    assert all(f.good[m] and f.strong[m] for m in paragraphs)
    menu, related = 0, next(m for m, (a, _) in enumerate(spans) if f.texts[m].startswith("Related"))
    assert not f.good[menu] and not f.good[related]
    assert len(f.texts) == len(f.bulleted) == len(f.listy) == len(f.stamped) == len(spans)


def test_a_list_introduced_by_a_colon_is_the_articles() -> None:
    lines = [
        "The town's plan for the winter, which the council set out in a long letter to every "
        "household on the island on Tuesday evening, rests on three points:",
        "",
        "1) Two ferries daily",
        "2) A weekly doctor",
    ]
    page = _page(lines)
    _, _, f = _features(page)
    assert list(f.introduced) == [0, 1]


def test_the_body_is_the_best_run_of_prose() -> None:
    page = _page()
    cleaned, _, f = _features(page)
    best = G._best_run(cleaned, f, None, None)
    assert best is not None
    body = G._body_blocks(f, best)
    assert [f.blocks[m][0] for m in body] == [FIRST, 13, LAST]


def test_a_comment_zone_ends_the_run_above_it() -> None:
    page = _page()
    cleaned, _, f = _features(page)
    best = G._best_run(cleaned, f, None, zone_from=13)
    assert best is not None
    assert [f.blocks[m][0] for m in G._body_blocks(f, best)] == [FIRST]


def test_the_headline_is_read_above_the_body_and_placed() -> None:
    page = _page()
    cleaned, junk, f = _features(page)
    body = G._body_blocks(f, G._best_run(cleaned, f, None, None))
    search_to = G._title_reach(f, body, FIRST)
    title, at = G._read_title(page, cleaned, junk, search_to, 0, FIRST)
    assert (title, at) == ("Harbour town votes to keep its ferry", HEADLINE)
    assert page.placement[HEADLINE] == "title"


def test_the_header_claims_the_byline_and_the_date() -> None:
    page = _page()
    cleaned, _, f = _features(page)
    body = G._body_blocks(f, G._best_run(cleaned, f, None, None))
    header_end = G._read_header(page, cleaned, f, body, len(PAGE), HEADLINE)
    assert page.fields.authors == ("Mara Quill",)
    assert page.fields.published == date(2024, 3, 3)
    assert header_end == DATE
    assert page.placement[BYLINE] == "authors" and page.placement[DATE] == "published"


def test_paragraphs_are_the_body_blocks_below_the_header() -> None:
    page = _page()
    title, paragraphs, _ = G.read_generic(page, 0)
    assert title == "Harbour town votes to keep its ferry"
    assert [p[:16] for p in paragraphs] == [
        "The council of t",
        '"We cannot leave',
        "Opponents said t",
    ]
    assert page.placement[LAST] == "paragraphs[2]"
    assert all(place is not None for line, place in zip(PAGE, page.placement, strict=True) if line)


# --- the page state ---------------------------------------------------------------------------


def test_a_field_is_claimed_once() -> None:
    page = _page()
    assert page.claim("authors", ("Mara Quill",), BYLINE)
    assert not page.claim("authors", ("Someone Else",), 0)
    assert page.fields.authors == ("Mara Quill",)
    assert page.placement[BYLINE] == "authors" and page.placement[0] is None


def test_the_comments_heading_is_claimed_once() -> None:
    page = _page()
    assert page.claim_heading(17, 3)
    assert not page.claim_heading(18, 5)
    assert (page.fields.comment_heading, page.fields.comment_count) == (17, 3)


def test_a_second_date_on_another_day_is_a_defect() -> None:
    page = _page()
    page.set_date("published", date(2024, 3, 3), DATE)
    page.set_date("published", date(2024, 3, 9), BYLINE)
    assert page.fields.published == date(2024, 3, 3)
    assert page.placement[BYLINE] == "defect"
    assert [type(d).__name__ for d in page.defects] == ["DatesDisagree"]


# --- the shared recognisers -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "count", "closes"),
    [
        ("24 Comments", 24, True),
        ("Reader Comments (24)", 24, True),
        ("Kommentare", None, True),
        ("there are 5 comments on “Harbour town votes”", 5, True),
        ("3 answers", 3, False),
        ("75 комментариев", 75, False),
    ],
)
def test_one_comment_heading_recogniser(line: str, count: int | None, closes: bool) -> None:
    found = cues.comment_heading(line)
    assert found is not None
    assert (found.count, found.closes_body) == (count, closes)


@given(
    st.sampled_from(["Comments", "Kommentare", "Commentaires", "Reader comments"]),
    st.integers(0, 9999),
)
def test_a_labelled_count_is_read_whatever_the_label(label: str, n: int) -> None:
    for text in (f"{label} ({n})", f"{label} [{n}]", f"{n} {label}"):
        found = cues.comment_heading(text)
        assert found is not None and found.count == n and found.closes_body


def test_prose_is_no_heading_and_no_closing_line() -> None:
    # (a heading's words opening a sentence still read as a heading: the readers ask only of
    # short lines, or of lines that open with a figure)
    assert cues.closing_count("Comments (3)") and cues.closing_count("Comments are closed.")
    assert cues.comment_heading("It rained") is None
    assert not cues.closing_count("Three comments were made")
    assert not cues.ends_body("More than a storm")
    assert cues.copyright_line("© 2024 The Harbour Gazette")
    assert not cues.copyright_line("(c) the council")
