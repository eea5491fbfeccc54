"""The standfirst as a scored decision: every block that may be it is a proposal, and so is
"none"; weighted features choose.

The standfirst (``subtitle``) is a sentence or two between the headline and the body. The body
reader proposes each block of plain lines that the headline and the header's cue lines (byline,
dates) leave between them, or that is glued under the last of them (rule ``under_headline``,
``glued``); on a header without cue lines, the first block below the headline when the next
block says it again, as an image's caption does (``said_twice``); and no standfirst at all
(``none``). The features are what a standfirst shows on every site: short enough, ending as a
sentence ends, no bullets, no date, enough words, no notice, credit or caption; and, with no
hand weight, its length in words, its distance from the headline, a caption repeating it. The
hand weights give each of the six signs of a standfirst :data:`SIGN` points and "none" a little
less than all six, so the first block that shows every sign is the standfirst, and else none:
the rule the reader was written with.

>>> facts = StandfirstFacts("under_headline", 0, 3, 12, (True,) * 6, False)
>>> score = sum(w * x for w, x in zip(HAND_STANDFIRST.values, STANDFIRST_DECISION.vector(facts)))
>>> score > HAND_STANDFIRST["rule_none"]
True

Every ballot goes to a watcher, as a fit reads them:

>>> import newsparse
>>> seen = []
>>> story = "It rained all day and the river rose a metre by the evening. " * 3
>>> standfirst = "A wet week ends with the river high and the roads closed."
>>> header = f"Home\\n\\nRain falls on the town again\\n\\n{standfirst}\\n\\nBy Jo Lee"
>>> with STANDFIRST_DECISION.watching(seen.append):
...     newsparse.parse(f"{header}\\n\\nMay 2, 2024\\n\\n{story}\\n\\n{story}").subtitle
'A wet week ends with the river high and the roads closed.'
>>> seen[-1].rules
('under_headline', 'none')
"""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path
from typing import Final, NamedTuple

from newsparse._ballot import Ballot, Decision, Feature
from newsparse._weights import FeatureWeights

__all__ = [
    "HAND_STANDFIRST",
    "SIGNS",
    "STANDFIRST_DECISION",
    "STANDFIRST_FILE",
    "STANDFIRST_RULES",
    "StandfirstBallot",
    "StandfirstFacts",
    "StandfirstProposal",
    "StandfirstWeights",
    "load_standfirst_weights",
]


class StandfirstProposal(NamedTuple):
    """A proposed standfirst: its block's first line and end (``-1``, ``-1`` for none) and its
    text."""

    at: int
    end: int
    text: str


#: The proposal of no standfirst.
NO_STANDFIRST: Final = StandfirstProposal(-1, -1, "")

#: The rules that propose a standfirst: a block between the headline and the header's cue lines,
#: the block glued under the last cue line, the first block under a header without cue lines
#: that the next block says again, and none.
STANDFIRST_RULES: Final = ("under_headline", "glued", "said_twice", "none")
#: The signs of a standfirst, each a feature: at most :data:`~newsparse._generic` 's length,
#: ending as a sentence ends, no bullet, no date line, enough words (a block glued under the
#: byline may have fewer), and no notice, credit or caption.
SIGNS: Final = ("short", "full_stop", "unbulleted", "undated", "worded", "plain")
#: The hand weight of each sign of a standfirst.
SIGN: Final = 10.0
#: The hand weight of "none": less than all six signs, more than five.
_NONE: Final = SIGN * (len(SIGNS) - 0.5)
#: The hand weight of a block said twice (a header without cue lines): below a block between the
#: cue lines that shows every sign, above none.
_SAID_TWICE: Final = -SIGN * 0.3
#: Each block further down costs this much in the hand weights (the first one that shows every
#: sign wins).
_ORDER_STEP: Final = -0.01
#: The words of a block count by their base-2 logarithm, up to this many.
_WORDS_TOP: Final = 8.0
#: Lines below the headline count in tens, up to this many tens.
_DISTANCE_TOP: Final = 3.0


