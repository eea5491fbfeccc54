"""The byline decision as a score: each rule proposes a line, weighted features choose.

The header reader has a dozen rules that each find a byline of one kind (a labelled one, a
name beside a date, a name over an author's photo, a name in an author's box …). Each rule
proposes the line it trusts most (:class:`Proposal`); the proposals of one stage make a
*ballot*, and the one with the best score wins. A proposal's features (:data:`FEATURES`) are
the rule that made it and evidence every site shares: how far it stands from the headline,
above it or past the body's start, a date beside it, its names said again on the page or in
the headline. The hand weights (:data:`HAND_BYLINE`) give each rule a rank and every other
feature nothing: the rules' order of trust. A fit across sites (``newsparse fit --decision
byline``, :mod:`newsparse._fit_byline`) moves them; ``parse(..., weights=...)`` reads them.

>>> facts = Facts("labelled", 4, 2, 30, 1, False, True, False, True)
>>> decision = BYLINE_DECISION
>>> dict(zip(BylineWeights.NAMES, decision.vector(facts)))["rule_labelled"]
1.0
>>> offers = [("labelled", lambda: Proposal(4, ("Jane Doe",))), ("above_title", lambda: None)]
>>> decision.elect(offers, lambda rule, p: facts._replace(rule=rule))
('labelled', Proposal(at=4, names=('Jane Doe',)))
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import Final, NamedTuple

from newsparse._ballot import Ballot, Decision, Feature, place_features, rule_feature
from newsparse._weights import FeatureWeights

__all__ = [
    "BYLINE_DECISION",
    "BYLINE_FILE",
    "ELSEWHERE",
    "FEATURES",
    "HAND_BYLINE",
    "NEAR",
    "BylineBallot",
    "BylineWeights",
    "Facts",
    "Proposal",
    "active_byline",
    "load_byline_weights",
    "using_byline",
    "watching_bylines",
]


class Proposal(NamedTuple):
    """A rule's byline: its line (``-1`` when the names come from no one line, as an author's
    bio below the article) and the names read there."""

    at: int
    names: tuple[str, ...]


#: The rules that look by the headline, in their order of trust: a labelled byline (``By Jane
#: Doe``), a name near the headline beside a date or a link, a name linked to a writer's page
#: (``[Jane Doe](/author/jane-doe)``), a name just past the body's start, an author's photo and
#: name, a byline above the headline, a name over a reading time.
NEAR: Final = (
    "labelled",
    "bare_near",
    "author_link",
    "past_start",
    "portrait",
    "above_title",
    "read_time",
)
#: The rules read when none of those found a byline, in their order of trust: a name right above
#: the body, beside an author box's link, beside the line that dated the page, a labelled
#: byline far from the headline, a blog's post-meta sentence (``Posted in News by Jane Doe on
#: …``), an author's bio, an author's box, an ``About the author``, a signature under the last
#: paragraph (``— Jane Doe``).
ELSEWHERE: Final = (
    "above_body",
    "profile_link",
    "beside_date",
    "far",
    "post_meta",
    "bio",
    "box",
    "about",
    "signature",
)
#: How many points one rule's rank is above the next one's in the hand weights: more than the
#: other features could ever add, so the hand weights are the rules' order of trust.
RANK_STEP: Final = 10.0


class Facts(NamedTuple):
    """What a proposal's features are read from (computed by the header reader)."""

    rule: str
    at: int
    title_at: int
    body_start: int
    names: int
    named_in_headline: bool
    dated_beside: bool
    signed_again: bool
    labelled_line: bool


