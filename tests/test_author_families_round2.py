"""Author families of sites never seen, second round (issue 19, item 4), in the six converters'
renderings of :mod:`tests.test_header_families_round3` (every page and every name invented).

Each family is what many sites share, not one site's template: a byline label in words the
parser did not know, a credential after a name, a date glued to a name, an agency joined to
the names, a photographer's credit, a teaser's writer. Each has "must not" cases beside it
(a real name that looks like the family's words), so a fix cannot over-reach.
"""

from __future__ import annotations

from collections.abc import Sequence

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
    render,
)

HEADLINE = "Ferry to run every hour from May"
DAY = "May 2, 2024"


def _names_line(converter: str, label: str, names: Sequence[str], joiner: str = ", ") -> list[str]:
    """``label`` and several linked names as a converter writes them: BeautifulSoup sets the
    label, each link and the text between them on lines of their own; html2text keeps the
    links; the others one line."""
    if converter == "bs4":
        lines = [label]
        for k, name in enumerate(names):
            lines.extend([joiner.strip()] if k and joiner.strip() else [])
            lines.append(name)
        return lines
    if converter == "html2text":
        return [
            f"{label} "
            + joiner.join(f"[{n}](/author/{n.lower().replace(' ', '-')})" for n in names)
        ]
    return [f"{label} " + joiner.join(names)]


# --- byline labels the parser did not know: plurals, Nordic, Dutch, Slavic, Indonesian ---------

PLURAL_LABELS = {
    "en-authors": ("Authors:", ("Jane Doe", "Omar Farouk"), ", ", BODY, DAY),
    "en-contributors": ("Contributors:", ("Jane Doe", "Li Wei"), ", ", BODY, DAY),
    "de-autoren": ("Autoren:", ("Jana Berger", "Omar Farouk"), " und ", KÖRPER, "2. Mai 2024"),
    "fr-auteurs": ("Auteurs :", ("Jeanne Morel", "Omar Farouk"), " et ", CORPS, "2 mai 2024"),
    "es-autores": ("Autores:", ("Juana Ortiz", "Luis Gil"), " y ", CUERPO, "2 de mayo de 2024"),
}


@pytest.mark.parametrize("converter", CONVERTERS)
@pytest.mark.parametrize("case", sorted(PLURAL_LABELS))
def test_a_plural_label_before_a_colon_opens_a_byline(case: str, converter: str) -> None:
    label, names, joiner, body, day = PLURAL_LABELS[case]
    header = [*_names_line(converter, label, names, joiner), day]
    assert newsparse.parse(render(converter, HEADLINE, header, body)).authors == names


SINGLE_LABELS: dict[str, tuple[Byline | str, Sequence[str], str]] = {
    "da-skrevet-af": (("Skrevet af", "Freja Holm"), BODY, DAY),
    "no-skrevet-av": (("Skrevet av", "Ingrid Dahl"), BODY, DAY),
    "sv-skriven-av": (("Skriven av", "Elsa Lund"), BODY, DAY),
    "nl-geschreven-door": (("Geschreven door", "Sanne de Vries"), BODY, DAY),
    "pl-napisala": (("Napisała", "Zofia Nowak"), BODY, DAY),
    "cs-napsal": (("Napsal", "Tomáš Dvořák"), BODY, DAY),
    "en-reporter": (("Reporter:", "Jane Doe"), BODY, DAY),
    "id-penulis": (("Penulis:", "Dewi Lestari"), BODY, DAY),
    "id-oleh": (("Oleh:", "Budi Santoso"), BODY, DAY),
}


@pytest.mark.parametrize("converter", CONVERTERS)
@pytest.mark.parametrize("case", sorted(SINGLE_LABELS))
def test_a_byline_label_of_more_languages(case: str, converter: str) -> None:
    byline, body, day = SINGLE_LABELS[case]
    assert isinstance(byline, tuple)
    page = render(converter, HEADLINE, [byline, day], body)
    assert newsparse.parse(page).authors == (byline[1],)


@pytest.mark.parametrize("converter", CONVERTERS)
def test_an_editor_after_a_reporter_is_no_writer(converter: str) -> None:
    header: list[Byline | str] = [("Penulis:", "Dewi Lestari"), ("Editor:", "Budi Santoso"), DAY]
    page = render(converter, HEADLINE, header, BODY)
    assert newsparse.parse(page).authors == ("Dewi Lestari",)


