"""The ``newsparse`` command line."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from importlib import resources

from newsparse._defects import DefectError, Policy
from newsparse._parser import Parsed, parse_detailed
from newsparse._render import render
from newsparse._serialize import to_json
from newsparse._version import __version__

EXAMPLES = """\
examples:
  newsparse demo                              parse the bundled example page
  newsparse parse page.txt                    print the article as JSON
  newsparse parse page.txt --format text      render it back in the reference layout
  newsparse parse page.txt --defects          also list what the parser could not place
  cat page.txt | newsparse parse -            read the page from stdin
"""


def _tz(value: str) -> tzinfo:
    """``UTC``, ``+05:00`` or an IANA name such as ``Europe/Berlin``."""
    if value.upper() in ("UTC", "Z"):
        return UTC
    if value[:1] in "+-" and len(value) in (5, 6):
        sign = -1 if value[0] == "-" else 1
        digits = value[1:].replace(":", "")
        if digits.isdigit():
            return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))
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
        p.add_argument(
            "--format",
            choices=("json", "text"),
            default="json",
            help="output format (default json)",
        )
        p.add_argument(
            "--indent", type=int, default=2, help="JSON indent (default 2; 0 for one line)"
        )
        p.add_argument(
            "--tz", type=_tz, help="time zone for naive times (UTC, +05:00, Europe/Berlin)"
        )
        p.add_argument(
            "--reference-time", type=_when, help="ISO time that relative times are resolved against"
        )
        p.add_argument("--strict", action="store_true", help="fail on the first defect")
        p.add_argument(
            "--defects", action="store_true", help="list defects and dropped lines on stderr"
        )

    p = sub.add_parser(
        "parse",
        help="parse a page file (or - for stdin)",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("path", help="a text file, or - for stdin")
    options(p)
    d = sub.add_parser("demo", help="parse the bundled example page and print it")
    options(d)
    return top


def _emit(parsed: Parsed, args: argparse.Namespace) -> None:
    if args.format == "text":
        sys.stdout.write(render(parsed.article))
    else:
        sys.stdout.write(to_json(parsed.article, indent=args.indent or None) + "\n")
    if args.defects:
        for defect in parsed.defects:
            print(f"defect: {defect.kind}: {defect}", file=sys.stderr)
        for dropped in parsed.dropped:
            print(
                f"dropped: line {dropped.line}: {dropped.reason}: {dropped.text!r}", file=sys.stderr
            )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args = _parser().parse_args(argv)
    if args.command == "demo":
        data = resources.files("newsparse").joinpath("data/demo.txt").read_bytes()
        name = "demo"
    elif args.path == "-":
        data = sys.stdin.buffer.read()
        name = "<stdin>"
    else:
        name = args.path
        try:
            with open(args.path, "rb") as fh:
                data = fh.read()
        except OSError as exc:
            print(f"newsparse: cannot read {name}: {exc.strerror or exc}", file=sys.stderr)
            return 2
    try:
        parsed = parse_detailed(
            data, tz=args.tz, reference_time=args.reference_time, policy=Policy(strict=args.strict)
        )
    except DefectError as exc:
        print(f"newsparse: {name}: {exc.defect.kind}: {exc}", file=sys.stderr)
        return 1
    _emit(parsed, args)
    return 0
