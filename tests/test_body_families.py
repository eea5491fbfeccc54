"""Families of body misses that many sites share (invented pages, no real text): the calls to
the reader set at an article's foot (``Like this story? Share it with a friend!``), each
written as the six converters print it. w3m and lynx hard-wrap (lynx indents three spaces),
html2text writes Markdown, inscriptis and resiliparse keep a block a line, bs4 opens with the
page's ``<title>``. Each family has its must-not cases: the tempting cut that would be wrong.
"""

from __future__ import annotations

import pytest

import newsparse
from tests.ferry import PARAGRAPHS
from tests.test_body_closing_boxes import _menu
from tests.test_body_closing_boxes import _paragraph as _text

HEADLINE = "Hourly ferries from May as two new boats join the island route"
BYLINE = "By Petra Lindqvist"
DATE = "March 4, 2021"
FOOTER = "© 2021 The Island Gazette. All rights reserved."
KINDS = ("w3m", "lynx", "html2text", "inscriptis", "resiliparse", "bs4")


def _page(
    kind: str,
    *,
    middle: tuple[str, ...] = (),
    tail: tuple[str, ...] = (),
    paragraphs: tuple[str, ...] = PARAGRAPHS,
) -> str:
    """A page: menu, headline, byline and date, the paragraphs (the ``middle`` blocks after
    the first two), then the ``tail`` blocks and the site's footer."""
    head = f"# {HEADLINE}" if kind == "html2text" else HEADLINE
    top = [f"{HEADLINE} | The Island Gazette"] if kind == "bs4" else []
    blocks = [*top, *_menu(kind), head, BYLINE, DATE]
    blocks += [_text(kind, p) for p in paragraphs[:2]]
    blocks += [_text(kind, b) for b in middle]
    blocks += [_text(kind, p) for p in paragraphs[2:]]
    blocks += [_text(kind, b) for b in tail]
    blocks += [FOOTER]
    return "\n\n".join(blocks) + "\n"


# --- calls to the reader at the article's foot ---------------------------------------------------

CALLS = (
    ("Like this story? Share it with a friend!",),
    ("Get The Island Gazette delivered to your inbox",),
    ("Want to see fewer ads? Become a member.", "Follow us on Mastodon and Bluesky"),
)


@pytest.mark.parametrize("calls", CALLS)
@pytest.mark.parametrize("kind", KINDS)
def test_a_call_to_the_reader_under_the_article_is_not_its_body(
    kind: str, calls: tuple[str, ...]
) -> None:
    article = newsparse.parse(_page(kind, tail=calls))
    assert article.paragraphs == PARAGRAPHS


#: a long paragraph of the article that names a sign-up and its terms (no call: the article's)
TERMS = (
    "Islanders who sign up for the new ferry pass must accept the harbour board's terms of "
    "service, which let the board share their travel times with the two island councils."
)
#: a short sentence of the article between its paragraphs
SHORT = "The first boat leaves at six."


@pytest.mark.parametrize("kind", KINDS)
def test_a_paragraph_that_names_a_sign_up_stays_in_the_body(kind: str) -> None:
    article = newsparse.parse(_page(kind, middle=(TERMS, SHORT)))
    assert article.paragraphs == (*PARAGRAPHS[:2], TERMS, SHORT, PARAGRAPHS[2])


# --- an author's box under the article -------------------------------------------------------------

BIO = "Petra Lindqvist is a staff writer at The Island Gazette covering transport and the harbour."
BOXES = (
    (BIO,),
    ("Petra Lindqvist", BIO),
    ("About Petra Lindqvist", "Petra Lindqvist", BIO),
    (
        "About the author",
        "A sailor since childhood, Petra Lindqvist has written about the islands' boats, "
        "their crews and their timetables for twenty years, from an office above the harbour.",
    ),
    (
        "Petra Lindqvist",
        BIO,
        "Tomas Berg",
        "Tomas Berg is a photographer for the Gazette, based on the south island.",
    ),
)


@pytest.mark.parametrize("box", BOXES)
@pytest.mark.parametrize("kind", KINDS)
def test_an_authors_box_under_the_article_is_not_its_body(kind: str, box: tuple[str, ...]) -> None:
    article = newsparse.parse(_page(kind, tail=box))
    assert article.paragraphs == PARAGRAPHS


#: a sentence of the article about a writer, with the article's prose below it
WRITER_IN_STORY = (
    "Marta Olsen is a writer who has lived on the north island for forty years and who first "
    "asked the harbour board for a second boat in a letter to this newspaper."
)


@pytest.mark.parametrize("kind", KINDS)
def test_a_sentence_about_a_writer_inside_the_article_stays_in_the_body(kind: str) -> None:
    article = newsparse.parse(_page(kind, middle=(WRITER_IN_STORY,)))
    assert article.paragraphs == (*PARAGRAPHS[:2], WRITER_IN_STORY, PARAGRAPHS[2])


#: a closing paragraph that opens "About" with no writer's box below it
ABOUT_TOWN = "About Town"


