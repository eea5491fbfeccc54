"""How many pages of one site a refit needs: the title learning curve on one site.

Run:  python benchmarks/learning_curve.py [--shared ../shared] [--set corpus-wide] [--held 3]

(needs the ``train`` extra: ``pip install -e '.[train]'``)

The site of the set with the most pages is taken (``site`` in corpus-wide's manifest, folded
to its registered domain as ``leave_site_out.py`` does). Its last ``--held`` pages (by id) are
kept aside; the weights are fitted (``newsparse._fit``, the fit ``newsparse fit`` runs) on the
first 1, 2, 4, 8 … of the others, and each fit is judged on the pages kept aside: title exact,
every dump of every page, by the scorer's rule. The first row is the default weights.
``--pages DIR`` takes the pages of a folder in the corpus form instead (one site, compared
as ``newsparse fit`` compares titles).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from leave_site_out import HERE, Page, load_pages, load_scorer

from newsparse._fit import FitError, HasTruth, extract, fit, judge, normal_text, read_pages
from newsparse._title import active_weights


def sizes(available: int) -> list[int]:
    """1, 2, 4, 8 … up to ``available``, which closes the list."""
    out, n = [], 1
    while n < available:
        out.append(n)
        n *= 2
    return [*out, available] if available else out


def share(right: dict[str, list[bool]]) -> tuple[int, int]:
    runs = [r for page in right.values() for r in page]
    return sum(runs), len(runs)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=HERE.parents[1] / "shared")
    parser.add_argument("--set", default="corpus-wide")
    parser.add_argument("--held", type=int, default=3, help="pages kept aside (default 3)")
    parser.add_argument("--pages", type=Path, help="a folder of pages in the corpus form")
    args = parser.parse_args(argv)
    mine: Sequence[HasTruth]
    if args.pages is not None:
        norm, site, mine = normal_text, str(args.pages), read_pages(args.pages)
        print(f"{len(mine)} pages under {site}; {args.held} kept aside")
    else:
        scorer = load_scorer(args.shared)
        norm = scorer.norm_text
        pages = load_pages(args.shared, [args.set], scorer)
        site, count = Counter(p.site for p in pages).most_common(1)[0]
        ours: list[Page] = sorted((p for p in pages if p.site == site), key=lambda p: p.id)
        mine = ours
        print(f"site {site}: {count} pages of {len(pages)} in {args.set}; {args.held} kept aside")
    train, held = mine[: -args.held], mine[-args.held :]
    print(f"{'fitted on':>9}  {'title right on the pages kept aside':>36}")
    right, runs = share(judge(held, active_weights(), norm))
    print(f"{'default':>9}  {right:>17}/{runs:<3} = {right / runs:.3f}")
    for n in sizes(len(train)):
        labelled, _ = extract(train[:n], norm)
        try:
            weights = fit(labelled, f"{n} pages of {site}")
        except FitError as exc:
            print(f"{n:>3} pages  no fit: {exc}")
            continue
        right, runs = share(judge(held, weights, norm))
        print(f"{n:>3} pages  {right:>17}/{runs:<3} = {right / runs:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
