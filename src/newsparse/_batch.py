"""Many pages at once: :func:`parse_many`, streaming and in order, on worker processes.

Work goes to a :class:`concurrent.futures.ProcessPoolExecutor` in chunks, with a bounded window
of chunks in flight, so memory stays flat however long the input is, and results come back in
input order. The command line reads its inputs (files, folders, JSON Lines, WARC) through the
same machinery: :func:`iter_pages` yields :class:`Page` items and :func:`run` parses them.
"""

from __future__ import annotations

import functools
import gzip
import importlib
import json
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from datetime import datetime, tzinfo
from itertools import islice
from pathlib import Path
from typing import IO, Any, TypeVar, cast

import attrs

from newsparse._defects import Defect, DefectError, Policy
from newsparse._models import Article
from newsparse._parser import Parsed, parse_detailed

__all__ = ["Outcome", "Page", "iter_pages", "parse_many", "parse_many_detailed", "run"]

T = TypeVar("T")
R = TypeVar("R")

_RECORD = Policy()

#: File name endings read as JSON Lines (one page per line) and as WARC/WET archives.
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
WARC_SUFFIXES = (".warc", ".warc.gz", ".wet", ".wet.gz")


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def _apply(fn: Callable[[T], R], chunk: list[T]) -> list[R]:
    return [fn(item) for item in chunk]


def ordered_map(
    fn: Callable[[T], R], items: Iterable[T], *, jobs: int = 1, chunksize: int = 8
) -> Iterator[R]:
    """``map(fn, items)`` on ``jobs`` worker processes: lazy, in order, bounded memory.

    At most ``4 * jobs`` chunks of ``chunksize`` items are in flight at once. ``fn`` must be
    picklable (a module-level function or a :func:`functools.partial` of one). With
    ``jobs=1`` everything runs in this process.

    >>> list(ordered_map(abs, [-3, 1, -2], jobs=1))
    [3, 1, 2]
    """
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, got {jobs}")
    if chunksize < 1:
        raise ValueError(f"chunksize must be at least 1, got {chunksize}")
    if jobs == 1:
        yield from map(fn, items)
        return
    chunks = _chunks(items, chunksize)
    pool = ProcessPoolExecutor(max_workers=jobs)
    try:
        pending: deque[Future[list[R]]] = deque(
            pool.submit(_apply, fn, chunk) for chunk in islice(chunks, 4 * jobs)
        )
        while pending:
            done = pending.popleft().result()
            nxt = next(chunks, None)
            if nxt is not None:
                pending.append(pool.submit(_apply, fn, nxt))
            yield from done
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


@attrs.frozen(kw_only=True)
class _Options:
    tz: tzinfo | None = None
    reference_time: datetime | None = None
    policy: Policy = _RECORD


def _parse_one(text: str | bytes, options: _Options) -> Parsed | Defect:
    # A strict policy's DefectError does not survive pickling whole: send the defect back.
    try:
        return parse_detailed(
            text, tz=options.tz, reference_time=options.reference_time, policy=options.policy
        )
    except DefectError as exc:
        return exc.defect


def parse_many_detailed(
    pages: Iterable[str | bytes],
    *,
    jobs: int = 1,
    tz: tzinfo | None = None,
    reference_time: datetime | None = None,
    policy: Policy = _RECORD,
    chunksize: int = 8,
) -> Iterator[Parsed]:
    """Like :func:`parse_many`, but yield :class:`~newsparse.Parsed` results (with defects).

    >>> results = parse_many_detailed(["Rain\\n\\nIt rained.\\n\\nReader Comments (2)"])
    >>> [d.kind for d in next(results).defects]
    ['comment-count-mismatch']
    """
    options = _Options(tz=tz, reference_time=reference_time, policy=policy)
    work = functools.partial(_parse_one, options=options)
    for result in ordered_map(work, pages, jobs=jobs, chunksize=chunksize):
        if isinstance(result, Defect):
            raise DefectError(result)
        yield result


