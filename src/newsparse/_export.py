"""Output formats beside JSON: flat tables (CSV, Arrow) and schema.org JSON-LD.

The tables are one row per record, keyed by the article: ``articles`` (one row per article),
``comments`` (one row per comment) and ``quotes`` (one row per quotation). Every row starts with
``article_id``, the key the caller gives (an input id, else the URL, else the input's name), so
the three tables join on it. Lists are flattened (``authors`` joined by ``"; "``, a comment's
``quoted`` passages and the article ``body`` by a blank line) so that ``pandas.read_csv`` reads a
table as it is. CSV text cells that a spreadsheet would run as a formula are neutralised (see
:class:`CsvWriter`); Parquet files are written in row groups, never holding the whole input.
"""

from __future__ import annotations

import csv
import os
import re
from collections.abc import Iterable, Iterator
from datetime import date
from types import TracebackType
from typing import IO, Any

from newsparse._models import Article
from newsparse._serialize import check_count

__all__ = ["TABLES", "arrow_schema", "to_csv", "to_jsonld", "to_parquet", "to_rows"]

#: A table name: ``"articles"``, ``"comments"`` or ``"quotes"``.
Table = str

#: The columns of each table, in order.
TABLES: dict[str, tuple[str, ...]] = {
    "articles": (
        "article_id",
        "url",
        "title",
        "subtitle",
        "authors",
        "published",
        "updated",
        "source",
        "section",
        "comment_count",
        "comments_found",
        "quotes_found",
        "paragraphs",
        "body",
    ),
    "comments": (
        "article_id",
        "url",
        "comment",
        "author",
        "posted",
        "reply_to",
        "text",
        "quoted",
    ),
    "quotes": (
        "article_id",
        "url",
        "quote",
        "speaker",
        "cue",
        "text",
        "paragraph",
        "start",
        "end",
    ),
}

Cell = str | int | None


