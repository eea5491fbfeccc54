"""parse on the fixture pages, on noisy variants, and its round trip with render."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import newsparse
from newsparse import Article, Parsed

from .strategies import renderable_articles

PAGES = Path(__file__).parent / "data" / "pages"
DEMO = Path(newsparse.__file__).parent / "data" / "demo.txt"


def _page_text(name: str) -> str:
    path = DEMO if name == "demo" else PAGES / f"{name}.txt"
    return path.read_text(encoding="utf-8")


def _expected(name: str) -> Article:
    return newsparse.from_json((PAGES / f"{name}.expected.json").read_bytes())


NAMES = sorted(p.name.removesuffix(".expected.json") for p in PAGES.glob("*.expected.json"))


def _without_quotes(a: Article) -> Article:
    return attrs.evolve(a, quotes=())


@pytest.mark.parametrize("name", NAMES)
def test_fixture_page(name: str) -> None:
    got = newsparse.parse(_page_text(name))
    want = _expected(name)
    assert _without_quotes(got) == _without_quotes(want)


# --- noise that must change nothing but defects -----------------------------------------------

NOISE: dict[str, Callable[[str], str]] = {
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "lone cr": lambda t: t.replace("\n", "\r"),
    "tabs for the indent": lambda t: re.sub(r"(?m)^ {2,4}", "\t", t),
    "no-break spaces": lambda t: re.sub(r"(?m)(\S)$", "\\1\u00a0\u00a0", t),
    "zero-width and BOM": lambda t: (
        "\ufeff" + t.replace(" the ", " the\u200b ").replace("a", "a\u200d", 3)
    ),
    "trailing spaces": lambda t: re.sub(r"(?m)$", "   ", t),
    "doubled blank lines": lambda t: t.replace("\n\n", "\n\n\n"),
    "leading blank lines": lambda t: "\n\n\n" + t,
}


@pytest.mark.parametrize("noise", sorted(NOISE))
@pytest.mark.parametrize("name", NAMES)
def test_noise_changes_nothing(name: str, noise: str) -> None:
    text = _page_text(name)
    assert newsparse.parse(NOISE[noise](text)) == newsparse.parse(text)


@pytest.mark.parametrize("name", NAMES)
def test_cp1252_bytes_and_mojibake(name: str) -> None:
    text = _page_text(name)
    result = newsparse.parse_detailed(text.encode("cp1252", errors="strict"))
    assert result.article == newsparse.parse(text)
    assert [d.kind for d in result.defects][:1] == ["encoding-repaired"]
    mojibake = text.encode("utf-8").decode("cp1252", errors="replace")
    if "\ufffd" not in mojibake:
        assert newsparse.parse(mojibake) == newsparse.parse(text)


# --- what a page may lack or add ----------------------------------------------------------------

PAGE = """Tide mill reopens after repairs

Published: June 9, 2023
By Carys Penhale
Volunteers spent two winters on the wheel.

Volunteers spent two  winters on the wheel.


The tide mill at Porthellow turned again on Saturday for the first time since 2019.

Its wheel was rebuilt from oak felled on the estate, the trust said.

Published in The Porthellow Post, June 9th, 2023.

Facebook Conversations

Reader Comments (3)

  • Morwenna
    Jun 9, 2023 - 12:05AM

    Lovely to hear it again.Recommend

  • Jun 9, 2023 - 12:40PM

    Who paid for the oak?

  • Jory Tregear
    Jun 10, 2023 - 9:01AM


    Who paid for the oak?

    The estate gave it, as the article says.
    Reply

