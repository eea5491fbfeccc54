"""The real-page corpus parsed by this checkout and by another one, in the same process.

Run:  python benchmarks/bench_corpus_ab.py OTHER_SRC [--corpus ../shared/corpus] [--rounds 5]

``OTHER_SRC`` is the ``src`` folder of another checkout (``git worktree add /tmp/old REV``, then
``/tmp/old/src``). Both packages are imported side by side and parse every dump of the corpus in
turn, ``--rounds`` times; the fastest pass of each (CPU time of this thread, so other processes
do not count) gives the ratio this/other. Whether their output is the same is printed too.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent


def load(src: Path) -> ModuleType:
    """``newsparse`` imported from ``src``, apart from any copy imported before."""
    for name in [m for m in sys.modules if m == "newsparse" or m.startswith("newsparse.")]:
        del sys.modules[name]
    sys.path.insert(0, str(src))
    try:
        package = importlib.import_module("newsparse")
        # the package loads its parser lazily: resolve it now, while ``src`` is the one found
        package.parse(b"Title\n\nText.")
        return package
    finally:
        sys.path.pop(0)


def fastest(package: ModuleType, dumps: list[bytes], rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.thread_time()
        for dump in dumps:
            package.parse(dump)
        best = min(best, time.thread_time() - start)
    return best


def main(argv: list[str]) -> int:
    cli = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    cli.add_argument("other", type=Path, help="the src folder of the other checkout")
    cli.add_argument("--corpus", type=Path, default=HERE.parent.parent / "shared" / "corpus")
    cli.add_argument("--rounds", type=int, default=5)
    opts = cli.parse_args(argv)
    dumps = [p.read_bytes() for p in sorted((opts.corpus / "dev").glob("*/*.txt"))]
    if not dumps:
        print(f"no corpus at {opts.corpus}")
        return 1
    other = load(opts.other)
    this = load(HERE.parent / "src")
    same = all(other.to_json(other.parse(d)) == this.to_json(this.parse(d)) for d in dumps)
    t_other = fastest(other, dumps, opts.rounds)
    t_this = fastest(this, dumps, opts.rounds)
    print(
        f"{len(dumps)} dumps: this {t_this:.3f} s, other {t_other:.3f} s, ratio {t_this / t_other:.2f}"
    )
    print("same output" if same else "output differs")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