@pytest.mark.parametrize("converter", CONVERTERS)
@pytest.mark.parametrize("byline", [("", "Oleh Kovalenko"), ("By", "Oleh Kovalenko")])
def test_must_not_read_a_given_name_as_a_label(byline: Byline, converter: str) -> None:
    # "Oleh" is "by" in Indonesian and a Ukrainian given name: a label only before a colon
    page = render(converter, HEADLINE, [byline, DAY], BODY)
    assert newsparse.parse(page).authors == ("Oleh Kovalenko",)


@pytest.mark.parametrize("converter", ["w3m", "lynx", "bs4"])
def test_must_not_read_a_menu_link_authors_as_a_label(converter: str) -> None:
    # "Authors" alone is a menu's link to the site's writers, the line under it no name
    page = render(
        converter, HEADLINE, [("By", "Jane Doe"), DAY], [*BODY, "Authors", "FOLLOW US ON X"]
    )
    assert newsparse.parse(page).authors == ("Jane Doe",)


# --- a degree or licence after a name without a comma (health, law and finance sites) ---------

CREDENTIALED = {
    "md": ("By", "Jane Doe MD"),
    "phd-dots": ("By", "Jane Doe Ph.D."),
    "two-after": ("By", "Jane Doe RD LDN"),
    "in-capitals": ("BY", "JANE DOE MD"),
    "written-by": ("Written by", "Jane Doe PharmD"),
    "pharmacist": ("By", "Jane Doe RPh"),
}


@pytest.mark.parametrize("converter", CONVERTERS)
@pytest.mark.parametrize("case", sorted(CREDENTIALED))
def test_a_credential_after_a_name_is_no_part_of_it(case: str, converter: str) -> None:
    page = render(converter, HEADLINE, [CREDENTIALED[case], DAY], BODY)
    assert newsparse.parse(page).authors == ("Jane Doe",)


@pytest.mark.parametrize("converter", CONVERTERS)
def test_two_names_each_with_a_credential(converter: str) -> None:
    header: list[Byline | str] = [("By", "Jane Doe MD and Omar Farouk PhD"), DAY]
    page = render(converter, HEADLINE, header, BODY)
    assert newsparse.parse(page).authors == ("Jane Doe", "Omar Farouk")


@pytest.mark.parametrize("converter", CONVERTERS)
@pytest.mark.parametrize("name", ["Md Rahim Uddin", "Jane Doe Jr.", "Ana Rd"])
def test_must_not_cut_a_name_that_holds_such_letters(name: str, converter: str) -> None:
    # "Md" opens many Bangladeshi names; a suffix is the name's; a two-word name stays whole
    page = render(converter, HEADLINE, [("By", name), DAY], BODY)
    assert newsparse.parse(page).authors == (name,)


# --- a date glued to the name, inline elements run together without a space -------------------

GLUED_DATES = {
    "month": ("By Jane DoeMay 2, 2024", ("Jane Doe",)),
    "weekday": ("By Jane DoeThursday, May 2, 2024", ("Jane Doe",)),
    "day-first": ("By Jane DoeThu 2 May 2024", ("Jane Doe",)),
    "bare": ("Jane DoeMay 2, 2024 10:15 am", ("Jane Doe",)),
    "two": ("By Jane Doe and Omar FaroukMay 2, 2024", ("Jane Doe", "Omar Farouk")),
    "de": ("Von Jana BergerMittwoch, 1. Mai 2024", ("Jana Berger",)),
}


@pytest.mark.parametrize("converter", CONVERTERS)
@pytest.mark.parametrize("case", sorted(GLUED_DATES))
def test_a_date_glued_to_the_name_is_cut_off(case: str, converter: str) -> None:
    line, names = GLUED_DATES[case]
    body = KÖRPER if case == "de" else BODY
    page = render(converter, HEADLINE, [line], body)
    assert newsparse.parse(page).authors == names


@pytest.mark.parametrize("converter", CONVERTERS)
@pytest.mark.parametrize("name", ["Sam Mayfield", "Jane Doe-Maybury", "Ana Dumay"])
def test_must_not_cut_a_name_that_opens_like_a_month(name: str, converter: str) -> None:
    page = render(converter, HEADLINE, [f"By {name}", DAY], BODY)
    assert newsparse.parse(page).authors == (name,)


# --- an agency or a helper joined after the names in the page's language -----------------------

