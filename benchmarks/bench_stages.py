"""Where the corpus parse time goes, stage by stage, in this checkout and in another one.

Run:  python benchmarks/bench_stages.py OTHER_SRC [--corpus ../shared/corpus] [--rounds 3]

Both checkouts are loaded side by side (as :mod:`bench_corpus_ab` loads them) and parse every
dump of the corpus in turn, ``--rounds`` times. The stages are the functions both checkouts
have by the same name: the headline decision (``find_title``), the header (``header``), the
comment readers (``comment_zone_start``, ``footer_thread_start``, ``read_comments``), the
quotations (``find_quotes``) and the split into lines (``split_lines``); the rest is the body
and everything else. A stage is timed where it is entered from outside every other stage (CPU
time of this thread), so no time counts twice. The fastest pass of each checkout is shown, with
each stage's share of the time this checkout adds.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import Any

from bench_corpus_ab import HERE, Copy, load, read_options

#: The stages, by the modules and names of the functions that make them.
STAGES: dict[str, tuple[tuple[str, str], ...]] = {
    "split into lines": (("_normalize", "split_lines"),),
    "headline": (("_title", "find_title"),),
    "header": (("_generic_header", "header"),),
    "comments": (
        ("_generic_comments", "comment_zone_start"),
        ("_generic_comments", "footer_thread_start"),
        ("_generic_comments", "read_comments"),
    ),
    "quotations": (("_quotes", "find_quotes"),),
}


class Clock:
    """The CPU time spent in each stage, counted where a stage is entered from outside all."""

    def __init__(self) -> None:
        self.spent: dict[str, float] = dict.fromkeys(STAGES, 0.0)
        self.inside = False

    def wrap(self, stage: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            if self.inside:
                return function(*args, **kwargs)
            self.inside = True
            start = time.thread_time()
            try:
                return function(*args, **kwargs)
            finally:
                self.spent[stage] += time.thread_time() - start
                self.inside = False

        return timed


def instrument(copy: Copy, clock: Clock) -> None:
    """Put ``clock``'s timed stages in place of the stage functions, in every module of
    ``copy`` that holds them (a module calls what it imported by its own name)."""
    for stage, functions in STAGES.items():
        for module, name in functions:
            original = getattr(copy.modules[f"newsparse.{module}"], name)
            timed = clock.wrap(stage, original)
            for mod in copy.modules.values():
                if getattr(mod, name, None) is original:
                    setattr(mod, name, timed)


def one_pass(copy: Copy, clock: Clock, dumps: list[bytes]) -> tuple[float, dict[str, float]]:
    """The CPU time of one parse of every dump, and of each stage in it."""
    clock.spent = dict.fromkeys(STAGES, 0.0)
    with copy as package:
        start = time.thread_time()
        for dump in dumps:
            package.parse(dump)
        return time.thread_time() - start, dict(clock.spent)


def main(argv: list[str]) -> int:
    opts, dumps = read_options(argv, __doc__.splitlines()[0], rounds=3)
    if not dumps:
        return 1
    other, other_clock = load(opts.other), Clock()
    this, this_clock = load(HERE.parent / "src"), Clock()
    instrument(other, other_clock)
    instrument(this, this_clock)
    best: dict[str, tuple[float, dict[str, float]]] = {}
    for _ in range(opts.rounds):
        for name, copy, clock in (("other", other, other_clock), ("this", this, this_clock)):
            result = one_pass(copy, clock, dumps)
            if name not in best or result[0] < best[name][0]:
                best[name] = result
    _report(best["other"], best["this"], len(dumps))
    return 0


def _report(
    other: tuple[float, dict[str, float]], this: tuple[float, dict[str, float]], dumps: int
) -> None:
    rows = [(stage, other[1][stage], this[1][stage]) for stage in STAGES]
    rows.append(("the rest (body, paragraphs …)", _rest(other), _rest(this)))
    rows.append(("whole parse", other[0], this[0]))
    added = this[0] - other[0]
    print(f"{dumps} dumps, fastest pass of each (thread CPU time)")
    print(f"{'stage':32} {'other s':>8} {'this s':>8} {'ratio':>6} {'of the time added':>18}")
    for stage, a, b in rows:
        ratio = f"{b / a:.2f}" if a else "-"
        share = f"{100 * (b - a) / added:.0f} %" if added > 0 else "-"
        print(f"{stage:32} {a:8.3f} {b:8.3f} {ratio:>6} {share:>18}")


def _rest(result: tuple[float, dict[str, float]]) -> float:
    return result[0] - sum(result[1].values())


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
