"""The ``newsparse`` command line: one page or a whole corpus to JSON, CSV, JSON-LD or text."""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import io
import itertools
import json
import os
import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from importlib import resources
from typing import IO, Any, cast

import attrs

from newsparse import _explain
from newsparse._batch import (
    JSONL_SUFFIXES,
    WARC_SUFFIXES,
    Outcome,
    Page,
    check_glob,
    iter_pages,
    run,
)
from newsparse._defects import Policy
from newsparse._export import TABLES, CsvWriter, ParquetWriter, Table, to_jsonld
from newsparse._outputs import (
    STDOUT,
    OutputError,
    Target,
    beside,
    check_distinct,
    printable,
    printable_doc,
)
from newsparse._render import render
from newsparse._serialize import INPUT_KEY, _dumps, to_dict, to_json
from newsparse._version import __version__

FORMATS = ("json", "jsonl", "csv", "parquet", "jsonld", "text")

#: Exit statuses (documented in docs/cli.md). A signal stops a run with 128 + its number.
EXIT_OK = 0  # every input was parsed and written (skipped inputs are listed, not failures)
EXIT_FAILED = 1  # some input failed; the others were written
EXIT_USAGE = 2  # bad usage, or an output that cannot be written (nothing was touched)
EXIT_INTERNAL = 70  # a bug in newsparse (EX_SOFTWARE of sysexits.h): traced; other inputs written

EXAMPLES = """\
examples:
  newsparse demo                                 parse the bundled example page
  newsparse parse page.txt                       print the article as JSON
  newsparse parse page.txt --format text         render it back in the reference layout
  newsparse parse page.txt --defects             also list what the parser could not place
  cat page.txt | newsparse parse -               read the page from stdin
  newsparse parse pages/ -j 2 --format jsonl -o articles.jsonl --defects
                                                 a folder (recursive, *.txt) on 2 processes;
                                                 defects go to articles.defects.jsonl
  newsparse parse pages/ --format csv --table comments -o comments.csv
                                                 one row per comment, for pandas
  newsparse parse crawl.jsonl --jsonl-field body --format jsonld
                                                 JSON Lines input, page text in "body"
  newsparse parse CC-MAIN-*.warc.wet.gz --format jsonl   Common Crawl WET (needs [warc])
  find crawl/ -name '*.txt' | newsparse parse --files-from - --format jsonl -o all.jsonl
                                                 a list of paths too long for a command line
  newsparse parse pages/ -o out/ --per-input     one output file per input, mirroring pages/
  newsparse parse pages/ --format parquet --table comments -o comments.parquet
  newsparse explain page.txt                     where every line of the page went

exit status: 0 every input parsed, 1 some input failed (the others are still written),
2 bad usage or an output that cannot be written, 70 an internal error (a bug),
130/143 interrupted by SIGINT/SIGTERM (what was written is kept, well formed).
"""


def _tz(value: str) -> tzinfo:
    """``UTC``, ``+05:00`` or an IANA name such as ``Europe/Berlin``."""
    if value.upper() in ("UTC", "Z"):
        return UTC
    if value[:1] in "+-" and len(value) in (5, 6):
        sign = -1 if value[0] == "-" else 1
        digits = value[1:].replace(":", "")
        if digits.isdigit() and len(digits) == 4:
            try:
                return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))
            except ValueError:
                pass
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo(value)
    except (ValueError, KeyError, OSError) as exc:
        raise argparse.ArgumentTypeError(f"unknown time zone: {value!r}") from exc


def _when(value: str) -> datetime:
    try:
        return datetime.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not an ISO 8601 time: {value!r}") from exc