def parse_many(
    pages: Iterable[str | bytes],
    *,
    jobs: int = 1,
    tz: tzinfo | None = None,
    reference_time: datetime | None = None,
    policy: Policy = _RECORD,
    chunksize: int = 8,
) -> Iterator[Article]:
    """Parse many pages, lazily and in input order, on ``jobs`` worker processes.

    ``pages`` may be any iterable (a generator over a huge file is fine): it is consumed as
    results are taken, with at most ``4 * jobs * chunksize`` pages in flight, so memory does not
    grow with the input. The options are those of :func:`~newsparse.parse`; with a strict
    ``policy`` the first defect is raised as :class:`~newsparse.DefectError` where that page's
    article would have been yielded.

    >>> pages = ["Rain at last\\n\\nIt rained.", "Sun at last\\n\\nIt shone."]
    >>> [a.title for a in parse_many(pages)]
    ['Rain at last', 'Sun at last']
    """
    for parsed in parse_many_detailed(
        pages, jobs=jobs, tz=tz, reference_time=reference_time, policy=policy, chunksize=chunksize
    ):
        yield parsed.article


# --- inputs of the command line ---------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Page:
    """One page to parse: where it came from, its key, and its text (or the file to read).

    ``name`` names the page in messages (``pages/a.txt``, ``feed.jsonl:12``); ``key`` is its
    article id in the tables (an input ``id``, else its URL, else ``name``); ``url`` is set on the
    article; ``extra`` holds the other fields of a JSON Lines record, carried over to the output;
    ``error`` says why the page could not be read at all.

    >>> Page(name="a.txt", key="a.txt", path="a.txt").data is None
    True
    """

    name: str
    key: str
    path: str | None = None
    data: str | bytes | None = None
    url: str | None = None
    extra: tuple[tuple[str, Any], ...] = ()
    error: str | None = None


@attrs.frozen(kw_only=True)
class Outcome:
    """What became of one :class:`Page`: the parse, or the reason it failed.

    >>> Outcome(page=Page(name="x", key="x"), error="cannot read: No such file").ok
    False
    """

    page: Page
    parsed: Parsed | None = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        """True when the page was parsed."""
        return self.parsed is not None


def _kind(path: str, jsonl_field: str | None) -> str:
    lower = path.lower()
    if lower.endswith(WARC_SUFFIXES):
        return "warc"
    if jsonl_field is not None or lower.endswith(JSONL_SUFFIXES):
        return "jsonl"
    return "text"


def _open_lines(path: str) -> IO[bytes]:
    if path.lower().endswith(".gz"):
        return cast("IO[bytes]", gzip.open(path, "rb"))
    return open(path, "rb")


def _jsonl_pages(stream: Iterable[bytes], name: str, field: str) -> Iterator[Page]:
    for lineno, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        where = f"{name}:{lineno}"
        try:
            record = json.loads(line)
        except ValueError as exc:
            yield Page(name=where, key=where, error=f"not valid JSON: {exc}")
            continue
        if not isinstance(record, dict):
            yield Page(name=where, key=where, error="not a JSON object")
            continue
        text = record.get(field)
        if not isinstance(text, str):
            found = "missing" if text is None else f"a {type(text).__name__}, not a string"
            yield Page(name=where, key=where, error=f"field {field!r} is {found}")
            continue
        url = record.get("url") if isinstance(record.get("url"), str) else None
        ident = record.get("id")
        key = str(ident) if isinstance(ident, str | int) else (url or where)
        extra = tuple((k, v) for k, v in record.items() if k not in (field, "url"))
        yield Page(name=where, key=key, data=text, url=url, extra=extra)


def _warc_pages(path: str) -> Iterator[Page]:
    try:
        archive: Any = importlib.import_module("warcio.archiveiterator")
    except ImportError:
        yield Page(
            name=path,
            key=path,
            error="reading WARC/WET files needs warcio: pip install 'newsparse[warc]'",
        )
        return
    with _open_lines(path) as head:
        if head.read(5) != b"WARC/":
            yield Page(name=path, key=path, error="damaged archive: it does not start with WARC/")
            return
    with open(path, "rb") as fh:
        for n, record in enumerate(archive.ArchiveIterator(fh), start=1):
            headers = record.rec_headers
            if record.rec_type not in ("conversion", "resource", "response"):
                continue
            ctype = (record.content_type or "").lower()
            if record.rec_type != "conversion" and not ctype.startswith("text/plain"):
                continue  # HTML and other payloads are not page text
            url = headers.get_header("WARC-Target-URI")
            ident = headers.get_header("WARC-Record-ID")
            where = f"{path}#{n}"
            data = record.content_stream().read()
            yield Page(
                name=where,
                key=ident or url or where,
                data=data,
                url=url,
                extra=(("id", ident),) if ident else (),
            )