@pytest.mark.parametrize("kind", KINDS)
def test_an_about_heading_without_a_bio_below_stays_in_the_body(kind: str) -> None:
    article = newsparse.parse(_page(kind, middle=(ABOUT_TOWN,)))
    assert article.paragraphs == (*PARAGRAPHS[:2], ABOUT_TOWN, PARAGRAPHS[2])


# --- a photo's caption and credit inside the article ---------------------------------------------

CAPTIONS = (
    # a caption that ends in its photographer and agencies, after its sentence
    "The old ferry leaves the north pier on a winter morning. Ingrid Sand/Harbour Press/Wire Images",
    # ... with pipes between them
    "Passengers wait on the south pier in the rain. Ingrid Sand | Harbour Press | Getty Images",
    # ... with a credit label glued to the sentence
    "A deckhand ties up the new boat at the landing stage.Photograph: Ingrid Sand/Harbour Press",
    # ... with a news agency alone after the sentence
    "The harbour board's chair speaks to residents in the school hall. Reuters",
    # a credit alone, and a gallery's counter alone
    "Ingrid Sand/Harbour Press",
    "1 of 12",
    "Image 3 of 8",
)


@pytest.mark.parametrize("caption", CAPTIONS)
@pytest.mark.parametrize("kind", KINDS)
def test_a_photo_caption_with_its_credit_is_not_a_paragraph(kind: str, caption: str) -> None:
    article = newsparse.parse(_page(kind, middle=(caption,)))
    assert article.paragraphs == PARAGRAPHS


#: paragraphs of the article that end in a name, an agency or a figure after a sentence
NOT_CAPTIONS = (
    "The harbour board's figures were first reported by Reuters. Nobody has challenged them "
    "since, and the councils say they trust them.",
    "Asked whether the fares would rise again, the board's chair gave a short answer: no.",
    "One in four islanders took the ferry last year, and 1 of 12 did so every day of the week, "
    "the board's survey found.",
)


@pytest.mark.parametrize("kind", KINDS)
def test_paragraphs_that_name_an_agency_or_a_share_stay_in_the_body(kind: str) -> None:
    article = newsparse.parse(_page(kind, middle=NOT_CAPTIONS))
    assert article.paragraphs == (*PARAGRAPHS[:2], *NOT_CAPTIONS, PARAGRAPHS[2])


# --- a standfirst between the headline and the byline ---------------------------------------------

STANDFIRST = (
    "Two new boats and an hourly timetable should end the long summer queues on both piers, "
    "the harbour board says."
)


def _dek_page(kind: str, *, byline: bool) -> str:
    """A page whose headline has a standfirst under it, then (``byline``) the byline and the
    date, then the article's paragraphs."""
    head = f"# {HEADLINE}" if kind == "html2text" else HEADLINE
    top = [f"{HEADLINE} | The Island Gazette"] if kind == "bs4" else []
    cues = [f"{BYLINE}\n{DATE}"] if byline else []
    blocks = [*top, *_menu(kind), head, _text(kind, STANDFIRST), *cues]
    blocks += [_text(kind, p) for p in PARAGRAPHS]
    blocks += [FOOTER]
    return "\n\n".join(blocks) + "\n"


@pytest.mark.parametrize("kind", KINDS)
def test_a_standfirst_above_the_byline_is_not_the_first_paragraph(kind: str) -> None:
    article = newsparse.parse(_dek_page(kind, byline=True))
    assert article.paragraphs == PARAGRAPHS
    assert article.subtitle == STANDFIRST


@pytest.mark.parametrize("kind", KINDS)
def test_a_first_paragraph_as_short_as_a_standfirst_under_the_byline_stays_in_the_body(
    kind: str,
) -> None:
    first = (STANDFIRST, *PARAGRAPHS)
    article = newsparse.parse(_page(kind, paragraphs=first))
    assert article.paragraphs == first


# --- an article's line of tags ------------------------------------------------------------------

TAG_LINES = (
    "Tags: ferries, harbours, island life, timetables",
    "Filed under: Islands | Transport | Harbour board",
    "In this article: boats, fares, north pier, south pier",
    "Posted in Islands",
)


@pytest.mark.parametrize("tags", TAG_LINES)
@pytest.mark.parametrize("kind", KINDS)
def test_a_line_of_tags_is_not_a_paragraph(kind: str, tags: str) -> None:
    assert newsparse.parse(_page(kind, tail=(tags,))).paragraphs == PARAGRAPHS
    assert newsparse.parse(_page(kind, middle=(tags,))).paragraphs == PARAGRAPHS


#: sentences of the article that open with a tag label's word
TAGGED_SENTENCES = (
    "Tags are sewn into every life jacket on the new boats, so that the crews can count them.",
    "Posted in the harbour office since Monday, the new timetable lists every crossing.",
)


@pytest.mark.parametrize("kind", KINDS)
def test_sentences_that_open_with_a_tag_word_stay_in_the_body(kind: str) -> None:
    article = newsparse.parse(_page(kind, middle=TAGGED_SENTENCES))
    assert article.paragraphs == (*PARAGRAPHS[:2], *TAGGED_SENTENCES, PARAGRAPHS[2])
