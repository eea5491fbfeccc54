"""The inputs of a batch (issue 15): every path and record is parsed or reported, never lost.

JSON Lines read by the guarded loader of ``from_json``; damaged gzip; globs that stay inside
their folder; the folder walk (symlinks, loops, FIFOs, unreadable folders); web archives
(text/plain and HTML responses, WET conversions); gzip pages by their magic bytes; and the
fields that name each page's input.
"""

from __future__ import annotations

import errno
import gzip
import importlib.util
import io
import json
import os
import random
import sys
import threading
import zlib
from collections.abc import Iterator
from itertools import islice
from pathlib import Path
from types import ModuleType

import attrs
import pytest

import newsparse
from newsparse import _batch
from newsparse._batch import (
    NO_HTML_CONVERTER,
    Outcome,
    Page,
    check_glob,
    iter_pages,
    run,
)

INPUTS = Path(__file__).parent / "data" / "inputs"
PAGE = "Quay reopens\n\nThe quay reopened on Monday after the storm.\n"
OTHER = "Bakery extends its hours\n\nThe bakery now opens at six.\n"
ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
as_root = pytest.mark.skipif(ROOT, reason="root reads a folder of mode 000")
#: Seconds to wait for a FIFO reader that should finish at once (a hang guard, not a timing).
FIFO_PATIENCE = 30


def outcomes(*paths: str | Path, glob: str = "*.txt") -> list[Outcome]:
    return list(run(iter_pages([str(p) for p in paths], glob=glob)))


def summary(results: list[Outcome]) -> list[tuple[str, str]]:
    """Each outcome as (name, what became of it): a title, ``error: …`` or ``skipped: …``."""
    rows = []
    for o in results:
        if o.parsed is not None:
            rows.append((o.page.name, o.parsed.article.title))
        elif o.skipped is not None:
            rows.append((o.page.name, f"skipped: {o.skipped}"))
        else:
            rows.append((o.page.name, f"error: {o.error}"))
    return rows


# --- 1. JSON Lines: one bad line is one failed page ------------------------------------------


def test_a_line_nested_100000_deep_fails_alone(tmp_path: Path) -> None:
    deep = "[" * 100_000 + "]" * 100_000
    feed = tmp_path / "feed.jsonl"
    lines = [json.dumps({"text": PAGE}), deep, json.dumps({"text": OTHER})]
    feed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(newsparse.DecodeError) as loader:
        newsparse.from_json(deep)
    got = summary(outcomes(feed))
    assert got == [
        (f"{feed}:1", "Quay reopens"),
        (f"{feed}:2", "error: " + loader.value.errors[0].removeprefix("$: ")),
        (f"{feed}:3", "Bakery extends its hours"),
    ]


def test_json_lines_are_read_lazily() -> None:
    pulled = 0

    class Endless(io.BytesIO):
        def __iter__(self) -> Iterator[bytes]:
            nonlocal pulled
            while True:
                pulled += 1
                yield json.dumps({"text": f"Day {pulled}\n\nIt rained."}).encode() + b"\n"

    pages = iter_pages(["-"], jsonl_field="text", stdin=Endless())
    assert [p.line for p in islice(pages, 5)] == [1, 2, 3, 4, 5]
    assert pulled == 5


# --- 2. damaged gzip: the records before it are kept, the inputs after it go on --------------


def _feed_gz(first: int, last: int) -> bytes:
    """A gzip JSON Lines feed big enough that deflate writes many blocks (so a cut keeps some)."""
    rng = random.Random(15)
    words = "quay ferry tide storm bakery council orchard harbour lamp road".split()
    lines = []
    for n in range(first, last):
        body = " ".join(rng.choice(words) for _ in range(400))
        lines.append(json.dumps({"id": f"r{n}", "text": f"Record {n}\n\n{body}."}))
    return gzip.compress(("\n".join(lines) + "\n").encode(), mtime=0)


#: The first byte of deflate data after a 10-byte gzip header; 0x07 is a block of type 3,
#: which does not exist.
_DEFLATE_START, _BAD_BLOCK = 10, b"\x07"


