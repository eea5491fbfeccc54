"""Families of date and byline misses on sites the rules were not written on (issue 19).

Every page here is invented (no text of a real page), set in the form the converters give it
(w3m's bullets, lynx's three-space indent, html2text's ``#`` headings and ``__`` icons,
inscriptis' nesting indent, BeautifulSoup's one-element-a-line).
"""

from __future__ import annotations

from datetime import date, datetime

import newsparse
from newsparse._dates import day_order, find_date, find_yearless
from tests.ferry import BODY

# an article body in German, under the German headers below
KÖRPER = (
    "Die Fähre zwischen den beiden Inseln fährt vom ersten Mai an jede Stunde, teilte die "
    "Hafenbehörde am Montag mit, nach einem Sommer mit langen Schlangen an beiden Anlegern.\n\n"
    "Zwei neue Boote aus einer Werft im Norden kommen zu dem alten hinzu, das für die "
    "Winterstürme und die Schulfahrten im Herbst als Ersatz bereitsteht und gewartet wird.\n\n"
    "Die Preise für die Bewohner bleiben gleich, während Besucher im Sommer etwas mehr zahlen, "
    "um die Kosten der Mannschaften, des Treibstoffs und der Reparaturen zu decken.\n"
)


def _day(value: object) -> date | None:
    return value.date() if isinstance(value, datetime) else value  # type: ignore[return-value]


# --- a German page writes dates with dots: its slashes are a template's, month first ----------


def test_a_slash_date_on_a_german_page_is_read_month_first_w3m() -> None:
    page = (
        "Inselbote\nSuche\n\n  • News\n  • Tests\n\nFähren\n11/03/2022\n\n"
        "Neue Fähre: Was kann das Boot mit dem Elektroantrieb?\n\n"
        "Wir sind mitgefahren\n\nvon Petra Lindqvist\n\n" + KÖRPER
    )
    assert _day(newsparse.parse(page).published) == date(2022, 11, 3)


def test_a_slash_date_on_a_german_page_is_read_month_first_bs4() -> None:
    page = (
        "Neue Fähre: Was kann das Boot mit dem Elektroantrieb? | Inselbote\n\nInselbote\n\nSuche\n\n"
        "Fähren\n\n11/03/2022\n\nNeue Fähre: Was kann das Boot mit dem Elektroantrieb?\n\n"
        "Wir sind mitgefahren\n\nvon\n\nPetra Lindqvist\n\n" + KÖRPER
    )
    assert _day(newsparse.parse(page).published) == date(2022, 11, 3)


def test_the_day_that_cannot_be_a_month_still_settles_a_german_page() -> None:
    # (evidence on the page beats the template guess: 25/03 can only be day first)
    lines = ["Stand: 11/03/2022, und die Fähre ist mit der Zeit auf der Liste", "25/03/2022"]
    assert day_order(lines) is True


def test_a_french_page_still_writes_its_slash_dates_day_first() -> None:
    lines = ["Publié le 11/03/2022 dans la rubrique des sports et de la culture pour les lecteurs"]
    assert day_order(lines) is True


# --- a byline's name glued to its date; a month and its year are no day ----------------------


def test_a_date_glued_to_the_name_before_it_is_read() -> None:
    assert find_date("AvatarPetra Lindqvist22. Februar 2020")[0] == date(2020, 2, 22)  # type: ignore[index]
    assert find_date("Petra LindqvistNovember 20, 2019")[0] == date(2019, 11, 20)  # type: ignore[index]


def test_letters_glued_to_figures_are_no_date() -> None:
    assert find_date("Windows10.5.2020 release notes") is None
    assert find_date("model abc12/03/2019") is None


def test_a_month_and_its_year_are_no_day_of_the_month() -> None:
    assert find_yearless("Petra Lindqvist Februar 2020", after=date(2000, 1, 1)) is None
    assert find_yearless("Petra Lindqvist Februar 20", after=date(2000, 1, 1)) is not None


def test_a_glued_name_and_date_under_the_headline_date_the_page_lynx() -> None:
    page = (
        "   Inselbote\n\n     * Podcast\n     * Lesungen\n\n"
        "Neue Fähre: Was kann das Boot mit dem Elektroantrieb?\n\n"
        "   AvatarAvatarPetra Lindqvist22. Februar 2020\n\n"
        + "\n".join("   " + line if line else "" for line in KÖRPER.splitlines())
        + "\n   Ähnliche Beiträge\n\n     * Ein anderes Gespräch\n       Jan Holm20. Februar 2020\n\n"
        "   © Inselbote 2016\n"
    )
    assert _day(newsparse.parse(page).published) == date(2020, 2, 22)


