"""Many pages at once: :func:`parse_many`, streaming and in order, on worker processes.

Work goes to a :class:`concurrent.futures.ProcessPoolExecutor` in chunks, with a bounded window
of chunks in flight, so memory stays flat however long the input is, and results come back in
input order. The command line reads its inputs (files, folders, JSON Lines, WARC) through the
same machinery: :func:`iter_pages` yields :class:`Page` items and :func:`run` parses them.
"""

from __future__ import annotations

import contextlib
import errno
import fnmatch
import functools
import gzip
import importlib
import io
import os
import stat
import traceback
import zlib
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from datetime import datetime, tzinfo
from itertools import islice
from pathlib import PurePosixPath, PureWindowsPath
from typing import IO, Any, Final, TypeVar, cast

import attrs

from newsparse._defects import Defect, DefectError, Policy
from newsparse._models import Article
from newsparse._normalize import decode
from newsparse._parser import Parsed, parse_detailed
from newsparse._serialize import DecodeError, loads

__all__ = [
    "Outcome",
    "Page",
    "check_glob",
    "iter_pages",
    "parse_many",
    "parse_many_detailed",
    "run",
]

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

#: A gzip page (or a web-archive payload) that inflates past this is a decompression bomb, not
#: a news page: the longest real pages are a few MiB of text.
MAX_PAGE_BYTES: Final = 256 * 1024 * 1024
#: Compressed data is inflated this many bytes at a time, so the cap is checked as it grows.
_INFLATE_CHUNK: Final = 1024 * 1024
#: The first two bytes of every gzip stream, whatever the file is called.
GZIP_MAGIC: Final = b"\x1f\x8b"
#: What a damaged or truncated gzip stream raises (``BadGzipFile`` is an ``OSError``).
_GZIP_DAMAGE: Final = (EOFError, zlib.error, gzip.BadGzipFile)

#: Web-archive records that can hold a page, and the payload types read as text or as HTML.
_WARC_PAGE_RECORDS: Final = frozenset({"conversion", "resource", "response"})
_TEXT_TYPES: Final = frozenset({"text/plain"})
_HTML_TYPES: Final = frozenset({"text/html", "application/xhtml+xml"})
#: The module of the ``html`` extra that turns HTML into text (resiliparse: the fastest of the
#: converters measured, and as good as the best on real pages; see docs/cli.md).
_HTML_CONVERTER: Final = "resiliparse.extract.html2text"
NO_HTML_CONVERTER: Final = "HTML record (install newsparse[html] to convert it)"

#: Article fields a JSON Lines record cannot set: the parse decides them (``url`` aside).
_ARTICLE_KEYS: Final = frozenset(f.name for f in attrs.fields(Article))


@attrs.frozen(kw_only=True)
class Page:
    """One page to parse: where it came from, its key, and its text (or the file to read).

    ``name`` names the page in messages (``pages/a.txt``, ``feed.jsonl:12``,
    ``crawl.warc.gz#7``); ``key`` is its article id in the tables (an input ``id``, else its
    URL, else ``name``); ``url`` is set on the article; ``extra`` holds the other fields of a
    JSON Lines record, carried over to the output.

    Where it came from: ``path`` is the file (``None`` for standard input), ``line`` the line of
    a JSON Lines file, ``record_id`` the ``WARC-Record-ID`` of a web-archive record.

    ``error`` says why the page could not be read at all; ``skipped`` why it was not read on
    purpose (a symlink loop, a FIFO, an image in a WARC). ``shadowed`` lists the fields of a
    JSON Lines record that are also article fields (``title``, ``comments``, …): the parse
    decides those, so they are left out of ``extra``. ``html`` says ``data`` is an HTML
    document, turned into text before parsing.

    >>> Page(name="a.txt", key="a.txt", path="a.txt").data is None
    True
    >>> page = next(iter_pages(["-"], jsonl_field="text", stdin=io.BytesIO(
    ...     b'{"text": "Rain\\\\n\\\\nIt rained.", "title": "Mine", "lang": "en"}\\n')))
    >>> page.name, page.line, page.shadowed, page.extra
    ('<stdin>:1', 1, ('title',), (('lang', 'en'),))
    """

    name: str
    key: str
    path: str | None = None
    data: str | bytes | None = None
    url: str | None = None
    extra: tuple[tuple[str, Any], ...] = ()
    error: str | None = None
    skipped: str | None = None
    line: int | None = None
    record_id: str | None = None
    shadowed: tuple[str, ...] = ()
    html: bool = False