def iter_pages(
    paths: Iterable[str],
    *,
    glob: str = "*.txt",
    jsonl_field: str | None = None,
    stdin: IO[bytes] | None = None,
) -> Iterator[Page]:
    """Yield the pages named by command-line paths, lazily, in a stable order.

    A folder is searched recursively for files matching ``glob`` (sorted); ``-`` is ``stdin``.
    Files ending in ``.jsonl``/``.ndjson`` (optionally ``.gz``) — or every input when
    ``jsonl_field`` is given — are JSON Lines, one page per line in the field ``jsonl_field``
    (default ``text``); ``.warc``/``.wet`` (optionally ``.gz``) are web archives, one page per
    text record. A path that cannot be read becomes a page with an ``error``.

    >>> [p.error for p in iter_pages(["no/such/folder/page.txt"])]
    [None]
    """
    field = jsonl_field or "text"
    for raw in paths:
        if raw == "-":
            stream = stdin if stdin is not None else _stdin()
            if jsonl_field is not None:
                yield from _jsonl_pages(stream, "<stdin>", field)
            else:
                yield Page(name="<stdin>", key="<stdin>", data=stream.read())
            continue
        if os.path.isdir(raw):
            files = sorted(p for p in Path(raw).rglob(glob) if p.is_file())
            if not files:
                yield Page(name=raw, key=raw, error=f"no files match {glob!r} in this folder")
            for file in files:
                yield from _file_pages(str(file), jsonl_field, field)
            continue
        yield from _file_pages(raw, jsonl_field, field)


def _stdin() -> IO[bytes]:
    import sys

    return sys.stdin.buffer


def _file_pages(path: str, jsonl_field: str | None, field: str) -> Iterator[Page]:
    kind = _kind(path, jsonl_field)
    if kind == "text":
        yield Page(name=path, key=path, path=path)  # read in the worker
        return
    try:
        if kind == "warc":
            yield from _warc_pages(path)
        else:
            with _open_lines(path) as fh:
                yield from _jsonl_pages(fh, path, field)
    except OSError as exc:  # includes gzip.BadGzipFile
        yield Page(name=path, key=path, error=f"cannot read: {exc.strerror or exc}")
    except Exception as exc:  # warcio raises its own errors on a damaged archive
        if type(exc).__module__.startswith("warcio"):
            yield Page(name=path, key=path, error=f"damaged archive: {exc}")
        else:
            raise


def _process(page: Page, options: _Options) -> Outcome:
    """Read (when needed) and parse one page; every failure becomes ``Outcome.error``."""
    if page.error is not None:
        return Outcome(page=page, error=page.error)
    data = page.data
    if data is None:
        assert page.path is not None
        try:
            with open(page.path, "rb") as fh:
                data = fh.read()
        except OSError as exc:
            return Outcome(page=page, error=f"cannot read: {exc.strerror or exc}")
    light = attrs.evolve(page, data=None)  # do not send the text back
    result = _parse_one(data, options)
    if isinstance(result, Defect):
        return Outcome(page=light, error=f"strict: {result.kind}: {result}")
    if page.url is not None and result.article.url != page.url:
        result = attrs.evolve(result, article=attrs.evolve(result.article, url=page.url))
    return Outcome(page=light, parsed=result)


def run(
    pages: Iterable[Page],
    *,
    jobs: int = 1,
    tz: tzinfo | None = None,
    reference_time: datetime | None = None,
    policy: Policy = _RECORD,
    chunksize: int = 8,
) -> Iterator[Outcome]:
    """Parse :class:`Page` items in order on ``jobs`` processes; yield one :class:`Outcome` each.

    A page that cannot be read or parsed (a strict defect) gives an outcome with ``error``; the
    others go on.

    >>> [o.parsed.article.title for o in run([Page(name="a", key="a", data="Rain\\n\\nIt rained.")])]
    ['Rain']
    """
    options = _Options(tz=tz, reference_time=reference_time, policy=policy)
    yield from ordered_map(
        functools.partial(_process, options=options), pages, jobs=jobs, chunksize=chunksize
    )