def _damaged(kind: str) -> bytes:
    whole = _feed_gz(0, 200)
    if kind == "truncated":  # EOFError
        return whole[: len(whole) // 2]
    if kind == "corrupt":  # zlib.error: a good gzip member, then one with a bad block
        second = _feed_gz(100, 200)
        second = second[:_DEFLATE_START] + _BAD_BLOCK + second[_DEFLATE_START + 1 :]
        return _feed_gz(0, 100) + second
    assert kind == "bad header"  # gzip.BadGzipFile: compression method 9 does not exist
    return b"\x1f\x8b\x09" + whole[3:]


@pytest.mark.parametrize("kind", ["truncated", "corrupt", "bad header"])
def test_damaged_jsonl_gz_before_a_good_page(tmp_path: Path, kind: str) -> None:
    feed = tmp_path / "feed.jsonl.gz"
    feed.write_bytes(_damaged(kind))
    good = tmp_path / "good.txt"
    good.write_text(PAGE, encoding="utf-8")
    got = summary(outcomes(feed, good))
    assert got[-1] == (str(good), "Quay reopens")
    assert got[-2][0] == str(feed)
    assert got[-2][1].startswith("error: damaged gzip: ")
    kept = got[:-2]
    assert kept == [(f"{feed}:{n}", f"Record {n - 1}") for n in range(1, len(kept) + 1)]
    if kind == "corrupt":
        assert len(kept) == 100
    if kind != "bad header":
        assert 0 < len(kept) < 200  # the records read before the damage are kept


def test_each_damage_raises_its_own_gzip_error() -> None:
    with pytest.raises(EOFError):
        gzip.decompress(_damaged("truncated"))
    with pytest.raises(zlib.error):
        gzip.decompress(_damaged("corrupt"))
    with pytest.raises(gzip.BadGzipFile):
        gzip.decompress(_damaged("bad header"))


def test_a_gzip_feed_through_a_fifo_is_read_once(tmp_path: Path) -> None:
    # `newsparse parse --jsonl-field text <(zcat …)`: a pipe can be opened and read only once.
    fifo = tmp_path / "feed"
    os.mkfifo(fifo)
    feed = gzip.compress(b"".join(json.dumps({"text": t}).encode() + b"\n" for t in (PAGE, OTHER)))
    titles: list[str] = []

    def write() -> None:
        try:
            with open(fifo, "wb") as fh:
                fh.write(feed)
        except BrokenPipeError:  # the reader closed early: it will wait for a second writer
            pass

    def read() -> None:
        results = run(iter_pages([str(fifo)], jsonl_field="text"))
        titles.extend(o.parsed.article.title for o in results if o.parsed is not None)

    writer, reader = threading.Thread(target=write), threading.Thread(target=read, daemon=True)
    writer.start()
    reader.start()
    reader.join(timeout=FIFO_PATIENCE)
    writer.join(timeout=FIFO_PATIENCE)
    if reader.is_alive():  # let a reader stuck on a second open go
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
    assert titles == ["Quay reopens", "Bakery extends its hours"]


# --- 6. gzip pages by their magic bytes, capped --------------------------------------------


def test_gzip_pages_are_read_by_their_magic_bytes(tmp_path: Path) -> None:
    named = tmp_path / "a.txt.gz"
    named.write_bytes(gzip.compress(PAGE.encode(), mtime=0))
    unnamed = tmp_path / "b.txt"
    unnamed.write_bytes(gzip.compress(OTHER.encode("cp1252"), mtime=0))
    cut = tmp_path / "c.txt.gz"
    cut.write_bytes(gzip.compress(PAGE.encode(), mtime=0)[:-12])
    last = tmp_path / "d.txt"
    last.write_text(OTHER, encoding="utf-8")
    got = summary(outcomes(tmp_path, glob="*.txt*"))
    assert got[:2] == [(str(named), "Quay reopens"), (str(unnamed), "Bakery extends its hours")]
    assert got[2][0] == str(cut)
    assert got[2][1].startswith("error: damaged gzip: Compressed file ended")
    assert got[3] == (str(last), "Bakery extends its hours")
    (from_stdin,) = run(iter_pages(["-"], stdin=io.BytesIO(gzip.compress(PAGE.encode()))))
    assert from_stdin.parsed is not None and from_stdin.parsed.article.title == "Quay reopens"


def test_a_gzip_bomb_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_batch, "MAX_PAGE_BYTES", 2**20)
    bomb = tmp_path / "bomb.txt.gz"
    bomb.write_bytes(gzip.compress(b"Title\n\n" + b"la " * 2**20))
    ok = tmp_path / "ok.txt.gz"
    ok.write_bytes(gzip.compress(b"Title\n\n" + b"la " * 2**15))
    assert summary(outcomes(bomb, ok)) == [
        (str(bomb), "error: decompressed page larger than 1 MiB"),
        (str(ok), "Title"),
    ]
    assert _batch.MAX_PAGE_BYTES == 2**20  # the named limit is the one applied


