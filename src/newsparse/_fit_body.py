"""Refit the body decision's numbers on pages whose bodies are known.

The body of a real page dump is the run of blocks with the largest total value
(``newsparse._generic._best_run``): a paragraph adds its length, a list, a label or a closing
heading counts against the run, and a run worth :attr:`~newsparse.BodySettings.body_found`
is a body that the comments below may end. Those numbers (:data:`RUN_NUMBERS`) are data
(:class:`~newsparse.BodySettings`); this module fits them to pages whose body is known.

Every dump is read once into its :class:`~newsparse._generic.RunEvidence` (the cleaned
lines and the blocks' features, which no setting changes), beside the 4-word shingles of the
truth's body. A fit is a coordinate search: each number in turn is
multiplied by each of :data:`STEPS`, and kept where the mean shingle F1 of the run's blocks
against the truth (every dump weighing the same) rises by more than :data:`MIN_GAIN`; the
numbers are swept :data:`SWEEPS` times. It needs nothing but the parser: no extra.

>>> sorted(shingles("It rained all day in the town.").values())
[1, 1, 1, 1]
"""

from __future__ import annotations

import re
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Final

import attrs

from newsparse._fit import FitError, truth_documents
from newsparse._generic import RunEvidence, run_evidence
from newsparse._headline_first import is_headline_first
from newsparse._memo import forget_pages
from newsparse._normalize import decode, split_lines
from newsparse._page import Page
from newsparse._settings import BODY, RUN_NUMBERS, BodySettings

__all__ = [
    "MIN_GAIN",
    "SHINGLE_WORDS",
    "STEPS",
    "SWEEPS",
    "BodyCase",
    "body_case",
    "case_f1",
    "fit_body",
    "mean_f1",
    "read_body_cases",
    "shingles",
]

#: The words of a shingle (the scrapinghub benchmark's, which the corpus scorer uses).
SHINGLE_WORDS: Final = 4
#: What each number is multiplied by in turn during a sweep.
STEPS: Final = (0.5, 0.75, 1.25, 1.5, 2.0)
#: How often the numbers are swept (a second sweep finds what the first one's moves opened).
SWEEPS: Final = 2
#: A move is kept only when the mean F1 rises by more than this (a tie keeps the hand number).
MIN_GAIN: Final = 1e-4

_WORD: Final = re.compile(r"\w+")

Shingles = Counter[tuple[str, ...]]


def shingles(text: str) -> Shingles:
    """The text's runs of :data:`SHINGLE_WORDS` words (lower case), counted."""
    words = _WORD.findall(text.lower())
    n = SHINGLE_WORDS
    return Counter(tuple(words[i : i + n]) for i in range(max(1, len(words) - n + 1)) if words)


@attrs.frozen
class BodyCase:
    """One dump with a known body: its run evidence and the truth's shingles; the F1 of each
    set of blocks a run took is kept (many settings take the same blocks)."""

    page: str
    evidence: RunEvidence
    truth: Shingles
    scores: dict[tuple[int, ...], float] = attrs.field(factory=dict, eq=False)


def body_case(text: str | bytes, body: str, page: str) -> BodyCase | None:
    """The case of one dump of page ``page`` whose body is ``body``; ``None`` for a dump the
    body run does not decide (one that opens with its headline, or one without text)."""
    if isinstance(text, bytes):
        text, _ = decode(text)
    indents = array("H")
    lines, _ = split_lines(text, indents)
    title_at = next((i for i, line in enumerate(lines) if line), -1)
    if title_at < 0 or is_headline_first(lines, title_at):
        return None
    forget_pages()
    state = Page(
        lines=lines,
        indents=indents,
        tz=None,
        reference=None,
        defects=[],
        placement=[None] * len(lines),
    )
    evidence = run_evidence(state, title_at)
    forget_pages()
    return BodyCase(page, evidence, shingles(body))


def case_f1(case: BodyCase, settings: BodySettings) -> float:
    """The shingle F1 of the run's blocks under ``settings`` (their texts joined) against the
    truth's body."""
    taken = tuple(case.evidence.run(settings))
    score = case.scores.get(taken)
    if score is None:
        texts = case.evidence.features.texts
        score = case.scores[taken] = _f1(shingles(" ".join(texts[m] for m in taken)), case.truth)
    return score


def _f1(found: Shingles, truth: Shingles) -> float:
    hit = sum((found & truth).values())
    if not hit:
        return 0.0
    precision = hit / sum(found.values())
    recall = hit / sum(truth.values())
    return 2 * precision * recall / (precision + recall)


def mean_f1(cases: Sequence[BodyCase], settings: BodySettings) -> float:
    """The mean :func:`case_f1` of ``cases`` (0 when there are none)."""
    return sum(case_f1(c, settings) for c in cases) / len(cases) if cases else 0.0


def fit_body(
    cases: Sequence[BodyCase],
    start: BodySettings = BODY,
    numbers: Iterable[str] = RUN_NUMBERS,
    tell: Callable[[str], None] | None = None,
) -> BodySettings:
    """The settings the coordinate search finds from ``start`` (see the module's docstring),
    moving only ``numbers``; ``tell`` hears each kept move.

    >>> fit_body([]) == BODY
    True
    """
    best, score = start, mean_f1(cases, start)
    names = tuple(numbers)
    for _ in range(SWEEPS):
        for name in names:
            value = best.as_mapping()[name]
            for step in STEPS:
                trial = BodySettings.from_mapping({**best.as_mapping(), name: value * step})
                trial_score = mean_f1(cases, trial)
                if trial_score > score + MIN_GAIN:
                    best, score = trial, trial_score
                    if tell is not None:
                        tell(f"{name} {value:g} -> {value * step:g}: mean F1 {score:.4f}")
    return best


def read_body_cases(folder: str | Path) -> list[BodyCase]:
    """The cases of every page under ``folder`` (at any depth) whose ``truth.json`` gives a
    ``body`` beside converter dumps (``*.txt``); :class:`~newsparse._fit.FitError` when the
    folder is missing or no dump of it is a case."""
    cases = []
    for name, document, dumps in truth_documents(folder):
        body = document.get("body")
        if not isinstance(body, str) or not body.strip():
            continue
        for dump in dumps:
            case = body_case(dump.read_bytes(), body, name)
            if case is not None:
                cases.append(case)
    if not cases:
        raise FitError(
            f"{folder}: no page folder with a truth.json that gives a body beside *.txt dumps "
            "of a real page (a page that opens with its headline has no run to fit)"
        )
    return cases
