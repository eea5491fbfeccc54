"""Scaling of the reference page repeated x10 and x100, counted in instructions (stall-proof).

Run:  python benchmarks/count_scaling.py [--times 10 100]     (needs valgrind; ~10-20 minutes)

Timing a parse of 100 ms or more on a shared virtual machine mostly measures the host's stalls.
Instructions do not stall: for each K in 0, 1 and ``--times`` this runs, under
``valgrind --tool=callgrind``, a script that parses the page once to warm up and then the page
repeated K times; the count for K minus the count for 0 is the cost of the repeated page, and
``cost(K) / (K * cost(1))`` is the multiple of the proportional cost (target <= 1.3).
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT.parent / "shared" / "seeds" / "000_27a995b42533d3a8.txt"
DEMO = ROOT / "src" / "newsparse" / "data" / "demo.txt"
SCRIPT = """
import sys, newsparse
page = open(sys.argv[1], encoding="utf-8").read()
newsparse.parse(page)
k = int(sys.argv[2])
if k:
    newsparse.parse("\\n".join([page] * k))
"""


def instructions(page: Path, k: int, work: Path) -> int:
    script = work / "repeat.py"
    script.write_text(SCRIPT, encoding="utf-8")
    done = subprocess.run(
        [
            "valgrind",
            "--tool=callgrind",
            f"--callgrind-out-file={work / f'out.{k}'}",
            sys.executable,
            str(script),
            str(page),
            str(k),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    found = re.search(r"Collected : (\d+)", done.stderr)
    if found is None:
        raise RuntimeError("valgrind printed no instruction count")
    return int(found.group(1))


def main(argv: list[str]) -> int:
    cli = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    cli.add_argument("--times", type=int, nargs="+", default=[10, 100])
    opts = cli.parse_args(argv)
    if shutil.which("valgrind") is None:
        print("valgrind is not installed: nothing measured")
        return 1
    page = REFERENCE if REFERENCE.exists() else DEMO
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        base = instructions(page, 0, work)
        one = instructions(page, 1, work) - base
        print(f"{page.name}: {one / 1e6:.1f} M instructions per parse")
        for k in opts.times:
            cost = instructions(page, k, work) - base
            print(
                f"x{k}: {cost / 1e6:.1f} M instructions, {cost / (k * one):.2f}x proportional "
                "(target <= 1.3)"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
