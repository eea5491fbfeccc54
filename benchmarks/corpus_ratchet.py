"""Score newsparse on the shared real-page sets and fail below the figures already reached.

Run:  python benchmarks/corpus_ratchet.py [--shared ../shared] [--set corpus ...] [--update]

The sets are ``corpus`` (84 pages the rules were first written on), ``corpus-wide`` (180 pages
of 149 sites) and ``corpus-comments`` (20 pages of 12 comment systems); each is scored when it
is present. Every dump is parsed in this one process (fast), the predictions are written to a
temporary folder, and the corpus' own scorer (``corpus/score.py``) reads them back through a
``cat`` command, so the figures are exactly the scorer's. The floors live in
``benchmarks/corpus_ratchet.json``, one table per set; ``--update`` raises them to the figures
measured now (never lowers them).
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
SETS = ("corpus", "corpus-wide", "corpus-comments")
METRICS = (
    "title",
    "authors",
    "date",
    "date_shown",
    "body_f1",
    "comment_count",
    "comment_author_f1",
    "comment_posted_f1",
    "comment_text_f1",
)
#: Rows of the scorer's table read from its ALL column (the SUMMARY line leaves them out).
TABLE_ROWS = {
    "date, day shown": "date_shown",
    "comment day F1": "comment_posted_f1",
    "comment text F1": "comment_text_f1",
}
#: How far a figure may sit below its floor before the run fails: the scorer prints three
#: decimals, so a floor is met when the printed figure equals it.
TOLERANCE = 1e-9


def predict(corpus: Path, out: Path) -> int:
    count = 0
    for dump in sorted((corpus / "dev").glob("*/*.txt")):
        target = out / dump.parent.name / (dump.stem + ".json")
        target.parent.mkdir(parents=True, exist_ok=True)
        article = newsparse.parse(dump.read_bytes())
        target.write_text(newsparse.to_json(article), encoding="utf-8")
        count += 1
    return count


def score(scorer: Path, corpus: Path, out: Path) -> dict[str, float]:
    script = 'f="$1"; p="${f#*/dev/}"; cat "' + str(out) + '/${p%.txt}.json"'
    cmd = f"sh -c {shlex.quote(script)} _ {{}}"
    result = subprocess.run(
        [sys.executable, str(scorer), "--dumps", str(corpus), "--jobs", "2", "--cmd", cmd],
        capture_output=True,
        text=True,
        check=True,
    )
    print(result.stdout)
    lines = result.stdout.strip().splitlines()
    figures = {}
    for field in lines[-1].split():
        key, _, value = field.partition("=")
        if key in METRICS and value not in ("n/a", "", "nan"):
            figures[key] = float(value)
    for line in lines:
        for label, key in TABLE_ROWS.items():
            if line.startswith(label + " ") and line.split()[-1] != "n/a":
                figures[key] = float(line.split()[-1])
    return figures


def check(name: str, figures: dict[str, float], floors: dict[str, float]) -> list[str]:
    return [
        f"{name}: {k}: {figures.get(k, 0.0):.3f} < floor {v:.3f}"
        for k, v in floors.items()
        if figures.get(k, 0.0) + TOLERANCE < v
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=HERE.parents[1] / "shared")
    parser.add_argument("--set", dest="sets", action="append", choices=SETS, help="default: all")
    parser.add_argument("--update", action="store_true", help="raise the floors to today's figures")
    args = parser.parse_args()
    scorer = args.shared / "corpus" / "score.py"
    if not scorer.exists():
        print(f"no scorer at {scorer}: skipped")
        return 0
    floors: dict[str, dict[str, float]] = json.loads(FLOORS.read_text()) if FLOORS.exists() else {}
    failed: list[str] = []
    for name in args.sets or SETS:
        corpus = args.shared / name
        if not (corpus / "dev").is_dir():
            print(f"no set at {corpus}: skipped")
            continue
        with tempfile.TemporaryDirectory() as tmp:
            n = predict(corpus, Path(tmp))
            print(f"{name}: parsed {n} dumps")
            figures = score(scorer, corpus, Path(tmp))
        failed += check(name, figures, floors.get(name, {}))
        if args.update:
            old = floors.get(name, {})
            floors[name] = {k: max(old.get(k, 0.0), figures[k]) for k in METRICS if k in figures}
    if args.update:
        FLOORS.write_text(json.dumps(floors, indent=2) + "\n")
        print("floors now", json.dumps(floors))
    for line in failed:
        print("BELOW THE RATCHET:", line)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