# --- 3. a glob is relative to its folder and stays inside it --------------------------------


@pytest.mark.parametrize(
    ("pattern", "message"),
    [
        ("/etc/*", "is absolute"),
        ("../../x/*.txt", "climbs out of its folder"),
        ("news/../../*.txt", "climbs out of its folder"),
        ("C:/pages/*.txt", "is absolute"),
        ("", "names no file"),
        ("./", "names no file"),
    ],
)
def test_globs_outside_the_folder_are_refused(pattern: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        check_glob(pattern)
    with pytest.raises(ValueError, match=message):
        iter_pages(["."], glob=pattern)  # at once, before anything is read


def _tree(root: Path) -> None:
    for rel in ["a.txt", "b.md", "news/c.txt", "news/2024/d.txt", "old/news/e.txt", "x/y/z.TXT"]:
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(f"{rel}\n\nText.\n", encoding="utf-8")


@pytest.mark.parametrize(
    "pattern",
    [
        "*.txt",
        "*.md",
        "news/*.txt",
        "**/news/*.txt",
        "*/*.txt",
        "2024/*",
        "*",
        "*.TXT",
        "./**/**/*.txt",
    ],
)
def test_globs_select_what_pathlib_rglob_selects(tmp_path: Path, pattern: str) -> None:
    check_glob(pattern)
    _tree(tmp_path)
    expected = sorted(str(p) for p in tmp_path.rglob(pattern) if p.is_file())
    assert [p.name for p in iter_pages([str(tmp_path)], glob=pattern)] == expected


# --- 4. the folder walk: every path met is parsed or reported --------------------------------


def _page(path: Path, title: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"{title}\n\nIt happened.\n", encoding="utf-8")


def test_symlinks_fifos_and_loops_are_followed_once_or_reported(tmp_path: Path) -> None:
    root, elsewhere = tmp_path / "pages", tmp_path / "elsewhere"
    _page(root / "a.txt", "Page A")
    _page(root / "real" / "r.txt", "Page R")
    _page(elsewhere / "e.txt", "Page E")
    (root / "linked").symlink_to(elsewhere)  # a folder outside: followed
    (root / "loop").symlink_to(root)  # back to the top: a loop
    (root / "again").symlink_to(root / "real")  # a folder read twice over
    (root / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (root / "gone_folder").symlink_to(tmp_path / "nowhere")
    (root / "self.txt").symlink_to(root / "self.txt")
    (root / "null.txt").symlink_to(os.devnull)
    os.mkfifo(root / "pipe.txt")  # never opened: it would block
    os.mkfifo(root / "pipe.fifo")  # not matched by the glob: not a page
    got = summary(outcomes(root))
    assert got == [
        (f"{root}/a.txt", "Page A"),
        (f"{root}/again/r.txt", "Page R"),
        (f"{root}/gone.txt", "skipped: dangling symlink"),
        (f"{root}/gone_folder", "skipped: dangling symlink"),
        (f"{root}/linked/e.txt", "Page E"),
        (f"{root}/loop", "skipped: symlink loop"),
        (f"{root}/null.txt", "skipped: not a regular file"),
        (f"{root}/pipe.txt", "skipped: not a regular file"),
        (f"{root}/real", f"skipped: folder already read as {root}/again"),
        (f"{root}/self.txt", "skipped: symlink loop"),
    ]


def test_a_loop_deeper_down_is_found(tmp_path: Path) -> None:
    _page(tmp_path / "a" / "b" / "p.txt", "Deep page")
    (tmp_path / "a" / "b" / "up").symlink_to(tmp_path / "a")
    assert summary(outcomes(tmp_path)) == [
        (f"{tmp_path}/a/b/p.txt", "Deep page"),
        (f"{tmp_path}/a/b/up", "skipped: symlink loop"),
    ]


def _deny(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """Make ``os.scandir`` refuse ``folder`` as the kernel does for a folder of mode 000."""
    real = os.scandir

    def scandir(path: str) -> object:
        if os.path.samefile(path, folder):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), path)
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)