def _jobs(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = -1
    if n < 0:
        raise argparse.ArgumentTypeError(f"not a number of processes: {value!r}")
    return n or os.cpu_count() or 1


def _parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(
        prog="newsparse",
        description="Turn scraped news page text into typed records (article, quotes, comments).",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    top.add_argument("--version", action="version", version=f"newsparse {__version__}")
    sub = top.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def options(p: argparse.ArgumentParser, batch: bool = False) -> None:
        out = p.add_argument_group("output")
        if batch:
            out.add_argument(
                "--per-input",
                action="store_true",
                help="with -o DIR: one output file per input file, mirroring the input folders "
                "(pages/sub/a.txt -> DIR/sub/a.json); defects beside each with --defects",
            )
        out.add_argument(
            "--format",
            choices=FORMATS,
            default="json",
            help="json (one object, or an array for several pages), jsonl (one line per "
            "article), csv (a flat table), parquet (the same table, needs -o and the arrow "
            "extra), jsonld (schema.org NewsArticle), text (the reference layout); default json",
        )
        out.add_argument(
            "--table",
            choices=tuple(TABLES),
            default="articles",
            help="the csv or parquet table: one row per article, comment or quote "
            "(default articles)",
        )
        out.add_argument(
            "--csv-raw",
            action="store_true",
            help="write csv cells as they are: by default a text cell starting with = + - @ "
            "(a spreadsheet formula) gets a ' in front",
        )
        out.add_argument(
            "--indent", type=int, default=2, help="json/jsonld indent (default 2; 0 for one line)"
        )
        out.add_argument(
            "-o",
            "--output",
            metavar="FILE",
            help="write here instead of stdout (- is stdout); written to a temporary file "
            "renamed into place at the end, so an interrupted run never leaves half a file",
        )
        out.add_argument(
            "--defects",
            action="store_true",
            help="report defects and dropped lines: as JSON Lines beside the output "
            "(-o run.1.jsonl gives run.1.defects.jsonl), else listed on stderr",
        )
        out.add_argument(
            "--defects-to", metavar="FILE", help="write defects and dropped lines to FILE (JSONL)"
        )
        out.add_argument(
            "-q", "--quiet", action="store_true", help="no summary line at the end of a batch"
        )
        out.add_argument(
            "--progress",
            action=argparse.BooleanOptionalAction,
            default=None,
            help="a progress bar on stderr (default: when stderr is a terminal and there are "
            "several inputs; a bar with the [progress] extra, else a counter)",
        )
        how = p.add_argument_group("parsing")
        how.add_argument(
            "--tz", type=_tz, help="time zone for naive times (UTC, +05:00, Europe/Berlin)"
        )
        how.add_argument(
            "--reference-time", type=_when, help="ISO time that relative times are resolved against"
        )
        how.add_argument(
            "--strict", action="store_true", help="a page with a defect fails (it is not written)"
        )
        how.add_argument(
            "-j",
            "--jobs",
            type=_jobs,
            default=1,
            metavar="N",
            help="worker processes (default 1; 0 = one per core); output order is kept",
        )

    p = sub.add_parser(
        "parse",
        help="parse page files, folders, JSON Lines or WARC files (or - for stdin)",
        description="Parse pages and write the articles. A folder is searched recursively; "
        "one bad input is reported and the others go on.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("paths", nargs="*", metavar="PATH", help="a page file, a folder, or -")
    inputs = p.add_argument_group("input")
    inputs.add_argument(
        "--files-from",
        metavar="LIST",
        help="also read the paths listed in LIST, one per line (- for stdin)",
    )
    inputs.add_argument(
        "--glob", default="*.txt", help="file pattern inside folders (default *.txt)"
    )
    inputs.add_argument(
        "--jsonl-field",
        metavar="FIELD",
        help="read the inputs as JSON Lines with the page text in FIELD (files ending in "
        ".jsonl or .ndjson are JSON Lines with FIELD text anyway); other fields are carried over",
    )
    options(p, batch=True)
    d = sub.add_parser("demo", help="parse the bundled example page and print it")
    options(d)
    d.set_defaults(paths=[], files_from=None, glob="*.txt", jsonl_field=None, per_input=False)
    _explain.arguments(
        sub.add_parser("explain", help="show where every line of a page went (terminal or HTML)")
    )
    return top


# --- output -----------------------------------------------------------------------------------


class _Writer:
    """Writes the articles of a batch in one format; ``single`` means one page, no array."""

    def __init__(self, out: IO[str], args: argparse.Namespace, single: bool) -> None:
        self.out = out
        self.format: str = args.format
        self.indent: int | None = args.indent or None
        self.single = single
        self.count = 0
        raw = getattr(args, "csv_raw", False)
        self.csv = CsvWriter(out, args.table, raw=raw) if self.format == "csv" else None

    def _doc(self, outcome: Outcome) -> dict[str, Any]:
        assert outcome.parsed is not None
        article = outcome.parsed.article
        if self.format == "jsonld":
            doc = to_jsonld(article, key=outcome.page.key)
            if not self.single:
                doc["isBasedOn"] = outcome.page.name  # the input: file, line or archive record
            return doc
        doc = to_dict(article)
        for key, value in outcome.page.extra:
            doc.setdefault(key, value)
        if not self.single:
            doc[INPUT_KEY] = _input_of(outcome.page)
        return doc

    def write(self, outcome: Outcome) -> None:
        assert outcome.parsed is not None
        article = outcome.parsed.article
        first = self.count == 0
        self.count += 1
        if self.csv is not None:
            self.csv.write(article, printable(outcome.page.key))
        elif self.format == "text":
            if not first:
                self.out.write("\f\n")
            self.out.write(render(article))
        elif self.format == "jsonl":
            self.out.write(_safe_dumps(self._doc(outcome), None) + "\n")
        elif self.single:
            if self.format == "json" and not outcome.page.extra:
                self.out.write(to_json(article, indent=self.indent) + "\n")
            else:
                self.out.write(_safe_dumps(self._doc(outcome), self.indent) + "\n")
        else:
            doc = _safe_dumps(self._doc(outcome), self.indent)
            self.out.write(("[\n" if first else ",\n") + doc)

    def close(self) -> None:
        if self.format in ("json", "jsonld") and not self.single:
            self.out.write("\n]\n" if self.count else "[]\n")
        self.out.flush()


def _input_of(page: Page) -> dict[str, Any]:
    """What names a record's input: its name, file, line or archive record, id and URL."""
    where: dict[str, Any] = {"name": page.name}
    for field in ("path", "line", "record_id", "url"):
        value = getattr(page, field, None)
        if value is not None:
            where[field] = value
    if page.key != page.name:
        where["key"] = page.key
    return where


def _safe_dumps(doc: dict[str, Any], indent: int | None) -> str:
    """The JSON text of ``doc``; strings UTF-8 cannot hold are made :func:`printable` first."""
    try:
        text = _dumps(doc, indent)
    except TypeError:  # orjson refuses lone surrogates
        return _dumps(printable_doc(doc), indent)
    return text if printable(text) == text else _dumps(printable_doc(doc), indent)


class _Defects:
    """Defects and dropped lines: a listing on stderr, or JSON Lines to a file."""

    def __init__(self, file: IO[str] | None, prefix: bool) -> None:
        self.file = file
        self.prefix = prefix
        self.count = 0

    def write(self, outcome: Outcome) -> None:
        assert outcome.parsed is not None
        parsed, page = outcome.parsed, outcome.page
        if self.file is None:
            head = f"{page.name}: " if self.prefix else ""
            for defect in parsed.defects:
                print(f"{head}defect: {defect.kind}: {defect}", file=sys.stderr)
            for dropped in parsed.dropped:
                print(
                    f"{head}dropped: line {dropped.line}: {dropped.reason}: {dropped.text!r}",
                    file=sys.stderr,
                )
            return
        items = [(d.kind, d.line, d.text, d.reason) for d in parsed.defects]
        items += [("dropped", d.line, d.text, d.reason) for d in parsed.dropped]
        for kind, line, text, reason in items:
            record = {"article_id": page.key, "input": page.name, "kind": kind, "line": line}
            record |= {"text": text, "reason": reason}
            self.file.write(json.dumps(printable_doc(record), ensure_ascii=False) + "\n")


class _Progress:
    """A tqdm bar when tqdm is installed, else a plain counter on stderr."""

    def __init__(self, total: int | None) -> None:
        self.bar: Any = None
        self.n = 0
        self.last = 0.0
        try:
            tqdm: Any = importlib.import_module("tqdm")
        except ImportError:
            return
        self.bar = tqdm.tqdm(total=total, unit="page", file=sys.stderr, dynamic_ncols=True)

    def update(self) -> None:
        self.n += 1
        if self.bar is not None:
            self.bar.update(1)
        elif time.monotonic() - self.last > 0.2:
            self.last = time.monotonic()
            print(f"\r{self.n} pages", end="", file=sys.stderr, flush=True)

    def write(self, message: str) -> None:
        """Print a message line without breaking the bar."""
        if self.bar is not None:
            self.bar.write(message, file=sys.stderr)
        else:
            print(("\r" if self.n else "") + message, file=sys.stderr)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
        elif self.n:
            print(f"\r{self.n} pages", file=sys.stderr, flush=True)


def _stdout() -> IO[str]:
    """Standard output as UTF-8 with ``\\n`` line ends, whatever the locale."""
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:  # replaced by a text-only stream (tests)
        return sys.stdout
    return io.TextIOWrapper(buffer, encoding="utf-8", newline="", line_buffering=False)


def _counted(pages: Iterable[Page]) -> tuple[Iterator[Page], int | None]:
    """List the pages when that is cheap (files read later), so a progress bar has a total.

    Listing stops at the first record of a JSON Lines or WARC file: such a file may hold
    millions of records, and their texts are not held.
    """
    it = iter(pages)
    head: list[Page] = []
    for page in it:
        head.append(page)
        if page.data is not None or page.line is not None or page.record_id is not None:
            return itertools.chain(head, it), None
    return iter(head), len(head)


def _page_source(args: argparse.Namespace) -> Iterator[str]:
    """The paths named on the command line, then those listed in ``--files-from``, lazily."""
    yield from args.paths
    if args.files_from is None:
        return
    with _open_list(args.files_from) as stream:
        for raw in stream:
            line = raw.rstrip(b"\r\n")
            if line.strip():
                yield os.fsdecode(line)  # a name that is not UTF-8 stays the same bytes


def _open_list(name: str) -> IO[bytes]:
    """The ``--files-from`` list: standard input for ``-`` (left open at the end)."""
    if name == "-":
        return os.fdopen(os.dup(sys.stdin.fileno()), "rb")
    return open(name, "rb")


def _check_list(name: str | None) -> None:
    """Refuse a ``--files-from`` list that cannot be read, before anything is written."""
    if name in (None, "-"):
        return
    try:
        with open(name, "rb"):
            pass
    except OSError as exc:
        raise UsageError(f"cannot read --files-from {name}: {exc.strerror or exc}") from None


# --- one run ------------------------------------------------------------------------------------


class UsageError(Exception):
    """Bad usage found after the options were read (exit status 2)."""


class Interrupted(BaseException):
    """The run was stopped by a signal (SIGINT or SIGTERM); what was written is kept."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


#: Signals that stop a run cleanly: the output so far is closed well formed and kept.
_STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


def _raise_interrupted(signum: int, _frame: object) -> None:
    raise Interrupted(signum)


class _PrintableStream:
    """A text stream that writes what UTF-8 cannot hold as :func:`printable` text."""

    def __init__(self, inner: IO[str]) -> None:
        self.inner = inner

    def write(self, text: str) -> int:
        return self.inner.write(printable(text))

    def flush(self) -> None:
        self.inner.flush()


class _ParquetOut:
    """The ``parquet`` format: one table's rows in row groups (the ``arrow`` extra)."""

    def __init__(self, file: IO[bytes], table: Table) -> None:
        self.rows = ParquetWriter(file, table)

    def write(self, outcome: Outcome) -> None:
        assert outcome.parsed is not None
        self.rows.write(outcome.parsed.article, printable(outcome.page.key))

    def close(self) -> None:
        self.rows.close()


class _Sink:
    """One output (a file or standard output) with its writer and its defects report."""

    def __init__(
        self,
        args: argparse.Namespace,
        output: Target,
        defects: Target | None,
        *,
        single: bool,
        report: bool,
    ) -> None:
        self.output = output
        self.defects_target = defects
        self.written = 0
        self._stdout: IO[str] | None = None
        self.writer: _Writer | _ParquetOut
        if args.format == "parquet":
            output.binary = True
            self.writer = _ParquetOut(output.open(), args.table)
        elif output.path is None:
            self._stdout = _stdout()
            self.writer = _Writer(cast("IO[str]", _PrintableStream(self._stdout)), args, single)
        else:
            self.writer = _Writer(cast("IO[str]", _PrintableStream(output.open())), args, single)
        self.report: _Defects | None = None
        if report or defects is not None:
            file = cast("IO[str]", _PrintableStream(defects.open())) if defects else None
            self.report = _Defects(file, prefix=not single)

    def write(self, outcome: Outcome) -> None:
        self.writer.write(outcome)
        if self.report is not None:
            self.report.write(outcome)
        self.written += 1

    def finish(self) -> None:
        """Close the documents (a JSON array gets its ``]``) and move the files into place."""
        self.writer.close()
        if isinstance(self._stdout, io.TextIOWrapper) and self._stdout is not sys.stdout:
            self._stdout.detach()  # leave sys.stdout's buffer open
        self.output.commit()
        if self.defects_target is not None:
            self.defects_target.commit()

    def abandon(self) -> None:
        """Remove the temporary files: the targets keep their old content."""
        self.output.discard()
        if self.defects_target is not None:
            self.defects_target.discard()


def _targets(args: argparse.Namespace) -> tuple[Target, Target | None]:
    """The output and defects files of the run, all checked before any is touched."""
    output = None if args.output in (None, STDOUT) else args.output
    defects_path = args.defects_to or (beside(output) if args.defects and output else None)
    if defects_path == STDOUT:
        raise UsageError("--defects-to - is not supported: defects go to a file or to stderr")
    check_distinct([p for p in (output, defects_path) if p is not None])
    targets = Target(output), (Target(defects_path) if defects_path else None)
    for target in targets:
        if target is not None:
            target.check()
    return targets


#: The file name ending of each format's output in ``--per-input`` mode.
EXTENSIONS = {
    "json": ".json",
    "jsonl": ".jsonl",
    "csv": ".csv",
    "jsonld": ".jsonld",
    "text": ".txt",
}


class _PerInput:
    """``-o DIR --per-input``: one output file per input file, mirroring the input tree.

    ``pages/sub/a.txt`` (read as part of ``pages``) is written to ``DIR/sub/a.json``; the records
    of a JSON Lines or WARC file go together into one file named after it. An input whose output
    name is taken (by an earlier input, or by the input itself) fails with a message.
    """

    def __init__(self, args: argparse.Namespace, folder: str) -> None:
        self.args = args
        self.folder = folder
        self.written = 0
        self.current: tuple[str, _Sink] | None = None
        self.taken: set[str] = set()

    def output_name(self, source: str, root: str) -> str:
        """Where the records of ``source`` (met under ``root``) are written."""
        rel = "stdin" if source == "-" else os.path.relpath(source, root)
        base, ext = os.path.splitext(rel)
        if ext.lower() == ".gz":
            base = os.path.splitext(base)[0]
        return os.path.join(self.folder, base + EXTENSIONS[self.args.format])

    def sink_for(self, source: str, root: str) -> _Sink | str:
        """The sink of ``source``'s records, or why it cannot have one."""
        if self.current is not None and self.current[0] == source:
            return self.current[1]
        self.close_current()
        name = self.output_name(source, root)
        real = os.path.realpath(name)
        if real in self.taken:
            return f"its output {name} is the output of an earlier input"
        if source != "-" and real == os.path.realpath(source):
            return f"its output {name} would overwrite it"
        self.taken.add(real)
        os.makedirs(os.path.dirname(name) or ".", exist_ok=True)
        defects = Target(beside(name)) if self.args.defects else None
        single = _is_text(source) and self.args.jsonl_field is None
        sink = _Sink(self.args, Target(name), defects, single=single, report=self.args.defects)
        self.current = (source, sink)
        return sink

    def close_current(self) -> None:
        if self.current is not None:
            self.current[1].finish()
            self.written += self.current[1].written
            self.current = None

    def finish(self) -> None:
        self.close_current()

    def abandon(self) -> None:
        if self.current is not None:
            self.current[1].abandon()
            self.current = None


#: Skipped inputs listed one by one per reason before the rest are only counted (a WARC of
#: 40,000 HTML records without the html extra would otherwise print 40,000 lines).
SKIPS_LISTED_PER_REASON = 10


@attrs.define
class _Tally:
    """The counts and messages of one run: a line per failure, skips and notices kept short."""

    progress: _Progress | None = None
    parsed: int = 0
    failed: int = 0
    internal: int = 0
    defects: int = 0
    skips: dict[str, int] = attrs.Factory(dict)
    shadowed: set[str] = attrs.Factory(set)

    @property
    def skipped(self) -> int:
        return sum(self.skips.values())

    def say(self, message: str) -> None:
        if self.progress is not None:
            self.progress.write(message)
        else:
            print(message, file=sys.stderr)

    def fail(self, page: Page, reason: str) -> None:
        self.failed += 1
        self.say(f"newsparse: {page.name}: {reason}")

    def skip(self, page: Page, reason: str) -> None:
        seen = self.skips[reason] = self.skips.get(reason, 0) + 1
        if seen <= SKIPS_LISTED_PER_REASON:
            self.say(f"newsparse: {page.name}: skipped: {reason}")
        if seen == SKIPS_LISTED_PER_REASON:
            self.say(f"newsparse: more inputs skipped for this reason are only counted: {reason}")

    def written(self, outcome: Outcome) -> None:
        assert outcome.parsed is not None
        self.parsed += 1
        self.defects += len(outcome.parsed.defects)
        new = set(outcome.page.shadowed) - self.shadowed
        if new:  # said once per field name in a run
            self.shadowed |= new
            names = ", ".join(sorted(new))
            self.say(
                f"newsparse: {outcome.page.name}: input fields not carried over ({names}): "
                "the article has fields of these names, filled by the parser"
            )

    def lines(self) -> list[str]:
        """The summary: one line of counts, then one per skip reason that was only counted."""
        skipped = f", skipped {self.skipped}" if self.skips else ""
        counts = f"parsed {self.parsed}, failed {self.failed}{skipped}, defects {self.defects}"
        more = [
            f"skipped {n}: {reason}"
            for reason, n in self.skips.items()
            if n > SKIPS_LISTED_PER_REASON
        ]
        return [counts, *more]


class _OneOutput:
    """Every record to one output (a file or standard output), as without ``--per-input``."""

    def __init__(self, sink: _Sink) -> None:
        self.sink = sink

    @property
    def written(self) -> int:
        return self.sink.written

    def sink_for(self, source: str, root: str) -> _Sink | str:
        return self.sink

    def finish(self) -> None:
        self.sink.finish()

    def abandon(self) -> None:
        self.sink.abandon()


def _consume(
    outcomes: Iterable[Outcome],
    origins: deque[tuple[str, str]],
    sinks: _OneOutput | _PerInput,
    tally: _Tally,
) -> None:
    """Write each outcome, or report it; ``origins`` holds each page's (source, root) in order."""
    for outcome in outcomes:
        source, root = origins.popleft()
        if tally.progress is not None:
            tally.progress.update()
        if outcome.skipped is not None:
            tally.skip(outcome.page, outcome.skipped)
        elif outcome.trace is not None:
            tally.internal += 1
            tally.say(outcome.trace.rstrip())
            tally.fail(outcome.page, outcome.error or "internal error")
        elif outcome.parsed is None:
            tally.fail(outcome.page, outcome.error or "failed")
        elif isinstance(sink := sinks.sink_for(source, root), str):
            tally.fail(outcome.page, sink)
        else:
            sink.write(outcome)
            tally.written(outcome)


def _origins(pages: Iterable[tuple[Page, str]], origins: deque[tuple[str, str]]) -> Iterator[Page]:
    """The pages, each one's (source file, root it was found under) kept in ``origins``."""
    for page, root in pages:
        origins.append((page.path or "-", root))
        yield page


def _sinks(args: argparse.Namespace, single: bool) -> _OneOutput | _PerInput:
    if args.per_input:
        return _PerInput(args, args.output)
    output, defects = _targets(args)
    return _OneOutput(_Sink(args, output, defects, single=single, report=args.defects))


def _run(args: argparse.Namespace) -> int:
    _check_usage(args)
    sinks = _sinks(args, single := _is_single(args))
    origins: deque[tuple[str, str]] = deque()
    pages: Iterator[Page] = _origins(_rooted_pages(args, _excluded(args, sinks)), origins)
    show = args.progress if args.progress is not None else sys.stderr.isatty() and not single
    total = None
    if show:
        pages, total = _counted(pages)
    progress = _Progress(total) if show else None
    tally = _Tally(progress=progress)
    outcomes = run(
        pages,
        jobs=args.jobs,
        tz=args.tz,
        reference_time=args.reference_time,
        policy=Policy(strict=args.strict),
    )
    try:
        _consume(outcomes, origins, sinks, tally)
    except Interrupted as stop:
        if progress is not None:
            progress.close()
        sinks.finish()
        name = signal.Signals(stop.signum).name
        print(
            f"newsparse: interrupted by {name}: {sinks.written} inputs written, the rest not read",
            file=sys.stderr,
        )
        return 128 + stop.signum
    except BaseException:
        sinks.abandon()
        raise
    if progress is not None:
        progress.close()
    sinks.finish()
    if not single and not args.quiet:
        for line in tally.lines():
            print(line, file=sys.stderr)
    if tally.internal:
        return EXIT_INTERNAL
    return EXIT_FAILED if tally.failed else EXIT_OK


def _check_usage(args: argparse.Namespace) -> None:
    """Usage errors the option parser cannot see; raised before anything is read or written."""
    if args.command != "parse":
        return
    if not args.paths and args.files_from is None:
        raise UsageError("name at least one PATH, or --files-from LIST")
    if [*args.paths, args.files_from].count("-") > 1:
        raise UsageError("- (stdin) can be given only once")
    _check_list(args.files_from)
    try:
        check_glob(args.glob)
    except ValueError as exc:
        raise UsageError(f"--glob: {exc}") from None
    if args.per_input:
        _check_folder_output(args)
    elif args.output in (None, STDOUT) and args.format == "parquet":
        raise UsageError("--format parquet needs -o FILE")
    if args.format == "parquet" and importlib.util.find_spec("pyarrow") is None:
        raise UsageError("--format parquet needs pyarrow: pip install 'newsparse[arrow]'")


def _check_folder_output(args: argparse.Namespace) -> None:
    if args.output in (None, STDOUT):
        raise UsageError("--per-input needs -o DIR, the folder to write into")
    if args.defects_to:
        raise UsageError("--per-input writes defects beside each output: use --defects")
    folder = args.output
    if os.path.exists(folder) and not os.path.isdir(folder):
        raise UsageError(f"--per-input: {folder} is not a folder")
    parent = os.path.dirname(os.path.abspath(folder))
    if not os.path.isdir(folder) and not os.access(parent, os.W_OK | os.X_OK):
        raise OutputError(f"cannot write {folder}: cannot create it in {parent}")
    os.makedirs(folder, exist_ok=True)


def _is_single(args: argparse.Namespace) -> bool:
    """One page, written as one object (not an array) and without a summary line."""
    if args.command == "demo":
        return True
    paths: list[str] = args.paths
    return (
        len(paths) == 1
        and args.files_from is None
        and args.jsonl_field is None
        and not args.per_input
        and (paths[0] == "-" or (_is_text(paths[0]) and not os.path.isdir(paths[0])))
    )


def _rooted_pages(
    args: argparse.Namespace, excluded: Callable[[Page], str | None]
) -> Iterator[tuple[Page, str]]:
    """Each page with the root its output name is taken relative to (its folder argument)."""
    if args.command == "demo":
        data = resources.files("newsparse").joinpath("data/demo.txt").read_bytes()
        yield Page(name="demo", key="demo", data=data), ""
        return
    for path in _page_source(args):
        root = path if os.path.isdir(path) else os.path.dirname(path)
        for page in iter_pages([path], glob=args.glob, jsonl_field=args.jsonl_field):
            reason = excluded(page)
            yield (page if reason is None else attrs.evolve(page, skipped=reason)), root


def _excluded(
    args: argparse.Namespace, sinks: _OneOutput | _PerInput
) -> Callable[[Page], str | None]:
    """A test that keeps this run's own outputs from being read as its inputs."""
    if isinstance(sinks, _PerInput):
        folder = os.path.join(os.path.realpath(sinks.folder), "")

        def inside(page: Page) -> str | None:
            real = os.path.realpath(page.path) if page.path else ""
            return "inside the output folder of this run" if real.startswith(folder) else None

        return inside
    targets = [sinks.sink.output, sinks.sink.defects_target]
    own = {t.real for t in targets if t is not None and t.real is not None}
    own |= {os.path.realpath(t.partial) for t in targets if t is not None and t.partial}

    def mine(page: Page) -> str | None:
        if page.path is None or not own:
            return None
        return "an output of this run" if os.path.realpath(page.path) in own else None

    return mine


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status (see ``EXIT_*`` and docs/cli.md)."""
    args = _parser().parse_args(argv)
    if args.command == "explain":
        return _explain.main(args)
    previous = {s: signal.signal(s, _raise_interrupted) for s in _STOP_SIGNALS}
    try:
        return _run(args)
    except (UsageError, OutputError) as exc:
        print(f"newsparse: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except Interrupted as stop:
        name = signal.Signals(stop.signum).name
        print(f"newsparse: interrupted by {name} before any output was written", file=sys.stderr)
        return 128 + stop.signum
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def _is_text(path: str) -> bool:
    return not path.lower().endswith(JSONL_SUFFIXES + WARC_SUFFIXES)
