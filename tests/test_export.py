"""Flat tables (CSV, Arrow), schema.org JSON-LD, and records that pickle."""

from __future__ import annotations

import csv
import io
import pickle
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import given

import newsparse
from newsparse import Article, Comment, Quote

from .strategies import articles

FIXTURES = Path(__file__).parent / "data" / "pages"
PAGES = sorted(FIXTURES.glob("*.txt"))


def _article() -> Article:
    return Article(
        title="Ferry back, at last",
        subtitle="Six weeks of strikes end.",
        authors=("Ann Lind", "Bo Ek"),
        published=date(2021, 8, 14),
        updated=datetime(2021, 8, 14, 9, 30),
        source="The Gazette",
        section="Islands",
        url="https://example.org/ferry",
        paragraphs=("Sailings resumed.", "“At last,” said Ann Lind, “we sail.”"),
        quotes=(
            Quote(text="At last,", speaker="Ann Lind", cue="said", paragraph=1, start=1, end=9),
            Quote(text="we sail.", speaker=None, cue=None, paragraph=1, start=27, end=35),
        ),
        comment_count=3,
        comments=(
            Comment(author="Bob", posted=datetime(2021, 8, 14, 8, 2), text="Good.\n\nVery good."),
            Comment(text="@Bob, yes.", quoted=("Good.", "Very good."), reply_to=0),
        ),
    )


def test_rows_of_each_table() -> None:
    a = _article()
    (row,) = newsparse.to_rows(a, "articles", key="k1")
    assert row == {
        "article_id": "k1",
        "url": "https://example.org/ferry",
        "title": "Ferry back, at last",
        "subtitle": "Six weeks of strikes end.",
        "authors": "Ann Lind; Bo Ek",
        "published": "2021-08-14",
        "updated": "2021-08-14T09:30:00",
        "source": "The Gazette",
        "section": "Islands",
        "comment_count": 3,
        "comments_found": 2,
        "quotes_found": 2,
        "paragraphs": 2,
        "body": "Sailings resumed.\n\n“At last,” said Ann Lind, “we sail.”",
    }
    comments = newsparse.to_rows(a, "comments")
    assert [(r["article_id"], r["comment"], r["reply_to"], r["quoted"]) for r in comments] == [
        ("https://example.org/ferry", 0, None, None),
        ("https://example.org/ferry", 1, 0, "Good.\n\nVery good."),
    ]
    quotes = newsparse.to_rows(a, "quotes", key="k1")
    assert [(r["quote"], r["speaker"], r["start"], r["end"]) for r in quotes] == [
        (0, "Ann Lind", 1, 9),
        (1, None, 27, 35),
    ]
    for table, rows in (("comments", comments), ("quotes", quotes)):
        assert all(tuple(r) == newsparse.TABLES[table] for r in rows)
    with pytest.raises(ValueError, match="unknown table 'authors'"):
        newsparse.to_rows(a, "authors")


def test_csv_round_trips_through_the_csv_module(tmp_path: Path) -> None:
    parsed = [newsparse.parse(p.read_bytes()) for p in PAGES]
    out = tmp_path / "comments.csv"
    count = newsparse.to_csv(
        zip([p.name for p in PAGES], parsed, strict=True), out, table="comments", raw=True
    )
    assert count == sum(len(a.comments) for a in parsed)
    with out.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == count
    texts = [c.text for a in parsed for c in a.comments]
    assert [r["text"] for r in rows] == texts, "multi-line comment text survives quoting"
    assert {r["article_id"] for r in rows} <= {p.name for p in PAGES}
    # Without keys, an article's key is its URL, else its position.
    buf = io.StringIO()
    newsparse.to_csv([Article(title="A"), _article()], buf)
    keys = [r["article_id"] for r in csv.DictReader(io.StringIO(buf.getvalue()))]
    assert keys == ["0", "https://example.org/ferry"]


