"""Cost of ``import newsparse`` over a bare interpreter (best of several fresh processes).

Run:  python benchmarks/bench_import.py        Target: <= 60 ms over the bare interpreter.
"""

from __future__ import annotations

import subprocess
import sys
import time


def best(args: list[str], runs: int = 15) -> float:
    fastest = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, *args], check=True)
        fastest = min(fastest, time.perf_counter() - start)
    return fastest


def main() -> int:
    bare = best(["-c", "pass"])
    imported = best(["-c", "import newsparse"])
    parsed = best(["-c", "import newsparse; newsparse.parse('T\\n\\nIt rained all day.')"])
    print(f"bare interpreter      {bare * 1000:6.1f} ms")
    print(f"import newsparse      {imported * 1000:6.1f} ms  (+{(imported - bare) * 1000:.1f} ms)")
    print(f"import + first parse  {parsed * 1000:6.1f} ms  (+{(parsed - bare) * 1000:.1f} ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
