"""Date families of sites never seen (issue 19), in the six converters' renderings of
:mod:`tests.test_header_families_round3` (every page invented).

Each family is a way many sites in some language write the date under a byline that the parser
did not read: a relative time or a day word in a language it did not know, glued to its unit
in Chinese, Japanese and Korean. Each has "must not" cases beside it (a sentence or a date that
holds the family's words), so a fix cannot over-reach.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime

import pytest

import newsparse
from newsparse._dates import read_relative, read_timestamp
from newsparse._relative import find_relative
from tests.test_header_families_round3 import BODY, CONVERTERS, CORPO, CORPS, CUERPO, KÖRPER, render

HEADLINE = "Ferry to run every hour from May"
#: The time the pages were fetched: every relative time counts back from it.
FETCHED = datetime(2024, 5, 2, 18, 0, tzinfo=UTC)


def _published(converter: str, line: str, body: Sequence[str] = BODY) -> date | None:
    page = render(converter, HEADLINE, [("By", "Jane Doe"), line], body)
    value = newsparse.parse(page, reference_time=FETCHED).published
    return value.date() if isinstance(value, datetime) else value


# --- a relative time in more languages, and glued in Chinese, Japanese and Korean ------------

RELATIVE = {
    "zh-hours": ("3小时前", date(2024, 5, 2)),
    "zh-days": ("2天前", date(2024, 4, 30)),
    "zh-tw-hours": ("3小時前", date(2024, 5, 2)),
    "ja-hours": ("3時間前", date(2024, 5, 2)),
    "ja-days": ("2日前", date(2024, 4, 30)),
    "ko-hours": ("3시간 전", date(2024, 5, 2)),
    "ko-days-glued": ("2일전", date(2024, 4, 30)),
    "vi-hours": ("3 giờ trước", date(2024, 5, 2)),
    "vi-days": ("2 ngày trước", date(2024, 4, 30)),
    "da-days": ("2 dage siden", date(2024, 4, 30)),
    "no-days": ("2 dager siden", date(2024, 4, 30)),
    "sv-days": ("för 2 dagar sedan", date(2024, 4, 30)),
    "cs-days": ("před 2 dny", date(2024, 4, 30)),
    "fi-days": ("2 päivää sitten", date(2024, 4, 30)),
    "id-hours": ("2 jam yang lalu", date(2024, 5, 2)),
    "id-days": ("2 hari yang lalu", date(2024, 4, 30)),
    "ar-hours": ("منذ 3 ساعات", date(2024, 5, 2)),
}


@pytest.mark.parametrize("converter", CONVERTERS)
@pytest.mark.parametrize("case", sorted(RELATIVE))
def test_a_relative_time_in_more_languages(case: str, converter: str) -> None:
    line, day = RELATIVE[case]
    assert _published(converter, line) == day


DAY_WORDS = {
    "es-yesterday": ("Ayer a las 16:45", date(2024, 5, 1)),
    "es-today": ("Hoy 10:05", date(2024, 5, 2)),
    "it-yesterday": ("Ieri alle 16:45", date(2024, 5, 1)),
    "ru-yesterday": ("Вчера в 16:45", date(2024, 5, 1)),
    "ru-today": ("Сегодня, 10:05", date(2024, 5, 2)),
    "cs-yesterday": ("Včera v 16:45", date(2024, 5, 1)),
    "da-yesterday": ("I går kl. 16.45", date(2024, 5, 1)),
    "fi-yesterday": ("Eilen klo 16.45", date(2024, 5, 1)),
    "vi-yesterday": ("Hôm qua lúc 16:45", date(2024, 5, 1)),
    "id-yesterday": ("Kemarin pukul 16.45", date(2024, 5, 1)),
    "zh-yesterday": ("昨天 16:45", date(2024, 5, 1)),
    "zh-today": ("今天 10:05", date(2024, 5, 2)),
    "ja-yesterday": ("昨日 16:45", date(2024, 5, 1)),
    "ko-yesterday": ("어제 16:45", date(2024, 5, 1)),
}


@pytest.mark.parametrize("converter", CONVERTERS)
@pytest.mark.parametrize("case", sorted(DAY_WORDS))
def test_a_day_word_and_its_time_in_more_languages(case: str, converter: str) -> None:
    line, day = DAY_WORDS[case]
    assert _published(converter, line) == day


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("3小时前", 3 * 3600),
        ("发布于3小时前", 3 * 3600),
        ("3시간 전", 3 * 3600),
        ("1年前", 365 * 86400),
    ],
)
def test_a_glued_relative_time_inside_a_line(text: str, seconds: int) -> None:
    found = find_relative(text)
    assert found is not None and found.seconds == seconds


@pytest.mark.parametrize(
    "text",
    [
        "5月2日前後に会う",  # "around May 2": a date's day before "around", no relative time
        "前回の記事",  # "the previous article"
        "set a timer here and wait",  # English words, no Danish hours
        "Ayer vino Ana a las 16:45",  # a day word in a sentence
    ],
)
def test_must_not_read_a_relative_time_in_such_words(text: str) -> None:
    assert find_relative(text) is None
    assert read_relative(text, reference=FETCHED) == (None, None)


def test_a_day_word_without_a_reference_time_is_unresolved() -> None:
    assert read_relative("Ayer a las 16:45")[1] is not None
    assert read_relative("3小时前")[1] is not None


def test_a_comment_readers_timestamp_keeps_its_narrower_day_words() -> None:
    # read_timestamp (the comment readers' time lines) reads the English, German and French day
    # words alone; the header's relative reader reads the others
    assert read_timestamp("Ayer a las 16:45", reference=FETCHED) == (None, None)
    assert read_timestamp("Yesterday at 4:45 PM", reference=FETCHED)[0] is not None


# --- an update's date before the publication's, in more languages and in the page's order -------

UPDATE_FIRST = {
    "sv": ("Uppdaterad 3 maj 2024 · Publicerad 2 maj 2024", BODY),
    "da": ("Opdateret 3. maj 2024 - Publiceret 2. maj 2024", BODY),
    "no": ("Oppdatert 3. mai 2024 Publisert 2. mai 2024", BODY),
    "fi": ("Päivitetty 3.5.2024 Julkaistu 2.5.2024", BODY),
    "pl": ("Zaktualizowano: 3 maja 2024 Opublikowano: 2 maja 2024", BODY),
    "cs": ("Aktualizováno 3. května 2024 Publikováno 2. května 2024", BODY),
    "tr": ("Güncelleme: 3 Mayıs 2024 Yayınlanma: 2 Mayıs 2024", BODY),
    "ja": ("更新日：2024年5月3日 公開日：2024年5月2日", BODY),
    "zh": ("更新时间：2024年5月3日 发布时间：2024年5月2日", BODY),
    "ko": ("수정 2024.05.03 12:00 입력 2024.05.02 10:00", BODY),
    # numeric dates day first, as the page's language writes them
    "es-numeric": ("Actualizado 03/05/2024 10:00 · Publicado 02/05/2024", CUERPO),
    "fr-numeric": ("Mis à jour le 03/05/2024 à 12h00 - Publié le 02/05/2024 à 10h00", CORPS),
    "it-numeric": ("Aggiornato il 03/05/2024 - Pubblicato il 02/05/2024", CORPO),
}


@pytest.mark.parametrize("converter", CONVERTERS)
@pytest.mark.parametrize("case", sorted(UPDATE_FIRST))
def test_an_update_before_the_publication_in_more_languages(case: str, converter: str) -> None:
    line, body = UPDATE_FIRST[case]
    assert _published(converter, line, body) == date(2024, 5, 2)


@pytest.mark.parametrize("converter", CONVERTERS)
@pytest.mark.parametrize(
    ("line", "body", "day"),
    [
        # an update alone still dates the page; month first where the page's words say nothing
        ("Uppdaterad 3 maj 2024", BODY, date(2024, 5, 3)),
        ("Updated 05/03/2024 Published 05/02/2024", BODY, date(2024, 5, 2)),
        ("Aktualisiert am 03.05.2024, erstellt am 02.05.2024", KÖRPER, date(2024, 5, 2)),
    ],
)
def test_must_not_misread_an_update_alone_or_a_month_first_pair(
    line: str, body: Sequence[str], day: date, converter: str
) -> None:
    assert _published(converter, line, body) == day


# --- a numeric date with slashes, day first on a page in a language that writes it so -----------

#: (headline, body) of an invented page in each language (the same ferry story).
PAGES = {
    "vi": (
        "Phà sẽ chạy mỗi giờ từ tháng năm",
        (
            "Phà giữa hai hòn đảo sẽ chạy mỗi giờ từ ngày một tháng năm, cảng cho biết hôm thứ hai "
            "sau một mùa hè có nhiều hàng dài ở cả hai bến.",
            "Hai chiếc tàu mới được đóng ở một xưởng phía bắc sẽ tham gia cùng chiếc cũ, vốn được "
            "giữ lại cho những cơn bão mùa đông và các chuyến đi của trường học.",
        ),
    ),
    "id": (
        "Feri akan berangkat setiap jam mulai Mei",
        (
            "Feri antara kedua pulau akan berangkat setiap jam mulai tanggal satu Mei, kata otoritas "
            "pelabuhan pada hari Senin setelah musim panas dengan antrean panjang di kedua dermaga.",
            "Dua kapal baru dari sebuah galangan di utara akan bergabung dengan kapal lama yang "
            "disimpan untuk badai musim dingin dan untuk perjalanan sekolah di musim gugur.",
        ),
    ),
    "tr": (
        "Feribot mayıstan itibaren her saat başı çalışacak",
        (
            "İki ada arasındaki feribot bir Mayıs'tan itibaren her saat başı çalışacak, liman "
            "idaresi pazartesi günü iki iskelede de uzun kuyrukların olduğu bir yazın ardından "
            "açıkladı.",
            "Kuzeydeki bir tersaneden alınan iki yeni tekne, kış fırtınaları ve sonbahardaki okul "
            "gezileri için yedekte tutulan eskisine katılacak ve bu yıl sefere çıkacak.",
        ),
    ),
    "pl": (
        "Prom będzie kursował co godzinę od maja",
        (
            "Prom między dwiema wyspami będzie kursował co godzinę od pierwszego maja, poinformował "
            "w poniedziałek zarząd portu po lecie z długimi kolejkami na obu przystaniach.",
            "Dwie nowe łodzie ze stoczni na północy dołączą do starej, która pozostanie w rezerwie "
            "na zimowe sztormy i szkolne wycieczki jesienią.",
        ),
    ),
    "ru": (
        "Паром будет ходить каждый час с мая",
        (
            "Паром между двумя островами будет ходить каждый час с первого мая, сообщило в "
            "понедельник управление порта после лета с длинными очередями на обоих причалах.",
            "Две новые лодки с верфи на севере присоединятся к старой, которая останется в резерве "
            "на время зимних штормов и школьных поездок осенью.",
        ),
    ),
    "el": (
        "Το πλοίο θα κάνει δρομολόγιο κάθε ώρα από τον Μάιο",
        (
            "Το πλοίο ανάμεσα στα δύο νησιά θα κάνει δρομολόγιο κάθε ώρα από την πρώτη Μαΐου, "
            "ανακοίνωσε τη Δευτέρα η λιμενική αρχή μετά από ένα καλοκαίρι με μεγάλες ουρές.",
            "Δύο νέα σκάφη από ένα ναυπηγείο στον βορρά θα ενταχθούν στο παλιό, που θα μείνει σε "
            "εφεδρεία για τις χειμερινές καταιγίδες και τις σχολικές εκδρομές.",
        ),
    ),
    "ar": (
        "العبارة ستبحر كل ساعة اعتبارا من مايو",
        (
            "ستبحر العبارة بين الجزيرتين كل ساعة اعتبارا من الأول من مايو، حسبما قالت سلطة الميناء "
            "يوم الاثنين بعد صيف من الطوابير الطويلة على الرصيفين.",
            "وستنضم سفينتان جديدتان من حوض بناء في الشمال إلى السفينة القديمة التي ستبقى احتياطا "
            "لعواصف الشتاء ورحلات المدارس في الخريف.",
        ),
    ),
    "pt": (
        "Balsa vai sair de hora em hora a partir de maio",
        (
            "A balsa entre as duas ilhas vai sair de hora em hora a partir de primeiro de maio, disse "
            "na segunda-feira a autoridade do porto, depois de um verão de longas filas nos dois cais.",
            "Dois barcos novos de um estaleiro do norte vão se juntar ao antigo, que fica de reserva "
            "para as tempestades de inverno e para os passeios das escolas no outono.",
        ),
    ),
}


def _published_in(language: str, converter: str, line: str) -> date | None:
    headline, body = PAGES[language]
    page = render(converter, headline, [("", "Jane Doe"), line], body)
    value = newsparse.parse(page).published
    return value.date() if isinstance(value, datetime) else value


@pytest.mark.parametrize("converter", CONVERTERS)
@pytest.mark.parametrize("language", sorted(PAGES))
def test_a_slashed_date_is_day_first_in_more_languages(language: str, converter: str) -> None:
    assert _published_in(language, converter, "02/05/2024 10:00") == date(2024, 5, 2)


@pytest.mark.parametrize("converter", CONVERTERS)
@pytest.mark.parametrize("line", ["2 tháng 5, 2024", "Ngày 2 tháng 5 năm 2024"])
def test_a_vietnamese_date_with_its_months_number(line: str, converter: str) -> None:
    assert _published_in("vi", converter, line) == date(2024, 5, 2)


@pytest.mark.parametrize("converter", CONVERTERS)
def test_must_not_read_an_english_pages_slashed_date_day_first(converter: str) -> None:
    # an English page that names a few foreign words keeps the month first
    body = [*BODY, 'The crews call the ferry "bir feribot" and "паром", and the islanders agree.']
    assert _published(converter, "05/02/2024", body) == date(2024, 5, 2)


def test_must_not_read_a_number_before_thang_without_a_year_as_a_date() -> None:
    assert newsparse.parse("Tin tức\n\nCó 2 tháng 5 người đến\n\nVăn bản.").published is None


# --- a page in Hindi: month names, relative times, a writer's label -------------------------------

HINDI_HEADLINE = "नौका मई से हर घंटे चलेगी"
HINDI_BODY = (
    "दोनों द्वीपों के बीच नौका एक मई से हर घंटे चलेगी, बंदरगाह प्राधिकरण ने सोमवार को कहा, दोनों घाटों "
    "पर लंबी कतारों वाली गर्मी के बाद।",
    "उत्तर के एक शिपयार्ड से आई दो नई नावें पुरानी नाव के साथ जुड़ेंगी, जो सर्दियों के तूफानों और "
    "स्कूलों की यात्राओं के लिए रखी जाएगी।",
)


def _hindi(converter: str, header: list[str | tuple[str, str]]) -> newsparse.Article:
    page = render(converter, HINDI_HEADLINE, header, HINDI_BODY)
    return newsparse.parse(page, reference_time=FETCHED)


@pytest.mark.parametrize("converter", CONVERTERS)
@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("2 मई 2024", date(2024, 5, 2)),
        ("02 मई, 2024 10:00 AM IST", date(2024, 5, 2)),
        ("मई 2, 2024", date(2024, 5, 2)),
        ("3 घंटे पहले", date(2024, 5, 2)),
        ("2 दिन पहले", date(2024, 4, 30)),
    ],
)
def test_a_date_on_a_hindi_page(line: str, day: date, converter: str) -> None:
    value = _hindi(converter, [("By", "Rahul Sharma"), line]).published
    assert (value.date() if isinstance(value, datetime) else value) == day


@pytest.mark.parametrize("converter", CONVERTERS)
def test_a_hindi_writers_label(converter: str) -> None:
    assert _hindi(converter, [("लेखक:", "राहुल शर्मा"), "2 मई 2024"]).authors == ("राहुल शर्मा",)


@pytest.mark.parametrize("converter", CONVERTERS)
def test_must_not_read_a_press_conference_as_a_hindi_byline(converter: str) -> None:
    # "संवाददाता" (correspondent) opens "संवाददाता सम्मेलन" (press conference): a label before a
    # colon only
    header: list[str | tuple[str, str]] = [
        "संवाददाता सम्मेलन में मंत्री",
        ("By", "Rahul Sharma"),
        "2 मई 2024",
    ]
    assert _hindi(converter, header).authors == ("Rahul Sharma",)