def test_a_glued_name_and_date_under_the_headline_date_the_page_inscriptis() -> None:
    page = (
        "  Inselbote\n    Podcast\n    Lesungen\n\n"
        "    Neue Fähre: Was kann das Boot mit dem Elektroantrieb?\n\n"
        "      AvatarAvatarPetra Lindqvist22. Februar 2020\n\n"
        + "\n".join("      " + line if line else "" for line in KÖRPER.splitlines())
        + "\n  © Inselbote 2016\n"
    )
    assert _day(newsparse.parse(page).published) == date(2020, 2, 22)


# --- a meta row that opens with the date, however long the converter makes it ------------------

TAGS = "Travel, Islands Ferries, Harbours, Boats, Timetables, Summer, Winter, Crews, Fares"


def test_a_meta_row_opening_with_the_date_dates_the_page_html2text() -> None:
    page = (
        "# [![Harbour Diary](https://example.org/logo.png)](https://example.org/)\n\n"
        "## Ferry to run every hour from May, the harbour board says\n\n"
        "__Wednesday, March 7, 2018 __[14](https://example.org/2018/03/07/ferry/#comments) "
        f"__[Travel](https://example.org/category/travel/) __{TAGS} "
        "__[Permalink](https://example.org/2018/03/07/ferry/)\n\n" + BODY
    )
    assert _day(newsparse.parse(page).published) == date(2018, 3, 7)


def test_a_meta_row_opening_with_the_date_dates_the_page_inscriptis() -> None:
    page = (
        "  Harbour Diary\n\n    Ferry to run every hour from May, the harbour board says\n\n"
        f"      Wednesday, March 7, 2018 14 {TAGS} Permalink\n\n"
        + "\n".join("      " + line if line else "" for line in BODY.splitlines())
    )
    assert _day(newsparse.parse(page).published) == date(2018, 3, 7)


def test_a_caption_wrapped_onto_a_line_that_opens_with_a_date_is_no_meta_row() -> None:
    # (w3m) a photo's caption under the standfirst, wrapped by the converter right before its
    # date: the page's own date line follows
    page = (
        "Harbour Diary\n\nFerry to run every hour from May, the harbour board says\n\n"
        "The new timetable answers a summer of complaints\n\n"
        "The old ferry leaves the north pier on its last trip before the repairs, seen here on\n"
        "June 28, 2015 with a full deck of passengers and two cars bound for the island school.\n\n"
        "May 2, 2024, 9:00 AM UTC\n\n" + BODY
    )
    assert _day(newsparse.parse(page).published) == date(2024, 5, 2)


# --- a caption's last line, wrapped by the converter, above the headline is no date line ---------


def test_a_wrapped_captions_date_above_the_headline_is_not_the_pages_lynx() -> None:
    # the photo's caption above the headline, wrapped by lynx before a capital: its last line
    # looks like a date line of its own; the page's date is under the byline
    caption = (
        "   Passengers wait for the last ferry of the day on the north pier of Harbour\n"
        "   Street, Porthaven on October 21, 2023.\n"
    )
    page = (
        "   #alternate alternate\n\n   (BUTTON)\n   Search for: ____________________ Search\n"
        "     * Islands\n     * Harbours\n     * Weather\n\n   Become A Member\n     * About\n\n"
        "   © HARBOUR DIARY\n\n   ALL RIGHTS RESERVED\n   Terms of Use Privacy\n\n"
        + caption
        + "   Donate Become\n   a member\n\n   (BUTTON) Ferry to run every hour from May\n\n"
        "   Passengers wait for the last ferry of the day on the north pier of Harbour Street,\n"
        "   on Oct. 21, 2023. Photo: Jan Holm/Harbour Diary\n\n"
        "Ferry to run every hour from May\n\n"
        "   With two new boats, the harbour board answers a summer of long queues on both\n"
        "   piers.\n"
        "   Petra Lindqvist, Jan Holm\n"
        "   November 8 2023, 3:18 p.m.\n\n   In partnership with\n   Donate\n"
        + caption
        + "\n   In partnership with\n\n"
        + "\n".join("   " + line if line else "" for line in BODY.splitlines())
    )
    assert _day(newsparse.parse(page).published) == date(2023, 11, 8)


# --- BeautifulSoup: a byline's names one a line, a comma on a line between them ----------------


