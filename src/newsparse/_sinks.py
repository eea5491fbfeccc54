"""Where the command line's records go: one output, or one file per input, in each format.

A :class:`Sink` is one output (a file written through a :class:`~newsparse._outputs.Target`,
or standard output) with its format's writer and its defects report. :class:`OneOutput` sends
every record to one sink; :class:`PerInput` (``--per-input``) opens a sink per input file,
mirroring the input folders.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
from typing import IO, Any, cast

from newsparse._batch import JSONL_SUFFIXES, WARC_SUFFIXES, Outcome, Page
from newsparse._export import CsvWriter, ParquetWriter, Table, to_jsonld
from newsparse._outputs import STDOUT, Target, beside, check_distinct, printable, printable_doc
from newsparse._render import render
from newsparse._serialize import INPUT_KEY, dumps, to_dict, to_json

__all__ = ["OneOutput", "PerInput", "Sink", "UsageError", "is_text", "targets"]


class UsageError(Exception):
    """Bad usage found after the options were read (exit status 2)."""


def stdout_stream() -> IO[str]:
    """Standard output as UTF-8 with ``\\n`` line ends, whatever the locale."""
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:  # replaced by a text-only stream (tests)
        return sys.stdout
    return io.TextIOWrapper(buffer, encoding="utf-8", newline="", line_buffering=False)


class Writer:
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
            doc[INPUT_KEY] = input_of(outcome.page)
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
            self.out.write(safe_dumps(self._doc(outcome), None) + "\n")
        elif self.single:
            if self.format == "json" and not outcome.page.extra:
                self.out.write(to_json(article, indent=self.indent) + "\n")
            else:
                self.out.write(safe_dumps(self._doc(outcome), self.indent) + "\n")
        else:
            doc = safe_dumps(self._doc(outcome), self.indent)
            self.out.write(("[\n" if first else ",\n") + doc)

    def close(self) -> None:
        if self.format in ("json", "jsonld") and not self.single:
            self.out.write("\n]\n" if self.count else "[]\n")
        self.out.flush()


def input_of(page: Page) -> dict[str, Any]:
    """What names a record's input: its name, file, line or archive record, id and URL."""
    where: dict[str, Any] = {"name": page.name}
    for field in ("path", "line", "record_id", "url"):
        value = getattr(page, field, None)
        if value is not None:
            where[field] = value
    if page.key != page.name:
        where["key"] = page.key
    return where


def safe_dumps(doc: dict[str, Any], indent: int | None) -> str:
    """The JSON text of ``doc``; strings UTF-8 cannot hold are made :func:`printable` first."""
    try:
        text = dumps(doc, indent)
    except TypeError:  # orjson refuses lone surrogates
        return dumps(printable_doc(doc), indent)
    return text if printable(text) == text else dumps(printable_doc(doc), indent)


class Defects:
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


class PrintableStream:
    """A text stream that writes what UTF-8 cannot hold as :func:`printable` text."""

    def __init__(self, inner: IO[str]) -> None:
        self.inner = inner

    def write(self, text: str) -> int:
        return self.inner.write(printable(text))

    def flush(self) -> None:
        self.inner.flush()


class ParquetOut:
    """The ``parquet`` format: one table's rows in row groups (the ``arrow`` extra)."""

    def __init__(self, file: IO[bytes], table: Table) -> None:
        self.rows = ParquetWriter(file, table)

    def write(self, outcome: Outcome) -> None:
        assert outcome.parsed is not None
        self.rows.write(outcome.parsed.article, printable(outcome.page.key))

    def close(self) -> None:
        self.rows.close()


class Sink:
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
        self.stdout_stream: IO[str] | None = None
        self.writer: Writer | ParquetOut
        if args.format == "parquet":
            output.binary = True
            self.writer = ParquetOut(output.open(), args.table)
        elif output.path is None:
            self.stdout_stream = stdout_stream()
            self.writer = Writer(cast("IO[str]", PrintableStream(self.stdout_stream)), args, single)
        else:
            self.writer = Writer(cast("IO[str]", PrintableStream(output.open())), args, single)
        self.report: Defects | None = None
        if report or defects is not None:
            file = cast("IO[str]", PrintableStream(defects.open())) if defects else None
            self.report = Defects(file, prefix=not single)

    def write(self, outcome: Outcome) -> None:
        self.writer.write(outcome)
        if self.report is not None:
            self.report.write(outcome)
        self.written += 1

    def finish(self) -> None:
        """Close the documents (a JSON array gets its ``]``) and move the files into place."""
        self.writer.close()
        if (
            isinstance(self.stdout_stream, io.TextIOWrapper)
            and self.stdout_stream is not sys.stdout
        ):
            self.stdout_stream.detach()  # leave sys.stdout's buffer open
        self.output.commit()
        if self.defects_target is not None:
            self.defects_target.commit()

    def abandon(self) -> None:
        """Remove the temporary files: the targets keep their old content."""
        self.output.discard()
        if self.defects_target is not None:
            self.defects_target.discard()


def targets(args: argparse.Namespace) -> tuple[Target, Target | None]:
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


class PerInput:
    """``-o DIR --per-input``: one output file per input file, mirroring the input tree.

    ``pages/sub/a.txt`` (read as part of ``pages``) is written to ``DIR/sub/a.json``; the records
    of a JSON Lines or WARC file go together into one file named after it. An input whose output
    name is taken (by an earlier input, or by the input itself) fails with a message.
    """

    def __init__(self, args: argparse.Namespace, folder: str) -> None:
        self.args = args
        self.folder = folder
        self.written = 0
        self.current: tuple[str, Sink] | None = None
        self.taken: set[str] = set()

    def output_name(self, source: str, root: str) -> str:
        """Where the records of ``source`` (met under ``root``) are written."""
        rel = "stdin" if source == "-" else os.path.relpath(source, root)
        base, ext = os.path.splitext(rel)
        if ext.lower() == ".gz":
            base = os.path.splitext(base)[0]
        return os.path.join(self.folder, base + EXTENSIONS[self.args.format])

    def sink_for(self, source: str, root: str) -> Sink | str:
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
        single = is_text(source) and self.args.jsonl_field is None
        sink = Sink(self.args, Target(name), defects, single=single, report=self.args.defects)
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


class OneOutput:
    """Every record to one output (a file or standard output), as without ``--per-input``."""

    def __init__(self, sink: Sink) -> None:
        self.sink = sink

    @property
    def written(self) -> int:
        return self.sink.written

    def sink_for(self, source: str, root: str) -> Sink | str:
        return self.sink

    def finish(self) -> None:
        self.sink.finish()

    def abandon(self) -> None:
        self.sink.abandon()


def is_text(path: str) -> bool:
    return not path.lower().endswith(JSONL_SUFFIXES + WARC_SUFFIXES)
