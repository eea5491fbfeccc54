"""``newsparse explain``: the margin labels, the truth marks, both views, the command line.

The pages are invented, in the layouts the parser reads. The HTML view is checked with a strict
well-formedness checker over the standard library's ``html.parser`` (every element closed in
order, no script, no network reference, every in-page link pointing at an element that exists).
"""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import newsparse
from newsparse import _cli
from newsparse._normalize import split_lines
from tests.strategies import articles
from tests.test_cli import on_a_terminal

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPORA = ("corpus", "corpus-wide", "corpus-comments")
ANSI = re.compile(r"\x1b\[[0-9;]*m")
ROW_HEAD = re.compile(r" *(\d+) (.*) (.)")

PAGE = """\
Harbour lights return to Tollmouth

Published: March 3, 2023
By Ann Lind
The council paid for new bulbs after a long wait.

The harbour lights of Tollmouth shone again on Friday after three dark winters.

“It feels like the town is awake again,” said harbour master Olu Brandt.

Facebook Conversations

Reader Comments (3)

  • Pia Moss
    Mar 3, 2023 - 9:00AM

    About time too, the quay was pitch black every evening.

  • Sam Reed
    Mar 3, 2023 - 9:30AM

    About time too, the quay was pitch black every evening.

    Quite right, and the lamps look lovely.

More in Town News
"""

#: The labels ``PAGE`` gets, line by line.
LABELS = [
    "title",
    "",
    "published",
    "authors",
    "subtitle",
    "",
    "p0",
    "",
    "p1",
    "",
    "dropped:widget label",
    "",
    "comment_count",
    "",
    "c0.author",
    "c0.posted",
    "",
    "c0.text",
    "",
    "c1.author",
    "c1.posted",
    "",
    "c1.quoted",
    "",
    "c1.text",
    "",
    "section",
]

STRAYS = """\
Harbour lights return to Tollmouth

Published: March 3, 2023

The harbour lights of Tollmouth shone again on Friday after three dark winters.

Reader Comments (1)

  • Pia Moss
    Mar 3, 2023 - 9:00AM

    About time too.

More in Town News

A stray line that belongs nowhere at all

  • 3 hours ago

    Nice.
"""


def rows(view: str) -> list[tuple[int, str, str, str]]:
    """The page rows of a terminal view: (line number, label, mark, text)."""
    out = []
    for row in ANSI.sub("", view).splitlines():
        if row.startswith("─"):
            break
        head, _, text = row.partition("│")
        found = ROW_HEAD.fullmatch(head)
        assert found is not None, row
        out.append((int(found[1]), found[2].strip(), found[3], text[1:]))
    return out


def summary(view: str) -> list[str]:
    lines = view.splitlines()
    return lines[next(i for i, row in enumerate(lines) if row.startswith("─")) + 1 :]


# --- a strict reading of the HTML ----------------------------------------------------------------

VOID = {"meta", "br", "hr", "img", "input", "link", "wbr"}
FORBIDDEN = {"script", "link", "img", "iframe", "object", "embed", "base", "form", "input"}