def _locked_tree(root: Path) -> Path:
    _page(root / "a.txt", "Page A")
    _page(root / "locked" / "hidden.txt", "Hidden")
    _page(root / "z.txt", "Page Z")
    return root / "locked"


UNREADABLE = [
    ("a.txt", "Page A"),
    ("locked", "error: cannot read folder: Permission denied"),
    ("z.txt", "Page Z"),
]


def test_an_unreadable_subfolder_is_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _deny(monkeypatch, _locked_tree(tmp_path))
    got = summary(outcomes(tmp_path))
    assert got == [(f"{tmp_path}/{name}", what) for name, what in UNREADABLE]


def test_an_unreadable_folder_given_directly_says_permission_denied(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    locked = _locked_tree(tmp_path)
    _deny(monkeypatch, locked)
    assert summary(outcomes(locked)) == [
        (str(locked), "error: cannot read folder: Permission denied")
    ]


@as_root
def test_folders_of_mode_000_as_an_unprivileged_user(tmp_path: Path) -> None:
    locked = _locked_tree(tmp_path)
    locked.chmod(0)
    try:
        got = summary(outcomes(tmp_path))
        direct = summary(outcomes(locked))
    finally:
        locked.chmod(0o755)
    assert got == [(f"{tmp_path}/{name}", what) for name, what in UNREADABLE]
    assert direct == [(str(locked), "error: cannot read folder: Permission denied")]


def test_an_empty_folder_still_says_no_files_match(tmp_path: Path) -> None:
    assert summary(outcomes(tmp_path)) == [
        (str(tmp_path), "error: no files match '*.txt' in this folder")
    ]


def test_a_skipped_page_is_a_skipped_outcome_and_not_ok() -> None:
    page = Page(
        name="d/pipe.txt", key="d/pipe.txt", path="d/pipe.txt", skipped="not a regular file"
    )
    for jobs in (1, 2):
        (outcome,) = run([page], jobs=jobs)
        assert outcome == Outcome(page=page, skipped="not a regular file")
        assert not outcome.ok and outcome.error is None


# --- 5, 7. web archives ----------------------------------------------------------------------


def _fixtures() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_fixtures", INPUTS / "make_fixtures.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _rid(n: int) -> str:
    return f"<urn:uuid:00000000-0000-4000-8000-{n:012d}>"


def test_warc_text_plain_and_html_responses(tmp_path: Path) -> None:
    pytest.importorskip("warcio")
    pytest.importorskip("resiliparse")
    warc = INPUTS / "crawl.warc"
    results = outcomes(warc)
    assert summary(results) == [
        (f"{warc}#3", "Quay lights switched back on after storm repairs"),
        (f"{warc}#4", "Winter ferry timetable cuts the last crossing"),
        (f"{warc}#5", "skipped: not text: image/png"),
        (f"{warc}#6", "skipped: HTTP status 404"),
    ]
    quay, ferry = results[0], results[1]
    assert quay.page.record_id == quay.page.key == _rid(3)
    assert quay.page.url == "https://carrow.example/news/quay"
    assert quay.page.path == str(warc) and quay.page.line is None
    assert quay.parsed is not None and quay.parsed.article.url == quay.page.url
    assert quay.parsed.article == attrs.evolve(
        newsparse.parse(_fixtures().PLAIN_PAGE), url=quay.page.url
    )
    assert ferry.page.html and ferry.page.record_id == _rid(4)
    assert ferry.parsed is not None
    article = ferry.parsed.article
    assert article.authors == ("Jo Marsh",) and str(article.published) == "2024-03-02"
    assert article.paragraphs[-1].startswith("“We were not asked,” said Ada Quill")


def test_warc_html_without_the_html_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("warcio")
    monkeypatch.setitem(sys.modules, "resiliparse.extract.html2text", None)  # not installed
    warc = INPUTS / "crawl.warc"
    got = summary(outcomes(warc))
    assert got[1] == (f"{warc}#4", f"skipped: {NO_HTML_CONVERTER}")
    assert got[0][1] == "Quay lights switched back on after storm repairs"
    assert NO_HTML_CONVERTER == "HTML record (install newsparse[html] to convert it)"
    # a page read where the extra was, parsed where it is not: a clear failure
    html = Page(name="x#4", key="x#4", data="<p>Hi</p>", html=True)
    (outcome,) = run([html])
    assert outcome.error == NO_HTML_CONVERTER


def test_wet_conversion_records() -> None:
    pytest.importorskip("warcio")
    wet = INPUTS / "crawl.warc.wet"
    results = outcomes(wet)
    assert summary(results) == [
        (f"{wet}#2", "Crumb bakery opens a second oven"),
        (f"{wet}#3", "Spring tide floods the lower car park"),
    ]
    assert [o.page.record_id for o in results] == [_rid(12), _rid(13)]
    assert [o.page.url for o in results] == [url for url, _ in _fixtures().WET_PAGES]
    assert results[0].page.extra == (("id", _rid(12)),)


@pytest.mark.parametrize(("cut", "last"), [(0.5, "#4"), (-10, "")])
def test_a_cut_warc_gz_says_so(tmp_path: Path, cut: float, last: str) -> None:
    pytest.importorskip("warcio")
    whole = tmp_path / "whole.warc.gz"
    _fixtures().write_warc(whole, gzip=True)
    data = whole.read_bytes()
    warc = tmp_path / "cut.warc.gz"
    warc.write_bytes(data[: int(len(data) * cut)] if cut > 0 else data[: int(cut)])
    good = tmp_path / "good.txt"
    good.write_text(PAGE, encoding="utf-8")
    got = summary(outcomes(warc, good))
    assert got[0] == (f"{warc}#3", "Quay lights switched back on after storm repairs")
    assert got[-1] == (str(good), "Quay reopens")
    name, what = got[-2]
    assert name == f"{warc}{last}"
    assert what.startswith(("error: damaged archive: ", "error: damaged gzip: "))


def test_html_payloads_are_decoded_by_their_charset() -> None:
    assert _batch._decode_html("Café".encode("latin-1"), "ISO-8859-1") == "Café"
    assert _batch._decode_html("Café".encode(), "no-such-charset") == "Café"
    assert _batch._decode_html("Café".encode("cp1252"), "utf-8") == "Café"
    assert _batch._media_type('text/HTML; Charset="UTF-8"') == ("text/html", "UTF-8")
    assert _batch._media_type(None) == ("", None)


# --- 8. every page names its input ------------------------------------------------------------


def test_json_lines_pages_carry_their_line_and_shadowed_fields(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    records = [
        {"id": "w-1", "text": PAGE, "title": "Theirs", "comments": [], "lang": "en"},
        {"text": OTHER, "url": 7, "published": "2024-01-01", "section": "Local"},
    ]
    feed.write_text("\n\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    first, second = iter_pages([str(feed)])
    assert (first.name, first.key, first.path, first.line) == (f"{feed}:1", "w-1", str(feed), 1)
    assert first.shadowed == ("title", "comments")
    assert first.extra == (("id", "w-1"), ("lang", "en"))
    assert (second.line, second.url, second.extra) == (3, None, ())
    assert second.shadowed == ("published", "section", "url")
    (parsed,) = [o.parsed for o in run([first])]
    assert parsed is not None and parsed.article.title == "Quay reopens"  # the page decides


def test_text_pages_name_their_file(tmp_path: Path) -> None:
    _page(tmp_path / "p.txt", "Page P")
    (page,) = iter_pages([str(tmp_path)])
    assert (page.name, page.key, page.path, page.line, page.record_id) == (
        str(tmp_path / "p.txt"),
        str(tmp_path / "p.txt"),
        str(tmp_path / "p.txt"),
        None,
        None,
    )