class StandfirstFacts(NamedTuple):
    """What a standfirst proposal's features are read from (computed by the body reader):
    its rule, its rank among the blocks, its distance in lines from the headline, its words,
    which signs of :data:`SIGNS` it shows, and whether a caption below says it again."""

    rule: str
    order: int
    below_headline: int
    words: int
    signs: tuple[bool, ...]
    repeated: bool


def _sign(k: int) -> Callable[[StandfirstFacts], float]:
    return lambda f: float(f.signs[k])


def _rule(rule: str) -> Callable[[StandfirstFacts], float]:
    return lambda f: float(f.rule == rule)


#: The features of a standfirst proposal, with their hand weights.
FEATURES: Final[tuple[Feature[StandfirstFacts], ...]] = (
    Feature("rule_under_headline", _rule("under_headline"), 0.0, "between the headline and cues"),
    Feature("rule_glued", _rule("glued"), 0.0, "glued under the last cue line"),
    Feature("rule_said_twice", _rule("said_twice"), _SAID_TWICE, "said again by the next block"),
    Feature("rule_none", _rule("none"), _NONE, "no standfirst"),
    *(
        Feature(name, _sign(k), SIGN, f"a sign of a standfirst: {name}")
        for k, name in enumerate(SIGNS)
    ),
    Feature(
        "order",
        lambda f: float(min(f.order, 10)),
        _ORDER_STEP,
        "blocks above it that may be the standfirst (up to 10)",
        10.0,
    ),
    Feature(
        "words",
        lambda f: round(min(math.log2(1 + f.words), _WORDS_TOP), 1),
        0.0,
        "its words (base-2 logarithm of one more)",
        _WORDS_TOP,
    ),
    Feature(
        "headline_distance",
        lambda f: min(f.below_headline / 10, _DISTANCE_TOP) if f.rule != "none" else 0.0,
        0.0,
        "lines between it and the headline, in tens",
        _DISTANCE_TOP,
    ),
    Feature("repeated", lambda f: float(f.repeated), 0.0, "a caption below says it again"),
)

#: The first key of a standfirst weights file, which names its form.
_FORMAT: Final = "newsparse standfirst weights 1"


class StandfirstWeights(FeatureWeights):
    """One weight per feature of :data:`FEATURES` (in its order), and where they come from.

    >>> w = StandfirstWeights.from_mapping({**HAND_STANDFIRST.as_mapping(), "full_stop": 0.0}, "x")
    >>> w["full_stop"], StandfirstWeights.from_json(w.to_json()) == w
    (0.0, True)
    """

    NAMES = tuple(f.name for f in FEATURES)
    KIND = "standfirst"
    FORMAT = _FORMAT

    @classmethod
    def hand(cls) -> StandfirstWeights:
        """The weights of the rule the reader was written with."""
        return HAND_STANDFIRST


#: The file of fitted standfirst weights shipped in the package (the hand weights when absent).
STANDFIRST_FILE: Final = "standfirst_weights.json"
#: The standfirst decision: its features, weights and shipped file.
STANDFIRST_DECISION: Final[Decision[StandfirstFacts, StandfirstWeights, StandfirstProposal]] = (
    Decision("standfirst", FEATURES, StandfirstWeights, STANDFIRST_FILE)
)
#: The weights the rule was written with (the third column of :data:`FEATURES`).
HAND_STANDFIRST: Final = STANDFIRST_DECISION.hand
#: A standfirst ballot: the blocks that may be the standfirst, and none.
StandfirstBallot = Ballot[StandfirstProposal]


def load_standfirst_weights(path: str | Path) -> StandfirstWeights:
    """Standfirst weights from a file written by ``newsparse fit --decision standfirst``.

    >>> import tempfile, os
    >>> with tempfile.TemporaryDirectory() as d:
    ...     p = os.path.join(d, "w.json"); _ = Path(p).write_text(HAND_STANDFIRST.to_json())
    ...     load_standfirst_weights(p) == HAND_STANDFIRST
    True
    """
    return STANDFIRST_DECISION.load(path)
