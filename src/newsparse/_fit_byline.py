"""Refit the byline decision on pages whose writers are known.

A page is a folder holding a ``truth.json`` with ``authors`` beside the converter dumps of that
page (``*.txt``), the form of the shared corpora. Every dump is parsed once, watching its byline
ballots (:func:`newsparse._byline.watching_bylines`); the last ballot of a parse is the one that
decided the page (a page read twice hands over both readings' ballots). A proposal is right when
its names match the truth's as well as any proposal's do, and some do: names compared case-blind,
one containing the other as whole words (``Jane Doe`` is ``By Jane Doe``). The fit is the title
decision's conditional logit (:func:`newsparse._fit.clogit`) pulled towards the hand weights,
so it needs the ``train`` extra.

>>> round(names_f1(("Jane Doe", "Omar Farouk"), ("jane doe",)), 3)
0.667
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Final

import attrs

from newsparse._byline import (
    HAND_BYLINE,
    BylineBallot,
    BylineWeights,
    choose,
    using_byline,
    watching_bylines,
)
from newsparse._fit import FitError, Labelled, clogit, need_train_extra
from newsparse._parser import parse

__all__ = [
    "BylineCase",
    "byline_case",
    "case_f1",
    "fit_byline",
    "mean_f1",
    "names_f1",
    "read_byline_cases",
]

#: A label opening a name in the truth or a proposal, left out when names are compared.
_LABEL: Final = re.compile(r"^(?:by|par|por|von|de)\s+")
_NOT_NAME: Final = re.compile(r"[^\w\s'-]")
_SPACES: Final = re.compile(r"\s+")
#: Curly quotation marks read as their plain forms (``O’Reilly`` is ``O'Reilly``).
_QUOTES: Final = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})


def _normal(name: str) -> str:
    """A name as names are compared: NFKC, case-blind, no label, no marks, single spaces."""
    text = unicodedata.normalize("NFKC", html.unescape(name)).translate(_QUOTES).casefold()
    text = _NOT_NAME.sub(" ", _LABEL.sub("", _SPACES.sub(" ", text).strip()))
    return _SPACES.sub(" ", text).strip()


def _same(a: str, b: str) -> bool:
    """Whether two normal names are one person's: equal, or one inside the other word-wise."""
    return a == b or f" {a} " in f" {b} " or f" {b} " in f" {a} "


def names_f1(found: Sequence[str], truth: Sequence[str]) -> float:
    """The F1 of ``found`` names against the ``truth``'s (each truth name matched once)."""
    mine = [n for n in map(_normal, found) if n]
    theirs = [n for n in map(_normal, truth) if n]
    if not mine and not theirs:
        return 1.0
    used: set[int] = set()
    for name in mine:
        hit = next((k for k, t in enumerate(theirs) if k not in used and _same(name, t)), None)
        if hit is not None:
            used.add(hit)
    if not used:
        return 0.0
    precision, recall = len(used) / len(mine), len(used) / len(theirs)
    return 2 * precision * recall / (precision + recall)


@attrs.frozen
class BylineCase:
    """One dump's deciding ballot: its proposals' vectors, the F1 of each one's names, and
    which are right (the best F1, when above 0)."""

    page: str
    ballot: BylineBallot
    f1s: tuple[float, ...]

    @property
    def labelled(self) -> Labelled:
        """The case as the conditional logit reads it."""
        best = max(self.f1s)
        right = [best > 0 and f == best for f in self.f1s]
        return Labelled(self.page, [tuple(v) for v in self.ballot.vectors], right)


def byline_case(text: str | bytes, authors: Sequence[str], page: str) -> BylineCase | None:
    """The case of one dump of page ``page`` written by ``authors``; ``None`` when no byline
    ballot decided it (no rule proposed, or the page's header was read another way).

    >>> lines = ["Home", "World", "", "Rain falls on the town again", "", "By Jane Doe", ""]
    >>> case = byline_case("\\n".join(lines) + "It rained all day. " * 20, ["Jane Doe"], "p")
    >>> case.ballot.rules, case.f1s
    (('labelled',), (1.0,))
    """
    ballots: list[BylineBallot] = []
    with using_byline(HAND_BYLINE), watching_bylines(ballots.append):
        parse(text)
    if not ballots:
        return None
    ballot = ballots[-1]
    return BylineCase(page, ballot, tuple(names_f1(p.names, authors) for p in ballot.proposals))


def case_f1(case: BylineCase, weights: BylineWeights) -> float:
    """The F1 of the names of the proposal ``weights`` choose in the case's ballot."""
    return case.f1s[choose(case.ballot.vectors, weights)]


def mean_f1(cases: Sequence[BylineCase], weights: BylineWeights) -> float:
    """The mean :func:`case_f1` of ``cases`` (0 when there are none)."""
    return sum(case_f1(c, weights) for c in cases) / len(cases) if cases else 0.0


def fit_byline(cases: Sequence[BylineCase], source: str) -> BylineWeights:
    """Weights fitted on the cases by the conditional logit (``train`` extra); the hand
    weights when no ballot has both a right and a wrong proposal (nothing to learn)."""
    need_train_extra()
    try:
        return BylineWeights(clogit([c.labelled for c in cases], HAND_BYLINE.values), source)
    except FitError:
        return BylineWeights(HAND_BYLINE.values, source)


def read_byline_cases(folder: str | Path) -> list[BylineCase]:
    """The cases of every page under ``folder`` (at any depth) whose ``truth.json`` names
    ``authors`` beside converter dumps (``*.txt``); :class:`~newsparse._fit.FitError` when the
    folder is missing or no dump of it has a ballot."""
    root = Path(folder)
    if not root.is_dir():
        raise FitError(f"{folder}: no such folder")
    cases = []
    for truth in sorted(root.rglob("truth.json")):
        try:
            document = json.loads(truth.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            raise FitError(f"{truth}: not a readable JSON document ({exc})") from None
        authors = document.get("authors") if isinstance(document, dict) else None
        if not isinstance(authors, list) or not all(isinstance(a, str) for a in authors):
            continue
        name = truth.parent.relative_to(root).as_posix()
        for dump in sorted(truth.parent.glob("*.txt")):
            case = byline_case(dump.read_bytes(), authors, name)
            if case is not None:
                cases.append(case)
    if not cases:
        raise FitError(
            f"{folder}: no page folder with a truth.json that names its authors beside *.txt "
            "dumps on which a byline rule proposed a line"
        )
    return cases