@attrs.frozen(kw_only=True)
class Outcome:
    """What became of one :class:`Page`: the parse, the reason it failed, or why it was skipped.

    >>> Outcome(page=Page(name="x", key="x"), error="cannot read: No such file").ok
    False
    >>> fifo = Outcome(page=Page(name="d/pipe.txt", key="d/pipe.txt"), skipped="not a regular file")
    >>> fifo.ok, fifo.skipped
    (False, 'not a regular file')
    """

    page: Page
    parsed: Parsed | None = None
    error: str | None = None
    skipped: str | None = None
    #: The traceback when the parser itself failed on this page (a bug, not a bad input).
    trace: str | None = None

    @property
    def ok(self) -> bool:
        """True when the page was parsed."""
        return self.parsed is not None


class _Unreadable(Exception):
    """A page whose bytes cannot be turned into text; the message says why."""


def check_glob(pattern: str) -> None:
    """Raise :class:`ValueError` unless ``pattern`` is a glob relative to its folder, inside it.

    A folder is searched for files matching the pattern at any depth (``*.txt``,
    ``2024/*.txt``, ``**/news/*.txt``); an absolute pattern or one with ``..`` would read
    outside the folder, so it is refused.

    >>> check_glob("*.txt")
    >>> check_glob("../../x/*.txt")
    Traceback (most recent call last):
    ...
    ValueError: glob '../../x/*.txt' climbs out of its folder ('..'): a glob stays inside the folder it searches
    """
    if PurePosixPath(pattern).is_absolute() or PureWindowsPath(pattern).anchor:
        raise ValueError(
            f"glob {pattern!r} is absolute: a glob is relative to the folder it searches"
            " (say '*.txt' or 'news/*.txt')"
        )
    if ".." in pattern.split("/"):
        raise ValueError(
            f"glob {pattern!r} climbs out of its folder ('..'): a glob stays inside the folder it searches"
        )
    if not _glob_parts(pattern):
        raise ValueError(f"glob {pattern!r} names no file (say '*.txt')")


def _glob_parts(pattern: str) -> tuple[str, ...]:
    """``./news//**/**/*.txt`` -> ``("news", "**", "*.txt")``: one ``**`` in a row is enough."""
    parts: list[str] = []
    for part in pattern.split("/"):
        if part not in ("", ".") and not (part == "**" and parts[-1:] == ["**"]):
            parts.append(part)
    return tuple(parts)


def _glob_match(parts: tuple[str, ...], pattern: tuple[str, ...]) -> bool:
    """Whether path ``parts`` match ``pattern`` parts whole (``**`` stands for any parts)."""
    if not pattern:
        return not parts
    head, rest = pattern[0], pattern[1:]
    if head == "**":
        return any(_glob_match(parts[i:], rest) for i in range(len(parts) + 1))
    return bool(parts) and fnmatch.fnmatchcase(parts[0], head) and _glob_match(parts[1:], rest)


def _kind(path: str, jsonl_field: str | None) -> str:
    lower = path.lower()
    if lower.endswith(WARC_SUFFIXES):
        return "warc"
    if jsonl_field is not None or lower.endswith(JSONL_SUFFIXES):
        return "jsonl"
    return "text"


@contextlib.contextmanager
def _open_lines(path: str) -> Iterator[IO[bytes]]:
    """Open a file for reading, inflated when it starts with the gzip magic bytes.

    The file is opened once and its first bytes peeked at, so a FIFO named on the command line
    (``<(zcat feed.jsonl.gz)``) is read whole.
    """
    with open(path, "rb") as raw:
        if raw.peek(len(GZIP_MAGIC)).startswith(GZIP_MAGIC):
            with gzip.GzipFile(fileobj=raw) as inflated:
                yield cast("IO[bytes]", inflated)
        else:
            yield raw


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


# --- JSON Lines ---


def _jsonl_pages(
    stream: Iterable[bytes], name: str, field: str, path: str | None = None
) -> Iterator[Page]:
    for lineno, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        where = f"{name}:{lineno}"
        yield _jsonl_page(line, Page(name=where, key=where, path=path, line=lineno), field)


