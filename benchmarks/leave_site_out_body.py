"""Fit the body decision's numbers across sites, and judge them on sites left out.

Run:  python benchmarks/leave_site_out_body.py [--shared ../shared] [--folds 5] [--set corpus ...]
      python benchmarks/leave_site_out_body.py --fit-all -o body_settings.json

The pages of the shared corpora that have a body truth are pooled and split into folds *by
site*, as ``leave_site_out.py`` splits them for the title (its sites and its folds): a number
is never fitted on a page of the site it is judged on. The fit is ``newsparse._fit_body``'s
coordinate search over the run's numbers (no extra needed).

The figures are whole parses scored as the scorer does (body F1 of 4-word shingles, every run
of every page with a body truth): the hand numbers; the numbers fitted on all pages and judged
on them (in-sample); and, for each fold, numbers fitted on the other folds and judged on its
pages (cross-validated). The gap between the last two is how much the fit learnt the sites it
saw.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import ModuleType

import newsparse
from newsparse._fit_body import BodyCase, body_case, fit_body
from newsparse._settings import BODY, BodySettings, using_body

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


def cases_of(pages: Sequence[Page]) -> list[BodyCase]:
    """Every dump's case (the dumps a body run decides)."""
    out = []
    for page in pages:
        for dump in page.dumps:
            case = body_case(dump.read_bytes(), str(page.truth["body"]), page.id)
            if case is not None:
                out.append(case)
    return out


def judge(
    pages: Sequence[Page], settings: BodySettings, scorer: ModuleType
) -> dict[str, list[tuple[float, float, float]]]:
    """Each page's body triples (one a dump) of whole parses under ``settings``."""
    triples: dict[str, list[tuple[float, float, float]]] = {}
    with using_body(settings):
        for page in pages:
            rows = []
            for dump in page.dumps:
                article = json.loads(newsparse.to_json(newsparse.parse(dump.read_bytes())))
                pred = scorer.normalise_prediction(article)
                rows.append(scorer.score_page(page.truth, pred, dump.stem)["body_triple"])
            triples[page.id] = rows
    return triples


def cross_validate(
    pages: Sequence[Page], cases: Sequence[BodyCase], folds: int, scorer: ModuleType
) -> dict[str, list[tuple[float, float, float]]]:
    """Each fold's pages judged with numbers fitted on the other folds."""
    fold_of = assign_folds({p.id: p.site for p in pages}, folds)
    triples: dict[str, list[tuple[float, float, float]]] = {}
    for k in range(folds):
        train = [c for c in cases if fold_of[c.page] != k]
        settings = fit_body(train)
        held = [p for p in pages if fold_of[p.id] == k]
        triples |= judge(held, settings, scorer)
        print(
            f"  fold {k}: {len(held)} pages held out, fitted on {len(train)} dumps", file=sys.stderr
        )
    return triples


def report(
    pages: Sequence[Page],
    sets: Sequence[str],
    columns: Mapping[str, Mapping[str, list[tuple[float, float, float]]]],
    scorer: ModuleType,
) -> str:
    """The table: one row per corpus, one column per figure (the scorer's body F1)."""
    head = f"{'body F1':<17} {'pages':>5} {'sites':>5}  " + "  ".join(f"{c:>18}" for c in columns)
    lines = [head, "-" * len(head)]
    for s in sets:
        mine = [p for p in pages if p.corpus == s]
        if not mine:
            continue
        cells = []
        for triples in columns.values():
            runs = [t for p in mine for t in triples.get(p.id, [])]
            cells.append(f"{scorer.prf_from_triples(runs)['f1']:>18.3f}")
        sites = len({p.site for p in mine})
        lines.append(f"{s:<17} {len(mine):>5} {sites:>5}  " + "  ".join(cells))
    return "\n".join(lines)


def moved(settings: BodySettings) -> str:
    """The numbers a fit moved from the hand ones."""
    hand = BODY.as_mapping()
    return ", ".join(
        f"{k} {hand[k]:g} -> {v:g}" for k, v in settings.as_mapping().items() if v != hand[k]
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = harness_arguments(__doc__.split("\n\n")[0], "settings")
    args = parser.parse_args(argv)
    if args.fit_all and args.output is None:
        parser.error("--fit-all needs -o PATH")
    sets = args.sets or list(SETS)
    scorer = load_scorer(args.shared)
    pages = load_pages(args.shared, sets, scorer, needs="body")
    cases = cases_of(pages)
    print(
        f"{len(pages)} pages with a body truth, {len(cases)} dumps a run decides", file=sys.stderr
    )
    everything = fit_body(cases, tell=lambda move: print("  " + move, file=sys.stderr))
    if args.fit_all:
        args.output.write_text(everything.to_json(), encoding="utf-8")
        print(f"wrote {args.output}: {moved(everything) or 'the hand numbers'}")
        return 0
    per_corpus: dict[str, int] = defaultdict(int)
    for p in pages:
        per_corpus[p.corpus] += 1
    columns = {
        "hand (in-sample)": judge(pages, BODY, scorer),
        "fitted (in-sample)": judge(pages, everything, scorer),
        "fitted (CV)": cross_validate(pages, cases, args.folds, scorer),
    }
    print(report(pages, [s for s in sets if per_corpus[s]], columns, scorer))
    print(f"\n{args.folds} folds by site; fitted on all pages: {moved(everything) or 'no move'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
