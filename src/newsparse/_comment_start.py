"""Where the comments begin, as a scored decision: each cut rule proposes a line, weighted
features choose.

The article's body ends where the reader comments begin, and the body reader asks where that is
before it reads the body's run of blocks (:func:`newsparse._generic_comments.comment_zone_start`).
Each cut rule of :data:`CUT_RULES` proposes the line it trusts (:class:`CutProposal`): the first
record of a thread found by its repeated header shape, when it reads as comments; the comments
heading over a thread found under it; a comments heading, or a call to comment, right above a
thread too weak to cut by itself; a comments heading over a thread without times. The proposals
make a ballot of the :data:`CUT_DECISION` (see :mod:`newsparse._ballot`), scored by the rule and
by evidence every comment system shares: how many records the thread holds, a comments heading
at the cut, a header shape no teaser list has (a relative time, a score, the name beside the
time), the count a heading declares met, how much of the page lies below. The hand weights are
the rules' order of trust, and every other feature nothing.

>>> facts = CutFacts("zone", 40, 100, 12, True, True, True)
>>> dict(zip(CommentStartWeights.NAMES, CUT_DECISION.vector(facts)))["records"]
3.7

Every ballot goes to a watcher, as a fit reads them:

>>> import newsparse
>>> seen = []
>>> story = "It rained all day and the river rose a metre by the evening. " * 3
>>> thread = "".join(f"{n}\\n{d} hours ago\\nSo wet here too.\\n\\n" for n, d in
...     [("Ann Lee", 2), ("Bo Ray", 3), ("Cy Day", 4)])
>>> page = f"Rain at last\\n\\nBy Jo Lee\\n\\n{story}\\n\\n{story}\\n\\n3 Comments\\n\\n{thread}"
>>> with CUT_DECISION.watching(seen.append):
...     len(newsparse.parse(page).comments)
3
>>> seen[-1].rules  # (three records under their heading: the heading's line is the cut)
('under_heading',)
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import TYPE_CHECKING, Final, NamedTuple

from newsparse._ballot import Ballot, Decision, Feature, rule_feature
from newsparse._weights import FeatureWeights

if TYPE_CHECKING:
    from newsparse._comment_zone import Zone

__all__ = [
    "CUT_DECISION",
    "CUT_FILE",
    "CUT_RULES",
    "HAND_CUT",
    "CommentStartWeights",
    "CutBallot",
    "CutFacts",
    "CutProposal",
    "load_comment_start_weights",
]


class CutProposal(NamedTuple):
    """A cut rule's proposal: the line where the comments begin, and the thread found below it
    (``None``: a thread the shape search does not read, read later by another reader)."""

    at: int
    zone: Zone | None


#: The cut rules, in their order of trust: a thread found by its repeated header shape that
#: reads as comments; the comments heading over a thread found under it (when the shape search
#: found none); a comments heading right above a thread too weak to cut; a call to comment right
#: above one (``Add a comment``); a comments heading over a thread without times.
CUT_RULES: Final = ("zone", "under_heading", "heading_over", "call_over", "timeless_heading")
#: How many points one rule's rank is above the next one's in the hand weights.
RANK_STEP: Final = 10.0
#: The records of a thread count by their base-2 logarithm, up to this many (a thousand records
#: are a thread as surely as a hundred).
_RECORDS_TOP: Final = 10.0


class CutFacts(NamedTuple):
    """What a cut proposal's features are read from (computed by the comments reader)."""

    rule: str
    at: int
    lines: int
    records: int
    headed: bool
    strong: bool
    counted: bool


#: The features of a cut proposal, with their hand weights: the rules' ranks, and evidence that
#: no hand rule weighs (a fit may).
FEATURES: Final[tuple[Feature[CutFacts], ...]] = (
    *(rule_feature(rank, rule, RANK_STEP) for rank, rule in enumerate(CUT_RULES)),
    Feature(
        "records",
        lambda f: round(min(math.log2(1 + f.records), _RECORDS_TOP), 1),
        0.0,
        "the thread's records below the cut (base-2 logarithm of one more)",
        _RECORDS_TOP,
    ),
    Feature("headed", lambda f: float(f.headed), 0.0, "a comments heading at or right over it"),
    Feature(
        "strong",
        lambda f: float(f.strong),
        0.0,
        "the thread's headers have a shape no teaser list has (a relative time, a score, the "
        "name beside the time)",
    ),
    Feature(
        "counted",
        lambda f: float(f.counted),
        0.0,
        "the thread holds as many records as the comments heading declares",
    ),
    Feature(
        "share_below",
        lambda f: round(1 - f.at / f.lines, 2) if f.lines else 0.0,
        0.0,
        "the share of the page's lines below the cut",
    ),
)

#: The first key of a cut weights file, which names its form.
_FORMAT: Final = "newsparse comment-start weights 1"


class CommentStartWeights(FeatureWeights):
    """One weight per feature of :data:`FEATURES` (in its order), and where they come from.

    >>> w = CommentStartWeights.from_mapping({**HAND_CUT.as_mapping(), "headed": 4.0}, "x")
    >>> w["headed"], CommentStartWeights.from_json(w.to_json()) == w, CommentStartWeights.hand().source
    (4.0, True, 'hand')
    """

    NAMES = tuple(f.name for f in FEATURES)
    KIND = "comment-start"
    FORMAT = _FORMAT

    @classmethod
    def hand(cls) -> CommentStartWeights:
        """The weights of the rules' order of trust."""
        return HAND_CUT


#: The file of fitted cut weights shipped in the package (the hand weights when absent).
CUT_FILE: Final = "comment_start_weights.json"
#: The decision of where the comments begin: its features, weights and shipped file.
CUT_DECISION: Final[Decision[CutFacts, CommentStartWeights, CutProposal]] = Decision(
    "comment-start", FEATURES, CommentStartWeights, CUT_FILE
)
#: The weights the rules were written with (the third column of :data:`FEATURES`).
HAND_CUT: Final = CUT_DECISION.hand
#: A cut ballot: the proposals of the cut rules.
CutBallot = Ballot[CutProposal]


def load_comment_start_weights(path: str | Path) -> CommentStartWeights:
    """Comment-start weights from a file written by ``newsparse fit --decision comment-start``.

    >>> import tempfile, os
    >>> with tempfile.TemporaryDirectory() as d:
    ...     p = os.path.join(d, "w.json"); _ = Path(p).write_text(HAND_CUT.to_json())
    ...     load_comment_start_weights(p) == HAND_CUT
    True
    """
    return CUT_DECISION.load(path)
