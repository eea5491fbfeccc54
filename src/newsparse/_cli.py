"""The ``newsparse`` command line: one page or a whole corpus to JSON, CSV, JSON-LD or text."""

from __future__ import annotations

import argparse
import contextlib
import importlib
import importlib.util
import itertools
import os
import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from importlib import resources
from pathlib import Path
from typing import IO, Any, Final

import attrs

from newsparse import _explain
from newsparse._argtypes import jobs_value as _jobs
from newsparse._argtypes import time_value as _when
from newsparse._argtypes import zone_value as _tz
from newsparse._ballot import decisions
from newsparse._batch import (
    Outcome,
    Page,
    check_glob,
    iter_pages,
    run,
)
from newsparse._defects import Policy
from newsparse._export import TABLES
from newsparse._fit import (
    FitError,
    MissingExtra,
    extract,
    fit,
    judge,
    need_train_extra,
    normal_text,
    read_pages,
    write_weights,
)
from newsparse._fit_ballot import TARGETS, fit_ballot, mean_score, read_ballot_cases
from newsparse._fit_body import fit_body, mean_f1, read_body_cases
from newsparse._outputs import (
    STDOUT,
    OutputError,
)
from newsparse._settings import BodySettings, active_body, using_body
from newsparse._sinks import OneOutput, PerInput, Sink, UsageError, is_text, targets
from newsparse._title import TitleWeights, active_weights, using_weights
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
  newsparse fit mysite/ -o mysite.json           fit the title weights on pages with a
                                                 truth.json (needs [train])
  newsparse parse page.txt --weights mysite.json decide titles with those weights

exit status: 0 every input parsed, 1 some input failed (the others are still written),
2 bad usage or an output that cannot be written, 70 an internal error (a bug),
130/143 interrupted by SIGINT/SIGTERM (what was written is kept, well formed).
"""


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
            "--weights",
            metavar="FILE",
            action="append",
            help="decide titles, bylines or the body with the weights or settings in FILE "
            "(written by newsparse fit; may be given once for each decision; needs -j 1)",
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
    _fit_arguments(
        sub.add_parser(
            "fit",
            help="fit the title weights (or the body's numbers) on pages with a known title "
            "(or body)",
            description="Fit the title decision's weights on page folders in the corpus form "
            "(a truth.json with a title beside the converter dumps *.txt, at any depth under "
            "PAGES_DIR) and write them to FILE, for parse --weights FILE; the title's fit needs "
            "the train extra: pip install 'newsparse[train]'. With --decision body, fit the "
            "numbers of the body's run of blocks on pages whose truth.json gives the body; with "
            "--decision byline (or dates), the byline (or date) decision's weights on pages "
            "whose truth.json names the authors (or the day published; train extra); with "
            "--decision comment-start, where the comments begin, on pages whose truth.json "
            "gives the comments or the body; with --decision standfirst, the standfirst, on "
            "pages whose truth.json gives the subtitle; with --decision boilerplate, which "
            "blocks of the body's run are kept, on pages whose truth.json gives the body "
            "(train extra).",
        )
    )
    return top


def _fit_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("pages_dir", metavar="PAGES_DIR", help="the folder of page folders")
    p.add_argument(
        "-o", "--output", required=True, metavar="FILE", help="where the weights are written"
    )
    p.add_argument(
        "--decision",
        choices=("title", "body", *TARGETS),
        default="title",
        help="title: the title decision's weights (default); body: the numbers of the body's "
        "run of blocks (no extra needed); byline, dates: which rule's byline, or published "
        "date, a page's is; comment-start: which rule's line the comments begin at; standfirst: "
        "which block under the headline, if any, is the standfirst; boilerplate: which blocks "
        "of the body's run are kept",
    )
    p.add_argument(
        "--model",
        choices=("clogit", "pairwise"),
        default="clogit",
        help="clogit: a conditional logit pulled towards the hand weights (default); "
        "pairwise: a logistic regression on pairs of candidates",
    )


# --- fit ----------------------------------------------------------------------------------------


def _refit(args: argparse.Namespace) -> int:
    """``newsparse fit``: read the pages, fit, write the weights, print a short summary."""
    if args.decision == "body":
        return _refit_body(args)
    if args.decision in TARGETS:
        return _refit_ballot(args)
    try:
        _check_fit_output(args.output)
        need_train_extra(args.model)
        pages = read_pages(args.pages_dir)
        labelled, before = extract(pages, normal_text, active_weights())
        source = f"{args.model} fitted on {len(pages)} pages under {args.pages_dir}"
        weights = fit(labelled, source, args.model)
        after = judge(pages, weights, normal_text)
        write_weights(weights, args.output)
    except (FitError, MissingExtra, UsageError, OSError) as exc:
        return _fit_failed(exc, args.output)
    dumps = sum(len(p.dumps) for p in pages)
    print(f"read {len(pages)} pages ({dumps} dumps) under {args.pages_dir}")
    print(
        f"title right on those pages: {_tally(before)}/{dumps} dumps with the default weights, "
        f"{_tally(after)}/{dumps} with the fitted ones"
    )
    print(f"wrote {args.output}")
    return EXIT_OK


def _refit_body(args: argparse.Namespace) -> int:
    """``newsparse fit --decision body``: the body's numbers fitted and written."""
    try:
        _check_fit_output(args.output)
        cases = read_body_cases(args.pages_dir)
        before = mean_f1(cases, active_body())
        settings = fit_body(cases, start=active_body())
        Path(args.output).write_text(settings.to_json(), encoding="utf-8")
    except (FitError, MissingExtra, UsageError, OSError) as exc:
        return _fit_failed(exc, args.output)
    pages = len({c.page for c in cases})
    print(f"read {pages} pages ({len(cases)} dumps of real pages) under {args.pages_dir}")
    print(
        f"body F1 of the run on those dumps: {before:.3f} with the default settings, "
        f"{mean_f1(cases, settings):.3f} with the fitted ones"
    )
    print(f"wrote {args.output}")
    return EXIT_OK


