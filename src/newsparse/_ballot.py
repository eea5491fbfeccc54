"""A decision among the proposals of rules, scored by weighted features: the shape the header's
byline and date decisions share.

Each rule of a decision proposes what it trusts most (a line and what it read there); a ballot
holds the proposals of one stage, each with its feature vector, and the best-scored one wins.
A :class:`Decision` names its features (with their hand weights and reasons), the class of its
weights, and the file of fitted weights the package may ship; it holds the weights in force
(:meth:`Decision.using`) and hands every ballot to a watcher (:meth:`Decision.watching`), which
is how a fit reads them.

>>> from newsparse._byline import BYLINE_DECISION as decision
>>> decision.kind, decision.hand.source, decision.active() is decision.shipped()
('byline', 'hand', True)
"""

from __future__ import annotations

import contextlib
import importlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextvars import ContextVar
from pathlib import Path
from typing import Any, Final, Generic, Protocol, TypeVar

import attrs

from newsparse._settings import package_file
from newsparse._weights import FeatureWeights

__all__ = [
    "RULE",
    "Ballot",
    "Decision",
    "Feature",
    "choose",
    "decision_of",
    "decisions",
    "rule_feature",
]

F = TypeVar("F")
P = TypeVar("P")
W = TypeVar("W", bound=FeatureWeights)


@attrs.frozen
class Feature(Generic[F]):
    """One feature of a proposal: its name, how it reads the proposal's facts, its hand
    weight, why it counts, and the largest value it reads (its smallest is 0)."""

    name: str
    read: Callable[[F], float]
    weight: float
    reason: str
    top: float = 1.0


#: The name of the feature that says which rule made a proposal begins with this.
RULE: Final = "rule_"


def rule_feature(rank: int, rule: str, step: float) -> Feature[Any]:
    """The feature that says a proposal is ``rule``'s: its hand weight is the rule's rank in
    the rules' order of trust, ``step`` points a rank."""
    return Feature(
        RULE + rule,
        lambda f: float(f.rule == rule),
        step * -rank,
        f"proposed by the rule '{rule}' (the hand weight is its rank in the order of trust)",
    )


class Placed(Protocol):
    """A proposal's facts say where its line is: its line (``-1`` for none), the headline's
    and the body's first line."""

    @property
    def at(self) -> int: ...
    @property
    def title_at(self) -> int: ...
    @property
    def body_start(self) -> int: ...


#: The most lines of distance from the headline a feature counts (a far line is far).
_FAR: Final = 30
#: Lines of distance from the headline are counted in tens.
_DISTANCE_UNIT: Final = 10


def place_features() -> tuple[Feature[Any], ...]:
    """The features of where a proposal's line stands (its facts are :class:`Placed`), with no
    hand weight: its distance from the headline, above the headline, past the body's start."""
    return (
        Feature(
            "headline_distance",
            lambda f: min(abs(f.at - f.title_at) if f.at >= 0 else _FAR, _FAR) / _DISTANCE_UNIT,
            0.0,
            "lines between it and the headline, in tens (three for no line)",
            _FAR / _DISTANCE_UNIT,
        ),
        Feature(
            "above_headline", lambda f: float(0 <= f.at < f.title_at), 0.0, "above the headline"
        ),
        Feature(
            "past_body_start", lambda f: float(f.at >= f.body_start), 0.0, "past the body's start"
        ),
    )


@attrs.frozen
class Ballot(Generic[P]):
    """One stage's proposals (with the rule of each), their feature vectors and the one chosen:
    what a fit learns from."""

    rules: tuple[str, ...]
    proposals: tuple[P, ...]
    vectors: tuple[tuple[float, ...], ...]
    chosen: int


def choose(vectors: Sequence[Sequence[float]], weights: FeatureWeights) -> int:
    """The position of the best-scored vector (the first of equals).

    >>> from newsparse._byline import BylineWeights
    >>> w = BylineWeights.hand()
    >>> choose([[0.0] * len(w.values), [1.0] + [0.0] * (len(w.values) - 1)], w)
    0
    """
    scores = [_score(weights, v) for v in vectors]
    return max(range(len(scores)), key=lambda k: (scores[k], -k))