WITH_AGENCY = {
    "fr-avec": ("Par Jeanne Morel avec AFP", "2 mai 2024", CORPS, ("Jeanne Morel",)),
    "es-con": (
        "Por Juana Ortiz y Luis Gil con EFE",
        "2 de mayo de 2024",
        CUERPO,
        ("Juana Ortiz", "Luis Gil"),
    ),
    "it-con": ("di Giulia Conti con Ansa", "2 maggio 2024", CORPO, ("Giulia Conti",)),
    "de-mit": ("Von Jana Berger mit dpa", "2. Mai 2024", KÖRPER, ("Jana Berger",)),
    "pt-com": ("Por Inês Costa com Lusa", "2 de maio de 2024", CUERPO, ("Inês Costa",)),
}


@pytest.mark.parametrize("converter", CONVERTERS)
@pytest.mark.parametrize("case", sorted(WITH_AGENCY))
def test_an_agency_joined_after_the_names_is_no_part_of_them(case: str, converter: str) -> None:
    line, day, body, names = WITH_AGENCY[case]
    page = render(converter, HEADLINE, [line, day], body)
    assert newsparse.parse(page).authors == names


@pytest.mark.parametrize("converter", CONVERTERS)
@pytest.mark.parametrize("name", ["Marco Conti", "Ana Comte", "Luca Mitri"])
def test_must_not_cut_a_name_that_opens_like_a_joiner(name: str, converter: str) -> None:
    page = render(converter, HEADLINE, [("di", name), "2 maggio 2024"], CORPO)
    assert newsparse.parse(page).authors == (name,)


# --- a photographer's credit under a picture is no byline --------------------------------------

PICTURE_CREDITS = {
    "getty-under-date": ([DAY, "Omar Farouk / Getty Images"], BODY),
    "stock-under-date": ([DAY, "Omar Farouk / Shutterstock"], BODY),
    "library-bar": ([DAY, "Omar Farouk | Unsplash"], BODY),
    "over-the-body": ([DAY], ["Omar Farouk / Alamy", *BODY]),
}


@pytest.mark.parametrize("converter", CONVERTERS)
@pytest.mark.parametrize("case", sorted(PICTURE_CREDITS))
def test_a_photographers_credit_names_no_writer(case: str, converter: str) -> None:
    header, body = PICTURE_CREDITS[case]
    assert newsparse.parse(render(converter, HEADLINE, header, body)).authors == ()


@pytest.mark.parametrize("converter", CONVERTERS)
def test_a_photographers_credit_under_a_byline_is_no_second_writer(converter: str) -> None:
    header: list[Byline | str] = [("By", "Jane Doe"), DAY, "Omar Farouk / Getty Images"]
    assert newsparse.parse(render(converter, HEADLINE, header, BODY)).authors == ("Jane Doe",)


@pytest.mark.parametrize("converter", CONVERTERS)
@pytest.mark.parametrize("outlet", ["Reuters", "The Harbour Times", "PA"])
def test_must_not_drop_a_writer_credited_to_a_news_agency_or_outlet(
    outlet: str, converter: str
) -> None:
    page = render(converter, HEADLINE, [f"Jane Doe / {outlet}", DAY], BODY)
    assert newsparse.parse(page).authors == ("Jane Doe",)


# --- a teaser's writer below the body is not the article's -------------------------------------

TEASER_HEADINGS = {
    "en-related": ("Related", BODY, DAY, "By Omar Farouk"),
    "en-more": ("More stories", BODY, DAY, "By Omar Farouk"),
    "de-weitere": ("Weitere Artikel", KÖRPER, "2. Mai 2024", "Von Omar Farouk"),
    "fr-lire": ("À lire aussi", CORPS, "2 mai 2024", "Par Omar Farouk"),
}


@pytest.mark.parametrize("converter", CONVERTERS)
@pytest.mark.parametrize("case", sorted(TEASER_HEADINGS))
def test_a_teasers_byline_under_a_heading_names_no_writer(case: str, converter: str) -> None:
    heading, body, day, byline = TEASER_HEADINGS[case]
    teasers = [heading, "Harbour board to meet on the new fares", byline, day]
    page = render(converter, HEADLINE, [day], [*body, *teasers])
    assert newsparse.parse(page).authors == ()


