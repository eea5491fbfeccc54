"""Byline and date families of pages never seen, fourth round (issue 19), in the six
converters' renderings of :mod:`tests.test_header_families_round3` (every page invented).
"""

from __future__ import annotations

from datetime import date

import pytest

import newsparse
from tests.test_header_families_round3 import (
    BODY,
    CONVERTERS,
    CORPO,
    CORPS,
    CUERPO,
    KÖRPER,
    Byline,
    _day,
    render,
)

HEADLINE = "Ferry to run every hour from May"

# --- several linked names after one "By" with no "and" between them ----------------------------


def _names_byline(converter: str, names: tuple[str, ...]) -> list[str]:
    """The header lines of ``By <a>Jane Doe</a> <a>Omar Farouk</a>``: BeautifulSoup sets the
    label and each link on a line of its own; html2text keeps the links; the others a comma
    the page's style sheet would draw (a list of links with ``, `` between its items)."""
    if converter == "bs4":
        return ["By", *names]
    if converter == "html2text":
        links = ", ".join(f"[{n}](/author/{n.lower().replace(' ', '-')})" for n in names)
        return [f"By {links}"]
    return ["By " + ", ".join(names)]


NAME_LINES = {
    "two": ("Jane Doe", "Omar Farouk"),
    "three": ("Jane Doe", "Omar Farouk", "Li Wei"),
}


@pytest.mark.parametrize("converter", CONVERTERS)
@pytest.mark.parametrize("case", sorted(NAME_LINES))
def test_every_name_after_a_label_is_a_writer(case: str, converter: str) -> None:
    names = NAME_LINES[case]
    page = render(converter, HEADLINE, [*_names_byline(converter, names), "May 2, 2024"], BODY)
    assert newsparse.parse(page).authors == names


def test_a_name_line_before_the_headline_is_no_second_writer() -> None:
    page = (
        "Porto Gazette\nHome\nNews\nBy\nJane Doe\nFerry to run every hour from May\n"
        "May 2, 2024\n" + "\n".join(BODY)
    )
    assert newsparse.parse(page).authors == ("Jane Doe",)


def test_a_name_line_before_the_body_is_no_second_writer() -> None:
    page = render("bs4", HEADLINE, ["By", "Jane Doe", "May 2, 2024", "Harbour Board"], BODY)
    assert newsparse.parse(page).authors == ("Jane Doe",)


# --- an author's box at the article's foot: a heading, the name on its own line ---------------

ABOUT_BOXES = {
    "en": (
        "About the Author",
        "Jane Doe",
        "She has covered the harbour and the islands since "
        "2015 and lives on the larger island with her family.",
        BODY,
    ),
    "de": (
        "Über die Autorin",
        "Petra Lindqvist",
        "Sie schreibt seit 2015 über den Hafen und die "
        "Inseln und lebt mit ihrer Familie auf der größeren Insel.",
        KÖRPER,
    ),
    "fr": (
        "À propos de l'auteur",
        "Marie Dupont",
        "Elle suit le port et les îles depuis 2015 et vit sur la plus grande île avec sa famille.",
        CORPS,
    ),
    "es": (
        "Sobre el autor",
        "Luis Gil",
        "Cubre el puerto y las islas desde 2015 y vive en la isla mayor con su familia.",
        CUERPO,
    ),
}


@pytest.mark.parametrize("converter", CONVERTERS)
@pytest.mark.parametrize("case", sorted(ABOUT_BOXES))
def test_an_author_box_at_the_foot_names_the_writer(case: str, converter: str) -> None:
    heading, name, bio, body = ABOUT_BOXES[case]
    page = render(converter, HEADLINE, ["May 2, 2024"], [*body, heading, name, bio])
    assert newsparse.parse(page).authors == (name,)


def test_a_byline_in_the_header_wins_over_the_box() -> None:
    heading, name, bio, body = ABOUT_BOXES["en"]
    page = render(
        "w3m", HEADLINE, [("By", "Ana Sousa"), "May 2, 2024"], [*body, heading, name, bio]
    )
    assert newsparse.parse(page).authors == ("Ana Sousa",)


def test_a_heading_over_no_name_names_no_writer() -> None:
    heading, _, bio, body = ABOUT_BOXES["en"]
    page = render("w3m", HEADLINE, ["May 2, 2024"], [*body, heading, "Harbour Board", bio])
    assert newsparse.parse(page).authors in (None, ())