#: The features of a proposal, with their hand weights: the rules' ranks, and evidence that no
#: hand rule weighs (a fit may).
FEATURES: Final[tuple[Feature[Facts], ...]] = (
    *(rule_feature(rank, rule, RANK_STEP) for rank, rule in enumerate(NEAR)),
    *(rule_feature(rank, rule, RANK_STEP) for rank, rule in enumerate(ELSEWHERE)),
    *place_features(),
    Feature("several_names", lambda f: float(f.names > 1), 0.0, "more than one name"),
    Feature(
        "named_in_headline",
        lambda f: float(f.named_in_headline),
        0.0,
        "a name the headline says too (a subject, not a writer)",
    ),
    Feature(
        "dated_beside", lambda f: float(f.dated_beside), 0.0, "a date or an age on a line beside"
    ),
    Feature(
        "signed_again",
        lambda f: float(f.signed_again),
        0.0,
        "its first name said on another line of the page (an author's box signs again)",
    ),
    Feature(
        "labelled_line", lambda f: float(f.labelled_line), 0.0, "a byline label opens its line"
    ),
)


#: The first key of a byline weights file, which names its form.
_FORMAT: Final = "newsparse byline weights 1"


class BylineWeights(FeatureWeights):
    """One weight per feature of :data:`FEATURES` (in its order), and where they come from.

    >>> w = BylineWeights.from_mapping({**HAND_BYLINE.as_mapping(), "dated_beside": 3.0}, "x")
    >>> w["dated_beside"], w.source, BylineWeights.from_json(w.to_json()) == w
    (3.0, 'x', True)
    """

    NAMES = tuple(f.name for f in FEATURES)
    KIND = "byline"
    FORMAT = _FORMAT

    @classmethod
    def hand(cls) -> BylineWeights:
        """The weights of the rules' order of trust.

        >>> BylineWeights.hand()["rule_labelled"], BylineWeights.hand()["rule_bare_near"]
        (0.0, -10.0)
        """
        return HAND_BYLINE


#: The file of fitted byline weights shipped in the package (the hand weights when absent).
BYLINE_FILE: Final = "byline_weights.json"
#: The byline decision: its features, weights and shipped file.
BYLINE_DECISION: Final[Decision[Facts, BylineWeights, Proposal]] = Decision(
    "byline", FEATURES, BylineWeights, BYLINE_FILE
)
#: The weights the rules were written with (the third column of :data:`FEATURES`).
HAND_BYLINE: Final = BYLINE_DECISION.hand
#: A byline ballot: the proposals of one stage's rules.
BylineBallot = Ballot[Proposal]


def load_byline_weights(path: str | Path) -> BylineWeights:
    """Byline weights from a file written by ``newsparse fit --decision byline``, for
    ``parse(..., weights=...)``.

    >>> import tempfile, os
    >>> with tempfile.TemporaryDirectory() as d:
    ...     p = os.path.join(d, "w.json"); _ = Path(p).write_text(HAND_BYLINE.to_json())
    ...     load_byline_weights(p) == HAND_BYLINE
    True
    """
    return BYLINE_DECISION.load(path)


def active_byline() -> BylineWeights:
    """The weights the byline decision uses now: those of the innermost :func:`using_byline`,
    else the shipped ones.

    >>> with using_byline(HAND_BYLINE):
    ...     active_byline() is HAND_BYLINE
    True
    """
    return BYLINE_DECISION.active()


def using_byline(weights: BylineWeights) -> contextlib.AbstractContextManager[BylineWeights]:
    """Decide bylines with ``weights`` inside the block (in this thread or task only)."""
    return BYLINE_DECISION.using(weights)


def watching_bylines(
    watcher: Callable[[BylineBallot], None],
) -> contextlib.AbstractContextManager[None]:
    """Hand every byline ballot decided inside the block to ``watcher`` (a fit's extraction).

    >>> import newsparse
    >>> seen = []
    >>> page = "Home\\nWorld\\n\\nRain falls on the town again\\n\\nBy Jane Doe\\n\\n"
    >>> with watching_bylines(seen.append):
    ...     newsparse.parse(page + "It rained all day. " * 20).authors
    ('Jane Doe',)
    >>> seen[-1].rules, seen[-1].proposals[seen[-1].chosen].names
    (('labelled',), ('Jane Doe',))

    A page read twice (a second reading when the first found neither a body nor a thread)
    hands over the ballots of both readings: the last one decided the page.
    """
    return BYLINE_DECISION.watching(watcher)
