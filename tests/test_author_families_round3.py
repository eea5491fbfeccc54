"""Author families of sites never seen, third round (issue 19, item 4), in the six converters'
renderings of :mod:`tests.test_header_families_round3` (every page and every name invented).

Each family is what many sites share, not one site's template: what a byline line says once it
is found (its label, the wire after a slash, a role with an outlet or a place before it, several
names in Chinese, Japanese or Korean, a name's particle glued with a hyphen or an apostrophe).
Each has "must not" cases beside it, so a fix cannot over-reach.
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
    render,
)

HEADLINE = "Ferry to run every hour from May"
DAY = "May 2, 2024"


def _authors(converter: str, label: str, names: str, body: Sequence[str] = BODY) -> tuple[str, ...]:
    page = render(converter, HEADLINE, [(label, names), DAY], body)
    return newsparse.parse(page).authors


# --- writers' labels the parser did not know, before a colon or before "by" ----------------------

LABELS = {
    "en-story": ("Story:", "Jane Doe", BODY),
    "en-words": ("Words:", "Jane Doe", BODY),
    "en-reporting": ("Reporting:", "Jane Doe", BODY),
    "en-writer": ("Writer:", "Jane Doe", BODY),
    "en-words-and-pictures": ("Words and pictures:", "Jane Doe", BODY),
    "en-text-and-photos": ("Text and photos:", "Jane Doe", BODY),
    "de-autor-in": ("Autor/in:", "Jana Berger", KÖRPER),
    "de-verfasserin": ("Verfasserin:", "Jana Berger", KÖRPER),
    "de-text-und-fotos": ("Text und Fotos:", "Jana Berger", KÖRPER),
    "fr-un-article-de": ("Un article de", "Jeanne Morel", CORPS),
    "fr-texte-et-photos": ("Texte et photos :", "Jeanne Morel", CORPS),
    "es-autora": ("Autora:", "Juana Ortiz", CUERPO),
    "es-firmado-por": ("Firmado por", "Juana Ortiz", CUERPO),
    "it-articolo-di": ("Articolo di", "Giulia Conti", CORPO),
    "it-autrice": ("Autrice:", "Giulia Conti", CORPO),
    "sv-skribent": ("Skribent:", "Elsa Lund", BODY),
    "fi-toimittaja": ("Toimittaja:", "Aino Virtanen", BODY),
    "tr-muhabir": ("Muhabir:", "Ayşe Yılmaz", BODY),
    "ru-korrespondent": ("Корреспондент:", "Иван Петров", BODY),
    "el-syntaktis": ("Συντάκτης:", "Γιώργος Παπαδόπουλος", BODY),
    "vi-phong-vien": ("Phóng viên:", "Nguyễn Văn An", BODY),
    "id-wartawan": ("Wartawan:", "Dewi Lestari", BODY),
}


@pytest.mark.parametrize("converter", CONVERTERS)
@pytest.mark.parametrize("case", sorted(LABELS))
def test_a_writers_label_of_more_kinds_and_languages(case: str, converter: str) -> None:
    label, name, body = LABELS[case]
    assert _authors(converter, label, name, body) == (name,)


@pytest.mark.parametrize("converter", ["w3m", "resiliparse", "bs4"])
@pytest.mark.parametrize(
    "line", ["Story: The Ferry That Never Came", "Words: 1,240", "Writer", "Story"]
)
def test_must_not_read_a_heading_or_a_count_as_a_writer(line: str, converter: str) -> None:
    page = render(converter, HEADLINE, [("By", "Jane Doe"), DAY], [line, *BODY])
    assert newsparse.parse(page).authors == ("Jane Doe",)


# --- a wire or a place after a slash at the byline's end --------------------------------------

SLASHED = {
    "de-dpa": ("Von", "Jana Berger/dpa", ("Jana Berger",), KÖRPER),
    "de-two-wires": (
        "Von",
        "Jana Berger und Tom Weber/dpa/AFP",
        ("Jana Berger", "Tom Weber"),
        KÖRPER,
    ),
    "de-place": ("Von", "Jana Berger/Hamburg", ("Jana Berger",), KÖRPER),
    "en-capitals-ap": ("By", "JANE DOE/AP", ("Jane Doe",), BODY),
    "en-reuters-spaced": ("By", "Jane Doe / Reuters", ("Jane Doe",), BODY),
    "es-efe": ("Por", "Juana Ortiz/EFE", ("Juana Ortiz",), CUERPO),
}


@pytest.mark.parametrize("converter", CONVERTERS)
@pytest.mark.parametrize("case", sorted(SLASHED))
def test_a_wire_or_a_place_after_a_slash_is_no_part_of_the_names(case: str, converter: str) -> None:
    label, names, found, body = SLASHED[case]
    assert _authors(converter, label, names, body) == found


@pytest.mark.parametrize("converter", CONVERTERS)
def test_must_not_drop_a_second_writer_after_a_glued_slash(converter: str) -> None:
    found = _authors(converter, "Von", "Jana Berger/Tom Weber", KÖRPER)
    assert found == ("Jana Berger", "Tom Weber")


# --- a role with an agency, a beat or a bureau before it, after the names ----------------------

ROLES = {
    "agency-beat-writer": ("By", "Jane Doe AP Business Writer", ("Jane Doe",)),
    "capitals-agency-role": ("By", "JANE DOE AP BUSINESS WRITER", ("Jane Doe",)),
    "bureau-chief": ("By", "Jane Doe, Washington Bureau Chief", ("Jane Doe",)),
    "two-and-bureau-chief": (
        "By",
        "Jane Doe and Omar Farouk, Reuters Bureau Chief",
        ("Jane Doe", "Omar Farouk"),
    ),
}


@pytest.mark.parametrize("converter", CONVERTERS)
@pytest.mark.parametrize("case", sorted(ROLES))
def test_a_role_with_an_agency_or_a_bureau_is_no_writer(case: str, converter: str) -> None:
    label, names, found = ROLES[case]
    assert _authors(converter, label, names) == found


@pytest.mark.parametrize("converter", CONVERTERS)
@pytest.mark.parametrize(
    ("names", "found"),
    [("Jane Doe, Omar Farouk", ("Jane Doe", "Omar Farouk")), ("Tom Chiefson", ("Tom Chiefson",))],
)
def test_must_not_drop_a_writer_beside_a_role(
    names: str, found: tuple[str, ...], converter: str
) -> None:
    assert _authors(converter, "By", names) == found


# --- several names in Chinese, Japanese or Korean characters after a label ------------------------

JA_DAY = "2024年5月2日"
CJK = {
    "zh-spaced": ("记者", "王小明 李华", ("王小明", "李华")),
    "zh-ideographic-comma": ("记者：", "王小明、李华", ("王小明", "李华")),
    "zh-outlet-reporter": ("本报记者", "王小明 李华", ("王小明", "李华")),
    "zh-role-between": ("记者", "王小明 通讯员 李华", ("王小明", "李华")),
    "zh-editor-after": ("作者：", "王小明 编辑：李华", ("王小明",)),
    "zh-picture-after": ("文/", "王小明 图/李华", ("王小明",)),
    "ja-comma": ("執筆：", "山田太郎、佐藤花子", ("山田太郎", "佐藤花子")),
    "ja-spaced-one-name": ("記者：", "山田 太郎", ("山田太郎",)),
    "ja-ideographic-space": ("記者：", "山田\u3000太郎", ("山田太郎",)),
}


@pytest.mark.parametrize("converter", CONVERTERS)
@pytest.mark.parametrize("case", sorted(CJK))
def test_several_names_in_cjk_characters_after_a_label(case: str, converter: str) -> None:
    label, names, found = CJK[case]
    page = render(converter, HEADLINE, [(label, names), JA_DAY], BODY)
    assert newsparse.parse(page).authors == found


@pytest.mark.parametrize("converter", CONVERTERS)
@pytest.mark.parametrize(
    ("label", "names", "found"),
    [("作者：", "王文明", ("王文明",)), ("By", "ジョン・スミス", ())],
)
def test_must_not_cut_a_cjk_name_that_holds_a_credit_letter(
    label: str, names: str, found: tuple[str, ...], converter: str
) -> None:
    # 文 ("text") and 图 inside a name are no labels; a katakana name is no row of names
    page = render(converter, HEADLINE, [(label, names), JA_DAY], BODY)
    assert newsparse.parse(page).authors == found


# --- a particle glued to the name with a hyphen or an apostrophe, a generation's numeral ---------

PARTICLED = {
    "ar-al": ("Abdul Rahman al-Hakim", "Abdul Rahman al-Hakim"),
    "ar-el": ("Omar el-Sayed", "Omar el-Sayed"),
    "fr-d-apostrophe": ("Jean d’Ormesson", "Jean d’Ormesson"),
    "it-dell": ("Carla dell'Orto", "Carla dell'Orto"),
    "numeral": ("Martin Luther King III", "Martin Luther King III"),
    "numeral-capitals": ("JANE DOE III", "Jane Doe III"),
}


@pytest.mark.parametrize("converter", CONVERTERS)
@pytest.mark.parametrize("case", sorted(PARTICLED))
def test_a_glued_particle_or_a_numeral_stays_in_the_name(case: str, converter: str) -> None:
    written, found = PARTICLED[case]
    assert _authors(converter, "By", written) == (found,)


@pytest.mark.parametrize("converter", CONVERTERS)
def test_must_not_read_a_sentence_opening_with_a_glued_particle(converter: str) -> None:
    page = render(
        converter, HEADLINE, [("By", "Jane Doe"), DAY], ["al-Hakim said on Monday", *BODY]
    )
    assert newsparse.parse(page).authors == ("Jane Doe",)


# --- "by our reporter": a role between the label and the name; a guest's label ------------------

OUR_REPORTER = {
    "en-by-our-reporter": ("By our reporter", "Jane Doe", BODY),
    "en-from-our-correspondent": ("From our correspondent", "Jane Doe", BODY),
    "en-guest-author": ("Guest author:", "Jane Doe", BODY),
    "de-unserer-redakteurin": ("Von unserer Redakteurin", "Jana Berger", KÖRPER),
    "de-unserem-korrespondenten": ("Von unserem Korrespondenten", "Tom Weber", KÖRPER),
    "de-gastautorin": ("Gastautorin:", "Jana Berger", KÖRPER),
    "fr-notre-correspondante": ("De notre correspondante", "Jeanne Morel", CORPS),
    "es-nuestra-corresponsal": ("De nuestra corresponsal", "Juana Ortiz", CUERPO),
    "it-nostro-inviato": ("Dal nostro inviato", "Marco Bruni", CORPO),
}


@pytest.mark.parametrize("converter", CONVERTERS)
@pytest.mark.parametrize("case", sorted(OUR_REPORTER))
def test_a_role_between_the_label_and_the_name(case: str, converter: str) -> None:
    label, name, body = OUR_REPORTER[case]
    assert _authors(converter, label, name, body) == (name,)


@pytest.mark.parametrize("converter", CONVERTERS)
@pytest.mark.parametrize("line", ["From our correspondent", "By our reporter"])
def test_must_not_take_the_role_alone_for_a_writer(line: str, converter: str) -> None:
    page = render(converter, HEADLINE, [line, DAY], BODY)
    assert newsparse.parse(page).authors == ()
