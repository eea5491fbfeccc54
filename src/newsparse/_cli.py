"""The ``newsparse`` command line: one page or a whole corpus to JSON, CSV, JSON-LD or text."""

from __future__ import annotations

import argparse
import importlib
import io
import itertools
import json
import os
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from importlib import resources
from pathlib import Path
from typing import IO, Any

from newsparse import _explain
from newsparse._batch import JSONL_SUFFIXES, WARC_SUFFIXES, Outcome, Page, iter_pages, run
from newsparse._defects import Policy
from newsparse._export import TABLES, CsvWriter, to_jsonld
from newsparse._render import render
from newsparse._serialize import _dumps, to_dict, to_json
from newsparse._version import __version__

FORMATS = ("json", "jsonl", "csv", "jsonld", "text")

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

exit status: 0 every page parsed, 1 some page failed (the others are still written),
2 bad usage or an output that cannot be written.
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
        out.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
        out.add_argument(
            "--defects",
            action="store_true",
            help="report defects and dropped lines: as JSON Lines beside the output "
            "(-o out.jsonl gives out.defects.jsonl), else listed on stderr",
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
    p.add_argument("paths", nargs="+", metavar="PATH", help="a page file, a folder, or -")
    inputs = p.add_argument_group("input")
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
        self.csv = CsvWriter(out, args.table) if self.format == "csv" else None

    def _doc(self, outcome: Outcome) -> dict[str, Any]:
        assert outcome.parsed is not None
        article = outcome.parsed.article
        if self.format == "jsonld":
            return to_jsonld(article, key=outcome.page.key)
        doc = to_dict(article)
        for key, value in outcome.page.extra:
            doc.setdefault(key, value)
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
            self.out.write(_dumps(self._doc(outcome), None) + "\n")
        elif self.single:
            if self.format == "json" and not outcome.page.extra:
                self.out.write(to_json(article, indent=self.indent) + "\n")
            else:
                self.out.write(_dumps(self._doc(outcome), self.indent) + "\n")
        else:
            self.out.write(("[\n" if first else ",\n") + _dumps(self._doc(outcome), self.indent))

    def close(self) -> None:
        if self.format in ("json", "jsonld") and not self.single:
            self.out.write("\n]\n" if self.count else "[]\n")
        self.out.flush()


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
            self.file.write(json.dumps(record, ensure_ascii=False) + "\n")


def _beside(output: str) -> str:
    """``out.jsonl`` -> ``out.defects.jsonl`` (the defects file written beside an output)."""
    path = Path(output)
    return str(path.with_name(path.name.split(".")[0] + ".defects.jsonl"))


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
    one = paths[0]
    single = (
        len(paths) == 1
        and args.jsonl_field is None
        and (one == "-" or (_is_text(one) and not os.path.isdir(one)))
    )
    return iter_pages(paths, glob=args.glob, jsonl_field=args.jsonl_field), single


def _open_outputs(args: argparse.Namespace) -> tuple[IO[str], IO[str] | None]:
    out = open(args.output, "w", encoding="utf-8", newline="") if args.output else _stdout()  # noqa: SIM115
    path = args.defects_to or (_beside(args.output) if args.defects and args.output else None)
    try:
        defects = open(path, "w", encoding="utf-8", newline="") if path else None  # noqa: SIM115
    except OSError:
        if args.output:
            out.close()
        raise
    return out, defects


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status (0 ok, 1 some page failed, 2 usage)."""
    args = _parser().parse_args(argv)
    if args.command == "explain":
        return _explain.main(args)
    if args.command == "parse" and args.paths.count("-") > 1:
        print("newsparse: - (stdin) can be given only once", file=sys.stderr)
        return 2
    pages, single = _inputs(args)
    show = args.progress if args.progress is not None else sys.stderr.isatty() and not single
    total = None
    if show:
        pages, total = _counted(pages)
    try:
        out, defects_file = _open_outputs(args)
    except OSError as exc:
        print(f"newsparse: cannot write {exc.filename}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    writer = _Writer(out, args, single)
    report = None
    if args.defects or defects_file is not None:
        report = _Defects(defects_file, prefix=not single)
    progress = _Progress(total) if show else None
    parsed = failed = defects = 0
    try:
        for outcome in run(
            pages,
            jobs=args.jobs,
            tz=args.tz,
            reference_time=args.reference_time,
            policy=Policy(strict=args.strict),
        ):
            if progress is not None:
                progress.update()
            if outcome.parsed is None:
                failed += 1
                message = f"newsparse: {outcome.page.name}: {outcome.error}"
                if progress is not None:
                    progress.write(message)
                else:
                    print(message, file=sys.stderr)
                continue
            parsed += 1
            defects += len(outcome.parsed.defects)
            writer.write(outcome)
            if report is not None:
                report.write(outcome)
    finally:
        if progress is not None:
            progress.close()
        writer.close()
        if defects_file is not None:
            defects_file.close()
        if args.output:
            out.close()
        elif isinstance(out, io.TextIOWrapper) and out is not sys.stdout:
            out.detach()  # leave sys.stdout's buffer open
    if not single and not args.quiet:
        print(f"parsed {parsed}, failed {failed}, defects {defects}", file=sys.stderr)
    return 1 if failed else 0


def _is_text(path: str) -> bool:
    return not path.lower().endswith(JSONL_SUFFIXES + WARC_SUFFIXES)
