"""A decision elects the same proposal whether a fit watches it or not.

Unwatched, :meth:`newsparse._ballot.Decision.elect` asks no rule that cannot beat the best
proposal so far and scores a proposal by the weighed features alone (its plan, made once for
the weights in force); watched, it asks every rule and keeps every feature. Under any weights
the two must choose alike, and new weights must make a new plan.
"""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import given
from hypothesis import strategies as st

from newsparse._ballot import Ballot, choose
from newsparse._boilerplate import (
    BLOCK_DECISION,
    HAND_BLOCKS,
    BlockBallot,
    BlockChoice,
    BlockFacts,
    BlockWeights,
)

_WEIGHT = st.one_of(st.just(0.0), st.floats(-100, 100, allow_nan=False))
_WEIGHTS = st.tuples(*[_WEIGHT] * len(BlockWeights.NAMES)).map(lambda v: BlockWeights(v, "t"))
_FACTS = st.builds(
    BlockFacts,
    st.just(""),
    *[st.booleans()] * (len(BlockFacts._fields) - 2),
    words=st.integers(0, 5000),
)


def _offers(
    keep: BlockFacts | None, drop: BlockFacts | None
) -> tuple[tuple[str, Callable[[], BlockChoice | None]], ...]:
    return (
        ("keep", lambda: None if keep is None else BlockChoice(0, True, "a")),
        ("drop", lambda: None if drop is None else BlockChoice(0, False, "a")),
    )


def _elect(
    weights: BlockWeights, keep: BlockFacts | None, drop: BlockFacts | None
) -> tuple[str, BlockChoice] | None:
    facts = {"keep": keep, "drop": drop}
    with BLOCK_DECISION.using(weights):
        return BLOCK_DECISION.elect(
            _offers(keep, drop),
            lambda rule, _: facts[rule]._replace(rule=rule),  # type: ignore[union-attr]
        )


@given(_WEIGHTS, st.none() | _FACTS, st.none() | _FACTS)
def test_the_unwatched_election_chooses_what_the_watched_ballot_chooses(
    weights: BlockWeights, keep: BlockFacts | None, drop: BlockFacts | None
) -> None:
    ballots: list[BlockBallot] = []
    with BLOCK_DECISION.watching(ballots.append):
        watched = _elect(weights, keep, drop)
    unwatched = _elect(weights, keep, drop)
    assert unwatched == watched
    if ballots:
        ballot: Ballot[BlockChoice] = ballots[0]
        assert ballot.rules[choose(ballot.vectors, weights)] == (watched and watched[0])


def test_other_weights_make_another_plan() -> None:
    facts, nothing = BlockFacts("", bulleted=True), BlockFacts("")
    assert _elect(HAND_BLOCKS, facts, nothing) == ("drop", BlockChoice(0, False, "a"))
    lenient = BlockWeights.from_mapping({**HAND_BLOCKS.as_mapping(), "bulleted": 0.0}, "t")
    assert _elect(lenient, facts, nothing) == ("keep", BlockChoice(0, True, "a"))
    assert BLOCK_DECISION.plan(lenient) is BLOCK_DECISION.plan(lenient)
    assert BLOCK_DECISION.plan(HAND_BLOCKS).weights is HAND_BLOCKS
