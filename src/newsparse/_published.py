"""The published date as a scored decision: each date rule proposes a line, weighted features
choose.

The header reader's first date rules each read the page's date on lines of one kind: the lines
under the headline, the lines beside a labelled byline, a date bar above the headline, a
labelled date line (``Published: May 2, 2024``) anywhere above the body's end. Each proposes the
first line whose date it trusts (:class:`DateProposal`), and the proposals make a ballot of the
:data:`DATES_DECISION` (see :mod:`newsparse._ballot`). The features are the rule and evidence
every site shares: the distance from the headline, above it or past the body's start, a date
label, a time of day beside the date, a byline beside it. The hand weights are the rules' order
of trust.

The dates of less trust (:data:`LATE_DATE_RULES`: a date without its year, a date line further
down, a relative time) make a second ballot of the same decision, with the same weights, when
neither the first nor an update's date dated the page.

>>> facts = DateFacts("near", 5, 4, 9, False, True, True)
>>> dict(zip(DateWeights.NAMES, DATES_DECISION.vector(facts)))["with_time"]
1.0
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Final, NamedTuple

from newsparse._ballot import Ballot, Decision, Feature, place_features, rule_feature
from newsparse._weights import FeatureWeights

__all__ = [
    "DATES_DECISION",
    "DATES_FILE",
    "DATE_RULES",
    "HAND_DATES",
    "LATE_DATE_RULES",
    "DateBallot",
    "DateFacts",
    "DateProposal",
    "DateWeights",
    "load_date_weights",
    "using_dates",
    "watching_dates",
]


class DateProposal(NamedTuple):
    """A rule's published date: its line and the day read there."""

    at: int
    day: date


#: The date rules, in their order of trust: the lines under the headline, the lines beside a
#: labelled byline, a date bar above the headline, a labelled date line above the body's end.
DATE_RULES: Final = ("near", "beside_byline", "above_title", "labelled_line")
#: The date rules of less trust, in their order, asked when none of :data:`DATE_RULES` found
#: a date: a date without its year near the headline (completed with the copyright line's
#: year); of the date lines down to a little past the body's start, the one nearest the
#: headline, and the page's first (a date bar at the top of a page often carries the day the
#: page was saved); a relative time near the headline (``3 hours ago``, resolved against the
#: page's reference time).
LATE_DATE_RULES: Final = ("yearless", "nearest_date_line", "first_date_line", "relative")
#: How many points one rule's rank is above the next one's in the hand weights.
RANK_STEP: Final = 10.0


class DateFacts(NamedTuple):
    """What a date proposal's features are read from (computed by the header reader)."""

    rule: str
    at: int
    title_at: int
    body_start: int
    labelled: bool
    with_time: bool
    beside_byline: bool


#: The features of a date proposal, with their hand weights: the rules' ranks, and evidence
#: that no hand rule weighs (a fit may).
FEATURES: Final[tuple[Feature[DateFacts], ...]] = (
    *(
        rule_feature(rank, rule, RANK_STEP)
        for rank, rule in enumerate(DATE_RULES + LATE_DATE_RULES)
    ),
    *place_features(),
    Feature("labelled", lambda f: float(f.labelled), 0.0, "a date label opens it ('Published:')"),
    Feature("with_time", lambda f: float(f.with_time), 0.0, "a time of day beside the date"),
    Feature(
        "beside_byline",
        lambda f: float(f.beside_byline),
        0.0,
        "on the byline's line or next to it",
    ),
)

#: The first key of a date weights file, which names its form.
_FORMAT: Final = "newsparse date weights 1"


class DateWeights(FeatureWeights):
    """One weight per feature of :data:`FEATURES` (in its order), and where they come from.

    >>> w = DateWeights.from_mapping({**HAND_DATES.as_mapping(), "with_time": 2.0}, "x")
    >>> w["with_time"], DateWeights.from_json(w.to_json()) == w, DateWeights.hand().source
    (2.0, True, 'hand')
    """

    NAMES = tuple(f.name for f in FEATURES)
    KIND = "date"
    FORMAT = _FORMAT

    @classmethod
    def hand(cls) -> DateWeights:
        """The weights of the rules' order of trust."""
        return HAND_DATES


#: The file of fitted date weights shipped in the package (the hand weights when absent).
DATES_FILE: Final = "date_weights.json"
#: The published date decision: its features, weights and shipped file.
DATES_DECISION: Final[Decision[DateFacts, DateWeights, DateProposal]] = Decision(
    "dates", FEATURES, DateWeights, DATES_FILE
)
#: The weights the rules were written with (the third column of :data:`FEATURES`).
HAND_DATES: Final = DATES_DECISION.hand
#: A date ballot: the proposals of the date rules.
DateBallot = Ballot[DateProposal]


def load_date_weights(path: str | Path) -> DateWeights:
    """Date weights from a file written by ``newsparse fit --decision dates``.

    >>> import tempfile, os
    >>> with tempfile.TemporaryDirectory() as d:
    ...     p = os.path.join(d, "w.json"); _ = Path(p).write_text(HAND_DATES.to_json())
    ...     load_date_weights(p) == HAND_DATES
    True
    """
    return DATES_DECISION.load(path)


def using_dates(weights: DateWeights) -> contextlib.AbstractContextManager[DateWeights]:
    """Decide published dates with ``weights`` inside the block (in this thread or task)."""
    return DATES_DECISION.using(weights)


def watching_dates(
    watcher: Callable[[DateBallot], None],
) -> contextlib.AbstractContextManager[None]:
    """Hand every date ballot decided inside the block to ``watcher`` (a fit's extraction).

    >>> import newsparse
    >>> seen = []
    >>> page = "Home\\nWorld\\n\\nRain falls on the town again\\n\\nMay 2, 2024\\n\\n"
    >>> with watching_dates(seen.append):
    ...     str(newsparse.parse(page + "It rained all day. " * 20).published)
    '2024-05-02'
    >>> seen[-1].rules, str(seen[-1].proposals[seen[-1].chosen].day)
    (('near',), '2024-05-02')
    """
    return DATES_DECISION.watching(watcher)
