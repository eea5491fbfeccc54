"""Byline families of sites never seen, eighth round (issue 19), in the six converters'
renderings of :mod:`tests.test_header_families_round3` (every page and name invented):

- a writer's role set before the name (``Reporter Jane Doe``, ``Staff Writer Omar Farouk``), as
  many sites in Asia and many local papers print it; must not: a credit in a list (``Producer:
  Jane Doe``), a role alone, a role before words that are no name;
- co-writers named one a line over the date (``Jane Doe`` / ``Omar Farouk`` / ``May 2, 2024``:
  the writers' cards of a byline); must not: a name said twice (a link and its text), a
  photographer's credit between the name and the date;
- a blog's post-meta sentence that names the writer inside it (``Posted in News by Jane Doe on
  May 2, 2024``, ``This entry was posted in News on May 2, 2024 by Jane Doe.``, in German and
  French too); must not: a post-meta sentence without a writer, or with a user name in lower
  case (``admin``), or "by" before words that are no name;
- a name over a row of share buttons over the date (``Jane Doe`` / ``Twitter`` / ``Facebook`` /
  ``Email`` / ``May 2, 2024``); must not: a name over a share row over no date;
- a name linked to a writer's page, as html2text keeps the link (``[Jane Doe](/author/jane-doe)``,
  ``/autoren/…``, a handle ``/@jdoe``), the only converter of the six that keeps a link's
  address; must not: a link to a tag, a topic, or a person's page that is no writer's;
- a credit of another kind than the writer's before a "by" (``Sponsored by …``, ``Presented by
  …``, ``Medically reviewed by …``) is no byline, where ``Story by …`` is;
- an outlet before its byline after a spaced dash (``CNN — By Jane Doe``); must not: a photo's
  credit glued to its agency (``Benoit Tessier/Reuters``, which stands under a picture);
- several names in Chinese, Japanese or Korean characters before a reporter's role
  (``김철수·이영희 기자``, ``王小明、李华 报道``); must not: a word that holds the role's characters
  (``記者会見``, a press conference);
- a Japanese name over the date with its family and given names apart (``山田　太郎``), read as
  one person; must not: a row of section words over the date (``政治 経済 ニュース``,
  ``関連 記事``);
- and the other way round, a tag linked to its page over the date (``[Harbour Works](/tag/…)``
  / ``May 2, 2024``) is no writer, where a name over the date is; must not: a writer linked to
  a ``/people/…`` page (sites link writers there as often as subjects).
"""

from __future__ import annotations

import pytest

import newsparse
from tests.test_header_families_round3 import BODY, CONVERTERS, render

HEADLINE = "Ferry to run every hour from May"
DAY = "May 2, 2024"

ROLE_FIRST = {
    "reporter": ("Reporter Jane Doe", ("Jane Doe",)),
    "staff-writer": ("Staff Writer Omar Farouk", ("Omar Farouk",)),
    "senior-correspondent": ("Senior Correspondent Li Wei", ("Li Wei",)),
    "contributor": ("Contributor Ana Ruiz", ("Ana Ruiz",)),
}


@pytest.mark.parametrize("converter", CONVERTERS)
@pytest.mark.parametrize("case", sorted(ROLE_FIRST))
def test_a_role_before_the_name_is_no_part_of_it(case: str, converter: str) -> None:
    line, names = ROLE_FIRST[case]
    page = render(converter, HEADLINE, [line, DAY], BODY)
    assert newsparse.parse(page).authors == names


NOT_BYLINES = {
    "credit-in-a-list": "Producer: Jane Doe",
    "role-alone": "Staff Writer",
    "role-then-words": "Reporter of the Year shortlist",
}


@pytest.mark.parametrize("converter", CONVERTERS)
@pytest.mark.parametrize("case", sorted(NOT_BYLINES))
def test_a_role_before_no_name_is_no_byline(case: str, converter: str) -> None:
    page = render(converter, HEADLINE, [NOT_BYLINES[case], DAY], BODY)
    assert newsparse.parse(page).authors == ()