def test_names_a_comma_line_apart_past_the_body_start_are_one_byline_bs4() -> None:
    page = (
        "Ferry to run every hour from May | Harbour Diary\n\nHarbour Diary\n\nIslands\n\n"
        "Ferry to run every hour from May\n\n"
        "With two new boats bought in the north, the harbour board answers a summer of long "
        "queues — often in the rain.\n\n"
        "Petra Lindqvist\n,\nOmar Farouk Haddad\n\nNovember 8 2023, 3:18 p.m.\n\n"
        "In partnership with\n\nDonate\n\n"
        "Passengers wait for the last ferry of the day on the north pier of Harbour Street, on "
        "Oct. 21, 2023.\n\nPhoto: Jan Holm/Harbour Diary\n\nIn partnership with\n\n" + BODY
    )
    assert newsparse.parse(page).authors == ("Petra Lindqvist", "Omar Farouk Haddad")


# --- an affiliation or a place after the names, in title case or in capitals -------------------


def _with_byline(line: str) -> str:
    return (
        "Harbour Diary\n\nNews Sport Weather\n\nFerry to run every hour from May\n\n"
        f"{line}\n\nMay 2, 2024\n\n{BODY}"
    )


def test_an_outlet_after_for_in_title_case_is_no_part_of_the_name() -> None:
    page = _with_byline("By Petra Lindqvist For Harbourdiary.com")
    assert newsparse.parse(page).authors == ("Petra Lindqvist",)


def test_an_outlet_after_for_in_capitals_is_no_part_of_the_name() -> None:
    page = _with_byline("By PETRA LINDQVIST AND JAN HOLM FOR HARBOURDIARY.COM")
    assert newsparse.parse(page).authors == ("Petra Lindqvist", "Jan Holm")


def test_a_place_and_an_outlet_after_the_name_in_capitals_are_no_part_of_it() -> None:
    page = _with_byline("By PETRA LINDQVIST IN PORTHAVEN FOR THE HARBOUR DIARY")
    assert newsparse.parse(page).authors == ("Petra Lindqvist",)


def test_a_name_ending_in_a_short_capitalised_word_keeps_it() -> None:
    # (a capital follows the cut words only when a place or an outlet does)
    assert newsparse.parse(_with_byline("By Kim Jae In")).authors == ("Kim Jae In",)


# --- bylines in Chinese, Japanese and Korean: a label before the name, or a role after it ------

CJK_BODY = (
    "两座岛屿之间的渡轮将从五月一日起每小时一班，港务局周一表示，此前整个夏天两个码头都排起了长队。\n\n"
    "从北方船厂购买的两艘新船将加入旧船的行列，旧船将在冬季风暴和秋季学校旅行时作为备用船只。\n\n"
    "居民票价保持不变，而游客在夏季将多付一点钱，用于支付船员、燃料和码头维修的费用。\n"
)


def _cjk_page(byline: str) -> str:
    return (
        "港口日报\n\n  • 新闻\n  • 体育\n\n渡轮五月起每小时一班\n\n"
        f"{byline}\n\n2024年5月2日 09:00\n\n{CJK_BODY}"
    )


def test_a_chinese_reporter_label_before_a_space_and_the_name_w3m() -> None:
    assert newsparse.parse(_cjk_page("记者 王小明")).authors == ("王小明",)


def test_a_chinese_text_label_before_a_slash_w3m() -> None:
    assert newsparse.parse(_cjk_page("文/王小明")).authors == ("王小明",)


def test_a_korean_name_and_its_reporter_role_after_it_bs4() -> None:
    page = (
        "페리 매시간 운항 | 항구일보\n\n항구일보\n\n뉴스\n\n페리 5월부터 매시간 운항\n\n"
        "김철수 기자\n\nkim@example.com\n\n2024.05.02 09:00\n\n"
        "두 섬을 잇는 페리가 5월 1일부터 매시간 운항한다고 항만청이 월요일 밝혔다.\n\n"
        "북쪽 조선소에서 사들인 새 배 두 척이 기존 배와 함께 운항하며, 기존 배는 예비선으로 쓰인다.\n\n"
        "주민 요금은 그대로이고, 관광객은 여름철에 선원과 연료, 선착장 수리 비용을 위해 조금 더 낸다.\n"
    )
    assert newsparse.parse(page).authors == ("김철수",)


def test_a_japanese_name_and_its_reporter_role_after_it_inscriptis() -> None:
    page = _cjk_page("    山田太郎 記者").replace("渡轮五月起", "    渡轮五月起")
    assert newsparse.parse(page).authors == ("山田太郎",)


def test_a_press_conference_is_no_reporter() -> None:
    from newsparse._authors import cjk_signed

    assert cjk_signed("記者会見") is None and cjk_signed("王小明") is None


# --- a name and a labelled date run together on one line ----------------------------------------


