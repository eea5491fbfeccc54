"""Hostile pages at the sizes of issue 7: time linear in size, peak memory <= 20x the input.

Run:  python benchmarks/bench_hostile.py [--scale 0.1]
      python benchmarks/bench_hostile.py --memory [--mb 50] [--only bullets]

For each hostile page the parse is timed (CPU time of this thread, so other processes on the
machine do not count) at the full size and at a tenth of it; ``growth`` is the ratio of the two
times (10 is linear; the target is <= 13). ``memory`` is the ``tracemalloc`` peak during the
parse divided by the size of the input in bytes (target <= 20).

``--memory`` measures memory only, each page made ``--mb`` megabytes long (50 by default, the
size of issue 15), one parse each: the ``tracemalloc`` peak during the parse over the input's
size in bytes.
"""

from __future__ import annotations

import argparse
import sys
import time
import tracemalloc
from collections.abc import Callable

import newsparse

PAGES: dict[str, Callable[[int], str]] = {
    "10 MB single line": lambda n: "word " * (n // 5),
    "unbalanced quote marks": lambda n: "Title\n\n" + "“" * n,
    "bullets": lambda n: "Title\n\n" + "• item\n" * (n // 7),
    "timestamp lines": lambda n: "Title\n\n" + "Aug 5, 2012 - 11:47AM\n" * (n // 22),
    "comment heads": lambda n: (
        "Title\n\nIt rained.\n\n" + "• Ann\nAug 5, 2012 - 11:47AM\n\nHi.\n\n" * (n // 33)
    ),
    "nested quotes": lambda n: "Ann Lee said: " + "“‘«„" * (n // 8) + "deep" + "”’»“" * (n // 8),
    "spaces inside a line": lambda n: "a" + " " * n + "b - c",
    "only boilerplate": lambda n: "Share\nTweet\nReply\n" * (n // 18),
}
#: Full sizes in characters: 10 MB line, 1 M quote marks, 100 k bullets / timestamp lines.
SIZES = {
    "10 MB single line": 10_000_000,
    "unbalanced quote marks": 1_000_000,
    "bullets": 700_000,
    "timestamp lines": 2_200_000,
    "comment heads": 1_000_000,
    "nested quotes": 1_000_000,
    "spaces inside a line": 1_000_000,
    "only boilerplate": 1_000_000,
}


def cpu(text: str) -> float:
    start = time.thread_time()
    newsparse.parse(text)
    return time.thread_time() - start


def peak(text: str) -> float:
    tracemalloc.start()
    newsparse.parse(text)
    _, top = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return top / len(text.encode("utf-8", "surrogatepass"))


def memory(mb: float, only: str | None) -> int:
    """Print the peak-to-input ratio of each page made ``mb`` megabytes long."""
    print(f"{'page':26} {'MB':>6} {'peak MB':>8} {'memory':>7}")
    for name, make in PAGES.items():
        if only is not None and only not in name:
            continue
        sample = make(100_000)  # (characters to bytes: a quote mark is three bytes in UTF-8)
        per_char = len(sample.encode("utf-8", "surrogatepass")) / len(sample)
        text = make(int(mb * 1_000_000 / per_char))
        size = len(text.encode("utf-8", "surrogatepass"))
        ratio = peak(text)
        print(f"{name:26} {size / 1e6:6.1f} {ratio * size / 1e6:8.1f} {ratio:6.1f}x", flush=True)
        del text
    return 0


def main(argv: list[str]) -> int:
    cli = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    cli.add_argument("--scale", type=float, default=1.0, help="fraction of the full sizes")
    cli.add_argument(
        "--rounds",
        type=int,
        default=3,
        help="runs of the full size; the fastest counts (a shared virtual machine stalls now and "
        "then, and CPU time includes the stall: more rounds, truer growth figures)",
    )
    cli.add_argument("--memory", action="store_true", help="memory only, at --mb megabytes")
    cli.add_argument("--mb", type=float, default=50.0, help="page size for --memory")
    cli.add_argument("--only", help="only the pages whose name holds this text")
    opts = cli.parse_args(argv)
    if opts.memory:
        for make in PAGES.values():
            newsparse.parse(make(2000))  # (lazy imports and patterns are not the page's memory)
        return memory(opts.mb, opts.only)
    for make in PAGES.values():
        newsparse.parse(make(2000))  # lazy imports and patterns are not the page's memory
    print(f"{'page':26} {'chars':>10} {'time s':>8} {'growth':>7} {'memory':>7}")
    for name, make in PAGES.items():
        n = int(SIZES[name] * opts.scale)
        big, small = make(n), make(n // 10)
        t_small = min(cpu(small) for _ in range(3 * opts.rounds))
        t_big = min(cpu(big) for _ in range(opts.rounds))
        print(
            f"{name:26} {len(big):10d} {t_big:8.2f} {t_big / max(t_small, 1e-9):7.1f} "
            f"{peak(big):6.1f}x",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
