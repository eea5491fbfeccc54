"""Fit the title decision's weights across sites, and judge them on sites left out.

Run:  python benchmarks/leave_site_out.py [--shared ../shared] [--folds 5] [--set corpus ...]
      python benchmarks/leave_site_out.py --fit-all -o src/newsparse/title_weights.json

(needs the ``train`` extra: ``pip install -e '.[train]'``, for scikit-learn)

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
import statistics
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

import newsparse
from newsparse import _title
from newsparse._generic import _tight_copy
from newsparse._title import title_text, without_site_name

HERE = Path(__file__).resolve().parent
SETS = ("corpus", "corpus-wide", "corpus-comments")
#: Second-level labels under which a country's sites register (``bbc.co.uk``, ``asahi.co.jp``).
_SECOND_LEVELS = frozenset({"co", "com", "org", "net", "ne", "or", "go", "ac", "gov", "edu"})
#: The regularisation of the pairwise fit (scikit-learn's ``C``, on standardised features).
REGULARISATION = 1.0
#: How strongly the conditional logit holds the weights to the hand weights (per squared
#: point of difference, against the mean log-likelihood of a decision). Of the two values
#: tried (0.01 and 0.001) the weaker; it is the one choice made on cross-validated figures.
PULL = 0.001
#: The conditional logit's reading of a hand point: a lead of two points is e-fold odds.
TEMPERATURE = 0.5
#: The most wrong candidates of one ballot paired with its right one (nearest the body first):
#: a long page's far menu lines teach nothing more, and the fit stays small.
MAX_PAIRS = 40


# --- pages and sites --------------------------------------------------------------------------


@dataclass(frozen=True)
class Page:
    """One page of a shared corpus: its set, id, site, dumps and title truth variants."""

    corpus: str
    id: str
    site: str
    dumps: tuple[Path, ...]
    titles: frozenset[str]  # the truth's title variants, normalised by the scorer


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


def load_pages(shared: Path, sets: Sequence[str], scorer: ModuleType) -> list[Page]:
    """The pages of the sets with a title truth, each with its site."""
    pages = []
    for name in sets:
        root = shared / name
        manifest = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
        hosts = {p["id"]: p.get("site") or p.get("domain") for p in manifest["pages"]}
        for page_id, folder, truth in scorer.load_pages(root, "dev"):
            if not truth.get("title"):
                continue
            host = hosts.get(page_id) or truth.get("url")
            variants = truth.get("title_variants") or [truth["title"]]
            pages.append(
                Page(
                    corpus=name,
                    id=page_id,
                    site=registered_domain(host) if host else page_id,
                    dumps=tuple(folder / f"{c}.txt" for c in scorer.CONVERTERS),
                    titles=frozenset(scorer.norm_text(v) for v in variants),
                )
            )
    return pages


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


# --- ballots and labels -------------------------------------------------------------------------


@dataclass
class Labelled:
    """One title decision of one dump: its feature vectors and which candidates are right."""

    page: str
    vectors: list[tuple[float, ...]]
    right: list[bool]


def candidate_titles(ballot: _title.Ballot, k: int) -> set[str]:
    """The titles the parser would print had it chosen candidate ``k`` (its line; the line with
    its wrapped continuation; either without the site's name)."""
    c = ballot.candidates[k]
    line = title_text(ballot.cleaned, c.at, c.at)
    forms = {line, c.whole, without_site_name(line, ballot.cleaned, c.at)}
    return {_tight_copy(form, ballot.cleaned) for form in forms} | forms


def label(ballot: _title.Ballot, titles: frozenset[str], norm: Callable[[str], str]) -> list[bool]:
    """Which candidates of the ballot are the truth's title by the scorer's rule."""
    return [
        any(norm(t) in titles for t in candidate_titles(ballot, k))
        for k in range(len(ballot.candidates))
    ]


def parse_titles(
    page: Page, weights: _title.TitleWeights, watcher: Callable[[_title.Ballot], None] | None
) -> list[str | None]:
    """The title parsed from each dump of the page under ``weights``."""
    found: list[str | None] = []
    for dump in page.dumps:
        with _title.using_weights(weights):
            if watcher is None:
                article = newsparse.parse(dump.read_bytes())
            else:
                with _title.watching(watcher):
                    article = newsparse.parse(dump.read_bytes())
        found.append(article.title)
    return found


def extract(
    pages: Sequence[Page], norm: Callable[[str], str]
) -> tuple[list[Labelled], dict[str, list[bool]]]:
    """Parse every dump with the hand weights: the labelled ballots, and per page whether each
    dump's title was right."""
    labelled: list[Labelled] = []
    right: dict[str, list[bool]] = {}
    for page in pages:
        ballots: list[_title.Ballot] = []
        titles = parse_titles(page, _title.HAND_WEIGHTS, ballots.append)
        right[page.id] = [norm(t or "") in page.titles for t in titles]
        for ballot in ballots:
            marks = label(ballot, page.titles, norm)
            labelled.append(Labelled(page.id, [tuple(v) for v in ballot.vectors], marks))
    return labelled, right


def judge(
    pages: Iterable[Page], weights: _title.TitleWeights, norm: Callable[[str], str]
) -> dict[str, list[bool]]:
    """Per page, whether each dump's parsed title is right under ``weights``."""
    return {
        page.id: [norm(t or "") in page.titles for t in parse_titles(page, weights, None)]
        for page in pages
    }


# --- the fit ------------------------------------------------------------------------------------


def ranking_rows(
    labelled: Iterable[Labelled],
) -> tuple[list[list[float]], list[int], list[float]]:
    """The pairs of a ranking fit: for each ballot with a right and a wrong candidate, the
    right one's vector minus each wrong one's (label 1) and the reverse (label 0), each ballot
    weighing 1 in all."""
    rows: list[list[float]] = []
    labels: list[int] = []
    weights: list[float] = []
    for ballot in labelled:
        good = [v for v, r in zip(ballot.vectors, ballot.right, strict=True) if r]
        bad = [v for v, r in zip(ballot.vectors, ballot.right, strict=True) if not r][:MAX_PAIRS]
        if not good or not bad:
            continue
        share = 1.0 / (2 * len(good) * len(bad))
        for g in good:
            for b in bad:
                diff = [x - y for x, y in zip(g, b, strict=True)]
                rows += [diff, [-d for d in diff]]
                labels += [1, 0]
                weights += [share, share]
    return rows, labels, weights


def fit(labelled: Sequence[Labelled], source: str, model: str = "clogit") -> _title.TitleWeights:
    """Weights fitted on the labelled ballots by ``model`` (``clogit`` or ``pairwise``)."""
    if model == "clogit":
        return fit_clogit(labelled, source)
    return fit_pairwise(labelled, source)


def fit_clogit(labelled: Sequence[Labelled], source: str) -> _title.TitleWeights:
    """A conditional logit over each ballot's candidates, pulled towards the hand weights."""
    import numpy as np  # the ``train`` extra
    from scipy.optimize import minimize

    hand = np.asarray(_title.HAND_WEIGHTS.values)
    choices = [
        (np.asarray(b.vectors) * TEMPERATURE, np.asarray(b.right))
        for b in labelled
        if any(b.right) and not all(b.right)
    ]
    if not choices:
        raise ValueError("no ballot with a right and a wrong candidate to fit on")

    def cost(w: Any) -> tuple[float, Any]:
        loss, grad = 0.0, np.zeros_like(w)
        for x, right in choices:
            s = x @ w
            p = np.exp(s - s.max())
            q = np.where(right, p, 0.0)
            loss += float(np.log(p.sum()) - np.log(q.sum()))
            grad += (p / p.sum()) @ x - (q / q.sum()) @ x
        d = w - hand
        return loss / len(choices) + PULL * float(d @ d), grad / len(choices) + 2 * PULL * d

    result = minimize(cost, hand.copy(), jac=True, method="L-BFGS-B")
    return _title.TitleWeights(tuple(round(float(v), 4) for v in result.x), source)


def fit_pairwise(labelled: Sequence[Labelled], source: str) -> _title.TitleWeights:
    """A logistic regression on candidate pairs (no intercept), brought to the hand weights'
    spread of scores."""
    from sklearn.linear_model import LogisticRegression  # the ``train`` extra

    rows, labels, weights = ranking_rows(labelled)
    if not rows:
        raise ValueError("no ballot with a right and a wrong candidate to fit on")
    spread = [statistics.pstdev(column) or 1.0 for column in zip(*rows, strict=True)]
    scaled = [[x / s for x, s in zip(row, spread, strict=True)] for row in rows]
    model = LogisticRegression(C=REGULARISATION, fit_intercept=False, max_iter=2000)
    model.fit(scaled, labels, sample_weight=weights)
    raw = [float(c) / s for c, s in zip(model.coef_[0], spread, strict=True)]
    return _title.TitleWeights(tuple(_rescale(raw, labelled)), source)


def _rescale(raw: list[float], labelled: Sequence[Labelled]) -> list[float]:
    """``raw`` times the factor that gives its scores on the candidates the spread of the hand
    weights' scores."""
    vectors = [v for ballot in labelled for v in ballot.vectors]
    hand = _title.HAND_WEIGHTS.values

    def spread(w: Sequence[float]) -> float:
        return statistics.pstdev(sum(a * b for a, b in zip(w, v, strict=True)) for v in vectors)

    mine = spread(raw)
    factor = spread(hand) / mine if mine > 0 else 1.0
    return [round(w * factor, 4) for w in raw]


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


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=HERE.parents[1] / "shared")
    parser.add_argument("--set", dest="sets", action="append", choices=SETS, help="default: all")
    parser.add_argument("--folds", type=int, default=5, help="folds by site (default 5)")
    parser.add_argument("--fit-all", action="store_true", help="fit on every page and write -o")
    parser.add_argument("-o", "--output", type=Path, help="where --fit-all writes the weights")
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
