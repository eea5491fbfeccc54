"""The ``newsparse`` command line: one page or a whole corpus to JSON, CSV, JSON-LD or text."""

from __future__ import annotations

import argparse
import importlib
import io
import itertools
import json
import os
import signal
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from importlib import resources
from typing import IO, Any, cast

import attrs

from newsparse._batch import JSONL_SUFFIXES, WARC_SUFFIXES, Outcome, Page, iter_pages, run
from newsparse._defects import Policy
from newsparse._export import TABLES, CsvWriter, to_jsonld
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

FORMATS = ("json", "jsonl", "csv", "jsonld", "text")

#: Exit statuses (documented in docs/cli.md). A signal stops a run with 128 + its number.
EXIT_OK = 0  # every input was parsed and written (skipped inputs are listed, not failures)
EXIT_FAILED = 1  # some input failed; the others were written
EXIT_USAGE = 2  # bad usage, or an output that cannot be written (nothing was touched)
EXIT_INTERNAL = 70  # a bug in newsparse itself (EX_SOFTWARE of sysexits.h), with its traceback

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

    def options(p: argparse.ArgumentParser) -> None:
        out = p.add_argument_group("output")
        out.add_argument(
            "--format",
            choices=FORMATS,
            default="json",
            help="json (one object, or an array for several pages), jsonl (one line per "
            "article), csv (a flat table), jsonld (schema.org NewsArticle), text (the "
            "reference layout); default json",
        )
        out.add_argument(
            "--table",
            choices=tuple(TABLES),
            default="articles",
            help="the csv table: one row per article, comment or quote (default articles)",
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
    options(p)
    d = sub.add_parser("demo", help="parse the bundled example page and print it")
    options(d)
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
        self.csv = CsvWriter(out, args.table) if self.format == "csv" else None

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
            self.csv.write(article, outcome.page.key)
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
    """List the pages when that is cheap (files read later), so a progress bar has a total."""
    it = iter(pages)
    head: list[Page] = []
    for page in it:
        head.append(page)
        if page.data is not None:  # JSON Lines or WARC records: do not hold their texts
            return itertools.chain(head, it), None
    return iter(head), len(head)


def _inputs(args: argparse.Namespace) -> tuple[Iterator[Page], bool]:
    """The pages to parse, and whether this is a single page (written without an array)."""
    if args.command == "demo":
        data = resources.files("newsparse").joinpath("data/demo.txt").read_bytes()
        return iter([Page(name="demo", key="demo", data=data)]), True
    paths: list[str] = args.paths
    single = (
        len(paths) == 1
        and args.files_from is None
        and args.jsonl_field is None
        and (paths[0] == "-" or (_is_text(paths[0]) and not os.path.isdir(paths[0])))
    )
    pages = iter_pages(_page_source(args), glob=args.glob, jsonl_field=args.jsonl_field)
    return pages, single


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
        if output.path is None:
            self._stdout = _stdout()
            stream: IO[str] = self._stdout
        else:
            stream = output.open()
        self.writer = _Writer(cast("IO[str]", _PrintableStream(stream)), args, single)
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


@attrs.define
class _Tally:
    """The counts of one run, for the summary line."""

    parsed: int = 0
    failed: int = 0
    skipped: int = 0
    defects: int = 0

    def line(self) -> str:
        skipped = f", skipped {self.skipped}" if self.skipped else ""
        return f"parsed {self.parsed}, failed {self.failed}{skipped}, defects {self.defects}"


def _say(progress: _Progress | None, message: str) -> None:
    if progress is not None:
        progress.write(message)
    else:
        print(message, file=sys.stderr)


def _consume(
    args: argparse.Namespace,
    outcomes: Iterable[Outcome],
    sink: _Sink,
    tally: _Tally,
    progress: _Progress | None,
) -> None:
    for outcome in outcomes:
        if progress is not None:
            progress.update()
        skipped = getattr(outcome, "skipped", None)
        if skipped is not None:
            tally.skipped += 1
            _say(progress, f"newsparse: {outcome.page.name}: skipped: {skipped}")
        elif outcome.parsed is None:
            tally.failed += 1
            _say(progress, f"newsparse: {outcome.page.name}: {outcome.error}")
        else:
            tally.parsed += 1
            tally.defects += len(outcome.parsed.defects)
            sink.write(outcome)


def _run(args: argparse.Namespace) -> int:
    if args.command == "parse" and not args.paths and args.files_from is None:
        raise UsageError("name at least one PATH, or --files-from LIST")
    if args.command == "parse" and [*args.paths, args.files_from].count("-") > 1:
        raise UsageError("- (stdin) can be given only once")
    if args.command == "parse":
        _check_list(args.files_from)
    output, defects = _targets(args)
    pages, single = _inputs(args)
    show = args.progress if args.progress is not None else sys.stderr.isatty() and not single
    total = None
    if show:
        pages, total = _counted(pages)
    progress = _Progress(total) if show else None
    sink = _Sink(args, output, defects, single=single, report=args.defects)
    tally = _Tally()
    outcomes = run(
        pages,
        jobs=args.jobs,
        tz=args.tz,
        reference_time=args.reference_time,
        policy=Policy(strict=args.strict),
    )
    try:
        _consume(args, outcomes, sink, tally, progress)
    except Interrupted as stop:
        if progress is not None:
            progress.close()
        sink.finish()
        name = signal.Signals(stop.signum).name
        print(
            f"newsparse: interrupted by {name}: {sink.written} inputs written, the rest not read",
            file=sys.stderr,
        )
        return 128 + stop.signum
    except BaseException:
        sink.abandon()
        raise
    if progress is not None:
        progress.close()
    sink.finish()
    if not single and not args.quiet:
        print(tally.line(), file=sys.stderr)
    return EXIT_FAILED if tally.failed else EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status (see ``EXIT_*`` and docs/cli.md)."""
    args = _parser().parse_args(argv)
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
