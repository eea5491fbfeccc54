"""Refit a decision among rules' proposals (the byline, the published date, where the comments
begin, the standfirst, the body's boilerplate blocks) on pages whose truth is known.

A page is a folder holding a ``truth.json`` beside the converter dumps of that page (``*.txt``),
the form of the shared corpora; the truth names the ``authors`` (for the byline), the day
``published`` (for the date), the ``comments`` and the body's ``paragraphs`` (for where the
comments begin), the ``subtitle`` (for the standfirst), or the ``body`` (for its boilerplate:
every block's ballot is a case). Every dump is parsed once under the hand weights, watching the
decision's ballots (:meth:`newsparse._ballot.Decision.watching`); the last ballot of a parse is
the one that decided the page (a page read twice hands over both readings' ballots). A
proposal is scored against the truth (:class:`Target`: the F1 of its names, the day it read,
whether its cut leaves the body above it and the first comment below),
and the right ones are those that score best, when above 0. The fit is the title decision's
conditional logit (:func:`newsparse._fit.clogit`) pulled towards the hand weights, so it needs
the ``train`` extra.

>>> round(names_f1(("Jane Doe", "Omar Farouk"), ("jane doe",)), 3)
0.667
>>> sorted(TARGETS)
['boilerplate', 'byline', 'comment-start', 'dates', 'standfirst']
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final, Generic, TypeVar

import attrs

from newsparse._ballot import Ballot, Decision, choose
from newsparse._boilerplate import BLOCK_DECISION, BlockChoice
from newsparse._byline import BYLINE_DECISION, Proposal
from newsparse._comment_start import CUT_DECISION, CutProposal
from newsparse._fit import (
    FitError,
    Labelled,
    clogit,
    need_train_extra,
    normal_text,
    truth_documents,
)
from newsparse._fit_cut import block_score, body_truth, cut_score, cut_truth, opening
from newsparse._normalize import decode, split_lines
from newsparse._parser import parse
from newsparse._published import DATES_DECISION, DateProposal
from newsparse._standfirst import STANDFIRST_DECISION, StandfirstProposal
from newsparse._weights import FeatureWeights

__all__ = [
    "TARGETS",
    "BallotCase",
    "Target",
    "ballot_case",
    "ballot_cases",
    "case_score",
    "dump_lines",
    "fit_ballot",
    "mean_score",
    "names_f1",
    "read_ballot_cases",
    "reference_of",
]

P = TypeVar("P")

#: A label opening a name in the truth or a proposal, left out when names are compared.
_LABEL: Final = re.compile(r"^(?:by|par|por|von|de)\s+")
_NOT_NAME: Final = re.compile(r"[^\w\s'-]")


def _normal(name: str) -> str:
    """A name as names are compared: as titles are (:func:`~newsparse._fit.normal_text`),
    case-blind, without a label or marks."""
    text = _NOT_NAME.sub(" ", _LABEL.sub("", normal_text(name).casefold()))
    return " ".join(text.split())


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


def _names(document: Mapping[str, Any]) -> list[str] | None:
    """The truth's writers (``authors``, a list of names), or ``None``."""
    truth = document.get("authors")
    ok = isinstance(truth, list) and all(isinstance(name, str) for name in truth)
    return truth if ok else None


def _day(document: Mapping[str, Any]) -> str | None:
    """The truth's day ``published`` (``2024-05-02…``), or ``None``."""
    truth = document.get("published")
    return truth if isinstance(truth, str) and len(truth) >= len("2024-05-02") else None


def _standfirst(document: Mapping[str, Any]) -> tuple[str, ...] | None:
    """The opening words of the truth's standfirst (``subtitle``; ``()`` when it is ``null``:
    the page has none; else the ``excerpt``, a page's description, when it gives one), or
    ``None`` when the truth says nothing of it."""
    if "subtitle" in document:
        value = document["subtitle"]
        return opening(value) if isinstance(value, str) else ()
    excerpt = document.get("excerpt")
    return opening(excerpt) if isinstance(excerpt, str) and opening(excerpt) else None


def _standfirst_score(p: StandfirstProposal, truth: tuple[str, ...], _: object) -> float:
    """1 when a proposed standfirst opens as the truth's, or none is proposed where the truth
    has none; else 0."""
    mine = opening(p.text)
    if not mine or not truth:
        return float(mine == truth)
    shorter = min(len(mine), len(truth))
    return float(mine[:shorter] == truth[:shorter])


@attrs.frozen
class Target(Generic[P]):
    """What a fit of one decision learns from: the decision, the key of ``truth.json`` it
    names in messages, what it reads from a truth document (``None``: the page gives no truth
    of it), and how a proposal scores against that truth on the dump's lines (0 to 1)."""

    decision: Decision[Any, Any, P]
    key: str
    truth_of: Callable[[Mapping[str, Any]], Any]
    score: Callable[[P, Any, Sequence[str]], float]
    #: whether every ballot of a parse is a case (a decision made once a block), not the last
    every: bool = False


#: The decisions a fit can learn, by the name ``newsparse fit --decision`` gives them.
TARGETS: Final[dict[str, Target[Any]]] = {
    "byline": Target[Proposal](
        BYLINE_DECISION, "authors", _names, lambda p, truth, _: names_f1(p.names, truth)
    ),
    "dates": Target[DateProposal](
        DATES_DECISION,
        "published",
        _day,
        lambda p, truth, _: float(p.day.isoformat()[:10] == truth[:10]),
    ),
    "comment-start": Target[CutProposal](CUT_DECISION, "comments", cut_truth, cut_score),
    "standfirst": Target[StandfirstProposal](
        STANDFIRST_DECISION, "subtitle", _standfirst, _standfirst_score
    ),
    "boilerplate": Target[BlockChoice](BLOCK_DECISION, "body", body_truth, block_score, every=True),
}