def _jsonl_page(line: bytes, base: Page, field: str) -> Page:
    """One JSON Lines record as a page; read by the same guarded loader as ``from_json``."""
    try:
        record = loads(line)
    except DecodeError as exc:
        return attrs.evolve(base, error=exc.errors[0].removeprefix("$: "))
    if not isinstance(record, dict):
        return attrs.evolve(base, error="not a JSON object")
    text = record.get(field)
    if not isinstance(text, str):
        found = "missing" if text is None else f"a {type(text).__name__}, not a string"
        return attrs.evolve(base, error=f"field {field!r} is {found}")
    url = record.get("url") if isinstance(record.get("url"), str) else None
    ident = record.get("id")
    key = str(ident) if isinstance(ident, str | int) else (url or base.name)
    shadowed = tuple(k for k in record if k != field and k in _ARTICLE_KEYS and k != "url")
    if "url" in record and url is None:
        shadowed += ("url",)
    extra = tuple(
        (k, v) for k, v in record.items() if k not in (field, "url") and k not in _ARTICLE_KEYS
    )
    return attrs.evolve(base, key=key, data=text, url=url, extra=extra, shadowed=shadowed)


# --- web archives ---


def _warc_pages(path: str) -> Iterator[Page]:
    try:
        archive: Any = importlib.import_module("warcio.archiveiterator")
    except ImportError:
        yield Page(
            name=path,
            key=path,
            path=path,
            error="reading WARC/WET files needs warcio: pip install 'newsparse[warc]'",
        )
        return
    html = _HtmlCheck()
    member_ended = True
    with open(path, "rb") as fh:
        if not fh.peek(len(GZIP_MAGIC)).startswith((GZIP_MAGIC, b"WARC/")):
            yield _report(path, error="damaged archive: it does not start with WARC/")
            return
        records = archive.ArchiveIterator(fh)
        for n, record in enumerate(records, start=1):
            where = f"{path}#{n}"
            page = None
            if record.rec_type in _WARC_PAGE_RECORDS:
                page = _warc_page(record, where, path, html)
            records.read_to_end(record)
            if getattr(record.raw_stream, "limit", 0):  # warcio stops quietly at a cut
                yield _report(where, error="damaged archive: the file ends inside this record")
                return
            if page is not None:
                yield page
            member_ended = _gzip_member_ended(records)
    if not member_ended:
        yield _report(
            path, error="damaged gzip: the file ends inside its last record's gzip member"
        )


def _gzip_member_ended(records: Any) -> bool:
    """Whether the record just read ended its gzip member (always, in a plain archive)."""
    decompressor = getattr(records.reader, "decompressor", None)
    return decompressor is None or bool(getattr(decompressor, "eof", True))


class _HtmlCheck:
    """Whether the ``html`` extra is installed, looked up once per archive."""

    def __init__(self) -> None:
        self.found: bool | None = None

    def installed(self) -> bool:
        if self.found is None:
            try:
                importlib.import_module(_HTML_CONVERTER)
            except ImportError:
                self.found = False
            else:
                self.found = True
        return self.found


def _warc_page(record: Any, where: str, path: str, html: _HtmlCheck) -> Page:
    """One page-holding WARC record: its text, its HTML, or why it is skipped."""
    url = record.rec_headers.get_header("WARC-Target-URI")
    ident = record.rec_headers.get_header("WARC-Record-ID")
    base = Page(
        name=where,
        key=ident or url or where,
        path=path,
        url=url,
        record_id=ident,
        extra=(("id", ident),) if ident else (),
    )
    http = record.http_headers if record.rec_type == "response" else None
    if http is not None and not http.get_statuscode().startswith("2"):
        return attrs.evolve(base, skipped=f"HTTP status {http.get_statuscode()}")
    media, charset = _media_type(http.get_header("Content-Type") if http else record.content_type)
    is_html = media in _HTML_TYPES
    if record.rec_type != "conversion" and media not in _TEXT_TYPES and not is_html:
        return attrs.evolve(base, skipped=f"not text: {media or 'no content type'}")
    if is_html and not html.installed():
        return attrs.evolve(base, skipped=NO_HTML_CONVERTER)
    try:
        data = _read_capped(record.content_stream().read)
    except _Unreadable as exc:
        return attrs.evolve(base, error=str(exc))
    if is_html:
        return attrs.evolve(base, data=_decode_html(data, charset), html=True)
    return attrs.evolve(base, data=data)


def _media_type(header: str | None) -> tuple[str, str | None]:
    """``text/html; charset=UTF-8`` -> ``("text/html", "UTF-8")``."""
    media, _, params = (header or "").partition(";")
    charset = None
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip(" \"'"):
            charset = value.strip(" \"'")
    return media.strip().lower(), charset


def _decode_html(data: bytes, charset: str | None) -> str:
    """HTML bytes as text: in the declared charset when it decodes them, else as a page is."""
    if charset:
        try:
            return data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
    return decode(data)[0]


