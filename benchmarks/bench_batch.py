"""Batch throughput and memory of the ``newsparse`` command (inputs generated in a temp dir).

Run:  python benchmarks/bench_batch.py [--pages 1000] [--lines 100000]

1. A folder of ``--pages`` pages (the invented fixture pages of ``tests/data/pages``, each copy
   with its own title) to JSON Lines at ``-j 1`` and ``-j 2``: pages per second.
2. A JSON Lines input of ``--lines`` short pages, and one of a tenth of that: peak resident
   memory of the command. Streaming keeps it flat: the bigger input must not need ten times the
   memory. Timings depend on the machine and its load; nothing here is asserted in the tests.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "data" / "pages"


def _command() -> list[str]:
    script = shutil.which("newsparse", path=os.path.dirname(sys.executable))
    return [script] if script else [sys.executable, "-m", "newsparse"]


def _run(args: list[str]) -> tuple[float, int]:
    """Run the command; return (seconds, peak RSS of the command and its workers in KiB)."""
    wrapper = (
        "import resource, subprocess, sys, time\n"
        "t = time.perf_counter()\n"
        "code = subprocess.call(sys.argv[1:])\n"
        "t = time.perf_counter() - t\n"
        "rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
        "print(t, rss)\n"
        "sys.exit(code)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", wrapper, *_command(), *args],
        capture_output=True,
        text=True,
        check=True,
    )
    seconds, rss = done.stdout.split()
    return float(seconds), int(rss)


def make_folder(root: Path, count: int) -> Path:
    pages = sorted(FIXTURES.glob("*.txt"))
    folder = root / "pages"
    for i in range(count):
        text = pages[i % len(pages)].read_text(encoding="utf-8")
        title, _, rest = text.lstrip("\n").partition("\n")
        target = folder / f"{i // 100:03d}" / f"page{i:05d}.txt"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(f"{title} (copy {i})\n{rest}", encoding="utf-8")
    return folder


def make_jsonl(path: Path, count: int) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for i in range(count):
            text = (
                f"Harbour report number {i}\n\nPublished: May 2, 2024\n\n"
                f"Boats came in on day {i}. “The catch was good,” skipper Ann Lind said.\n\n"
                "Reader Comments (1)\n\n  • Tom\n    May 2, 2024 - 9:15AM\n\n    Good news.\n"
            )
            record = {"id": f"r{i}", "url": f"https://example.org/{i}", "text": text}
            fh.write(json.dumps(record) + "\n")
    return path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=1000)
    ap.add_argument("--lines", type=int, default=100_000)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        folder = make_folder(root, args.pages)
        out = root / "out.jsonl"
        for jobs in (1, 2):
            seconds, _ = _run(
                ["parse", str(folder), "-j", str(jobs), "--format", "jsonl", "-o", str(out), "-q"]
            )
            rate = args.pages / seconds
            print(f"folder of {args.pages} pages, -j {jobs}: {seconds:6.1f} s  {rate:7.1f} pages/s")
        for lines in (args.lines // 10, args.lines):
            feed = make_jsonl(root / f"feed{lines}.jsonl", lines)
            size = feed.stat().st_size / 2**20
            seconds, rss = _run(["parse", str(feed), "--format", "jsonl", "-o", str(out), "-q"])
            print(
                f"JSON Lines of {lines} pages ({size:.0f} MiB): {seconds:6.1f} s  "
                f"{lines / seconds:7.1f} pages/s  peak RSS {rss / 1024:.0f} MiB"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
