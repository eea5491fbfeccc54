"""Weights of a scored decision, one per named feature, as data a fit writes and a parse reads.

The title decision (:class:`newsparse.TitleWeights`) and the byline decision
(:class:`newsparse.BylineWeights`) score their candidates with such weights: each subclass
names its features (``NAMES``) and the form of its file (``FORMAT``).

>>> from newsparse import BylineWeights
>>> w = BylineWeights.hand()
>>> BylineWeights.from_json(w.to_json()) == w, w.source
(True, 'hand')
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import ClassVar, Self

import attrs

__all__ = ["FeatureWeights"]


@attrs.frozen
class FeatureWeights:
    """One weight per feature of the decision (in the order of ``NAMES``), and where they come
    from (``hand``, a fit's name)."""

    #: the names of the decision's features, in their order
    NAMES: ClassVar[tuple[str, ...]] = ()
    #: what the weights decide, in messages (``title``)
    KIND: ClassVar[str] = ""
    #: the first key of a weights file, which names its form
    FORMAT: ClassVar[str] = ""

    values: tuple[float, ...] = attrs.field()
    source: str = "hand"

    @values.validator
    def _one_per_feature(self, _: object, values: tuple[float, ...]) -> None:
        if len(values) != len(self.NAMES):
            raise ValueError(f"{len(values)} {self.KIND} weights for {len(self.NAMES)} features")

    def __getitem__(self, name: str) -> float:
        return self.values[self.NAMES.index(name)]

    def as_mapping(self) -> dict[str, float]:
        """The weights by feature name, in the order of the features."""
        return dict(zip(self.NAMES, self.values, strict=True))

    @classmethod
    def from_mapping(cls, weights: Mapping[str, float], source: str) -> Self:
        """Weights named by feature: every feature once, no other name."""
        missing = [name for name in cls.NAMES if name not in weights]
        unknown = sorted(set(weights) - set(cls.NAMES))
        if missing or unknown:
            raise ValueError(f"{cls.KIND} weights: missing {missing}, unknown {unknown}")
        return cls(tuple(float(weights[name]) for name in cls.NAMES), source)

    def to_json(self) -> str:
        """The weights as a small JSON document (what ``newsparse fit`` writes)."""
        document = {"format": self.FORMAT, "source": self.source, "weights": self.as_mapping()}
        return json.dumps(document, indent=1, ensure_ascii=False) + "\n"

    @classmethod
    def from_json(cls, text: str) -> Self:
        """Weights from :meth:`to_json`'s form; another document is a clear ``ValueError``."""
        document = json.loads(text)
        if not isinstance(document, dict) or document.get("format") != cls.FORMAT:
            raise ValueError(
                f"not a {cls.KIND} weights document (its 'format' is not {cls.FORMAT!r})"
            )
        return cls.from_mapping(document["weights"], str(document.get("source", "")))