STACKED = {
    "two": (["Jane Doe", "Omar Farouk"], ("Jane Doe", "Omar Farouk")),
    "three": (["Jane Doe", "Omar Farouk", "Li Wei"], ("Jane Doe", "Omar Farouk", "Li Wei")),
    "said-twice": (["Jane Doe", "Jane Doe"], ("Jane Doe",)),
    "credit-between": (["Jane Doe", "Photo: Omar Farouk"], ("Jane Doe",)),
}


@pytest.mark.parametrize("converter", CONVERTERS)
@pytest.mark.parametrize("case", sorted(STACKED))
def test_co_writers_one_a_line_over_the_date_are_all_read(case: str, converter: str) -> None:
    lines, names = STACKED[case]
    page = render(converter, HEADLINE, [*lines, DAY], BODY)
    assert newsparse.parse(page).authors == names


POST_META = {
    "posted-in-by-on": (["Posted in News by Jane Doe on May 2, 2024"], [], ("Jane Doe",)),
    "entry-was-posted": (
        [DAY],
        ["This entry was posted in News and tagged ferry on May 2, 2024 by Jane Doe."],
        ("Jane Doe",),
    ),
    "veroeffentlicht": (
        ["2. Mai 2024"],
        ["Veröffentlicht in Lokales von Jana Berger am 2. Mai 2024"],
        ("Jana Berger",),
    ),
    "publie": (
        ["2 mai 2024"],
        ["Publié dans Région par Jeanne Morel le 2 mai 2024"],
        ("Jeanne Morel",),
    ),
    "no-writer": ([DAY], ["Posted in News | Leave a comment"], ()),
    "user-name": ([DAY], ["This entry was posted in News on May 2, 2024 by admin."], ()),
    "by-no-name": ([DAY], ["Posted in News by the harbour on May 2, 2024"], ()),
}


@pytest.mark.parametrize("converter", CONVERTERS)
@pytest.mark.parametrize("case", sorted(POST_META))
def test_a_post_meta_sentence_names_the_writer_inside_it(case: str, converter: str) -> None:
    header, tail, names = POST_META[case]
    page = render(converter, HEADLINE, header, [*BODY, *tail])
    assert newsparse.parse(page).authors == names


def _html2text(header: list[str]) -> str:
    """An invented page as html2text writes it, with the ``header`` lines under the headline."""
    top = f"[Porto Gazette](/)\n\n  * [Home](/)\n  * [News](/news)\n\n# {HEADLINE}\n\n"
    return top + "\n\n".join([*header, *BODY]) + "\n"


AUTHOR_LINKS = {
    "author": (["[Jane Doe](https://porto.example/author/jane-doe)"], ("Jane Doe",)),
    "two-lines": (
        ["[Jane Doe](/authors/jane-doe/)", "[Omar Farouk](/authors/omar-farouk/)"],
        ("Jane Doe", "Omar Farouk"),
    ),
    "two-on-a-line": (
        ["[Jane Doe](/author/jdoe) and [Li Wei](/author/lwei)", DAY],
        ("Jane Doe", "Li Wei"),
    ),
    "german-bold": (
        ["Von **[Jana Berger](https://porto.example/autoren/jana-berger/) **"],
        ("Jana Berger",),
    ),
    "handle": (["[Jane Doe](https://blog.example/@jdoe)"], ("Jane Doe",)),
    "tag": (["[Ferry News](https://porto.example/tag/ferry-news)"], ()),
    "topic-person": (["[Jane Doe](https://porto.example/topics/jane-doe)"], ()),
}


@pytest.mark.parametrize("case", sorted(AUTHOR_LINKS))
def test_a_name_linked_to_a_writers_page_is_the_byline(case: str) -> None:
    header, names = AUTHOR_LINKS[case]
    assert newsparse.parse(_html2text(header)).authors == names


SHARED = {
    "three-buttons": (["Jane Doe", "Twitter", "Facebook", "Email", DAY], ("Jane Doe",)),
    "two-buttons": (["Omar Farouk", "Facebook", "Email", DAY], ("Omar Farouk",)),
    "no-date": (["Jane Doe", "Twitter", "Facebook", "Email"], ()),
}