More in Cornwall
"""


def test_the_layout_parts() -> None:
    result = newsparse.parse_detailed(PAGE)
    a = result.article
    assert a.title == "Tide mill reopens after repairs"
    assert a.authors == ("Carys Penhale",)
    assert a.subtitle == "Volunteers spent two winters on the wheel."
    assert a.source == "The Porthellow Post"
    assert a.section == "Cornwall"
    assert a.comment_count == 3
    assert len(a.paragraphs) == 2
    morwenna, anonymous, jory = a.comments
    assert morwenna.text == "Lovely to hear it again."
    assert morwenna.posted == datetime(2023, 6, 9, 0, 5)  # 12:05AM
    assert anonymous.author is None
    assert anonymous.posted == datetime(2023, 6, 9, 12, 40)
    assert jory.quoted == ("Who paid for the oak?",)
    assert jory.reply_to == 1
    assert jory.text == "The estate gave it, as the article says."
    assert [d.text for d in result.dropped] == [
        "Volunteers spent two  winters on the wheel.",
        "Facebook Conversations",
        "Recommend",
        "Reply",
    ]
    assert result.defects == ()


def _drop_lines(text: str, *starts: str) -> str:
    return "\n".join(line for line in text.split("\n") if not line.strip().startswith(starts))


@pytest.mark.parametrize(
    ("missing", "field", "value"),
    [
        (("Published: ", "Published in"), "published", None),
        (("Volunteers",), "subtitle", None),
        (("Published in",), "source", None),
        (("By ",), "authors", ()),
    ],
)
def test_missing_parts(missing: tuple[str, ...], field: str, value: object) -> None:
    full = newsparse.parse(PAGE)
    article = newsparse.parse(_drop_lines(PAGE, *missing))
    assert getattr(article, field) == value
    assert article.comments == full.comments
    assert article.paragraphs == full.paragraphs


def test_no_comment_section() -> None:
    text = PAGE[: PAGE.index("Facebook")] + "More in Cornwall\n"
    a = newsparse.parse(text)
    assert (a.comment_count, a.comments, a.section) == (None, (), "Cornwall")


def test_comment_without_author_line_and_count_mismatch() -> None:
    text = PAGE.replace("Reader Comments (3)", "Reader Comments (40)")
    result = newsparse.parse_detailed(text)
    assert result.article.comment_count == 40
    assert len(result.article.comments) == 3
    (defect,) = result.defects
    assert isinstance(defect, newsparse.CommentCountMismatch)
    assert defect.line == PAGE.split("\n").index("Reader Comments (3)") + 1


@pytest.mark.parametrize("label", ["Recommend", "Reply", "Report"])
@pytest.mark.parametrize("glue", ["", " ", "\n    "])
def test_button_labels_glued_or_alone(label: str, glue: str) -> None:
    text = PAGE.replace("again.Recommend", f"again.{glue}{label}")
    result = newsparse.parse_detailed(text)
    assert result.article.comments[0].text == "Lovely to hear it again."
    assert label in [d.text for d in result.dropped]


def test_bad_timestamp_is_a_defect_and_the_comment_is_kept() -> None:
    result = newsparse.parse_detailed(
        PAGE.replace("Jun 9, 2023 - 12:40PM", "Jun 31, 2023 - 12:40PM")
    )
    assert result.article.comments[1].posted is None
    assert result.article.comments[1].text == "Who paid for the oak?"
    assert [d.kind for d in result.defects] == ["unparsed-timestamp"]


def test_print_line_date_must_agree() -> None:
    result = newsparse.parse_detailed(PAGE.replace("June 9th, 2023", "June 19th, 2023"))
    assert result.article.published is not None
    assert result.article.published.isoformat() == "2023-06-09"
    assert [d.kind for d in result.defects] == ["dates-disagree"]


def test_strict_policy_raises_the_first_defect() -> None:
    text = PAGE.replace("Reader Comments (3)", "Reader Comments (4)")
    with pytest.raises(newsparse.DefectError) as info:
        newsparse.parse(text, policy=newsparse.STRICT)
    assert isinstance(info.value.defect, newsparse.CommentCountMismatch)
    assert newsparse.parse(PAGE, policy=newsparse.STRICT) == newsparse.parse(PAGE)


def test_time_zone_and_reference_time() -> None:
    from datetime import timedelta, timezone

    berlin = timezone(timedelta(hours=1))
    a = newsparse.parse(PAGE, tz=berlin)
    assert a.comments[0].posted == datetime(2023, 6, 9, 0, 5, tzinfo=berlin)
    assert a.published is not None and not isinstance(a.published, datetime)
    relative = PAGE.replace("Jun 10, 2023 - 9:01AM", "Yesterday at 9:01 AM")
    got = newsparse.parse(relative, reference_time=datetime(2023, 6, 11, 8, 0))
    assert got.comments[2].posted == datetime(2023, 6, 10, 9, 1)
    result = newsparse.parse_detailed(relative)
    assert result.article.comments[2].posted is None
    assert [d.kind for d in result.defects] == ["unresolved-relative-time"]


def test_bytes_utf8_with_bom_and_wrong_type() -> None:
    assert newsparse.parse(b"\xef\xbb\xbf" + PAGE.encode()) == newsparse.parse(PAGE)
    with pytest.raises(TypeError, match="str or bytes"):
        newsparse.parse(3)  # type: ignore[arg-type]


# --- properties -------------------------------------------------------------------------------


@given(renderable_articles())
def test_render_round_trip(article: Article) -> None:
    text = newsparse.render(article)
    assert newsparse.parse(text) == article
    assert newsparse.render(newsparse.parse(text)) == text


@given(renderable_articles(), st.sampled_from(sorted(NOISE)))
def test_noise_on_generated_pages(article: Article, noise: str) -> None:
    assert newsparse.parse(NOISE[noise](newsparse.render(article))) == article


def _accounted(text: str, result: Parsed) -> None:
    """Every non-blank line is in a field, in the dropped lines, or in a defect."""
    lines, _ = newsparse._normalize.split_lines(text)  # the lines the parser saw
    dropped = {d.line for d in result.dropped}
    defective = {d.line for d in result.defects}
    doc = json.loads(newsparse.to_json(result.article))
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        where = result.placement[i]
        assert where is not None, f"line {i + 1} {line!r} was lost"
        if where == "dropped":
            assert i + 1 in dropped
        elif where == "defect":
            assert i + 1 in defective
        elif re.fullmatch(r"comments\[\d+\]", where):
            assert newsparse._lines.bullet(line.strip()) == "", (where, line)
        elif (
            where in ("title", "subtitle")
            or where.startswith("paragraphs")
            or where.endswith((".text", ".quoted", ".author"))
        ):
            value: object = doc
            for part in re.findall(r"\w+|\[\d+\]", where):
                value = value[int(part[1:-1])] if part.startswith("[") else value[part]  # type: ignore[index]
            flat = " ".join(str(value).split())
            # (the line as the page gives it, or as a reader sees it: without its Markdown)
            # (a headline in single emphasis marks, *Rain falls*, is read without them)
            forms = (line, newsparse._generic.clean(line), line.strip().strip("*_"))
            read = [" ".join(form.split()) for form in forms]
            for k, words in enumerate(read):
                if where.endswith((".author", ".text")) or where.startswith("paragraphs"):
                    words = newsparse._lines.bullet(words) or words  # list items lose the bullet
                read[k] = words.strip("“”\"„«»‘’'")  # a quoted passage loses its marks
            assert any(w[:12] in flat or w[-12:] in flat for w in read), (where, line)


@given(renderable_articles())
def test_every_line_is_accounted_for_on_pages(article: Article) -> None:
    text = newsparse.render(article)
    _accounted(text, newsparse.parse_detailed(text))


@given(st.text())
def test_parse_never_raises_and_loses_nothing(text: str) -> None:
    result = newsparse.parse_detailed(text)
    _accounted(text, result)


@given(st.binary())
def test_parse_never_raises_on_bytes(data: bytes) -> None:
    assert isinstance(newsparse.parse(data), Article)


@given(
    st.lists(
        st.sampled_from([*PAGE.split("\n"), "  •", "•", "Comments", "@x", "“", ""]), max_size=40
    )
)
@example(  # found by Hypothesis: a bullet line read as a list item of the body
    [
        "The tide mill at Porthellow turned again on Saturday for the first time since 2019.",
        "  • Morwenna",
    ]
    * 2
)
def test_shuffled_layout_lines_never_raise(lines: list[str]) -> None:
    text = "\n".join(lines)
    _accounted(text, newsparse.parse_detailed(text))


def test_fixture_pages_quotes_through_parse() -> None:
    """Quotes found by the whole pipeline on the fixture pages: span precision and recall,
    speaker accuracy (the per-pattern test set is in test_quotes.py)."""
    found = wanted = matched = right_speaker = 0
    for name in NAMES:
        want = {(q.paragraph, q.text.rstrip(",.")): q for q in _expected(name).quotes}
        got = {
            (q.paragraph, q.text.rstrip(",.")): q for q in newsparse.parse(_page_text(name)).quotes
        }
        found += len(got)
        wanted += len(want)
        for key, q in want.items():
            if key in got:
                matched += 1
                right_speaker += got[key].speaker == q.speaker
    precision, recall = matched / found, matched / wanted
    accuracy = right_speaker / matched
    print(f"fixture quotes: precision {precision:.3f} recall {recall:.3f} speakers {accuracy:.3f}")
    assert precision >= 0.95
    assert recall >= 0.95
    assert accuracy >= 0.90


def test_placement_is_a_sequence_equal_to_its_tuple_and_survives_pickling() -> None:
    import pickle

    page = "Rain at last\n\nIt rained.\n\nComments (1)\n\n  • Ann\n    May 2, 2024\n\n    Wet."
    placement = newsparse.parse_detailed(page).placement
    spelled = tuple(placement)
    assert spelled[6:8] == ("comments[0].author", "comments[0].posted")
    assert placement == spelled and placement == list(spelled)
    assert placement[-1] == "comments[0].text" and placement[:2] == ("title", None)
    assert pickle.loads(pickle.dumps(placement)) == placement
    assert hash(placement) == hash(spelled)
    assert placement != spelled[:-1]


@given(
    st.lists(
        st.sampled_from(["Rain fell.", "• Ann", "", "  Reply  ", "Dry at last."]), max_size=40
    ),
    st.sampled_from(["\u200b", "\u00ad", "\x07", "\ufeff", "\ud800", "\u00a0"]),
    st.integers(min_value=0, max_value=39),
)
def test_odd_characters_are_cleaned_wherever_they_stand(
    lines: list[str], odd: str, at: int
) -> None:
    """The page-wide check that skips the per-line clean-up must not miss a line: one odd
    character on any line is cleaned (or recorded) just as a per-line pass would."""
    from newsparse._normalize import _clean, physical_lines, split_lines

    if lines:
        at %= len(lines)
        lines[at] = lines[at][:3] + odd + lines[at][3:]
    text = "\n".join(lines)
    got, defects = split_lines(text)
    expected: list[str] = []
    for number, line in enumerate(physical_lines(text), start=1):
        stripped = line.strip()
        expected.append(stripped if stripped.isprintable() else _clean(stripped, number, []))
    assert got == expected
    assert bool(defects) == (odd in "\x07\ud800" and bool(text.strip()))


def test_many_repeated_lines_are_one_string() -> None:
    """Past a few thousand lines, repeated lines share one string (memory on hostile pages)."""
    from newsparse._normalize import split_lines

    lines, _ = split_lines("  • Reply\n" * 5000)
    assert len(lines) == 5000 and all(line is lines[0] for line in lines)


@pytest.mark.parametrize("order", ["label first", "byline first"])
def test_a_dated_byline_that_disagrees_with_the_published_line_is_a_defect(order: str) -> None:
    cues = ["Published: May 2, 2024", "By Jane Doe | May 5, 2024"]
    if order == "byline first":
        cues.reverse()
    page = "Ferry fares to rise\n\n" + "\n".join(cues) + "\n\nFares rise by a tenth in June.\n"
    result = newsparse.parse_detailed(page)
    assert result.article.authors == ("Jane Doe",)
    first = "2024-05-02" if order == "label first" else "2024-05-05"
    assert str(result.article.published) == first
    assert [(d.kind, d.line) for d in result.defects] == [("dates-disagree", 4)]


def test_a_dated_byline_that_agrees_keeps_its_place_as_the_byline() -> None:
    page = (
        "Ferry fares to rise\n\nPublished: May 5, 2024\nBy Jane Doe | May 5, 2024\n\nFares rise.\n"
    )
    result = newsparse.parse_detailed(page)
    assert result.defects == ()
    assert list(result.placement)[2:4] == ["published", "authors"]