def _refit_ballot(args: argparse.Namespace) -> int:
    """``newsparse fit --decision byline`` (``dates``, ``comment-start``, ``standfirst``,
    ``boilerplate``): the weights fitted and written."""
    target = TARGETS[args.decision]
    kind = target.decision.kind
    try:
        _check_fit_output(args.output)
        need_train_extra()
        cases = read_ballot_cases(target, args.pages_dir)
        source = f"clogit fitted on {len(cases)} {kind} ballots under {args.pages_dir}"
        weights = fit_ballot(target, cases, source)
        Path(args.output).write_text(weights.to_json(), encoding="utf-8")
    except (FitError, MissingExtra, UsageError, OSError) as exc:
        return _fit_failed(exc, args.output)
    pages = len({c.page for c in cases})
    counted = (
        f"{len(cases)} {kind} ballots, one a block of a body's run"
        if target.every
        else f"{len(cases)} dumps a {kind} ballot decided"
    )
    print(f"read {pages} pages ({counted}) under {args.pages_dir}")
    before, after = mean_score(cases, target.decision.active()), mean_score(cases, weights)
    print(
        f"score of the chosen proposal on those dumps ({_SCORES[args.decision]}): "
        f"{before:.3f} with the default weights, {after:.3f} with the fitted ones"
    )
    print(f"wrote {args.output}")
    return EXIT_OK


#: What the score of a decision's proposal is, as ``newsparse fit`` says it.
_SCORES: Final = {
    "byline": "authors F1",
    "dates": "the truth's day",
    "comment-start": "the body above the cut and the first comment below it",
    "standfirst": "the truth's standfirst, or none",
    "boilerplate": "each block of the body's run kept where it is the truth's body",
}