def _iso(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _key(article: Article, key: str | None, index: int) -> str:
    if key is not None:
        return key
    return article.url if article.url is not None else str(index)


def to_rows(
    article: Article, table: Table = "articles", *, key: str | None = None
) -> list[dict[str, Cell]]:
    """Return the rows ``article`` contributes to ``table`` (dicts with the table's columns).

    ``key`` fills ``article_id`` (default: the article's URL, else ``"0"``). Dates are ISO 8601
    strings; a missing value is ``None``.

    >>> from newsparse import Article, Comment
    >>> a = Article(title="Rain at last", url="https://example.org/rain",
    ...             comments=[Comment(author="Ann", text="Finally!"),
    ...                       Comment(text="@Ann, yes.", reply_to=0)])
    >>> to_rows(a)[0]["comments_found"]
    2
    >>> [(r["article_id"], r["comment"], r["author"], r["reply_to"]) for r in to_rows(a, "comments")]
    [('https://example.org/rain', 0, 'Ann', None), ('https://example.org/rain', 1, None, 0)]

    A ``comment_count`` over ``10**9`` is no count (the parser and the readers refuse it too):
    ``ValueError``, so an Arrow table never overflows its 64-bit integers.
    """
    check_count(article)
    article_id = _key(article, key, 0)
    if table == "articles":
        return [
            {
                "article_id": article_id,
                "url": article.url,
                "title": article.title,
                "subtitle": article.subtitle,
                "authors": "; ".join(article.authors) or None,
                "published": _iso(article.published),
                "updated": _iso(article.updated),
                "source": article.source,
                "section": article.section,
                "comment_count": article.comment_count,
                "comments_found": len(article.comments),
                "quotes_found": len(article.quotes),
                "paragraphs": len(article.paragraphs),
                "body": article.body,
            }
        ]
    if table == "comments":
        return [
            {
                "article_id": article_id,
                "url": article.url,
                "comment": i,
                "author": c.author,
                "posted": _iso(c.posted),
                "reply_to": c.reply_to,
                "text": c.text,
                "quoted": "\n\n".join(c.quoted) or None,
            }
            for i, c in enumerate(article.comments)
        ]
    if table == "quotes":
        return [
            {
                "article_id": article_id,
                "url": article.url,
                "quote": i,
                "speaker": q.speaker,
                "cue": q.cue,
                "text": q.text,
                "paragraph": q.paragraph,
                "start": q.start,
                "end": q.end,
            }
            for i, q in enumerate(article.quotes)
        ]
    raise ValueError(f"unknown table {table!r}: choose one of {', '.join(TABLES)}")


def _keyed(articles: Iterable[Article | tuple[str, Article]]) -> Iterator[tuple[str, Article]]:
    for i, item in enumerate(articles):
        if isinstance(item, tuple):
            yield item
        else:
            yield _key(item, None, i), item


#: OWASP's rule against CSV injection: a spreadsheet runs a cell that starts with one of these.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

#: Put before such a cell: spreadsheets show the rest as text. A cell that starts with it gets
#: one more, so removing one leading quote from every text cell gives the exact text back.
TEXT_MARK = "'"


def _neutral(cell: Cell) -> Cell:
    """A text cell a spreadsheet would take for a formula, made inert (numbers pass as they are)."""
    if isinstance(cell, str) and cell.startswith((*FORMULA_STARTS, TEXT_MARK)):
        return TEXT_MARK + cell
    return cell


class CsvWriter:
    """Write the rows of one table as CSV, the header first (used by :func:`to_csv` and the CLI).

    Unless ``raw`` is true, a text cell (a title, a comment, an author, a URL, a key ...) that
    starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return, which a spreadsheet
    would run as a formula, gets a ``'`` in front, and so does one that starts with ``'``
    (remove one leading ``'`` to get the text back). Numbers (counts, offsets, indices) are
    written as they are, ``-3`` included.

    >>> import io
    >>> from newsparse import Article
    >>> buf = io.StringIO()
    >>> CsvWriter(buf, "articles").write(Article(title="=1+1", comment_count=3), "a")
    1
    >>> print(buf.getvalue().splitlines()[1])
    a,,'=1+1,,,,,,,3,0,0,0,
    """

    def __init__(self, file: IO[str], table: Table, *, raw: bool = False) -> None:
        if table not in TABLES:
            raise ValueError(f"unknown table {table!r}: choose one of {', '.join(TABLES)}")
        self.table: Table = table
        self.raw = raw
        self._writer = csv.DictWriter(file, fieldnames=TABLES[table])
        self._writer.writeheader()

    def write(self, article: Article, key: str) -> int:
        """Write the rows of ``article``; return how many."""
        rows = to_rows(article, self.table, key=key)
        if not self.raw:
            rows = [{name: _neutral(cell) for name, cell in row.items()} for row in rows]
        self._writer.writerows(rows)
        return len(rows)


def to_csv(
    articles: Iterable[Article | tuple[str, Article]],
    file: str | os.PathLike[str] | IO[str],
    *,
    table: Table = "articles",
    raw: bool = False,
) -> int:
    """Write one table as CSV (header first) to a path or a text file; return the row count.

    ``articles`` holds articles, or ``(key, article)`` pairs whose key fills ``article_id``
    (otherwise the URL, else the position). The CSV reads back with :mod:`csv` or
    ``pandas.read_csv`` as it is. Text cells that a spreadsheet would run as a formula are
    neutralised unless ``raw`` is true (see :class:`CsvWriter`).

    >>> import csv, io
    >>> from newsparse import Article, Quote
    >>> a = Article(title="Ferry back", paragraphs=["“At last,” said Ann Lind."],
    ...             quotes=[Quote(text="At last,", speaker="Ann Lind", cue="said",
    ...                           paragraph=0, start=1, end=9)])
    >>> buf = io.StringIO()
    >>> to_csv([("ferry-1", a)], buf, table="quotes")
    1
    >>> rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    >>> rows[0]["article_id"], rows[0]["speaker"], rows[0]["text"]
    ('ferry-1', 'Ann Lind', 'At last,')
    """
    if isinstance(file, str | os.PathLike):
        with open(file, "w", encoding="utf-8", newline="") as fh:
            return to_csv(articles, fh, table=table, raw=raw)
    writer = CsvWriter(file, table, raw=raw)
    return sum(writer.write(article, key) for key, article in _keyed(articles))


# --- JSON-LD ----------------------------------------------------------------------------------

_NOT_NAME = re.compile(r"[^A-Za-z0-9._-]+")


def _person(name: str) -> dict[str, str]:
    return {"@type": "Person", "name": name}


def to_jsonld(article: Article, *, key: str | None = None) -> dict[str, Any]:
    """Return the schema.org ``NewsArticle`` form of ``article`` as a JSON-ready dict.

    Comments are ``Comment`` nodes (``author``, ``dateCreated``, ``text``, and ``parentItem``:
    the comment answered, else the article); quotations are ``Quotation`` nodes in ``hasPart``
    (``text``, and the speaker as ``spokenByCharacter`` and ``creator``). The article's ``@id``
    is its URL, else a blank node named after ``key``; ``key`` is also the ``identifier``.

    >>> from newsparse import Article, Comment
    >>> a = Article(title="Rain at last", url="https://example.org/rain",
    ...             comments=[Comment(author="Ann", text="Finally!"),
    ...                       Comment(text="@Ann, yes.", reply_to=0)])
    >>> doc = to_jsonld(a)
    >>> doc["@context"], doc["@type"], doc["headline"]
    ('https://schema.org', 'NewsArticle', 'Rain at last')
    >>> doc["comment"][1]["parentItem"]
    {'@id': 'https://example.org/rain#comment-0'}
    """
    check_count(article)
    if article.url is not None:
        node = article.url
        base = article.url + "#"
    else:
        name = _NOT_NAME.sub("-", key).strip("-") if key else ""
        node = f"_:{name or 'article'}"
        base = node + "-"
    doc: dict[str, Any] = {"@context": "https://schema.org", "@type": "NewsArticle", "@id": node}
    if key is not None:
        doc["identifier"] = key
    if article.url is not None:
        doc["url"] = article.url
    doc["headline"] = article.title
    optional: dict[str, Any] = {
        "alternativeHeadline": article.subtitle,
        "author": [_person(name) for name in article.authors] or None,
        "datePublished": _iso(article.published),
        "dateModified": _iso(article.updated),
        "publisher": None
        if article.source is None
        else {"@type": "Organization", "name": article.source},
        "articleSection": article.section,
        "articleBody": article.body or None,
        "commentCount": article.comment_count,
    }
    doc.update((k, v) for k, v in optional.items() if v is not None)
    if article.quotes:
        parts = []
        for q in article.quotes:
            part: dict[str, Any] = {"@type": "Quotation", "text": q.text}
            if q.speaker is not None:
                part["spokenByCharacter"] = part["creator"] = _person(q.speaker)
            parts.append(part)
        doc["hasPart"] = parts
    if article.comments:
        comments = []
        for i, c in enumerate(article.comments):
            item: dict[str, Any] = {"@type": "Comment", "@id": f"{base}comment-{i}"}
            if c.author is not None:
                item["author"] = _person(c.author)
            if c.posted is not None:
                item["dateCreated"] = c.posted.isoformat()
            item["text"] = c.text
            if c.quoted:
                item["citation"] = list(c.quoted)
            parent = node if c.reply_to is None else f"{base}comment-{c.reply_to}"
            item["parentItem"] = {"@id": parent}
            comments.append(item)
        doc["comment"] = comments
    return doc


# --- Arrow ------------------------------------------------------------------------------------


_NEEDS_ARROW = "needs pyarrow: pip install 'newsparse[arrow]'"


def _import(module: str, what: str) -> Any:
    """Import a module of the ``arrow`` extra, or say which extra brings it."""
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise ImportError(f"{what} {_NEEDS_ARROW}") from exc


def arrow_schema(table: Table = "articles") -> Any:
    """Return the Arrow schema of a table (needs ``pyarrow``: ``pip install 'newsparse[arrow]'``).

    Dates stay ISO 8601 strings, because a column may hold both dates and times of day.

    >>> try:
    ...     import pyarrow
    ... except ImportError:  # without the extra there is no schema to show
    ...     pyarrow = None
    >>> pyarrow is None or str(arrow_schema("quotes").field("start").type) == "int64"
    True
    """
    if table not in TABLES:
        raise ValueError(f"unknown table {table!r}: choose one of {', '.join(TABLES)}")
    pa: Any = _import("pyarrow", "arrow_schema")
    ints = {
        "comment_count",
        "comments_found",
        "quotes_found",
        "paragraphs",
        "comment",
        "reply_to",
        "quote",
        "paragraph",
        "start",
        "end",
    }
    required = {"article_id", "title", "comments_found", "quotes_found", "paragraphs", "body"}
    required |= {"comment", "text", "quote", "paragraph", "start", "end"}
    return pa.schema(
        [
            pa.field(name, pa.int64() if name in ints else pa.string(), name not in required)
            for name in TABLES[table]
        ]
    )


#: Rows per Parquet row group: enough for good compression, few enough that a writer holds only
#: some megabytes of text at a time (an ``articles`` row carries a whole body).
ROW_GROUP_ROWS = 1000


class ParquetWriter:
    """Write the rows of one table to a Parquet file in row groups (used by :func:`to_parquet`).

    ``file`` is a path or a binary file; close the writer (or use it in a ``with`` block) to
    finish the file. Needs the ``arrow`` extra.
    """

    def __init__(
        self,
        file: str | os.PathLike[str] | IO[bytes],
        table: Table = "articles",
        *,
        row_group_rows: int = ROW_GROUP_ROWS,
    ) -> None:
        if row_group_rows < 1:
            raise ValueError(f"row_group_rows must be at least 1, got {row_group_rows}")
        self.table: Table = table
        self._pa: Any = _import("pyarrow", "Parquet output")
        pq: Any = _import("pyarrow.parquet", "Parquet output")
        self._schema = arrow_schema(table)
        where = os.fspath(file) if isinstance(file, str | os.PathLike) else file
        self._writer = pq.ParquetWriter(where, self._schema)
        self._rows: list[dict[str, Cell]] = []
        self._size = row_group_rows
        self.count = 0

    def write(self, article: Article, key: str) -> int:
        """Add the rows of ``article``; return how many (written once a row group is full)."""
        rows = to_rows(article, self.table, key=key)
        self._rows.extend(rows)
        if len(self._rows) >= self._size:
            self._flush()
        return len(rows)

    def _flush(self) -> None:
        if self._rows:
            batch = self._pa.Table.from_pylist(self._rows, schema=self._schema)
            self._writer.write_table(batch, row_group_size=self._size)
            self.count += len(self._rows)
            self._rows = []

    def close(self) -> None:
        """Write the rows still held and the file's footer."""
        self._flush()
        self._writer.close()

    def __enter__(self) -> ParquetWriter:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def to_parquet(
    articles: Iterable[Article | tuple[str, Article]],
    file: str | os.PathLike[str] | IO[bytes],
    *,
    table: Table = "articles",
    row_group_rows: int = ROW_GROUP_ROWS,
) -> int:
    """Write one table to a Parquet file (a path or a binary file); return the row count.

    ``articles`` holds articles or ``(key, article)`` pairs, as for :func:`to_csv`, and is read
    lazily: rows are written ``row_group_rows`` at a time, so a generator over a million pages
    never sits in memory. The columns and types are :func:`arrow_schema`'s. Needs ``pyarrow``
    (``pip install 'newsparse[arrow]'``), else ``ImportError`` says so.

    >>> import tempfile
    >>> from pathlib import Path
    >>> from newsparse import Article, Comment
    >>> try:
    ...     import pyarrow.parquet as pq
    ... except ImportError:  # without the extra, to_parquet raises ImportError
    ...     pq = None
    >>> path = Path(tempfile.mkdtemp()) / "comments.parquet"
    >>> a = Article(title="Rain", comments=[Comment(author="Ann", text="Finally!")])
    >>> pq is None or to_parquet([("rain-1", a)], path, table="comments") == 1
    True
    >>> pq is None or pq.read_table(path).to_pylist()[0]["author"] == "Ann"
    True
    """
    with ParquetWriter(file, table, row_group_rows=row_group_rows) as writer:
        for key, article in _keyed(articles):
            writer.write(article, key)
    return writer.count
