"""Byline families of sites never seen, ninth round (issue 19), in the six converters' renderings
of :mod:`tests.test_header_families_round3` and :mod:`tests.test_title_families_round3` (every
page and name invented):

- the article's section before the writers on one row, after a dot or a bar (``Politik · Jana
  Berger, Omar Farouk``), over the date or over the headline; must not: a name before the dot
  (``Jane Doe · Reuters``: the name still), a section before words that are no name, a section
  and one name in title case with no date near (a breadcrumb's last step);
- a newsroom's or an editor's label, and writers' labels of languages the vocabulary lacked
  (``Redakcja: Jan Kowalski``, ``Redaktion: …``, ``Redazione: …``, ``Редакция: …``, ``Autorka:
  …``, ``Författare: …``); must not: such a label alone, or before a desk (``Redaktion:
  Online-Team``);
- a name over a date line that is only an age under its label (``Jane Doe`` / ``Updated 2 hrs
  ago``): the name is the byline and the age line no headline;
- a teaser's paragraph that w3m and lynx wrap so that a line holds a "By" (``… Quay Closed`` /
  ``By Storm, Harbour Traders Wait …``), over or under the headline: no byline; must not: a
  short byline over the date above the headline;
- a teaser's headline in title case with a word set in camel case, by a date (``Harbour Tests
  Electric UnderSea Ferry Capable Of …, Captains Say``): no names; must not: a list of four
  names, a name with its role glued to it (``Jane DoeTwitter News & Culture Writer``);
- a section, a late byline and the stamp run into one row, as inscriptis writes a header's
  inline elements (``Islands Edited by Jane Doe Updated: May 3, 2024 09:15``); must not: a
  caption or an embedded post's line with a "by" in its words before a date (``Damage caused by
  Storm Ellen …, May 2, 2024.``, ``A post shared by Jane Doe (@jdoe) on …``).
"""

from __future__ import annotations

import pytest

import newsparse
from tests.test_header_families_round3 import BODY, CONVERTERS, render
from tests.test_title_families_round3 import HEADLINE as TITLED_HEADLINE
from tests.test_title_families_round3 import RENDERINGS, Header

HEADLINE = "Ferry to run every hour from May"
DAY = "May 2, 2024"

# --- a section before the writers on one row ----------------------------------------------------

SECTION_ROWS = {
    "dot-two": ("Politik · Jana Berger, Omar Farouk", ("Jana Berger", "Omar Farouk")),
    "dot-one": ("Islands · Petra Lindqvist", ("Petra Lindqvist",)),
    "bar": ("Opinion | Petra Lindqvist and Omar Farouk", ("Petra Lindqvist", "Omar Farouk")),
    "bullet-two-words": ("Life & Style • Ana Ruiz", ("Ana Ruiz",)),
}


@pytest.mark.parametrize("converter", CONVERTERS)
@pytest.mark.parametrize("case", sorted(SECTION_ROWS))
def test_a_section_before_the_writers_on_one_row(case: str, converter: str) -> None:
    line, names = SECTION_ROWS[case]
    assert newsparse.parse(render(converter, HEADLINE, [line, DAY], BODY)).authors == names


@pytest.mark.parametrize("converter", RENDERINGS)
def test_a_section_and_the_writers_over_the_headline(converter: str) -> None:
    # (no date on the page: a section and a list of names is a byline's form by itself)
    header: Header = [
        ("menu", ""),
        ("line", "Politik · Jana Berger, Omar Farouk"),
        ("h1", TITLED_HEADLINE),
    ]
    article = newsparse.parse(RENDERINGS[converter](header))
    assert (article.title, article.authors) == (TITLED_HEADLINE, ("Jana Berger", "Omar Farouk"))


NOT_SECTION_ROWS = {
    "name-first": (["Jane Doe · Reuters", DAY], ("Jane Doe",)),
    "no-name": (["Islands · Ferry timetable", DAY], ()),
    "breadcrumb-undated": (["Islands · Harbour Works"], ()),
}


@pytest.mark.parametrize("converter", CONVERTERS)
@pytest.mark.parametrize("case", sorted(NOT_SECTION_ROWS))
def test_a_row_that_is_no_section_and_writers(case: str, converter: str) -> None:
    lines, names = NOT_SECTION_ROWS[case]
    assert newsparse.parse(render(converter, HEADLINE, lines, BODY)).authors == names


# --- a newsroom's label, and writers' labels of more languages ----------------------------------

LABELS = {
    "pl-newsroom": ("Redakcja:", "Jan Kowalski"),
    "de-newsroom": ("Redaktion:", "Jana Berger"),
    "it-newsroom": ("Redazione:", "Marco Bruni"),
    "es-newsroom": ("Redacción:", "Juana Ortiz"),
    "id-newsroom": ("Redaksi:", "Budi Santoso"),
    "ru-newsroom": ("Редакция:", "Иван Петров"),
    "pl-editor": ("Redaktor:", "Anna Nowak"),
    "cs-author": ("Autorka:", "Eva Dvořáková"),
    "pl-compiled": ("Opracowanie:", "Piotr Wiśniewski"),
    "sv-author": ("Författare:", "Karin Lund"),
    "el-author": ("Συγγραφέας:", "Νίκος Παππάς"),
}


@pytest.mark.parametrize("converter", CONVERTERS)
@pytest.mark.parametrize("case", sorted(LABELS))
def test_a_newsrooms_or_writers_label_of_more_languages(case: str, converter: str) -> None:
    label, name = LABELS[case]
    page = render(converter, HEADLINE, [(label, name), DAY], BODY)
    assert newsparse.parse(page).authors == (name,)


