"""Fit a scored decision's weights (byline, date, comment start, standfirst, boilerplate) across
sites, and judge them on sites left out.

Run:  python benchmarks/leave_site_out_ballot.py
      --decision byline|dates|comment-start|standfirst|boilerplate [--shared ../shared]
      [--folds 5] [--set corpus ...]
      python benchmarks/leave_site_out_ballot.py --decision dates --fit-all -o date_weights.json

(needs the ``train`` extra, as the title's fit.) The pages of the shared corpora whose truth
gives the decision's field (the authors, the day published, the comments, the standfirst, the
body) are pooled and split into folds *by site*, as ``leave_site_out.py`` splits them for the
title: a weight is never fitted on a page of the site it is judged on. Each dump is parsed once
under the hand weights, keeping the ballot that decided it (every block's, for the
boilerplate: ``newsparse._fit_ballot.ballot_cases``); the fit is the conditional logit over
those ballots.

The figures are whole parses scored as the scorer does (authors F1; date same day and, on the
dumps that show the day, date day shown; the comments' count exact, author F1 and day F1),
every run of every page with that truth, and the mean score of the proposal each ballot chooses
(``ballot``; the standfirst has no scorer figure of its own: the title and the body's
bag-of-words F1 show what it takes from them): the hand weights; the weights fitted on all
pages and judged on them (in-sample); and, for each fold, weights fitted on the other folds
and judged on its pages (cross-validated). The last line says how many ballots had a better
proposal than the hand weights' choice: all a fit can gain here.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

import newsparse
from newsparse._fit_ballot import TARGETS, BallotCase, Target, ballot_cases, case_score, fit_ballot
from newsparse._weights import FeatureWeights

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

#: The scorer's figures of each decision.
FIGURES = {
    "byline": ("authors",),
    "dates": ("date", "date_shown"),
    "comment-start": ("c_count", "c_author_f1", "c_posted_f1"),
    "standfirst": ("title", "body_bow_f1"),
    "boilerplate": ("body_bow_f1",),
}
#: The row of the mean score of the proposal each ballot chooses.
BALLOT = "ballot"
#: Per page, per dump, the scorer's figures (those it gives for that dump).
Scores = dict[str, list[dict[str, float]]]


def cases_of(target: Target[Any], pages: Sequence[Page]) -> list[BallotCase[Any]]:
    """Every dump's case (the dumps a ballot of the decision decides)."""
    out = []
    for page in pages:
        truth = target.truth_of(page.truth)
        for dump in page.dumps if truth is not None else ():
            out.extend(ballot_cases(target, dump.read_bytes(), truth, page.id))
    return out


def judge(pages: Sequence[Page], weights: FeatureWeights, scorer: ModuleType) -> Scores:
    """Each page's scorer figures (one set a dump) of whole parses under ``weights``."""
    scores: Scores = {}
    for page in pages:
        rows = []
        for dump in page.dumps:
            parsed = newsparse.parse(dump.read_bytes(), weights=weights)  # type: ignore[arg-type]
            pred = scorer.normalise_prediction(json.loads(newsparse.to_json(parsed)))
            rows.append(scorer.score_page(page.truth, pred, dump.stem))
        scores[page.id] = rows
    return scores


def cross_validate(
    target: Target[Any],
    pages: Sequence[Page],
    cases: Sequence[BallotCase[Any]],
    folds: int,
    scorer: ModuleType,
) -> Scores:
    """Each fold's pages judged with weights fitted on the other folds (the scorer's figures,
    and the ballots' under :data:`BALLOT`)."""
    fold_of = assign_folds({p.id: p.site for p in pages}, folds)
    scores: Scores = {}
    for k in range(folds):
        train = [c for c in cases if fold_of[c.page] != k]
        weights = fit_ballot(target, train, f"fold {k}")
        held = [p for p in pages if fold_of[p.id] == k]
        scores |= with_ballots(judge(held, weights, scorer), cases, weights)
        print(f"  fold {k}: {len(held)} pages held out, {len(train)} ballots", file=sys.stderr)
    return scores


def with_ballots(
    scores: Scores, cases: Sequence[BallotCase[Any]], weights: FeatureWeights
) -> Scores:
    """``scores`` with each page's ballots' scores under ``weights`` added (one row a ballot,
    for the pages ``scores`` holds)."""
    for case in cases:
        if case.page in scores:
            scores[case.page].append({BALLOT: case_score(case, weights)})
    return scores


def report(
    pages: Sequence[Page],
    sets: Sequence[str],
    figures: Sequence[str],
    columns: Mapping[str, Scores],
) -> str:
    """The table: one row per corpus and figure, one column per set of weights (the mean of
    the figure over the runs that have it)."""
    head = f"{'':<28} {'pages':>5} {'sites':>5}  " + "  ".join(f"{c:>18}" for c in columns)
    lines = [head, "-" * len(head)]
    for s in sets:
        mine = [p for p in pages if p.corpus == s]
        for figure in figures:
            cells = []
            for scores in columns.values():
                runs = [row[figure] for p in mine for row in scores.get(p.id, []) if figure in row]
                cells.append(f"{sum(runs) / len(runs):>18.3f}" if runs else f"{'-':>18}")
            sites = len({p.site for p in mine})
            name = f"{s}: {figure}"
            lines.append(f"{name:<28} {len(mine):>5} {sites:>5}  " + "  ".join(cells))
    return "\n".join(lines)


def moved(weights: FeatureWeights, hand: FeatureWeights) -> str:
    """The weights a fit moved by more than a tenth of a point from the hand ones."""
    before = hand.as_mapping()
    far = {k: v for k, v in weights.as_mapping().items() if abs(v - before[k]) > 0.1}
    return ", ".join(f"{k} {before[k]:g} -> {v:g}" for k, v in far.items())


def main(argv: Sequence[str] | None = None) -> int:
    parser = harness_arguments(__doc__.split("\n\n")[0], "weights")
    parser.add_argument("--decision", choices=sorted(TARGETS), required=True)
    args = parser.parse_args(argv)
    if args.fit_all and args.output is None:
        parser.error("--fit-all needs -o PATH")
    target = TARGETS[args.decision]
    hand = target.decision.hand
    sets = args.sets or list(SETS)
    scorer = load_scorer(args.shared)
    pages = [
        p
        for p in load_pages(args.shared, sets, scorer, needs="id")
        if p.truth.get(target.key) or target.truth_of(p.truth) is not None
    ]
    cases = cases_of(target, pages)
    print(f"{len(pages)} pages give '{target.key}', {len(cases)} dumps a ballot decides")
    everything = fit_ballot(target, cases, f"clogit fitted on {len(cases)} ballots")
    if args.fit_all:
        args.output.write_text(everything.to_json(), encoding="utf-8")
        print(f"wrote {args.output}: {moved(everything, hand) or 'the hand weights'}")
        return 0
    columns = {
        "hand (in-sample)": with_ballots(judge(pages, hand, scorer), cases, hand),
        "fitted (in-sample)": with_ballots(judge(pages, everything, scorer), cases, everything),
        "fitted (CV)": cross_validate(target, pages, cases, args.folds, scorer),
    }
    present = [s for s in sets if any(p.corpus == s for p in pages)]
    print(report(pages, present, (*FIGURES[args.decision], BALLOT), columns))
    gain = sum(1 for c in cases if max(c.scores) > case_score(c, hand))
    print(
        f"\n{args.folds} folds by site; {gain} of {len(cases)} ballots had a better proposal "
        f"than the hand weights' choice; fitted on all pages: {moved(everything, hand) or 'no move'}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