class Decision(Generic[F, W, P]):
    """A scored decision: its features, the class of its weights and the name of the file of
    fitted weights the package may ship (the hand weights when it ships none)."""

    def __init__(
        self, kind: str, features: Sequence[Feature[F]], weights: type[W], file: str
    ) -> None:
        if tuple(f.name for f in features) != weights.NAMES:
            raise ValueError(f"{kind}: the weights' names are not the features'")
        self.kind = kind
        self.features = tuple(features)
        self.weights = weights
        self.file = file
        self.hand: W = weights(tuple(f.weight for f in features), "hand")
        self._shipped: W | None = None
        self._active: ContextVar[W | None] = ContextVar(f"{kind}_weights", default=None)
        self._watcher: ContextVar[Callable[[Ballot[P]], None] | None] = ContextVar(
            f"{kind}_watcher", default=None
        )
        self._plan: _Plan[F] | None = None
        _DECISIONS[weights] = self

    def vector(self, facts: F) -> tuple[float, ...]:
        """A proposal's feature values, in the order of the features."""
        return tuple(feature.read(facts) for feature in self.features)

    def load(self, path: str | Path) -> W:
        """Weights from a file written by ``newsparse fit --decision KIND``."""
        return self.weights.from_json(Path(path).read_text(encoding="utf-8"))

    def shipped(self) -> W:
        """The weights in the package (its file), read once; the hand weights when the package
        ships none."""
        if self._shipped is None:
            text = package_file(self.file)
            self._shipped = self.hand if text is None else self.weights.from_json(text)
        return self._shipped

    def active(self) -> W:
        """The weights in force: those of the innermost :meth:`using`, else :meth:`shipped`."""
        weights = self._active.get()
        return self.shipped() if weights is None else weights

    @contextlib.contextmanager
    def using(self, weights: W) -> Iterator[W]:
        """Decide with ``weights`` inside the block (in this thread or task only)."""
        token = self._active.set(weights)
        try:
            yield weights
        finally:
            self._active.reset(token)

    @contextlib.contextmanager
    def watching(self, watcher: Callable[[Ballot[P]], None]) -> Iterator[None]:
        """Hand every ballot decided inside the block to ``watcher`` (a fit's extraction)."""
        token = self._watcher.set(watcher)
        try:
            yield
        finally:
            self._watcher.reset(token)

    def elect(
        self, offers: Iterable[tuple[str, Callable[[], P | None]]], facts: Callable[[str, P], F]
    ) -> tuple[str, P] | None:
        """The best-scored proposal of the rules ``offers`` name (each with the function that
        makes its proposal, or ``None``) under the weights in force, with its rule; ``facts``
        gives what a proposal's features read. The ballot goes to the watcher if one watches.

        A rule whose proposal could not beat the best one so far whatever its features (see
        :meth:`reach`) is not asked: with the hand weights, no rule after the first that
        proposes (the rules read the page again, and asking every one made the corpus parse
        1.05x slower). A watcher (a fit) sees every rule's proposal.
        """
        weights = self.active()
        watcher = self._watcher.get()
        if watcher is None:
            return self._elect_unwatched(self.plan(weights), offers, facts)
        rules: list[str] = []
        made: list[P] = []
        vectors: list[tuple[float, ...]] = []
        best, top = 0, 0.0
        for rule, offer in offers:
            proposal = offer()
            if proposal is None:
                continue
            rules.append(rule)
            made.append(proposal)
            vectors.append(self.vector(facts(rule, proposal)))
            score = _score(weights, vectors[-1])
            if len(made) == 1 or score > top:
                best, top = len(made) - 1, score
        if not made:
            return None
        watcher(Ballot(tuple(rules), tuple(made), tuple(vectors), best))
        return rules[best], made[best]

    def _elect_unwatched(
        self,
        plan: _Plan[F],
        offers: Iterable[tuple[str, Callable[[], P | None]]],
        facts: Callable[[str, P], F],
    ) -> tuple[str, P] | None:
        """:meth:`elect` when no watcher watches: a rule that cannot beat the best proposal so
        far is not asked, and a proposal is scored by :meth:`plan`'s terms alone."""
        chosen: tuple[str, P] | None = None
        top = 0.0
        for rule, offer in offers:
            if chosen is not None and plan.reach(rule) <= top:
                continue
            proposal = offer()
            if proposal is None:
                continue
            score = plan.score(facts(rule, proposal))
            if chosen is None or score > top:
                chosen, top = (rule, proposal), score
        return chosen

    def plan(self, weights: W) -> _Plan[F]:
        """How ``weights`` score a proposal (:class:`_Plan`), made once for the weights in force
        and kept until other weights are used: every body block's ballot asks, and reading
        every feature and each rule's reach again made up a tenth of the body's reading."""
        plan = self._plan
        if plan is None or plan.weights is not weights:
            plan = self._plan = _Plan.of(self.features, weights)
        return plan

    def reach(self, weights: W, rule: str) -> float:
        """The best score a proposal of ``rule`` can get under ``weights``: its rule's weight,
        and every other feature at its most helpful value."""
        return _reach(self.features, weights, rule)


