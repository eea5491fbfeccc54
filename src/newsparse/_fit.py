"""Refit the title decision on pages whose titles are known.

A page is a folder holding a ``truth.json`` (with a ``title``, and maybe ``title_variants``)
beside the converter dumps of that page (``*.txt``), the form of the shared corpora. Every
dump is parsed once; the title decision's *ballots* (its candidate lines with their feature
vectors, :class:`newsparse._title.Ballot`) are kept, and a candidate is labelled right when
the title the parser would print had it chosen that line is the truth's title. The default
fit is a conditional logit pulled towards the hand weights (:func:`fit_clogit`); the pairwise
logistic regression of scikit-learn is the other (:func:`fit_pairwise`). Both need the
``train`` extra, imported only when a fit runs: the parser itself never needs it.

>>> normal_text("  Rain \\u201cat\\u201d   last ")
'Rain "at" last'
"""

from __future__ import annotations

import html
import importlib
import json
import re
import statistics
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any, Final, Protocol

import attrs

from newsparse._generic import tight_copy
from newsparse._parser import parse
from newsparse._title import (
    HAND_WEIGHTS,
    Ballot,
    TitleWeights,
    title_text,
    using_weights,
    watching,
    without_site_name,
)

__all__ = [
    "MAX_PAIRS",
    "PULL",
    "REGULARISATION",
    "TEMPERATURE",
    "TRAIN_EXTRA",
    "FitError",
    "HasTruth",
    "Labelled",
    "MissingExtra",
    "TruthPage",
    "candidate_titles",
    "clogit",
    "extract",
    "fit",
    "fit_clogit",
    "fit_pairwise",
    "judge",
    "label",
    "need_train_extra",
    "normal_text",
    "parse_titles",
    "ranking_rows",
    "read_pages",
    "truth_documents",
    "write_weights",
]

#: The regularisation of the pairwise fit (scikit-learn's ``C``, on standardised features).
REGULARISATION: Final = 1.0
#: How strongly the conditional logit holds the weights to the hand weights (per squared
#: point of difference, against the mean log-likelihood of a decision). Of the two values
#: tried across sites (0.01 and 0.001) the weaker cross-validated better.
PULL: Final = 0.001
#: The conditional logit's reading of a hand point: a lead of two points is e-fold odds.
TEMPERATURE: Final = 0.5
#: The most wrong candidates of one ballot paired with its right one (nearest the body first):
#: a long page's far menu lines teach nothing more, and the fit stays small.
MAX_PAIRS: Final = 40
#: What to install when the fit's libraries are missing.
TRAIN_EXTRA: Final = "the fit needs the train extra: pip install 'newsparse[train]'"
#: The modules each model imports when it runs.
_NEEDS: Final = {"clogit": ("numpy", "scipy.optimize"), "pairwise": ("sklearn.linear_model",)}
#: Quotation marks read as their plain forms when titles are compared.
_QUOTES: Final = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})
_SPACES: Final = re.compile(r"\s+")


class FitError(ValueError):
    """Pages a fit cannot learn from: no folder, no truth, no decision to learn."""


class MissingExtra(ImportError):
    """The ``train`` extra (scikit-learn, which brings scipy and numpy) is not installed."""


def need_train_extra(model: str = "clogit") -> None:
    """Raise :class:`MissingExtra` unless the libraries of ``model`` import."""
    for name in _NEEDS[model]:
        _module(name)


def _module(name: str) -> ModuleType:
    try:
        return importlib.import_module(name)
    except ImportError:
        raise MissingExtra(TRAIN_EXTRA) from None


def normal_text(text: str) -> str:
    """A title as titles are compared: NFKC, entities read, plain quotes, single spaces."""
    text = unicodedata.normalize("NFKC", html.unescape(text)).translate(_QUOTES)
    return _SPACES.sub(" ", text).strip()


# --- pages with a known title -------------------------------------------------------------------


class HasTruth(Protocol):
    """A page as a fit reads it: an id, its dumps and its title variants (normalised)."""

    @property
    def id(self) -> str: ...
    @property
    def dumps(self) -> tuple[Path, ...]: ...
    @property
    def titles(self) -> frozenset[str]: ...


