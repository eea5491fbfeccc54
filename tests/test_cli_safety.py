"""The batch promises of the command line: one bad input never stops a batch, outputs are never
clobbered or left half-written, and every exit status means one thing (issue: the field report)."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import newsparse

from .test_cli import CLI_PAGES, _command, _expected, cli

PAGE = b"Harbour lights return\n\nPublished: May 2, 2024\n\nThe lamps were lit again.\n"


def _folder_with_bad_name(tmp_path: Path) -> Path:
    folder = tmp_path / "pages"
    folder.mkdir()
    for name in (b"a.txt", b"caf\xe9.txt", b"z.txt"):
        with open(os.path.join(os.fsencode(folder), name), "wb") as fh:
            fh.write(PAGE)
    return folder


@pytest.mark.parametrize(
    ("fmt", "extra"),
    [("csv", []), ("jsonld", []), ("jsonl", ["--defects"]), ("json", ["--defects"])],
)
def test_a_file_name_that_is_not_utf8_never_stops_the_batch(
    tmp_path: Path, fmt: str, extra: list[str]
) -> None:
    folder = _folder_with_bad_name(tmp_path)
    out = tmp_path / f"out.{fmt}"
    done = cli("parse", folder, "--format", fmt, "-o", out, *extra)
    assert done.returncode == 0, done.stderr
    text = out.read_text(encoding="utf-8")
    shown = text if fmt == "csv" else text.replace("\\\\", "\\")  # JSON escapes the backslash
    assert "caf\\xe9" in shown and "z.txt" in shown
    if fmt == "csv":
        ids = [row["article_id"] for row in csv.DictReader(io.StringIO(text))]
        assert [Path(i).name for i in ids] == ["a.txt", "caf\\xe9.txt", "z.txt"]
    elif fmt == "jsonl":
        assert len(text.splitlines()) == 3
    else:
        assert len(json.loads(text)) == 3


def test_defects_file_of_a_bad_file_name_is_valid_json_lines(tmp_path: Path) -> None:
    folder = _folder_with_bad_name(tmp_path)
    (folder / "b.txt").write_bytes(b"Title\n\nBody.\n\nReader Comments (3)\n")
    out = tmp_path / "o.jsonl"
    done = cli("parse", folder, "--format", "jsonl", "-o", out, "--defects")
    assert done.returncode == 0, done.stderr
    lines = (tmp_path / "o.defects.jsonl").read_text(encoding="utf-8").splitlines()
    assert lines and all(json.loads(line)["input"] for line in lines)


@pytest.mark.parametrize("field", ["url", "id", "lang"])
def test_a_lone_surrogate_in_a_carried_field_fails_that_line_only(
    tmp_path: Path, field: str
) -> None:
    # Not valid Unicode: the line is refused by the same loader as from_json, with a reason,
    # and the batch goes on (it used to crash on output with UnicodeEncodeError).
    feed = tmp_path / "feed.jsonl"
    good = json.dumps({"text": PAGE.decode(), "id": "g1"})
    bad = json.dumps({"text": "Title\n\nBody.", field: "x?y"}).replace("?", "\\ud800")
    feed.write_text("\n".join([good, bad, good]) + "\n", encoding="utf-8")
    for fmt in ("jsonl", "json", "csv", "jsonld"):
        done = cli("parse", feed, "--format", fmt)
        assert done.returncode == 1, (fmt, done.stderr)
        assert f"{feed}:2: ".encode() in done.stderr
        assert "parsed 2, failed 1" in done.stderr.decode()
        assert done.stdout.count(b"Harbour lights return") == 2


def _patched_run(patch: str, argv: list[str]) -> subprocess.CompletedProcess[bytes]:
    """Run the command line in a fresh interpreter after ``patch`` (code that plants a bug)."""
    code = (
        f"import sys\n{patch}\nfrom newsparse.__main__ import main\nsys.argv = {argv!r}\nmain()\n"
    )
    return subprocess.run([sys.executable, "-c", code], capture_output=True, check=False)


def test_an_internal_error_has_its_own_exit_status(tmp_path: Path) -> None:
    page = tmp_path / "a.txt"
    page.write_bytes(PAGE)
    patch = "import newsparse._cli as c\ndef boom(*a, **k):\n    raise RuntimeError('a bug')\nc.run = boom"
    done = _patched_run(patch, ["newsparse", "parse", str(page)])
    assert done.returncode == 70
    assert b"internal error" in done.stderr and b"RuntimeError: a bug" in done.stderr
    failed = cli("parse", tmp_path / "missing.txt")
    assert failed.returncode == 1


def test_defects_and_output_in_one_file_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "x.jsonl"
    done = cli("parse", CLI_PAGES, "--format", "jsonl", "-o", out, "--defects-to", out)
    assert done.returncode == 2
    assert b"the same file as another output" in done.stderr
    assert not out.exists()


def test_defects_files_are_named_from_the_whole_output_name(tmp_path: Path) -> None:
    for n in ("1", "2"):
        done = cli(
            "parse", CLI_PAGES, "--format", "jsonl", "-o", tmp_path / f"run.{n}.jsonl", "--defects"
        )
        assert done.returncode == 0, done.stderr
    assert (tmp_path / "run.1.defects.jsonl").exists() and (
        tmp_path / "run.2.defects.jsonl"
    ).exists()
    done = cli(
        "parse", CLI_PAGES, "--format", "jsonl", "-o", tmp_path / "run.defects.jsonl", "--defects"
    )
    assert done.returncode == 0, done.stderr
    articles = list(newsparse.from_jsonl(tmp_path / "run.defects.jsonl", allow_unknown=True))
    assert len(articles) == 4
    assert (tmp_path / "run.defects.defects.jsonl").read_text(encoding="utf-8")


def test_an_unwritable_defects_file_leaves_the_output_untouched(tmp_path: Path) -> None:
    keep = tmp_path / "keep.json"
    keep.write_text("old\n", encoding="utf-8")
    done = cli(
        "parse",
        CLI_PAGES / "orchard_cider.txt",
        "-o",
        keep,
        "--defects-to",
        tmp_path / "nope" / "d.jsonl",
    )
    assert done.returncode == 2
    assert keep.read_text(encoding="utf-8") == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.json"]


def test_dash_output_is_standard_output(tmp_path: Path) -> None:
    done = cli("parse", CLI_PAGES / "orchard_cider.txt", "-o", "-", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["title"]
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_a_signal_leaves_a_complete_output_and_says_so(tmp_path: Path, signum: int) -> None:
    # The run reads its paths from a pipe kept open: after three pages it waits for more,
    # and is stopped there, mid-run, whatever the machine's speed.
    out = tmp_path / "out.json"
    out.write_text("old\n", encoding="utf-8")
    proc = subprocess.Popen(
        [*_command(), "parse", "--files-from", "-", "-o", str(out), "--no-progress"],
        stdin=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdin is not None
    names = ["orchard_cider.txt", "lighthouse_keepers.txt", "more/night_bus.txt"]
    proc.stdin.write("".join(f"{CLI_PAGES / n}\n" for n in names).encode())
    proc.stdin.flush()
    deadline = time.monotonic() + 60
    while not any(p.name.endswith(".partial") for p in tmp_path.iterdir()):
        assert proc.poll() is None and time.monotonic() < deadline
        time.sleep(0.02)
    time.sleep(1.0)  # the three pages are parsed and written; the run waits for a fourth path
    proc.send_signal(signum)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 128 + signum, err
    assert f"interrupted by {signal.Signals(signum).name}: 3 inputs written".encode() in err
    written = json.loads(out.read_text(encoding="utf-8"))  # a whole JSON document
    assert [d["title"] for d in written] == [_expected(n).title for n in names]
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".partial")] == []


def test_files_from_a_list_and_from_stdin(tmp_path: Path) -> None:
    listing = tmp_path / "list.txt"
    names = [CLI_PAGES / "orchard_cider.txt", CLI_PAGES / "lighthouse_keepers.txt"]
    listing.write_text("".join(f"{n}\n" for n in names) + "\n", encoding="utf-8")
    done = cli("parse", "--files-from", listing, "--format", "jsonl")
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.splitlines()) == 2
    piped = cli("parse", "--files-from", "-", "--format", "jsonl", stdin=listing.read_bytes())
    assert piped.stdout == done.stdout
    assert cli("parse").returncode == 2


def test_an_unreadable_files_from_list_is_a_usage_error(tmp_path: Path) -> None:
    done = cli("parse", "--files-from", tmp_path / "missing.list")
    assert done.returncode == 2
    assert b"cannot read --files-from" in done.stderr


def test_an_output_inside_the_input_folder_is_never_read(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "a.txt").write_bytes(PAGE)
    (folder / "all.txt").write_text("old output\n", encoding="utf-8")
    done = cli("parse", folder, "--format", "text", "-o", folder / "all.txt")
    assert done.returncode == 0, done.stderr
    assert b"all.txt: skipped: an output of this run" in done.stderr
    assert (folder / "all.txt").read_text(encoding="utf-8").startswith("Harbour lights return")
    again = cli("parse", folder, "--format", "text", "-o", folder / "all.txt")
    assert again.returncode == 0, again.stderr
    assert (folder / "all.txt").read_bytes() == (folder / "all.txt").read_bytes()
    assert "parsed 1, failed 0, skipped 1" in again.stderr.decode()


def test_per_input_mirrors_the_input_tree(tmp_path: Path) -> None:
    out = tmp_path / "out"
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        "\n".join(json.dumps({"text": PAGE.decode(), "id": f"r{i}"}) for i in range(3)) + "\n",
        encoding="utf-8",
    )
    done = cli("parse", CLI_PAGES, feed, "-o", out, "--per-input", "--defects")
    assert done.returncode == 0, done.stderr
    names = sorted(str(p.relative_to(out)) for p in out.rglob("*.json"))
    assert names == [
        "feed.json",
        "lighthouse_keepers.json",
        "more/allotments.json",
        "more/night_bus.json",
        "orchard_cider.json",
    ]
    one = newsparse.from_json((out / "orchard_cider.json").read_bytes())
    assert one == newsparse.parse((CLI_PAGES / "orchard_cider.txt").read_bytes())
    records = json.loads((out / "feed.json").read_text(encoding="utf-8"))
    assert [r["input"]["line"] for r in records] == [1, 2, 3]
    assert list(out.rglob("*.defects.jsonl"))


def test_per_input_needs_a_folder_and_never_overwrites_an_input(tmp_path: Path) -> None:
    assert cli("parse", CLI_PAGES, "--per-input").returncode == 2
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "a.jsonl").write_text(json.dumps({"text": PAGE.decode()}) + "\n", encoding="utf-8")
    before = (folder / "a.jsonl").read_bytes()
    done = cli(
        "parse", folder, "--glob", "*.jsonl", "--format", "jsonl", "-o", folder, "--per-input"
    )
    assert (folder / "a.jsonl").read_bytes() == before
    assert done.returncode in (0, 1)
    assert b"skipped: inside the output folder" in done.stderr or b"would overwrite" in done.stderr


@pytest.mark.parametrize("pattern", ["/etc/*", "../../x/*.txt", "a/../../*.txt"])
def test_a_glob_stays_inside_its_folder(pattern: str) -> None:
    done = cli("parse", CLI_PAGES, "--glob", pattern)
    assert done.returncode == 2
    assert done.stderr.startswith(b"newsparse: --glob: ")
    assert b"Traceback" not in done.stderr


def test_shadowed_input_fields_are_said_once(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    rows = [{"text": PAGE.decode(), "title": f"Old {i}", "lang": "en"} for i in range(3)]
    feed.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    done = cli("parse", feed, "--format", "jsonl")
    assert done.returncode == 0, done.stderr
    notices = [line for line in done.stderr.decode().splitlines() if "not carried over" in line]
    assert notices == [
        f"newsparse: {feed}:1: input fields not carried over (title): "
        "the article has fields of these names, filled by the parser"
    ]
    assert all(json.loads(line)["lang"] == "en" for line in done.stdout.splitlines())


def test_many_skips_of_one_reason_are_counted_not_listed(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "a.txt").write_bytes(PAGE)
    for i in range(15):
        os.mkfifo(folder / f"pipe{i:02}.txt")
    done = cli("parse", folder, "--format", "jsonl")
    assert done.returncode == 0, done.stderr
    err = done.stderr.decode().splitlines()
    assert sum("skipped: not a regular file" in line for line in err) == 10
    assert err[-2:] == [
        "parsed 1, failed 0, skipped 15, defects 0",
        "skipped 15: not a regular file",
    ]


def test_a_parser_bug_on_one_page_fails_it_and_the_batch_goes_on(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    for name in ("a", "boom", "z"):
        (folder / f"{name}.txt").write_text(f"Page {name}\n\nBody of {name}.\n", encoding="utf-8")
    patch = (
        "import newsparse._batch as b\n"
        "real = b._parse_one\n"
        "def flaky(data, options):\n"
        "    if b'boom' in data:\n"
        "        raise RuntimeError('a bug')\n"
        "    return real(data, options)\n"
        "b._parse_one = flaky"
    )
    done = _patched_run(patch, ["newsparse", "parse", str(folder), "--format", "jsonl"])
    assert done.returncode == 70
    assert [json.loads(line)["title"] for line in done.stdout.splitlines()] == ["Page a", "Page z"]
    err = done.stderr.decode()
    assert "boom.txt: internal error (a bug in newsparse): RuntimeError: a bug" in err
    assert "Traceback" in err and "parsed 2, failed 1" in err


def test_parquet_output_reads_back_as_the_csv_table(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "comments.parquet"
    done = cli("parse", CLI_PAGES, "--format", "parquet", "--table", "comments", "-o", out)
    assert done.returncode == 0, done.stderr
    table = pq.read_table(out)
    as_csv = cli("parse", CLI_PAGES, "--format", "csv", "--table", "comments", "--csv-raw")
    rows = list(csv.DictReader(io.StringIO(as_csv.stdout.decode())))
    assert table.num_rows == len(rows) > 0
    assert table.column("author").to_pylist() == [r["author"] or None for r in rows]
    assert cli("parse", CLI_PAGES, "--format", "parquet").returncode == 2


def test_csv_raw_keeps_formula_cells_as_they_are(tmp_path: Path) -> None:
    page = tmp_path / "f.txt"
    page.write_text('=HYPERLINK("http://example.invalid")\n\nBody.\n', encoding="utf-8")
    neutral = cli("parse", page, "--format", "csv")
    raw = cli("parse", page, "--format", "csv", "--csv-raw")
    title = [next(csv.DictReader(io.StringIO(d.stdout.decode())))["title"] for d in (neutral, raw)]
    assert title == [
        '\'=HYPERLINK("http://example.invalid")',
        '=HYPERLINK("http://example.invalid")',
    ]
