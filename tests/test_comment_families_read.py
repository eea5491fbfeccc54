"""The four checks every invented comment family must pass in every converter's rendering (issue
#17): the families of ``tests/test_comment_renderings.py`` (the systems the parser was written
for) and of ``tests/test_comment_unseen_systems.py``, ``tests/test_comment_release_families.py``
and ``tests/test_comment_platforms.py`` (systems no dev page shows), read with the
reference time their relative times count from."""

from __future__ import annotations

import pytest

import newsparse
from tests import test_comment_platforms as platforms
from tests import test_comment_release_families as release
from tests import test_comment_unseen_systems as unseen
from tests.test_comment_renderings import (
    CONVERTERS,
    FAMILIES,
    REF,
    check_authors,
    check_header_untouched,
    check_posted,
    check_text,
)

#: every family of those files, by name
EVERY = {**FAMILIES, **unseen.FAMILIES, **release.FAMILIES, **platforms.FAMILIES}
CASES = [(f, c) for f in EVERY for c in CONVERTERS]


def _parse(family: str, converter: str) -> newsparse.Article:
    return newsparse.parse(CONVERTERS[converter](EVERY[family]), reference_time=REF)


@pytest.mark.parametrize(("family", "converter"), CASES)
def test_count_and_authors(family: str, converter: str) -> None:
    check_authors(EVERY[family], _parse(family, converter))


@pytest.mark.parametrize(("family", "converter"), CASES)
def test_posted_days(family: str, converter: str) -> None:
    check_posted(EVERY[family], _parse(family, converter))


@pytest.mark.parametrize(("family", "converter"), CASES)
def test_text_without_buttons_or_cards(family: str, converter: str) -> None:
    check_text(EVERY[family], _parse(family, converter))


@pytest.mark.parametrize(("family", "converter"), CASES)
def test_no_comment_gives_the_article_its_writer_or_its_date(family: str, converter: str) -> None:
    check_header_untouched(EVERY[family], _parse(family, converter))