NOT_LABELLED = {
    "alone": "Redakcja",
    "before-a-desk": "Redaktion: Online-Team",
}


@pytest.mark.parametrize("converter", CONVERTERS)
@pytest.mark.parametrize("case", sorted(NOT_LABELLED))
def test_a_newsrooms_label_without_a_person_is_no_byline(case: str, converter: str) -> None:
    page = render(converter, HEADLINE, [NOT_LABELLED[case], DAY], BODY)
    assert newsparse.parse(page).authors == ()


# --- a name over an age under its label ----------------------------------------------------------

AGES = (
    "Updated 2 hrs ago",
    "Updated: 5 min ago",
    "Published 3 hours ago",
    "Aktualisiert vor 2 Stunden",
)


@pytest.mark.parametrize("converter", CONVERTERS)
@pytest.mark.parametrize("age", AGES)
def test_a_name_over_a_labelled_age_is_the_byline(age: str, converter: str) -> None:
    article = newsparse.parse(render(converter, HEADLINE, ["Jane Doe", age], BODY))
    assert (article.title, article.authors) == (HEADLINE, ("Jane Doe",))


@pytest.mark.parametrize("converter", CONVERTERS)
def test_a_name_over_no_date_nor_age_is_no_byline(converter: str) -> None:
    assert newsparse.parse(render(converter, HEADLINE, ["Jane Doe"], BODY)).authors == ()


# --- a "By" inside a teaser's wrapped paragraph ---------------------------------------------------

#: A row of teasers run into one paragraph, as a sidebar writes them: w3m wraps it so that a
#: line opens with "By", lynx so that one holds "Closed By Storm".
TEASERS = (
    "Islands 2024-05-01 Ferry Crews Ask For Longer Breaks After A Summer Of Queues 2024-05-01 "
    "Quay Closed By Storm, Harbour Traders Wait With Boats Of Their Own Islands 2024-04-30 New "
    "Timetable Printed For Schools"
)


@pytest.mark.parametrize("converter", RENDERINGS)
def test_a_by_inside_a_wrapped_teaser_paragraph_is_no_byline(converter: str) -> None:
    header: Header = [("menu", ""), ("para", TEASERS), ("h1", TITLED_HEADLINE)]
    assert newsparse.parse(RENDERINGS[converter](header)).authors == ()


@pytest.mark.parametrize("converter", RENDERINGS)
def test_a_short_byline_over_the_date_above_the_headline_stays(converter: str) -> None:
    header: Header = [
        ("menu", ""),
        ("line", "By Jane Doe"),
        ("line", DAY),
        ("h1", TITLED_HEADLINE),
    ]
    assert newsparse.parse(RENDERINGS[converter](header)).authors == ("Jane Doe",)


# --- a teaser's headline in title case, a word in camel case, by a date ---------------------------

#: A teaser's headline in title case with a word set in camel case and a comma before its
#: source (``…, Captains Say``): the pieces are no names.
TEASER = "Harbour Tests Electric UnderSea Ferry Capable Of Crossing Rough Winter Seas, Captains Say"


@pytest.mark.parametrize("converter", CONVERTERS)
@pytest.mark.parametrize("dated", ["above", "below"])
def test_a_teasers_headline_in_title_case_names_no_one(dated: str, converter: str) -> None:
    lines = ["2024-05-01", TEASER] if dated == "above" else [TEASER, DAY]
    assert newsparse.parse(render(converter, HEADLINE, lines, BODY)).authors == ()


NAMES_STAY = {
    "four": (
        "Jane Doe, Omar Farouk, Li Wei and Ana Ruiz",
        ("Jane Doe", "Omar Farouk", "Li Wei", "Ana Ruiz"),
    ),
    "glued-role": ("Jane DoeTwitter News & Culture Writer", ("Jane Doe",)),
}


@pytest.mark.parametrize("converter", CONVERTERS)
@pytest.mark.parametrize("case", sorted(NAMES_STAY))
def test_a_list_of_names_or_a_name_and_its_glued_role_stay(case: str, converter: str) -> None:
    line, names = NAMES_STAY[case]
    assert newsparse.parse(render(converter, HEADLINE, [line, DAY], BODY)).authors == names


# --- a section, a late byline and the stamp on one row ---------------------------------------------

STAMPED_ROWS = {
    "edited": ("Islands Edited by Jane Doe Updated: May 3, 2024 09:15", ("Jane Doe",)),
    "reported": (
        "Harbour News Reported by Omar Farouk (with agencies) | Updated May 3, 2024",
        ("Omar Farouk",),
    ),
}


@pytest.mark.parametrize("converter", CONVERTERS)
@pytest.mark.parametrize("case", sorted(STAMPED_ROWS))
def test_a_late_byline_before_the_stamp_on_one_row(case: str, converter: str) -> None:
    line, names = STAMPED_ROWS[case]
    assert newsparse.parse(render(converter, HEADLINE, [line], BODY)).authors == names


NOT_STAMPED_ROWS = {
    "caption": "Damage caused by Storm Ellen near the pier, May 2, 2024.",
    "shared-post": "A post shared by Jane Doe (@jdoe) on May 2, 2024 at 9:15",
}


@pytest.mark.parametrize("converter", CONVERTERS)
@pytest.mark.parametrize("case", sorted(NOT_STAMPED_ROWS))
def test_a_by_in_words_before_a_date_is_no_byline(case: str, converter: str) -> None:
    page = render(converter, HEADLINE, [NOT_STAMPED_ROWS[case]], BODY)
    assert newsparse.parse(page).authors == ()