@pytest.mark.parametrize("converter", CONVERTERS)
def test_must_not_drop_a_byline_signed_under_the_body(converter: str) -> None:
    # the page signs its article at the foot, before any teaser heading
    page = render(converter, HEADLINE, [DAY], [*BODY, "By Jane Doe", "Related", "By Omar Farouk"])
    assert newsparse.parse(page).authors == ("Jane Doe",)


# --- one word after a comma beside a full name: a place or an outlet, not a second writer ------

PLACE_AFTER = {
    "de-city": ("Von Jana Berger, Hamburg", "2. Mai 2024", KÖRPER, ("Jana Berger",)),
    "fr-city": ("Par Jeanne Morel, Lyon", "2 mai 2024", CORPS, ("Jeanne Morel",)),
    "en-outlet": ("By Jane Doe, Harbourwire", DAY, BODY, ("Jane Doe",)),
}


@pytest.mark.parametrize("converter", CONVERTERS)
@pytest.mark.parametrize("case", sorted(PLACE_AFTER))
def test_one_word_after_a_comma_beside_a_name_is_no_writer(case: str, converter: str) -> None:
    line, day, body, names = PLACE_AFTER[case]
    page = render(converter, HEADLINE, [line, day], body)
    assert newsparse.parse(page).authors == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Jane Doe, Omar Farouk", ("Jane Doe", "Omar Farouk")),
        ("By Madonna, Cher", ("Madonna", "Cher")),
        ("By Jane Doe, Omar Farouk, Li Wei", ("Jane Doe", "Omar Farouk", "Li Wei")),
    ],
)
def test_must_not_drop_a_second_writer_after_a_comma(line: str, names: tuple[str, ...]) -> None:
    from newsparse._authors import byline

    assert byline(line) == names


# --- a desk after a label in the reference layout names no writer ------------------------------

DESKS = {
    "es": ("Por Redacción", "2 de mayo de 2024", CUERPO),
    "it": ("di Redazione", "2 maggio 2024", CORPO),
    "fr": ("Par La Rédaction", "2 mai 2024", CORPS),
    "de": ("Von Redaktion", "2. Mai 2024", KÖRPER),
}


@pytest.mark.parametrize("converter", CONVERTERS)
@pytest.mark.parametrize("case", sorted(DESKS))
def test_a_desk_after_a_label_names_no_writer(case: str, converter: str) -> None:
    line, day, body = DESKS[case]
    assert newsparse.parse(render(converter, HEADLINE, [line, day], body)).authors == ()


@pytest.mark.parametrize("converter", CONVERTERS)
@pytest.mark.parametrize("name", ["Jana Redlich", "Tom Stafford"])
def test_must_not_drop_a_person_whose_name_holds_a_desk_word(name: str, converter: str) -> None:
    page = render(converter, HEADLINE, [f"By {name}", DAY], BODY)
    assert newsparse.parse(page).authors == (name,)


# --- a count of the writers a byline does not show ---------------------------------------------

MORE_WRITERS = {
    "en-and-more": (("By", "Jane Doe and 2 more"), BODY, DAY, ("Jane Doe",)),
    "en-plus-others": (("By", "Jane Doe + 3 others"), BODY, DAY, ("Jane Doe",)),
    "en-et-al": (("By", "Jane Doe, Omar Farouk, et al."), BODY, DAY, ("Jane Doe", "Omar Farouk")),
    "de-weitere": (("Von", "Jana Berger und 2 weitere"), KÖRPER, "2. Mai 2024", ("Jana Berger",)),
    "fr-autres": (("Par", "Jeanne Morel et 2 autres"), CORPS, "2 mai 2024", ("Jeanne Morel",)),
}


@pytest.mark.parametrize("converter", CONVERTERS)
@pytest.mark.parametrize("case", sorted(MORE_WRITERS))
def test_a_count_of_more_writers_is_no_name(case: str, converter: str) -> None:
    byline, body, day, names = MORE_WRITERS[case]
    page = render(converter, HEADLINE, [byline, day], body)
    assert newsparse.parse(page).authors == names


@pytest.mark.parametrize("converter", CONVERTERS)
@pytest.mark.parametrize("second", ["Moreno Ruiz", "Otto Andersen"])
def test_must_not_cut_a_second_name_that_opens_like_more(second: str, converter: str) -> None:
    page = render(converter, HEADLINE, [("By", f"Jane Doe and {second}"), DAY], BODY)
    assert newsparse.parse(page).authors == ("Jane Doe", second)
