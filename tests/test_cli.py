"""The installed ``newsparse`` command, driven as a subprocess over invented example pages."""

from __future__ import annotations

import csv
import gzip
import importlib
import io
import json
import os
import pty
import shutil
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

import newsparse
from newsparse._export import _neutral

CLI_PAGES = Path(__file__).parent / "data" / "cli"
FIXTURES = Path(__file__).parent / "data" / "pages"
# The folder holds four pages, two of them in a sub-folder; sorted recursively:
ORDER = ["lighthouse_keepers.txt", "more/allotments.txt", "more/night_bus.txt", "orchard_cider.txt"]


def _command() -> list[str]:
    script = shutil.which("newsparse", path=os.path.dirname(sys.executable))
    return [script] if script else [sys.executable, "-m", "newsparse"]


def cli(
    *args: str | Path, stdin: bytes | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [*_command(), *map(str, args)],
        input=stdin,
        capture_output=True,
        cwd=cwd,
        timeout=120,
        check=False,
    )


def _expected(name: str) -> newsparse.Article:
    return newsparse.parse((CLI_PAGES / name).read_bytes())


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A copy of the example folder, plus a file the default glob (*.txt) leaves out."""
    target = tmp_path / "pages"
    shutil.copytree(CLI_PAGES, target)
    (target / "notes.md").write_text("not a page\n", encoding="utf-8")
    return target


def _summary(stderr: bytes) -> str:
    return stderr.decode().strip().splitlines()[-1]


# --- formats ----------------------------------------------------------------------------------


def test_folder_to_json_is_an_array_in_sorted_order(folder: Path) -> None:
    done = cli("parse", folder)
    assert done.returncode == 0, done.stderr
    docs = json.loads(done.stdout)
    assert [newsparse.from_dict(d) for d in docs] == [_expected(n) for n in ORDER]
    assert _summary(done.stderr) == "parsed 4, failed 0, defects 2"


def test_folder_to_jsonl_reads_back(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "articles.jsonl"
    done = cli("parse", folder, "--format", "jsonl", "-o", out)
    assert done.returncode == 0, done.stderr
    assert done.stdout == b""
    assert list(newsparse.from_jsonl(out)) == [_expected(n) for n in ORDER]


@pytest.mark.parametrize("table", ["articles", "comments", "quotes"])
def test_folder_to_csv_tables_parse_back_with_the_csv_module(folder: Path, table: str) -> None:
    done = cli("parse", folder, "--format", "csv", "--table", table)
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(done.stdout.decode("utf-8"), newline="")))
    assert rows, "every table has rows for these pages"
    assert tuple(rows[0]) == newsparse.TABLES[table]
    expected = [
        {k: "" if v is None else str(_neutral(v)) for k, v in row.items()}  # CSV text is made safe
        for name in ORDER
        for row in newsparse.to_rows(_expected(name), table, key=str(folder / name))
    ]
    assert rows == expected


def test_csv_comments_keep_threads_and_text(folder: Path) -> None:
    done = cli("parse", folder / "lighthouse_keepers.txt", "--format", "csv", "--table", "comments")
    rows = list(csv.DictReader(io.StringIO(done.stdout.decode("utf-8"), newline="")))
    assert [(r["comment"], r["author"], r["posted"], r["reply_to"]) for r in rows] == [
        ("0", "Cliffwalker", "2022-06-03T07:45:00", ""),
        ("1", "", "2022-06-03T08:10:00", ""),
        ("2", "Owen F", "2022-06-03T09:30:00", "0"),
    ]
    assert rows[1]["text"].endswith("those stairs?"), "the button label is not in the text"


def test_folder_to_jsonld(folder: Path) -> None:
    done = cli("parse", folder, "--format", "jsonld")
    assert done.returncode == 0, done.stderr
    docs = json.loads(done.stdout)
    assert len(docs) == 4
    for doc, name in zip(docs, ORDER, strict=True):
        article = _expected(name)
        assert doc["@context"] == "https://schema.org"
        assert doc["@type"] == "NewsArticle"
        assert doc["headline"] == article.title
        assert doc["identifier"] == str(folder / name)
        assert len(doc.get("comment", [])) == len(article.comments)
        assert len(doc.get("hasPart", [])) == len(article.quotes)
    lighthouse = docs[0]
    assert {c["@type"] for c in lighthouse["comment"]} == {"Comment"}
    assert lighthouse["comment"][2]["parentItem"] == {"@id": lighthouse["comment"][0]["@id"]}
    assert lighthouse["comment"][0]["parentItem"] == {"@id": lighthouse["@id"]}
    speakers = [q["spokenByCharacter"]["name"] for q in lighthouse["hasPart"]]
    assert speakers == [q.speaker for q in _expected(ORDER[0]).quotes]
    assert len({d["@id"] for d in docs}) == 4, "blank-node ids do not collide"


def test_folder_to_text_renders_each_page(folder: Path) -> None:
    done = cli("parse", folder, "--format", "text")
    assert done.returncode == 0, done.stderr
    pages = done.stdout.decode("utf-8").split("\f\n")
    assert pages == [newsparse.render(_expected(n)) for n in ORDER]


def test_one_page_to_json_is_one_object_as_before() -> None:
    page = FIXTURES / "harbour_parking_vote.txt"
    done = cli("parse", page)
    assert done.returncode == 0
    assert done.stderr == b"", "one page: no summary line"
    expected = newsparse.parse(page.read_bytes())
    assert done.stdout.decode() == newsparse.to_json(expected, indent=2) + "\n"


def test_glob_selects_files_in_folders(folder: Path) -> None:
    (folder / "notes.md").write_text("Allotment notes\n\nThe beans are up.\n", encoding="utf-8")
    done = cli("parse", folder, "--glob", "*.md", "--format", "jsonl")
    assert [json.loads(line)["title"] for line in done.stdout.splitlines()] == ["Allotment notes"]


# --- stdin and JSON Lines input ---------------------------------------------------------------


def test_stdin_page() -> None:
    data = (CLI_PAGES / "orchard_cider.txt").read_bytes()
    done = cli("parse", "-", "--format", "jsonl", stdin=data)
    assert done.returncode == 0, done.stderr
    assert newsparse.from_json(done.stdout) == newsparse.parse(data)


def test_stdin_json_lines_carry_url_and_other_fields() -> None:
    lines = [
        {
            "id": "w-1",
            "url": "https://example.org/cider",
            "lang": "en",
            "body": _text("orchard_cider.txt"),
        },
        {"url": "https://example.org/bus", "body": _text("more/night_bus.txt")},
        {"body": _text("more/allotments.txt")},
    ]
    data = "".join(json.dumps(line) + "\n" for line in lines).encode()
    done = cli("parse", "-", "--jsonl-field", "body", "--format", "jsonl", stdin=data)
    assert done.returncode == 0, done.stderr
    docs = [json.loads(line) for line in done.stdout.splitlines()]
    assert docs[0]["url"] == "https://example.org/cider"
    assert (docs[0]["id"], docs[0]["lang"]) == ("w-1", "en")
    assert "body" not in docs[0]
    assert newsparse.from_dict(docs[0], allow_unknown=True) == _with_url(
        "orchard_cider.txt", "https://example.org/cider"
    )
    assert newsparse.from_dict(docs[2]) == _expected("more/allotments.txt")
    keys = cli("parse", "-", "--jsonl-field", "body", "--format", "csv", stdin=data)
    rows = list(csv.DictReader(io.StringIO(keys.stdout.decode(), newline="")))
    assert [r["article_id"] for r in rows] == ["w-1", "https://example.org/bus", "<stdin>:3"]


def test_jsonl_file_by_its_suffix_with_a_bad_line(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl.gz"
    with gzip.open(feed, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"text": _text("orchard_cider.txt")}) + "\n")
        fh.write("{not json\n")
        fh.write(json.dumps({"title": "no text field"}) + "\n")
        fh.write(json.dumps({"text": _text("lighthouse_keepers.txt")}) + "\n")
    done = cli("parse", feed, "--format", "jsonl")
    assert done.returncode == 1
    assert [newsparse.from_json(x) for x in done.stdout.splitlines()] == [
        _expected("orchard_cider.txt"),
        _expected("lighthouse_keepers.txt"),
    ]
    err = done.stderr.decode().splitlines()
    assert err[0].startswith(f"newsparse: {feed}:2: not valid JSON")
    assert err[1] == f"newsparse: {feed}:3: field 'text' is missing"
    assert err[-1] == "parsed 2, failed 2, defects 0"


def _text(name: str) -> str:
    return (CLI_PAGES / name).read_text(encoding="utf-8")


def _with_url(name: str, url: str) -> newsparse.Article:
    import attrs

    return attrs.evolve(_expected(name), url=url)


# --- failures never stop a batch --------------------------------------------------------------


def test_missing_and_unreadable_files_among_good_ones(folder: Path, tmp_path: Path) -> None:
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)  # opening it fails: too many levels of symbolic links
    locked = tmp_path / "locked.txt"
    locked.write_text("Locked away\n\nYou cannot read this.\n", encoding="utf-8")
    locked.chmod(0)
    unreadable = [loop] if os.geteuid() == 0 else [loop, locked]  # root reads anything
    good = [folder / "orchard_cider.txt", folder / "lighthouse_keepers.txt"]
    missing = tmp_path / "missing.txt"
    out = tmp_path / "out.jsonl"
    done = cli("parse", good[0], missing, *unreadable, good[1], "--format", "jsonl", "-o", out)
    assert done.returncode == 1
    err = done.stderr.decode().splitlines()
    assert f"newsparse: {missing}: cannot read: No such file or directory" in err
    assert f"newsparse: {loop}: cannot read: Too many levels of symbolic links" in err
    if locked in unreadable:
        assert f"newsparse: {locked}: cannot read: Permission denied" in err
    assert err[-1] == f"parsed 2, failed {1 + len(unreadable)}, defects 0"
    assert list(newsparse.from_jsonl(out)) == [newsparse.parse(p.read_bytes()) for p in good]


def test_a_missing_single_file_is_one_line_and_status_1(tmp_path: Path) -> None:
    done = cli("parse", tmp_path / "gone.txt")
    assert done.returncode == 1
    assert done.stdout == b""
    assert (
        done.stderr.decode()
        == f"newsparse: {tmp_path / 'gone.txt'}: cannot read: No such file or directory\n"
    )


def test_an_empty_folder_is_reported(tmp_path: Path) -> None:
    done = cli("parse", tmp_path, "--format", "jsonl")
    assert done.returncode == 1
    assert f"newsparse: {tmp_path}: no files match '*.txt' in this folder" in done.stderr.decode()


def test_strict_fails_only_the_pages_with_defects(folder: Path) -> None:
    done = cli("parse", folder, "--strict", "--format", "jsonl")
    assert done.returncode == 1
    titles = [json.loads(line)["title"] for line in done.stdout.splitlines()]
    assert titles == [_expected(n).title for n in ORDER if n != "more/night_bus.txt"]
    err = done.stderr.decode().splitlines()
    assert err[0].startswith(
        f"newsparse: {folder / 'more/night_bus.txt'}: strict: dates-disagree: line 13:"
    )
    assert err[-1] == "parsed 3, failed 1, defects 0"


def test_unwritable_output_and_bad_options_are_usage_errors(tmp_path: Path) -> None:
    done = cli("parse", CLI_PAGES, "-o", tmp_path / "no" / "such" / "dir.jsonl")
    assert done.returncode == 2
    assert done.stderr.decode().startswith("newsparse: cannot write ")
    assert b"Traceback" not in done.stderr
    for bad in (["--tz", "Mars/Olympus"], ["--reference-time", "noon"], ["-j", "many"]):
        done = cli("parse", CLI_PAGES, *bad)
        assert done.returncode == 2
        assert b"Traceback" not in done.stderr
        assert done.stderr.decode().splitlines()[-1].startswith("newsparse parse: error: ")


# --- defects ----------------------------------------------------------------------------------


def test_defects_beside_the_output(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "articles.jsonl"
    done = cli("parse", folder, "--format", "jsonl", "-o", out, "--defects")
    assert done.returncode == 0
    records = [
        json.loads(x) for x in (tmp_path / "articles.defects.jsonl").read_text().splitlines()
    ]
    bus = str(folder / "more/night_bus.txt")
    assert [(r["kind"], r["line"]) for r in records if r["article_id"] == bus] == [
        ("dates-disagree", 13),
        ("comment-count-mismatch", 15),
    ]
    assert {r["kind"] for r in records} >= {"dropped", "dates-disagree"}
    assert set(records[0]) == {"article_id", "input", "kind", "line", "text", "reason"}
    named = tmp_path / "d.jsonl"
    cli("parse", folder, "--format", "csv", "--defects-to", named)
    assert named.read_text() == (tmp_path / "articles.defects.jsonl").read_text()


def test_defects_on_stderr_without_an_output_file(folder: Path) -> None:
    one = cli("parse", folder / "more/night_bus.txt", "--defects")
    assert one.stderr.decode().splitlines() == [
        "defect: dates-disagree: line 13: published is 2024-01-20 elsewhere: "
        "'Published in The Carrow Post, January 22nd, 2024.'",
        "defect: comment-count-mismatch: line 15: the page declares 4 comments, 1 were found: "
        "'Reader Comments (4)'",
    ]
    many = cli("parse", folder, "--defects", "--format", "jsonl")
    assert (
        f"{folder / 'lighthouse_keepers.txt'}: dropped: line 19: widget label: 'Facebook Conversations'"
        in many.stderr.decode().splitlines()
    )


# --- processes, options, help -----------------------------------------------------------------


def test_two_processes_write_what_one_writes(tmp_path: Path) -> None:
    # More pages than one chunk of work, so the order really crosses processes.
    for i in range(3):
        for page in sorted(FIXTURES.glob("*.txt")):
            (tmp_path / f"{i}-{page.name}").write_bytes(page.read_bytes())
    one = cli("parse", tmp_path, "--format", "jsonl", "-j", "1")
    two = cli("parse", tmp_path, "--format", "jsonl", "-j", "2")
    assert one.returncode == two.returncode == 0
    assert len(one.stdout.splitlines()) == 3 * len(list(FIXTURES.glob("*.txt")))
    assert two.stdout == one.stdout
    assert two.stderr == one.stderr


def test_time_zone_and_reference_time(tmp_path: Path) -> None:
    page = tmp_path / "late.txt"
    page.write_text(
        "Late news\n\nIt happened.\n\nComments\n\n  • Ann\n    3 hours ago\n\n    Wow.\n",
        encoding="utf-8",
    )
    plain = json.loads(cli("parse", page).stdout)
    assert plain["comments"][0]["posted"] is None
    done = cli("parse", page, "--reference-time", "2024-05-02T12:00", "--tz", "+05:00")
    posted = newsparse.from_json(done.stdout).comments[0].posted
    assert posted == datetime(2024, 5, 2, 9, 0, tzinfo=timezone(timedelta(hours=5)))


def test_help_shows_examples_and_version_works() -> None:
    done = cli("parse", "--help")
    assert done.returncode == 0
    text = done.stdout.decode()
    assert "examples:" in text and "--jsonl-field" in text and "-j N" in text
    version = cli("--version")
    assert version.stdout.decode().strip() == f"newsparse {newsparse.__version__}"


def test_demo_in_every_format() -> None:
    demo = newsparse.parse((Path(newsparse.__file__).parent / "data" / "demo.txt").read_bytes())
    assert newsparse.from_json(cli("demo").stdout) == demo
    assert cli("demo", "--format", "text").stdout.decode() == newsparse.render(demo)
    assert json.loads(cli("demo", "--format", "jsonld").stdout)["headline"] == demo.title


def on_a_terminal(
    args: list[str], *, stream: str = "stdout", env: dict[str, str] | None = None
) -> tuple[subprocess.CompletedProcess[bytes], bytes]:
    """Run the command with its ``stream`` (stdout or stderr) on a pseudo-terminal.

    Returns the finished process (the other stream captured) and what the terminal showed.
    """
    main, child = pty.openpty()
    on_stdout = stream == "stdout"
    try:
        done = subprocess.run(
            [*_command(), *args],
            stdout=child if on_stdout else subprocess.PIPE,
            stderr=subprocess.PIPE if on_stdout else child,
            env={**os.environ, **(env or {})},
            timeout=120,
            check=False,
        )
        os.close(child)
        child = -1
        shown = b""
        while True:
            try:
                chunk = os.read(main, 65536)
            except OSError:  # the terminal closed
                break
            if not chunk:
                break
            shown += chunk
    finally:
        if child != -1:
            os.close(child)
        os.close(main)
    return done, shown


def test_progress_on_a_terminal(folder: Path) -> None:
    done, shown = on_a_terminal(["parse", str(folder), "--format", "jsonl"], stream="stderr")
    assert done.returncode == 0
    assert b"4" in shown and b"parsed 4, failed 0, defects 2" in shown
    quiet = cli("parse", folder, "--format", "jsonl", "--no-progress", "-q")
    assert quiet.stderr == b""


def test_warc_wet_records_with_their_urls(tmp_path: Path) -> None:
    pytest.importorskip("warcio")
    WARCWriter = importlib.import_module("warcio.warcwriter").WARCWriter

    archive = tmp_path / "crawl.warc.wet.gz"
    with archive.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        writer.write_record(
            writer.create_warcinfo_record("crawl.warc.wet.gz", {"software": "test"})
        )
        for name, url in [
            ("orchard_cider.txt", "https://example.org/cider"),
            ("lighthouse_keepers.txt", "https://example.org/light"),
        ]:
            record = writer.create_warc_record(
                url,
                "conversion",
                payload=io.BytesIO((CLI_PAGES / name).read_bytes()),
                warc_content_type="text/plain",
            )
            writer.write_record(record)
    done = cli("parse", archive, "--format", "jsonl")
    assert done.returncode == 0, done.stderr
    docs = [json.loads(line) for line in done.stdout.splitlines()]
    assert [d["url"] for d in docs] == ["https://example.org/cider", "https://example.org/light"]
    assert newsparse.from_dict(docs[0], allow_unknown=True) == _with_url(
        "orchard_cider.txt", "https://example.org/cider"
    )
    assert docs[0]["id"].startswith("<urn:uuid:")
    broken = tmp_path / "broken.warc"
    broken.write_bytes(b"this is not an archive\n")
    bad = cli("parse", broken, archive, "--format", "jsonl")
    assert bad.returncode == 1
    assert bad.stderr.decode().splitlines()[0].startswith(f"newsparse: {broken}: damaged archive")
    assert len(bad.stdout.splitlines()) == 2
