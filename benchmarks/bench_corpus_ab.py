"""The real-page corpus parsed by this checkout and by another one, in the same process.

Run:  python benchmarks/bench_corpus_ab.py OTHER_SRC [--corpus ../shared/corpus] [--rounds 5]

``OTHER_SRC`` is the ``src`` folder of another checkout (``git worktree add /tmp/old REV``, then
``/tmp/old/src``). Both packages are imported side by side and parse every dump of the corpus in
turn, ``--rounds`` times (one pass of each in turn); the fastest pass of each (CPU time of this
thread, so other processes do not count) gives the ratio this/other. Whether their output is the same is printed too.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent


@dataclass
class Copy:
    """One checkout's ``newsparse``, with all its modules: they are put back in ``sys.modules``
    before it runs (an older checkout imports some of its modules inside functions, by name)."""

    package: ModuleType
    modules: dict[str, ModuleType]

    def __enter__(self) -> ModuleType:
        sys.modules.update(self.modules)
        return self.package

    def __exit__(self, *_: object) -> None:
        pass


def load(src: Path) -> Copy:
    """``newsparse`` imported from ``src``, apart from any copy imported before."""
    for name in [m for m in sys.modules if m == "newsparse" or m.startswith("newsparse.")]:
        del sys.modules[name]
    sys.path.insert(0, str(src))
    try:
        package = importlib.import_module("newsparse")
        # the package loads its parser lazily: resolve it now, while ``src`` is the one found
        package.parse(b"Title\n\nText.")
        for module in sorted((src / "newsparse").glob("*.py")):
            if module.stem != "__main__":
                importlib.import_module(f"newsparse.{module.stem}")
        own = {
            m: mod
            for m, mod in sys.modules.items()
            if m == "newsparse" or m.startswith("newsparse.")
        }
        return Copy(package, own)
    finally:
        sys.path.pop(0)


def one_pass(copy: Copy, dumps: list[bytes]) -> float:
    """CPU time of this thread for one parse of every dump by ``copy``."""
    with copy as package:
        start = time.thread_time()
        for dump in dumps:
            package.parse(dump)
        return time.thread_time() - start


def fastest(this: Copy, other: Copy, dumps: list[bytes], rounds: int) -> tuple[float, float]:
    """The fastest pass of each copy, their passes taken in turn (a load that comes and goes
    on a shared machine slows both alike)."""
    best_this = best_other = float("inf")
    for _ in range(rounds):
        best_other = min(best_other, one_pass(other, dumps))
        best_this = min(best_this, one_pass(this, dumps))
    return best_this, best_other


def read_options(
    argv: list[str], description: str, rounds: int
) -> tuple[argparse.Namespace, list[bytes]]:
    """The options of a side-by-side benchmark (the other checkout's ``src``, ``--corpus``,
    ``--rounds``) and the corpus' dumps (none when the corpus is not there)."""
    cli = argparse.ArgumentParser(description=description)
    cli.add_argument("other", type=Path, help="the src folder of the other checkout")
    cli.add_argument("--corpus", type=Path, default=HERE.parent.parent / "shared" / "corpus")
    cli.add_argument("--rounds", type=int, default=rounds)
    opts = cli.parse_args(argv)
    dumps = [p.read_bytes() for p in sorted((opts.corpus / "dev").glob("*/*.txt"))]
    if not dumps:
        print(f"no corpus at {opts.corpus}")
    return opts, dumps


def main(argv: list[str]) -> int:
    opts, dumps = read_options(argv, __doc__.splitlines()[0], rounds=5)
    if not dumps:
        return 1
    other = load(opts.other)
    this = load(HERE.parent / "src")
    same = all(_out(other, d) == _out(this, d) for d in dumps)
    t_this, t_other = fastest(this, other, dumps, opts.rounds)
    print(
        f"{len(dumps)} dumps: this {t_this:.3f} s, other {t_other:.3f} s, ratio {t_this / t_other:.2f}"
    )
    print("same output" if same else "output differs")
    return 0


def _out(copy: Copy, dump: bytes) -> str:
    with copy as package:
        return str(package.to_json(package.parse(dump)))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
