"""Score newsparse on the real-page corpus and fail below the figures already reached.

Run:  python benchmarks/corpus_ratchet.py [--corpus ../shared/corpus] [--update]

Every dump is parsed in this one process (fast), the predictions are written to a temporary
folder, and the corpus' own scorer (``score.py``) reads them back through a ``cat`` command,
so the figures are exactly the scorer's. The floors live in ``benchmarks/corpus_ratchet.json``;
``--update`` raises them to the figures measured now (never lowers them).
"""

from __future__ import annotations

import argparse
import json
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

import newsparse

HERE = Path(__file__).resolve().parent
FLOORS = HERE / "corpus_ratchet.json"
METRICS = ("title", "authors", "date", "body_f1", "comment_count", "comment_author_f1")


def predict(corpus: Path, out: Path) -> int:
    count = 0
    for dump in sorted((corpus / "dev").glob("*/*.txt")):
        target = out / dump.parent.name / (dump.stem + ".json")
        target.parent.mkdir(parents=True, exist_ok=True)
        article = newsparse.parse(dump.read_bytes())
        target.write_text(newsparse.to_json(article), encoding="utf-8")
        count += 1
    return count


def score(corpus: Path, out: Path) -> dict[str, float]:
    script = 'f="$1"; p="${f#*/dev/}"; cat "' + str(out) + '/${p%.txt}.json"'
    cmd = f"sh -c {shlex.quote(script)} _ {{}}"
    result = subprocess.run(
        [sys.executable, str(corpus / "score.py"), "--jobs", "2", "--cmd", cmd],
        capture_output=True,
        text=True,
        check=True,
    )
    print(result.stdout)
    summary = result.stdout.strip().splitlines()[-1]
    figures = {}
    for field in summary.split():
        key, _, value = field.partition("=")
        if key in METRICS:
            figures[key] = float(value) if value not in ("n/a", "") else 0.0
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=HERE.parents[1] / "shared" / "corpus")
    parser.add_argument("--update", action="store_true", help="raise the floors to today's figures")
    args = parser.parse_args()
    if not (args.corpus / "score.py").exists():
        print(f"no corpus at {args.corpus}: skipped")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        n = predict(args.corpus, Path(tmp))
        print(f"parsed {n} dumps")
        figures = score(args.corpus, Path(tmp))
    floors = json.loads(FLOORS.read_text()) if FLOORS.exists() else {}
    failed = [
        f"{k}: {figures.get(k, 0.0):.3f} < floor {v:.3f}"
        for k, v in floors.items()
        if figures.get(k, 0.0) + 1e-9 < v
    ]
    if args.update:
        merged = {k: max(floors.get(k, 0.0), figures.get(k, 0.0)) for k in METRICS}
        FLOORS.write_text(json.dumps(merged, indent=2) + "\n")
        print("floors now", merged)
    for line in failed:
        print("BELOW THE RATCHET:", line)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