class Strict(HTMLParser):
    """Reads a document and fails on anything a browser would have to repair or fetch."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.doctype = False
        self.lines: list[str] = []  # the text of each page line (label and notes left out)
        self.labels: list[str] = []
        self.tags: list[str] = []
        self._line: list[str] | None = None
        self._label: list[str] | None = None
        self._skip = 0

    def handle_decl(self, decl: str) -> None:
        assert decl.lower() == "doctype html" and not self.tags
        self.doctype = True

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        assert self.doctype, "no <!DOCTYPE html> first"
        assert tag not in FORBIDDEN, f"<{tag}> in the document"
        self.tags.append(tag)
        found = dict(attrs)
        assert len(found) == len(attrs), f"an attribute repeated on <{tag}>"
        for name, value in attrs:
            assert value is not None, f"<{tag} {name}> without a value"
            assert not name.startswith("on"), f"an event handler on <{tag}>"
            if name in ("href", "src"):
                assert value.startswith("#"), f"<{tag} {name}={value!r}> leaves the page"
                self.links.append(value[1:])
        if "id" in found:
            assert found["id"] not in self.ids, f"id {found['id']!r} twice"
            self.ids.add(str(found["id"]))
        if tag in VOID:
            return
        self.stack.append(tag)
        classes = str(found.get("class") or "").split()
        if tag == "div" and "l" in classes:
            assert self._line is None, "a line inside a line"
            self._line = []
        elif self._line is not None and tag == "b":
            self._label = []
        elif self._line is not None:
            self._skip += 1  # a note after the line's text

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        assert tag in VOID, f"<{tag}/> is not a void element"
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack, f"</{tag}> closes nothing"
        assert self.stack[-1] == tag, f"</{tag}> closes <{self.stack[-1]}>"
        self.stack.pop()
        if self._label is not None and tag == "b":
            self.labels.append("".join(self._label))
            self._label = None
        elif self._skip and tag != "div":
            self._skip -= 1
        elif self._line is not None and tag == "div":
            self.lines.append("".join(self._line))
            if len(self.labels) < len(self.lines):
                self.labels.append("")
            self._line = None

    def handle_data(self, data: str) -> None:
        if self._label is not None:
            self._label.append(data)
        elif self._line is not None and not self._skip:
            self._line.append(data)
        else:
            assert self.stack or not data.strip(), f"text outside the document: {data[:40]!r}"

    def handle_comment(self, data: str) -> None:
        raise AssertionError("a comment in the document")


def read_html(doc: str) -> Strict:
    reader = Strict()
    reader.feed(doc)
    reader.close()
    assert not reader.stack, f"unclosed: {reader.stack}"
    assert reader.tags[:3] == ["html", "head", "meta"], "<meta charset> must come first"
    assert set(reader.links) <= reader.ids, f"links to nothing: {set(reader.links) - reader.ids}"
    style = doc[doc.index("<style>") : doc.index("</style>")]
    assert "url(" not in style and "@import" not in style, "the style fetches something"
    return reader


# --- margin labels ------------------------------------------------------------------------------


def test_every_line_gets_the_label_of_where_it_went() -> None:
    view = newsparse.explain(newsparse.parse_detailed(PAGE), PAGE)
    got = rows(view)
    assert [label for _, label, _, _ in got] == LABELS
    assert [n for n, _, _, _ in got] == list(range(1, len(LABELS) + 1))
    assert [text for _, _, _, text in got] == PAGE.splitlines()


def test_defects_and_their_kinds_show_in_the_margin() -> None:
    got = {
        n: (label, mark)
        for n, label, mark, _ in rows(newsparse.explain(newsparse.parse_detailed(STRAYS), STRAYS))
    }
    assert got[16] == ("defect:unplaced-text", " ")  # (the label names it: no extra mark)
    assert got[7] == ("comment_count", "!")  # 1 declared, 2 found
    assert got[18] == ("c1.posted", "!")  # a relative time and no reference time
    lines = summary(newsparse.explain(newsparse.parse_detailed(STRAYS), STRAYS))
    assert "comments   1 declared, 2 found (they differ)" in lines
    assert "defects    1 comment-count-mismatch (line 7)" in lines
    assert "           1 unplaced-text (line 16)" in lines


def test_a_dropped_line_is_labelled_with_the_head_of_its_reason() -> None:
    page = "Gullstone ferry\n\nPublished: May 2, 2024\nCrew back at work.\n\nCrew back at work.\n\nThe ferry sails again."
    parsed = newsparse.parse_detailed(page)
    assert parsed.dropped[0].reason == "repeated standfirst (image caption)"
    assert (
        read_html(newsparse.explain_html(parsed, page)).labels[5] == "dropped:repeated standfirst"
    )
    assert rows(newsparse.explain(parsed, page))[5][1] == "dropped:repeated stan…"  # (22 wide)
    assert "1 repeated standfirst (image caption)" in summary(newsparse.explain(parsed, page))[-1]


def test_the_summary_counts_lines_per_zone() -> None:
    lines = summary(newsparse.explain(newsparse.parse_detailed(PAGE), PAGE))
    assert lines[0] == (
        "27 lines: title 1 · header 3 · body 2 · comment 7 · meta 2 · dropped 1 · blank 11"
    )
    assert "authors    Ann Lind" in lines and "body       2 paragraphs, 1 quote" in lines
    assert len(lines) <= 24  # one screen


def test_indentation_is_kept_and_tabs_expanded() -> None:
    page = "Title of a page\n\n\tIndented by a tab, then\tone more.\n   Three spaces."
    got = rows(newsparse.explain(newsparse.parse_detailed(page), page))
    assert got[2][3] == " " * 8 + "Indented by a tab, then one more."
    assert got[3][3] == "   Three spaces."


def test_long_lines_are_cut_to_the_width_never_wrapped() -> None:
    page = "A title\n\n" + "word " * 100 + "\n\n" + "漢字" * 100
    parsed = newsparse.parse_detailed(page)
    view = newsparse.explain(parsed, page, width=60)
    for row in view.splitlines():
        assert _columns(row) <= 60, row
    got = rows(view)
    assert len(got) == 5
    assert got[2][3].endswith("…") and got[4][3].endswith("…")
    assert _columns(newsparse.explain(parsed, page).splitlines()[4]) > 200  # (no width: whole)


def _columns(text: str) -> int:
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def test_colour_is_by_zone_and_only_when_asked() -> None:
    parsed = newsparse.parse_detailed(PAGE)
    plain = newsparse.explain(parsed, PAGE)
    painted = newsparse.explain(parsed, PAGE, color=True)
    assert "\x1b" not in plain
    assert ANSI.sub("", painted) == plain
    lines = painted.splitlines()
    assert lines[0].startswith("\x1b[1;33m")  # the title
    assert lines[14].startswith("\x1b[36m") and lines[19].startswith("\x1b[35m")  # c0, c1
    assert lines[10].startswith("\x1b[2m")  # dropped: faint


def test_the_text_of_the_page_is_needed_and_must_be_the_one_parsed() -> None:
    parsed = newsparse.parse_detailed(PAGE)
    with pytest.raises(ValueError, match="not of this text: it placed 27 lines, the text has 2"):
        newsparse.explain(parsed, "two\nlines")
    with pytest.raises(TypeError, match="what parse_detailed"):
        newsparse.explain(parsed.article, PAGE)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="str or bytes"):
        newsparse.explain_html(parsed, 12)  # type: ignore[arg-type]


def test_bytes_are_read_as_the_parser_reads_them() -> None:
    data = PAGE.replace("’", "'").encode("cp1252")
    parsed = newsparse.parse_detailed(data)
    assert rows(newsparse.explain(parsed, data))[8][3].startswith("“It feels")


# --- truth marks --------------------------------------------------------------------------------

TRUTH: dict[str, Any] = {
    "title": "Tollmouth is lit again",
    "title_variants": ["Tollmouth is lit again"],
    "authors": ["Ann Lind", "Olu Brandt"],
    "published": "2023-03-04",
    "comment_count": 3,
    "comments": [
        {"author": "Pia Moss", "posted": "2023-03-03T09:00:00", "text": "About time too."},
        {"author": "Kit Noor", "posted": "2023-03-03T09:10:00", "text": "Lovely."},
        {"author": "Sam Reed", "posted": "2023-03-03T09:30:00", "text": "Quite right."},
    ],
}

TRUTH_PAGE = PAGE.replace("Facebook Conversations", "Tollmouth is lit again").replace(
    "    Quite right", "    Kit Noor wrote: quite right"
)


def _marks(truth: dict[str, Any], page: str = TRUTH_PAGE) -> dict[int, tuple[str, str]]:
    view = newsparse.explain(newsparse.parse_detailed(page), page, truth=truth)
    return {n: (label, mark) for n, label, mark, _ in rows(view) if mark != " "}


def test_truth_marks_where_the_parse_disagrees_and_where_the_missing_piece_is() -> None:
    marks = _marks(TRUTH)
    assert marks[1] == ("title", "✗")  # the parse's title is not the truth's
    assert marks[11][1] == "+"  # the truth's title stands here
    assert marks[3] == ("published", "✗")  # the 3rd, the truth says the 4th
    assert marks[4] == ("authors", "✗")  # the byline misses an author
    assert marks[9] == ("p1", "+")  # where the missed author's name stands
    assert marks[13] == ("comment_count", "✗")  # 2 found, the truth has 3
    assert marks[25] == ("c1.text", "+")  # the missed comment's author
    view = newsparse.explain(newsparse.parse_detailed(TRUTH_PAGE), TRUTH_PAGE, truth=TRUTH)
    verdicts = [row for row in summary(view) if row.startswith("truth")]
    assert verdicts == [
        "truth ✗    title  parse: Harbour lights return to Tollmouth · truth: Tollmouth is lit again",
        "truth ✗    authors  parse: Ann Lind · truth: Ann Lind, Olu Brandt",
        "truth ✗    published  parse: 2023-03-03 · truth: 2023-03-04",
        "truth ✗    comments  parse: 2 · truth: 3",
        "truth ✗    comment authors  parse: 0 not in the truth · truth: 1 missed",
    ]
    assert summary(view)[-7:] == [
        "marks      ✗ lines 1, 3, 4, 13 · + lines 9, 11, 25",
        "         1 ✗ the truth's title is 'Tollmouth is lit again'",
        "         3 ✗ the truth's publication day is 2023-03-04",
        "         4 ✗ the truth has more authors: Olu Brandt",
        "         9 + the truth's author Olu Brandt",
        "        11 + the truth's title",
        "        13 ✗ the truth has 3 comments, the parse 2",
    ]  # (the first six notes: one screen)
    doc = newsparse.explain_html(newsparse.parse_detailed(TRUTH_PAGE), TRUTH_PAGE, truth=TRUTH)
    assert '<kbd class="m">+</kbd> lines <a href="#L9">9</a> <a href="#L11">11</a>' in doc


def test_truth_that_agrees_marks_nothing() -> None:
    agrees = {
        "title": "Harbour lights return to Tollmouth",
        "title_variants": None,
        "authors": ["by ANN LIND"],
        "published": "2023-03-03T08:00:00+00:00",
        "comment_count": 2,
        "comments": [{"author": "Pia Moss"}, {"author": "Sam Reed"}],
    }
    assert _marks(agrees, PAGE) == {13: ("comment_count", "!")}  # (the page's own defect)
    view = newsparse.explain(newsparse.parse_detailed(PAGE), PAGE, truth=agrees)
    assert [row[:8] for row in summary(view) if row.startswith("truth")] == ["truth ok"] * 5


def test_titles_are_compared_after_folding_as_the_corpus_scorer_folds_them() -> None:
    page = "東京の春 “Sakura” — a report &amp; more\n\nIt bloomed early this year in the city."
    parsed = newsparse.parse_detailed(page)
    truth = {"title": '東京の春 "Sakura" - a report & more'}
    assert not _marks(truth, page)
    assert not _marks({"title": '東京の春"Sakura" - a report & more'}, page)
    assert _marks({"title": "Tokyo in spring"}, page) == {1: ("title", "✗")}
    assert parsed.article.title.startswith("東京の春")


def test_a_comment_the_truth_does_not_have_is_marked_on_its_author_line() -> None:
    truth = {"comment_count": 2, "comments": [{"author": "Pia Moss"}, {"author": "Jo Vale"}]}
    marks = _marks(truth, PAGE)
    assert marks[20] == ("c1.author", "✗")  # Sam Reed is not in the truth
    assert 15 not in marks


def test_a_field_without_truth_is_not_compared() -> None:
    view = newsparse.explain(newsparse.parse_detailed(PAGE), PAGE, truth={"authors": []})
    assert not [row for row in summary(view) if row.startswith("truth")]


@pytest.mark.parametrize(
    ("truth", "message"),
    [
        ([], "a JSON object"),
        ({"title": 3}, "'title' must be a string or null"),
        ({"authors": "Ann"}, "'authors' must be a list of strings"),
        ({"comment_count": 2, "comments": "two"}, "'comments' must be a list of objects"),
    ],
)
def test_a_bad_truth_record_is_a_clear_error(truth: Any, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        newsparse.explain(newsparse.parse_detailed(PAGE), PAGE, truth=truth)


# --- the HTML view ------------------------------------------------------------------------------


def test_the_html_view_is_well_formed_and_holds_every_line_with_its_label() -> None:
    doc = newsparse.explain_html(newsparse.parse_detailed(PAGE), PAGE)
    reader = read_html(doc)
    assert [line.lstrip(" ") for line in reader.lines] == [
        line.strip() for line in PAGE.splitlines()
    ]
    assert reader.labels == LABELS
    assert reader.lines[14] == "  • Pia Moss"  # indentation kept


def test_the_html_view_shows_the_fields_beside_the_page() -> None:
    doc = newsparse.explain_html(newsparse.parse_detailed(PAGE), PAGE, truth=TRUTH)
    reader = read_html(doc)
    assert {"c0", "c1", "L1", "L9", "L15", "L20"} <= reader.ids
    assert '<a class="re" href="#c0">↪ c0 Pia Moss</a>' in doc  # c1 quotes c0: a reply
    assert (
        '<mark>It feels like the town is awake again,</mark><span class="who">Olu Brandt · said</span>'
        in doc
    )
    assert "<blockquote>About time too, the quay was pitch black every evening.</blockquote>" in doc
    assert '<time datetime="2023-03-03T09:30:00">' in doc
    assert "<dt>comments</dt><dd>3 declared, 2 found (they differ)</dd>" in doc
    assert '<span class="no">✗</span> title</td>' in doc
    assert (
        '<em class="x">✗ the truth&#x27;s title is &#x27;Tollmouth is lit again&#x27;</em>' in doc
    )


def test_a_dropped_piece_of_a_placed_line_is_noted_in_the_html_view() -> None:
    page = PAGE.replace("the lamps look lovely.", "the lamps look lovely.Recommend")
    parsed = newsparse.parse_detailed(page)
    assert [(d.line, d.text) for d in parsed.dropped] == [
        (11, "Facebook Conversations"),
        (25, "Recommend"),
    ]
    doc = newsparse.explain_html(parsed, page)
    assert '<em class="p">− dropped &#x27;Recommend&#x27;: button label</em>' in doc
    assert read_html(doc).labels[24] == "c1.text"
    assert rows(newsparse.explain(parsed, page))[24][2] == " "  # (no mark in the terminal)


def test_a_reply_links_to_the_comment_it_answers() -> None:
    page = PAGE.replace(
        "About time too, the quay was pitch black every evening.\n\n    Quite", "@Pia Moss quite"
    )
    parsed = newsparse.parse_detailed(page)
    assert parsed.article.comments[1].reply_to == 0
    doc = newsparse.explain_html(parsed, page)
    read_html(doc)
    assert '<a class="re" href="#c0">↪ c0 Pia Moss</a>' in doc


HOSTILE = """\
<script>alert("title")</script> & friends

