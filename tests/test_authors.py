"""Author names: splitting a byline into persons, cleaning what is glued to a name, the case
policy, and the one byline recogniser, on invented bylines in each converter's rendering."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse import _authors
from newsparse._lines import byline as line_byline
from newsparse.vocab import authors as A
from newsparse.vocab import page as V
from tests.test_real_bylines import BODY, HEAD


def _page(byline: str) -> tuple[str, ...]:
    return newsparse.parse(HEAD + byline + "\n\n" + BODY).authors


# --- splitting into persons ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        ("Jane Weber and Omar Farouk", ["Jane Weber", "Omar Farouk"]),
        ("Jane Weber, Omar Farouk & Lea Stein", ["Jane Weber", "Omar Farouk", "Lea Stein"]),
        ("Jane WeberOmar Farouk", ["Jane Weber", "Omar Farouk"]),
        ("Ana Ruiz y Luis Gil", ["Ana Ruiz", "Luis Gil"]),
        ("Anna Berg und Jens Ohm", ["Anna Berg", "Jens Ohm"]),
        ("Иван Петров и Анна Смирнова", ["Иван Петров", "Анна Смирнова"]),
        ("Tom MacDonald", ["Tom MacDonald"]),
        ("Jane Y Doe", ["Jane Y Doe"]),
    ],
)
def test_a_byline_splits_into_its_persons(text: str, persons: list[str]) -> None:
    assert _authors.split_persons(text) == persons


@pytest.mark.parametrize(
    ("rest", "found"),
    [
        ("BiographyJane Weber", ("Jane Weber",)),
        ("Jane Weber Updated", ("Jane Weber",)),
        ("Jane WeberContributor", ("Jane Weber",)),
        ("Jane WeberCEO", ("Jane Weber",)),
        ("Jane Weber last updated 4 April 17", ("Jane Weber",)),
        ("Jane Weber jane.weber@example.com", ("Jane Weber",)),
        ("Jane Weber https://example.com/jweber", ("Jane Weber",)),
        ("Jane Weber, Staff Writer", ("Jane Weber",)),
        ("Jane Weber and Jane Weber", ("Jane Weber",)),
        ("Jane Weber, Associated Press", ("Jane Weber",)),
    ],
)
def test_what_a_page_glues_to_a_name_goes(rest: str, found: tuple[str, ...]) -> None:
    assert _authors.names(rest) == found


def test_names_in_all_capitals_take_title_case_and_cjk_names_stay() -> None:
    assert _authors.names("JANE WEBER AND ANNA VON BERG") == ("Jane Weber", "Anna von Berg")
    assert _authors.names("ВІРА КОВАЛЬ") == ("Віра Коваль",)
    assert _authors.names("李小龙") == ("李小龙",)
    assert _authors.title_case("Jane McBride") == "Jane McBride"


@pytest.mark.parametrize(
    "text",
    ["Older Article", "Edit Story", "Ad Feedback", "Go VIP", "Sony's Play", "Taboolaby Taboola"],
)
def test_widget_and_teaser_words_are_no_person(text: str) -> None:
    assert _authors.person(text) is None


@pytest.mark.parametrize("text", ["TMZ Staff", "National Desk", "Staff Writer", "La Rédaction"])
def test_desks_are_no_writer(text: str) -> None:
    assert _authors.desk(text)


# --- the one recogniser ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "rest"),
    [
        ("By Jane Weber", "Jane Weber"),
        ("ByJane Weber", "Jane Weber"),
        ("Автор: Віра Коваль", "Віра Коваль"),
        ("Por Ana Ruiz", "Ana Ruiz"),
        ("Written by Jane Weber", "Jane Weber"),
        ("作者：李小龙", "李小龙"),
    ],
)
def test_the_byline_labels_of_several_languages(line: str, rest: str) -> None:
    m = _authors.BYLINE.match(line)
    assert m is not None and m["rest"] == rest


@pytest.mark.parametrize("line", ["By the river", "Por qué llueve", "Von wegen", "Bypass roads"])
def test_a_sentence_opening_with_a_label_word_is_no_byline(line: str) -> None:
    assert _authors.BYLINE.match(line) is None


def test_the_line_reader_delegates_to_the_one_recogniser() -> None:
    assert line_byline("By Jane Weber and Omar Farouk") == _authors.byline(
        "By Jane Weber and Omar Farouk"
    )
    assert line_byline("By the river") is None


# --- whole pages: one family each ------------------------------------------------------------


def test_a_labelled_byline_in_cyrillic() -> None:
    assert _page("Автор: Віра Коваль\n12.03.2021") == ("Віра Коваль",)


def test_a_byline_with_an_update_glued_after_the_name() -> None:
    assert _page("By Jane Weber last updated 4 April 17") == ("Jane Weber",)


def test_two_writers_glued_without_a_space() -> None:
    assert _page("By Jane WeberOmar Farouk\nMarch 3, 2021") == ("Jane Weber", "Omar Farouk")


def test_a_name_with_its_role_glued_above_the_date() -> None:
    assert _page("Jane WeberContributor\nMarch 3, 2021") == ("Jane Weber",)


@pytest.mark.parametrize("line", ["李小龙2021年03月12日 09時00分", "[1] 李小龙2021-03-12 14:27:02"])
def test_a_cjk_name_glued_to_its_date(line: str) -> None:
    assert _page(line) == ("李小龙",)


def test_a_cjk_heading_word_glued_to_a_date_is_no_name() -> None:
    assert _page("関連記事2021年03月12日 09時00分") == ()


# --- properties ------------------------------------------------------------------------------

_WORD = st.sampled_from(
    ["Jane", "Omar", "Lea", "Weber", "Farouk", "Stein", "Ana", "Ruiz", "Tomas", "Varga"]
)
_NAME = st.lists(_WORD, min_size=2, max_size=3, unique=True).map(" ".join)
_JOIN = st.sampled_from([", ", " and ", " & ", "; ", " und ", ", and "])


@given(st.lists(_NAME, min_size=1, max_size=4, unique=True), _JOIN)
def test_splitting_then_joining_never_loses_a_person(people: list[str], joint: str) -> None:
    assert _authors.split_persons(joint.join(people)) == people
    assert _authors.names(joint.join(people)) == tuple(people)


@given(st.lists(_NAME, min_size=2, max_size=3, unique=True))
def test_glued_names_part_again(people: list[str]) -> None:
    assert _authors.split_persons("".join(people)) == people


@given(
    _NAME,
    st.sampled_from(
        sorted({*A.NAME_LABELS, *A.GLUED_ROLES, *V.DESK_NOUNS} - {"e-mail", "co-founder"})
    ),
)
def test_a_noise_word_glued_after_a_name_goes(name: str, word: str) -> None:
    assert _authors.names(name + word.title()) == (name,)


@given(st.sampled_from(sorted({*A.NOT_NAME_WORDS, *V.DESK_NOUNS})))
def test_an_outlet_or_role_word_is_never_a_person(word: str) -> None:
    assert _authors.person(word.title()) is None
    assert _authors.person("Jane " + word.title()) is None
    assert _authors.names("Jane Weber and " + word.title()) == ("Jane Weber",)


@given(st.sampled_from(V.AGENCIES))
def test_an_agency_is_no_person_beside_one(word: str) -> None:
    assert _authors.names("Jane Weber, " + word.title()) == ("Jane Weber",)


def test_a_name_crediting_the_outlet_a_photo_credit_names_too() -> None:
    byline = "Photo: Omar Farouk | The Valley Times.\n\nJane Weber | The Valley Times"
    assert _page(byline) == ("Jane Weber",)


def test_a_name_beside_another_outlet_alone_is_no_byline() -> None:
    assert _page("Jane Weber | The Valley Times") == ()


def test_a_name_over_its_contact_address() -> None:
    assert _page("Jane Weber\njane.weber@example.com") == ("Jane Weber",)


@pytest.mark.parametrize(
    "line",
    ["Gadgets powered by Amazon’s Alexa Assistant", "As reported by Omar, President Lea Stein"],
)
def test_what_a_sentence_says_after_by_is_no_writer(line: str) -> None:
    assert _authors.names(line.split(" by ", 1)[1]) == ()


def test_initials_inside_names_are_kept() -> None:
    found = _authors.names("Jane A. Weber , Omar S.T. Farouk, and Lea Stein, The Daily")
    assert found == ("Jane A. Weber", "Omar S.T. Farouk", "Lea Stein")


def test_a_byline_glued_to_the_section_before_it() -> None:
    row = "Hill FarmsEdited by Jane Weber (with inputs from agencies)Updated: March 3, 2021"
    assert _page(row) == ("Jane Weber",)


def test_writers_beside_the_date_line_that_dated_the_page_below_a_teaser() -> None:
    # the names and the date sit below a first stretch of text (a teaser of the same story):
    # the date is found by the late date readers, and the names beside it after them
    page = (
        "Forgotten apple varieties return to the hill farms\n"
        "Volunteers graft cuttings on the hill, on October 21, 2023. Photo: Omar Farouk/Agency\n\n"
        "Forgotten apple varieties return to the hill farms\n\nIn partnership with\n\n[logo]\n"
        "Donate\n" + BODY + "\n[cropped] [cropped]\nJane Weber, Lea Stein\n"
        "November 8 2023, 3:18 p.m.\n\n" + BODY.replace("orchard", "garden")
    )
    assert newsparse.parse(page).authors == ("Jane Weber", "Lea Stein")


def test_an_author_box_the_body_was_taken_to_start_with() -> None:
    box = "Jane Weber\nJane WeberContributor\nOpinions expressed by our contributors are theirs."
    assert newsparse.parse(HEAD + box + "\n" + BODY).authors == ("Jane Weber",)


@pytest.mark.parametrize(
    "text", ["Facebook Twitter Xing LinkedIn", "Brandname Japanで", "Europäische Union"]
)
def test_share_rows_brands_and_organisations_are_no_person(text: str) -> None:
    assert _authors.person(text) is None


def test_a_date_then_the_writer_then_a_comment_count_on_one_line() -> None:
    assert _page("23.06.2016 um 16:14 Uhr - Jane Weber - 91 Ergänzungen") == ("Jane Weber",)


def test_bare_names_one_a_line_linked_by_a_joiner_line() -> None:
    byline = "Valley Times\nJane Weber\nand\nOmar Farouk\nTue 29 Nov 2016 15.26 EST"
    assert _page(byline) == ("Jane Weber", "Omar Farouk")


@pytest.mark.parametrize("box", ["Jane Weber\nContributor", "Jane Weber\nSenior Staff Writer"])
def test_a_name_over_its_role_line(box: str) -> None:
    assert _page(box) == ("Jane Weber",)
    assert newsparse.parse(HEAD + box + "\n" + BODY).authors == ("Jane Weber",)


@pytest.mark.parametrize(
    ("text", "name"),
    [("Jane Weber Jane Weber", "Jane Weber"), ("Jane WeberJane Weber", "Jane Weber")],
)
def test_a_name_written_twice_over_is_one_person(text: str, name: str) -> None:
    assert _authors.person(text) == name
    assert _authors.names(text) == (name,)


@pytest.mark.parametrize(
    "text", ["Text Size", "Vorheriger Artikel", "For Immediate Release", "Ein Interview von"]
)
def test_navigation_and_labels_in_other_words_are_no_person(text: str) -> None:
    assert _authors.person(text) is None


def test_a_nordic_label() -> None:
    assert _page("Af Jens Ohm\n12.03.2021") == ("Jens Ohm",)


@pytest.mark.parametrize("age", ["vor 2 Stunden", "il y a 3 heures", "5 hours ago"])
def test_a_name_beside_its_age_in_several_languages(age: str) -> None:
    assert _page(f"Jane Weber\n{age}") == ("Jane Weber",)


@pytest.mark.parametrize(
    "name", ["Michał Wróblewski", "Łukasz Śliwiński", "Jiří Dvořák", "Ayşe Yılmaz", "Zoë Tőkés"]
)
def test_a_name_with_a_small_letter_of_latin_extended_a_is_one_name(name: str) -> None:
    # (that block sets each capital beside its small letter: "ł" is no capital after "Micha")
    assert _authors.person(name) == name
    assert _authors.names(f"{name}Anna Nowak") == (name, "Anna Nowak")
