"""Every comment family of ``tests/test_comment_renderings.py`` and
``tests/test_comment_unseen_systems.py`` on a page that opens with its
headline: no site name and no menu above it, as a text extract or a user's own page starts. Such
a page is read in the reference layout (the headline, its cue lines, the body); its comments,
written as real comment systems write them rather than as bulleted heads, are read by the same
comment readers as on any other page.
"""

from __future__ import annotations

import attrs
import pytest

import newsparse
from tests import test_comment_unseen_systems as unseen
from tests.test_comment_renderings import CONVERTERS, FAMILIES, REF, Family


def _headline_first(family: Family) -> Family:
    """The family's page from its headline down: the site's name and menu above it left out."""
    intro = list(family.intro)
    menu = [i for i, line in enumerate(intro) if line.strip().startswith("•")]
    rest = intro[menu[-1] + 1 :] if menu else intro
    while rest and not rest[0].strip():
        rest.pop(0)
    return attrs.evolve(family, intro=tuple(rest))


#: every family of both files (the systems first written for, and the ones never seen)
EVERY = {**FAMILIES, **unseen.FAMILIES}
CASES = [(f, c) for f in EVERY for c in CONVERTERS]


@pytest.mark.parametrize(("family", "converter"), CASES)
def test_a_headline_first_page_keeps_its_thread(family: str, converter: str) -> None:
    page = _headline_first(EVERY[family])
    assert page.intro[0].strip() and not page.intro[0].startswith(" ")  # the headline comes first
    article = newsparse.parse(CONVERTERS[converter](page), reference_time=REF)
    assert [c.author for c in article.comments] == [p.author for p in page.posts]
    if any(len(line) > 80 for line in page.intro):  # (a forum's page is all posts)
        assert article.paragraphs  # the body above the thread is the article's
    assert not any(p.author in " ".join(article.paragraphs) for p in page.posts if p.author)
