"""Byline and date families of pages never seen, each in the six converters' renderings (issue 19).

Every page here is invented (no text of a real page): one header (a headline, a byline, a date
line) over one body, set as w3m (plain lines, ``•`` bullets, wrapped at 100 columns), lynx
(three-space indent, ``*`` bullets), html2text (``#`` heading, the writer's name a Markdown
link), inscriptis (nesting indent), resiliparse (plain lines, ``•`` bullets) and BeautifulSoup
(the ``<title>`` first, every element on a line of its own: a byline's label apart from the
linked name) write it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

import pytest

import newsparse
from tests.ferry import PARAGRAPHS, wrap

CONVERTERS = ("w3m", "lynx", "html2text", "inscriptis", "resiliparse", "bs4")

#: A byline as a page marks it up: its label (may be empty) and the linked name.
Byline = tuple[str, str]


def render(
    converter: str,
    headline: str,
    header: Sequence[str | Byline],
    body: Sequence[str],
    site: str = "Porto Gazette",
) -> str:
    """An invented article page as ``converter`` dumps it: the site's name and a menu, the
    headline, the ``header`` lines (a ``Byline`` is a label and a linked name), the ``body``."""
    if converter == "w3m":
        lines = [" ".join(p for p in h if p) if isinstance(h, tuple) else h for h in header]
        paras = [wrap(p, 100) for p in body]
        return f"{site}\n\n  • Home\n  • News\n\n{headline}\n\n" + _blocks(lines, paras)
    if converter == "lynx":
        lines = [
            "   " + (" ".join(p for p in h if p) if isinstance(h, tuple) else h) for h in header
        ]
        paras = [wrap(p, 100, "   ") for p in body]
        return f"   {site}\n\n     * Home\n     * News\n\n{headline}\n\n" + _blocks(lines, paras)
    if converter == "html2text":
        lines = [_linked(h) if isinstance(h, tuple) else h for h in header]
        return f"[{site}](/)\n\n  * [Home](/)\n  * [News](/news)\n\n# {headline}\n\n" + _blocks(
            lines, list(body)
        )
    if converter == "inscriptis":
        lines = [
            "      " + (" ".join(p for p in h if p) if isinstance(h, tuple) else h) for h in header
        ]
        paras = ["      " + p for p in body]
        return f"  {site}\n    Home\n    News\n\n    {headline}\n\n" + _blocks(lines, paras)
    if converter == "resiliparse":
        lines = [" ".join(p for p in h if p) if isinstance(h, tuple) else h for h in header]
        return f"{site}\n\n• Home\n• News\n\n{headline}\n\n" + _blocks(lines, list(body))
    assert converter == "bs4"
    lines = [x for h in header for x in ((p for p in h if p) if isinstance(h, tuple) else (h,))]
    return f"{headline} | {site}\n{site}\nHome\nNews\n{headline}\n" + "\n".join([*lines, *body])


def _blocks(header: list[str], body: list[str]) -> str:
    return "\n\n".join([*header, *body]) + "\n"


def _linked(byline: Byline) -> str:
    label, name = byline
    link = f"[{name}](/author/{name.lower().replace(' ', '-')})"
    return f"{label} {link}" if label else link


def _day(value: object) -> date | None:
    return value.date() if isinstance(value, datetime) else value  # type: ignore[return-value]


def test_the_renderings_differ() -> None:
    pages = {render(c, "Ferry", [("By", "Ana Sousa")], ["Text."]) for c in CONVERTERS}
    assert len(pages) == len(CONVERTERS)


# --- an update's date before the publication's on one line: the publication dates the page ----

BODY = PARAGRAPHS  # (the shared ferry article: tests/ferry.py)
KÖRPER = (
    "Die Fähre zwischen den beiden Inseln fährt vom ersten Mai an jede Stunde, teilte die "
    "Hafenbehörde am Montag mit, nach einem Sommer mit langen Schlangen an beiden Anlegern.",
    "Zwei neue Boote aus einer Werft im Norden kommen zu dem alten hinzu, das für die "
    "Winterstürme und die Schulfahrten im Herbst als Ersatz bereitsteht und gewartet wird.",
)
CORPS = (
    "La navette entre les deux îles passera toutes les heures dès le premier mai, a dit lundi "
    "le port, après un été de longues files sur les deux quais et bien des plaintes des usagers.",
    "Deux bateaux neufs achetés dans un chantier du nord rejoindront l'ancien, gardé en réserve "
    "pour les tempêtes d'hiver et pour les sorties des écoles à l'automne, chaque année.",
)
CORPO = (
    "Il traghetto tra le due isole passerà ogni ora dal primo maggio, ha detto lunedì "
    "l'autorità del porto, dopo un'estate di lunghe code su entrambi i moli e molte proteste.",
    "Due nuove barche comprate da un cantiere del nord si uniranno alla vecchia, che resterà "
    "di riserva per le tempeste d'inverno e per le gite delle scuole in autunno, ogni anno.",
)
CUERPO = (
    "El ferri entre las dos islas saldrá cada hora desde el primero de mayo, dijo el lunes la "
    "autoridad del puerto, tras un verano de largas colas en los dos muelles y muchas quejas.",
    "Dos barcos nuevos comprados a un astillero del norte se sumarán al viejo, que quedará de "
    "reserva para los temporales de invierno y para las excursiones escolares del otoño.",
)

UPDATE_FIRST = {
    "en": ("Updated May 3, 2024 Published May 2, 2024", BODY),
    "en-colons": ("Updated: 03/05/2024 | Published: 02/05/2024", BODY),
    "de": ("Aktualisiert am 03.05.2024, erstellt am 02.05.2024", KÖRPER),
    "fr": ("Mis à jour le 3 mai 2024, publié le 2 mai 2024", CORPS),
    "es": ("Actualizado el 3 de mayo de 2024, publicado el 2 de mayo de 2024", CUERPO),
    "it": ("Aggiornato il 3 maggio 2024, pubblicato il 2 maggio 2024", CORPO),
}


@pytest.mark.parametrize("converter", CONVERTERS)
@pytest.mark.parametrize("case", sorted(UPDATE_FIRST))
def test_an_update_before_the_publication_on_one_line(case: str, converter: str) -> None:
    line, body = UPDATE_FIRST[case]
    if case == "en-colons":
        line = line.replace("03/05", "05/03").replace("02/05", "05/02")  # (an English page)
    page = render(converter, "Ferry to run every hour from May", [("By", "Ana Sousa"), line], body)
    assert _day(newsparse.parse(page).published) == date(2024, 5, 2)


def test_the_publication_first_and_an_update_after_it_still_date_the_page() -> None:
    page = render(
        "w3m", "Ferry", [("By", "Ana Sousa"), "Published May 2, 2024 Updated May 3, 2024"], BODY
    )
    assert _day(newsparse.parse(page).published) == date(2024, 5, 2)


def test_an_update_alone_still_dates_the_page() -> None:
    page = render("w3m", "Ferry", [("By", "Ana Sousa"), "Updated May 3, 2024"], BODY)
    assert _day(newsparse.parse(page).published) == date(2024, 5, 3)


# --- dates in the month names of other languages, and the year-first order of Hungarian --------

OTHER_MONTHS = {
    "da": "2. maj 2024",
    "sv": "2 maj 2024 kl. 09.00",
    "fi": "2. toukokuuta 2024",
    "uk": "2 травня 2024",
    "el": "2 Μαΐου 2024",
    "hu": "2024. május 2.",
    "hu-time": "2024. május 2. 09:00",
}


@pytest.mark.parametrize("converter", CONVERTERS)
@pytest.mark.parametrize("case", sorted(OTHER_MONTHS))
def test_a_date_in_another_languages_month_names(case: str, converter: str) -> None:
    page = render(
        converter, "Ferry to run every hour from May", [("", "Ana Sousa"), OTHER_MONTHS[case]], BODY
    )
    assert _day(newsparse.parse(page).published) == date(2024, 5, 2)


def test_a_year_first_date_reads_no_version_number() -> None:
    from newsparse._dates import find_date

    assert find_date("2024. május 2.")[0] == date(2024, 5, 2)  # type: ignore[index]
    assert find_date("Version 2024. 5 2") is None


# --- bylines in other languages' words for "by" and "and" -------------------------------------

OTHER_LABELS: dict[str, tuple[Byline, tuple[str, ...]]] = {
    "it": (("di", "Giulia Conti"), ("Giulia Conti",)),
    "it-capital": (("Di", "Giulia Conti"), ("Giulia Conti",)),
    "it-two": (("di", "Giulia Conti e Marco Ferri"), ("Giulia Conti", "Marco Ferri")),
    "tr": (("Yazar:", "Ayşe Demir"), ("Ayşe Demir",)),
    "tr-two": (("Yazar:", "Ayşe Demir ve Can Öztürk"), ("Ayşe Demir", "Can Öztürk")),
    "hu": (("Szerző:", "Kovács Anna"), ("Kovács Anna",)),
    "hu-two": (("Szerző:", "Kovács Anna és Szabó Péter"), ("Kovács Anna", "Szabó Péter")),
    "hr": (("Piše:", "Ivana Horvat"), ("Ivana Horvat",)),
    "fi-two": (("Teksti:", "Aino Virtanen ja Eero Laine"), ("Aino Virtanen", "Eero Laine")),
    "ru": (("Текст:", "Ирина Соколова"), ("Ирина Соколова",)),
}


@pytest.mark.parametrize("converter", CONVERTERS)
@pytest.mark.parametrize("case", sorted(OTHER_LABELS))
def test_a_byline_in_another_languages_words(case: str, converter: str) -> None:
    byline, names = OTHER_LABELS[case]
    page = render(
        converter, "Il traghetto passerà ogni ora da maggio", [byline, "2 maggio 2024"], CORPO
    )
    assert newsparse.parse(page).authors == names


def test_a_surname_with_its_particle_di_stays_whole() -> None:
    page = render(
        "w3m",
        "Il traghetto passerà ogni ora da maggio",
        [("", "Luca Di Stefano"), "2 maggio 2024"],
        CORPO,
    )
    assert newsparse.parse(page).authors == ("Luca Di Stefano",)


def test_di_in_a_sentence_opens_no_byline() -> None:
    from newsparse._authors import byline

    assert byline("di recente") is None and byline("Di recente") is None


# --- a writer's beat and role after the name, and a date's label left on the name's line --------

ROLE_AFTER = {
    "beat": "Ana Sousa Political Reporter",
    "beat-labelled": "By Ana Sousa Sports Editor",
    "chief": "Ana Sousa Chief Political Correspondent",
    "freelance": "Ana Sousa Freelance Writer",
    "guest": "By Ana Sousa Guest Author",
    "in-chief": "Ana Sousa Editor-in-Chief",
    "capitals": "By ANA SOUSA SCIENCE CORRESPONDENT",
    "posted": "Ana Sousa Posted",
    "published": "Ana Sousa Published",
    "updated": "By Ana Sousa Updated",
}


@pytest.mark.parametrize("converter", CONVERTERS)
@pytest.mark.parametrize("case", sorted(ROLE_AFTER))
def test_a_role_or_a_label_after_the_name_is_no_part_of_it(case: str, converter: str) -> None:
    page = render(
        converter, "Ferry to run every hour from May", [ROLE_AFTER[case], "May 2, 2024"], BODY
    )
    assert newsparse.parse(page).authors == ("Ana Sousa",)


def test_a_three_word_name_before_its_role_stays_whole() -> None:
    page = render(
        "w3m",
        "Ferry to run every hour from May",
        ["Ana Maria Sousa Political Reporter", "May 2, 2024"],
        BODY,
    )
    assert newsparse.parse(page).authors == ("Ana Maria Sousa",)


def test_a_beat_alone_names_no_writer() -> None:
    page = render(
        "w3m", "Ferry to run every hour from May", ["By Political Reporter", "May 2, 2024"], BODY
    )
    assert newsparse.parse(page).authors in (None, ())


# --- day, month and year joined by dashes or spaced dots; short month names of Romance languages --

SHORT_FORMS = {
    "dashes": ("02-May-2024", BODY),
    "dashes-short": ("2-May-2024 09:00", BODY),
    "spaced-dots": ("2. 5. 2024", BODY),
    "es": ("2 may. 2024", CUERPO),
    "es-ene": ("2 ene. 2024", CUERPO),
    "es-dic": ("2 dic 2024", CUERPO),
    "it-giu": ("2 giu 2024", CORPO),
    "it-ago": ("2 ago 2024", CORPO),
    "pt-fev": ("2 de fev. de 2024", CUERPO),
    "nl-mrt": ("2 mrt 2024", BODY),
}
SHORT_DAYS = {
    "es-ene": date(2024, 1, 2),
    "es-dic": date(2024, 12, 2),
    "it-giu": date(2024, 6, 2),
    "it-ago": date(2024, 8, 2),
    "pt-fev": date(2024, 2, 2),
    "nl-mrt": date(2024, 3, 2),
}


@pytest.mark.parametrize("converter", CONVERTERS)
@pytest.mark.parametrize("case", sorted(SHORT_FORMS))
def test_a_date_in_a_short_form(case: str, converter: str) -> None:
    line, body = SHORT_FORMS[case]
    page = render(converter, "Ferry to run every hour from May", [("By", "Ana Sousa"), line], body)
    assert _day(newsparse.parse(page).published) == SHORT_DAYS.get(case, date(2024, 5, 2))


def test_numbers_and_words_joined_by_dashes_are_no_date() -> None:
    from newsparse._dates import find_date

    assert find_date("route 2-Mai-Strasse 2024") is None
    assert find_date("items 2. 5. 20245") is None


# --- Chinese and Japanese bylines: an outlet before "reporter", a writing credit, "By" ----------

CJK_BODY = (
    "两座岛屿之间的渡轮将从五月一日起每小时一班，港务局周一表示，此前整个夏天两个码头都排起了长队。",
    "从北方船厂购买的两艘新船将加入旧船的行列，旧船将在冬季风暴和秋季学校旅行时作为备用船只。",
    "居民票价保持不变，而游客在夏季将多付一点钱，用于支付船员、燃料和码头维修的费用。",
)
CJK_BYLINES: dict[str, tuple[Byline, str]] = {
    "our-reporter": (("本报记者", "王小明"), "王小明"),
    "agency-reporter": (("港口社记者", "王小明"), "王小明"),
    "by": (("By", "山田太郎"), "山田太郎"),
    "written": (("執筆：", "山田太郎"), "山田太郎"),
    "reported-written": (("取材・文：", "山田太郎"), "山田太郎"),
}


@pytest.mark.parametrize("converter", CONVERTERS)
@pytest.mark.parametrize("case", sorted(CJK_BYLINES))
def test_a_chinese_or_japanese_byline(case: str, converter: str) -> None:
    byline, name = CJK_BYLINES[case]
    page = render(
        converter, "渡轮五月起每小时一班", [byline, "2024年5月2日 09:00"], CJK_BODY, site="港口日报"
    )
    assert newsparse.parse(page).authors == (name,)


def test_a_press_conference_after_an_outlet_is_no_reporter() -> None:
    from newsparse._authors import byline

    assert byline("记者会 王小明") is None


# --- names in the letters of Romanian and Vietnamese; a surname set in capitals ------------------

EXTENDED_LETTERS: dict[str, tuple[Byline, tuple[str, ...]]] = {
    "ro": (("Autor:", "Ștefan Popescu"), ("Ștefan Popescu",)),
    "ro-by": (("By", "Țara Ionescu"), ("Țara Ionescu",)),
    "vi": (("Tác giả:", "Đặng Thu Hà"), ("Đặng Thu Hà",)),
    "vi-capital": (("By", "Ưng Hoàng Phúc"), ("Ưng Hoàng Phúc",)),
    "surname-capitals": (("Par", "Marie DUPONT"), ("Marie Dupont",)),
    "surnames-capitals": (("Von", "Petra LINDQVIST und Jan HOLM"), ("Petra Lindqvist", "Jan Holm")),
}


@pytest.mark.parametrize("converter", CONVERTERS)
@pytest.mark.parametrize("case", sorted(EXTENDED_LETTERS))
def test_a_name_in_extended_letters_or_with_its_surname_in_capitals(
    case: str, converter: str
) -> None:
    byline, names = EXTENDED_LETTERS[case]
    page = render(converter, "Ferry to run every hour from May", [byline, "May 2, 2024"], BODY)
    assert newsparse.parse(page).authors == names


def test_a_short_capital_name_part_keeps_its_case() -> None:
    from newsparse._authors import title_case

    assert title_case("AJ Hinch") == "AJ Hinch" and title_case("Marie DUPONT") == "Marie Dupont"


# --- a place after each of two names ------------------------------------------------------------


@pytest.mark.parametrize("converter", CONVERTERS)
def test_a_place_after_each_name_of_a_byline(converter: str) -> None:
    line = ("By", "Ana Sousa in Lisbon and Jan Holm in Oslo")
    page = render(converter, "Ferry to run every hour from May", [line, "May 2, 2024"], BODY)
    assert newsparse.parse(page).authors == ("Ana Sousa", "Jan Holm")


# --- a byline in capitals: a one-letter "and" between two names, an agency after the names -----

CAPITAL_BYLINES: dict[str, tuple[str, tuple[str, ...]]] = {
    "pt-and": ("POR ANA SOUSA E JOÃO COSTA", ("Ana Sousa", "João Costa")),
    "es-and": ("POR ANA RUIZ Y LUIS GIL", ("Ana Ruiz", "Luis Gil")),
    "agency": ("BY ANA SOUSA AND JAN HOLM THE ASSOCIATED PRESS", ("Ana Sousa", "Jan Holm")),
    "agency-title-case": ("By Ana Sousa and Jan Holm Associated Press", ("Ana Sousa", "Jan Holm")),
}


@pytest.mark.parametrize("converter", CONVERTERS)
@pytest.mark.parametrize("case", sorted(CAPITAL_BYLINES))
def test_a_byline_in_capitals_joined_or_signed_by_an_agency(case: str, converter: str) -> None:
    line, names = CAPITAL_BYLINES[case]
    page = render(converter, "Ferry to run every hour from May", [line, "May 2, 2024"], BODY)
    assert newsparse.parse(page).authors == names


def test_an_initial_in_capitals_stays_in_the_name() -> None:
    page = render("w3m", "Ferry to run every hour from May", ["BY JANE E DOE", "May 2, 2024"], BODY)
    assert newsparse.parse(page).authors == ("Jane E Doe",)


# --- a preposition opening a capitalised line is no name's first word ---------------------------

PHRASES = ("From Our Correspondent", "Via Harbour Wire", "From Ana Sousa")


@pytest.mark.parametrize("converter", CONVERTERS)
@pytest.mark.parametrize("line", PHRASES)
def test_a_phrase_opening_with_a_preposition_is_no_writer(line: str, converter: str) -> None:
    page = render(converter, "Ferry to run every hour from May", [line, "May 2, 2024"], BODY)
    assert not any(a.split()[0] in ("From", "Via") for a in newsparse.parse(page).authors or ())
