"""Byline rules of the real-page reader on small invented layouts.

Each test is one general rule for finding the writers of a real page dump when no labelled
byline sits under the headline: an author's bio below the article, and the like.
"""

from __future__ import annotations

import newsparse

BODY = (
    "The orchard society counted more than forty old apple varieties on the hill farms this "
    "autumn, twice as many as the survey found ten years ago, its chair said on Monday.\n\n"
    "Volunteers grafted cuttings from the oldest trees onto young stock, and the society hopes "
    "to hand out the first saplings to village schools and gardens within three years.\n\n"
    "Some of the varieties were thought lost for good, until a retired teacher recognised a "
    "small striped apple at a market stall and traced it back to a single tree by a barn.\n"
)
HEAD = "  • Home\n  • Nature\n  • Food\n\nForgotten apple varieties return to the hill farms\n\n"


def test_author_bio_below_the_article_names_the_writer() -> None:
    article = newsparse.parse(
        HEAD + BODY + "\nTomas Varga is a staff writer covering farming and the countryside.\n"
    )
    assert article.authors == ("Tomas Varga",)


def test_co_authors_bios_and_a_bio_split_from_its_name_link() -> None:
    article = newsparse.parse(
        HEAD
        + BODY
        + "\nTomas Varga\n(@tvarga) is a contributor to the weekend pages.\n"
        + "Ines Oberg\nis the Nature Editor, based in Uppsala.\n"
    )
    assert article.authors == ("Tomas Varga", "Ines Oberg")


def test_a_person_described_without_a_writing_role_is_no_author() -> None:
    article = newsparse.parse(
        HEAD + BODY + "\nMarta Lindqvist is a retired teacher who keeps bees near the barn.\n"
    )
    assert article.authors == ()
