"""A bare name right under the headline that the page signs again below the article.

Many sites set the writer's name alone under the headline (no ``By``, no date beside it) and
close the article with an author's box that names the writer again: the name alone, or after a
label (``written by``, ``von``). The second signature makes the first a byline. Every page here
is invented, in the forms converters give it (w3m's plain lines, html2text's links,
inscriptis' indent).
"""

from __future__ import annotations

import newsparse

# the article under every header below
BODY = (
    "The village choir will sing in the old salt barn this summer, the parish council agreed "
    "on Tuesday, after the roof was mended with slates saved from the chapel that burnt down.\n\n"
    "Rehearsals start next month in the school hall, and the choir hopes that the barn's long "
    "echo will suit the old carols as well as it once suited the traders calling their prices.\n\n"
    "The council will pay for chairs and lamps, while the tickets go towards a new organ for the "
    "chapel, which the choir's oldest member says she wants to hear played before she retires.\n"
)
HEADLINE = "Choir to sing in the mended salt barn"


def test_w3m_name_under_the_headline_and_alone_in_the_author_box() -> None:
    page = (
        "  • Home\n  • Culture\n\n"
        + HEADLINE
        + "\n\nMarit Solberg\nPhoto: Parish archive.\n"
        + BODY
        + "\nMarit Solberg\n\nMore from Culture\n"
    )
    assert newsparse.parse(page).authors == ("Marit Solberg",)


def test_html2text_linked_name_signed_again_by_its_link() -> None:
    page = (
        "  * [Home](/)\n  * [Culture](/culture)\n\n# "
        + HEADLINE
        + "\n\n[Marit Solberg](/people/marit-solberg)\n\nPhoto: Parish archive.\n\n"
        + BODY
        + "\n[Marit Solberg](/people/marit-solberg)\n\nMore from Culture\n"
    )
    assert newsparse.parse(page).authors == ("Marit Solberg",)


def test_inscriptis_indented_name_under_a_standfirst() -> None:
    body = "\n".join("        " + line if line else "" for line in BODY.splitlines())
    page = (
        "    Home   Culture\n\n      "
        + HEADLINE
        + "\n\n      The parish votes for music in the barn\n\n        Marit Solberg\n"
        + body
        + "\n      Marit Solberg\n"
    )
    assert newsparse.parse(page).authors == ("Marit Solberg",)


def test_a_labelled_signature_below_the_article() -> None:
    page = (
        "  • Home\n  • Culture\n\n"
        + HEADLINE
        + "\n\nMarit Solberg\nPhoto: Parish archive.\n"
        + BODY
        + "\nCulture\nwritten by Marit Solberg\n"
    )
    assert newsparse.parse(page).authors == ("Marit Solberg",)


def test_a_name_under_the_headline_not_signed_again_is_no_byline() -> None:
    page = "  • Home\n  • Culture\n\n" + HEADLINE + "\n\nMarit Solberg\nPhoto: Parish archive.\n"
    assert newsparse.parse(page + BODY + "\nMore from Culture\n").authors == ()


def test_a_person_the_body_names_again_in_a_sentence_is_no_byline() -> None:
    page = (
        "  • Home\n  • Culture\n\n"
        + HEADLINE
        + "\n\nMarit Solberg\nPhoto: Parish archive.\n"
        + BODY
        + "\nThe choir's leader Marit Solberg thanked the council for the chairs and lamps.\n"
    )
    assert newsparse.parse(page).authors == ()