@attrs.frozen
class BallotCase(Generic[P]):
    """One dump's deciding ballot and the score of each proposal against the truth."""

    page: str
    ballot: Ballot[P]
    scores: tuple[float, ...]

    @property
    def labelled(self) -> Labelled:
        """The case as the conditional logit reads it: the best proposals are right."""
        best = max(self.scores)
        right = [best > 0 and f == best for f in self.scores]
        return Labelled(self.page, [tuple(v) for v in self.ballot.vectors], right)


def ballot_case(
    target: Target[P],
    text: str | bytes,
    truth: Any,
    page: str,
    reference_time: datetime | None = None,
) -> BallotCase[P] | None:
    """The case of one dump of page ``page`` whose truth is ``truth``, parsed at
    ``reference_time`` (the time it was saved, which resolves a relative time); ``None`` when
    no ballot of the decision decided it (no rule proposed, or the page was read another way).

    >>> lines = ["Home", "World", "", "Rain falls on the town again", "", "By Jane Doe", ""]
    >>> text = "\\n".join(lines) + "It rained all day. " * 20
    >>> case = ballot_case(TARGETS["byline"], text, ["Jane Doe"], "p")
    >>> case.ballot.rules, case.scores
    (('labelled',), (1.0,))
    """
    cases = ballot_cases(target, text, truth, page, reference_time)
    return cases[-1] if cases else None


def ballot_cases(
    target: Target[P],
    text: str | bytes,
    truth: Any,
    page: str,
    reference_time: datetime | None = None,
) -> list[BallotCase[P]]:
    """The cases of one dump (see :func:`ballot_case`): the ballot that decided the page, or,
    for a decision made once a block (:attr:`Target.every`), every ballot of the parse."""
    decision = target.decision
    ballots: list[Ballot[P]] = []
    with decision.using(decision.hand), decision.watching(ballots.append):
        parse(text, reference_time=reference_time)
    lines = dump_lines(text) if ballots else []
    return [
        BallotCase(page, ballot, tuple(target.score(p, truth, lines) for p in ballot.proposals))
        for ballot in (ballots if target.every else ballots[-1:])
    ]


def dump_lines(text: str | bytes) -> list[str]:
    """A dump's lines as the parser reads them (decoded, line ends and spaces normalised), which
    a proposal's line number counts."""
    if isinstance(text, bytes):
        text = decode(text)[0]
    return split_lines(text, array("H"))[0]


def reference_of(document: dict[str, Any], page: str) -> datetime | None:
    """The time a page was saved, as its ``truth.json`` gives it (``reference_time``, an ISO
    8601 time; a time without a zone is UTC), or ``None``; :class:`~newsparse._fit.FitError`
    when it is not a readable time.

    >>> reference_of({"reference_time": "2024-05-02T18:00:00"}, "p").isoformat()
    '2024-05-02T18:00:00+00:00'
    """
    value = document.get(_REFERENCE_KEY)
    if value is None:
        return None
    try:
        when = datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        when = None
    if when is None:
        raise FitError(f"{page}: {_REFERENCE_KEY} {value!r} is not an ISO 8601 time")
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


#: The key of ``truth.json`` that gives the time the page was saved.
_REFERENCE_KEY: Final = "reference_time"


def case_score(case: BallotCase[Any], weights: FeatureWeights) -> float:
    """The score of the proposal ``weights`` choose in the case's ballot."""
    return case.scores[choose(case.ballot.vectors, weights)]


def mean_score(cases: Sequence[BallotCase[Any]], weights: FeatureWeights) -> float:
    """The mean :func:`case_score` of ``cases`` (0 when there are none)."""
    return sum(case_score(c, weights) for c in cases) / len(cases) if cases else 0.0


def fit_ballot(target: Target[Any], cases: Sequence[BallotCase[Any]], source: str) -> Any:
    """Weights of ``target``'s decision fitted on the cases by the conditional logit (``train``
    extra); the hand weights when no ballot has both a right and a wrong proposal."""
    need_train_extra()
    decision = target.decision
    try:
        return decision.weights(clogit([c.labelled for c in cases], decision.hand.values), source)
    except FitError:
        return decision.weights(decision.hand.values, source)


def read_ballot_cases(target: Target[Any], folder: str | Path) -> list[BallotCase[Any]]:
    """The cases of every page under ``folder`` (at any depth) whose ``truth.json`` gives the
    target's truth beside converter dumps (``*.txt``), each parsed at the truth's
    ``reference_time`` when it gives one (see :func:`reference_of`);
    :class:`~newsparse._fit.FitError` when the folder is missing or no dump of it has a ballot."""
    cases = []
    for name, document, dumps in truth_documents(folder):
        truth = target.truth_of(document)
        if truth is None:
            continue
        reference = reference_of(document, name)
        for dump in dumps:
            cases.extend(ballot_cases(target, dump.read_bytes(), truth, name, reference))
    if not cases:
        raise FitError(
            f"{folder}: no page folder with a truth.json that gives '{target.key}' beside *.txt "
            f"dumps on which a {target.decision.kind} rule proposed a line"
        )
    return cases
