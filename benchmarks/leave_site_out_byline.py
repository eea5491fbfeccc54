"""Fit the byline decision's weights across sites, and judge them on sites left out.

Run:  python benchmarks/leave_site_out_byline.py [--shared ../shared] [--folds 5] [--set corpus ...]
      python benchmarks/leave_site_out_byline.py --fit-all -o byline_weights.json

(needs the ``train`` extra, as the title's fit.) The pages of the shared corpora whose truth
names the authors are pooled and split into folds *by site*, as ``leave_site_out.py`` splits
them for the title: a weight is never fitted on a page of the site it is judged on. Each dump
is parsed once under the hand weights, keeping the byline ballot that decided it
(``newsparse._fit_byline.byline_case``); the fit is the conditional logit over those ballots.

The figures are whole parses scored as the scorer does (authors F1, every run of every page
with an authors truth): the hand weights; the weights fitted on all pages and judged on them
(in-sample); and, for each fold, weights fitted on the other folds and judged on its pages
(cross-validated). The last line says how many ballots had a right proposal that the hand
weights did not choose: all a fit can gain on these pages.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import ModuleType

import newsparse
from newsparse._byline import HAND_BYLINE, BylineWeights, using_byline
from newsparse._fit_byline import BylineCase, byline_case, case_f1, fit_byline

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from leave_site_out import (  # noqa: E402
    SETS,
    Page,
    assign_folds,
    harness_arguments,
    load_pages,
    load_scorer,
)

#: Per page, the authors F1 of each of its dumps.
Scores = dict[str, list[float]]


def cases_of(pages: Sequence[Page]) -> list[BylineCase]:
    """Every dump's case (the dumps a byline ballot decides)."""
    out = []
    for page in pages:
        for dump in page.dumps:
            case = byline_case(dump.read_bytes(), page.truth["authors"], page.id)
            if case is not None:
                out.append(case)
    return out


def judge(pages: Sequence[Page], weights: BylineWeights, scorer: ModuleType) -> Scores:
    """Each page's authors F1 (one a dump) of whole parses under ``weights``."""
    scores: Scores = {}
    with using_byline(weights):
        for page in pages:
            rows = []
            for dump in page.dumps:
                article = json.loads(newsparse.to_json(newsparse.parse(dump.read_bytes())))
                pred = scorer.normalise_prediction(article)
                rows.append(scorer.author_f1(pred["authors"], page.truth["authors"]))
            scores[page.id] = rows
    return scores


def cross_validate(
    pages: Sequence[Page], cases: Sequence[BylineCase], folds: int, scorer: ModuleType
) -> Scores:
    """Each fold's pages judged with weights fitted on the other folds."""
    fold_of = assign_folds({p.id: p.site for p in pages}, folds)
    scores: Scores = {}
    for k in range(folds):
        train = [c for c in cases if fold_of[c.page] != k]
        weights = fit_byline(train, f"fold {k}")
        held = [p for p in pages if fold_of[p.id] == k]
        scores |= judge(held, weights, scorer)
        print(f"  fold {k}: {len(held)} pages held out, {len(train)} ballots", file=sys.stderr)
    return scores


def report(pages: Sequence[Page], sets: Sequence[str], columns: Mapping[str, Scores]) -> str:
    """The table: one row per corpus, one column per figure (mean authors F1 of the runs)."""
    head = f"{'authors F1':<17} {'pages':>5} {'sites':>5}  " + "  ".join(
        f"{c:>18}" for c in columns
    )
    lines = [head, "-" * len(head)]
    for s in sets:
        mine = [p for p in pages if p.corpus == s]
        if not mine:
            continue
        cells = []
        for scores in columns.values():
            runs = [f for p in mine for f in scores.get(p.id, [])]
            cells.append(f"{sum(runs) / len(runs):>18.3f}")
        sites = len({p.site for p in mine})
        lines.append(f"{s:<17} {len(mine):>5} {sites:>5}  " + "  ".join(cells))
    return "\n".join(lines)


def moved(weights: BylineWeights) -> str:
    """The weights a fit moved by more than a tenth of a point from the hand ones."""
    hand = HAND_BYLINE.as_mapping()
    far = {k: v for k, v in weights.as_mapping().items() if abs(v - hand[k]) > 0.1}
    return ", ".join(f"{k} {hand[k]:g} -> {v:g}" for k, v in far.items())


def main(argv: Sequence[str] | None = None) -> int:
    parser = harness_arguments(__doc__.split("\n\n")[0], "weights")
    args = parser.parse_args(argv)
    if args.fit_all and args.output is None:
        parser.error("--fit-all needs -o PATH")
    sets = args.sets or list(SETS)
    scorer = load_scorer(args.shared)
    pages = load_pages(args.shared, sets, scorer, needs="authors")
    cases = cases_of(pages)
    print(f"{len(pages)} pages name their authors, {len(cases)} dumps a ballot decides")
    everything = fit_byline(cases, f"clogit fitted on {len(cases)} ballots of the shared corpora")
    if args.fit_all:
        args.output.write_text(everything.to_json(), encoding="utf-8")
        print(f"wrote {args.output}: {moved(everything) or 'the hand weights'}")
        return 0
    columns = {
        "hand (in-sample)": judge(pages, HAND_BYLINE, scorer),
        "fitted (in-sample)": judge(pages, everything, scorer),
        "fitted (CV)": cross_validate(pages, cases, args.folds, scorer),
    }
    print(report(pages, [s for s in sets if any(p.corpus == s for p in pages)], columns))
    gain = sum(1 for c in cases if max(c.f1s) > case_f1(c, HAND_BYLINE))
    print(
        f"\n{args.folds} folds by site; {gain} of {len(cases)} ballots had a better proposal "
        f"than the hand weights' choice; fitted on all pages: {moved(everything) or 'no move'}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