def _read_capped(read: Callable[[int], bytes]) -> bytes:
    """Read a (possibly inflating) stream whole, refusing more than :data:`MAX_PAGE_BYTES`."""
    chunks: list[bytes] = []
    size = 0
    while chunk := read(_INFLATE_CHUNK):
        size += len(chunk)
        if size > MAX_PAGE_BYTES:
            raise _Unreadable(f"decompressed page larger than {MAX_PAGE_BYTES // 2**20} MiB")
        chunks.append(chunk)
    return b"".join(chunks)


# --- folders ---

_FolderId = tuple[int, int]


class _FolderWalk:
    """One folder walked depth first in sorted order, each folder read once.

    Yields the path of each regular file whose path below the folder matches the glob, and a
    :class:`Page` for each path that cannot be read (an ``error``) or is passed over on purpose
    (``skipped``): symlinked folders are followed, but one already being walked (a loop) or
    already read is skipped; a symlink that leads nowhere is skipped, whatever its name (it might
    have been a folder); a FIFO, socket or device matching the glob is skipped, never opened.
    """

    def __init__(self, root: str, pattern: tuple[str, ...]) -> None:
        self.root = root
        self.pattern = pattern if pattern[:1] == ("**",) else ("**", *pattern)
        self.seen: dict[_FolderId, str] = {}
        self.stack: list[tuple[Iterator[os.DirEntry[str]], _FolderId, tuple[str, ...]]] = []

    def __iter__(self) -> Iterator[str | Page]:
        try:
            top = os.stat(self.root)
        except OSError as exc:
            yield _report(self.root, error=f"cannot read folder: {_reason(exc)}")
            return
        yield from self._enter(self.root, (top.st_dev, top.st_ino), ())
        while self.stack:
            entries, _, rel = self.stack[-1]
            entry = next(entries, None)
            if entry is None:
                self.stack.pop()
            else:
                yield from self._visit(entry, (*rel, entry.name))

    def _enter(self, folder: str, ident: _FolderId, rel: tuple[str, ...]) -> Iterator[Page]:
        try:
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError as exc:
            yield _report(folder, error=f"cannot read folder: {_reason(exc)}")
            return
        self.seen[ident] = folder
        self.stack.append((iter(entries), ident, rel))

    def _visit(self, entry: os.DirEntry[str], rel: tuple[str, ...]) -> Iterator[str | Page]:
        try:
            info = os.stat(entry.path)  # through symlinks
        except OSError as exc:
            yield _report(entry.path, **_unfollowed(entry, exc))
            return
        if stat.S_ISDIR(info.st_mode):
            ident = (info.st_dev, info.st_ino)
            if any(ident == walking for _, walking, _ in self.stack):
                yield _report(entry.path, skipped="symlink loop")
            elif ident in self.seen:
                yield _report(entry.path, skipped=f"folder already read as {self.seen[ident]}")
            else:
                yield from self._enter(entry.path, ident, rel)
        elif _glob_match(rel, self.pattern):
            if stat.S_ISREG(info.st_mode):
                yield entry.path
            else:
                yield _report(entry.path, skipped="not a regular file")


def _unfollowed(entry: os.DirEntry[str], exc: OSError) -> dict[str, str]:
    """Why a path could not be looked at: a broken symlink is skipped, anything else failed."""
    if entry.is_symlink():
        if exc.errno == errno.ELOOP:
            return {"skipped": "symlink loop"}
        if exc.errno == errno.ENOENT:
            return {"skipped": "dangling symlink"}
    return {"error": f"cannot read: {_reason(exc)}"}


def _report(path: str, *, error: str | None = None, skipped: str | None = None) -> Page:
    return Page(name=path, key=path, path=path, error=error, skipped=skipped)


def _folder_pages(folder: str, glob: str, jsonl_field: str | None, field: str) -> Iterator[Page]:
    found = False
    for item in _FolderWalk(folder, _glob_parts(glob)):
        found = True
        if isinstance(item, Page):
            yield item
        else:
            yield from _file_pages(item, jsonl_field, field)
    if not found:
        yield _report(folder, error=f"no files match {glob!r} in this folder")


# --- paths ---


