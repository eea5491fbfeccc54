"""A real page whose body the real-page reader cannot find (a gallery of short captions, a
page of links): its headline is still the title, not the site's name on the first line.
(Invented pages.)"""

from __future__ import annotations

from datetime import date

import pytest

import newsparse

_MENU = "Gazette Online\nNews\nSport\n\n"
_HEADLINE = "Winter ferry gallery: the first crossing in pictures"
_CAPTIONS = (
    "Photo 1 of 3\nThe boat leaves at dawn\nPhoto 2 of 3\nIce on the rails\n"
    "Photo 3 of 3\nArrival at Ness Point\n\nContact us\n"
)


@pytest.mark.parametrize("cue", ["March 3, 2024", "By Mara Quill", "Published: March 3, 2024"])
def test_the_headline_of_a_page_without_a_body_is_its_title(cue: str) -> None:
    article = newsparse.parse(f"{_MENU}{_HEADLINE}\n\n{cue}\n\n{_CAPTIONS}")
    assert article.title == _HEADLINE
    assert "Gazette Online" not in article.paragraphs


def test_its_date_is_kept() -> None:
    article = newsparse.parse(f"{_MENU}{_HEADLINE}\n\nMarch 3, 2024\n\n{_CAPTIONS}")
    assert article.published == date(2024, 3, 3)