# --- numeric dates of a page in the reference layout (the headline first, the cues under it) ---

#: The cue lines, in the page's language: a labelled date, a date alone, a dated byline.
NUMERIC_CUES: dict[str, tuple[str, tuple[str, ...]]] = {
    "es-label": ("Publicado: 02/05/2024", CUERPO),
    "es-byline": ("Por Ana Sousa | 02/05/2024", CUERPO),
    "it-label": ("Pubblicato il 02/05/2024", CORPO),
    "it-alone": ("02/05/2024 09:00", CORPO),
    "pt-label": ("Publicado em 02/05/2024 às 09:00", CUERPO),
    "fr-byline": ("Par Marie Dupont, le 02/05/2024", CORPS),
    "fr-alone": ("02/05/2024", CORPS),
    "de-label": ("Veröffentlicht: 02.05.2024", KÖRPER),
}


def _reference_page(cue: str, body: tuple[str, ...]) -> str:
    return "Il traghetto passerà ogni ora\n\n" + cue + "\n\n" + "\n\n".join(body) + "\n"


@pytest.mark.parametrize("case", sorted(NUMERIC_CUES))
def test_a_numeric_date_in_the_reference_layout_reads_the_pages_day_order(case: str) -> None:
    cue, body = NUMERIC_CUES[case]
    assert _day(newsparse.parse(_reference_page(cue, body)).published) == date(2024, 5, 2)


def test_an_english_page_in_the_reference_layout_reads_the_month_first() -> None:
    page = _reference_page("Published: 05/02/2024", BODY)
    assert _day(newsparse.parse(page).published) == date(2024, 5, 2)


def test_a_day_over_twelve_settles_the_order_of_an_english_page_too() -> None:
    page = _reference_page("Published: 05/02/2024", (*BODY, "Photo taken 25/04/2024."))
    assert _day(newsparse.parse(page).published) == date(2024, 2, 5)


# --- Arabic and Hebrew bylines: a label, then a name in a script without capitals --------------

AR_BODY = (
    "ستبحر العبارة بين الجزيرتين كل ساعة اعتبارا من الأول من مايو، كما قالت هيئة الميناء يوم "
    "الاثنين، بعد صيف من الطوابير الطويلة على الرصيفين والكثير من الشكاوى من الركاب.",
    "وسينضم قاربان جديدان اشتريا من حوض بناء في الشمال إلى القارب القديم، الذي سيبقى احتياطيا "
    "لعواصف الشتاء ولرحلات المدارس في الخريف من كل عام.",
)
HE_BODY = (
    "המעבורת בין שני האיים תפליג מדי שעה החל מהראשון במאי, כך מסרה רשות הנמל ביום שני, אחרי קיץ "
    "של תורים ארוכים בשני המזחים ותלונות רבות מצד הנוסעים.",
    "שתי סירות חדשות שנקנו ממספנה בצפון יצטרפו לסירה הישנה, שתישאר בעתודה לסופות החורף ולטיולי "
    "בתי הספר בסתיו בכל שנה.",
)
CASELESS: dict[str, tuple[str, Byline, tuple[str, ...], tuple[str, ...]]] = {
    "ar": ("العبارة تبحر كل ساعة من مايو", ("بقلم", "سارة الخطيب"), ("سارة الخطيب",), AR_BODY),
    "ar-colon": (
        "العبارة تبحر كل ساعة من مايو",
        ("بقلم:", "سارة الخطيب"),
        ("سارة الخطيب",),
        AR_BODY,
    ),
    "he": ("המעבורת תפליג מדי שעה ממאי", ("מאת", "נועה לוי"), ("נועה לוי",), HE_BODY),
    "he-colon": ("המעבורת תפליג מדי שעה ממאי", ("מאת:", "נועה לוי"), ("נועה לוי",), HE_BODY),
}


@pytest.mark.parametrize("converter", CONVERTERS)
@pytest.mark.parametrize("case", sorted(CASELESS))
def test_an_arabic_or_hebrew_byline(case: str, converter: str) -> None:
    headline, line, names, body = CASELESS[case]
    page = render(converter, headline, [line, "2024-05-02"], body, site="Harbour Post")
    parsed = newsparse.parse(page)
    assert (parsed.authors, parsed.title) == (names, headline)


def test_two_arabic_words_alone_are_no_byline() -> None:
    from newsparse._authors import names

    assert names("سارة الخطيب") == ()  # (no label: a headline's words read alike)