def test_an_update_label_between_the_name_and_the_date_is_no_part_of_the_name_w3m() -> None:
    page = (
        "Harbour Diary\n\n • News • Sport • Weather\n\nFerry to run every hour from May\n\n"
        "Petra Lindqvist Updated May 2, 2024, 9:00am EDT\n\n" + BODY
    )
    assert newsparse.parse(page).authors == ("Petra Lindqvist",)


def test_a_french_publication_label_between_the_name_and_the_date_html2text() -> None:
    page = (
        "[Aller au contenu](#main)\n\n# La navette passe toutes les heures dès mai\n\n"
        "Marie Dupont Publié le 2 mai 2024 à 09h00\n\n"
        "La navette entre les deux îles passera toutes les heures dès le premier mai, a dit "
        "lundi le port, après un été de longues files sur les deux quais et bien des plaintes.\n\n"
        "Deux bateaux neufs achetés dans un chantier du nord rejoindront l'ancien, gardé en "
        "réserve pour les tempêtes d'hiver et pour les sorties des écoles à l'automne.\n"
    )
    assert newsparse.parse(page).authors == ("Marie Dupont",)


def test_le_ending_a_name_before_its_date_stays_part_of_it() -> None:
    # (``le`` goes only after a label: a surname may be ``Le``)
    page = (
        "Harbour Diary\n\n • News • Sport • Weather\n\nFerry to run every hour from May\n\n"
        "Minh Anh Le May 2, 2024\n\n" + BODY
    )
    assert newsparse.parse(page).authors == ("Minh Anh Le",)


# --- roles, desks and the site's own name set after a name with a space -------------------------


def test_a_writers_role_after_the_name_is_no_part_of_it_labelled() -> None:
    for line in ("By Petra Lindqvist Senior Writer", "By Petra Lindqvist Opinion Contributor"):
        assert newsparse.parse(_with_byline(line)).authors == ("Petra Lindqvist",), line


def test_a_writers_role_after_a_bare_name_is_no_part_of_it_w3m() -> None:
    page = _with_byline("Petra Lindqvist Staff Writer")
    assert newsparse.parse(page).authors == ("Petra Lindqvist",)


def test_a_role_with_a_place_in_it_is_no_name_bs4() -> None:
    # (BeautifulSoup sets the role on a line of its own under the name)
    page = (
        "Ferry to run every hour from May | Harbour Diary\n\nHarbour Diary\n\n"
        "Ferry to run every hour from May\n\nMay 2, 2024 – 4:39 PM\n\nText Size\n\n"
        "Petra Lindqvist\n\nSenior Porthaven Correspondent\n\n" + BODY
    )
    assert newsparse.parse(page).authors in (None, (), ("Petra Lindqvist",))


def test_the_sites_staff_names_no_writer() -> None:
    assert newsparse.parse(_with_byline("By Harbour Diary Staff")).authors in (None, ())
    page = _with_byline("By Petra Lindqvist and Harbour Diary Staff")
    assert newsparse.parse(page).authors == ("Petra Lindqvist",)


def test_sponsored_content_and_a_team_name_no_writer() -> None:
    for line in ("By Sponsored Content", "By Press Release", "By Team Harbour"):
        assert newsparse.parse(_with_byline(line)).authors in (None, ()), line


def test_an_honorific_with_its_full_stop_opens_a_name() -> None:
    assert newsparse.parse(_with_byline("By Prof. Petra Lindqvist")).authors == (
        "Prof. Petra Lindqvist",
    )


# --- a labelled date wrapped by the converter between its day and its year ------------------------


def test_a_labelled_date_wrapped_before_its_year_is_read_lynx() -> None:
    page = (
        "   Harbour Diary\n\n     * News\n     * Islands\n\n"
        "Ferry to run every hour from May\n\n"
        "   [a1b2c3d4?s=96&d=mm] By Petra Lindqvist Last updated Nov 8,\n"
        "   2023 Share with a friend:   Share\n   384\n   Share\n\n"
        + "\n".join("   " + line if line else "" for line in BODY.splitlines())
    )
    assert _day(newsparse.parse(page).published) == date(2023, 11, 8)


def test_a_captions_date_wrapped_before_its_year_stays_the_captions_w3m() -> None:
    page = (
        "Harbour Diary\n\nFerry to run every hour from May\n\nMay 2, 2024\n\n"
        "Passengers wait for the last ferry on the north pier of Porthaven, updated Nov 8,\n"
        "2023. Photo: Jan Holm\n\n" + BODY
    )
    assert _day(newsparse.parse(page).published) == date(2024, 5, 2)