@attrs.frozen
class TruthPage:
    """A page folder: its name, its dumps and the normalised title variants of its truth."""

    id: str
    dumps: tuple[Path, ...]
    titles: frozenset[str]


def truth_documents(folder: str | Path) -> Iterator[tuple[str, dict[str, Any], tuple[Path, ...]]]:
    """Every page folder under ``folder`` (at any depth): its name, its ``truth.json`` (a JSON
    object) and its dumps (``*.txt``); :class:`FitError` when the folder is missing or a truth
    file is not a readable JSON document."""
    root = Path(folder)
    if not root.is_dir():
        raise FitError(f"{folder}: no such folder")
    for truth in sorted(root.rglob("truth.json")):
        try:
            document = json.loads(truth.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            raise FitError(f"{truth}: not a readable JSON document ({exc})") from None
        if isinstance(document, dict):
            name = truth.parent.relative_to(root).as_posix()
            dumps = tuple(sorted(truth.parent.glob("*.txt")))
            yield (name if name != "." else root.name), document, dumps


def read_pages(folder: str | Path, norm: Callable[[str], str] = normal_text) -> list[TruthPage]:
    """Every page under ``folder`` (at any depth) whose ``truth.json`` gives a title and stands
    beside at least one dump; :class:`FitError` when the folder is missing or has none."""
    pages = [
        page
        for name, document, dumps in truth_documents(folder)
        if (page := _read_page(name, document, dumps, norm)) is not None
    ]
    if not pages:
        raise FitError(
            f"{folder}: no page folder with a truth.json that gives a title beside *.txt dumps"
        )
    return pages


def _read_page(
    name: str, document: dict[str, Any], dumps: tuple[Path, ...], norm: Callable[[str], str]
) -> TruthPage | None:
    if not isinstance(document.get("title"), str):
        return None
    variants = document.get("title_variants") or [document["title"]]
    titles = frozenset(norm(v) for v in variants if isinstance(v, str) and v.strip())
    if not titles or not dumps:
        return None
    return TruthPage(id=name, dumps=dumps, titles=titles)


# --- ballots and labels -------------------------------------------------------------------------


@attrs.frozen
class Labelled:
    """One title decision of one dump: its feature vectors and which candidates are right."""

    page: str
    vectors: list[tuple[float, ...]]
    right: list[bool]


def candidate_titles(ballot: Ballot, k: int) -> set[str]:
    """The titles the parser would print had it chosen candidate ``k`` (its line; the line with
    its wrapped continuation; either without the site's name)."""
    c = ballot.candidates[k]
    line = title_text(ballot.cleaned, c.at, c.at)
    forms = {line, c.whole, without_site_name(line, ballot.cleaned, c.at)}
    return {tight_copy(form, ballot.cleaned) for form in forms} | forms


def label(ballot: Ballot, titles: frozenset[str], norm: Callable[[str], str]) -> list[bool]:
    """Which candidates of the ballot are the truth's title, compared after ``norm``."""
    return [
        any(norm(t) in titles for t in candidate_titles(ballot, k))
        for k in range(len(ballot.candidates))
    ]


def parse_titles(
    page: HasTruth, weights: TitleWeights, watcher: Callable[[Ballot], None] | None
) -> list[str | None]:
    """The title parsed from each dump of the page under ``weights``."""
    found: list[str | None] = []
    for dump in page.dumps:
        with using_weights(weights):
            if watcher is None:
                article = parse(dump.read_bytes())
            else:
                with watching(watcher):
                    article = parse(dump.read_bytes())
        found.append(article.title)
    return found


def extract(
    pages: Sequence[HasTruth],
    norm: Callable[[str], str],
    weights: TitleWeights = HAND_WEIGHTS,
) -> tuple[list[Labelled], dict[str, list[bool]]]:
    """Parse every dump under ``weights``: the labelled ballots, and per page whether each
    dump's title was right."""
    labelled: list[Labelled] = []
    right: dict[str, list[bool]] = {}
    for page in pages:
        ballots: list[Ballot] = []
        titles = parse_titles(page, weights, ballots.append)
        right[page.id] = [norm(t or "") in page.titles for t in titles]
        for ballot in ballots:
            marks = label(ballot, page.titles, norm)
            labelled.append(Labelled(page.id, [tuple(v) for v in ballot.vectors], marks))
    return labelled, right


def judge(
    pages: Iterable[HasTruth], weights: TitleWeights, norm: Callable[[str], str]
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


def fit(labelled: Sequence[Labelled], source: str, model: str = "clogit") -> TitleWeights:
    """Weights fitted on the labelled ballots by ``model`` (``clogit`` or ``pairwise``);
    :class:`MissingExtra` without the ``train`` extra, :class:`FitError` when no ballot has
    both a right and a wrong candidate."""
    if model not in _NEEDS:
        raise ValueError(f"unknown model {model!r}: clogit or pairwise")
    need_train_extra(model)
    if model == "clogit":
        return fit_clogit(labelled, source)
    return fit_pairwise(labelled, source)


def _no_choice() -> FitError:
    return FitError(
        "no decision with a right and a wrong candidate to fit on (the truth is never among "
        "the candidates, or always the only one)"
    )


def fit_clogit(labelled: Sequence[Labelled], source: str) -> TitleWeights:
    """A conditional logit over each ballot's candidates, pulled towards the hand weights."""
    return TitleWeights(clogit(labelled, HAND_WEIGHTS.values), source)


def clogit(labelled: Sequence[Labelled], hand: Sequence[float]) -> tuple[float, ...]:
    """The weights of a conditional logit over each decision's candidates (a hand point read at
    :data:`TEMPERATURE`), pulled towards ``hand`` by :data:`PULL`, from which the search starts;
    :class:`FitError` when no decision has both a right and a wrong candidate."""
    np: Any = _module("numpy")
    minimize = _module("scipy.optimize").minimize
    start = np.asarray(hand, dtype=float)
    choices = [
        (np.asarray(b.vectors) * TEMPERATURE, np.asarray(b.right))
        for b in labelled
        if any(b.right) and not all(b.right)
    ]
    if not choices:
        raise _no_choice()

    def cost(w: Any) -> tuple[float, Any]:
        loss, grad = 0.0, np.zeros_like(w)
        for x, right in choices:
            s = x @ w
            p = np.exp(s - s.max())
            q = np.where(right, p, 0.0)
            loss += float(np.log(p.sum()) - np.log(q.sum()))
            grad += (p / p.sum()) @ x - (q / q.sum()) @ x
        d = w - start
        return loss / len(choices) + PULL * float(d @ d), grad / len(choices) + 2 * PULL * d

    result = minimize(cost, start.copy(), jac=True, method="L-BFGS-B")
    return tuple(round(float(v), 4) for v in result.x)


def fit_pairwise(labelled: Sequence[Labelled], source: str) -> TitleWeights:
    """A logistic regression on candidate pairs (no intercept), brought to the hand weights'
    spread of scores."""
    regression = _module("sklearn.linear_model").LogisticRegression
    rows, labels, weights = ranking_rows(labelled)
    if not rows:
        raise _no_choice()
    spread = [statistics.pstdev(column) or 1.0 for column in zip(*rows, strict=True)]
    scaled = [[x / s for x, s in zip(row, spread, strict=True)] for row in rows]
    model = regression(C=REGULARISATION, fit_intercept=False, max_iter=2000)
    model.fit(scaled, labels, sample_weight=weights)
    raw = [float(c) / s for c, s in zip(model.coef_[0], spread, strict=True)]
    return TitleWeights(tuple(_rescale(raw, labelled)), source)


def _rescale(raw: list[float], labelled: Sequence[Labelled]) -> list[float]:
    """``raw`` times the factor that gives its scores on the candidates the spread of the hand
    weights' scores."""
    vectors = [v for ballot in labelled for v in ballot.vectors]
    hand = HAND_WEIGHTS.values

    def spread(w: Sequence[float]) -> float:
        return statistics.pstdev(sum(a * b for a, b in zip(w, v, strict=True)) for v in vectors)

    mine = spread(raw)
    factor = spread(hand) / mine if mine > 0 else 1.0
    return [round(w * factor, 4) for w in raw]


def write_weights(weights: TitleWeights, path: str | Path) -> None:
    """Write ``weights`` to ``path`` in the form :func:`newsparse.load_weights` reads."""
    Path(path).write_text(weights.to_json(), encoding="utf-8")