def test_pandas_reads_the_tables_as_they_are(tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    parsed = [newsparse.parse(p.read_bytes()) for p in PAGES]
    for table in newsparse.TABLES:
        out = tmp_path / f"{table}.csv"
        rows = newsparse.to_csv(
            ((p.name, a) for p, a in zip(PAGES, parsed, strict=True)), out, table=table
        )
        frame = pd.read_csv(out)
        assert list(frame.columns) == list(newsparse.TABLES[table])
        assert len(frame) == rows


def test_jsonld_nodes() -> None:
    doc = newsparse.to_jsonld(_article(), key="k1")
    assert doc["@context"] == "https://schema.org"
    assert (doc["@type"], doc["@id"], doc["identifier"]) == (
        "NewsArticle",
        "https://example.org/ferry",
        "k1",
    )
    assert doc["author"] == [
        {"@type": "Person", "name": "Ann Lind"},
        {"@type": "Person", "name": "Bo Ek"},
    ]
    assert (doc["datePublished"], doc["dateModified"]) == ("2021-08-14", "2021-08-14T09:30:00")
    assert doc["publisher"] == {"@type": "Organization", "name": "The Gazette"}
    assert doc["commentCount"] == 3
    first, second = doc["comment"]
    assert first == {
        "@type": "Comment",
        "@id": "https://example.org/ferry#comment-0",
        "author": {"@type": "Person", "name": "Bob"},
        "dateCreated": "2021-08-14T08:02:00",
        "text": "Good.\n\nVery good.",
        "parentItem": {"@id": "https://example.org/ferry"},
    }
    assert "author" not in second and second["parentItem"] == {"@id": first["@id"]}
    assert second["citation"] == ["Good.", "Very good."]
    said, unsaid = doc["hasPart"]
    assert said == {
        "@type": "Quotation",
        "text": "At last,",
        "spokenByCharacter": {"@type": "Person", "name": "Ann Lind"},
        "creator": {"@type": "Person", "name": "Ann Lind"},
    }
    assert unsaid == {"@type": "Quotation", "text": "we sail."}


def test_jsonld_without_a_url_uses_blank_nodes_named_by_key() -> None:
    doc = newsparse.to_jsonld(
        Article(title="T", comments=[Comment(text="hi")]), key="pages/a b.txt"
    )
    assert doc["@id"] == "_:pages-a-b.txt"
    assert doc["comment"][0]["@id"] == "_:pages-a-b.txt-comment-0"
    assert "url" not in doc and "datePublished" not in doc
    assert newsparse.to_jsonld(Article(title="T"))["@id"] == "_:article"


@given(articles())
def test_every_article_has_rows_and_jsonld(article: Article) -> None:
    assert len(newsparse.to_rows(article, "comments")) == len(article.comments)
    assert len(newsparse.to_rows(article, "quotes")) == len(article.quotes)
    doc = newsparse.to_jsonld(article)
    assert len(doc.get("comment", [])) == len(article.comments)
    for raw in (True, False):
        buf = io.StringIO()
        newsparse.to_csv([article], buf, raw=raw)
        (row,) = csv.DictReader(io.StringIO(buf.getvalue(), newline=""))
        text = row["title"] if raw else row["title"].removeprefix("'")
        assert text == article.title


@given(articles())
def test_records_pickle(article: Article) -> None:
    assert pickle.loads(pickle.dumps(article)) == article


def test_parse_results_pickle() -> None:
    result = newsparse.parse_detailed(PAGES[0].read_bytes())
    assert pickle.loads(pickle.dumps(result)) == result
    defect = newsparse.UnparsedTimestamp(line=3, text="Aug 35", reason="no such day")
    assert pickle.loads(pickle.dumps(defect)).kind == "unparsed-timestamp"


def test_arrow_schema_fits_the_rows(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    parsed = [newsparse.parse(p.read_bytes()) for p in PAGES]
    for table in newsparse.TABLES:
        schema = newsparse.arrow_schema(table)
        assert schema.names == list(newsparse.TABLES[table])
        rows = [
            r
            for p, a in zip(PAGES, parsed, strict=True)
            for r in newsparse.to_rows(a, table, key=p.name)
        ]
        out = tmp_path / f"{table}.parquet"
        pq.write_table(pa.Table.from_pylist(rows, schema=schema), out)
        assert pq.read_table(out).to_pylist() == rows
    with pytest.raises(ValueError, match="unknown table"):
        newsparse.arrow_schema("people")
