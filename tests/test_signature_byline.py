"""A writer who signs under the article's last paragraph (issue 19): columns, letters to the
editor and blog posts print no byline by the headline but ``— Jane Doe`` (or ``-- Jane Doe``,
``– Jane Doe, Porthaven``) on a line of its own after the text. In the six converters'
renderings of :mod:`tests.test_header_families_round3` (every page and name invented), with
"must not" cases beside: a quotation's source under an epigraph (the article goes on below
it), an embedded post's signature with its handle and date, a dash before words that are no
name, a signature when the headline's byline already names the writer.
"""

from __future__ import annotations

import pytest

import newsparse
from tests.test_header_families_round3 import BODY, CONVERTERS, KÖRPER, render

HEADLINE = "Ferry to run every hour from May"
DAY = "May 2, 2024"

SIGNED = {
    "em-dash": ("— Jane Doe", BODY, ("Jane Doe",)),
    "two-hyphens": ("-- Jane Doe", BODY, ("Jane Doe",)),
    "en-dash-place": ("– Omar Farouk, Porthaven", BODY, ("Omar Farouk",)),
    "german": ("— Jana Berger", KÖRPER, ("Jana Berger",)),
}


@pytest.mark.parametrize("converter", CONVERTERS)
@pytest.mark.parametrize("case", sorted(SIGNED))
def test_a_signature_under_the_last_paragraph_names_the_writer(case: str, converter: str) -> None:
    signature, body, names = SIGNED[case]
    page = render(converter, HEADLINE, [DAY], [*body, signature])
    assert newsparse.parse(page).authors == names


EPIGRAPH = '"The sea gives and the sea takes, and the ferry keeps the time between them."'


@pytest.mark.parametrize("converter", CONVERTERS)
def test_a_quotations_source_is_no_signature(converter: str) -> None:
    page = render(converter, HEADLINE, [DAY], [EPIGRAPH, "— Mark Twain", *BODY])
    assert newsparse.parse(page).authors == ()


@pytest.mark.parametrize("converter", CONVERTERS)
def test_a_dash_before_a_name_the_article_goes_on_after_is_no_signature(converter: str) -> None:
    page = render(converter, HEADLINE, [DAY], [BODY[0], "— Mark Twain", *BODY[1:]])
    assert newsparse.parse(page).authors == ()


NOT_SIGNATURES = {
    "embedded-post": "— Jane Doe (@jdoe) May 2, 2024",
    "not-a-name": "— more to follow on the timetable",
    "end-mark": "-- end of story --",
}


@pytest.mark.parametrize("converter", CONVERTERS)
@pytest.mark.parametrize("case", sorted(NOT_SIGNATURES))
def test_a_dash_before_no_lone_name_is_no_signature(case: str, converter: str) -> None:
    page = render(converter, HEADLINE, [DAY], [*BODY, NOT_SIGNATURES[case]])
    assert newsparse.parse(page).authors == ()


@pytest.mark.parametrize("converter", CONVERTERS)
def test_a_byline_by_the_headline_wins_over_a_signature(converter: str) -> None:
    page = render(converter, HEADLINE, ["By Omar Farouk", DAY], [*BODY, "— Jane Doe"])
    assert newsparse.parse(page).authors == ("Omar Farouk",)
