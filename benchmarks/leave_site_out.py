"""Fit the title decision's weights across sites, and judge them on sites left out.

Run:  python benchmarks/leave_site_out.py [--shared ../shared] [--folds 5] [--set corpus ...]
      python benchmarks/leave_site_out.py --fit-all -o src/newsparse/title_weights.json

(needs the ``train`` extra: ``pip install -e '.[train]'``, for scikit-learn; the fitting core is
``newsparse._fit``, which ``newsparse fit`` runs too)

The pages of ``corpus``, ``corpus-wide`` and ``corpus-comments`` are pooled and split into
folds *by site*: every page of a site falls in one fold, so a weight is never fitted on a page
of the site it is judged on. A site is the registered domain of the page (``site`` in
corpus-wide's manifest, ``domain`` in corpus-comments', the truth's ``url`` in corpus; the page
id when a page has none), so ``money.cnn.com`` and ``www.cnn.com`` are one site in all three.

One parse of every dump with the hand weights gives the title decision's *ballots* (its
candidate lines with their feature vectors, :class:`newsparse._title.Ballot`); a candidate is
labelled right when its text is the truth's title by the scorer's rule (``score.py``'s
``norm_text`` equal to a truth variant). The default fit (``--model clogit``) is a conditional
logit: each ballot is one choice among its candidates, the right one's share of
``exp(score)`` is maximised, every dump weighing the same, and the weights are pulled towards
the hand weights (a penalty on their squared difference), so the data moves a hand weight only
as far as many pages ask; the hand scale stays, which the steps around the score (a fuller
copy "close" to the best) rely on. ``--model pairwise`` is a scikit-learn logistic
regression on pairs of candidates of one ballot (the right one minus each wrong one), pulled
towards zero, then brought to the hand weights' spread of scores.

The figures are whole parses scored as the scorer does (title exact, every run of every page
with a title truth): the hand weights; the weights fitted on all pages and judged on them
(in-sample); and, for each fold, weights fitted on the other folds and judged on its pages
(cross-validated). The gap between the last two is how much the fit learnt the sites it saw.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from newsparse import _title
from newsparse._fit import Labelled, extract, fit, judge

HERE = Path(__file__).resolve().parent
SETS = ("corpus", "corpus-wide", "corpus-comments")
#: Second-level labels under which a country's sites register (``bbc.co.uk``, ``asahi.co.jp``).
_SECOND_LEVELS = frozenset({"co", "com", "org", "net", "ne", "or", "go", "ac", "gov", "edu"})


# --- pages and sites --------------------------------------------------------------------------


@dataclass(frozen=True)
class Page:
    """One page of a shared corpus: its set, id, site, dumps, title truth variants and truth."""

    corpus: str
    id: str
    site: str
    dumps: tuple[Path, ...]
    titles: frozenset[str]  # the truth's title variants, normalised by the scorer
    truth: Mapping[str, Any] = field(default_factory=dict)


def registered_domain(host: str) -> str:
    """The site a host name belongs to: its last two labels, three under a country's second
    level (``money.cnn.com`` -> ``cnn.com``, ``www.bbc.co.uk`` -> ``bbc.co.uk``).

    >>> registered_domain("https://profootballtalk.nbcsports.com/2019/x"), registered_domain("asahi.co.jp")
    ('nbcsports.com', 'asahi.co.jp')
    """
    host = host.split("://", 1)[-1].split("/", 1)[0].split(":", 1)[0].lower().strip(".")
    labels = host.split(".")
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVELS:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def load_scorer(shared: Path) -> ModuleType:
    """The shared corpus' scorer, imported from its file (standard library only)."""
    spec = importlib.util.spec_from_file_location("corpus_score", shared / "corpus" / "score.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"no scorer at {shared / 'corpus' / 'score.py'}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def sited_pages(
    shared: Path, sets: Sequence[str], scorer: ModuleType
) -> Iterator[tuple[str, str, Path, dict[str, Any], str]]:
    """Every dev page of the sets as (set, page id, folder, truth, site)."""
    for name in sets:
        root = shared / name
        manifest = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
        hosts = {p["id"]: p.get("site") or p.get("domain") for p in manifest["pages"]}
        for page_id, folder, truth in scorer.load_pages(root, "dev"):
            host = hosts.get(page_id) or truth.get("url")
            yield name, page_id, folder, truth, registered_domain(host) if host else page_id


def load_pages(
    shared: Path, sets: Sequence[str], scorer: ModuleType, needs: str = "title"
) -> list[Page]:
    """The pages of the sets whose truth gives ``needs`` (the title, or the body), each with
    its site and the dumps it has."""
    return [
        Page(
            corpus=name,
            id=page_id,
            site=site,
            dumps=tuple(d for c in scorer.CONVERTERS if (d := folder / f"{c}.txt").is_file()),
            titles=frozenset(
                scorer.norm_text(v)
                for v in truth.get("title_variants") or [truth.get("title") or ""]
                if v
            ),
            truth=truth,
        )
        for name, page_id, folder, truth, site in sited_pages(shared, sets, scorer)
        if truth.get(needs)
    ]


def assign_folds(sites: Mapping[str, str], folds: int) -> dict[str, int]:
    """A fold for each page (``sites`` maps a page to its site): whole sites go to the fold with
    the fewest pages so far, the largest sites first (ties by a hash of the name, so the split
    is the same on every run and no site sits in two folds)."""
    by_site: dict[str, list[str]] = defaultdict(list)
    for page, site in sites.items():
        by_site[site].append(page)
    order = sorted(
        by_site, key=lambda s: (-len(by_site[s]), hashlib.sha256(s.encode()).hexdigest())
    )
    sizes = [0] * folds
    fold_of: dict[str, int] = {}
    for site in order:
        k = min(range(folds), key=lambda f: (sizes[f], f))
        sizes[k] += len(by_site[site])
        for page in by_site[site]:
            fold_of[page] = k
    return fold_of


# --- the report ---------------------------------------------------------------------------------


@dataclass
class Figures:
    """Title figures per corpus: the share of right dumps, over every run with a title truth."""

    runs: dict[str, list[bool]] = field(default_factory=lambda: defaultdict(list))

    def add(self, pages: Iterable[Page], right: Mapping[str, list[bool]]) -> Figures:
        for page in pages:
            if page.id in right:
                self.runs[page.corpus] += right[page.id]
        return self

    def of(self, corpus: str) -> float:
        runs = self.runs.get(corpus) or []
        return sum(runs) / len(runs) if runs else float("nan")


def cross_validate(
    pages: Sequence[Page],
    labelled: Sequence[Labelled],
    folds: int,
    norm: Callable[[str], str],
    model: str,
) -> dict[str, list[bool]]:
    """Each fold's pages judged with weights fitted on the other folds."""
    fold_of = assign_folds({p.id: p.site for p in pages}, folds)
    right: dict[str, list[bool]] = {}
    for k in range(folds):
        train = [b for b in labelled if fold_of[b.page] != k]
        weights = fit(train, f"fold {k}", model)
        held = [p for p in pages if fold_of[p.id] == k]
        right |= judge(held, weights, norm)
        print(
            f"  fold {k}: {len(held)} pages held out, fitted on {len(train)} ballots",
            file=sys.stderr,
        )
    return right


def report(pages: Sequence[Page], sets: Sequence[str], columns: Mapping[str, Figures]) -> str:
    """The table: one row per corpus, one column per figure."""
    counts = {
        s: (sum(p.corpus == s for p in pages), len({p.site for p in pages if p.corpus == s}))
        for s in sets
    }
    head = f"{'title exact':<17} {'pages':>5} {'sites':>5}  " + "  ".join(
        f"{c:>17}" for c in columns
    )
    lines = [head, "-" * len(head)]
    for s in sets:
        cells = "  ".join(f"{fig.of(s):>17.3f}" for fig in columns.values())
        lines.append(f"{s:<17} {counts[s][0]:>5} {counts[s][1]:>5}  {cells}")
    return "\n".join(lines)


def harness_arguments(description: str, what: str) -> argparse.ArgumentParser:
    """The options every leave-site-out harness takes (``what``: what ``--fit-all`` writes)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--shared", type=Path, default=HERE.parents[1] / "shared")
    parser.add_argument("--set", dest="sets", action="append", choices=SETS, help="default: all")
    parser.add_argument("--folds", type=int, default=5, help="folds by site (default 5)")
    parser.add_argument("--fit-all", action="store_true", help="fit on every page and write -o")
    parser.add_argument("-o", "--output", type=Path, help=f"where --fit-all writes the {what}")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = harness_arguments(__doc__.split("\n\n")[0], "weights")
    parser.add_argument("--model", choices=("clogit", "pairwise"), default="clogit")
    parser.add_argument("--shipped", action="store_true", help="judge the package's weights too")
    args = parser.parse_args(argv)
    if args.fit_all and args.output is None:
        parser.error("--fit-all needs -o PATH")
    sets = args.sets or list(SETS)
    scorer = load_scorer(args.shared)
    norm: Callable[[str], str] = scorer.norm_text
    pages = load_pages(args.shared, sets, scorer)
    labelled, hand = extract(pages, norm)
    sites = len({p.site for p in pages})
    source = f"{args.model} fitted on {len(pages)} pages of {sites} sites ({', '.join(sets)})"
    everything = fit(labelled, source, args.model)
    if args.fit_all:
        args.output.write_text(everything.to_json(), encoding="utf-8")
        print(f"wrote {args.output}: {everything.source}")
        return 0
    columns = {
        "hand (in-sample)": Figures().add(pages, hand),
        "hand (CV)": Figures().add(pages, hand),  # nothing of them is fitted: the same figure
        "fitted (in-sample)": Figures().add(pages, judge(pages, everything, norm)),
        "fitted (CV)": Figures().add(
            pages, cross_validate(pages, labelled, args.folds, norm, args.model)
        ),
    }
    if args.shipped:
        shipped = _title.shipped_weights()
        columns["shipped"] = Figures().add(pages, judge(pages, shipped, norm))
    print(report(pages, sets, columns))
    print(
        f"\n{args.folds} folds by site; {sum(len(b.vectors) > 0 for b in labelled)} scored decisions"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