def iter_pages(
    paths: Iterable[str],
    *,
    glob: str = "*.txt",
    jsonl_field: str | None = None,
    stdin: IO[bytes] | None = None,
) -> Iterator[Page]:
    """Yield the pages named by command-line paths, lazily, in a stable order.

    A folder is searched recursively for files matching ``glob`` (sorted; symlinked folders
    followed once, see docs/cli.md); ``-`` is ``stdin``. Files ending in
    ``.jsonl``/``.ndjson`` (optionally ``.gz``) — or every input when ``jsonl_field`` is given —
    are JSON Lines, one page per line in the field ``jsonl_field`` (default ``text``);
    ``.warc``/``.wet`` (optionally ``.gz``) are web archives, one page per text or HTML record.
    A path that cannot be read becomes a page with an ``error``, one passed over on purpose a
    page with ``skipped``. A glob that is absolute or climbs out of its folder raises
    :class:`ValueError` at once (see :func:`check_glob`).

    >>> [p.error for p in iter_pages(["no/such/folder/page.txt"])]
    [None]
    >>> iter_pages(["."], glob="/etc/*")
    Traceback (most recent call last):
    ...
    ValueError: glob '/etc/*' is absolute: a glob is relative to the folder it searches (say '*.txt' or 'news/*.txt')
    """
    check_glob(glob)
    return _iter_pages(paths, glob, jsonl_field, stdin)


def _iter_pages(
    paths: Iterable[str], glob: str, jsonl_field: str | None, stdin: IO[bytes] | None
) -> Iterator[Page]:
    field = jsonl_field or "text"
    for raw in paths:
        if raw == "-":
            stream = stdin if stdin is not None else _stdin()
            if jsonl_field is not None:
                yield from _jsonl_pages(stream, "<stdin>", field)
            else:
                yield Page(name="<stdin>", key="<stdin>", data=stream.read())
        elif os.path.isdir(raw):
            yield from _folder_pages(raw, glob, jsonl_field, field)
        else:
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
                yield from _jsonl_pages(fh, path, field, path)
    except _GZIP_DAMAGE as exc:  # the records read before the damage were yielded
        yield _report(path, error=f"damaged gzip: {exc}")
    except OSError as exc:
        yield _report(path, error=f"cannot read: {_reason(exc)}")
    except Exception as exc:  # warcio raises its own errors on a damaged archive
        if type(exc).__module__.startswith("warcio"):
            yield _report(path, error=f"damaged archive: {exc}")
        else:
            raise


# --- one page, in a worker ---


def _page_text(page: Page) -> str | bytes:
    """The page's text (or bytes): read from its file, inflated, converted from HTML."""
    data = page.data
    if data is None:
        assert page.path is not None
        try:
            with open(page.path, "rb") as fh:
                data = fh.read()
        except OSError as exc:
            raise _Unreadable(f"cannot read: {_reason(exc)}") from None
    if isinstance(data, bytes) and data.startswith(GZIP_MAGIC):
        data = _gunzip(data)
    if page.html:
        data = _html_to_text(data if isinstance(data, str) else decode(data)[0])
    return data


def _gunzip(data: bytes) -> bytes:
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
            return _read_capped(stream.read)
    except _GZIP_DAMAGE as exc:
        raise _Unreadable(f"damaged gzip: {exc}") from None


def _html_to_text(html: str) -> str:
    """An HTML document as text: the whole page, blocks on their own lines, ``•`` list bullets."""
    try:
        converter: Any = importlib.import_module(_HTML_CONVERTER)
    except ImportError:
        raise _Unreadable(NO_HTML_CONVERTER) from None
    return cast("str", converter.extract_plain_text(html))


def _process(page: Page, options: _Options) -> Outcome:
    """Read (when needed) and parse one page; every failure becomes ``Outcome.error``."""
    if page.skipped is not None:
        return Outcome(page=page, skipped=page.skipped)
    if page.error is not None:
        return Outcome(page=page, error=page.error)
    light = attrs.evolve(page, data=None)  # do not send the text back
    try:
        data = _page_text(page)
    except _Unreadable as exc:
        return Outcome(page=light, error=str(exc))
    try:
        result = _parse_one(data, options)
    except Exception as exc:
        # A bug in newsparse, not a fault of the page (``parse`` never raises on content): this
        # page fails with the trace for a bug report, and the batch goes on.
        error = f"internal error (a bug in newsparse): {type(exc).__name__}: {exc}"
        return Outcome(page=light, error=error, trace=traceback.format_exc())
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

    A page that cannot be read or parsed (a strict defect) gives an outcome with ``error``; a
    page passed over on purpose (``Page.skipped``) one with ``skipped``; the others go on.

    >>> [o.parsed.article.title for o in run([Page(name="a", key="a", data="Rain\\n\\nIt rained.")])]
    ['Rain']
    >>> [o.skipped for o in run([Page(name="b", key="b", skipped="dangling symlink")])]
    ['dangling symlink']
    """
    options = _Options(tz=tz, reference_time=reference_time, policy=policy)
    yield from ordered_map(
        functools.partial(_process, options=options), pages, jobs=jobs, chunksize=chunksize
    )
