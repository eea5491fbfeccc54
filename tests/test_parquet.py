"""Parquet output, streamed in row groups; Arrow tables never overflow (issue 15, §5 and §8)."""

from __future__ import annotations

import importlib.util
import io
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings

import newsparse
from newsparse import Article, Comment

from .strategies import articles

PAGES = sorted((Path(__file__).parent / "data" / "pages").glob("*.txt"))


def _parsed() -> list[tuple[str, Article]]:
    return [(p.name, newsparse.parse(p.read_bytes())) for p in PAGES]


@pytest.mark.parametrize("table", list(newsparse.TABLES))
def test_each_table_round_trips(table: str, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    pairs = _parsed()
    out = tmp_path / f"{table}.parquet"
    count = newsparse.to_parquet(pairs, out, table=table)
    expected = [row for key, a in pairs for row in newsparse.to_rows(a, table, key=key)]
    assert count == len(expected)
    got = pq.read_table(out)
    assert got.schema.equals(newsparse.arrow_schema(table))
    assert got.to_pylist() == expected


def test_articles_without_keys_are_keyed_like_csv(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "a.parquet"
    newsparse.to_parquet([Article(title="A"), Article(title="B", url="https://x.org/b")], out)
    assert [r["article_id"] for r in pq.read_table(out).to_pylist()] == ["0", "https://x.org/b"]


def test_rows_are_written_in_row_groups_while_the_input_is_read() -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    sink = io.BytesIO()
    sizes_seen: list[int] = []

    def pages() -> Iterator[tuple[str, Article]]:
        for i in range(50):
            sizes_seen.append(len(sink.getvalue()))
            yield (
                f"k{i}",
                Article(title=f"Day {i}", comments=[Comment(text="a"), Comment(text="b")]),
            )

    assert newsparse.to_parquet(pages(), sink, table="comments", row_group_rows=10) == 100
    assert len(set(sizes_seen)) > 5, "row groups reach the file before the input ends"
    sink.seek(0)
    assert pq.ParquetFile(sink).num_row_groups == 10


def test_an_empty_input_writes_an_empty_table(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "none.parquet"
    assert newsparse.to_parquet([], out, table="quotes") == 0
    table = pq.read_table(out)
    assert table.num_rows == 0 and table.schema.names == list(newsparse.TABLES["quotes"])


def test_without_pyarrow_the_error_names_the_extra(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in [m for m in sys.modules if m == "pyarrow" or m.startswith("pyarrow.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # import pyarrow now raises ImportError
    with pytest.raises(ImportError, match=r"pip install 'newsparse\[arrow\]'"):
        newsparse.to_parquet([Article(title="A")], tmp_path / "a.parquet")
    with pytest.raises(ImportError, match=r"newsparse\[arrow\]"):
        newsparse.arrow_schema()
    assert not (tmp_path / "a.parquet").exists()


def test_a_bad_row_group_size_is_refused(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    with pytest.raises(ValueError, match="row_group_rows"):
        newsparse.to_parquet([], tmp_path / "a.parquet", row_group_rows=0)


# --- counts: whatever the model and the readers let through fits the Arrow tables -------------


@pytest.mark.parametrize("count", [10**9 + 1, 2**63, 2**64, 99999999999999999999])
def test_an_implausible_count_is_refused_by_every_writer(count: int, tmp_path: Path) -> None:
    article = Article(title="T", comment_count=count)
    message = "comment_count: not a plausible count"
    with pytest.raises(ValueError, match=message):
        newsparse.to_rows(article)
    with pytest.raises(ValueError, match=message):
        newsparse.to_csv([article], io.StringIO())
    with pytest.raises(ValueError, match=message):
        newsparse.to_jsonld(article)
    if importlib.util.find_spec("pyarrow") is not None:
        with pytest.raises(ValueError, match=message):
            newsparse.to_parquet([article], tmp_path / "a.parquet")


def test_the_largest_count_fits(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "a.parquet"
    newsparse.to_parquet([Article(title="T", comment_count=10**9)], out)
    assert pq.read_table(out).to_pylist()[0]["comment_count"] == 10**9


@settings(max_examples=50, deadline=None)
@given(articles())
def test_every_article_read_from_json_fits_the_arrow_tables(article: Article) -> None:
    pa = pytest.importorskip("pyarrow")
    article = newsparse.from_json(newsparse.to_json(article))
    for table in newsparse.TABLES:
        rows = newsparse.to_rows(article, table, key="k")
        assert pa.Table.from_pylist(rows, schema=newsparse.arrow_schema(table)).num_rows == len(
            rows
        )