Published: March 3, 2023

</div></main><!-- <b onclick="x()">bold</b> &amp; <style>body{}</style> "quoted" 'single'

Reader Comments (1)

  • <img src=http://example.com/x.png>
    Mar 3, 2023 - 9:00AM

    ]]> <![CDATA[ x ]]> </aside></body></html>
"""


def test_the_html_view_escapes_everything_the_page_holds() -> None:
    parsed = newsparse.parse_detailed(HOSTILE)
    doc = newsparse.explain_html(parsed, HOSTILE, truth={"title": "<script>x</script>"})
    reader = read_html(doc)  # (no script, no image, no comment, every tag closed in order)
    assert [line.lstrip(" ") for line in reader.lines] == [x.strip() for x in HOSTILE.splitlines()]
    assert parsed.article.title in doc.split("<title>")[1].replace("&lt;", "<").replace(
        "&gt;", ">"
    ).replace("&quot;", '"').replace("&amp;", "&")


def test_a_long_page_keeps_the_dom_at_two_elements_a_line() -> None:
    comments = "".join(
        f"  • Reader {i}\n    Mar 3, 2023 - 9:00AM\n\n    Comment {i} on the lights.\n\n"
        for i in range(2000)
    )
    page = PAGE.split("Reader Comments")[0] + "Reader Comments (2000)\n\n" + comments
    parsed = newsparse.parse_detailed(page)
    doc = newsparse.explain_html(parsed, page)
    reader = read_html(doc)
    n = len(page.splitlines())
    assert n > 10_000 and len(reader.lines) == n
    page_part = doc[doc.index('<main class="page">') : doc.index("</main>")]
    assert (
        page_part.count("<") <= 2 * 2 * n + 4 * 2000
    )  # a div and a label a line, one band a comment


# --- every line once, in order, in both views -----------------------------------------------------

page_texts = st.one_of(
    st.text(st.characters(codec="utf-8"), max_size=300),
    st.lists(
        st.sampled_from(["", "  • Ann", "Mar 3, 2023 - 9:00AM", "Comments (2)", "By Ann", "Text."])
        | st.text(max_size=40),
        max_size=30,
    ).map("\n".join),
    articles().map(newsparse.render),
)


@given(page_texts)
@example("a\tb\n\x1b[31mred\n\u2028x\r\ny\u200b \n")
@example("Â\x85x\nline")  # mojibake whose repair makes a line break
def test_every_input_line_appears_once_in_order_in_both_views(text: str) -> None:
    parsed = newsparse.parse_detailed(text)
    lines, _ = split_lines(text)
    terminal = rows(newsparse.explain(parsed, text))
    assert [n for n, _, _, _ in terminal] == list(range(1, len(lines) + 1))
    assert [t.lstrip(" ") for _, _, _, t in terminal] == [x.expandtabs(8) for x in lines]
    reader = read_html(newsparse.explain_html(parsed, text))
    assert [t.lstrip(" ") for t in reader.lines] == lines


# --- the command line ---------------------------------------------------------------------------


def _command() -> list[str]:
    script = shutil.which("newsparse", path=os.path.dirname(sys.executable))
    return [script] if script else [sys.executable, "-m", "newsparse"]


@pytest.fixture
def page_file(tmp_path: Path) -> Path:
    path = tmp_path / "page.txt"
    path.write_text(TRUTH_PAGE, encoding="utf-8")
    return path


def test_the_command_prints_the_plain_view_when_piped(
    page_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _cli.main(["explain", str(page_file)]) == 0
    out = capsys.readouterr().out
    parsed = newsparse.parse_detailed(page_file.read_bytes())
    assert out == newsparse.explain(parsed, TRUTH_PAGE) + "\n"


def test_the_command_writes_html_with_truth_marks(page_file: Path, tmp_path: Path) -> None:
    truth = tmp_path / "truth.json"
    truth.write_text(json.dumps(TRUTH), encoding="utf-8")
    out = tmp_path / "page.html"
    args = ["explain", str(page_file), "--html", "-o", str(out), "--truth", str(truth)]
    assert _cli.main(args) == 0
    reader = read_html(out.read_text(encoding="utf-8"))
    assert len(reader.lines) == len(TRUTH_PAGE.splitlines())
    assert 'class="l x"' in out.read_text(encoding="utf-8")


def test_the_command_reads_stdin(page_file: Path) -> None:
    done = subprocess.run(
        [*_command(), "explain", "-", "--width", "50"],
        input=page_file.read_bytes(),
        capture_output=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0
    shown = done.stdout.decode("utf-8").splitlines()
    assert shown[0] == " 1 title          │ Harbour lights return to Toll…"
    assert all(_columns(row) <= 50 for row in shown)


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: ["--truth", str(d / "none.json")], "cannot read"),
        (lambda d: ["--truth", str(_write(d / "t.json", "{not json"))], "not a truth record"),
        (lambda d: ["--truth", str(_write(d / "t.json", '{"title": 1}'))], "'title' must be"),
        (lambda d: ["-o", str(d / "no" / "such" / "dir.txt")], "cannot write"),
    ],
)
def test_bad_input_or_output_is_a_usage_error(
    page_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], make: Any, message: str
) -> None:
    assert _cli.main(["explain", str(page_file), *make(tmp_path)]) == 2
    assert message in capsys.readouterr().err


def test_a_missing_page_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert _cli.main(["explain", "/no/such/page.txt"]) == 2
    assert "cannot read /no/such/page.txt" in capsys.readouterr().err


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def _on_a_terminal(args: list[str], env: dict[str, str]) -> str:
    """Run the command with its standard output on a pseudo-terminal; what it showed."""
    done, shown = on_a_terminal(args, stream="stdout", env=env)
    assert done.returncode == 0, done.stderr
    return shown.decode("utf-8").replace("\r\n", "\n")


def test_on_a_terminal_it_is_coloured_and_cut_to_its_width(page_file: Path) -> None:
    env = {"COLUMNS": "64", "NO_COLOR": ""}
    shown = _on_a_terminal(["explain", str(page_file)], env)
    assert "\x1b[1;33m" in shown
    assert all(_columns(ANSI.sub("", row)) <= 64 for row in shown.splitlines())
    plain = _on_a_terminal(["explain", str(page_file)], {**env, "NO_COLOR": "1"})
    assert "\x1b[" not in plain and ANSI.sub("", shown) == plain
    forced = _on_a_terminal(["explain", str(page_file), "--color"], {**env, "NO_COLOR": "1"})
    assert forced == shown  # (a flag wins over NO_COLOR)
    assert "\x1b[" not in _on_a_terminal(["explain", str(page_file), "--no-color"], env)


# --- the shared corpora -------------------------------------------------------------------------


#: Every page of a corpus up to this size is in the sample (the 20 comment pages), every
#: ``_STRIDE``-th page of a larger one: the sample keeps the test at a few seconds.
_WHOLE_UP_TO = 30
_STRIDE = 4


def _sample() -> Iterator[tuple[Path, Path]]:
    """One dump each of a sample of the pages of the three corpora, the converter in turn."""
    converters = ("w3m", "lynx", "html2text", "inscriptis", "resiliparse", "bs4")
    for corpus in CORPORA:
        pages = sorted((SHARED / corpus / "dev").glob("*/truth.json"))
        stride = 1 if len(pages) <= _WHOLE_UP_TO else _STRIDE
        for k, page in enumerate(pages[::stride]):
            dump = page.parent / f"{converters[k % len(converters)]}.txt"
            if dump.exists():
                yield dump, page


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared (the corpora) is not present")
def test_explain_reads_a_sample_of_the_shared_corpora() -> None:
    sample = list(_sample())
    assert len(sample) > 80
    checked = random.Random(20).sample(range(len(sample)), 12)  # (HTML read strictly on a few)
    for k, (dump, truth_file) in enumerate(sample):
        data = dump.read_bytes()
        truth = json.loads(truth_file.read_text(encoding="utf-8"))
        parsed = newsparse.parse_detailed(data)
        view = newsparse.explain(parsed, data, color=True, width=100, truth=truth)
        assert len(rows(view)) == len(parsed.placement), dump
        doc = newsparse.explain_html(parsed, data, truth=truth)
        if k in checked:
            assert len(read_html(doc).lines) == len(parsed.placement), dump