def _fit_failed(exc: Exception, output: str) -> int:
    """Say why ``newsparse fit`` could not fit or write (an ``OSError`` is the output's)."""
    if isinstance(exc, OSError):
        print(f"newsparse fit: cannot write {output}: {exc.strerror}", file=sys.stderr)
    else:
        print(f"newsparse fit: {exc}", file=sys.stderr)
    return EXIT_USAGE


def _tally(right: dict[str, list[bool]]) -> int:
    return sum(sum(runs) for runs in right.values())


def _check_fit_output(output: str) -> None:
    folder = os.path.dirname(os.path.abspath(output))
    if os.path.isdir(output) or not os.path.isdir(folder):
        raise UsageError(f"-o {output}: not a file in an existing folder")


@contextlib.contextmanager
def _title_weights(args: argparse.Namespace) -> Iterator[None]:
    """Decide titles, bylines or the body with each ``--weights FILE`` inside the block (a
    title weights file, a byline weights file or a body settings file, told apart by their form;
    none given: the shipped ones)."""
    paths: list[str] = getattr(args, "weights", None) or []
    if paths and args.jobs != 1:
        raise UsageError("--weights needs -j 1 (worker processes do not take the weights yet)")
    with contextlib.ExitStack() as stack:
        kinds: set[str] = set()
        for path in paths:
            kind, use = _weights_file(path)
            if kind in kinds:
                raise UsageError(f"--weights {path}: a second {kind} file")
            kinds.add(kind)
            stack.enter_context(use)
        yield


def _weights_file(path: str) -> tuple[str, contextlib.AbstractContextManager[object]]:
    """What a ``--weights`` file decides (``"title"``, ``"byline"`` or ``"body"``) and the block that uses
    it; a clear :class:`UsageError` for a file that is neither."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"--weights {path}: {exc.strerror}") from None
    except UnicodeDecodeError as exc:
        raise UsageError(f"--weights {path}: not a weights file ({exc})") from None
    try:
        return "title", using_weights(TitleWeights.from_json(text))
    except (ValueError, KeyError, TypeError):
        pass
    for decision in decisions():
        try:
            return decision.kind, decision.using(decision.weights.from_json(text))
        except (ValueError, KeyError, TypeError):
            pass
    try:
        return "body", using_body(BodySettings.from_json(text))
    except (ValueError, KeyError, TypeError) as exc:
        raise UsageError(
            f"--weights {path}: not a weights file (title, byline, date, comment-start, "
            "standfirst or boilerplate weights, body settings) "
            f"written by newsparse fit ({exc})"
        ) from None


# --- output -----------------------------------------------------------------------------------


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


class Interrupted(BaseException):
    """The run was stopped by a signal (SIGINT or SIGTERM); what was written is kept."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


#: Signals that stop a run cleanly: the output so far is closed well formed and kept.
_STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


def _raise_interrupted(signum: int, _frame: object) -> None:
    raise Interrupted(signum)


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


def _consume(
    outcomes: Iterable[Outcome],
    origins: deque[tuple[str, str]],
    sinks: OneOutput | PerInput,
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


def _sinks(args: argparse.Namespace, single: bool) -> OneOutput | PerInput:
    if args.per_input:
        return PerInput(args, args.output)
    output, defects = targets(args)
    return OneOutput(Sink(args, output, defects, single=single, report=args.defects))


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
        and (paths[0] == "-" or (is_text(paths[0]) and not os.path.isdir(paths[0])))
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
    args: argparse.Namespace, sinks: OneOutput | PerInput
) -> Callable[[Page], str | None]:
    """A test that keeps this run's own outputs from being read as its inputs."""
    if isinstance(sinks, PerInput):
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
    if args.command == "fit":
        return _refit(args)
    previous = {s: signal.signal(s, _raise_interrupted) for s in _STOP_SIGNALS}
    try:
        with _title_weights(args):
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