@pytest.mark.parametrize("converter", CONVERTERS)
@pytest.mark.parametrize("case", sorted(SHARED))
def test_a_name_over_a_share_row_over_the_date_is_the_byline(case: str, converter: str) -> None:
    header, names = SHARED[case]
    assert newsparse.parse(render(converter, HEADLINE, header, BODY)).authors == names


TOPIC_LINKS = {
    "tag": (["[Harbour Works](https://porto.example/tag/harbour-works)", DAY], ()),
    "category": (["* [Island Life](/category/island-life/)", DAY], ()),
    "people-page": (["[Jane Doe](https://porto.example/people/381/jane-doe)", DAY], ("Jane Doe",)),
}


@pytest.mark.parametrize("case", sorted(TOPIC_LINKS))
def test_a_tag_linked_to_its_page_over_the_date_is_no_writer(case: str) -> None:
    header, names = TOPIC_LINKS[case]
    assert newsparse.parse(_html2text(header)).authors == names


CREDITS = {
    "sponsored": ("Sponsored by Harbour Bank", ()),
    "presented": ("Presented by Omar Farouk", ()),
    "reviewed": ("Medically reviewed by Dr. Jane Doe", ()),
    "story": ("Story by Jane Doe", ("Jane Doe",)),
}


@pytest.mark.parametrize("converter", CONVERTERS)
@pytest.mark.parametrize("case", sorted(CREDITS))
def test_a_sponsors_or_reviewers_credit_is_no_byline(case: str, converter: str) -> None:
    line, names = CREDITS[case]
    assert newsparse.parse(render(converter, HEADLINE, [line, DAY], BODY)).authors == names


OUTLET_ROWS = {
    "em-dash": ("CNN — By Jane Doe", ("Jane Doe",)),
    "en-dash": ("The Valley Times – By Omar Farouk", ("Omar Farouk",)),
    "photo-credit": ("Rui Costa/Reuters", ()),
}


@pytest.mark.parametrize("converter", CONVERTERS)
@pytest.mark.parametrize("case", sorted(OUTLET_ROWS))
def test_an_outlet_before_its_byline_after_a_dash(case: str, converter: str) -> None:
    line, names = OUTLET_ROWS[case]
    assert newsparse.parse(render(converter, HEADLINE, [line, DAY], BODY)).authors == names


CJK_SIGNED = {
    "ko-two": ("김철수·이영희 기자", "2024.05.02", ("김철수", "이영희")),
    "ko-three": ("김철수, 이영희, 박민수 기자", "2024.05.02", ("김철수", "이영희", "박민수")),
    "zh-two": ("王小明、李华 报道", "2024年5月2日", ("王小明", "李华")),
    "ja-press-conference": ("記者会見", "2024年5月2日", ()),
}


@pytest.mark.parametrize("converter", CONVERTERS)
@pytest.mark.parametrize("case", sorted(CJK_SIGNED))
def test_several_cjk_names_before_a_reporters_role(case: str, converter: str) -> None:
    line, day, names = CJK_SIGNED[case]
    assert newsparse.parse(render(converter, HEADLINE, [line, day], BODY)).authors == names


CJK_SPACED = {
    "ideographic-space": ("山田\u3000太郎", ("山田太郎",)),
    "space": ("佐藤 花子", ("佐藤花子",)),
    "two-chinese-names": ("王小明 李华", ("王小明", "李华")),
    "section-row": ("政治 経済 ニュース", ()),
    "related": ("関連 記事", ()),
}


@pytest.mark.parametrize("converter", CONVERTERS)
@pytest.mark.parametrize("case", sorted(CJK_SPACED))
def test_a_japanese_name_spaced_over_the_date_is_one_person(case: str, converter: str) -> None:
    line, names = CJK_SPACED[case]
    page = render(converter, HEADLINE, [line, "2024年5月2日"], BODY)
    assert newsparse.parse(page).authors == names