def _reach(features: Sequence[Feature[Any]], weights: FeatureWeights, rule: str) -> float:
    score = 0.0
    for feature, weight in zip(features, weights.values, strict=True):
        if feature.name == RULE + rule:
            score += weight
        elif not feature.name.startswith(RULE):
            score += max(0.0, weight * feature.top)
    return score


@attrs.frozen
class _Plan(Generic[F]):
    """What one set of weights asks of a proposal: the features they weigh (a feature of
    weight 0 adds nothing to a score, so it is not read) and each rule's reach."""

    weights: FeatureWeights
    terms: tuple[tuple[Callable[[F], float], float], ...]
    reaches: dict[str, float]
    #: the reach of a rule no feature names (every other feature at its most helpful)
    other: float

    @classmethod
    def of(cls, features: Sequence[Feature[F]], weights: FeatureWeights) -> _Plan[F]:
        terms = tuple(
            (f.read, w) for f, w in zip(features, weights.values, strict=True) if w != 0.0
        )
        rules = [f.name[len(RULE) :] for f in features if f.name.startswith(RULE)]
        reaches = {rule: _reach(features, weights, rule) for rule in rules}
        return cls(weights, terms, reaches, _reach(features, weights, ""))

    def reach(self, rule: str) -> float:
        """The best score a proposal of ``rule`` can get (:meth:`Decision.reach`)."""
        found = self.reaches.get(rule)
        return self.other if found is None else found

    def score(self, facts: F) -> float:
        """A proposal's score: the same sum as over its whole vector, less the zero terms."""
        return sum(w * read(facts) for read, w in self.terms)


#: Every decision, by the class of its weights.
_DECISIONS: Final[dict[type[FeatureWeights], Decision[Any, Any, Any]]] = {}


def decision_of(weights: FeatureWeights) -> Decision[Any, Any, Any]:
    """The decision that ``weights`` are for (a ``ValueError`` for weights of no decision).

    >>> from newsparse import BylineWeights
    >>> decision_of(BylineWeights.hand()).kind
    'byline'
    """
    decision = _DECISIONS.get(type(weights))
    if decision is None:
        raise ValueError(f"{type(weights).__name__} are the weights of no scored decision")
    return decision


def decisions() -> tuple[Decision[Any, Any, Any], ...]:
    """Every scored decision (the byline, the published date, where the comments begin, the
    standfirst, the body's boilerplate), by kind; the modules that make them are imported first.

    >>> [d.kind for d in decisions()]
    ['boilerplate', 'byline', 'comment-start', 'dates', 'standfirst']
    """
    for module in _DECISION_MODULES:
        importlib.import_module(module)
    return tuple(sorted(_DECISIONS.values(), key=lambda d: d.kind))


#: The modules that make the scored decisions.
_DECISION_MODULES: Final = (
    "newsparse._byline",
    "newsparse._published",
    "newsparse._comment_start",
    "newsparse._standfirst",
    "newsparse._boilerplate",
)


def _score(weights: FeatureWeights, vector: Sequence[float]) -> float:
    return sum(w * x for w, x in zip(weights.values, vector, strict=True))
